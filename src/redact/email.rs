//! Email addresses: `local@domain.tld`, and the spelled-out form people use to dodge
//! spam filters (`jo.bloggs at gmail dot com`).

use regex::Regex;

use super::pattern::compile;

use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds email addresses.
#[derive(Debug, Clone)]
pub struct EmailRecognizer {
    email: Regex,
    spelled: Regex,
}

impl EmailRecognizer {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        const AT: &str = r"(?:\bat\b|\[at\]|\(at\))";
        const DOT: &str = r"(?:\bdot\b|\[dot\]|\(dot\))";
        EmailRecognizer {
            email: compile(
                r"(?i)\b[a-z0-9][a-z0-9._%+'-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}\b",
            ),
            spelled: compile(&format!(
                r"(?i)\b[a-z0-9][a-z0-9._+-]*[ \t]*{AT}[ \t]*[a-z0-9-]+(?:[ \t]*{DOT}[ \t]*(?:co|org|ac|gov|nhs|net|com))?[ \t]*{DOT}[ \t]*(?:com|net|org|uk|io|info|biz|me|ie|eu)\b"
            )),
        }
    }
}

impl Default for EmailRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether `text` contains `needle` (ASCII), ignoring case.
fn contains_ignore_case(text: &str, needle: &[u8]) -> bool {
    text.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

impl Recognizer for EmailRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::EmailAddress
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        let span = |m: regex::Match| PiiSpan {
            start: m.start(),
            end: m.end(),
            kind: PiiKind::EmailAddress,
        };
        if text.contains('@') {
            out.extend(self.email.find_iter(text).map(span));
        }
        if contains_ignore_case(text, b"dot") {
            out.extend(self.spelled.find_iter(text).map(span));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_by;

    fn found(text: &str) -> Vec<&str> {
        found_by(&EmailRecognizer::new(), text)
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
    fn finds_spelled_out_addresses() {
        assert_eq!(
            found("email jo.bloggs at gmail dot co dot uk please"),
            vec!["jo.bloggs at gmail dot co dot uk"]
        );
        assert_eq!(
            found("jo [at] nhs [dot] net"),
            vec!["jo [at] nhs [dot] net"]
        );
        assert!(found("arrived at dot of nine").is_empty());
        assert!(found("staff at ward dot matrix printers").is_empty());
    }

    #[test]
    fn ignores_at_signs_that_are_not_addresses() {
        assert!(found("seen @ 10am by the nurse").is_empty());
        assert!(found("twitter @someone").is_empty());
        assert!(found("user@localhost").is_empty());
    }
}
