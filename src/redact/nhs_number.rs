//! NHS numbers: ten digits in any grouping (single spaces, dashes or none) that pass the
//! Modulus 11 check, or that fail it but sit just after an "NHS" cue.

use regex::Regex;

use super::pattern::compile;

use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// How far before a number (in bytes) an "NHS" cue still counts.
const CUE_WINDOW: usize = 24;

/// Finds NHS numbers.
#[derive(Debug, Clone)]
pub struct NhsNumberRecognizer {
    number: Regex,
    cue: Regex,
}

impl NhsNumberRecognizer {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        NhsNumberRecognizer {
            number: compile(r"\b\d(?:[ \t-]?\d){9}\b"),
            cue: compile(r"(?i)\bnhs\b"),
        }
    }
}

impl Default for NhsNumberRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether ten digits pass the NHS Modulus 11 check.
pub fn passes_modulus_11(digits: &[u8; 10]) -> bool {
    let sum: u32 = digits[..9]
        .iter()
        .enumerate()
        .map(|(i, &d)| u32::from(d) * (10 - i as u32))
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    check == u32::from(digits[9])
}

impl Recognizer for NhsNumberRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::NhsNumber
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        // Ten digits right after other digits ("+44 943 476 5919", "DOB 1950 943 476
        // 5919") are still taken: where they are the tail of a longer number that
        // another recognizer finds (a phone), the longer span wins the overlap. A
        // candidate that is not an NHS number does not hide one starting at a later
        // digit group inside it ("1950 943 476" then "943 476 5919").
        let mut from = 0;
        while let Some(m) = self.number.find_at(text, from) {
            let mut digits = [0u8; 10];
            for (slot, b) in digits
                .iter_mut()
                .zip(m.as_str().bytes().filter(u8::is_ascii_digit))
            {
                *slot = b - b'0';
            }
            let cued = || {
                let from = floor_char_boundary(text, m.start().saturating_sub(CUE_WINDOW));
                self.cue.is_match(&text[from..m.start()])
            };
            if passes_modulus_11(&digits) || cued() {
                out.push(PiiSpan {
                    start: m.start(),
                    end: m.end(),
                    kind: PiiKind::NhsNumber,
                });
                from = m.end();
            } else {
                from = next_digit_group(m.as_str()).map_or(m.end(), |at| m.start() + at);
            }
        }
    }
}

/// Byte offset of the second group of digits in `number` (after its first separator).
fn next_digit_group(number: &str) -> Option<usize> {
    let separator = number.find(|c: char| !c.is_ascii_digit())?;
    let rest = &number[separator..];
    rest.find(|c: char| c.is_ascii_digit())
        .map(|at| separator + at)
}

/// The largest char boundary at or below `index`.
pub(crate) fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_by;

    fn found(text: &str) -> Vec<&str> {
        found_by(&NhsNumberRecognizer::new(), text)
    }

    #[test]
    fn modulus_11_accepts_valid_and_rejects_invalid() {
        assert!(passes_modulus_11(&[9, 4, 3, 4, 7, 6, 5, 9, 1, 9]));
        assert!(!passes_modulus_11(&[9, 4, 3, 4, 7, 6, 5, 9, 1, 8]));
    }

    #[test]
    fn finds_valid_numbers_in_any_spacing() {
        assert_eq!(found("ref 943 476 5919 please"), vec!["943 476 5919"]);
        assert_eq!(found("ref 943-476-5919."), vec!["943-476-5919"]);
        assert_eq!(found("(9434765919)"), vec!["9434765919"]);
        assert_eq!(found("no 94 34 76 59 19."), vec!["94 34 76 59 19"]);
    }

    #[test]
    fn numbers_next_to_other_numbers_are_still_found() {
        assert_eq!(
            found("943 476 5919 943 476 5919"),
            vec!["943 476 5919", "943 476 5919"]
        );
        assert_eq!(found("07700 900063 943 476 5919"), vec!["943 476 5919"]);
        assert_eq!(found("DOB 3 May 1950 943 476 5919"), vec!["943 476 5919"]);
    }

    #[test]
    fn the_tail_of_a_phone_number_is_redacted_as_the_phone() {
        let out = crate::redact::Redactor::new()
            .redact(
                "call +44 943 476 5919",
                crate::redact::PlaceholderStyle::Typed,
            )
            .text;
        assert_eq!(out, "call [PHONE_NUMBER]");
    }

    #[test]
    fn failing_checksum_needs_an_nhs_cue() {
        assert!(found("ref 943 476 5918 please").is_empty());
        assert_eq!(found("my NHS no. is 943 476 5918"), vec!["943 476 5918"]);
        assert_eq!(found("nhs number: 9434765918"), vec!["9434765918"]);
    }

    #[test]
    fn ignores_longer_numbers_and_phone_tails() {
        assert!(found("call 07700 900 0630 now").is_empty());

        assert!(found("94347659191").is_empty());

        assert_eq!(found("NHS no. 943-476-5919, as"), vec!["943-476-5919"]);
        assert!(found("waited 3 hours at 10:30").is_empty());
    }
}
