//! Writing placeholders into text: typed (`[PERSON]`) or numbered within a comment
//! (`[PERSON_1]`, `[PERSON_2]`, the same value always the same number).

use super::{PiiKind, PiiSpan, PlaceholderStyle};

/// Rewrites `text`, replacing each span by its placeholder.
///
/// Spans are expected sorted, non-overlapping and on character boundaries, as
/// [`super::Redactor::find`] returns them. Other spans never panic and never leave
/// text readable: a span is widened to the characters it touches, and one that
/// overlaps the span before it starts where that one ended.
pub fn apply_placeholders(text: &str, spans: &[PiiSpan], style: PlaceholderStyle) -> String {
    let mut out = String::with_capacity(text.len());
    let mut seen: Vec<(PiiKind, &str)> = Vec::new();
    let mut last = 0;
    for span in spans {
        let (start, end) = widen_to_chars(text, span.start.max(last), span.end);
        if end <= last {
            continue; // wholly inside the span before
        }
        out.push_str(&text[last..start]);
        match style {
            PlaceholderStyle::Typed => {
                out.push('[');
                out.push_str(span.kind.name());
                out.push(']');
            }
            PlaceholderStyle::Numbered => {
                let value = &text[start..end];
                let number = match seen.iter().position(|&(k, v)| k == span.kind && v == value) {
                    Some(i) => seen[..=i].iter().filter(|(k, _)| *k == span.kind).count(),
                    None => {
                        seen.push((span.kind, value));
                        seen.iter().filter(|(k, _)| *k == span.kind).count()
                    }
                };
                out.push_str(&format!("[{}_{}]", span.kind.name(), number));
            }
        }
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// `start..end` clamped to `text` and widened to the nearest character boundaries.
fn widen_to_chars(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut end = end.min(text.len());
    let mut start = start.min(end);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, kind: PiiKind) -> PiiSpan {
        PiiSpan { start, end, kind }
    }

    #[test]
    fn typed_style_names_the_kind() {
        let text = "Jo rang 07700 900063";
        let spans = [
            span(0, 2, PiiKind::Person),
            span(8, 20, PiiKind::PhoneNumber),
        ];
        assert_eq!(
            apply_placeholders(text, &spans, PlaceholderStyle::Typed),
            "[PERSON] rang [PHONE_NUMBER]"
        );
    }

    #[test]
    fn numbered_style_reuses_numbers_for_the_same_value() {
        let text = "Jo and Al, then Jo again";
        let spans = [
            span(0, 2, PiiKind::Person),
            span(7, 9, PiiKind::Person),
            span(16, 18, PiiKind::Person),
        ];
        assert_eq!(
            apply_placeholders(text, &spans, PlaceholderStyle::Numbered),
            "[PERSON_1] and [PERSON_2], then [PERSON_1] again"
        );
    }

    #[test]
    fn spans_off_character_boundaries_or_overlapping_never_panic_or_leak() {
        let text = "Zoë 👍🏽 07700";
        let spans = [
            span(2, 3, PiiKind::Person),        // inside the two bytes of ë
            span(1, 7, PiiKind::Person),        // overlaps the span before
            span(8, 100, PiiKind::PhoneNumber), // inside the emoji, past the end
        ];
        assert_eq!(
            apply_placeholders(text, &spans, PlaceholderStyle::Typed),
            "Zo[PERSON][PERSON][PHONE_NUMBER]"
        );
        let numbered = apply_placeholders(text, &spans, PlaceholderStyle::Numbered);
        assert!(!numbered.contains("077"), "{numbered}");
    }

    #[test]
    fn no_spans_leaves_text_alone() {
        assert_eq!(
            apply_placeholders("fine", &[], PlaceholderStyle::Typed),
            "fine"
        );
    }
}
