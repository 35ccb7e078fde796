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
