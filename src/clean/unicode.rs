//! Unicode normalisation (NFC) and removal of invisible and control characters.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Puts text in NFC form, so `e` + combining acute and the single `é` compare equal.
pub fn to_nfc(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.nfc().collect())
}

/// True for characters that carry no visible text: controls other than white space,
/// zero-width spaces and joiners, byte-order marks and soft hyphens.
fn is_invisible(c: char) -> bool {
    (c.is_control() && !c.is_whitespace())
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
        )
}

/// Removes control and invisible characters (white space is kept for later collapsing).
pub fn remove_invisible(text: &str) -> Cow<'_, str> {
    let clean_ascii = || {
        text.bytes()
            .all(|b| b.is_ascii() && (b >= 0x20 || b.is_ascii_whitespace()) && b != 0x7f)
    };
    if clean_ascii() || !text.chars().any(is_invisible) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| !is_invisible(c)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_text_is_composed() {
        assert_eq!(to_nfc("cafe\u{301}"), "café");
        assert_eq!(to_nfc("café"), "café");
        assert_eq!(to_nfc("plain"), "plain");
    }

    #[test]
    fn controls_and_zero_width_characters_go() {
        assert_eq!(
            remove_invisible("a\u{0}b\u{7}c\u{200b}d\u{feff}e\u{ad}f\u{9d}g"),
            "abcdefg"
        );
    }

    #[test]
    fn white_space_and_visible_text_stay() {
        assert_eq!(remove_invisible("a\tb\nc\r\nd é ’"), "a\tb\nc\r\nd é ’");
    }
}
