//! A title or staff role, a word, and a possessive: "Sister Audsley's clinic", "Nurse
//! Radke's clinic", "Dr Okafor's list". The service word after the possessive belongs
//! to the person, so the run is not a place ("Jubilee clinic" is one, "Sister Jubilee's
//! clinic" is someone's), yet the place rules and vetoes read "X's clinic" as a service
//! and dropped the name. This rule takes the word whatever follows the possessive.
//!
//! The word must be capitalised in a cased comment (in a comment without capitals, any
//! word no English list holds as an everyday word), and no title, role or everyday
//! word that is not also a listed name: "Nurse Practitioner's clinic", "Sister Hospital's
//! site" are left.

use super::cues::{ROLES, TITLES};
use super::lexicon::WordFacts;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Token};

/// The titles and roles that go before a person's own name in the possessive.
fn is_title_or_role(word: &str) -> bool {
    TITLES.contains(&word) || ROLES.contains(&word)
}

/// One-token inclusive ranges of the words this rule takes, in order.
pub(crate) fn titled_possessives(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    (1..tokens.len())
        .filter(|&i| {
            let token = &tokens[i];
            let word = token.lower.as_str();
            let everyday = (facts[i].english || facts[i].common || facts[i].not_name)
                && !(facts[i].first || facts[i].surname);
            !token.in_brackets
                && token.gap == Gap::Space
                && token.written_as_name(caseless)
                && !everyday
                && !is_title_or_role(word)
                && is_title_or_role(tokens[i - 1].lower.as_str())
                && possessive_after(text, token.end)
        })
        .map(|i| (i, i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::name_word_position::found_by;
    use super::*;

    fn found(text: &str) -> Vec<String> {
        found_by(text, |tokens, facts, caseless| {
            titled_possessives(text, tokens, facts, caseless)
        })
    }

    #[test]
    fn a_titled_name_in_the_possessive_is_a_name_before_a_service_word() {
        assert_eq!(
            found("Sister Audsley's clinic always runs late."),
            ["Audsley"]
        );
        assert_eq!(found("Nurse Radke’s clinic was calm."), ["Radke"]);
        assert_eq!(
            found("nurse elberfeld's clinic always runs late"),
            ["elberfeld"]
        );
    }

    #[test]
    fn roles_everyday_words_and_names_without_a_title_are_left() {
        for text in [
            "The Nurse Practitioner's clinic was calm.",
            "Sister Hospital's site is closer.",
            "Audsley's clinic runs late.",
            "the nurse's station was busy",
            "Sister Audsley was kind.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
