//! Hospital / medical record numbers: an upper-case letter prefix and 6–8 digits
//! ("RWE4304149", "S 3439577"), or any letter+digit or digit-only code right after a
//! cue such as "hospital no", "MRN" or "patient ID" (cues in `lexicons/pii/`). In a
//! comment written all in lower case the prefix may be lower case (but then must touch
//! the digits, so a word such as "is" before a number is never taken as a prefix).

use std::sync::OnceLock;

use regex::Regex;

use super::pattern::compile;

use super::date_of_birth::{RUN_TOGETHER_DATE, RUN_TOGETHER_SEVEN, RUN_TOGETHER_YEAR_FIRST};
use super::lexicon::{alternation, entries, DATE_OF_BIRTH_CUES, HOSPITAL_NUMBER_CUES};
use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds hospital and medical record numbers.
#[derive(Debug, Clone)]
pub struct HospitalNumberRecognizer {
    prefixed: Regex,
    prefixed_any_case: Regex,
    cued: Regex,
}

impl HospitalNumberRecognizer {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        let cues = alternation(HOSPITAL_NUMBER_CUES);
        HospitalNumberRecognizer {
            prefixed: compile(r"\b[A-Z]{1,3}\d? ?\d{6,8}\b"),
            prefixed_any_case: compile(r"(?i)\b[A-Z]{1,3}\d?\d{6,8}\b"),
            cued: compile(&format!(
                r"(?i)\b{cues}\b[ \t:.#=-]*(?:(?:is|was|of)[ \t]+)?([a-z]{{0,4}}\d?[ -]?\d{{5,10}}[a-z]?)\b"
            )),
        }
    }
}

impl Default for HospitalNumberRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Recognizer for HospitalNumberRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::HospitalNumber
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        let span = |start, end| PiiSpan {
            start,
            end,
            kind: PiiKind::HospitalNumber,
        };
        // In a comment written all in lower case the prefix letters are lower case too.
        let prefixed = if text.chars().any(char::is_uppercase) {
            &self.prefixed
        } else {
            &self.prefixed_any_case
        };
        // "DOB 08111927" and "D.O.B 11301955" are dates of birth after their cue, not
        // codes with letters: the date finder reads digits run together as a date there.
        // Digits that make no such date stay a code ("D.O.B 1234567"), and run together
        // with the cue, "DOB08111927" stays a code, still redacted.
        out.extend(
            prefixed
                .find_iter(text)
                .filter(|m| {
                    !letters_end_a_birth_cue(text, m.start(), m.as_str())
                        .is_some_and(makes_a_date_run_together)
                })
                .map(|m| span(m.start(), m.end())),
        );
        for caps in self.cued.captures_iter(text) {
            if let Some(code) = caps.get(1) {
                out.push(span(code.start(), code.end()));
            }
        }
    }
}

/// The spellings of "DOB" in the date-of-birth cue list (`lexicons/pii/`), in small
/// letters: the three letters run together or with a stop, hyphen, slash or space
/// between them ("dob", "d.o.b", "d-o-b", "d/o/b", "d o b"). Read from the list once,
/// the first time a code's letters may end one.
fn dob_spellings() -> &'static [String] {
    static SPELLINGS: OnceLock<Vec<String>> = OnceLock::new();
    SPELLINGS.get_or_init(|| {
        entries(DATE_OF_BIRTH_CUES)
            .into_iter()
            .map(|cue| cue.to_lowercase())
            .filter(|cue| {
                let letters: String = cue.chars().filter(char::is_ascii_alphabetic).collect();
                letters == "dob" && cue.ends_with('b')
            })
            .collect()
    })
}

/// Whether `digits` make a date run together as the date finder reads one after a cue
/// ("08111927", "610503", "9031956"). The pattern is compiled the first time a cue's letters open
/// a code, which few comments hold.
fn makes_a_date_run_together(digits: &str) -> bool {
    static RUN_TOGETHER: OnceLock<Regex> = OnceLock::new();
    RUN_TOGETHER
        .get_or_init(|| {
            compile(&format!(
                "^(?:{RUN_TOGETHER_DATE}|{RUN_TOGETHER_YEAR_FIRST}|{RUN_TOGETHER_SEVEN})$"
            ))
        })
        .is_match(digits)
}

