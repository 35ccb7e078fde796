//! Three more places only a person stands:
//! - someone **on a team** (up to two words between "on the" and "team", the team closing
//!   its clause or going on with "who", "was" and the like), after "to", "with", "from"
//!   or "and" (not after a verb of moving a patient: "Transferred to Victoria on the acute
//!   team", "Sent to Lincoln on the ambulance team") or opening a sentence:
//!   "the cake went to Victoria on the discharge team", "Jun on the night team";
//! - someone **made or given something**, between a verb of making or giving in the past
//!   and "a", "an" or "some": "I drew Albert a picture", "Mum baked Victoria a cake"; a
//!   listed given name only, since firms and places are sent things too ("I sent
//!   Healthwatch a complaint"), and not Santa;
//! - someone **running the ward** at a sentence's start: "Heather ran the ward through
//!   the exercise", "Summer runs the night shift", "Sue ran the busy night ward".
//!
//! In the first two a word owning something after it ("wrote Guy's a letter") and a
//! month or season ("From June on the night team") are left; so are a town or place
//! written or sent to ("I sent Lincoln a complaint"), characters written or sung to
//! ("Santa", "Jesus") and someone given a chance or a welcome ("gave Hope a chance").
//!
//! Both take a listed given name even when it is also a place or a month ("Victoria",
//! "Albert", "Jun"), as in [`super::singled_out`]: the phrasing names a person too
//! plainly for the word's other sense. The team slot also takes a word no list holds, as
//! every slot does; neither takes an English word in a comment without capitals ("we
//! brought in a cub": "in" is a given name too). The third is an ordinary slot (a
//! name-word is taken, a place is left).

use super::super::tagger::features::possessive_after;
use super::super::time_of_year::is_month_or_season;
use super::super::tokens::closes_or_goes_on_with;
use super::{town_or_place, PersonSlots};

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

/// Listed given names that are written to or sung to as characters: "We wrote Santa a
/// letter", "sang Jesus a song".
const NOT_RECIPIENTS: &[&str] = &["santa", "jesus"];

/// Verbs of [`MADE_OR_GAVE`] that a town or a hospital named after one is the object of
/// as often as a person ("I sent Lincoln a complaint", "wrote Harrogate a letter"); one
/// bakes or draws for a person ("baked Victoria a cake").
const SENT_TO_PLACES: &[&str] = &[
    "wrote", "sent", "posted", "handed", "gave", "bought", "brought",
];

/// Things given that say the word before them is no person: "gave Hope a chance", "gave
/// Spring a welcome".
const GIVEN_TO_NO_ONE: &[&str] = &["chance", "welcome", "go", "miss"];

/// Verbs of moving a patient, before "to" or "from" and a place that a given name may
/// be: "Transferred to Victoria on the acute team", "Sent to Lincoln on the ambulance
/// team".
const MOVING: &[&str] = &[
    "transferred",
    "moved",
    "referred",
    "sent",
    "admitted",
    "discharged",
    "taken",
    "handed",
    "transported",
    "returned",
];

/// Words after "team" that go on with the person's sentence: "on the night team, who…",
/// "on the discharge team was lovely". Not a noun ("team advice") nor a possessive
/// ("the surgical team's request"): the team is then what is meant.
const AFTER_A_TEAM: &[&str] = &["who", "was", "is", "were", "has", "had", "and", "for"];

/// What a person runs at a sentence's start: "X ran the ward".
const RUN_BY_A_PERSON: &[&str] = &["ward", "shift", "clinic", "bay", "unit", "desk"];

impl PersonSlots<'_, '_> {
    /// Token `i` is someone on a team (a word that may be a person, or a listed given
    /// name whatever else it is) or someone made or given something (a listed given name
    /// only). In a comment without capitals an English word is left ("we brought in a
    /// cub", "in" being a given name too).
    pub(super) fn on_a_team_or_given_something(&self, i: usize) -> bool {
        // The slots' words first: this is asked of every word, and most stand in neither.
        let team = self.on_a_team(i);
        if !team && !self.given_something(i) {
            return false;
        }
        let word = self.lower(i);
        if (self.caseless && self.facts[i].english)
            || possessive_after(self.text, self.tokens[i].end)
            || is_month_or_season(word)
        {
            return false;
        }
        let listed_given_name = self.given_name_singled_out(i)
            || (self.may_be_a_person(i) && (self.facts[i].first || self.facts[i].word_name));
        if team {
            listed_given_name || self.may_be_a_person(i)
        } else {
            listed_given_name && !NOT_RECIPIENTS.contains(&word)
        }
    }

    /// "to X on the night team", "X on the discharge team" opening a sentence.
    fn on_a_team(&self, i: usize) -> bool {
        if self.lower(i + 1) != "on" || self.lower(i + 2) != "the" {
            return false;
        }
        let before = i.wrapping_sub(1);
        let opens = self.tokens[i].sentence_start
            || (self.joined(i)
                && BEFORE_A_TEAM_MEMBER.contains(&self.lower(before))
                && !MOVING.contains(&self.lower(before.wrapping_sub(1))));
        let team_at = self.noun_within(i + 3, &["team"]);
        let team_closes = team_at.is_some_and(|team| {
            !possessive_after(self.text, self.tokens[team].end)
                && closes_or_goes_on_with(self.tokens, team, AFTER_A_TEAM)
        });
        opens && (i + 1..=i + 2).all(|k| self.joined(k)) && team_closes
    }

    /// "drew X a picture", "baked X some scones".
    fn given_something(&self, i: usize) -> bool {
        i > 0
            && matches!(self.lower(i + 1), "a" | "an" | "some")
            && self.joined(i)
            && self.joined(i + 1)
            && MADE_OR_GAVE.contains(&self.lower(i - 1))
            && !(self.joined(i + 2) && GIVEN_TO_NO_ONE.contains(&self.lower(i + 2)))
            && !(SENT_TO_PLACES.contains(&self.lower(i - 1)) && town_or_place(self.lower(i)))
    }

    /// "X ran the ward", "X runs the night shift" at a sentence's start.
    pub(super) fn running_the_ward(&self, i: usize) -> bool {
        self.tokens[i].sentence_start
            && matches!(self.lower(i + 1), "ran" | "runs")
            && self.lower(i + 2) == "the"
            && (i + 1..=i + 2).all(|k| self.joined(k))
            && self.noun_within(i + 3, RUN_BY_A_PERSON).is_some()
    }

    /// The first token from `from` on, with at most [`MOST_WORDS_BEFORE_TEAM`] words
    /// before it, all joined by spaces, that is one of `nouns`: "team" in "on the
    /// (early morning) team", "ward" in "ran the (busy night) ward".
    fn noun_within(&self, from: usize, nouns: &[&str]) -> Option<usize> {
        (from..=from + MOST_WORDS_BEFORE_TEAM)
            .take_while(|&k| self.joined(k))
            .find(|&k| nouns.contains(&self.lower(k)))
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
                "Transferred to Victoria on the acute team's advice.",
                "Sent to Lincoln on the ambulance team.",
                "From April to June on the respiratory team it was chaos.",
                "We went from June on the day team to July on the night team.",
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
                "The children sang Jesus a song at the carol service.",
                "Dad gave Hope a chance.",
                "I sent Lincoln a complaint.",
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
