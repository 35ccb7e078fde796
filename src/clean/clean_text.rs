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
    if is_plain_ascii(text) {
        return Cow::Borrowed(text);
    }
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

/// Whether no repair can change the text, read in one pass over its bytes: printable
/// ASCII only (no mojibake, which needs bytes above 0x7F; no control or invisible
/// character; NFC as it is), no `&` (so no reference to decode), and single spaces
/// with none at either end (the only white space allowed). Most comments are such, and
/// each of the five repairs would otherwise read them once more to find nothing to do.
fn is_plain_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // Two passes without early exits, which the compiler turns into wide compares.
    let odd_byte = bytes.iter().fold(false, |odd, &b| {
        odd | (b.wrapping_sub(0x20) > 0x7e - 0x20) | (b == b'&')
    });
    let double_space = (bytes.iter().zip(bytes.iter().skip(1))).fold(false, |double, (&a, &b)| {
        double | ((a == b' ') & (b == b' '))
    });
    !odd_byte && !double_space
}

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
    fn plain_ascii_is_what_every_repair_leaves_alone() {
        for plain in ["Staff were kind.", "a", "", "A-Z (ok) 5/5 #1 ~ \"yes\""] {
            assert!(is_plain_ascii(plain), "{plain:?}");
            assert!(matches!(clean_round(plain), Cow::Borrowed(_)));
        }
        for not_plain in [
            " lead",
            "trail ",
            "two  spaces",
            "tab\there",
            "line\nbreak",
            "A&amp;E",
            "A & E",
            "bell\u{7}",
            "del\u{7f}",
            "café",
            "Iâ€™m",
        ] {
            assert!(!is_plain_ascii(not_plain), "{not_plain:?}");
        }
    }

    #[test]
    fn the_plain_ascii_shortcut_gives_what_the_repairs_give() {
        // Every text of printable ASCII, space and `&` up to three bytes long, and a
        // few longer: the shortcut never borrows a text the rounds would change.
        let alphabet: Vec<char> = (0x20u8..=0x7e).map(char::from).chain(['\t']).collect();
        let mut texts = vec![String::new()];
        for a in &alphabet {
            texts.push(a.to_string());
            for b in &alphabet {
                texts.push(format!("{a}{b}"));
                for c in [' ', '&', 'a', ';', '#'] {
                    texts.push(format!("{a}{b}{c}"));
                }
            }
        }
        texts.extend(["A&amp;E".into(), "x &#39; y".into(), "a  b".into()]);
        for text in &texts {
            let mut current = clean_round(text);
            if matches!(current, Cow::Owned(_)) {
                for _ in 1..MAX_ROUNDS {
                    let next = clean_round(&current).into_owned();
                    if next == current {
                        break;
                    }
                    current = Cow::Owned(next);
                }
            }
            assert_eq!(clean_text(text), current, "{text:?}");
            if is_plain_ascii(text) {
                assert!(matches!(clean_round(text), Cow::Borrowed(_)), "{text:?}");
            }
        }
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
