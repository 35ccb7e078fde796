//! Turning a field's bytes into text: UTF-8 first, Windows-1252 when that fails.

use std::borrow::Cow;

use encoding_rs::WINDOWS_1252;

/// Why a field's bytes could not be turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes contain NUL, so they are binary data rather than text.
    Binary,
    /// Not UTF-8, and holds a byte that Windows-1252 leaves undefined.
    NotUtf8OrWindows1252,
}

impl DecodeError {
    /// A short reason for the quarantine file.
    pub fn reason(self) -> &'static str {
        match self {
            DecodeError::Binary => "field holds binary data (NUL bytes)",
            DecodeError::NotUtf8OrWindows1252 => "field is neither UTF-8 nor Windows-1252 text",
        }
    }
}

/// The five bytes Windows-1252 leaves undefined; text in that encoding never holds them.
const UNDEFINED_IN_WINDOWS_1252: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

/// Decodes one field: valid UTF-8 as is, otherwise as Windows-1252 (the usual encoding of
/// exports saved from Excel on Windows), unless the bytes fit neither.
pub fn decode_field(bytes: &[u8]) -> Result<String, DecodeError> {
    decode_text(bytes).map(Cow::into_owned)
}

/// Like [`decode_field`], but borrows the bytes when they are already UTF-8.
pub fn decode_text(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(_) => {
            if bytes.iter().any(|b| UNDEFINED_IN_WINDOWS_1252.contains(b)) {
                return Err(DecodeError::NotUtf8OrWindows1252);
            }
            let (text, _, _) = WINDOWS_1252.decode(bytes);
            Ok(text)
        }
    }
}

/// Reads an FFT rating: `1`..`7` (also `2.0`), or the answer's wording
/// (`Very good` = 1 … `Very poor` = 5, `Don't know` = 6). Anything else is `None`.
pub fn parse_rating(value: &str) -> Option<u8> {
    let value = value.trim();
    let number = value.strip_suffix(".0").unwrap_or(value);
    if let Ok(n) = number.parse::<u8>() {
        return (1..=7).contains(&n).then_some(n);
    }
    let words = value.to_lowercase().replace('\u{2019}', "'");
    match words.as_str() {
        "very good" => Some(1),
        "good" => Some(2),
        "neither good nor poor" => Some(3),
        "poor" => Some(4),
        "very poor" => Some(5),
        "don't know" | "dont know" => Some(6),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept() {
        assert_eq!(decode_field("café “ok”".as_bytes()).unwrap(), "café “ok”");
    }

    #[test]
    fn windows_1252_bytes_are_decoded() {
        // "caf\xe9 \x93ok\x94 \xa35" is Windows-1252 for: café “ok” £5
        let bytes = b"caf\xe9 \x93ok\x94 \xa35";
        assert_eq!(decode_field(bytes).unwrap(), "café \u{201c}ok\u{201d} £5");
    }

    #[test]
    fn undefined_windows_1252_bytes_are_rejected() {
        assert_eq!(
            decode_field(b"bad \x81 byte"),
            Err(DecodeError::NotUtf8OrWindows1252)
        );
    }

    #[test]
    fn valid_utf8_with_those_bytes_is_fine() {
        // U+0441 is 0xD1 0x81 in UTF-8: the 0x81 is a continuation byte, not an error.
        assert_eq!(decode_field("с".as_bytes()).unwrap(), "с");
    }

    #[test]
    fn utf8_is_borrowed() {
        assert!(matches!(decode_text(b"plain"), Ok(Cow::Borrowed("plain"))));
        assert!(matches!(decode_text(b"caf\xe9"), Ok(Cow::Owned(_))));
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert_eq!(decode_field(b"a\0b"), Err(DecodeError::Binary));
    }

    #[test]
    fn ratings() {
        assert_eq!(parse_rating(" 2 "), Some(2));
        assert_eq!(parse_rating("5.0"), Some(5));
        assert_eq!(parse_rating("Very poor"), Some(5));
        assert_eq!(parse_rating("Don’t know"), Some(6));
        assert_eq!(parse_rating("9"), None);
        assert_eq!(parse_rating(""), None);
        assert_eq!(parse_rating("great"), None);
    }
}
