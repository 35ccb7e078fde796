//! Collapsing white space: every run (spaces, tabs, line breaks, no-break spaces)
//! becomes one space, and the ends are trimmed.
//!
//! Comments become one line. Paragraph breaks carry little meaning in short feedback,
//! and one-line text is safe in every output format (CSV cells, JSON, terminals).

/// Collapses runs of Unicode white space to single spaces and trims the ends.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
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
        assert_eq!(collapse_whitespace("already fine"), "already fine");
        assert_eq!(collapse_whitespace(" \n\t "), "");
    }
}
