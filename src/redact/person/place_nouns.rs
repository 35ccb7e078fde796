//! Everyday nouns for a built or natural place ("museum", "arboretum", "observatory",
//! "crematorium", "loch", "meadow"): capitalised at the end of a run, they end a place's
//! name ("Kelvingrove Art Museum", "Thorp Perrow Arboretum", "Jodrell Bank Observatory"),
//! never a person's.
//!
//! The list is read from WordNet, not written for a comment: `lexicons/names/place_nouns.txt`
//! (made by `lexicons/names/extract_wordnet_thing_nouns.py --places`) holds the everyday
//! words on no name list whose first sense is a building, a facility, a place of worship,
//! water, land or a tract. Two words whose first sense in WordNet is something else (an
//! audience, a room) are added here: "gallery" and "library", with their plurals.
//!
//! A name list misses some surnames among these words ("Paul Chapel", "Jack Ridge",
//! "Aliyu Dune"), so the noun ends a place only where no person can be meant
//! ([`ends_a_place`]): two capitalised words or more before it, the first no listed
//! given name, or one that is a town or is on no name list after a trip's "to", and no
//! cue of a person before them.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::cues::{cue_before, CueStrength};
use super::lexicon::WordFacts;
use super::tokens::{Gap, Shape, Token};
use super::vetoes::town_or_place;

/// The WordNet list of nouns for places (see the module docs).
const PLACE_NOUNS: &str = include_str!("../../../lexicons/names/place_nouns.txt");

/// Nouns for places whose first WordNet sense is not one ("the gallery applauded", "we
/// sat in the library"), yet which end a place's name as surely ("Laing Art Gallery").
const PLACES_BY_A_LATER_SENSE: &[&str] = &["gallery", "galleries", "library", "libraries"];

/// The list, read once.
fn place_nouns() -> &'static HashSet<&'static str> {
    static NOUNS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        PLACE_NOUNS
            .lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .chain(PLACES_BY_A_LATER_SENSE.iter().copied())
            .collect()
    })
}

/// Whether `word` (in small letters) is a noun for a built or natural place, which ends
/// a place's name when capitalised at the end of a run.
pub(crate) fn is_place_noun(word: &str) -> bool {
    place_nouns().contains(word)
}

/// Whether the capitalised place noun at token `noun` ends a place's name that the
/// capitalised run from token `first` opens: "Thorp Perrow Arboretum", "Kelvingrove Art
/// Gallery", and "the Laing Art Gallery" from "Art" (a capitalised word that is no
/// everyday word unless a name list holds it, and no cue, mid-sentence right before the
/// run, opens the place; not "Especially" in "Thank You To Everyone And Especially Zoe
/// Orchard"). Two
/// words or more stand before the noun, the first on no given-name list unless it stood
/// before the run ("the Walker Art Gallery"), or one word on no name list that is a town
/// or stands after a trip's "to" ("trip to Happisburgh Lighthouse"), and no cue of a
/// person ("thanks to", a title, a role) before them: "Paul Chapel", "Thank You Emma
/// Cottage", "Thanks to Aliyu Dune", "Linda Baker Reception Team Hospital" are people.
pub(crate) fn ends_a_place(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    noun: usize,
) -> bool {
    let Some(token) = tokens.get(noun) else {
        return false;
    };
    if noun <= first
        || token.shape != Shape::Capitalised
        || !is_place_noun(token.lower.as_str())
        || tokens[first].shape != Shape::Capitalised
        || !(first + 1..=noun)
            .all(|k| tokens[k].gap == Gap::Space && tokens[k].shape == Shape::Capitalised)
    {
        return false;
    }
    let opens_before = first > 0
        && tokens[first].gap == Gap::Space
        && tokens[first - 1].shape == Shape::Capitalised
        && !tokens[first - 1].sentence_start
        && !facts[first - 1].common
        && (!facts[first - 1].english || facts[first - 1].any_name())
        && cue_before(tokens, first).is_none();
    let opener = if opens_before { first - 1 } else { first };
    if cue_before(tokens, opener).is_some_and(|cue| cue >= CueStrength::Personal) {
        return false;
    }
    // One word before the noun: a town or place of Great Britain, or a word on no name
    // list after a trip's "to" ("a coach trip to Happisburgh Lighthouse"; not "gave the
    // card to Aliyu Dune").
    if noun - opener == 1 {
        let word = facts[opener];
        return !word.first
            && !word.surname
            && (town_or_place(tokens[opener].lower.as_str())
                || (!word.any_name() && after_a_trips_to(tokens, opener)));
    }
    // A listed given name may open it only from before the run ("the Walker Art
    // Gallery"): a person's name is not written after another capitalised word.
    !facts[opener].first || opens_before
}

/// Place nouns that staff work in and are named before ("the Mr Okafor theatre list",
/// "the chaplain Tom chapel service", "the physio hannah gym sessions"): never read by
/// [`place_with_a_small_noun`]; after a title or a role and a name, the name's own
/// workplace, not a make (`named_before_its_kind`) or a place called after the name
/// (`rule_scan`: "the nurse tendai hospital discharge letter").
pub(crate) const WORKPLACES: &[&str] = &[
    "theatre",
    "theatres",
    "chapel",
    "chapels",
    "gym",
    "gyms",
    "site",
    "premises",
    "morgue",
    "hospital",
    "hospitals",
    "facility",
    "facilities",
    "mosque",
    "synagogue",
    "temple",
    "gurdwara",
    "office",
];

