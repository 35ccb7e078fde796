//! Someone singled out by the words around them: "Ronmark, of all people, set it up",
//! "corrected by none other than Mingming", "a staff nurse by the name of Pasing",
//! "From Nanding's biggest fan", and, as ordinary slots, "my very own Ambing", "a nurse,
//! a certain Dintle," and "As Inocent put it". A word no list holds is taken there,
//! as in the other slots of [`super`] (a pronoun, a relative, a listed everyday word or
//! a word after a determiner is left: "Me, of all people", "the consultant, of all
//! people", "my very own room"). A listed given name is taken even when it is also a
//! place or a month ("by the name of Victoria", "Jun, of all people"); a surname or
//! name-word that is also a word or a place is left ("none other than Christmas Day",
//! "From England's biggest fan"). Things are named in these phrasings too, so a
//! festival or a word spelt like a medicine is left in every one ("none other than
//! Easter weekend"), "by the name of" is read only after a word for a person ("a nurse
//! by the name of X", not "a scheme by the name of Motability"), and "my very own X"
//! not before an everyday word in small letters that is no verb ("my very own Spotify
//! playlist").

use super::super::festivals::{is_festival_named_like_people, is_unnamed_festival};
use super::super::medicines::has_medicine_stem;
use super::super::name_word_position::{spelt_as_a_past_verb, PERSON_VERBS};
use super::super::tokens::Shape;
use super::{shaped_like_a_person, Gap, PersonSlots, RELATIVES, ROLES};

/// Words for a person, besides roles and relatives, before "by the name of": "a lady by
/// the name of X".
const PEOPLE: &[&str] = &[
    "man",
    "woman",
    "lady",
    "gentleman",
    "gent",
    "chap",
    "bloke",
    "guy",
    "girl",
    "boy",
    "lad",
    "lass",
    "fella",
    "fellow",
    "person",
    "someone",
    "somebody",
    "doctor",
    "receptionist",
    "student",
    "colleague",
    "friend",
];

/// Verbs besides [`PERSON_VERBS`] that follow a person as readily as a thing: "my very
/// own X did my dressings".
const VERBS_AFTER_A_PERSON: &[&str] = &[
    "did", "does", "was", "is", "has", "had", "came", "made", "took", "looked", "helped", "gave",
    "went", "sorted", "will", "would", "always", "never",
];

/// Words before "fan" that make its owner someone admired: "X's biggest fan".
const ADMIRING: &[&str] = &["biggest", "greatest"];

impl PersonSlots<'_, '_> {
    /// Token `i` stands where someone is singled out: "X, of all people", "none other
    /// than X", "by the name of X", "X's biggest fan".
    pub(super) fn singled_out(&self, i: usize) -> bool {
        // The word before or after says which phrasings to read (most words stand in
        // none, and are left after a few comparisons).
        let (before, after) = (self.lower(i.wrapping_sub(1)), self.lower(i + 1));
        let in_slot = (after == "of" && self.of_all_people(i))
            || (before == "than" && self.after_words(i, &["none", "other", "than"]))
            || (before == "of" && self.person_by_the_name_of(i))
            || (ADMIRING.contains(&after) && self.fan_after(i) && self.owner(i));
        in_slot && !self.festival_or_medicine(i)
    }

    /// A festival ("none other than Easter weekend") or a word spelt like a medicine
    /// ("by the name of Zopiclone"): no person, whatever the slot.
    fn festival_or_medicine(&self, i: usize) -> bool {
        let word = self.tokens[i].lower.as_str();
        is_unnamed_festival(word) || is_festival_named_like_people(word) || has_medicine_stem(word)
    }

    /// "As X put it": the speaker of a saying, as an ordinary slot ("As Will put it"
    /// is left; "as the nurse put it" is after a determiner, left by every slot).
    pub(super) fn as_x_put_it(&self, i: usize) -> bool {
        self.lower(i + 1) == "put"
            && self.after_words(i, &["as"])
            && self.joined(i + 1)
            && self.joined(i + 2)
            && self.lower(i + 2) == "it"
    }

