//! Street names without a house number, where the words before them say an address
//! follows: "I live on Otley Road", "we moved to Mill Lane", "my address is Church Street".
//!
//! The street is one to three capitalised words (any words in an all-lower-case comment)
//! and a street type from `lexicons/pii/street_suffixes.txt`. Without such a cue a street
//! name is left alone ("the Otley Road surgery", "parking on Mill Lane"), since places
//! are what themes are about.

use regex::Regex;

use super::lexicon::{alternation, STREET_SUFFIXES};
use super::pattern::compile;
use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds street names after a "where I live" cue.
#[derive(Debug, Clone)]
pub struct CuedStreetRecognizer {
    cued: Regex,
}

impl CuedStreetRecognizer {
    /// Compiles the pattern once.
    pub fn new() -> Self {
        let suffixes = alternation(STREET_SUFFIXES);
        let cue = r"(?i:\b(?:i|we|he|she|they|mum|dad|who)[ \t]+(?:live|lives|lived|living|moved|reside|resides|stay|stays)[ \t]+(?:on|at|in|off|to)|\b(?:my|our|his|her|their)[ \t]+address[ \t]+(?:is|was)|\baddress[ \t]*:)";
        CuedStreetRecognizer {
            cued: compile(&format!(
                r"{cue}[ \t]+((?:[A-Za-z][A-Za-z'’-]*[ \t]+){{1,3}}(?i:{suffixes}))\b"
            )),
        }
    }
}

impl Default for CuedStreetRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Recognizer for CuedStreetRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::StreetAddress
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        let lower_case_text = !text.chars().any(char::is_uppercase);
        for caps in self.cued.captures_iter(text) {
            let Some(street) = caps.get(1) else {
                continue;
            };
            let capitalised = street
                .as_str()
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()));
            if capitalised || lower_case_text {
                out.push(PiiSpan {
                    start: street.start(),
                    end: street.end(),
                    kind: PiiKind::StreetAddress,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_by;

    fn found(text: &str) -> Vec<&str> {
        found_by(&CuedStreetRecognizer::new(), text)
    }

    #[test]
    fn finds_streets_after_a_where_i_live_cue() {
        assert_eq!(found("I live on Otley Road and"), vec!["Otley Road"]);
        assert_eq!(
            found("We moved to Upper Mill Lane last year"),
            vec!["Upper Mill Lane"]
        );
        assert_eq!(found("My address is Church Street."), vec!["Church Street"]);
        assert_eq!(found("i live on otley road"), vec!["otley road"]);
    }

    #[test]
    fn leaves_streets_without_a_cue_or_in_small_letters() {
        assert!(found("The Otley Road surgery was great").is_empty());
        assert!(found("Parking on Mill Lane is hard").is_empty());
        assert!(found("I live on the edge of town").is_empty());
        assert!(found("I live on my own road to recovery, Mill Lane").is_empty());
    }
}
