//! Three more places only a person stands:
//! - someone **on a team**, after "to", "with", "from" or "and" or opening a sentence:
//!   "the cake went to Victoria on the discharge team", "Jun on the night team";
//! - someone **made or given something**, between a verb of making or giving in the past
//!   and "a", "an" or "some": "I drew Albert a picture", "Mum baked Victoria a cake";
//! - someone **running the ward** at a sentence's start: "Heather ran the ward through
//!   the exercise", "Summer runs the night shift".
//!
//! In the first two a listed given name is taken even when it is also a place or a
//! month ("Victoria", "Albert", "Jun"), as in [`super::singled_out`]: the phrasing names
//! a person too plainly for the word's other sense; a word no list holds is taken as in
//! every slot; an English word in a comment without capitals is left ("we brought in a
//! cub": "in" is a given name too). The third is an ordinary slot (a name-word is taken,
//! a place is left).

use super::PersonSlots;

/// Words before someone on a team: "went to X on the night team", "with X on the ...".
const BEFORE_A_TEAM_MEMBER: &[&str] = &["to", "with", "from", "and"];

/// Most words between "on the" and "team": "on the discharge team", "on the early
/// morning team".
const MOST_WORDS_BEFORE_TEAM: usize = 2;

/// Verbs of making or giving in the past, before the one it was done for: "drew X a
/// picture". Not "read" (a sign reads a name) nor "made" or "got" ("made Victoria a
/// sponge", "got Albert a…" are as often places and things).
const MADE_OR_GAVE: &[&str] = &[
    "drew", "baked", "knitted", "painted", "wrote", "sang", "bought", "brought", "sent", "cooked",
    "gave", "handed", "posted",
];

/// What a person runs at a sentence's start: "X ran the ward".
const RUN_BY_A_PERSON: &[&str] = &["ward", "shift", "clinic", "bay", "unit", "desk"];

impl PersonSlots<'_, '_> {
    /// Token `i` is someone on a team or someone made or given something: a word that may
    /// be a person, or a listed given name whatever else it is.
    /// In a comment without capitals an English word is left ("we brought in a cub",
    /// "in" being a given name too).
    pub(super) fn on_a_team_or_given_something(&self, i: usize) -> bool {
        (self.on_a_team(i) || self.given_something(i))
            && !(self.caseless && self.facts[i].english)
            && (self.may_be_a_person(i) || self.given_name_singled_out(i))
    }

    /// "to X on the night team", "X on the discharge team" opening a sentence.
    fn on_a_team(&self, i: usize) -> bool {
        if self.lower(i + 1) != "on" || self.lower(i + 2) != "the" {
            return false;
        }
        let opens = self.tokens[i].sentence_start
            || (self.joined(i) && BEFORE_A_TEAM_MEMBER.contains(&self.lower(i.wrapping_sub(1))));
        opens
            && (i + 1..=i + 2).all(|k| self.joined(k))
            && (i + 3..=i + 3 + MOST_WORDS_BEFORE_TEAM)
                .take_while(|&k| self.joined(k))
                .any(|k| self.lower(k) == "team")
    }

    /// "drew X a picture", "baked X some scones".
    fn given_something(&self, i: usize) -> bool {
        i > 0
            && self.joined(i)
            && self.joined(i + 1)
            && matches!(self.lower(i + 1), "a" | "an" | "some")
            && MADE_OR_GAVE.contains(&self.lower(i - 1))
    }

    /// "X ran the ward", "X runs the night shift" at a sentence's start.
    pub(super) fn running_the_ward(&self, i: usize) -> bool {
        self.tokens[i].sentence_start
            && matches!(self.lower(i + 1), "ran" | "runs")
            && self.lower(i + 2) == "the"
            && (i + 1..=i + 3).all(|k| self.joined(k))
            && (RUN_BY_A_PERSON.contains(&self.lower(i + 3))
                || (self.joined(i + 4) && RUN_BY_A_PERSON.contains(&self.lower(i + 4))))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::assert_finds;

    #[test]
    fn someone_on_a_team_is_a_person() {
        assert_finds(
            &[
                (
                    "the cake went to Victoria on the discharge team, who says",
                    "Victoria",
                ),
                ("the cake went to Jun on the discharge team", "Jun"),
                ("Zanele on the night team was lovely.", "Zanele"),
            ],
            &[
                "We started in June on the night team.",
                "sent to Leeds on the day team",
                "went to the ward on the night team",
                "went to Victoria on the bus",
            ],
        );
    }

    #[test]
    fn someone_made_or_given_something_is_a_person() {
        assert_finds(
            &[
                (
                    "My mummy had an operation and I drew Albert a picture.",
                    "Albert",
                ),
                ("Mum baked Victoria a cake for her leaving do.", "Victoria"),
            ],
            &[
                "I drew blood a second time.",
                "we made Victoria a sponge",
                "she gave England a good name",
                "we brought in a cub with a wasp sting",
                "elizabeth brought in a jar of jam",
            ],
        );
    }

    #[test]
    fn someone_running_the_ward_is_a_person() {
        assert_finds(
            &[
                ("Heather ran the ward through it all.", "Heather"),
                ("Summer runs the night shift.", "Summer"),
            ],
            &[
                "Pharmacy ran the clinic late.",
                "The ward ran the bay well.",
                "She said Heather ran the ward.",
            ],
        );
    }
}
