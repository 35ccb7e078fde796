//! Street addresses: an optional flat ("Flat 12,"), a house number, one to three
//! street-name words and a street type from `lexicons/pii/street_suffixes.txt`, then
//! optionally a town (from `lexicons/pii/towns.txt`, or a capitalised place name set
//! off by a comma and ending the clause).
//!
//! Street words are never plural time units or measures
//! (`lexicons/pii/not_street_words.txt`, so "waited 2 Hours Rest" stays). In text with capitals they must be capitalised
//! ("12 Mill Lane"); in a comment written all in lower case they must not be function
//! words or common feedback nouns (`not_street_words_lower_case.txt`), so "2 days no
//! way" and "gave 5 stars well deserved" stay.

use std::collections::HashSet;

use regex::Regex;

use super::pattern::compile;

use super::lexicon::{
    alternation, entries, NOT_STREET_WORDS, NOT_STREET_WORDS_LOWER_CASE, STREET_SUFFIXES, TOWNS,
};
use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds street addresses.
#[derive(Debug, Clone)]
pub struct AddressRecognizer {
    street: Regex,
    known_town: Regex,
    other_town: Regex,
    clause_end: Regex,
    postcode_next: Regex,
    not_street_words: HashSet<String>,
    not_street_words_lower_case: HashSet<String>,
}

impl AddressRecognizer {
    /// Compiles the patterns and loads the word lists once.
    pub fn new() -> Self {
        let suffixes = alternation(STREET_SUFFIXES);
        let towns = alternation(TOWNS);
        AddressRecognizer {
            street: compile(&format!(
                r"(?i)\b(?:(?:flat|apartment|apt|unit)\.?[ \t]+\d{{1,4}}[a-z]?,?[ \t]+)?\d{{1,4}}[a-z]?(?:-\d{{1,4}}[a-z]?)?,?[ \t]+((?:[a-z][a-z'’.-]*[ \t]+){{1,3}}){suffixes}\b"
            )),
            known_town: compile(&format!(r"(?i)^,?[ \t]+({towns})\b")),
            other_town: compile(
                r"^,?[ \t]+[A-Z][A-Za-z'’-]+\b(?:[ \t-]+(?:upon|on|under|in|le|de|la|by|[A-Z][A-Za-z'’-]+)\b){0,2}",
            ),
            clause_end: compile(r"^[ \t]*(?:[,.;:!?)]|$)"),
            postcode_next: compile(r"(?i)^[ \t,]*[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"),
            not_street_words: entries(NOT_STREET_WORDS).into_iter().collect(),
            not_street_words_lower_case: entries(NOT_STREET_WORDS_LOWER_CASE).into_iter().collect(),
        }
    }

    /// Whether the street-name words (and the suffix) fit the text's capitalisation.
    fn street_words_fit(&self, words: &str, suffix: &str, lower_case_text: bool) -> bool {
        let mut lowered = String::new();
        words.split_whitespace().all(|word| {
            lowered.clear();
            lowered.extend(
                word.trim_end_matches(['.', '\'', '’'])
                    .chars()
                    .flat_map(char::to_lowercase),
            );
            if self.not_street_words.contains(&lowered) {
                return false;
            }
            if lower_case_text {
                !self.not_street_words_lower_case.contains(&lowered)
            } else {
                word.starts_with(|c: char| c.is_uppercase())
            }
        }) && (lower_case_text || suffix.starts_with(|c: char| c.is_uppercase()))
    }

    /// How far a town after an address at `end` extends the address, if there is one.
    fn town_end(&self, text: &str, end: usize, lower_case_text: bool) -> Option<usize> {
        let rest = &text[end..];
        if let Some(caps) = self.known_town.captures(rest) {
            let town = caps.get(1)?;
            if lower_case_text || town.as_str().starts_with(|c: char| c.is_uppercase()) {
                return Some(end + town.end());
            }
        }
        if lower_case_text {
            return None;
        }
        let m = self.other_town.find(rest)?;
        let after = &rest[m.end()..];
        (self.clause_end.is_match(after) || self.postcode_next.is_match(after))
            .then_some(end + m.end())
    }
}

