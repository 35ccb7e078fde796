//! A word that is both a given name and a word of faith or diet, before a noun of faith,
//! worship or food: "Christian music was played", "her Christian faith", "Halal food was
//! fine", "there was no Halal option". The faiths that are no names are not-names
//! ("Sikh patients", "Jewish staff"); "Christian" and "Halal" are names on the lists too
//! ("Christian was my nurse"), so they are read as words only before such a noun.
//!
//! Dropped: a found name of one word of [`FAITH_WORDS_THAT_ARE_NAMES`] with a noun of
//! [`FAITH_AND_FOOD_NOUNS`] right after it (spaces only between), no staff role after the
//! noun ("Christian music therapist was lovely" may be Christian, the music therapist),
//! and no title, role or personal cue before it ("Thanks Christian", "Nurse Christian
//! faith" keep the person).

use super::cues::{cue_before, ROLES};
use super::tokens::{Gap, Token};

/// Words of faith or diet that name lists also hold as given names, in small letters.
const FAITH_WORDS_THAT_ARE_NAMES: &[&str] = &["christian", "halal"];

/// Nouns of faith, worship and food that such a word stands before as an adjective, in
/// small letters.
const FAITH_AND_FOOD_NOUNS: &[&str] = &[
    "music",
    "faith",
    "values",
    "beliefs",
    "belief",
    "prayers",
    "prayer",
    "hymns",
    "songs",
    "church",
    "chaplain",
    "chaplaincy",
    "worship",
    "service",
    "services",
    "charity",
    "community",
    "radio",
    "food",
    "meal",
    "meals",
    "diet",
    "menu",
    "option",
    "options",
    "meat",
    "chicken",
    "dishes",
    "dish",
];

/// Whether the found name of one word at token `at` is a word of faith or diet used as
/// an adjective (see the module doc).
pub(crate) fn is_faith_adjective(tokens: &[Token<'_>], at: usize) -> bool {
    FAITH_WORDS_THAT_ARE_NAMES.contains(&tokens[at].lower.as_str())
        && tokens.get(at + 1).is_some_and(|next| {
            next.gap == Gap::Space && FAITH_AND_FOOD_NOUNS.contains(&next.lower.as_str())
        })
        && !tokens
            .get(at + 2)
            .is_some_and(|after| ROLES.contains(&after.lower.as_str()))
        && cue_before(tokens, at).is_none()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether `word`, found alone in `text`, is dropped as a word of faith or diet used as an adjective.
    fn dropped(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let at = tokens.iter().position(|t| t.text == word).expect("word");
        is_faith_adjective(&tokens, at)
    }

    #[test]
    fn faith_and_diet_words_before_their_nouns_are_dropped() {
        for (text, word) in [
            ("Christian music was played on the ward.", "Christian"),
            ("Her Christian faith helped her.", "Christian"),
            ("They respected our Christian values.", "Christian"),
            ("Halal food was fine.", "Halal"),
            ("There was no Halal option.", "Halal"),
        ] {
            assert!(dropped(text, word), "{text}");
        }
    }

    #[test]
    fn the_same_words_as_names_are_kept() {
        for (text, word) in [
            ("Christian was my nurse and he was kind", "Christian"),
            ("Thanks Christian music therapist", "Christian"),
            ("Christian music therapist was lovely", "Christian"),
            ("Nurse Christian faith", "Christian"),
            ("Christian, food was cold", "Christian"),
            ("Halal brought the meals", "Halal"),
        ] {
            assert!(!dropped(text, word), "{text}");
        }
    }
}
