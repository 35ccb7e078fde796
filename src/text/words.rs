//! Splitting redacted text into normalised words, with an ASCII fast path.

use super::tokenizer_config::TokenizerConfig;

/// True when `piece` is a word worth keeping: it holds a letter or a digit.
fn is_word(piece: &str) -> bool {
    piece.chars().any(char::is_alphanumeric)
}

/// Length in bytes of a redaction placeholder (`[PERSON]`, `[PHONE_NUMBER_2]`) starting at
/// `bytes[0]`, or `None`. Placeholders are dropped so their type names never become terms.
fn placeholder_len(bytes: &[u8]) -> Option<usize> {
    if bytes.first() != Some(&b'[') {
        return None;
    }
    let body = bytes[1..]
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'_')
        .count();
    (body >= 3 && bytes.get(1 + body) == Some(&b']')).then_some(body + 2)
}

/// Replaces every placeholder in `text` with a space.
fn without_placeholders(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('[') {
        return std::borrow::Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        if let Some(len) = placeholder_len(&bytes[i..]) {
            out.push_str(&text[copied..i]);
            out.push(' ');
            i += len;
            copied = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

/// True for a non-ASCII character that the `tokenizers` configuration treats exactly as
/// an ASCII separator: NFKD leaves it (or turns it into) characters that are neither
/// word characters nor combining marks, lower-casing leaves it alone, so it only ends
/// the word before it. Typographic quotes and dashes, the ellipsis, currency signs, the
/// bullet, the no-break space and the pictographs block (emoji); a unit test checks
/// each against the `tokenizers` path. About one distinct comment in twenty-five
/// holds such a character (nearly always `’`), and the general path costs many times
/// the fast one.
fn is_plain_separator(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}'
            | '\u{00A3}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2022}'
            | '\u{2026}'
            | '\u{20AC}'
            | '\u{1F300}'..='\u{1FAFF}'
    )
}

/// True when `text` can take the fast path: ASCII, apart from plain separators.
fn fast_path_fits(text: &str) -> bool {
    text.is_ascii() || text.chars().all(|c| c.is_ascii() || is_plain_separator(c))
}

/// Calls `emit` with each normalised word of `text`, in order, without allocating a
/// string per word on the fast path.
///
/// ASCII text, and text whose only other characters are plain separators (see
/// `is_plain_separator`), takes a fast path (lower-case, split on anything but
/// `[A-Za-z0-9_]`) that gives exactly what the `tokenizers` configuration gives; other
/// text goes through it.
pub fn for_each_word(config: &TokenizerConfig, text: &str, mut emit: impl FnMut(&str)) {
    let text = without_placeholders(text);
    if fast_path_fits(&text) {
        for_each_ascii_word(&text, emit);
    } else {
        config.for_each_piece(&text, |piece| {
            if is_word(piece) {
                emit(piece);
            }
        });
    }
}

/// The fast path's words: each run of `[A-Za-z0-9_]` bytes that is not all `_`, in
/// lower case. Read byte by byte, with no UTF-8 decoding: every byte of a multi-byte
/// character is above 0x7F, so it ends a run exactly as the character does when the
/// text is split by characters (a unit test compares both on every fast-path text);
/// the run's capitals are noted on the way, so a word already in lower case is lent
/// as it is.
fn for_each_ascii_word(text: &str, mut emit: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut lower = String::new();
    let mut i = 0;
    while i < bytes.len() {
        if !is_word_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let (mut upper, mut letter_or_digit) = (false, false);
        while i < bytes.len() && is_word_byte(bytes[i]) {
            upper |= bytes[i].is_ascii_uppercase();
            letter_or_digit |= bytes[i] != b'_';
            i += 1;
        }
        if !letter_or_digit {
            continue;
        }
        // The run is ASCII, so slicing at its ends is on character boundaries.
        let piece = &text[start..i];
        if upper {
            lower.clear();
            lower.push_str(piece);
            lower.make_ascii_lowercase();
            emit(&lower);
        } else {
            emit(piece);
        }
    }
}

/// A byte of a fast-path word: an ASCII letter or digit, or `_`.
#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Appends the normalised words of `text` to `out`, in order.
pub fn push_words(config: &TokenizerConfig, text: &str, out: &mut Vec<String>) {
    for_each_word(config, text, |w| out.push(w.to_string()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        push_words(&TokenizerConfig::english(), text, &mut out);
        out
    }

    fn slow_words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        TokenizerConfig::english().for_each_piece(&without_placeholders(text), |p| {
            if is_word(p) {
                out.push(p.to_string())
            }
        });
        out
    }

    /// The fast path as it was written before it read bytes: split by characters.
    fn char_split_words(text: &str) -> Vec<String> {
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|piece| is_word(piece))
            .map(str::to_ascii_lowercase)
            .collect()
    }

    fn byte_scan_words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_ascii_word(text, |w| out.push(w.to_string()));
        out
    }

    #[test]
    fn byte_scan_splits_as_the_character_split_does() {
        // Every text of up to three symbols from a set holding each kind of byte the
        // scan tells apart (letters of both cases, a digit, `_`, separators, and
        // characters of two, three and four bytes).
        let symbols = [
            "a",
            "Z",
            "7",
            "_",
            " ",
            "-",
            "\u{2019}",
            "\u{a3}",
            "\u{1F600}",
            "\n",
        ];
        let mut checked = 0;
        for a in symbols {
            for b in symbols {
                for c in symbols {
                    let text = format!("{a}{b}{c}");
                    assert_eq!(byte_scan_words(&text), char_split_words(&text), "{text:?}");
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 1000);
        for text in [
            "Waited 4 HOURS__in A&E\u{2019}s, didn't_ see\u{2026}a DOCTOR!!",
            "___ _a_ __7__ \u{1F600}x\u{1F600}",
            "",
        ] {
            assert_eq!(byte_scan_words(text), char_split_words(text), "{text:?}");
        }
        assert_eq!(byte_scan_words("__ _A_b Ok"), ["_a_b", "ok"]);
        assert!(byte_scan_words("__ \u{2019} _").is_empty());
    }

    #[test]
    fn ascii_fast_path_matches_the_tokenizers_pipeline() {
        for text in [
            "Waited 4 hours in A&E, didn't see a DOCTOR!!",
            "staff_room ok... 10:30am; ward 7b",
            "  ",
            "e-mail: x@y.com",
        ] {
            assert_eq!(words(text), slow_words(text), "for {text:?}");
        }
    }

    #[test]
    fn plain_separators_split_as_the_tokenizers_pipeline_does() {
        let ranges = [
            '\u{00A0}'..='\u{00A0}',
            '\u{00A3}'..='\u{00A3}',
            '\u{2013}'..='\u{2014}',
            '\u{2018}'..='\u{2019}',
            '\u{201C}'..='\u{201D}',
            '\u{2022}'..='\u{2022}',
            '\u{2026}'..='\u{2026}',
            '\u{20AC}'..='\u{20AC}',
            '\u{1F300}'..='\u{1FAFF}',
        ];
        let mut checked = 0;
        for c in ranges.into_iter().flatten() {
            assert!(is_plain_separator(c), "{:#x}", c as u32);
            for text in [
                format!("Didn{c}t WAIT{c}{c}long_ok 7b{c}"),
                format!("{c}"),
                format!("{c} x{c}"),
            ] {
                assert!(fast_path_fits(&text));
                assert_eq!(words(&text), slow_words(&text), "{:#x}", c as u32);
            }
            checked += 1;
        }
        assert_eq!(checked, 11 + 0x1FAFF - 0x1F300 + 1);
        for c in ['é', '\u{FE0F}', '\u{200D}', '\u{1F130}', 'ß', 'İ'] {
            assert!(!is_plain_separator(c), "{:#x}", c as u32);
        }
    }

    #[test]
    fn other_non_ascii_text_still_goes_through_normaliser() {
        for text in [
            "Café’s staff — naïve ❤\u{FE0F} 👩\u{200D}⚕\u{FE0F} ok",
            "ﬁne ½ ²",
        ] {
            assert!(!fast_path_fits(text));
            assert_eq!(words(text), slow_words(text), "for {text:?}");
        }
    }

    #[test]
    fn non_ascii_goes_through_normaliser() {
        assert_eq!(words("Très bien — café"), vec!["tres", "bien", "cafe"]);
    }

    #[test]
    fn placeholders_never_become_words() {
        assert_eq!(
            words("Thanks [PERSON] and [PERSON_2], call [PHONE_NUMBER]"),
            vec!["thanks", "and", "call"]
        );
        // Ordinary brackets stay words.
        assert_eq!(words("[see note] ok"), vec!["see", "note", "ok"]);
    }
}