impl Default for AddressRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether a street's last word is "points", which a comment written all in small
/// letters uses for a score far more than for a street ("you have 3 stamina points left",
/// "10 bonus points"); "14 harbour point" stays a street, and so does "12 Sandy Points"
/// with capitals.
fn is_a_score(suffix: &str) -> bool {
    suffix.trim().eq_ignore_ascii_case("points")
}

impl Recognizer for AddressRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::StreetAddress
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        if !text.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        let lower_case_text = !text.chars().any(char::is_uppercase);
        for caps in self.street.captures_iter(text) {
            let (Some(whole), Some(words)) = (caps.get(0), caps.get(1)) else {
                continue;
            };
            let suffix = &text[words.end()..whole.end()];
            if !self.street_words_fit(words.as_str(), suffix, lower_case_text)
                || (lower_case_text && is_a_score(suffix))
            {
                continue;
            }
            let end = self
                .town_end(text, whole.end(), lower_case_text)
                .unwrap_or(whole.end());
            out.push(PiiSpan {
                start: whole.start(),
                end,
                kind: PiiKind::StreetAddress,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_by;

    fn found(text: &str) -> Vec<&str> {
        found_by(&AddressRecognizer::new(), text)
    }

    #[test]
    fn finds_house_number_street_and_suffix() {
        assert_eq!(
            found("I live at 6 Rachael Road and"),
            vec!["6 Rachael Road"]
        );
        assert_eq!(
            found("went to 12 St John's Wood Road, N19 9SN"),
            vec!["12 St John's Wood Road"]
        );
    }

    #[test]
    fn takes_number_ranges_and_abbreviated_suffixes() {
        assert_eq!(found("at 12-14 High St. in"), vec!["12-14 High St"]);
        assert_eq!(found("at 3a Church Rd, then"), vec!["3a Church Rd"]);
    }

    #[test]
    fn includes_flats_and_towns() {
        assert_eq!(
            found("address, Flat 15, 155 Charlie Shoal."),
            vec!["Flat 15, 155 Charlie Shoal"]
        );
        assert_eq!(
            found("at 34 Booth Avenue, Newcastle upon Tyne; nobody"),
            vec!["34 Booth Avenue, Newcastle upon Tyne"]
        );
        assert_eq!(
            found("at 5 Mill Lane, Little Snoring."),
            vec!["5 Mill Lane, Little Snoring"]
        );
        assert_eq!(
            found("at 149 Clare Light, Oxford B15 3SY."),
            vec!["149 Clare Light, Oxford"]
        );
    }

    #[test]
    fn finds_lower_case_addresses() {
        assert_eq!(
            found("i live at 129 rabiej parkways, glasgow and"),
            vec!["129 rabiej parkways, glasgow"]
        );
        assert_eq!(
            found("jo, 155 smith well, coalville."),
            vec!["155 smith well, coalville"]
        );
    }

    #[test]
    fn ignores_durations_wards_and_lower_case_phrases() {
        assert!(found("waited 2 days no way").is_empty());
        assert!(found("after 4 hours the rest was fine").is_empty());
        assert!(found("Ward 15 Hope Unit was clean").is_empty());
        assert!(found("Very happy with the care at Grace Road clinic, 10/10.").is_empty());
        assert!(found("gave 10 out of 10 all the way").is_empty());
        assert!(found("gave 5 stars well deserved").is_empty());
        assert!(found("we parked in level 2 car park all day").is_empty());
        assert!(found("the 7 day way programme helped").is_empty());
        assert!(found("after 2 Hours Rest we left").is_empty());
        assert!(found("2 Nurses were lovely, the Ward was clean").is_empty());
        assert!(found("you have 3 stamina points left and the car park").is_empty());
        assert!(found("we got 10 bonus points for it").is_empty());
        assert_eq!(
            found("i live at 14 harbour point so"),
            vec!["14 harbour point"]
        );
    }

    #[test]
    fn takes_an_unlisted_town_before_a_postcode() {
        assert_eq!(
            found("at 3 Meadow View, Anstey LE7 7AA"),
            vec!["3 Meadow View, Anstey"]
        );
    }

    #[test]
    fn does_not_take_a_following_sentence_as_a_town() {
        assert_eq!(
            found("at 6 Mill Lane, Brenda was kind"),
            vec!["6 Mill Lane"]
        );
    }
}
