//! Someone the writer wants more of, their given name made plural: "You need more
//! Kealebogas", "the hospital could do with more Clarences, calm in any weather", "we
//! need more michaels in a&e". Only a person is wanted so by name; things wanted are
//! plain words ("we need more nurses", "could do with more Beds") whose singular is no
//! given name.
//!
//! The slot is "need(s) more", "needed more", "want(s) more" or "(do / well) with more"
//! before a word ending in "s", judged by [`super::plural_given_name`].

use super::PersonSlots;

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
