//! The Windows-1252 code page as a char → byte map, for undoing mis-decoded text.

/// Characters Windows-1252 puts at bytes 0x80..=0x9F (`None` = undefined there).
const HIGH_CONTROL_RANGE: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The byte a character came from if the bytes were decoded as Windows-1252 (or
/// Latin-1, whose C1 controls U+0080..U+009F map to themselves). `None` for ASCII
/// and for characters outside the code page.
pub fn byte_of(c: char) -> Option<u8> {
    let code = c as u32;
    if (0x80..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    HIGH_CONTROL_RANGE
        .iter()
        .position(|&mapped| mapped == Some(c))
        .and_then(|i| u8::try_from(0x80 + i).ok())
}

/// The character Windows-1252 gives a byte in 0x80..=0x9F, if defined (used to read
/// numeric HTML entities such as `&#146;`, which browsers treat as Windows-1252).
pub fn char_of_high_control(byte: u8) -> Option<char> {
    HIGH_CONTROL_RANGE
        .get(usize::from(byte.checked_sub(0x80)?))
        .copied()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_encoding_rs() {
        for byte in 0x80u8..=0xFF {
            let bytes = [byte];
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            let c = text.chars().next().unwrap();
            assert_eq!(byte_of(c), Some(byte), "byte {byte:#x}");
        }
    }

    #[test]
    fn ascii_and_other_characters_have_no_byte() {
        assert_eq!(byte_of('a'), None);
        assert_eq!(byte_of('ł'), None);
        assert_eq!(char_of_high_control(0x92), Some('’'));
        assert_eq!(char_of_high_control(0x81), None);
        assert_eq!(char_of_high_control(0x41), None);
    }
}
