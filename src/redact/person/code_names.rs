//! Names given to things, not people, that the tagger reads as given names:
//! - a letter of the phonetic alphabet naming a block, zone or bay: "the clinic is in
//!   block Mike", "park in zone Yankee", "bay Foxtrot". A person is not placed after
//!   such a word with no title;
//! - an operation's or exercise's code name: "shut by Operation Brock", "ran the ward
//!   through Exercise Cygnus". "Operation" or "Exercise" written with a capital in a
//!   comment that uses capitals names the plan; in one without capitals ("exercise
//!   cygnus") only after a word that places an event ("through", "during", "under"),
//!   since "after my operation sarah came" is a patient's own;
//! - a virus variant's nickname: no name list holds [`VARIANTS`] ("because of Kraken",
//!   "the booster was for Pirola"), and any found word right before "variant",
//!   "subvariant" or "strain" ("the Eris variant") is the variant;
//! - a place of fiction no name list holds ([`FICTIONAL_PLACES`]: "murals of Neverland",
//!   "a chapter about Narnia").
//!
//! A name found over more than one word ("block Mike Halliwell") is left: the letter
//! stands alone.

use super::tokens::{joined_at, lower_at, Shape, Token};

/// Words that a letter of the phonetic alphabet names the part of: "block Mike", "zone
/// Yankee", "bay Foxtrot".
/// Not words a person may follow as an object or an address ("park Mike's car", "thanks
/// a lot Mike", "helped lift Mike").
const LETTERED_PLACES: &[&str] = &[
    "block", "zone", "bay", "wing", "area", "pod", "section", "sector", "gate", "corridor",
    "entrance", "hut",
];

/// The NATO phonetic alphabet, in small letters.
const PHONETIC_ALPHABET: &[&str] = &[
    "alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
    "juliet", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
    "sierra", "tango", "uniform", "victor", "whiskey", "whisky", "x-ray", "xray", "yankee", "zulu",
];

/// Words that a code name follows: "Operation Brock", "Exercise Cygnus".
const CODE_NAMED: &[&str] = &["operation", "exercise"];

/// Words that place an event, before "operation" or "exercise" in a comment without
/// capitals: "through exercise cygnus", "during operation brock".
const PLACING_AN_EVENT: &[&str] = &["through", "during", "under", "by", "called", "named"];

/// Nicknames of virus variants that no name list holds, in small letters.
const VARIANTS: &[&str] = &[
    "kraken",
    "pirola",
    "arcturus",
    "centaurus",
    "orthrus",
    "gryphon",
    "cerberus",
    "omicron",
];

/// Words after a found word that make it a variant: "the Eris variant".
const VARIANT_WORDS: &[&str] = &["variant", "variants", "subvariant", "subvariants", "strain"];

/// Places of fiction no name list holds, in small letters.
const FICTIONAL_PLACES: &[&str] = &[
    "narnia",
    "neverland",
    "hogwarts",
    "hogsmeade",
    "mordor",
    "lilliput",
    "brigadoon",
    "westeros",
    "arendelle",
    "toytown",
    "middle-earth",
    "camelot",
    "wonderland",
];

/// Whether the found name `first..=last` is a thing's given name, not a person's (see
/// the module doc). `caseless`: the comment gives capitals no weight.
pub(crate) fn names_a_code_name(
    tokens: &[Token<'_>],
    caseless: bool,
    first: usize,
    last: usize,
) -> bool {
    let word = tokens[first].lower.as_str();
    if first == last
        && (VARIANTS.contains(&word)
            || FICTIONAL_PLACES.contains(&word)
            || lettered_place(tokens, first)
            || code_name(tokens, caseless, first))
    {
        return true;
    }
    joined_at(tokens, last + 1) && VARIANT_WORDS.contains(&lower_at(tokens, last + 1))
}

/// Whether token `i` is a letter of the phonetic alphabet right after a word it names
/// the part of ("block Mike"), with no capitalised word going on after it.
fn lettered_place(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && joined_at(tokens, i)
        && PHONETIC_ALPHABET.contains(&tokens[i].lower.as_str())
        && LETTERED_PLACES.contains(&lower_at(tokens, i - 1))
        && !(joined_at(tokens, i + 1) && tokens[i + 1].shape == Shape::Capitalised)
}

/// Whether token `i` is a code name right after "Operation" or "Exercise" (see the
/// module doc).
fn code_name(tokens: &[Token<'_>], caseless: bool, i: usize) -> bool {
    if i == 0 || !joined_at(tokens, i) || !CODE_NAMED.contains(&lower_at(tokens, i - 1)) {
        return false;
    }
    if caseless {
        i >= 2 && joined_at(tokens, i - 1) && PLACING_AN_EVENT.contains(&lower_at(tokens, i - 2))
    } else {
        tokens[i - 1].shape == Shape::Capitalised
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{is_caseless, tokenize};
    use super::*;

    /// Whether the word `from` through `to` of `text`, found as a name, is a thing's.
    fn code(text: &str, from: &str, to: &str) -> bool {
        let tokens = tokenize(text);
        let first = tokens.iter().position(|t| t.text == from).expect("from");
        let last = tokens.iter().position(|t| t.text == to).expect("to");
        names_a_code_name(&tokens, is_caseless(text), first, last)
    }

    #[test]
    fn a_letter_naming_a_block_or_zone_is_no_person() {
        assert!(code("The clinic is in block Mike, but", "Mike", "Mike"));
        assert!(code(
            "told me to park in zone Yankee at the far end",
            "Yankee",
            "Yankee"
        ));
        assert!(code(
            "me the bay was in bay foxtrot ok",
            "foxtrot",
            "foxtrot"
        ));
        // A person, a name of two words, or no word of place before it.
        assert!(!code("Thanks to Mike on block C.", "Mike", "Mike"));
        assert!(!code(
            "the man in bay Victor Hale was kind",
            "Victor",
            "Hale"
        ));
        assert!(!code("bay Victor Hale was kind", "Victor", "Victor"));
    }

    #[test]
    fn a_code_name_after_operation_or_exercise_is_no_person() {
        assert!(code(
            "shut by Operation Brock, and no one rang",
            "Brock",
            "Brock"
        ));
        assert!(code(
            "Heather ran the ward through Exercise Cygnus and",
            "Cygnus",
            "Cygnus"
        ));
        assert!(code(
            "clara ran the ward through exercise cygnus and",
            "cygnus",
            "cygnus"
        ));
        // Small "operation" in a cased comment, or no event word before it caseless.
        assert!(!code(
            "After the operation Sarah came to see me.",
            "Sarah",
            "Sarah"
        ));
        assert!(!code(
            "after my operation sarah came to see me",
            "sarah",
            "sarah"
        ));
    }

    #[test]
    fn variants_and_places_of_fiction_are_no_people() {
        assert!(code(
            "visiting was stopped because of Kraken, and",
            "Kraken",
            "Kraken"
        ));
        assert!(code("The booster was for Pirola, but", "Pirola", "Pirola"));
        assert!(code(
            "We all caught the Eris variant on the ward.",
            "Eris",
            "Eris"
        ));
        assert!(code(
            "The murals are of Neverland, but",
            "Neverland",
            "Neverland"
        ));
        assert!(code(
            "read my daughter a chapter about Narnia every night",
            "Narnia",
            "Narnia"
        ));
        // A person named after nothing of these.
        assert!(!code("Eris was the best nurse.", "Eris", "Eris"));
        assert!(!code("Thanks to Priya for everything.", "Priya", "Priya"));
    }
}
