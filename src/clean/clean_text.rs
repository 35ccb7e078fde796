//! [`clean_text`]: the text repairs in order, composed.

use std::borrow::Cow;

use super::entities::decode_entities;
use super::mojibake::repair_mojibake;
use super::unicode::{remove_invisible, to_nfc};
use super::whitespace::collapse_whitespace;

/// Repairs and normalises one text: mojibake repaired, HTML references decoded, NFC,
/// invisible characters removed, white space collapsed to single spaces and trimmed.
///
/// Mojibake comes first because it is damage to the bytes the other steps read;
/// white space comes last because the steps before can produce it (`&nbsp;`).
///
/// Borrows the input when nothing needed changing (most comments), so clean text
/// costs no allocation.
///
/// Cleaning clean text changes nothing: one round can leave work for the next (removing
/// a control character can join `&` and `amp;`; a reference escaped three times needs
/// more than one decoding), so a changed text is cleaned again until it stops changing,
/// at most [`MAX_ROUNDS`] rounds.
pub fn clean_text(text: &str) -> Cow<'_, str> {
    let mut current = clean_round(text);
    if matches!(current, Cow::Borrowed(_)) {
        return current;
    }
    for _ in 1..MAX_ROUNDS {
        let next = clean_round(&current);
        if next == current {
            break;
        }
        current = Cow::Owned(next.into_owned());
    }
    current
}

/// Rounds of [`clean_text`] at most: real exports settle in two; the cap bounds the
/// work an adversarial text (an entity escaped dozens of times) can cause.
pub const MAX_ROUNDS: usize = 8;

/// One round of every repair, in order.
fn clean_round(text: &str) -> Cow<'_, str> {
    let text = repair_mojibake(text);
    let text = then(text, decode_entities);
    let text = then(text, to_nfc);
    let text = then(text, remove_invisible);
    then(text, collapse_whitespace)
}

/// Applies one step to the text so far, keeping it borrowed when the step changes nothing.
fn then<'a>(text: Cow<'a, str>, step: fn(&str) -> Cow<'_, str>) -> Cow<'a, str> {
    let changed = match step(&text) {
        Cow::Owned(changed) => Some(changed),
        Cow::Borrowed(_) => None,
    };
    match changed {
        Some(changed) => Cow::Owned(changed),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_clean_text_changes_nothing() {
        // Found by the `clean` fuzz target: removing the controls joins `&` and `amp;`.
        let joined = ".\n%4s&\u{8}\0\0amp;";
        let escaped_thrice = "A&amp;amp;amp;E and it&amp;amp;#39;s";
        for text in [joined, escaped_thrice] {
            let once = clean_text(text).into_owned();
            assert_eq!(clean_text(&once), once.as_str());
        }
        assert_eq!(clean_text(escaped_thrice), "A&E and it's");
    }

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
        assert!(matches!(
            clean_text("Staff were kind."),
            Cow::Borrowed("Staff were kind.")
        ));
        assert!(matches!(clean_text("Café, £5 – fine"), Cow::Borrowed(_)));
    }
}

#[cfg(test)]
mod odd_input_tests {
    use super::*;

    /// Pieces that stress the repairs: cut-off mojibake, entities naming surrogates or
    /// numbers past `char::MAX`, combining marks, emoji, controls, odd white space.
    const PIECES: [&str; 16] = [
        "Ã",
        "Ã©",
        "â€",
        "â€™",
        "ðŸ‘",
        "&#xD800;",
        "&#99999999999999999999;",
        "&#x110000;",
        "&amp",
        "&",
        "e\u{301}\u{301}",
        "👨\u{200d}👩\u{200d}👧",
        "\u{85}\u{2028}\u{a0}",
        "\u{0}\u{7f}\u{9d}",
        "\u{feff}",
        "İ",
    ];

    #[test]
    fn odd_pieces_in_any_order_never_panic() {
        for a in PIECES {
            for b in PIECES {
                for joiner in ["", " ", "\u{301}"] {
                    let text = format!("{a}{joiner}{b}");
                    let cleaned = clean_text(&text);
                    // Entities may grow a little; nothing runs away.
                    assert!(cleaned.len() <= text.len() * 4);
                }
            }
        }
    }

    #[test]
    fn one_megabyte_line_is_cleaned() {
        let line = "Ã© &amp; 👍🏽  café\u{301} ".repeat(40_000);
        assert!(line.len() > 1_000_000);
        assert!(clean_text(&line).contains("é & 👍🏽 café"));
    }
}
