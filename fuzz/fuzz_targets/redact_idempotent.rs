//! Redacting redacted text changes nothing, in both placeholder styles: a placeholder
//! is never taken for PII and nothing the first pass left is redacted by the second.
#![no_main]

use std::sync::OnceLock;

use feedback_themes::redact::{PlaceholderStyle, Redactor};
use libfuzzer_sys::fuzz_target;

fn redactor() -> &'static Redactor {
    static REDACTOR: OnceLock<Redactor> = OnceLock::new();
    REDACTOR.get_or_init(Redactor::new)
}

fuzz_target!(|text: &str| {
    for style in [PlaceholderStyle::Typed, PlaceholderStyle::Numbered] {
        let once = redactor().redact(text, style).text;
        let twice = redactor().redact(&once, style).text;
        assert_eq!(twice, once, "redacting redacted text changes nothing");
    }
});
