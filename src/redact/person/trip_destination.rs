//! A found name that is where a trip went: "Mum's first trip out after her hip was to
//! Barton Arcade", "our day trip to Minsmere", "the ward's outing was to Danebury".
//! People are visited, not travelled to on an outing; a place no list holds is
//! capitalised and spelt like a name, so the trip is the evidence.
//!
//! Taken: a found run right after "to", in a sentence where a word of a trip
//! ([`TRIPS`]) stands earlier, at most [`TRIP_REACH`] words before "to", with no
//! break between ("a day out" counts as a trip), and "to" right after the trip or a word
//! that goes on its phrase ([`TRIP_LINKS`]: "out", "was"), never after one that
//! credits or sends a person ("due to", "down to", "allocated to"). Not when the run owns what follows ("our
//! trip to Okafor's farm"), a cue of a person stronger than "to" stands right before it ("trip to Dr
//! Okafor"), a person's verb or role follows it, or a word that aims "to" at a person stands between
//! ("a trip to see Nan", "on the trip I talked to", [`TOWARDS_A_PERSON`]).

use super::cues::{cue_after, cue_before, CueStrength, PostCue};
use super::name_word_position::person_verb_after;
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, Token};

/// Words of a trip, whose "to" names a place: "trip", "outing", "excursion".
/// Not "visit" or "walk": one visits a person and walks to a person.
const TRIPS: &[&str] = &[
    "trip",
    "trips",
    "outing",
    "outings",
    "excursion",
    "excursions",
    "journey",
    "pilgrimage",
    "holiday",
    "holidays",
];

/// Words right before "to" that go on a trip's phrase: "a trip out to", "the outing was
/// to". Not "back" or "over" ("after our day trip we came back to Yetunde", "handed
/// over to Marek").
const TRIP_LINKS: &[&str] = &["out", "was", "is", "were", "be"];

/// Most words between the word of a trip and "to": "trip out after her hip was to".
const TRIP_REACH: usize = 7;

/// Words between the trip and "to" that aim "to" at a person ("a trip to see Nan";
/// "on the trip I talked to", "gave my ticket to"): seeing, speaking, giving, being near.
const TOWARDS_A_PERSON: &[&str] = &[
    "see",
    "visit",
    "meet",
    "stay",
    "talk",
    "talked",
    "talking",
    "speak",
    "spoke",
    "speaking",
    "said",
    "say",
    "chat",
    "chatted",
    "wrote",
    "write",
    "sent",
    "send",
    "gave",
    "give",
    "given",
    "handed",
    "passed",
    "lent",
    "explained",
    "complained",
    "introduced",
    "listened",
    "mentioned",
    "reported",
    "referred",
    "married",
    "engaged",
    "close",
    "next",
    "belonged",
    "waved",
    "apologised",
    "apologized",
    "thanks",
    "thank",
    "grateful",
    "kind",
    "rude",
    "nice",
    "lovely",
];

/// Whether the found run `first..=last` is where a trip went (see the module doc).
pub(crate) fn names_a_trips_destination(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> bool {
    if first < 2 || !joined_at(tokens, first) || lower_at(tokens, first - 1) != "to" {
        return false;
    }
    if possessive_after(text, tokens[last].end)
        || cue_before(tokens, first).is_some_and(|cue| cue > CueStrength::Weak)
        || cue_after(tokens, last) == Some(PostCue::Role)
        || person_verb_after(tokens, last)
    {
        return false;
    }
    let to = first - 1;
    // "to" ends the trip's own phrase: right after the trip, after "out" or "back", or
    // after a copula ("the outing was to"); not "due to", "down to", "thanks to", "went
    // to", "allocated to", which credit or send a person.
    let before_to = lower_at(tokens, to - 1);
    let day_out_or_trip = |k: usize| {
        let word = lower_at(tokens, k);
        TRIPS.contains(&word)
            || (word == "out" && k > 0 && matches!(lower_at(tokens, k - 1), "day" | "night"))
    };
    if !(day_out_or_trip(to - 1) || TRIP_LINKS.contains(&before_to)) {
        return false;
    }
    let mut k = to;
    while k > 0 && to - k < TRIP_REACH && joined_at(tokens, k) {
        k -= 1;
        let word = lower_at(tokens, k);
        if TOWARDS_A_PERSON.contains(&word) {
            return false;
        }
        if day_out_or_trip(k) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the run of the words `from` to `to` of `text` is a trip's destination.
    fn destination(text: &str, from: &str, to: &str) -> bool {
        let tokens = tokenize(text);
        let first = tokens.iter().position(|t| t.text == from).expect("from");
        let last = tokens.iter().position(|t| t.text == to).expect("to");
        names_a_trips_destination(text, &tokens, first, last)
    }

    #[test]
    fn where_a_trip_went_is_a_place() {
        assert!(destination(
            "Mum's first trip out after her hip was to Barton Arcade, and she loved it.",
            "Barton",
            "Arcade"
        ));
        assert!(destination(
            "Our day trip to Minsmere was lovely.",
            "Minsmere",
            "Minsmere"
        ));
        assert!(destination(
            "Her last day out before the operation was to Minsmere.",
            "Minsmere",
            "Minsmere"
        ));
        assert!(destination(
            "The ward's outing was to Danebury in June.",
            "Danebury",
            "Danebury"
        ));
    }

    #[test]
    fn people_after_to_stay_people() {
        // No trip.
        assert!(!destination(
            "I gave the card to Okafor today.",
            "Okafor",
            "Okafor"
        ));
        // A trip to see someone.
        assert!(!destination(
            "A trip to see Okafor was arranged.",
            "Okafor",
            "Okafor"
        ));
        // The run owns a place.
        assert!(!destination(
            "Our trip to Okafor's farm was fun.",
            "Okafor",
            "Okafor"
        ));
        // A person's verb follows.
        assert!(!destination(
            "The trip was to Okafor said the driver.",
            "Okafor",
            "Okafor"
        ));
        // "to" crediting or sending a person.
        assert!(!destination(
            "The journey home was only possible due to Przemek sorting it.",
            "Przemek",
            "Przemek"
        ));
        assert!(!destination(
            "My maternity journey was amazing and that is down to Ngozi.",
            "Ngozi",
            "Ngozi"
        ));
        assert!(!destination(
            "On the trip home we were allocated to Harpreet.",
            "Harpreet",
            "Harpreet"
        ));
        assert!(!destination(
            "After our day trip we came back to Yetunde who had sorted it.",
            "Yetunde",
            "Yetunde"
        ));
        // "to" aimed at a person.
        assert!(!destination(
            "On the trip I talked to Okafor about it.",
            "Okafor",
            "Okafor"
        ));
        // A title before.
        assert!(!destination(
            "Our trip to Dr Okafor was long.",
            "Okafor",
            "Okafor"
        ));
        // Too far: a break between.
        assert!(!destination(
            "It was a trip. I spoke to Okafor.",
            "Okafor",
            "Okafor"
        ));
    }
}
