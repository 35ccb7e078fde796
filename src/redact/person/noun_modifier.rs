//! Whether a capitalised run is used as a modifier of the common noun right after it: a
//! brand, a product, a service or an eponym ("Dettol smell", "My Hickman line", "Our
//! baby's Apgar score", "Quality Street tin", "Victoria sponge", "Macmillan nurses").
//!
//! After a person's name written as a subject, the next word is a finite verb ("Zanele
//! smiled", "Zanele works", "Zanele put me at ease"), punctuation or "and"; a bare noun
//! that can be no finite verb form after a singular subject (a noun, or a verb's base
//! form: "smell", "line", "score") makes the capitalised run a modifier, not a person.
//! That holds only where the run opens a sentence or follows a possessive ("my", "our
//! baby's"): after a verb, a name may take a verb's base form as an object's predicate
//! ("Not once did Dr X look up", "let Zanele know").
//!
//! The nouns are `lexicons/names/noun_heads.txt`: the English words (SCOWL) that WordNet
//! 3.0 knows as nouns and that are no verb's -s, past or -ing form, nor a modal (written by
//! `lexicons/names/make_noun_heads.py`; no measuring round was read to make it). Roles and
//! relatives in the singular ("Zanele nurse", "Zanele mum") and words of time ("Zanele
//! today") are left out, since they follow names; plural roles ("Macmillan nurses") count.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::cues::{RELATIVES, ROLES, ROLES_PLURAL};

/// Nouns that head a phrase after a capitalised modifier (see the module doc).
const NOUN_HEADS: &str = include_str!("../../../lexicons/names/noun_heads.txt");

/// Nouns of time that follow a name as an adverb ("Saw Zanele today"), not as a head.
const TIME_WORDS: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "everyday",
    "lunchtime",
    "overnight",
];

/// The possessive determiners a modified noun phrase may open with ("my Hickman line").
const DETERMINERS: &[&str] = &["my", "our", "your", "his", "her", "their", "its"];

/// The noun heads, lower case.
fn noun_heads() -> &'static HashSet<&'static str> {
    static HEADS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    HEADS.get_or_init(|| {
        NOUN_HEADS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether `lower` (a small-letter word right after a capitalised run) heads a noun
/// phrase the run modifies: a listed noun that is no role, relative or word of time, or
/// a plural role ("Macmillan nurses").
pub(crate) fn heads_a_noun_phrase(lower: &str) -> bool {
    if ROLES_PLURAL.contains(&lower) {
        return true;
    }
    noun_heads().contains(lower)
        && !ROLES.contains(&lower)
        && !RELATIVES.contains(&lower)
        && !TIME_WORDS.contains(&lower)
}

/// Whether the word before a run (`previous`, lower case, with `possessive` telling if
/// "'s" follows it) opens a noun phrase: a possessive determiner or a possessive noun
/// ("our baby's").
pub(crate) fn opens_a_noun_phrase(previous: &str, possessive: bool) -> bool {
    possessive || DETERMINERS.contains(&previous)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_and_base_forms_head_a_phrase() {
        for word in [
            "smell", "line", "score", "sponge", "potatoes", "signal", "tin",
        ] {
            assert!(heads_a_noun_phrase(word), "{word}");
        }
        assert!(heads_a_noun_phrase("nurses"), "a plural role");
    }

    #[test]
    fn finite_verbs_roles_relatives_and_time_do_not() {
        for word in [
            "smiled", "works", "put", "left", "rang", "came", "was", "can", "will", "nurse", "mum",
            "today", "and", "kindly",
        ] {
            assert!(!heads_a_noun_phrase(word), "{word}");
        }
    }

    #[test]
    fn possessives_open_a_phrase_and_verbs_do_not() {
        assert!(opens_a_noun_phrase("my", false));
        assert!(opens_a_noun_phrase("baby", true));
        assert!(!opens_a_noun_phrase("did", false));
        assert!(!opens_a_noun_phrase("let", false));
    }
}
