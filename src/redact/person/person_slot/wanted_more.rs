//! Someone the writer wants more of, their given name made plural: "You need more
//! Kealebogas", "the hospital could do with more Clarences, calm in any weather", "we
//! need more michaels in a&e". Only a person is wanted so by name; things wanted are
//! plain words ("we need more nurses", "could do with more Beds") whose singular is no
//! given name.
//!
//! The slot is "need(s) more", "needed more", "want(s) more" or "(do / well) with more"
//! before a word ending in "s", written as a name is, and on no list or a name that is
//! no word. The word less its "s" is judged: a listed given name that is no word and no
//! not-a-name word ("michaels", "Clarences"; "more Rays", "more Roses" are left, the
//! singular being a word), or a word on no list spelt as names are ([`name_likeness`]
//! above nought; where the plural closes its clause, "You need more Setous.", only not
//! [`spelt_unlike_a_name`]) and no place. Either way the word is no plural of a listed
//! word spelt otherwise ("Heroes", "Jellies"), no festival and no medicine.

use super::super::festivals::{is_festival_named_like_people, is_unnamed_festival};
use super::super::medicines::has_medicine_stem;
use super::super::name_likeness::{name_likeness, spelt_unlike_a_name};
use super::super::vetoes::town_or_place;
use super::{listed, shaped_like_a_person, PersonSlots};

/// Words before "more" that want someone: "you need more X".
const WANTING: &[&str] = &["need", "needs", "needed", "want", "wants"];

/// Words before "with more" that want someone: "could do with more X", "would do well
/// with more X".
const DOING_WITH: &[&str] = &["do", "well"];

impl PersonSlots<'_, '_> {
    /// Token `i` is a given name made plural after "need more" or "do with more" (see
    /// the module doc).
    pub(super) fn wanted_more(&self, i: usize) -> bool {
        i >= 2
            && self.lower(i - 1) == "more"
            && self.joined(i)
            && self.joined(i - 1)
            && (WANTING.contains(&self.lower(i - 2))
                || (i >= 3
                    && self.lower(i - 2) == "with"
                    && self.joined(i - 2)
                    && DOING_WITH.contains(&self.lower(i - 3))))
            && self.plural_of_a_name(i)
    }

    /// Token `i`, written as a name and on no list (or a name that is no word), is a
    /// given name with an "s" after it (see the module doc).
    fn plural_of_a_name(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let word = token.lower.as_str();
        let Some(stem) = self.word_less_its_s(i) else {
            return false;
        };
        if !token.written_as_name(self.caseless)
            || token.in_brackets
            || !shaped_like_a_person(stem)
            || is_unnamed_festival(stem)
            || is_festival_named_like_people(stem)
            || has_medicine_stem(stem)
        {
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

    /// `word` (ending in "es") is the plural of a listed word spelt otherwise than with
    /// an "s": "heroes" (hero), "jellies" (jelly), "twixes" (twix).
    fn plural_of_a_listed_word(&self, word: &str) -> bool {
        let listed_word = |w: &str| listed(&self.lexicon.facts(w));
        word.strip_suffix("ies")
            .is_some_and(|stem| listed_word(&format!("{stem}y")))
            || word.strip_suffix("es").is_some_and(listed_word)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::assert_finds;

    #[test]
    fn a_given_name_wanted_more_of_is_a_person() {
        assert_finds(
            &[
                ("You just need more Otsetswes.", "Otsetswes"),
                (
                    "The hospital could do with more Clarences, calm.",
                    "Clarences",
                ),
                (
                    "It would do well with more Kealebogas in the office.",
                    "Kealebogas",
                ),
                ("The NHS needs more Seans.", "Seans"),
                ("You need more Setous, people who care.", "Setous"),
                ("we need more michaels in a&e", "michaels"),
                ("you need more therences, people who care", "therences"),
            ],
            &[
                // Things wanted: words whose singular is no given name.
                "We need more nurses on the ward.",
                "The ward could do with more Beds.",
                "You need more Staff at night.",
                // Given names that are words, in either case.
                "we need more rays of sunshine",
                "You need more Rays of sunshine.",
                "We need more Roses in the garden.",
                "we need more grants for carers",
                "WE NEED MORE JACKS FOR PHONES",
                // Plurals of words spelt otherwise, places, a festival.
                "We need more Heroes like them.",
                "You need more Jellies on the menu.",
                "we need more ods",
                "We need more Twixes in the vending machine.",
                "We need more Crocs for staff.",
                "We need more Christmases like this.",
                // Not after "need more" or "with more".
                "There were more Kealebogas than ever.",
                "I met Kealebogas twice.",
            ],
        );
    }
}
