//! Conditions, tests, devices and operations named after people (eponyms).
//!
//! "My Hickman line was flushed", "Bell's palsy", "Apgar score was nine", "Dad has
//! Parkinson's": a surname with no cue, which the tagger (or the rules, for a listed
//! surname) reads as a person. The evidence is a hand-written list of eponyms
//! (`lexicons/names/eponyms.txt`) *and* how the word is used: a medical noun after it
//! ("line", "palsy", "score"), which a person's name is rarely followed by; or, for an
//! eponym that no name list holds (Crohn, Apgar, Sjögren), the possessive as a noun of
//! its own or a word that takes a condition before it ("suspected Kawasaki"), never the
//! word alone (Hashimoto is a surname too); or, for one that a name list holds (Parkinson, Wilson),
//! the possessive after a word that takes a condition ("has Parkinson's", "my Barrett's")
//! with nothing of a person's after it.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::known_things::{listed_run_covering, normalise};
use super::tagger::features::possessive_after;
use super::tokens::Token;

/// The shipped list of eponyms.
const EPONYMS: &str = include_str!("../../../lexicons/names/eponyms.txt");

/// Medical nouns that follow an eponym ("Hickman line", "Bell's palsy"), lower case.
const MEDICAL_NOUNS: &[&str] = &[
    "disease",
    "diseases",
    "syndrome",
    "palsy",
    "sign",
    "test",
    "tests",
    "testing",
    "score",
    "scale",
    "line",
    "catheter",
    "procedure",
    "operation",
    "op",
    "manoeuvre",
    "maneuver",
    "fracture",
    "solution",
    "oesophagus",
    "esophagus",
    "lymphoma",
    "sarcoma",
    "tumour",
    "tumor",
    "contracture",
    "phenomenon",
    "reflex",
    "splint",
    "position",
    "technique",
    "repair",
    "cyst",
    "gland",
    "contractions",
    "monitor",
    "tube",
    "coma",
    "chorea",
    "dementia",
    "ulcer",
    "thyroiditis",
    "disorder",
    "anomaly",
    "malformation",
    "psychosis",
    "criteria",
    "drip",
    "fundoplication",
    "pouch",
    "section",
    "stockings",
    "coil",
    "encephalopathy",
    "bodies",
    "neuralgia",
    "tetralogy",
    "hernia",
];

/// Words before a possessive eponym that take a condition ("has Parkinson's", "my
/// Crohn's", "diagnosed with Wilson's").
const TAKES_A_CONDITION: &[&str] = &[
    "has",
    "had",
    "have",
    "having",
    "with",
    "diagnosed",
    "suspected",
    "my",
    "his",
    "her",
    "their",
    "your",
    "our",
    "of",
    "early",
    "advanced",
    "onset",
    "stage",
];

/// Words after a possessive eponym that leave it a noun of its own ("Parkinson's and
/// needs", "Crohn's is", "Wilson's flared"), not a person's thing.
const AFTER_A_CONDITION: &[&str] = &[
    "and", "or", "but", "so", "which", "that", "is", "was", "has", "had", "for", "since", "in",
    "means", "meant", "makes", "made", "flared", "runs", "ran", "got", "gets", "as", "isn't",
    "wasn't", "can", "could", "will", "would", "did", "does",
];

/// The list's entries, normalised as [`normalise`] does.
fn eponyms() -> &'static HashSet<String> {
    static EPONYMS_SET: OnceLock<HashSet<String>> = OnceLock::new();
    EPONYMS_SET.get_or_init(|| {
        crate::redact::lexicon::entries(EPONYMS)
            .into_iter()
            .map(|entry| normalise(&entry))
            .collect()
    })
}

/// Whether the found name `first..=last` is an eponym used as one; `named(k)` says
/// whether a name list holds token `k`. Returns the eponym's token range.
pub(crate) fn is_eponym(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    named: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let (from, to) = listed_run_covering(text, tokens, first, last, 1, eponyms())?;
    let possessive = possessive_after(text, tokens[to].end)
        || text
            .get(tokens[to].end..)
            .is_some_and(|r| r.starts_with('\''));
    // The next word, with only a possessive or spaces between.
    let next = tokens.get(to + 1).filter(|next| {
        text.get(tokens[to].end..next.start).is_some_and(|between| {
            let between = between.trim_start_matches(['\'', '\u{2019}']);
            let between = between.strip_prefix('s').unwrap_or(between);
            between.chars().all(char::is_whitespace)
        })
    });
    let next_word = next.map(|t| t.lower.as_str());
    if next_word.is_some_and(|w| MEDICAL_NOUNS.contains(&w)) {
        return Some((from, to));
    }
    let before = from
        .checked_sub(1)
        .map(|k| tokens[k].lower.as_str())
        .filter(|_| !tokens[from].gap.is_break());
    let condition_before = before.is_some_and(|w| TAKES_A_CONDITION.contains(&w));
    let nothing_of_theirs = next_word.is_none_or(|w| AFTER_A_CONDITION.contains(&w));
    if !(from..=to).any(&named) {
        // Crohn, Apgar, Sjögren: no name list holds them, but some are surnames all the
        // same (Hashimoto), so a possessive or a word that takes a condition must say so.
        return ((possessive && nothing_of_theirs) || condition_before).then_some((from, to));
    }
    (possessive && condition_before && nothing_of_theirs).then_some((from, to))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether `word` of `text` reads as an eponym, with `names` the listed names.
    fn eponym(text: &str, word: &str, names: &[&str]) -> bool {
        let tokens = tokenize(text);
        let i = tokens
            .iter()
            .position(|t| t.text == word)
            .expect("word in text");
        let named = |k: usize| names.contains(&tokens[k].text);
        is_eponym(text, &tokens, i, i, named).is_some()
    }

    #[test]
    fn eponyms_with_a_medical_noun_or_unlisted_are_eponyms() {
        assert!(eponym(
            "My Hickman line was flushed.",
            "Hickman",
            &["Hickman"]
        ));
        assert!(eponym("Bell's palsy came on overnight.", "Bell", &["Bell"]));
        assert!(eponym("Our baby's Apgar score was nine.", "Apgar", &[]));
        assert!(eponym("Waited years to name my Crohn's.", "Crohn", &[]));
        assert!(eponym("Suspected Kawasaki in a toddler.", "Kawasaki", &[]));
        assert!(eponym(
            "Dad has Parkinson's and needs his tablets.",
            "Parkinson",
            &["Parkinson"]
        ));
        assert!(eponym(
            "Barrett's oesophagus needs a scope.",
            "Barrett",
            &["Barrett"]
        ));
    }

    #[test]
    fn people_with_an_eponym_surname_stay_people() {
        // A listed surname alone, or with what is theirs after it.
        assert!(!eponym(
            "Parkinson was lovely with mum.",
            "Parkinson",
            &["Parkinson"]
        ));
        assert!(!eponym(
            "Sent from Wilson's phone today.",
            "Wilson",
            &["Wilson"]
        ));
        assert!(!eponym("Thanks to Bell for the tea.", "Bell", &["Bell"]));
        assert!(!eponym("My Turner's kindness.", "Turner", &["Turner"]));
        // An unlisted eponym that is a surname too, alone or in a list of names.
        assert!(!eponym(
            "astarté and hashimoto best team ever",
            "hashimoto",
            &[]
        ));
        assert!(!eponym(
            "Heimlich took one look at the scan.",
            "Heimlich",
            &[]
        ));
        // A name in no list of eponyms.
        assert!(!eponym("Okonkwo line manager was kind.", "Okonkwo", &[]));
    }
}
