//! Collapsing white space: every run (spaces, tabs, line breaks, no-break spaces)
//! becomes one space, and the ends are trimmed.
//!
//! Comments become one line. Paragraph breaks carry little meaning in short feedback,
//! and one-line text is safe in every output format (CSV cells, JSON, terminals).

use std::borrow::Cow;

/// ASCII white space as `char::is_whitespace` sees it: space, `\t`, `\n`, vertical
/// tab, form feed, `\r` (`u8::is_ascii_whitespace` leaves out the vertical tab).
fn is_space_byte(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// True when the text has no white space to collapse: only single ASCII spaces
/// between non-space characters.
fn is_collapsed(text: &str) -> bool {
    if text.is_ascii() {
        let bytes = text.as_bytes();
        let single_spaces = bytes
            .windows(2)
            .all(|pair| !(pair[0] == b' ' && pair[1] == b' '));
        let edges_clean = !bytes.first().is_some_and(|&b| is_space_byte(b))
            && !bytes.last().is_some_and(|&b| is_space_byte(b));
        let no_other_space = !bytes.iter().any(|&b| b != b' ' && is_space_byte(b));
        return single_spaces && edges_clean && no_other_space;
    }
    let mut previous_space = true; // so a leading space counts as not collapsed
    for c in text.chars() {
        let space = c.is_whitespace();
        if space && (previous_space || c != ' ') {
            return false;
        }
        previous_space = space;
    }
    !previous_space || text.is_empty()
}

/// Collapses runs of Unicode white space to single spaces and trims the ends.
pub fn collapse_whitespace(text: &str) -> Cow<'_, str> {
    if is_collapsed(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_become_one_space_and_ends_are_trimmed() {
        assert_eq!(
            collapse_whitespace("  Kind\r\n\r\nstaff\t\u{a0} here \u{2028}"),
            "Kind staff here"
        );
    }

    #[test]
    fn single_spaces_are_kept() {
        assert!(matches!(
            collapse_whitespace("already fine"),
            Cow::Borrowed("already fine")
        ));
        assert!(matches!(collapse_whitespace(""), Cow::Borrowed("")));
        assert_eq!(collapse_whitespace(" \n\t "), "");
        assert_eq!(collapse_whitespace("a "), "a");
        assert_eq!(collapse_whitespace(" a"), "a");
        assert_eq!(collapse_whitespace("a\u{a0}b"), "a b");
        assert_eq!(collapse_whitespace("a\x0bb"), "a b");
        assert_eq!(collapse_whitespace("a\x0cb"), "a b");
        assert_eq!(collapse_whitespace("\x0ba"), "a");
        assert_eq!(collapse_whitespace("a  b"), "a b");
    }
}
