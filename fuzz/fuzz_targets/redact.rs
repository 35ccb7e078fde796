//! The redactor never panics; its spans are sorted, disjoint byte ranges on character
//! boundaries of the original text, and writing their placeholders into it gives the
//! redacted text. That redacting redacted text changes nothing is checked by its own
//! target, `redact_idempotent`, so a known idempotence defect of the name tagger does
//! not stop this one from searching for panics and bad offsets.
#![no_main]

use std::sync::OnceLock;

use feedback_themes::redact::{PlaceholderStyle, Redactor};
use libfuzzer_sys::fuzz_target;

fn redactor() -> &'static Redactor {
    static REDACTOR: OnceLock<Redactor> = OnceLock::new();
    REDACTOR.get_or_init(Redactor::new)
}

fuzz_target!(|text: &str| {
    let redaction = redactor().redact(text, PlaceholderStyle::Typed);
    let mut rebuilt = String::new();
    let mut at = 0;
    for span in &redaction.spans {
        assert!(span.start >= at && span.start < span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        rebuilt.push_str(&text[at..span.start]);
        rebuilt.push('[');
        rebuilt.push_str(span.kind.name());
        rebuilt.push(']');
        at = span.end;
    }
    rebuilt.push_str(&text[at..]);
    assert_eq!(rebuilt, redaction.text, "spans map back into the original");
    redactor().redact(text, PlaceholderStyle::Numbered);
});