/// The digits of the code `code`, found at `start`, when the letters opening it end a
/// date of birth's cue and a space stands between them and the digits: "DOB 08111927",
/// "D.O.B 11301955" (the code found is "B 11301955"), "D-O-B 11301955".
fn letters_end_a_birth_cue<'c>(text: &str, start: usize, code: &'c str) -> Option<&'c str> {
    let letters = code.bytes().take_while(u8::is_ascii_alphabetic).count();
    let digits = code.get(letters..)?.strip_prefix(' ')?;
    let before = &text.as_bytes()[..start + letters];
    let ends_a_cue = dob_spellings().iter().any(|cue| {
        let cue = cue.as_bytes();
        let Some(cue_start) = before.len().checked_sub(cue.len()) else {
            return false;
        };
        // The cue starts a word as the date finder's `\b` reads one: no letter, digit
        // or underscore of any script before it ("Patient_D-O-B 11301955" stays a code).
        before[cue_start..].eq_ignore_ascii_case(cue)
            && text[..cue_start]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
    });
    ends_a_cue.then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_distinct_by;

    fn found(text: &str) -> Vec<&str> {
        found_distinct_by(&HospitalNumberRecognizer::new(), text)
    }

    #[test]
    fn finds_prefixed_codes_without_cue() {
        assert_eq!(found("quoted RWE4304149, please"), vec!["RWE4304149"]);
        assert_eq!(found("ref RTH 8003182 -"), vec!["RTH 8003182"]);
        assert_eq!(found("Patient ID RX1 3614116 on"), vec!["RX1 3614116"]);
        assert_eq!(found("ref rx10330533. still"), vec!["rx10330533"]);
        assert_eq!(found("quoted rx10330533, still"), vec!["rx10330533"]);
        assert_eq!(found("my patient number is 1234567"), vec!["1234567"]);
        assert!(found("Code rx10330533 in mixed case needs a cue").is_empty());
    }

    #[test]
    fn finds_any_code_after_a_cue() {
        assert_eq!(found("hospital number s5073252, tel"), vec!["s5073252"]);
        assert_eq!(found("MRN M170861 - the"), vec!["M170861"]);
        assert_eq!(found("my patient ID is 4821937."), vec!["4821937"]);
        assert_eq!(found("Hospital no: 123456"), vec!["123456"]);
    }

    #[test]
    fn reads_the_spellings_of_dob_from_the_cue_list() {
        let mut spellings = dob_spellings().to_vec();
        spellings.sort();
        assert_eq!(spellings, ["d o b", "d-o-b", "d.o.b", "d/o/b", "dob"]);
    }

    #[test]
    fn ignores_wards_years_and_short_numbers() {
        assert!(found("on Ward 15B in 2023").is_empty());
        assert!(found("patient number 2 was loud").is_empty());
        assert!(found("ICU 12 hours").is_empty());
        assert!(found("NI number AB123456C").is_empty());
        // A date of birth's cue is no code's letters.
        assert!(found("DOB 08111927, ok").is_empty());
        assert!(found("dob 081127 ok").is_empty());
        assert!(found("D.O.B 11301955 thanks").is_empty());
        assert!(found("D-O-B 11301955 thanks").is_empty());
        assert!(found("d/o/b 08111927 thanks").is_empty());
        assert!(found("d.o.b 11301955 thanks").is_empty());
        // Digits that make no date after the cue stay a code; so does a word ending so.
        assert!(found("D.O.B 9031956 thanks").is_empty());
        assert_eq!(found("D.O.B 1234567 thanks"), vec!["B 1234567"]);
        assert_eq!(found("DOB 1234567 ok"), vec!["DOB 1234567"]);
        assert_eq!(found("Sad.o.B 11301955 ok"), vec!["B 11301955"]);
        assert_eq!(found("Patient_D-O-B 11301955 ok"), vec!["B 11301955"]);
        assert_eq!(found("field Patient_D.O.B 9031956"), vec!["B 9031956"]);
        assert_eq!(found("KOB 1130195 ok"), vec!["KOB 1130195"]);
        assert_eq!(found("A.B 1130195 ok"), vec!["B 1130195"]);
        assert_eq!(found("DOB08111927 ok"), vec!["DOB08111927"]);
    }
}
