//! [`clean_text`]: the text repairs in order, composed.

use super::entities::decode_entities;
use super::mojibake::repair_mojibake;
use super::unicode::{remove_invisible, to_nfc};
use super::whitespace::collapse_whitespace;

/// Repairs and normalises one text: mojibake repaired, HTML references decoded, NFC,
/// invisible characters removed, white space collapsed to single spaces and trimmed.
///
/// Mojibake comes first because it is damage to the bytes the other steps read;
/// white space comes last because the steps before can produce it (`&nbsp;`).
pub fn clean_text(text: &str) -> String {
    let text = repair_mojibake(text);
    let text = decode_entities(&text);
    let text = to_nfc(&text);
    let text = remove_invisible(&text);
    collapse_whitespace(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_repair_applies() {
        assert_eq!(
            clean_text(
                "  The nurseâ€™s care&nbsp;was\r\n\r\n &quot;excellent&quot;\u{200b} cafe\u{301} "
            ),
            "The nurse’s care was \"excellent\" café"
        );
    }

    #[test]
    fn clean_text_is_left_alone() {
        assert_eq!(clean_text("Staff were kind."), "Staff were kind.");
    }
}
