//! Error text that can be shown to anyone: messages from parsers with the data values
//! they quote taken out, since in a damaged file a quoted value could be comment text.

/// Removes what a serde message quotes from the data (it could be comment text in a
/// damaged file): `"…"` strings always, and backticked words unless they name what the
/// parser expected (after "expected", or a "missing field"): a one-word comment such as
/// `fine` in the wrong place must not be echoed. Also drops serde_json's trailing
/// " at line L column C".
pub fn without_values(message: &str) -> String {
    let message = message
        .rfind(" at line ")
        .map_or(message, |at| &message[..at]);
    let names_from = message.find("expected").unwrap_or(message.len());
    let mut out = String::with_capacity(message.len());
    let mut at = 0;
    while let Some(found) = message[at..].find(['"', '`']) {
        let start = at + found;
        let quote = message.as_bytes()[start] as char;
        out.push_str(&message[at..=start]);
        let Some(len) = message[start + 1..].find(quote) else {
            out.push('…');
            at = message.len();
            break;
        };
        let inner = &message[start + 1..start + 1 + len];
        let names_expected = start > names_from || message[..start].ends_with("missing field ");
        let is_name = quote == '`'
            && names_expected
            && !inner.is_empty()
            && inner.len() <= 40
            && inner
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        out.push_str(if is_name { inner } else { "…" });
        out.push(quote);
        at = start + 1 + len + 1;
    }
    out.push_str(&message[at..]);
    out
}

/// 1-based line and column (in characters) of a byte offset into `text`, for errors
/// that point into a file a person wrote (config and edits files).
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_removed_from_messages() {
        assert_eq!(
            without_values("invalid type: string \"my nurse Jo\", expected u32 at line 1 column 9"),
            "invalid type: string \"…\", expected u32"
        );
        assert_eq!(
            without_values("unknown variant `Hello there`, expected `model` or `rule`"),
            "unknown variant `…`, expected `model` or `rule`"
        );
        assert_eq!(
            without_values("missing field `themes`"),
            "missing field `themes`"
        );
    }

    #[test]
    fn a_one_word_value_is_removed_too() {
        assert_eq!(
            without_values("unknown variant `fine`, expected `model` or `rule`"),
            "unknown variant `…`, expected `model` or `rule`"
        );
        assert_eq!(
            without_values("unknown PII type `rude` in redactions at line 3 column 40"),
            "unknown PII type `…` in redactions"
        );
        assert_eq!(
            without_values("unknown field `excellent`, expected one of `id`, `text`"),
            "unknown field `…`, expected one of `id`, `text`"
        );
    }
}
