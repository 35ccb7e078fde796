//! Long-distance paths named like streets: "The Explorer Scouts are walking the John Muir
//! Way", "walking Glyndŵr's Way in stages", "Hiking St Cuthbert's Way helped". A path's
//! name ends in "Way", so the bare street rule reads it as a street; where the words
//! right before it walk it, it is the path: a walking verb and "the", or, before a path
//! named in the possessive, the verb alone. The same name after a preposition of place
//! or walked without the article is a street ("walked up Dales Way to find us", "fell
//! walking Pennine Way to the chemist"), and the caller keeps a street wherever the
//! sentence speaks of where someone lives.

use std::sync::OnceLock;

use super::lexicon::{entries, LONG_DISTANCE_PATHS};

/// Verbs of walking a path: before "the" right before it ("walking the Pennine Way"),
/// or right before a path named in the possessive ("walking Glyndŵr's Way").
const WALKING: &[&str] = &[
    "walk", "walks", "walked", "walking", "hike", "hiked", "hiking", "trek", "trekked", "trekking",
    "ramble", "rambled", "rambling",
];

/// The paths of `lexicons/pii/long_distance_paths.txt`, in lower case with straight
/// apostrophes.
fn paths() -> &'static [String] {
    static PATHS: OnceLock<Vec<String>> = OnceLock::new();
    PATHS.get_or_init(|| {
        entries(LONG_DISTANCE_PATHS)
            .into_iter()
            .map(|path| path.replace('\u{2019}', "'"))
            .collect()
    })
}

/// Whether `street` (the words the street rule found) is a listed path walked: a
/// walking verb before "the" right before it; or, for a path named in the possessive
/// ("St Cuthbert's Way", "Glyndŵr's Way"), which no street is called, a walking verb
/// right before it or opening it ("Walking St Cuthbert's Way"). A resident walks a
/// street named "Pennine Way" without the article ("walking Pennine Way to the
/// chemist"). `before` holds the words before the street in its sentence, in lower
/// case, nearest first.
pub(crate) fn walked_path(street: &str, before: &[String]) -> bool {
    let name = street.trim().replace('\u{2019}', "'").to_lowercase();
    let (opened_by_walking, name) = match name.split_once(' ') {
        Some((first, rest)) if WALKING.contains(&first) => (true, rest.to_string()),
        _ => (false, name),
    };
    let word = |k: usize| before.get(k).map_or("", String::as_str);
    let possessive = name.contains("'s ") || name.contains("s' ");
    let walked = (word(0) == "the" && WALKING.contains(&word(1)))
        || (possessive && (opened_by_walking || WALKING.contains(&word(0))));
    walked && paths().contains(&name)
}

#[cfg(test)]
mod tests {
    use super::walked_path;

    /// The words before the street, nearest first, as the caller gives them.
    fn before(words: &str) -> Vec<String> {
        words.split(' ').rev().map(str::to_lowercase).collect()
    }

    #[test]
    fn a_path_walked_is_no_street() {
        assert!(walked_path(
            "John Muir Way",
            &before("The Scouts are walking the")
        ));
        assert!(walked_path(
            "Glyndŵr’s Way",
            &before("Rehab set me the target of walking")
        ));
        assert!(walked_path("Walking St Cuthbert's Way", &[]));
        assert!(walked_path("Pennine Way", &before("I hiked the")));
    }

    #[test]
    fn a_street_of_a_paths_name_or_another_street_stays() {
        // A preposition of place between the walking and the street.
        assert!(!walked_path(
            "Dales Way",
            &before("The paramedics walked up")
        ));
        assert!(!walked_path(
            "Pennine Way",
            &before("My dad fell walking on")
        ));
        assert!(!walked_path(
            "Pennine Way",
            &before("The walk-in centre is on")
        ));
        // No walking at all.
        assert!(!walked_path(
            "Pennine Way",
            &before("The ambulance went to")
        ));
        // Not a listed path.
        assert!(!walked_path("Otley Way", &before("I was walking")));
        assert!(!walked_path("Fosse Way", &before("walking the")));
    }
}
