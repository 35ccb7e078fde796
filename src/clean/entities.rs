//! Decoding HTML character references (`&amp;`, `&#39;`, `&#x2019;`, `&nbsp;`…) that
//! web survey tools leave in exported text.

use std::borrow::Cow;

use super::windows_1252::char_of_high_control;

/// Named references decoded (the ones seen in survey exports; others are left as is).
const NAMED: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("pound", "£"),
    ("euro", "€"),
    ("hellip", "…"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("bull", "•"),
    ("middot", "·"),
    ("deg", "°"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("times", "×"),
    ("shy", "\u{ad}"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("ecirc", "ê"),
    ("aacute", "á"),
    ("agrave", "à"),
    ("acirc", "â"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("auml", "ä"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("ccedil", "ç"),
    ("ntilde", "ñ"),
];

/// Longest reference body looked at (`#x10FFFF` and `frac12` fit).
const MAX_BODY: usize = 10;

/// How many passes at most: `&amp;#39;` (escaped twice) needs two.
const MAX_PASSES: usize = 2;

/// Decodes HTML character references. Unknown or malformed ones are kept verbatim;
/// references to NUL, surrogates or out-of-range code points are kept verbatim too.
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    let Some(mut current) = decode_once(text) else {
        return Cow::Borrowed(text);
    };
    for _ in 1..MAX_PASSES {
        match decode_once(&current) {
            Some(decoded) => current = decoded,
            None => break,
        }
    }
    Cow::Owned(current)
}

/// One pass; `None` when nothing was decoded.
fn decode_once(text: &str) -> Option<String> {
    if !text.contains('&') {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after
            .char_indices()
            .take(MAX_BODY + 1)
            .find(|&(_, c)| c == ';')
            .and_then(|(semi, _)| reference(&after[..semi]).map(|r| (r, semi)));
        match decoded {
            Some((replacement, semi)) => {
                out.push_str(&replacement);
                rest = &after[semi + 1..];
                changed = true;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// The text a reference body (between `&` and `;`) stands for.
fn reference(body: &str) -> Option<String> {
    if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        let c = match u8::try_from(code) {
            Ok(byte @ 0x80..=0x9F) => char_of_high_control(byte)?,
            _ if code == 0 => return None,
            _ => char::from_u32(code)?,
        };
        return Some(c.to_string());
    }
    NAMED
        .iter()
        .find(|(name, _)| *name == body)
        .map(|(_, value)| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numeric_references() {
        assert_eq!(decode_entities("A&amp;E"), "A&E");
        assert_eq!(decode_entities("it&#39;s &quot;ok&quot;"), "it's \"ok\"");
        assert_eq!(decode_entities("I&#x2019;m&nbsp;here"), "I’m\u{a0}here");
        assert_eq!(decode_entities("&pound;5 &rsquo;"), "£5 ’");
        assert_eq!(decode_entities("&#146;"), "’"); // Windows-1252 numbering
    }

    #[test]
    fn double_escaped_references() {
        assert_eq!(decode_entities("it&amp;#39;s"), "it's");
    }

    #[test]
    fn non_references_are_kept() {
        for text in [
            "fish & chips",
            "A&E department",
            "&unknown;",
            "&#0;",
            "&#xD800;",
            "&#99999999;",
            "&amp without semicolon",
            "&",
            "a;b&",
        ] {
            assert_eq!(decode_entities(text), text);
        }
    }
}
