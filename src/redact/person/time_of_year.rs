//! A season or month that is also a given name, after a preposition of time: "I was
//! riding out again by spring", "back at work by June", "no news until April", "since
//! Summer". Spring, Summer, Autumn, Winter, April, May, June, July and August are given
//! names, and "by" or "until" is written before a person too ("looked after by June"),
//! so the words around decide.
//!
//! Read as the time: the word, alone in the found name, right after one of
//! [`TIME_PREPOSITIONS`], with no cue stronger than that preposition ("seen by June",
//! "thanks to Summer" keep the name), nothing after it that vouches for a person ("by
//! June, the nurse", "until April's shift"), no verb after it ("until Autumn took over",
//! "This April is a credit") nor "who" ("looked after all weekend by April, who
//! never…") and, after "by", no verb of something done to the writer or noun of care in
//! the few words before it ("I was helped by June", "shown round by April", "given my
//! meds by April", "the care by May").

use super::cues::{cue_after, cue_before, CueStrength};
use super::name_word_position::{person_verb_after, spelt_as_a_past_verb};
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
    let done_by_someone = before == "by" && done_before_by(tokens, first - 1);
    let who_after = tokens
        .get(last + 1)
        .is_some_and(|next| !next.gap.is_break() && next.lower.as_str() == "who");
    let verb_after = person_verb_after(tokens, last)
        || (joined_at(tokens, last + 1)
            && VERBS_AFTER_A_PERSON.contains(&lower_at(tokens, last + 1)));
    cue_before(tokens, first).is_none_or(|c| c <= CueStrength::Weak)
        && cue_after(tokens, last).is_none()
        && !who_after
        && !verb_after
        && !possessive_after(text, tokens[last].end)
        && !done_by_someone
}

/// Whether, within [`LOOK_BACK`] words before "by" (token `by`) in the same clause, a
/// verb of something done to the writer or a noun of care stands: "shown round by",
/// "looked after brilliantly by", "given my meds by", "the care by".
fn done_before_by(tokens: &[Token<'_>], by: usize) -> bool {
    let mut k = by;
    for _ in 0..LOOK_BACK {
        if k == 0 || !joined_at(tokens, k) {
            return false;
        }
        k -= 1;
        let word = lower_at(tokens, k);
        if DONE_BY.contains(&word) || CARE_NOUNS.contains(&word) || spelt_as_a_past_verb(word) {
            return true;
        }
    }
    false
}

/// How many words before "by" are read for something done ("given my meds by").
const LOOK_BACK: usize = 4;

/// Nouns of care given by someone: "the care by May", "support by June".
const CARE_NOUNS: &[&str] = &["care", "help", "support", "treatment", "kindness", "visit"];

/// Verbs after a season's or month's word that make it a person who did something:
/// "until Autumn took over", "before April came", "This April is a credit".
const VERBS_AFTER_A_PERSON: &[&str] = &[
    "came", "come", "comes", "arrived", "took", "takes", "started", "joined", "noticed", "spotted",
    "helped", "sorted", "stepped", "walked", "is", "was", "has", "had", "said", "told", "asked",
    "gave", "showed", "saw", "found", "made", "got", "listened", "stayed",
];

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
