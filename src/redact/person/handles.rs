//! Social media handles holding a found name: "@wardnurse_kemi", "thanks @zanele_o",
//! "@Zanele_O_1". A handle is one identifier: a name found inside it is widened to the
//! whole handle after the "@", so no initial, number or second part is left readable
//! beside the placeholder ("@[PERSON]_o" told a reader half the handle) and the parts
//! of one handle make one placeholder, not "@[PERSON]_[PERSON]".
//!
//! A handle here is an "@" that opens a word (not one inside an email address, which has
//! letters before it and is the email recognizer's), then letters, digits, "_" and
//! inner "."; what was found is widened, and a handle that holds a listed name is found
//! whole ([`handles_holding_names`]) unless a part or the word after it names a place or
//! a body ("@lincoln_hospital", "@JamesPaget hospital").

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

/// The byte ranges (after the "@") of handles that hold a name: a part of the handle
/// (split at "_", ".", digits and a capital after a small letter) that `is_name` accepts,
/// or that is such a name with one or two letters run on ("@sarahj", "@lucy_nurse",
/// "@KemiO"). Names of no one in particular ("@NHSDigital") hold no part it accepts.
pub(crate) fn handles_holding_names(
    text: &str,
    is_name: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    if !text.contains('@') {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (at, _) in text.match_indices('@') {
        let Some((start, end)) = handle_around(text, at + 1) else {
            continue;
        };
        if start != at + 1 || out.last().is_some_and(|&(_, e)| e >= end) {
            continue;
        }
        // Each part in small letters, once, for both readings below.
        let parts: Vec<String> = handle_parts(&text[start..end])
            .map(str::to_lowercase)
            .collect();
        let organisation = parts
            .iter()
            .any(|part| ORGANISATION_WORDS.contains(&part.as_str()))
            || text[end..]
                .trim_start_matches(' ')
                .split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|word| ORGANISATION_WORDS.contains(&word.to_lowercase().as_str()));
        let holds_a_name = !organisation
            && parts.iter().any(|lower| {
                is_name(lower)
                    || (1..=2).any(|cut| {
                        lower.len() > cut + 3
                            && lower.is_char_boundary(lower.len() - cut)
                            && lower[lower.len() - cut..]
                                .chars()
                                .all(|c| c.is_alphabetic())
                            && is_name(&lower[..lower.len() - cut])
                    })
            });
        if holds_a_name {
            out.push((start, end));
        }
    }
    out
}

/// Words in or after a handle that make it a place's or a body's, not a person's.
const ORGANISATION_WORDS: &[&str] = &[
    "hospital",
    "hospitals",
    "nhs",
    "trust",
    "uk",
    "ward",
    "team",
    "clinic",
    "hospice",
    "gp",
    "surgery",
    "care",
    "health",
    "foundation",
    "charity",
    "official",
    "news",
    "unit",
    "ft",
];

/// The parts of a handle: runs of letters, split at "_", ".", digits and at a capital
/// after a small letter ("DrSarahJ": "Dr", "Sarah", "J").
fn handle_parts(handle: &str) -> impl Iterator<Item = &str> {
    let mut parts = Vec::new();
    let mut start = None;
    let mut prev_lower = false;
    for (k, c) in handle.char_indices() {
        let letter = c.is_alphabetic();
        let camel = letter && c.is_uppercase() && prev_lower;
        if let Some(s) = start {
            if !letter || camel {
                parts.push(&handle[s..k]);
                start = None;
            }
        }
        if letter && start.is_none() {
            start = Some(k);
        }
        prev_lower = letter && c.is_lowercase();
    }
    if let Some(s) = start {
        parts.push(&handle[s..]);
    }
    parts.into_iter()
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

    fn holding(text: &str) -> Vec<&str> {
        let names = ["sarah", "lucy", "kemi", "zanele"];
        handles_holding_names(text, |w| names.contains(&w))
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn handles_holding_a_name_are_found_whole() {
        assert_eq!(
            holding("Shout out to @lucy_nurse on twitter"),
            ["lucy_nurse"]
        );
        assert_eq!(holding("Thanks @sarahj for the help"), ["sarahj"]);
        assert_eq!(
            holding("tweeted @DrSarahJ and @KemiO."),
            ["DrSarahJ", "KemiO"]
        );
        assert_eq!(holding("@Zanele_99 x"), ["Zanele_99"]);
    }

    #[test]
    fn handles_of_no_one_and_email_addresses_are_left() {
        for text in [
            "follow @NHSDigital",
            "email sarah@example.com",
            "@ward7team were great",
            "@lucyloo",
            "meet @ 5pm",
            "follow @lincoln_hospital",
            "thanks @KemiO hospital",
            "@Zoëj",
        ] {
            assert!(holding(text).is_empty(), "{text}");
        }
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
