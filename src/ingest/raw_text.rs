//! [`RawText`]: comment text as it came from the input, before redaction.

use std::fmt;

/// Comment text that may still hold personal data (names, NHS numbers, phones…).
///
/// It exists only between ingest and redact. It deliberately implements neither
/// `Display` nor `Serialize`, and its `Debug` shows only the length, so it cannot reach
/// an output file, a log line or an error message by accident. Only the crate's own
/// cleaning and redaction stages may look inside (via `RawText::expose`, which clippy.toml allows only there).
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct RawText(String);

impl RawText {
    /// Wraps text read from an input file.
    pub fn new(text: impl Into<String>) -> Self {
        RawText(text.into())
    }

    /// The raw characters, for the cleaning and redaction stages only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// Replaces the text with a transformed version (used by the cleaning stage).
    pub(crate) fn map(self, f: impl FnOnce(String) -> String) -> Self {
        RawText(f(self.0))
    }

    /// The first 128 bits of the text's SHA-256, to find exact copies of it by (see
    /// [`sha256_prefix128`](super::hashing_reader::sha256_prefix128)); safe to keep.
    pub fn digest128(&self) -> [u8; 16] {
        super::hashing_reader::sha256_prefix128(self.0.as_bytes())
    }

    /// Number of Unicode scalar values, safe to report.
    pub fn char_len(&self) -> usize {
        self.0.chars().count()
    }

    /// True when the text is empty or only white space.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Debug for RawText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawText(<{} bytes hidden>)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_text() {
        let raw = RawText::new("Call John Smith on 07700 900123");
        let shown = format!("{raw:?}");
        assert!(!shown.contains("John"));
        assert!(shown.contains("bytes hidden"));
    }

    #[test]
    fn blank_detection() {
        assert!(RawText::new("  \n\t").is_blank());
        assert!(!RawText::new(" x ").is_blank());
    }
}
