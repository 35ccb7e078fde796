//! UK telephone numbers by shape: a national number starting `0`, or `+44` / `0044`
//! (optionally with `(0)`), followed by ten digits grouped any way with spaces, dashes,
//! dots or brackets. Landlines and mobiles alike; no allocation list. Numbers with
//! another country code (`+353 1 234 5678`) are taken too when they hold 7–12 digits.

use regex::Regex;

use super::pattern::compile;

use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds UK phone numbers.
#[derive(Debug, Clone)]
pub struct PhoneRecognizer {
    start: Regex,
}

impl PhoneRecognizer {
    /// Compiles the pattern once.
    pub fn new() -> Self {
        PhoneRecognizer {
            // Where a number can begin: the international prefix (with an optional
            // trunk "(0)"), or a national trunk 0, possibly in brackets.
            start: compile(
                r"(?:\+\s?44|\b0044)[ \t.-]?(?:\(0\)[ \t.-]?)?|\+[1-9]\d{0,2}[ \t.-]?|\(0|\b0",
            ),
        }
    }
}

impl Default for PhoneRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// Characters allowed between the digits of a phone number.
fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'(' | b')')
}

/// From `from`, walks digits and single separators until `want` digits are read;
/// returns the byte just past the last digit, or `None` if the shape breaks first or
/// the number runs on into more digits.
fn walk_digits(bytes: &[u8], from: usize, want: usize) -> Option<usize> {
    let mut seen = 0;
    let mut i = from;
    let mut separators_in_a_row = 0;
    while i < bytes.len() && seen < want {
        let b = bytes[i];
        if b.is_ascii_digit() {
            seen += 1;
            separators_in_a_row = 0;
        } else if is_separator(b) && separators_in_a_row < 2 {
            separators_in_a_row += 1;
        } else {
            return None;
        }
        i += 1;
    }
    if seen < want {
        return None;
    }
    let runs_on = bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric())
        || (bytes.get(i).is_some_and(|&b| b == b'-' || b == b'.')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
    (!runs_on).then_some(i)
}

/// From `from`, walks digits and single separators as far as they go; returns the end
/// of the last digit if 7–12 digits were read and the number does not run into letters.
fn walk_any_length(bytes: &[u8], from: usize) -> Option<usize> {
    let (mut seen, mut i, mut end, mut separators_in_a_row) = (0, from, from, 0);
    while i < bytes.len() && seen <= 12 {
        let b = bytes[i];
        if b.is_ascii_digit() {
            seen += 1;
            end = i + 1;
            separators_in_a_row = 0;
        } else if is_separator(b) && separators_in_a_row < 1 {
            separators_in_a_row += 1;
        } else {
            break;
        }
        i += 1;
    }
    let runs_on = bytes.get(end).is_some_and(|b| b.is_ascii_alphabetic());
    ((7..=12).contains(&seen) && !runs_on).then_some(end)
}

impl Recognizer for PhoneRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::PhoneNumber
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some(m) = self.start.find_at(text, from) {
            let prefix = m.as_str();
            let other_country =
                prefix.starts_with('+') && !prefix[1..].trim_start().starts_with("44");
            // After the prefix: ten digits for +44, ten more after the trunk 0 otherwise;
            // some numbers have nine.
            let end = if other_country {
                walk_any_length(bytes, m.end())
            } else {
                walk_digits(bytes, m.end(), 10).or_else(|| walk_digits(bytes, m.end(), 9))
            };
            let preceded_by_digit = text[..m.start()]
                .bytes()
                .next_back()
                .is_some_and(|b| b.is_ascii_digit());
            match end {
                Some(end) if !preceded_by_digit => {
                    out.push(PiiSpan {
                        start: m.start(),
                        end,
                        kind: PiiKind::PhoneNumber,
                    });
                    from = end;
                }
                _ => from = m.end(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_by;

    fn found(text: &str) -> Vec<&str> {
        found_by(&PhoneRecognizer::new(), text)
    }

    #[test]
    fn finds_mobiles_and_landlines_in_many_shapes() {
        assert_eq!(found("call 07700 900 063 now"), vec!["07700 900 063"]);
        assert_eq!(found("call 07700900806."), vec!["07700900806"]);
        assert_eq!(found("ring 0114 496 0020"), vec!["0114 496 0020"]);
        assert_eq!(found("ring 020-7946-0991!"), vec!["020-7946-0991"]);
        assert_eq!(found("tel (07700)900433 -"), vec!["(07700)900433"]);
        assert_eq!(found("tel (01632) 960 001"), vec!["(01632) 960 001"]);
    }

    #[test]
    fn finds_international_forms() {
        assert_eq!(found("on +447917754580."), vec!["+447917754580"]);
        assert_eq!(
            found("on +44 (0)7801 508593 please"),
            vec!["+44 (0)7801 508593"]
        );
        assert_eq!(found("on +44(0)7700 900 089"), vec!["+44(0)7700 900 089"]);
        assert_eq!(found("on +44 1509 831848"), vec!["+44 1509 831848"]);
        assert_eq!(found("on +44(0)292018627, or"), vec!["+44(0)292018627"]);
        assert_eq!(found("or +353 1 234 5678."), vec!["+353 1 234 5678"]);
        assert!(found("scored +3 on the scale 12").is_empty());
    }

    #[test]
    fn ignores_times_ratings_doses_and_short_numbers() {
        assert!(found("at 00:15 and 09:45").is_empty());
        assert!(found("rated 10/10, bp 140/90").is_empty());
        assert!(found("0.5mg of morphine").is_empty());
        assert!(found("waited 0 minutes, bed 07").is_empty());
        assert!(found("ward 012345").is_empty());
    }

    #[test]
    fn ignores_numbers_that_run_on() {
        assert!(found("id 0770090080612345").is_empty());
        assert!(found("code 07700900806AB").is_empty());
    }
}
