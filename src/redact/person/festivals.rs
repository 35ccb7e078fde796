//! Festivals the tagger reads as names: "between Easter and Whitsun", "decorated for
//! Diwali and Hanukkah", "Eurovision night on the ward", "broken since Easter.".
//!
//! Two kinds of word, two levels of evidence. A festival no name list holds
//! ([`FESTIVALS`]: Whitsun, Hanukkah, Eurovision) is read as the festival wherever the
//! tagger alone finds it, as a listed not-a-name word is. "Easter", also a given name
//! and a surname, is read as the festival only in a festival's context: a time word
//! after it ("Easter weekend", "Easter Sunday"), a time preposition before it with the
//! clause ending after it ("since Easter.", "over Easter,"), or listed with a festival
//! no name list holds ("Easter and Whitsun"). A bare list of names ("Ramzan, Easter and
//! Joy"), "Easter was lovely" or a title or role before it ("Sister Easter") keep it.

use super::tagger::features::possessive_after;
use super::tokens::{Gap, Token};

/// Festivals and seasons named like people that no name list holds, in lower case.
const FESTIVALS: &[&str] = &[
    "whitsun",
    "whitsuntide",
    "hanukkah",
    "chanukah",
    "diwali",
    "hogmanay",
    "eurovision",
    "christmas",
    "xmas",
    "halloween",
    "vaisakhi",
    "navratri",
    "passover",
];

/// Festivals that are also names: read as festivals only in a festival's context.
const FESTIVALS_NAMED_LIKE_PEOPLE: &[&str] = &["easter"];

/// Time words after a festival ("Easter weekend", "Eurovision night").
const TIME_WORDS_AFTER: &[&str] = &[
    "weekend", "weekends", "sunday", "monday", "saturday", "friday", "holiday", "holidays",
    "break", "eve", "night", "week", "period", "egg", "eggs",
];

/// Time prepositions before a festival ("since Easter", "over Easter").
const TIME_PREPOSITIONS: &[&str] = &[
    "since", "until", "till", "over", "during", "before", "after", "between", "at",
];

/// Words that make a festival a day ("Christmas Eve", "Christmas Day", "Easter Day").
const FESTIVAL_DAYS: &[&str] = &["eve", "day"];

/// Whether the found name `first..=last` is a festival's day: a festival and its day
/// word ("on Christmas Eve", "Easter Day"), or the day word alone right after a
/// festival or "New Year's" ("Christmas Eve", "New Year's Eve" where only "Eve", a given
/// name, was found).
pub(crate) fn names_a_festival_day(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> bool {
    let festival = |k: usize| {
        let lower = tokens[k].lower.as_str();
        is_unnamed_festival(lower) || is_festival_named_like_people(lower)
    };
    let day = |k: usize| FESTIVAL_DAYS.contains(&tokens[k].lower.as_str());
    let spaced = |k: usize| tokens[k].gap == Gap::Space;
    // "New Year's Eve", "New Years Eve": the year's possessive is left outside its token;
    // "Happy New Year Eve!" greets someone.
    let new_year = |k: usize| {
        k > 0
            && match tokens[k].lower.as_str() {
                "year" => possessive_after(text, tokens[k].end),
                "years" => true,
                _ => false,
            }
            && spaced(k)
            && tokens[k - 1].lower.as_str() == "new"
    };
    match last - first {
        0 => {
            day(first) && first > 0 && spaced(first) && (festival(first - 1) || new_year(first - 1))
        }
        1 => festival(first) && day(last) && spaced(last),
        _ => false,
    }
}

/// Whether `lower` is a festival no name list holds ([`FESTIVALS`]).
pub(crate) fn is_unnamed_festival(lower: &str) -> bool {
    FESTIVALS.contains(&lower)
}

/// Whether `lower` is a festival that is also a name ("easter").
pub(crate) fn is_festival_named_like_people(lower: &str) -> bool {
    FESTIVALS_NAMED_LIKE_PEOPLE.contains(&lower)
}

/// Whether `lower` is a time word that follows a festival ("weekend", "sunday").
pub(crate) fn is_time_word_after(lower: &str) -> bool {
    TIME_WORDS_AFTER.contains(&lower)
}

/// Whether `lower` is a time preposition before a festival ("since", "over").
pub(crate) fn is_time_preposition(lower: &str) -> bool {
    TIME_PREPOSITIONS.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn festival_day(text: &str, first: usize, last: usize) -> bool {
        names_a_festival_day(text, &tokenize(text), first, last)
    }

    #[test]
    fn a_festival_and_its_day_are_no_name() {
        assert!(festival_day("She sat with Gran on Christmas Eve.", 5, 6));
        assert!(festival_day("She sat with Gran on Christmas Eve.", 6, 6));
        assert!(festival_day("Open on Easter Day too", 2, 3));
        assert!(festival_day("their care on New Year's Eve.", 5, 5));
        assert!(festival_day("on new year's eve we came in", 3, 3));
        // A year that is not the new one, and Eve after "new" alone.
        assert!(!festival_day("Thanks to the Year 6 teacher, Eve.", 6, 6));
        assert!(!festival_day("Say hello to new Eve on nights.", 4, 4));
        assert!(festival_day("on New Years Eve the ward was packed", 3, 3));
        assert!(!festival_day(
            "Happy New Year Eve! thanks for everything",
            3,
            3
        ));
        // Eve the nurse, and a festival before another word.
        assert!(!festival_day("Thanks to Eve on nights.", 2, 2));
        assert!(!festival_day("Christmas Jones was kind.", 0, 1));
    }

    #[test]
    fn festivals_and_their_time_words_are_listed() {
        assert!(is_unnamed_festival("whitsun"));
        assert!(is_unnamed_festival("hanukkah"));
        assert!(is_festival_named_like_people("easter"));
        assert!(is_time_word_after("weekend"));
        assert!(is_time_preposition("since"));
    }

    #[test]
    fn names_and_festivals_that_are_names_are_not_unnamed_festivals() {
        for word in [
            "easter",
            "ramzan",
            "ramadan",
            "eid",
            "noel",
            "valentine",
            "eve",
        ] {
            assert!(!is_unnamed_festival(word), "{word}");
        }
        // "Okonkwo day unit": no festival's time word is a unit's word.
        assert!(!is_time_word_after("day"));
        assert!(!is_time_word_after("unit"));
        // "a card for Easter", "thanks to Easter": not time prepositions.
        assert!(!is_time_preposition("for"));
        assert!(!is_time_preposition("to"));
    }
}
