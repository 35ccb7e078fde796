//! [`Recognizer`]: the one interface every PII recognizer implements.

use super::{PiiKind, PiiSpan};

/// Finds one kind of personal data in a text.
///
/// Implementations compile their patterns once, in their constructor, and are shared
/// across threads. Spans may overlap those of other recognizers: the
/// [`Redactor`](super::Redactor) resolves overlaps.
pub trait Recognizer: Send + Sync + std::fmt::Debug {
    /// The kind this recognizer reports.
    fn kind(&self) -> PiiKind;

    /// Appends every span found in `text` (byte offsets, end exclusive) to `out`.
    fn find(&self, text: &str, out: &mut Vec<PiiSpan>);
}

/// The texts `recognizer` finds in `text`, in the order it reports them: the shared
/// helper of the recognizers' tests.
#[cfg(test)]
pub(crate) fn found_by<'t>(recognizer: &dyn Recognizer, text: &'t str) -> Vec<&'t str> {
    let mut out = Vec::new();
    recognizer.find(text, &mut out);
    out.iter().map(|s| &text[s.start..s.end]).collect()
}

/// The distinct texts `recognizer` finds in `text`, in text order (for recognizers
/// whose patterns may report one span twice).
#[cfg(test)]
pub(crate) fn found_distinct_by<'t>(recognizer: &dyn Recognizer, text: &'t str) -> Vec<&'t str> {
    let mut out = Vec::new();
    recognizer.find(text, &mut out);
    out.sort();
    out.dedup();
    out.iter().map(|s| &text[s.start..s.end]).collect()
}