    /// "a certain X", as an ordinary slot, and not before an everyday word in small
    /// letters that is no verb ("a certain Sunny disposition", "a certain Dawn
    /// appointment").
    pub(super) fn a_certain(&self, i: usize) -> bool {
        self.lower(i.wrapping_sub(1)) == "certain"
            && self.after_words(i, &["a", "certain"])
            && !self.before_its_noun(i)
    }

    /// "a nurse by the name of X", "a lady by the name of X": a person's word before
    /// "by the name of" (a scheme, an app or a drug is called so too).
    fn person_by_the_name_of(&self, i: usize) -> bool {
        const BY_THE_NAME_OF: &[&str] = &["by", "the", "name", "of"];
        self.after_words(i, BY_THE_NAME_OF) && {
            let before = self.lower(i.wrapping_sub(BY_THE_NAME_OF.len() + 1));
            ROLES.contains(&before) || RELATIVES.contains(&before) || PEOPLE.contains(&before)
        }
    }

    /// "my very own X": a person, or a thing ("our very own Christmas"), so a slot of
    /// the ordinary kind, where a listed name that is also a word is left.
    pub(super) fn very_own(&self, i: usize) -> bool {
        self.lower(i.wrapping_sub(1)) == "own"
            && self.after_words(i, &["very", "own"])
            && !self.before_its_noun(i)
    }

    /// Token `i` is followed by an everyday word in small letters that is no verb of a
    /// person's (nor a verb in the past, "-ed": "a certain dintle treated me"): a
    /// thing's name before its noun ("my very own Spotify playlist"), not a person
    /// before a verb ("my very own Nopadol did my dressings").
    fn before_its_noun(&self, i: usize) -> bool {
        let Some(next) = self.tokens.get(i + 1) else {
            return false;
        };
        let word = next.lower.as_str();
        next.gap == Gap::Space
            && next.shape == Shape::Lower
            && self.facts[i + 1].listed_as_a_word()
            && !PERSON_VERBS.contains(&word)
            && !VERBS_AFTER_A_PERSON.contains(&word)
            && !spelt_as_a_past_verb(word)
    }

    /// A listed given name in a slot of [`Self::singled_out`], even one the other slots
    /// leave as a place or a month ("by the name of Victoria", "Jun, of all people",
    /// "From Albert's biggest fan"): these slots name a person so plainly that the
    /// name's other senses do not stand there. A name-word or surname that is also a
    /// word or a place is no given name here ("none other than Christmas", "From
    /// England's biggest fan").
    pub(super) fn given_name_singled_out(&self, i: usize) -> bool {
        let facts = &self.facts[i];
        let given_name = facts.first || (facts.soft && facts.first_rank > 0);
        given_name
            && self.placed_as_a_name(i)
            && shaped_like_a_person(self.tokens[i].lower.as_str())
    }

    /// "alices biggest fan", "from edwards biggest fan": in a comment without capitals,
    /// a possessive written without its apostrophe. The word must be on no list, or a
    /// name that is no word, so a word or a place keeps its "s" ("from diabetes biggest
    /// fan", "im leeds biggest fan"); then the word less its "s" is judged, and the
    /// whole word is taken.
    pub(super) fn fan_without_an_apostrophe(&self, i: usize) -> bool {
        if !self.caseless || !self.before_admiring_fan(i) || !self.joined(i + 1) {
            return false;
        }
        let Some(stem) = self.word_less_its_s(i) else {
            return false;
        };
        self.placed_as_a_name(i) && self.word_may_be_a_person(stem, &self.lexicon.facts(stem))
    }

