//! The key of a tag in square brackets with a quoted value after it, as a chess game's
//! file (PGN) writes its players and annotator: `[White "Jarzemski, Niedamir"]`, `[Black
//! "my daughter"]`, `[Annotator "Grandad"]`. The key is a word of the format ("White" and
//! "Black" are also surnames), the person is the value: a key found as a name is left.
//! Only the format's own keys ([`PGN_KEYS`]): a name in brackets before a quote is a
//! person's still ("[Mei \"are you in pain?\"]", as a whiteboard or a script writes who
//! said what).

/// The keys of a chess game's tags (the PGN standard's seven and the common others).
const PGN_KEYS: &[&str] = &[
    "event",
    "site",
    "date",
    "round",
    "white",
    "black",
    "result",
    "annotator",
    "eco",
    "opening",
    "variation",
    "timecontrol",
    "termination",
    "plycount",
    "fen",
    "setup",
    "mode",
    "whiteelo",
    "blackelo",
    "whitetitle",
    "blacktitle",
    "whiteteam",
    "blackteam",
    "eventdate",
];

/// Whether the found name from byte `start` to `end` of `text` is such a key: an opening
/// square bracket right before it, a quote after it (past spaces), one of [`PGN_KEYS`].
pub(crate) fn is_key_of_a_bracketed_tag(text: &str, start: usize, end: usize) -> bool {
    let key = &text[start..end];
    let after = text[end..].trim_start_matches([' ', '\t']);
    text[..start].ends_with('[')
        && PGN_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key))
        && after.starts_with(['"', '\u{201C}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_key(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("word in text");
        is_key_of_a_bracketed_tag(text, start, start + word.len())
    }

    #[test]
    fn a_bracketed_word_before_a_quoted_value_is_a_key() {
        assert!(is_key("[White \"Jarzemski, Niedamir\"]", "White"));
        assert!(is_key("[black \"my daughter\"]", "black"));
        assert!(is_key("[Annotator  \u{201C}Grandad\u{201D}]", "Annotator"));
    }

    #[test]
    fn a_name_in_brackets_or_before_a_quote_alone_is_no_key() {
        assert!(!is_key("my partner [Sam White] was", "Sam White"));
        assert!(!is_key("[Mei \"are you in pain?\"]", "Mei"));
        assert!(!is_key("[Sam] \"was great\"", "Sam"));
        assert!(!is_key("nurse White \"always smiling\"", "White"));
    }
}
