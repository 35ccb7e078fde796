//! National Insurance numbers: two prefix letters, six digits in any pairing, and a
//! suffix letter A–D; any case, spaced or not. The prefix is not checked against
//! HMRC's allowed letters: people quote made-up or mistyped numbers (e.g. "QQ"), and a
//! missed number leaks while the shape alone is already specific.

use regex::Regex;

use super::pattern::compile;

use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds National Insurance numbers.
#[derive(Debug, Clone)]
pub struct NinoRecognizer {
    nino: Regex,
}

impl NinoRecognizer {
    /// Compiles the pattern once.
    pub fn new() -> Self {
        NinoRecognizer {
            nino: compile(r"(?i)\b[A-Z]{2}[ \t-]?\d{2}[ \t-]?\d{2}[ \t-]?\d{2}[ \t-]?[A-D]\b"),
        }
    }
}

impl Default for NinoRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Recognizer for NinoRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::UkNino
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        out.extend(self.nino.find_iter(text).map(|m| PiiSpan {
            start: m.start(),
            end: m.end(),
            kind: PiiKind::UkNino,
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_by;

    fn found(text: &str) -> Vec<&str> {
        found_by(&NinoRecognizer::new(), text)
    }

    #[test]
    fn finds_spaced_and_unspaced_numbers_in_any_case() {
        assert_eq!(found("NI no. JA 39 42 79 C at"), vec!["JA 39 42 79 C"]);
        assert_eq!(found("(KP754241B)"), vec!["KP754241B"]);
        assert_eq!(found("sent with bs759942b but"), vec!["bs759942b"]);
    }

    #[test]
    fn rejects_other_shapes() {
        assert_eq!(found("is QQ 12 34 56 C."), vec!["QQ 12 34 56 C"]);
        assert!(found("AB123456E").is_empty());
        assert!(found("ABC123456A").is_empty());
        assert!(found("RWE4304149").is_empty());
        assert!(found("on 12 34 56 at").is_empty());
    }
}
