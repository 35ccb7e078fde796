//! [`RedactedText`]: comment text after PII has been replaced by placeholders.

use serde::Serialize;

/// Comment text that has been through the [`Redactor`](super::Redactor).
///
/// Every stage after redaction (tokenising, features, clustering, export) takes this
/// type, so none of them can be handed raw text by mistake. Outside tests it is made
/// only by the [`Redactor`](super::Redactor) (the pipeline, and the labelled-file
/// reader of `train` and `eval`) and by reading back a `tagged.jsonl` this tool wrote
/// (whose text the redactor made).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct RedactedText(String);

impl RedactedText {
    /// Wraps the redactor's output. Only the redaction stage calls this.
    pub(crate) fn from_redactor(text: String) -> Self {
        RedactedText(text)
    }

    /// Wraps text read back from a `tagged.jsonl` this tool wrote: the redactor made
    /// it before it was written. Only the reader of that file calls this.
    pub(crate) fn read_back(text: String) -> Self {
        RedactedText(text)
    }

    /// Wraps a test fixture that holds no personal data. Exists in tests only.
    #[cfg(test)]
    pub fn assume_redacted(text: impl Into<String>) -> Self {
        RedactedText(text.into())
    }

    /// The redacted text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
