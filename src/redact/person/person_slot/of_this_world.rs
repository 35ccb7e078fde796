//! Someone held up as one of a kind, their given name made plural: "the NHS runs on the
//! Tahyrs of this world", "The Elcins of this world are the reason I want to nurse",
//! "every ward needs the brians of this world". The phrase names people, or firms
//! ("the Amazons of this world", left where the lists hold the brand; one on no list is
//! taken); a plain word made plural is a kind of thing ("the nurses of this world").
//!
//! The slot is "the" before a word ending in "s" and "of this world" (or "of the
//! world") after it; the word is judged by
//! [`super::PersonSlots::plural_held_up_as_a_name`]: more loosely than a name wanted more
//! of, as nothing but people and firms is written so.

use super::super::tokens::{joined_at, lower_at, Token};
use super::PersonSlots;

/// Whether "of this world" (or "of the world") follows token `i`, spaces only between:
/// the end of the phrase, read by this slot and by the article filter, which keeps a
/// name made plural so ([`super::super::after_an_article`]).
pub(crate) fn of_this_world_after(tokens: &[Token<'_>], i: usize) -> bool {
    (1..=3).all(|k| joined_at(tokens, i + k))
        && lower_at(tokens, i + 1) == "of"
        && matches!(lower_at(tokens, i + 2), "this" | "the")
        && lower_at(tokens, i + 3) == "world"
}

impl PersonSlots<'_, '_> {
    /// Token `i` is a given name made plural in "the Xs of this world" (see the module
    /// doc).
    pub(super) fn of_this_world(&self, i: usize) -> bool {
        i >= 1
            && self.lower(i - 1) == "the"
            && self.joined(i)
            && of_this_world_after(self.tokens, i)
            && self.plural_held_up_as_a_name(i)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::assert_finds;

    #[test]
    fn a_given_name_held_up_as_one_of_a_kind_is_a_person() {
        assert_finds(
            &[
                ("The NHS runs on the Tahyrs of this world.", "Tahyrs"),
                (
                    "The Elcins of this world are the reason I want to nurse.",
                    "Elcins",
                ),
                ("every ward needs the brians of this world", "brians"),
                ("The ward is lucky to have the Yis of this world.", "Yis"),
                ("We need the Alberts of this world.", "Alberts"),
                ("We need the Heathers of this world.", "Heathers"),
                ("We need the Doriss of this world.", "Doriss"),
                (
                    "the borough is lucky to have the Harrys of this world",
                    "Harrys",
                ),
                (
                    "The borough is lucky to have the Seans of the world.",
                    "Seans",
                ),
            ],
            &[
                // Kinds of people or things, firms and words.
                "The NHS runs on the nurses of this world.",
                "We are at the mercy of the Amazons of this world.",
                "The Tescos of this world make it hard for small shops.",
                "the joys of this world are few in A&E",
                "The Heroes of this world wear scrubs.",
                "the bosses of this world never visit the ward",
                "The Londons of this world have more buses.",
                "We need the Christmases of this world.",
                "The Fridays of this world are busy in A&E.",
                // Not the phrase.
                "The Tahyrs were kind to us.",
                "Thanks to the Tahyrs of ward 3.",
            ],
        );
    }
}
