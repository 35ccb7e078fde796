//! Look-alikes that are never personal data and that themes need: durations, clock
//! times, doses, ward/bed/bay numbers, ratings and money. A recognizer's span lying
//! wholly inside one of these is dropped.
//!
//! Nothing right after a date-of-birth cue is such a look-alike: "date of birth 20 x 18"
//! is a date with a Roman month, not a dose, and a cue is followed by a date.

use regex::Regex;

use super::lexicon::{alternation, DATE_OF_BIRTH_CUES};
use super::pattern::{compile, match_ranges};

/// How far back from a look-alike a date-of-birth cue is looked for, in bytes: the
/// longest cue and the marks after it ("date of birth (dd/mm/yy): ").
const CUE_REACH: usize = 40;

/// Finds stretches of text that must never be redacted.
#[derive(Debug, Clone)]
pub struct NotPiiFinder {
    pattern: Regex,
    date_of_birth_cue_before: Regex,
}

impl NotPiiFinder {
    /// Compiles the pattern once.
    pub fn new() -> Self {
        const COUNT: &str = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+few|a\s+couple\s+of|several|half\s+an?|many)";
        // The count after "x" in a dose ("2 x 500mg", "3 x 1000"): a year of birth
        // after a Roman month written "X" ("DOB 9 X 1939") is not one, so the stretch
        // stops short of it and the date is not dropped as a dose.
        const NOT_A_YEAR: &str = r"\d{5,}|[03-9]\d{3}|1[0-8]\d{2}|2[1-9]\d{2}|\d{1,3}";
        const UNIT: &str = r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|nights?|weeks?|wks?|months?|years?|yrs?)";
        let pattern = format!(
            r"(?ix)
            \b{COUNT}(?:\s+and\s+a\s+half)?[\s-]*{UNIT}\b
            | \b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?
            | \b(?:1[0-2]|0?[1-9])\s*[ap]\.?m\b\.?
            | \b(?:half\s+past|quarter\s+(?:past|to))\s+(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b
            | \b(?:midnight|midday|noon)\b
            | \b\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|g|ml|iu|units?|tablets?|puffs?)\b
            | \b\d+\s*x\s*(?:{NOT_A_YEAR})(?:/\d+)?(?:\s*mg)?
            | \b(?:ward|bay|bed|room|cubicle|theatre|side\s+room|floor|level)\s+\d+[a-z]?\b
            | \b\d+\s*/\s*(?:5|10|100)\b
            | \b\d+\s+out\s+of\s+\d+\b
            | \b\d+(?:\.\d+)?\s+stars?\b
            | £\s?\d+(?:[.,]\d+)*(?:\s*(?:an|per)\s+hour)?
            | \b\d+(?:\.\d+)?\s*(?:p|pence|pounds|quid)\b"
        );
        let cues = alternation(DATE_OF_BIRTH_CUES);
        NotPiiFinder {
            pattern: compile(&pattern),
            date_of_birth_cue_before: compile(&format!(r"(?i)\b{cues}(?:\b|\.)[ \t:,.(=/-]*$")),
        }
    }

    /// Byte ranges of every look-alike in `text`, in order; none right after a
    /// date-of-birth cue.
    pub fn find(&self, text: &str) -> Vec<(usize, usize)> {
        let mut ranges = match_ranges(&self.pattern, text);
        ranges.retain(|&(start, _)| {
            let mut from = start.saturating_sub(CUE_REACH);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            !self.date_of_birth_cue_before.is_match(&text[from..start])
        });
        ranges
    }
}

impl Default for NotPiiFinder {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::pattern::pieces;

    fn found(text: &str) -> Vec<&str> {
        pieces(text, NotPiiFinder::new().find(text))
    }

    #[test]
    fn finds_durations_times_doses_wards_ratings_money() {
        assert_eq!(
            found("waited 4 and a half hours"),
            vec!["4 and a half hours"]
        );
        assert_eq!(found("at 10.15pm and 04:15"), vec!["10.15pm", "04:15"]);
        assert_eq!(found("at half past two"), vec!["half past two"]);
        assert_eq!(found("gave 2.5mg ramipril"), vec!["2.5mg"]);
        assert_eq!(found("on Ward 15B"), vec!["Ward 15B"]);
        assert_eq!(found("rated 9/10, 5 stars"), vec!["9/10", "5 stars"]);
        assert_eq!(found("parking £3.80 an hour"), vec!["£3.80 an hour"]);
        assert_eq!(
            found("took 2 x 500mg and 3 x 1000"),
            vec!["2 x 500mg", "3 x 1000"]
        );
        // A year after "x" is no dose's count: the stretch stops before it ends.
        assert_eq!(found("seen 9 X 1939, NHS"), vec!["9 X 193"]);
    }

    #[test]
    fn nothing_right_after_a_date_of_birth_cue_is_a_look_alike() {
        for text in [
            "date of birth 20 x 18, NI number",
            "DOB: 27 x 06",
            "D.O.B. 9 X 1939, NHS",
            "born 20 x 18",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
        // Further on, the look-alike stands.
        assert_eq!(found("DOB 1/2/33, took 2 x 500mg"), vec!["2 x 500mg"]);
    }

    #[test]
    fn ignores_identifiers() {
        assert!(found("call 07700 900 063").is_empty());
        assert!(found("NHS 943 476 5919").is_empty());
        assert!(found("Grace was lovely").is_empty());
    }
}
