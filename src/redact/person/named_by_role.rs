//! A given name and a surname, both also words, that a sentence names by a staff role:
//! "Mark Ward was the paramedic who came", "Grace Hill was the nurse on duty", "The
//! paramedic was Mark Ward", "Our physio was Will Green". Each half alone reads as a
//! word (a verb, a hospital ward, a colour), so the rules and the tagger leave the pair
//! or take only one half; a role the pair is said to be settles it.
//!
//! Taken: two capitalised words in a comment that uses case, the first a listed given
//! name (a name that is a word included), the second a listed surname, joined by a
//! space, and either followed by "was" or "is", a determiner and a staff role ("was the
//! paramedic", "is our midwife"), or right after such a role and "was" or "is" ("the
//! paramedic was", "Our physio was").

use super::cues::ROLES;
use super::lexicon::WordFacts;
use super::tokens::{joined_at, lower_at, Shape, Token};

/// The copulas between a person and the role they are named by.
const COPULAS: &[&str] = &["was", "is"];

/// Words before a role in "was the paramedic", "is our midwife".
const ROLE_DETERMINERS: &[&str] = &["the", "our", "my", "a", "an", "his", "her", "their"];

/// The given-and-surname pairs of a cased comment named by a role (see the module doc),
/// as inclusive token ranges; nothing in a comment without case.
pub(crate) fn pairs_named_by_a_role(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return Vec::new();
    }
    (0..tokens.len().saturating_sub(1))
        .filter(|&i| {
            let (given, surname) = (&tokens[i], &tokens[i + 1]);
            let written_as_names = given.shape == Shape::Capitalised
                && surname.shape == Shape::Capitalised
                && !given.in_brackets
                && !surname.in_brackets
                && joined_at(tokens, i + 1);
            let listed = (facts[i].first || facts[i].word_name || facts[i].first_rank > 0)
                && (facts[i + 1].surname || facts[i + 1].surname_rank > 0);
            written_as_names && listed && (role_after(tokens, i + 1) || role_before(tokens, i))
        })
        .map(|i| (i, i + 1))
        .collect()
}

/// "… was the paramedic" right after token `last`.
fn role_after(tokens: &[Token<'_>], last: usize) -> bool {
    (1..=3).all(|k| joined_at(tokens, last + k))
        && COPULAS.contains(&lower_at(tokens, last + 1))
        && ROLE_DETERMINERS.contains(&lower_at(tokens, last + 2))
        && ROLES.contains(&lower_at(tokens, last + 3))
}

/// "the paramedic was …" right before token `first`.
fn role_before(tokens: &[Token<'_>], first: usize) -> bool {
    first >= 3
        && (first - 2..=first).all(|k| joined_at(tokens, k))
        && COPULAS.contains(&lower_at(tokens, first - 1))
        && ROLES.contains(&lower_at(tokens, first - 2))
        && ROLE_DETERMINERS.contains(&lower_at(tokens, first - 3))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans = pairs_named_by_a_role(&tokens, &facts, is_caseless(text));
        span_texts(text, &tokens, spans)
    }

    #[test]
    fn a_pair_of_names_that_are_words_named_by_a_role_is_a_name() {
        assert_eq!(
            found("Mark Ward was the paramedic who came."),
            ["Mark Ward"]
        );
        assert_eq!(found("Grace Hill was the nurse on duty."), ["Grace Hill"]);
        assert_eq!(found("The paramedic was Mark Ward."), ["Mark Ward"]);
        assert_eq!(
            found("Our physio was Will Green and he was great."),
            ["Will Green"]
        );
    }

    #[test]
    fn pairs_without_a_role_or_case_are_left() {
        for text in [
            "Mark Ward was closed for a week.",
            "The best was Will Green.",
            "mark ward was the paramedic",
            "Hope Street was the clinic we went to.",
            "The nurse was kind and Mark Ward was quiet.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
