//! UK postcodes: full postcodes anywhere (any case, with or without the space, and the
//! special `GIR 0AA`), and
//! outward codes alone ("LE11") only where cued ("postcode LE11", "the LE11 area").

use regex::Regex;

use super::pattern::compile;

use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds UK postcodes.
#[derive(Debug, Clone)]
pub struct PostcodeRecognizer {
    full: Regex,
    cued_outward: Regex,
}

impl PostcodeRecognizer {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        // Outward code: area letters, district digit(s) or digit+letter. Inward code:
        // a digit then two letters, never C, I, K, M, O or V (so "5 ml", "2mg" cannot match).
        const OUTWARD: &str = r"[A-Z]{1,2}\d[A-Z\d]?";
        const INWARD: &str = r"\d[ABD-HJLNP-UW-Z]{2}";
        PostcodeRecognizer {
            // `GIR 0AA` (Girobank) is the one postcode outside the pattern.
            full: compile(&format!(
                r"(?i)\b(?:{OUTWARD}[ \t]?{INWARD}|GIR[ \t]?0AA)\b"
            )),
            cued_outward: compile(&format!(
                r"(?i:\bpost[ \t]?code\b[ \t:]*(?:(?:is|was)[ \t]+)?)({OUTWARD})\b|\b({OUTWARD})[ \t]+(?i:area)\b"
            )),
        }
    }
}

impl Default for PostcodeRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Recognizer for PostcodeRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::UkPostcode
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        let span = |start, end| PiiSpan {
            start,
            end,
            kind: PiiKind::UkPostcode,
        };
        out.extend(self.full.find_iter(text).map(|m| span(m.start(), m.end())));
        for caps in self.cued_outward.captures_iter(text) {
            if let Some(code) = caps.get(1).or_else(|| caps.get(2)) {
                out.push(span(code.start(), code.end()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_distinct_by;

    fn found(text: &str) -> Vec<&str> {
        found_distinct_by(&PostcodeRecognizer::new(), text)
    }

    #[test]
    fn finds_full_postcodes_in_any_case_and_spacing() {
        assert_eq!(found("from SW1A 3NN and"), vec!["SW1A 3NN"]);
        assert_eq!(found("to CF140RD."), vec!["CF140RD"]);
        assert_eq!(found("coalville, w1g 3zl."), vec!["w1g 3zl"]);
        assert_eq!(found("reach B23 0GZ"), vec!["B23 0GZ"]);
    }

    #[test]
    fn finds_the_girobank_postcode_spaced_or_not() {
        assert_eq!(found("send it to GIR 0AA please"), vec!["GIR 0AA"]);
        assert_eq!(found("at gir0aa."), vec!["gir0aa"]);
        // Negative: GIR with another inward code, or inside a word.
        assert!(found("GIR 0AB and GIRL 0AA").is_empty());
    }

    #[test]
    fn finds_outward_codes_only_where_cued() {
        assert_eq!(found("my postcode is LE11 so"), vec!["LE11"]);
        assert_eq!(found("we live in the NG7 area"), vec!["NG7"]);
        assert!(found("on ward B2 today").is_empty());
        assert!(found("saw Dr A1 in M1 traffic").is_empty());
    }

    #[test]
    fn ignores_doses_wards_and_times() {
        assert!(found("gave 2 5ml of oramorph").is_empty());
        assert!(found("ward 15B 2 days").is_empty());
        assert!(found("at 10:30 on 12/10").is_empty());
        assert!(found("took 500mg, 2 x 30/500").is_empty());
    }
}
