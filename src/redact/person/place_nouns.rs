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

use std::collections::HashSet;
use std::sync::OnceLock;

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
