//! Someone the writer wants more of, their given name made plural: "You need more
//! Kealebogas", "the hospital could do with more Rays, calm in any weather", "we need
//! more michaels in a&e". Only a person is wanted so by name; things wanted are plain
//! words ("we need more nurses", "could do with more Beds") whose singular is no given
//! name.
//!
//! The slot is "need(s) more", "needed more", "want(s) more" or "(do / well) with more"
//! before a word ending in "s", written as a name is. The word less its "s" is judged: a
//! word on no list that may name a person, or, in a comment that uses capitals, a
//! listed given name, a name that is also a word included ("Rays"; capitalised there,
//! mid-sentence, the word is the name's). In a comment without capitals the whole word
//! must be on no list, or be a name that is no word, since "rays", "grants" and "wills"
//! are written there as words. A proper noun or a not-a-name word as a whole is left, as
//! is a festival or a medicine; a shop named after its maker ("needs more Greggs") is
//! left by the list of such things, which every found name is read against.

use super::super::festivals::{is_festival_named_like_people, is_unnamed_festival};
use super::super::medicines::has_medicine_stem;
use super::{shaped_like_a_person, PersonSlots};

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
                || (self.lower(i - 2) == "with"
                    && self.joined(i - 2)
                    && DOING_WITH.contains(&self.lower(i.wrapping_sub(3)))))
            && self.plural_of_a_name(i)
    }

    /// Token `i`, written as a name, is a given name with an "s" after it.
    fn plural_of_a_name(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let whole = &self.facts[i];
        let Some(stem) = token.lower.as_str().strip_suffix('s') else {
            return false;
        };
        if stem.ends_with('s')
            || !token.written_as_name(self.caseless)
            || token.in_brackets
            || whole.proper
            || whole.not_name
            || (self.caseless && self.listed(i) && !whole.plain_name())
            || !shaped_like_a_person(stem)
            || is_unnamed_festival(stem)
            || is_festival_named_like_people(stem)
            || has_medicine_stem(stem)
        {
            return false;
        }
        let facts = self.lexicon.facts(stem);
        self.word_may_be_a_person(stem, &facts)
            || (!self.caseless && !facts.not_name && facts.listed_given_name())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::assert_finds;

    #[test]
    fn a_given_name_wanted_more_of_is_a_person() {
        assert_finds(
            &[
                ("You just need more Kealebogas.", "Kealebogas"),
                ("The hospital could do with more Rays, calm.", "Rays"),
                (
                    "It would do well with more Consolates in the office.",
                    "Consolates",
                ),
                ("Three cheers. You need more Victorias.", "Victorias"),
                ("The NHS needs more Willies.", "Willies"),
                ("we need more michaels in a&e", "michaels"),
                ("you need more therences, people who care", "therences"),
            ],
            &[
                // Things wanted: words whose singular is no given name.
                "We need more nurses on the ward.",
                "The ward could do with more Beds.",
                "You need more Staff at night.",
                // Words in a comment without capitals, a festival.
                "we need more rays of sunshine",
                "we need more grants for carers",
                "We need more Christmases like this.",
                // Not after "need more" or "with more".
                "There were more Kealebogas than ever.",
                "I met Kealebogas twice.",
            ],
        );
    }
}
