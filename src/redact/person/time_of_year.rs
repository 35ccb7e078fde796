//! A season or month that is also a given name, after a preposition of time: "I was
//! riding out again by spring", "back at work by June", "no news until April", "since
//! Summer". Spring, Summer, Autumn, Winter, April, May, June, July and August are given
//! names, and "by" or "until" is written before a person too ("looked after by June"),
//! so the words around decide.
//!
//! Read as the time: the word, alone in the found name, right after one of
//! [`TIME_PREPOSITIONS`], with no cue stronger than that preposition ("seen by June",
//! "thanks to Summer" keep the name), nothing after it that vouches for a person ("by
//! June, the nurse", "until April's shift") and, after "by", no verb of something done
//! to the writer before it ("I was helped by June", "was met by April"), nor "who" after
//! it ("looked after all weekend by April, who never…").

use super::cues::{cue_after, cue_before, CueStrength};
use super::name_word_position::spelt_as_a_past_verb;
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, Token};

/// Seasons and months that name lists hold as given names.
const SEASONS_AND_MONTHS: &[&str] = &[
    "spring", "summer", "autumn", "winter", "april", "may", "june", "july", "august",
];

/// Prepositions and words of time before a season or month: "by spring", "since June",
/// "last summer", "early autumn". Not "after" ("asked after June") nor "with" or "for".
const TIME_PREPOSITIONS: &[&str] = &[
    "by", "since", "until", "till", "til", "before", "during", "through", "last", "next", "this",
    "early", "late", "mid", "in",
];

/// Passive participles of care done by someone that end otherwise than in "-ed": "seen
/// by June", "met by April", "taken by May".
const DONE_BY: &[&str] = &[
    "seen", "met", "taken", "given", "shown", "told", "brought", "caught", "held", "taught",
    "kept", "led", "sent", "found", "done", "known",
];

/// Whether the found name `first..=last` is a season or month after a preposition of
/// time (see the module doc).
pub(crate) fn names_a_time_of_year(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> bool {
    if first != last || first == 0 || !joined_at(tokens, first) {
        return false;
    }
    let word = tokens[first].lower.as_str();
    let before = lower_at(tokens, first - 1);
    if !SEASONS_AND_MONTHS.contains(&word) || !TIME_PREPOSITIONS.contains(&before) {
        return false;
    }
    let done_by_someone = before == "by"
        && first >= 2
        && joined_at(tokens, first - 1)
        && (DONE_BY.contains(&lower_at(tokens, first - 2))
            || spelt_as_a_past_verb(lower_at(tokens, first - 2)));
    let who_after = tokens
        .get(last + 1)
        .is_some_and(|next| !next.gap.is_break() && next.lower.as_str() == "who");
    cue_before(tokens, first).is_none_or(|c| c <= CueStrength::Weak)
        && cue_after(tokens, last).is_none()
        && !who_after
        && !possessive_after(text, tokens[last].end)
        && !done_by_someone
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn time(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).expect("word");
        names_a_time_of_year(text, &tokens, i, i)
    }

    #[test]
    fn a_season_or_month_after_a_preposition_of_time_is_the_time() {
        assert!(time("i was riding out again by spring", "spring"));
        assert!(time("I was back at work by June.", "June"));
        assert!(time("No word until April, then a letter.", "April"));
        assert!(time("Waiting since Summer for a scan.", "Summer"));
        assert!(time("It got worse last winter", "winter"));
    }

    #[test]
    fn a_person_of_that_name_is_left() {
        // Something done to the writer by someone, a person's cue, a possessive.
        assert!(!time("I was helped by June on the ward.", "June"));
        assert!(!time("I was seen by April in A&E.", "April"));
        assert!(!time("We were met by May at the door.", "May"));
        assert!(!time("Looked after by Summer, the nurse.", "Summer"));
        assert!(!time("Cover was arranged by June's team.", "June"));
        assert!(!time(
            "Looked after all weekend by April, who was kind.",
            "April"
        ));
        // No preposition of time before it.
        assert!(!time("Thanks to June for everything.", "June"));
        assert!(!time("April was lovely.", "April"));
        assert!(!time("I asked after June.", "June"));
    }
}