/// Whether a word of a name before a workplace ([`WORKPLACES`]) may be a person's: no
/// everyday word ("Mr Tumble theatre show", "Dr Martens office"), and a listed name
/// when capitalised ("the GP Fairfield office", "the physio Nuffield gym" are places; a
/// listed name that is a proper noun too stays: "Patel"); in small letters, no proper
/// noun either ("the nurse tendai hospital").
pub(crate) fn may_own_a_workplace(token: &Token<'_>, facts: &WordFacts) -> bool {
    !facts.english && (facts.any_name() || (token.shape == Shape::Lower && !facts.proper))
}

/// Whether the found run `first..=last` names a place written with its noun in small
/// letters after "the": "in the john rylands library", "the Laing Walker gallery". Either
/// the run holds two words or more right after "the", or one listed given name the run
/// left out stands between "the" and the run ("the john [rylands] library"): a role,
/// title or word of praise there names a person ("the midwife amy theatre", "the lovely
/// lindiwe hospital"). Not before a place staff work in ([`WORKPLACES`]).
pub(crate) fn place_with_a_small_noun(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    let noun_after = tokens.get(last + 1).is_some_and(|noun| {
        let word = noun.lower.as_str();
        noun.gap == Gap::Space
            && noun.shape == Shape::Lower
            && is_place_noun(word)
            && !WORKPLACES.contains(&word)
    });
    let the_at = |k: usize| tokens[k].lower.as_str() == "the" && tokens[k + 1].gap == Gap::Space;
    let given_name_between = |k: usize| {
        tokens[k].shape == tokens[first].shape
            && facts[k].first
            && !facts[k].common
            && cue_before(tokens, k).is_none()
    };
    noun_after
        && first > 0
        && ((last > first && the_at(first - 1))
            || (first > 1 && the_at(first - 2) && given_name_between(first - 1)))
}

/// Words of a trip before "to" and a place ("a trip to", "our visit to").
const TRIPS: &[&str] = &[
    "trip",
    "trips",
    "visit",
    "visits",
    "journey",
    "outing",
    "outings",
    "holiday",
    "excursion",
    "drive",
    "walk",
    "pilgrimage",
];

/// Whether "to" after a word of a trip stands right before token `i` ("a coach trip to
/// Happisburgh Lighthouse"): a person is written to, given to, spoken to, and other
/// prepositions of place stand before people too ("lives near Ikechukwu Pasture").
fn after_a_trips_to(tokens: &[Token<'_>], i: usize) -> bool {
    i >= 2
        && tokens[i].gap == Gap::Space
        && tokens[i - 1].gap == Gap::Space
        && tokens[i - 1].lower.as_str() == "to"
        && TRIPS.contains(&tokens[i - 2].lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buildings_and_land_are_places() {
        for word in [
            "museum",
            "arboretum",
            "observatory",
            "crematorium",
            "gallery",
            "library",
            "planetarium",
            "zoo",
            "meadow",
            "glacier",
        ] {
            assert!(is_place_noun(word), "{word}");
        }
    }

    /// Whether the run of the words `from` to `to` of `text` is a place with a small noun.
    fn small_noun_place(text: &str, from: &str, to: &str) -> bool {
        let (tokens, first, last) = crate::redact::person::tokens::tokens_and_span(text, from, to);
        let facts = crate::redact::person::lexicon::NameLexicon::new().facts_of(&tokens);
        place_with_a_small_noun(&tokens, &facts, first, last)
    }

    #[test]
    fn a_run_between_the_and_a_small_place_noun_is_a_place() {
        assert!(small_noun_place(
            "she revises in the john rylands library",
            "rylands",
            "rylands"
        ));
        assert!(small_noun_place(
            "we sat in the Laing Walker gallery all day",
            "Laing",
            "Walker"
        ));
        // No "the", or no place noun after.
        assert!(!small_noun_place(
            "i met john rylands library staff",
            "rylands",
            "rylands"
        ));
        assert!(!small_noun_place(
            "thanks to the nurse sarah jones today",
            "sarah",
            "jones"
        ));
        // "the" with a word of another shape between.
        assert!(!small_noun_place("the 4 Sarah library", "Sarah", "Sarah"));
        // A role, title or praise between, one word alone, or a place staff work in.
        assert!(!small_noun_place(
            "thanks to the midwife amy library was quiet",
            "amy",
            "amy"
        ));
        assert!(!small_noun_place(
            "the lovely lindiwe library",
            "lindiwe",
            "lindiwe"
        ));
        assert!(!small_noun_place("the amy library team", "amy", "amy"));
        assert!(!small_noun_place(
            "I was on the Amir Khan theatre list",
            "Amir",
            "Khan"
        ));
    }

    #[test]
    fn names_and_other_words_are_not() {
        // Surnames and given names that are places too stay off the list (Castle, Hall,
        // Wood, Abbey), as do words of other kinds.
        for word in [
            "castle", "hall", "wood", "abbey", "nurse", "kettle", "sarah", "bikini",
        ] {
            assert!(!is_place_noun(word), "{word}");
        }
    }
}
