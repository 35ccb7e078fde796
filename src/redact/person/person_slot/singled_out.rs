//! Someone singled out by the words around them, whatever word names them: "Ronmark, of
//! all people, set it up", "corrected by none other than Mingming", "a staff nurse by
//! the name of Pasing", "my very own Ambing", "From Nanding's biggest fan". Nobody
//! writes these of a thing or a place, so the word is a person's when
//! [`PersonSlots::may_be_a_person`] allows it (a pronoun, a relative, a listed everyday
//! word or a word after a determiner is left: "Me, of all people", "the consultant, of
//! all people", "my very own room").

use super::{after_a_determiner, Gap, PersonSlots, NOT_PEOPLE, RELATIVES};

/// Words before "fan" that make its owner someone admired: "X's biggest fan".
const ADMIRING: &[&str] = &["biggest", "greatest"];

impl PersonSlots<'_, '_> {
    /// Token `i` stands where someone is singled out: "X, of all people", "none other
    /// than X", "by the name of X", "X's biggest fan".
    pub(super) fn singled_out(&self, i: usize) -> bool {
        self.of_all_people(i)
            || self.after_words(i, &["none", "other", "than"])
            || self.after_words(i, &["by", "the", "name", "of"])
            || (self.owner(i) && self.before_admiring_fan(i))
    }

    /// "my very own X": a person, or a thing ("our very own Christmas"), so a slot of
    /// the ordinary kind, where a listed name that is also a word is left.
    pub(super) fn very_own(&self, i: usize) -> bool {
        self.after_words(i, &["very", "own"])
    }

    /// A listed given name or name-word in a slot of [`Self::singled_out`], even one
    /// the other slots leave as a place, a month or a word ("by the name of Victoria",
    /// "Jun, of all people", "From Albert's biggest fan"): these slots name a person so
    /// plainly that the name's other senses do not stand there.
    pub(super) fn given_name_singled_out(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let facts = &self.facts[i];
        let word = token.lower.as_str();
        (facts.first || facts.word_name)
            && token.written_as_name(self.caseless)
            && !token.in_brackets
            && !after_a_determiner(self.tokens, i)
            && !NOT_PEOPLE.contains(&word)
            && !RELATIVES.contains(&word)
    }

    /// "alices biggest fan", "from chaos biggest fan": in a comment without capitals, a
    /// possessive written without its apostrophe; the word less its "s" is judged
    /// (the whole word is taken, the name and its "s").
    pub(super) fn fan_without_an_apostrophe(&self, i: usize) -> bool {
        if !self.caseless || !self.before_admiring_fan(i) || !self.joined(i + 1) {
            return false;
        }
        let token = &self.tokens[i];
        let Some(stem) = token.lower.as_str().strip_suffix('s') else {
            return false;
        };
        token.written_as_name(self.caseless)
            && !token.in_brackets
            && !stem.ends_with('s')
            && !after_a_determiner(self.tokens, i)
            && self.word_may_be_a_person(stem, &self.lexicon.facts(stem))
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
        ADMIRING.contains(&self.lower(i + 1)) && self.joined(i + 2) && self.lower(i + 2) == "fan"
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
                ("mums very own zerubel did her bloods", "zerubel"),
                ("From Nanding's biggest fan.", "Nanding"),
                ("from alices biggest fan in the unit", "alices"),
                ("from chaos biggest fan in the unit", "chaos"),
                (
                    "As a sister I asked Ronmark whether they still use it.",
                    "Ronmark",
                ),
                // Given names that are also a place, a month or a word.
                ("A research nurse by the name of Victoria came.", "Victoria"),
                ("Jun, of all people, made a space for me.", "Jun"),
                ("Thank you, from Albert's biggest fan.", "Albert"),
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
                // Not "of all people", and no fan.
                "Ronmark, of all the staff, was kind.",
                "From Ronmark's biggest worry.",
            ],
        );
    }
}
