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

/// Calls `emit` with each normalised word of `text`, in order, without allocating a
/// string per word on the ASCII path.
///
/// ASCII text takes a fast path (lower-case, split on anything but `[A-Za-z0-9_]`) that
/// gives exactly what the `tokenizers` configuration gives; other text goes through it.
pub fn for_each_word(config: &TokenizerConfig, text: &str, mut emit: impl FnMut(&str)) {
    let text = without_placeholders(text);
    if text.is_ascii() {
        let mut lower = String::new();
        for piece in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
            if is_word(piece) {
                if piece.bytes().any(|b| b.is_ascii_uppercase()) {
                    lower.clear();
                    lower.push_str(piece);
                    lower.make_ascii_lowercase();
                    emit(&lower);
                } else {
                    emit(piece);
                }
            }
        }
    } else {
        config.for_each_piece(&text, |piece| {
            if is_word(piece) {
                emit(piece);
            }
        });
    }
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
