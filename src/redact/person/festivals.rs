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
    use super::*;

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
