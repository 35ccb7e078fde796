//! A name in the possessive before a place word in small letters: "we stayed at Sarah's
//! house", "I rang Mike's school", "Zanele's clinic was running late". The place belongs
//! to the person, so the name is no place's name; the place rules (a place word right
//! after a run: "Osborne House", "Jenner unit") had read "Sarah's house" as a place
//! called so and let the name through.
//!
//! Places named in the possessive keep their reading when the place word is
//! capitalised ("St Christopher's Hospice", "Sarah's House") or is a hospital, hospice or
//! infirmary ("Guy's hospital"): a person's own is a house, a school, a clinic, not a
//! hospital. A listed eponym in the possessive is a condition ("Dupuytren's surgery"),
//! not an owner.

use super::eponym_conditions::is_eponym;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Shape, Token};

/// Place words after a possessive that still name a place called after someone.
const NAMED_IN_THE_POSSESSIVE: &[&str] = &["hospital", "hospice", "infirmary"];

/// Whether token `last` ends a name in the possessive with a small-letter word right
/// after it that the person owns ("Sarah's house"), not a place named so.
pub(crate) fn owned_by(text: &str, tokens: &[Token<'_>], last: usize) -> bool {
    possessive_after(text, tokens[last].end)
        && !is_eponym(tokens[last].lower.as_str())
        && tokens.get(last + 1).is_some_and(|next| {
            next.gap == Gap::Space
                && next.shape == Shape::Lower
                && !NAMED_IN_THE_POSSESSIVE.contains(&next.lower.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the word `word` of `text` is in the possessive before an owned place.
    fn owned(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let at = tokens.iter().position(|t| t.text == word).unwrap();
        owned_by(text, &tokens, at)
    }

    #[test]
    fn a_small_place_word_after_a_possessive_is_the_persons() {
        assert!(owned("We stayed at Sarah's house.", "Sarah"));
        assert!(owned("I rang Mike's school about it.", "Mike"));
        assert!(owned("Zanele\u{2019}s clinic ran late", "Zanele"));
    }

    #[test]
    fn places_named_in_the_possessive_and_plain_runs_are_not_owned() {
        assert!(!owned("We went to Guy's hospital.", "Guy"));
        assert!(!owned("St Christopher's Hospice were kind", "Christopher"));
        assert!(!owned("The Jenner unit was calm", "Jenner"));
        assert!(!owned("Sarah's.", "Sarah"));
        assert!(!owned("Dupuytren's surgery went well", "Dupuytren"));
    }
}
