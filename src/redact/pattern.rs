//! Compiling recognizer patterns for speed: `\b` becomes an ASCII word boundary and
//! `\d` an ASCII digit, which keeps every regex on the fast DFA engines (a Unicode
//! word boundary forces a slower engine). Patterns are written in the ordinary syntax.
//! Only for recognizers of digit and ASCII-letter shapes: next to such a shape, a
//! non-ASCII letter counts as a boundary.

use regex::Regex;

/// Rewrites `\b` to `(?-u:\b)` and `\d` to `[0-9]` (or `0-9` inside a class).
pub fn asciify(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    let mut class_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('b') if class_depth == 0 => out.push_str(r"(?-u:\b)"),
                Some('d') if class_depth == 0 => out.push_str("[0-9]"),
                Some('d') => out.push_str("0-9"),
                Some(next) => {
                    out.push('\\');
                    out.push(next);
                }
                None => out.push('\\'),
            },
            '[' => {
                class_depth += 1;
                out.push(c);
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Compiles a recognizer's pattern (after [`asciify`]). Patterns are fixed at build
/// time and covered by unit tests, so a failure here is a programming error.
pub fn compile(pattern: &str) -> Regex {
    Regex::new(&asciify(pattern)).expect("recognizer patterns are valid regexes")
}

/// Byte ranges of every match of `pattern` in `text`, in order.
pub fn match_ranges(pattern: &Regex, text: &str) -> Vec<(usize, usize)> {
    pattern
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// The pieces of `text` that `ranges` cover, for tests that show what was found.
#[cfg(test)]
pub(crate) fn pieces(text: &str, ranges: Vec<(usize, usize)>) -> Vec<&str> {
    ranges.into_iter().map(|(s, e)| &text[s..e]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_word_boundaries_and_digits() {
        assert_eq!(asciify(r"\b\d{3}\b"), r"(?-u:\b)[0-9]{3}(?-u:\b)");
        assert_eq!(asciify(r"[\d ]+\.\s"), r"[0-9 ]+\.\s");
    }

    #[test]
    fn compiled_patterns_match_ascii_text_as_before() {
        let re = compile(r"\bward \d+\b");
        assert!(re.is_match("on ward 12 today"));
        assert!(!re.is_match("onward 12x"));
        // The trade-off: a non-ASCII letter counts as a non-word character, which is
        // harmless for recognizers of digit and ASCII-letter shapes.
        assert!(compile(r"\b\d+\b").is_match("é12"));
    }
}
