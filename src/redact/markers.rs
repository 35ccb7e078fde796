//! Text that is already redacted — `[name redacted]`, `XXXX`, `***`, or one of our own
//! placeholders such as `[PERSON_2]` — which the redactor keeps exactly as it is.

use regex::Regex;

use super::pattern::{compile, match_ranges};

/// Finds existing redaction markers.
#[derive(Debug, Clone)]
pub struct MarkerFinder {
    marker: Regex,
}

impl MarkerFinder {
    /// Compiles the pattern once.
    pub fn new() -> Self {
        MarkerFinder {
            marker: compile(
                r"(?x)
                \[[^\[\]\n]{0,40}(?i:redact|removed|withheld|anonymi[sz]ed)[^\[\]\n]{0,40}\]
                | <[^<>\n]{0,40}(?i:redact|removed|withheld)[^<>\n]{0,40}>
                | \[(?:PERSON|NHS_NUMBER|PHONE_NUMBER|EMAIL_ADDRESS|URL|UK_POSTCODE|STREET_ADDRESS|DATE_OF_BIRTH|UK_NINO|HOSPITAL_NUMBER)(?:_\d+)?\]
                | \b[Xx]{3,}\b
                | \*{2,}
                | \#{3,}",
            ),
        }
    }

    /// Byte ranges of every marker in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        let has_marker_char = bytes.iter().any(|b| matches!(b, b'[' | b'<' | b'*' | b'#'));
        let has_xxx = bytes
            .windows(3)
            .any(|w| w.iter().all(|&b| b == b'x' || b == b'X'));
        if !has_marker_char && !has_xxx {
            return Vec::new();
        }
        match_ranges(&self.marker, text)
    }
}

impl Default for MarkerFinder {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::pattern::pieces;

    fn found(text: &str) -> Vec<&str> {
        pieces(text, MarkerFinder::new().find(text))
    }

    #[test]
    fn finds_existing_markers_and_our_placeholders() {
        assert_eq!(found("thanks [name redacted]!"), vec!["[name redacted]"]);
        assert_eq!(found("nurse XXXX was kind"), vec!["XXXX"]);
        assert_eq!(found("Dr *** said"), vec!["***"]);
        assert_eq!(
            found("met [PERSON_2] and [UK_POSTCODE]"),
            vec!["[PERSON_2]", "[UK_POSTCODE]"]
        );
    }

    #[test]
    fn ignores_ordinary_text() {
        assert!(found("the x-ray [see leaflet] was 2 x 30mg").is_empty());
        assert!(found("Xavier was kind").is_empty());
        assert!(found("a * b").is_empty());
    }
}
