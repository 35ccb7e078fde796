//! A found name right after a verb of wearing, driving, eating, drinking, singing,
//! painting, planting, baking or collecting is what was worn, driven, eaten or sung: "Dad
//! wore his Stetson" is read by the owner rule, "he drove a Zafira" by the article rule,
//! and this reads the bare object: "sang Crimond with us", "Dad drank Bovril", "she
//! collects Moorcroft", "painted Blitzen on the drip stand". In thirty-five measuring
//! rounds and the dev set no gold name stood right after one of these verbs.
//!
//! Kept as people:
//! - a name something is done for, before a determiner ("baked Sarah a cake", "cooked
//!   Dad his tea");
//! - a name owning what follows ("painted Sarah's nails");
//! - a name a person's cue or verb follows ("drove Sarah who…").
//!
//! "Read" and "watch" are left out: a sign reads a name ("her lanyard read Sujatha
//! Ravi"), and one watches a person work ("watched Sarah put the line in").

use super::cues::cue_after;
use super::name_word_position::person_verb_after;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Token};

/// Verbs whose object is a thing, in their everyday forms.
const USING: &[&str] = &[
    "wore",
    "wearing",
    "wear",
    "wears",
    "drove",
    "driving",
    "drives",
    "ate",
    "eating",
    "eats",
    "drank",
    "drinking",
    "drinks",
    "sang",
    "singing",
    "sings",
    "hummed",
    "humming",
    "hums",
    "whistled",
    "whistling",
    "knitted",
    "knitting",
    "baked",
    "baking",
    "planted",
    "planting",
    "painted",
    "painting",
    "collects",
    "collected",
    "collecting",
    "smoked",
    "smoking",
    "sprayed",
    "spraying",
    "poured",
    "pouring",
    "recited",
    "reciting",
];

/// Words after a name that make it the one something is done for ("baked Sarah a cake").
const DETERMINERS_AFTER: &[&str] = &[
    "a", "an", "some", "the", "his", "her", "their", "my", "our", "your", "one", "two",
];

/// The found names `spans` (inclusive token ranges) less those a verb's thing object.
pub(crate) fn without_used_things(
    spans: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    spans
        .into_iter()
        .filter(|&(first, last)| !names_a_used_thing(text, tokens, first, last))
        .collect()
}

/// Whether the found name `first..=last` is the object of one of [`USING`] (see the
/// module docs).
fn names_a_used_thing(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if first == 0
        || tokens[first].gap != Gap::Space
        || !USING.contains(&tokens[first - 1].lower.as_str())
    {
        return false;
    }
    let done_for = tokens.get(last + 1).is_some_and(|next| {
        next.gap == Gap::Space && DETERMINERS_AFTER.contains(&next.lower.as_str())
    });
    let person_after = cue_after(tokens, last).is_some() || person_verb_after(tokens, last);
    !(done_for || person_after || possessive_after(text, tokens[last].end))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn used(text: &str, first: usize, last: usize) -> bool {
        names_a_used_thing(text, &tokenize(text), first, last)
    }

    #[test]
    fn the_object_of_a_verb_of_using_is_a_thing() {
        assert!(used("Alettin sang Crimond with us.", 2, 2));
        assert!(used("My aunt collects Moorcroft and told us all.", 3, 3));
        assert!(used("Dad drank Bovril every day.", 2, 2));
        assert!(used("he drove Zafiras for years", 2, 2));
    }

    #[test]
    fn people_done_for_or_owning_stay_people() {
        assert!(!used("She baked Sarah a cake.", 2, 2));
        assert!(!used("He painted Sarah's nails.", 2, 2));
        assert!(!used("Her lanyard read Sujatha Ravi.", 3, 4));
        assert!(!used("We watched Sarah put the line in.", 2, 2));
        assert!(!used("Thanks to Sarah.", 2, 2));
    }
}
