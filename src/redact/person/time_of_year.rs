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
//!
//! A month is the month after its day's ordinal ("the 31st of May twenty twenty-two",
//! "the fourth of August"): no one is named after one; but a person's doing after it
//! keeps it a person ("On the 2nd of May rang me back": May rang).
//!
//! A season or month is also the time before an event held in it: "the ward 6 summer
//! raffle", "the Summer Fair", "the March meeting." No one is named before a raffle or
//! a fete; "meeting" may be a verb ("thanks to June meeting us at the door"), so it makes
//! the word the time only where its clause ends after it, and "fair" may praise ("to
//! April fair play to you"), so only after "the" and the like. A cue before the word,
//! even "to", keeps it a person ("well done to Summer raffle queen").

use super::cues::{cue_before, CueStrength};
use super::name_word_position::{person_verb_after, MONTHS};
use super::tokens::{joined_at, lower_at, Token};
// Every month, any of which may open an event's name ("the March meeting"): the list
// the export-date reader reads month names by.
use crate::ingest::dates::MONTHS as ALL_MONTHS;

/// Seasons that name lists hold as given names (the months are [`MONTHS`]).
const SEASONS: &[&str] = &["spring", "summer", "autumn", "winter"];

/// Words of time before a season or month: "since June", "last summer", "early autumn".
const TIME_WORDS: &[&str] = &[
    "since", "until", "till", "til", "before", "during", "last", "next", "this", "early", "late",
    "mid",
];

/// Events held in a season or month, right after it: "summer raffle", "the June fete".
const EVENTS: &[&str] = &[
    "raffle",
    "raffles",
    "fayre",
    "fete",
    "fête",
    "barbecue",
    "bbq",
    "disco",
    "tombola",
    "newsletter",
    "term",
    "holidays",
];

/// Words before a season or month that make "fair" after it the event, not a word of
/// praise ("the Summer Fair"; "to April fair play to you").
const BEFORE_A_FAIR: &[&str] = &["the", "our", "annual", "this", "last", "next"];

/// Whether the found name `first..=last` is a season or month after a word of time,
/// closing its clause, before an event held in it, or a month after its day (see the
/// module doc).
pub(crate) fn names_a_time_of_year(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    // The event may be found with its time ("the Summer Fair" found whole).
    let event_found_with_it = last == first + 1 && is_event(tokens, last);
    ((first == last || event_found_with_it) && before_an_event(tokens, first))
        || (first == last && month_after_its_day(tokens, first))
        || after_a_word_of_time(tokens, first, last)
}

/// Whether token `k` is an event's word ([`EVENTS`], "fair", "meeting").
fn is_event(tokens: &[Token<'_>], k: usize) -> bool {
    let word = lower_at(tokens, k);
    EVENTS.contains(&word) || matches!(word, "fair" | "meeting")
}

/// Ordinal words a day of the month is said with ("the fourth of August"); "twenty-first"
/// and the like end in one of them.
const ORDINAL_DAYS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
];

/// Whether token `i`, a month that is also a given name, follows its day: "the 31st of
/// May twenty twenty-two", "the 4th August", "the fourth of August". No one is named
/// after a day's ordinal.
fn month_after_its_day(tokens: &[Token<'_>], i: usize) -> bool {
    if !MONTHS.contains(&tokens[i].lower.as_str()) || !joined_at(tokens, i) || i == 0 {
        return false;
    }
    let day_at = if lower_at(tokens, i - 1) == "of" {
        if i < 2 || !joined_at(tokens, i - 1) {
            return false;
        }
        i - 2
    } else {
        i - 1
    };
    let day = lower_at(tokens, day_at);
    let in_digits = day.len() >= 3
        && day.as_bytes()[0].is_ascii_digit()
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|suffix| day.ends_with(suffix))
        && day[..day.len() - 2].bytes().all(|b| b.is_ascii_digit());
    let in_words = ORDINAL_DAYS.iter().any(|ordinal| {
        day == *ordinal
            || day
                .strip_suffix(ordinal)
                .is_some_and(|rest| rest.ends_with('-'))
    });
    // "On the 2nd of May rang me back": a person's doing after it.
    (in_digits || in_words) && !person_verb_after(tokens, i)
}

/// Whether `lower` is a month or a season ("june", "summer"): a time of year, which
/// stands where a person may ("From June on the night team").
pub(crate) fn is_month_or_season(lower: &str) -> bool {
    SEASONS.contains(&lower) || ALL_MONTHS.contains(&lower)
}

/// Whether token `i`, a season or month, comes right before an event held in it, with
/// no cue before it ("well done to Summer raffle queen" is a person): "summer raffle",
/// "March meeting.", "the Summer Fair".
fn before_an_event(tokens: &[Token<'_>], i: usize) -> bool {
    if !is_month_or_season(tokens[i].lower.as_str()) || !joined_at(tokens, i + 1) {
        return false;
    }
    let next = lower_at(tokens, i + 1);
    let fair = next == "fair" && i > 0 && BEFORE_A_FAIR.contains(&lower_at(tokens, i - 1));
    let event = EVENTS.contains(&next)
        || fair
        || (next == "meeting" && tokens.get(i + 2).is_none_or(|after| after.gap.is_break()));
    event && cue_before(tokens, i).is_none()
}

/// Whether the found name `first..=last` is a season or month after a word of time,
/// closing its clause.
fn after_a_word_of_time(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
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

    #[test]
    fn a_month_after_its_day_is_the_month() {
        assert!(time(
            "on the 31st of May twenty twenty-two and nobody came",
            "May"
        ));
        assert!(time(
            "It was the 4th of August nineteen ninety nine",
            "August"
        ));
        assert!(time("since the twenty-first of June twenty twenty", "June"));
        assert!(time("seen on the 3rd June then", "June"));
        // A day's number with no ordinal, a word that is no ordinal.
        assert!(!time("Ward 31 of May Hughes's team", "May"));
        assert!(!time("The best of June was her smile", "June"));
        assert!(!time("On the 2nd of May rang me back.", "May"));
        assert!(!time("Thanks to the ward of April Jones", "April"));
    }

    #[test]
    fn a_season_or_month_before_an_event_held_in_it_is_the_time() {
        assert!(time(
            "ward 6 summer raffle, the winners: first prize",
            "summer"
        ));
        assert!(time(
            "Patient Participation Group, March meeting. Item 4",
            "March"
        ));
        assert!(time("The Summer Fair raised a lot.", "Summer"));
        let tokens = tokenize("Our next Summer Fair is in June.");
        assert!(names_a_time_of_year(&tokens, 2, 3));
        // "meeting" as a verb, a title before the word, no event after it.
        assert!(!time("Thanks to June meeting us at the door.", "June"));
        assert!(!time("Thanks to Nurse Summer raffle winner", "Summer"));
        assert!(!time("Summer ran the ward.", "Summer"));
        assert!(!time("Well done to Summer raffle queen!", "Summer"));
        assert!(!time("Congratulations to April fair play to you.", "April"));
        assert!(!time(
            "We love Autumn concert prep with the kids.",
            "Autumn"
        ));
    }
}
