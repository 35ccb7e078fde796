//! Three more places only a person stands:
//! - someone **on a team** (up to two words between "on the" and "team"), after "to",
//!   "with", "from" or "and" or opening a sentence:
//!   "the cake went to Victoria on the discharge team", "Jun on the night team";
//! - someone **made or given something**, between a verb of making or giving in the past
//!   and "a", "an" or "some": "I drew Albert a picture", "Mum baked Victoria a cake"; a
//!   listed given name only, since firms and places are sent things too ("I sent
//!   Healthwatch a complaint"), and not Santa;
//! - someone **running the ward** at a sentence's start: "Heather ran the ward through
//!   the exercise", "Summer runs the night shift", "Sue ran the busy night ward".
//!
//! A word owning something after it is left in the first two ("wrote Guy's a letter").
//!
//! In the first two a listed given name is taken even when it is also a place or a
//! month ("Victoria", "Albert", "Jun"), as in [`super::singled_out`]: the phrasing names
//! a person too plainly for the word's other sense; a word no list holds is taken as in
//! every slot; an English word in a comment without capitals is left ("we brought in a
//! cub": "in" is a given name too). The third is an ordinary slot (a name-word is taken,
//! a place is left).

use super::super::tagger::features::possessive_after;
use super::PersonSlots;

/// Words before someone on a team: "went to X on the night team", "with X on the ...".
const BEFORE_A_TEAM_MEMBER: &[&str] = &["to", "with", "from", "and"];

/// Most words between "on the" and "team" ("on the discharge team", "on the early
/// morning team"), or between "ran the" and "ward" ("ran the busy night ward").
const MOST_WORDS_BEFORE_TEAM: usize = 2;

/// Verbs of making or giving in the past, before the one it was done for: "drew X a
/// picture". Not "read" (a sign reads a name) nor "made" or "got" ("made Victoria a
/// sponge", "got Albert a…" are as often places and things).
const MADE_OR_GAVE: &[&str] = &[
    "drew", "baked", "knitted", "painted", "wrote", "sang", "bought", "brought", "sent", "cooked",
    "gave", "handed", "posted",
];

/// Listed given names that are written to or given things as characters: "We wrote
/// Santa a letter".
const NOT_RECIPIENTS: &[&str] = &["santa"];

/// What a person runs at a sentence's start: "X ran the ward".
const RUN_BY_A_PERSON: &[&str] = &["ward", "shift", "clinic", "bay", "unit", "desk"];

impl PersonSlots<'_, '_> {
    /// Token `i` is someone on a team or someone made or given something: a word that may
    /// be a person, or a listed given name whatever else it is.
    /// In a comment without capitals an English word is left ("we brought in a cub",
    /// "in" being a given name too).
    pub(super) fn on_a_team_or_given_something(&self, i: usize) -> bool {
        if (self.caseless && self.facts[i].english)
            || possessive_after(self.text, self.tokens[i].end)
        {
            return false;
        }
        let listed_given_name = self.given_name_singled_out(i)
            || (self.may_be_a_person(i) && (self.facts[i].first || self.facts[i].word_name));
        (self.on_a_team(i) && (listed_given_name || self.may_be_a_person(i)))
            || (self.given_something(i)
                && listed_given_name
                && !NOT_RECIPIENTS.contains(&self.lower(i)))
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
            && (i + 1..=i + 2).all(|k| self.joined(k))
            && (i + 3..=i + 3 + MOST_WORDS_BEFORE_TEAM)
                .take_while(|&k| self.joined(k))
                .any(|k| RUN_BY_A_PERSON.contains(&self.lower(k)))
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
                "I sent Healthwatch a complaint.",
                "We wrote Santa a letter from the children's ward.",
                "The consultant wrote Guy's a letter.",
            ],
        );
    }

    #[test]
    fn someone_running_the_ward_is_a_person() {
        assert_finds(
            &[
                ("Heather ran the ward through it all.", "Heather"),
                ("Summer runs the night shift.", "Summer"),
                ("Heather ran the busy night ward.", "Heather"),
            ],
            &[
                "Pharmacy ran the clinic late.",
                "The ward ran the bay well.",
                "She said Heather ran the ward.",
            ],
        );
    }
}
