//! A season or month that is also a given name, closing its clause after a word of
//! time: "no news until April.", "waiting since Summer.", "it got worse last winter".
//! Spring, Summer, Autumn, Winter, April, May, June, July and August are given names,
//! and a person stands after the same words as often ("until June clocked off",
//! "before April went off shift", "Last Spring, our favourite HCA"), so the clause
//! must end right after the word, with a full stop, a line break or the comment's end.
//!
//! Not after "by" ("great phlebotomy by April", "looked after by June": the person who
//! did it is written so as often as the time is), "in" ("faith in June") or "through"
//! ("referred through Autumn"); and never with a cue stronger than the word of time
//! before it.

use super::cues::{cue_before, CueStrength};
use super::name_word_position::MONTHS;
use super::tokens::{joined_at, lower_at, Token};

/// Seasons that name lists hold as given names (the months are [`MONTHS`]).
const SEASONS: &[&str] = &["spring", "summer", "autumn", "winter"];

/// Words of time before a season or month: "since June", "last summer", "early autumn".
const TIME_WORDS: &[&str] = &[
    "since", "until", "till", "til", "before", "during", "last", "next", "this", "early", "late",
    "mid",
];

/// Whether the found name `first..=last` is a season or month after a word of time,
/// closing its clause (see the module doc).
pub(crate) fn names_a_time_of_year(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    first == last
        && first > 0
        && joined_at(tokens, first)
        && {
            let word = tokens[first].lower.as_str();
            SEASONS.contains(&word) || MONTHS.contains(&word)
        }
        && TIME_WORDS.contains(&lower_at(tokens, first - 1))
        && tokens.get(last + 1).is_none_or(|next| next.gap.is_break())
        && cue_before(tokens, first).is_none_or(|c| c <= CueStrength::Weak)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn time(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).expect("word");
        names_a_time_of_year(&tokens, i, i)
    }

    #[test]
    fn a_season_or_month_closing_its_clause_after_a_word_of_time_is_the_time() {
        assert!(time("No word until April. Then a letter.", "April"));
        assert!(time("I have been waiting since Summer.", "Summer"));
        assert!(time("It got worse last winter", "winter"));
        assert!(time("booked for early June\nthen cancelled", "June"));
    }

    #[test]
    fn a_person_of_that_name_is_left() {
        // After "by", "in" or "through"; the clause going on; a comma.
        assert!(!time("Waiting since Summer for nothing.", "Summer"));
        assert!(!time("i was riding out again by spring", "spring"));
        assert!(!time("Great phlebotomy by April.", "April"));
        assert!(!time("I put my faith in June.", "June"));
        assert!(!time("We felt ignored until Autumn took over.", "Autumn"));
        assert!(!time("until Winter, the ward manager, came", "Winter"));
        assert!(!time("This April is a credit to the NHS.", "April"));
        assert!(!time("Last Spring, our favourite HCA, left.", "Spring"));
        // No word of time before it.
        assert!(!time("Thanks to June.", "June"));
    }
}
