//! HTML escaping: every string that reaches the page (comment text included, which is
//! redacted but may still hold `<` or `&`) goes through [`esc`].

use std::borrow::Cow;

/// Escapes `&`, `<`, `>`, `"` and `'` so the text is safe both as element content and
/// inside a quoted attribute (SVG text included).
pub fn esc(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A string made safe for an `id` attribute: ASCII letters, digits and `-` only.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(
            esc("Waited 3 hours"),
            Cow::Borrowed("Waited 3 hours")
        ));
    }

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(slug("Food & drink / A&E"), "food-drink-a-e");
        assert_eq!(slug("<x>"), "x");
    }
}
