//! Web addresses: `http(s)://…` and `www.…`. Bare domains ("nhs.uk") are left alone:
//! they name organisations, not people.

use regex::Regex;

use super::pattern::compile;

use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds web addresses.
#[derive(Debug, Clone)]
pub struct UrlRecognizer {
    url: Regex,
}

impl UrlRecognizer {
    /// Compiles the pattern once.
    pub fn new() -> Self {
        UrlRecognizer {
            url: compile(r"(?i)\b(?:https?://|www\.)[^\s<>\x22]+"),
        }
    }
}

impl Default for UrlRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Recognizer for UrlRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::Url
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        let lower_has = |needle: &[u8]| {
            text.as_bytes()
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle))
        };
        if !lower_has(b"http") && !lower_has(b"www.") {
            return;
        }
        for m in self.url.find_iter(text) {
            // Sentence punctuation after a link is not part of it.
            let trimmed = m
                .as_str()
                .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
            out.push(PiiSpan {
                start: m.start(),
                end: m.start() + trimmed.len(),
                kind: PiiKind::Url,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_by;

    fn found(text: &str) -> Vec<&str> {
        found_by(&UrlRecognizer::new(), text)
    }

    #[test]
    fn finds_links_without_trailing_punctuation() {
        assert_eq!(
            found("see https://example.org/my-page?id=3."),
            vec!["https://example.org/my-page?id=3"]
        );
        assert_eq!(
            found("(www.facebook.com/jo.bloggs)"),
            vec!["www.facebook.com/jo.bloggs"]
        );
    }

    #[test]
    fn ignores_text_without_links() {
        assert!(found("the www team were great").is_empty());
        assert!(found("see nhs.uk for advice").is_empty());
    }
}