    /// "X, of all people", "X of all people".
    fn of_all_people(&self, i: usize) -> bool {
        self.tokens
            .get(i + 1)
            .is_some_and(|of| matches!(of.gap, Gap::Space | Gap::Comma))
            && self.lower(i + 1) == "of"
            && self.joined(i + 2)
            && self.joined(i + 3)
            && self.lower(i + 2) == "all"
            && self.lower(i + 3) == "people"
    }

    /// Token `i` follows `words`, in order, with only spaces between any of them.
    fn after_words(&self, i: usize, words: &[&str]) -> bool {
        i >= words.len()
            && words.iter().enumerate().all(|(k, word)| {
                let at = i - words.len() + k;
                self.lower(at) == *word && self.joined(at + 1)
            })
    }

    /// The word after token `i` admires it: "biggest fan", "greatest fan".
    fn before_admiring_fan(&self, i: usize) -> bool {
        ADMIRING.contains(&self.lower(i + 1)) && self.fan_after(i)
    }

    /// "fan" stands two words after token `i`, a space before it.
    fn fan_after(&self, i: usize) -> bool {
        self.joined(i + 2) && self.lower(i + 2) == "fan"
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::assert_finds;

    #[test]
    fn someone_singled_out_is_a_person() {
        assert_finds(
            &[
                ("Ronmark, of all people, set it all up.", "Ronmark"),
                ("oning of all people was the one who escalated it", "oning"),
                ("It was corrected by none other than Mingming.", "Mingming"),
                ("A staff nurse by the name of Pasing was kind.", "Pasing"),
                ("A nurse by the name of Pasing of ward 4 came.", "Pasing"),
                ("mums very own zerubel did her bloods", "zerubel"),
                ("My very own Nopadol did my dressings.", "Nopadol"),
                ("From Nanding's biggest fan.", "Nanding"),
                ("from alices biggest fan in the unit", "alices"),
                ("from edwards biggest fan", "edwards"),
                (
                    "As a sister I asked Ronmark whether they still use it.",
                    "Ronmark",
                ),
                // Given names that are also a place, a month or a word.
                ("A research nurse by the name of Victoria came.", "Victoria"),
                ("Jun, of all people, made a space for me.", "Jun"),
                ("Thank you, from Albert's biggest fan.", "Albert"),
                (
                    "In the burns unit a nurse, a certain Umm, dressed it.",
                    "Umm",
                ),
                (
                    "a nurse a certain dintle treated me like a person",
                    "dintle",
                ),
                (
                    "As Inocent put it to the security men, leave them.",
                    "Inocent",
                ),
            ],
            &[
                // A pronoun, a role after a determiner, a word, a relative.
                "Me, of all people, a nurse.",
                "The consultant, of all people, came.",
                "Doctors, of all people, should know.",
                "It was none other than the consultant.",
                "my very own room at last",
                "From Mum's biggest fan.",
                "from mums biggest fan",
                "from your biggest fan",
                "We had our very own Christmas.",
                "I asked Everyone whether it was safe.",
                // Surnames and name-words that are words or places, a word or a place
                // before "biggest fan" written without its apostrophe.
                "It was none other than Christmas Day.",
                "A town by the name of Bolton.",
                "From England's biggest fan.",
                "from diabetes biggest fan",
                "im leeds biggest fan",
                "from chaos biggest fan",
                "from christmas biggest fan",
                // Things called so, a festival, a medicine.
                "A scheme by the name of Motability.",
                "It was none other than Easter weekend.",
                "A drug by the name of Zopiclone helped.",
                "My very own Spotify playlist was played.",
                // Not "of all people", and no fan.
                "Ronmark, of all the staff, was kind.",
                "From Ronmark's biggest worry.",
                "It helps to a certain extent.",
                "There was a certain Grace in how they worked.",
                "A certain Sunny disposition helps.",
                "I had a certain Dawn appointment.",
                "As Will put it, that's life.",
                "At a certain Point they stopped.",
                "As Christmas put it, the ward was full.",
                "As the nurse put it, we were lucky.",
                "As Me put it.",
            ],
        );
    }
}
