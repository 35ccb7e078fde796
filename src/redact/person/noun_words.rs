//! English words that WordNet reads mostly as nouns, abstract ones too ("period", "heat",
//! "shop"), from `lexicons/names/noun_words.txt` (made by
//! `lexicons/names/extract_wordnet_thing_nouns.py --nouns`).
//!
//! A word that is a given name and an everyday word, opening a sentence of a comment
//! without capitals right before one of them, makes a compound with it ("grace period",
//! "summer heat", "charity shop volunteers"): no person is doing anything there.

use std::sync::OnceLock;

/// The list, one word a line after its header of comments.
const NOUN_WORDS: &str = include_str!("../../../lexicons/names/noun_words.txt");

/// The words of [`NOUN_WORDS`], sorted, read the first time one is looked up (most
/// comments never need them).
fn noun_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<&str> = NOUN_WORDS
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect();
        words.sort_unstable();
        words
    })
}

/// Whether `word` (lower case) is an English word read mostly as a noun.
pub(crate) fn is_mostly_a_noun(word: &str) -> bool {
    noun_words().binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_are_listed_and_verbs_adjectives_and_names_are_not() {
        for noun in ["period", "heat", "eyes", "shop", "redbreast", "power"] {
            assert!(is_mostly_a_noun(noun), "{noun}");
        }
        for other in [
            "was", "helped", "covered", "clear", "lovely", "always", "said",
        ] {
            assert!(!is_mostly_a_noun(other), "{other}");
        }
    }
}
