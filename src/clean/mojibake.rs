//! Repairing mojibake: UTF-8 text that was once decoded as Windows-1252, so that `’`
//! became `â€™`, `é` became `Ã©` and `£` became `Â£`.
//!
//! Rather than a fixed table, each suspicious run is re-encoded to the Windows-1252
//! bytes it must have come from and decoded again as UTF-8. A run is only replaced when
//! it is clearly mojibake: a UTF-8 lead byte's character (`Â`, `Ã`, `â`, `ð`…) followed
//! by exactly the right number of continuation-byte characters, which together form
//! valid UTF-8. Ordinary accented text (`café`, `naïve`, `Zoë`) never has that shape.

use std::borrow::Cow;

use super::windows_1252::byte_of;

/// How many passes at most: text mangled twice (`Ã¢â‚¬â„¢`) needs two.
const MAX_PASSES: usize = 3;

/// Repairs mojibake in `text`; borrows it unchanged when there is none.
pub fn repair_mojibake(text: &str) -> Cow<'_, str> {
    let Some(mut current) = repair_once(text) else {
        return Cow::Borrowed(text);
    };
    for _ in 1..MAX_PASSES {
        match repair_once(&current) {
            Some(repaired) => current = repaired,
            None => break,
        }
    }
    Cow::Owned(current)
}

/// One repair pass; `None` when nothing was changed.
fn repair_once(text: &str) -> Option<String> {
    // Every mojibake sequence starts with a lead-byte character, U+00C2..=U+00F4,
    // whose UTF-8 form begins with the byte 0xC3: a fast byte search rules most out.
    if !text.as_bytes().contains(&0xC3) || !text.chars().any(|c| ('\u{c2}'..='\u{f4}').contains(&c))
    {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        if let Some((decoded, used)) = decode_sequence_at(&chars[i..]) {
            out.push(decoded);
            i += used;
            changed = true;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    changed.then_some(out)
}

/// If `chars` starts with a mis-decoded UTF-8 sequence, the character it encodes and
/// how many characters it spans.
fn decode_sequence_at(chars: &[char]) -> Option<(char, usize)> {
    let lead = byte_of(*chars.first()?)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0, 0];
    for (slot, &c) in bytes[1..len].iter_mut().zip(chars.get(1..len)?) {
        let byte = byte_of(c)?;
        if !(0x80..=0xBF).contains(&byte) {
            return None;
        }
        *slot = byte;
    }
    let decoded = std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?;
    Some((decoded, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_sequences_are_repaired() {
        assert_eq!(repair_mojibake("Iâ€™m happy"), "I’m happy");
        assert_eq!(repair_mojibake("â€œgreatâ€\u{9d}"), "“great”");
        assert_eq!(repair_mojibake("cafÃ© and crÃ¨me"), "café and crème");
        assert_eq!(repair_mojibake("cost Â£5"), "cost £5");
        assert_eq!(repair_mojibake("wait â€“ long"), "wait – long");
        assert_eq!(repair_mojibake("ok â€¦"), "ok …");
    }

    #[test]
    fn double_mojibake_is_repaired() {
        assert_eq!(repair_mojibake("IÃ¢â‚¬â„¢m"), "I’m");
    }

    #[test]
    fn ordinary_text_is_untouched() {
        for text in [
            "café naïve Zoë",
            "Über fünf Ärzte",
            "I’m “fine” – £5 …",
            "ÀÉÎ", // leads without continuations
            "plain ascii",
            "€100",
        ] {
            assert_eq!(repair_mojibake(text), text);
        }
    }
}
