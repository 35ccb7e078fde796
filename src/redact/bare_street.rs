//! Street names with neither a house number nor a "where I live" cue: "my flat is on
//! Otley Road", "the ambulance went to Mill Lane by mistake".
//!
//! One to three capitalised words and a capitalised street type that leaves no doubt
//! (Road, Street, Lane, Avenue, Close, Drive, Crescent, Terrace, Grove, Gardens, Way),
//! in a comment that uses both cases. A street named for the service on it is a place
//! that themes need, not where someone lives, so the run is left when the word after it
//! names a service or a site ("the Grace Road clinic", "Mill Lane surgery", "Elm Grove
//! car park"); and when it opens with an everyday word ("All The Way", "Very Close").

use regex::Regex;

use super::pattern::compile;
use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Street types that are seldom anything else when capitalised after a capitalised word.
const STREET_TYPES: &str = "Road|Street|Lane|Avenue|Close|Drive|Crescent|Terrace|Grove|Gardens|Way";

/// Words after a street name that make it the name of a service or a site.
const SITE_WORDS: &[&str] = &[
    "clinic",
    "clinics",
    "surgery",
    "practice",
    "hospital",
    "hospice",
    "centre",
    "center",
    "health",
    "medical",
    "unit",
    "ward",
    "pharmacy",
    "chemist",
    "dental",
    "dentist",
    "dentists",
    "gp",
    "gps",
    "site",
    "campus",
    "branch",
    "car",
    "bus",
    "station",
    "depot",
    "park",
    "stadium",
    "school",
    "library",
    "team",
    "service",
    "services",
    "office",
    "offices",
    "building",
    "house",
    "lodge",
    "practise",
    "walk-in",
    "opticians",
    "physio",
    "hub",
];

/// Everyday words that open a capitalised phrase, not a street name.
const OPENING_WORDS: &[&str] = &[
    "the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "that", "all",
    "no", "any", "every", "each", "one", "some", "very", "so", "too", "long", "short", "best",
    "worst", "whole", "same", "other", "wrong", "right", "only", "in", "on", "at", "to", "by",
    "from", "of", "and", "or", "but", "it", "is", "was", "be", "not", "what", "which", "way",
    "half", "most", "more", "less", "much", "many", "new", "old", "good", "bad", "great", "nice",
    "easy", "hard", "test", "please", "thank", "thanks",
];

/// Finds capitalised street names standing alone.
#[derive(Debug, Clone)]
pub struct BareStreetRecognizer {
    street: Regex,
    /// The street types alone: a fast literal search that most comments fail, so the
    /// full pattern runs on few.
    any_type: Regex,
}

impl BareStreetRecognizer {
    /// Compiles the pattern once.
    pub fn new() -> Self {
        BareStreetRecognizer {
            street: compile(&format!(
                r"\b((?:\p{{Lu}}[\p{{Ll}}'’-]+[ \t]+){{1,3}}(?:{STREET_TYPES}))\b"
            )),
            any_type: compile(STREET_TYPES),
        }
    }
}

impl Default for BareStreetRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// The first word of `text` in lower case (letters, hyphens), or ""; after a street
/// name only, so a few a comment.
fn first_word_lower(text: &str) -> String {
    text.trim_start()
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("")
        .to_lowercase()
}

impl Recognizer for BareStreetRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::StreetAddress
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        if !self.any_type.is_match(text) || !text.contains(|c: char| c.is_lowercase()) {
            return;
        }
        for caps in self.street.captures_iter(text) {
            let Some(street) = caps.get(1) else {
                continue;
            };
            // Start after the last everyday word ("All The Way" is no street; "visit
            // The Mill Lane" names Mill Lane), and keep a name before the street type.
            let words: Vec<(usize, &str)> = street
                .as_str()
                .split([' ', '\t'])
                .scan(0, |at, w| {
                    let start = *at;
                    *at += w.len() + 1;
                    Some((start, w))
                })
                .filter(|(_, w)| !w.is_empty())
                .collect();
            let name_words = &words[..words.len().saturating_sub(1)];
            let from = name_words
                .iter()
                .rposition(|(_, w)| OPENING_WORDS.contains(&w.to_lowercase().as_str()))
                .map_or(0, |last| last + 1);
            let Some(&(offset, _)) = name_words.get(from) else {
                continue;
            };
            let after = first_word_lower(&text[street.end()..]);
            if text[street.end()..].starts_with([' ', '\t']) && SITE_WORDS.contains(&after.as_str())
            {
                continue;
            }
            out.push(PiiSpan {
                start: street.start() + offset,
                end: street.end(),
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
        found_by(&BareStreetRecognizer::new(), text)
    }

    #[test]
    fn finds_capitalised_street_names_without_number_or_cue() {
        assert_eq!(
            found("My flat is on Otley Road above the chemist."),
            vec!["Otley Road"]
        );
        assert_eq!(
            found("The ambulance went to Upper Mill Lane by mistake"),
            vec!["Upper Mill Lane"]
        );
        assert_eq!(found("Round the corner from Elm Grove."), vec!["Elm Grove"]);
    }

    #[test]
    fn leaves_services_sites_everyday_phrases_and_small_letters() {
        assert!(found("Very happy with the care at Grace Road clinic, 10/10.").is_empty());
        assert!(found("The Mill Lane surgery was great").is_empty());
        assert!(found("Parking at Elm Grove car park is a nightmare").is_empty());
        assert!(found("Brilliant Service All The Way").is_empty());
        assert_eq!(found("We visit The Mill Lane flats"), vec!["Mill Lane"]);
        assert!(found("parking on mill lane is hard").is_empty());
        assert!(found("ITS ON OTLEY ROAD").is_empty());
        assert!(found("It was a long drive home").is_empty());
    }
}
