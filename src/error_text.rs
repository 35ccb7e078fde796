//! Error text that can be shown to anyone: messages from parsers with the data values
//! they quote taken out, since in a damaged file a quoted value could be comment text.

/// Removes what a serde message quotes from the data (it could be comment text in a
/// damaged file): `"…"` strings always, backticked words unless they look like a field
/// or variant name. Also drops serde_json's trailing " at line L column C".
pub fn without_values(message: &str) -> String {
    let message = message
        .rfind(" at line ")
        .map_or(message, |at| &message[..at]);
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(['"', '`']) {
        let quote = rest.as_bytes()[start] as char;
        out.push_str(&rest[..=start]);
        let after = &rest[start + 1..];
        let Some(len) = after.find(quote) else {
            out.push('…');
            rest = "";
            break;
        };
        let inner = &after[..len];
        let is_name = quote == '`'
            && !inner.is_empty()
            && inner.len() <= 40
            && inner
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        out.push_str(if is_name { inner } else { "…" });
        out.push(quote);
        rest = &after[len + 1..];
    }
    out.push_str(rest);
    out
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
}
