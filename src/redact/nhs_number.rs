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
        for m in self.number.find_iter(text) {
            // Part of a longer number such as "+44 7700 900 123" or "12.345 678 9012".
            if follows_another_number(&text[..m.start()]) {
                continue;
            }
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
            }
        }
    }
}

/// Whether the text before a candidate ends in a number it would continue
/// ("+44 ", "12.", "0116-"), allowing up to two separators between them.
fn follows_another_number(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '-']);
    if trimmed.len() + 2 < before.len() {
        return false;
    }
    let trimmed = trimmed.strip_suffix('.').unwrap_or(trimmed);
    trimmed.ends_with(|c: char| c.is_ascii_digit() || c == '+')
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
    fn failing_checksum_needs_an_nhs_cue() {
        assert!(found("ref 943 476 5918 please").is_empty());
        assert_eq!(found("my NHS no. is 943 476 5918"), vec!["943 476 5918"]);
        assert_eq!(found("nhs number: 9434765918"), vec!["9434765918"]);
    }

    #[test]
    fn ignores_longer_numbers_and_phone_tails() {
        assert!(found("call 07700 900 0630 now").is_empty());
        assert!(found("+44 943 476 5919").is_empty());
        assert!(found("94347659191").is_empty());
        assert!(found("12.943 476 5919").is_empty());
        assert_eq!(found("NHS no. 943-476-5919, as"), vec!["943-476-5919"]);
        assert!(found("waited 3 hours at 10:30").is_empty());
    }
}
