//! A title, then a word the not-a-name list holds: "Dr Ramadan", "Ms Eid", "Mr English".
//! The list (festivals, months, towns, nationalities, services) keeps such words out of
//! every name, yet after "Dr", "Mrs" or "Prof" a capitalised word is someone's name
//! unless it is a role or a title ("Dr Consultant", "Mr Staff") or an everyday English
//! word ("the Dr. However said"). The rules and the tagger leave these words alone, so they leaked.
//!
//! Taken: the word right after a title (not after a staff role: "Sister Ward", "Nurse
//! Christmas party"), capitalised in a cased comment (in a comment without capitals only
//! after "dr", "mr", "mrs"), with no number after it ("Dr Ward 9"), and not followed by a
//! place word ("Mr Christmas Ward", "Dr Eid Clinic"). The title must not be
//! written in capitals in a cased comment ("MS Clinic", multiple sclerosis).

use super::cues::{ROLES, ROLES_PLURAL, TITLES};
use super::lexicon::WordFacts;
use super::tokens::{Gap, Shape, Token};
use super::{is_place_word, PLACE_WORDS_NAMELIKE};

/// Titles that come before a surname and nothing else (not "doctor", also a role).
fn is_title(word: &str) -> bool {
    word != "doctor" && TITLES.contains(&word)
}

/// Staff words of the not-a-name list that a title may stand before without a name.
const STAFF_WORDS: &[&str] = &[
    "staff",
    "team",
    "teams",
    "specialist",
    "advisor",
    "adviser",
    "coordinator",
    "lead",
    "charge",
    "deputy",
    "senior",
    "junior",
    "locum",
    "trainee",
    "sir",
    "madam",
    "sisters",
    "students",
    "practitioners",
    "managers",
];

/// One-token inclusive ranges of the listed words this rule takes after a title.
pub(crate) fn titled_listed_words(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    (1..tokens.len())
        .filter(|&i| {
            let token = &tokens[i];
            let title = &tokens[i - 1];
            let word = token.lower.as_str();
            let title_word = title.lower.as_str();
            let title_written = if caseless {
                matches!(title_word, "dr" | "mr" | "mrs")
            } else {
                is_title(title_word) && title.shape == Shape::Capitalised
            };
            let place_after = tokens.get(i + 1).is_some_and(|n| {
                let next = n.lower.as_str();
                n.gap == Gap::Space
                    && (n.shape == Shape::Other
                        || is_place_word(next)
                        || PLACE_WORDS_NAMELIKE.contains(&next))
            });
            facts[i].not_name
                && !facts[i].common
                && !facts[i].english
                && !token.in_brackets
                && token.gap == Gap::Space
                && token.written_as_name(caseless)
                && token.shape != Shape::Upper
                && title_written
                && !place_after
                && !is_title(word)
                && word != "doctor"
                && !ROLES.contains(&word)
                && !ROLES_PLURAL.contains(&word)
                && !STAFF_WORDS.contains(&word)
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
            titled_listed_words(tokens, facts, caseless)
        })
    }

    #[test]
    fn a_listed_word_after_a_title_is_a_name() {
        assert_eq!(found("Dr Ramadan was lovely."), ["Ramadan"]);
        assert_eq!(found("Ms Eid on the ward was very kind."), ["Eid"]);
        assert_eq!(found("thanks to dr ramadan"), ["ramadan"]);
    }

    #[test]
    fn roles_places_and_capital_titles_are_left() {
        assert!(found("Dr Consultant and Mr Staff came.").is_empty());
        assert!(found("Sister Christmas party was fun.").is_empty());
        assert!(found("Ward 9 with Dr Ward 9 staff.").is_empty());
        assert!(found("The MS Clinic at Christmas was shut.").is_empty());
        assert!(found("Mr Christmas Ward was shut.").is_empty());
        assert!(found("However the Dr. However said no.").is_empty());
        assert!(found("Dr Ramadan").len() == 1);
    }
}
