//! Social media handles holding a found name: "@wardnurse_kemi", "thanks @zanele_o",
//! "@Zanele_O_1". A handle is one identifier: a name found inside it is widened to the
//! whole handle after the "@", so no initial, number or second part is left readable
//! beside the placeholder ("@[PERSON]_o" told a reader half the handle) and the parts
//! of one handle make one placeholder, not "@[PERSON]_[PERSON]".
//!
//! A handle here is an "@" that opens a word (not one inside an email address, which has
//! letters before it and is the email recognizer's), then letters, digits, "_" and
//! inner "."; nothing is found in a handle here, only what was found is widened.

/// Whether `c` may stand inside a handle.
fn handle_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.'
}

/// The byte range of the handle after the "@" that holds byte offset `at`, if any.
fn handle_around(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = &text[..at];
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !handle_char(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let at_sign = text[..start].strip_suffix('@')?;
    if at_sign.chars().next_back().is_some_and(handle_char) {
        return None;
    }
    let after = &text[at..];
    let len = after.find(|c: char| !handle_char(c)).unwrap_or(after.len());
    let end = at + after[..len].trim_end_matches('.').len();
    (end > start).then_some((start, end))
}

/// `spans` (sorted byte ranges of found names) each widened to the handle that holds
/// it, overlapping or touching ranges in one handle joined.
pub(crate) fn widened_to_handles(text: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    if !text.contains('@') {
        return spans;
    }
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        let (start, end) = match handle_around(text, start) {
            Some((h_start, h_end)) if end <= h_end => (h_start, h_end),
            _ => (start, end),
        };
        match out.last_mut() {
            Some(prev) if start < prev.1 => prev.1 = prev.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widened<'a>(text: &'a str, words: &[&str]) -> Vec<&'a str> {
        let spans = words
            .iter()
            .map(|w| {
                let start = text.find(w).expect("the word is in the text");
                (start, start + w.len())
            })
            .collect();
        widened_to_handles(text, spans)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn a_name_in_a_handle_takes_the_whole_handle() {
        assert_eq!(
            widened("follow @wardnurse_kemi now", &["wardnurse", "kemi"]),
            ["wardnurse_kemi"]
        );
        assert_eq!(widened("thanks @zanele_o.", &["zanele"]), ["zanele_o"]);
        assert_eq!(widened("@Zanele_O_1 x", &["Zanele"]), ["Zanele_O_1"]);
        assert_eq!(widened("tweeted @DrSarahJ", &["DrSarahJ"]), ["DrSarahJ"]);
    }

    #[test]
    fn names_outside_handles_and_in_emails_are_left_as_found() {
        assert_eq!(widened("thanks zanele_o", &["zanele"]), ["zanele"]);
        assert_eq!(widened("mail kemi@nhs.net", &["kemi"]), ["kemi"]);
        assert_eq!(widened("mail x.kemi@nhs.net", &["kemi"]), ["kemi"]);
        assert_eq!(
            widened("Kemi and @zanele_o", &["Kemi", "zanele"]),
            ["Kemi", "zanele_o"]
        );
    }
}
