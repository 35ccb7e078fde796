//! A given name made plural, as a writer wants more of someone ("you need more
//! Kealebogas", [`super::wanted_more`]) or holds someone up as one of a kind ("the NHS
//! runs on the Tahyrs of this world", [`super::of_this_world`]): the judge both slots
//! share of whether the word less its "s" is a person's given name.
//!
//! The word is written as a name is, on no list or a name that is no word. The word
//! less its "s" is a listed given name that is no word and no not-a-name word
//! ("michaels", "Clarences"; "Rays", "Roses" are left, the singular being a word), or a
//! word on no list spelt as names are ([`name_likeness`] above nought; where the plural
//! closes its clause, "You need more Setous.", only not [`spelt_unlike_a_name`]) and no
//! place. Either way the word is no plural of a listed word spelt otherwise ("Heroes",
//! "Jellies"), no festival and no medicine. The looser judge of "the Xs of this world",
//! where nothing but people and firms is made plural, is described on
//! [`PersonSlots::plural_held_up_as_a_name`].

use super::super::festivals::{is_festival_named_like_people, is_unnamed_festival};
use super::super::medicines::has_medicine_stem;
use super::super::name_likeness::{name_likeness, spelt_unlike_a_name};
use super::super::texting::texting_form_of_a_word;
use super::super::vetoes::town_or_place;
use super::{shaped_like_a_person, PersonSlots};
// Days of the week, some of them surnames too ("the Fridays of this world").
use crate::redact::date_tail::WEEKDAY_NAMES;

impl PersonSlots<'_, '_> {
    /// Token `i`, written as a name and on no list (or a name that is no word), is a
    /// given name with an "s" after it (see the module doc).
    pub(super) fn plural_of_a_name(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let word = token.lower.as_str();
        let Some(stem) = self.word_less_its_s(i) else {
            return false;
        };
        if !self.may_be_a_plural_name(i, stem) {
            return false;
        }
        let facts = self.lexicon.facts(stem);
        if self.word_unlisted(stem, &facts) {
            // A name no list holds: spelt as names are, and no place.
            let spelt_as_a_name =
                name_likeness(stem) > 0.0 || (self.closes_clause(i) && !spelt_unlike_a_name(stem));
            return stem.len() >= 3
                && spelt_as_a_name
                && !town_or_place(stem)
                && !self.plural_of_a_listed_word(word);
        }
        facts.first
            && !facts.word_name
            && !facts.soft
            && !facts.common
            && !facts.not_name
            && !self.plural_of_a_listed_word(word)
    }

    /// Token `i`, written as a name, is a name made plural where only a person or a
    /// firm is made plural so ("the Xs of this world"): the word less its "s" (a name
    /// ending in "s" gains a second: "Doriss") is a listed given name, even one that is a
    /// word ("Debbies", "Heathers", "Rays"), a surname or name-word that is no everyday
    /// word ("Alberts"; not "nurses", "Roses", "Joys"), or on no list at all, not spelt
    /// unlike a name. Never a place ("Londons"), a day ("Fridays"), the plural in "-es"
    /// of a word ("bosses", "Christmases") or of a listed word spelt otherwise
    /// ("Heroes"), a brand the word lists hold ("Amazons", "Tescos", "Morrisons"), a
    /// hyphenated word ("do-gooders"), a festival or a medicine. A brand on no list, or
    /// named after a person ("Twixes", "Lidls", "Starbucks", "McDonalds"), is taken:
    /// redacting a brand hides nothing, leaking a nurse's name would.
    pub(super) fn plural_held_up_as_a_name(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let word = token.lower.as_str();
        let Some(stem) = word.strip_suffix('s') else {
            return false;
        };
        if !self.may_be_a_plural_name(i, stem)
            || self.facts[i].not_name
            || stem.contains('-')
            || self.plural_of_a_listed_word(word)
        {
            return false;
        }
        let facts = self.lexicon.facts(stem);
        if facts.common || facts.not_name || WEEKDAY_NAMES.contains(&stem) {
            return false;
        }
        // A listed given name is taken first, a place or a word too ("Brandons",
        // "Janes", "Heathers").
        if facts.first && !facts.word_name {
            return true;
        }
        // A word made plural with "-es" ("bosses", "Christmases") or a place
        // ("Londons") is no one.
        let plural_in_es = word.strip_suffix("es").is_some_and(|w| {
            let facts = self.lexicon.facts(w);
            facts.english || (facts.proper && !facts.first) || is_unnamed_festival(w)
        });
        if plural_in_es || town_or_place(stem) {
            return false;
        }
        if facts.english {
            return false;
        }
        if facts.surname || facts.word_name {
            // A surname or a name that is also a service ("Alberts"): made plural so,
            // only a person.
            return true;
        }
        if facts.soft {
            return false;
        }
        !facts.listed_as_a_word()
            && !texting_form_of_a_word(stem, |w| self.lexicon.facts(w).english)
            && !spelt_unlike_a_name(stem)
    }

    /// Token `i` is written as a name, not in brackets, and `stem` (the word less its
    /// "s") is shaped like a person's name and no festival or medicine: what both judges
    /// ask first.
    fn may_be_a_plural_name(&self, i: usize, stem: &str) -> bool {
        let token = &self.tokens[i];
        token.written_as_name(self.caseless)
            && !token.in_brackets
            && shaped_like_a_person(stem)
            && !is_unnamed_festival(stem)
            && !is_festival_named_like_people(stem)
            && !has_medicine_stem(stem)
    }

    /// `word` (ending in "es") is the plural of a listed word spelt otherwise than with
    /// an "s": "heroes" (hero), "jellies" (jelly), "twixes" (twix). A name so spelt is
    /// no such plural: "Debbies" (Debby is a given name too), "Janes" (Jan).
    fn plural_of_a_listed_word(&self, word: &str) -> bool {
        let listed_word = |w: &str| {
            let facts = self.lexicon.facts(w);
            facts.listed_as_a_word() && !facts.any_name()
        };
        word.strip_suffix("ies")
            .is_some_and(|stem| listed_word(&format!("{stem}y")))
            || word.strip_suffix("es").is_some_and(listed_word)
    }
}
