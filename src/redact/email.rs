//! Email addresses: `local@domain.tld`.

use regex::Regex;

use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds email addresses.
#[derive(Debug, Clone)]
pub struct EmailRecognizer {
    email: Regex,
}

impl EmailRecognizer {
    /// Compiles the pattern once.
    pub fn new() -> Self {
        EmailRecognizer {
            email: Regex::new(
                r"(?i)\b[a-z0-9][a-z0-9._%+'-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}\b",
            )
            .expect("valid regex"),
        }
    }
}

impl Default for EmailRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Recognizer for EmailRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::EmailAddress
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        if !text.contains('@') {
            return;
        }
        out.extend(self.email.find_iter(text).map(|m| PiiSpan {
            start: m.start(),
            end: m.end(),
            kind: PiiKind::EmailAddress,
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        EmailRecognizer::new().find(text, &mut out);
        out.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn finds_addresses_without_trailing_punctuation() {
        assert_eq!(
            found("email shaun.anderson@hotmail.co.uk."),
            vec!["shaun.anderson@hotmail.co.uk"]
        );
        assert_eq!(found("(a_b+c@nhs.net)"), vec!["a_b+c@nhs.net"]);
        assert_eq!(
            found("Y.MURTY@Example.COM, thanks"),
            vec!["Y.MURTY@Example.COM"]
        );
    }

    #[test]
    fn ignores_at_signs_that_are_not_addresses() {
        assert!(found("seen @ 10am by the nurse").is_empty());
        assert!(found("twitter @someone").is_empty());
        assert!(found("user@localhost").is_empty());
    }
}
