//! [`RedactedText`]: comment text after PII has been replaced by placeholders.

use serde::Serialize;

/// Comment text that has been through the [`Redactor`](super::Redactor).
///
/// Every stage after redaction (tokenising, features, clustering, export) takes this
/// type, so none of them can be handed raw text by mistake. It can only be made by the
/// redaction stage (or, for text that is already safe such as a model's test fixture,
/// by [`RedactedText::assume_redacted`] in tests).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct RedactedText(String);

impl RedactedText {
    /// Wraps the redactor's output. Only the redaction stage calls this.
    pub(crate) fn from_redactor(text: String) -> Self {
        RedactedText(text)
    }

    /// Wraps text the caller vouches holds no PII: gold training data already
    /// redacted by its publishers, generated benchmark text, tests.
    pub fn assume_redacted(text: impl Into<String>) -> Self {
        RedactedText(text.into())
    }

    /// The redacted text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
