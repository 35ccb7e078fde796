//! Names given to things, not people, that the tagger reads as given names:
//! - a letter of the phonetic alphabet naming a block, zone or bay: "the clinic is in
//!   block Mike, but…", "park in zone Yankee at the far end". The place word must follow
//!   a preposition straight ("in block", not "in the waiting area": "In the waiting area
//!   Charlie the porter helped"), and the letter must close its clause or go on with a
//!   preposition of place ("zone Yankee at…"; "in bay Charlie said…" is a person);
//! - an operation's or exercise's code name: "shut by Operation Brock", "through Exercise
//!   Cygnus and said…". "Operation" or "Exercise" must follow "by", "through", "called"
//!   or "codenamed" inside a sentence (not "after the Operation Sarah came", "on the day
//!   of Operation Sarah the nurse", "By Operation Sarah had left"), written with a
//!   capital in a comment that uses capitals, and the code name must close its clause or
//!   go on with "and" and the like ("through Operation Chidi was amazing" is a person);
//!   in a comment without capitals ("through exercise cygnus") the code name must be no
//!   listed given name ("through operation sue" is someone's surgery);
//! - a virus variant's nickname: no name list holds [`VARIANTS`] ("because of Kraken",
//!   "the booster was for Pirola"), and a word no given-name list holds right before
//!   "variant", "subvariant" or "strain" ("the Eris variant"; "Sarah variant of the
//!   form" is left);
//! - a place of fiction no name list holds ([`FICTIONAL_PLACES`]: "murals of Neverland",
//!   "a chapter about Narnia", "sorted into Hufflepuff").
//!
//! Only a word found alone, with no cue stronger than a weak one before it ("The nurse
//! called Omicron", "Dr Strain variant" are left), and, for a variant or a place of
//! fiction, no capitalised word after it ("Camelot Jones was my nurse").

use super::cues::alone_with_a_weak_cue_at_most;
use super::lexicon::WordFacts;
use super::tokens::{closes_or_goes_on_with, joined_at, lower_at, Shape, Token};

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

/// Words before "Operation" or "Exercise" that make it a plan's name: "shut by
/// Operation Brock", "ran the ward through Exercise Cygnus". Not "of" ("on the day of
/// Operation Sarah the nurse was brilliant": a patient's own surgery).
const BEFORE_A_PLAN: &[&str] = &["by", "through", "called", "codenamed"];

/// Words after a code name that go on with the plan's sentence: "through Exercise
/// Cygnus and said…". Anything else but a stop or a comma may be a person's doing
/// ("through Operation Chidi was amazing").
const AFTER_A_PLAN: &[&str] = &["and", "in", "on", "last", "this", "during", "meant"];

/// Prepositions before a word of place that a phonetic letter names the part of: "in
/// block Mike".
const BEFORE_A_LETTERED_PLACE: &[&str] = &[
    "in", "at", "to", "into", "from", "on", "near", "outside", "inside", "behind", "past",
];

/// Prepositions of place after a phonetic letter: "zone Yankee at the far end".
const AFTER_A_LETTERED_PLACE: &[&str] = &[
    "at", "on", "near", "by", "next", "opposite", "behind", "past", "beside", "round",
];

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
    // The houses of a school of fiction: "sorted every child into Hufflepuff".
    "gryffindor",
    "hufflepuff",
    "ravenclaw",
    "slytherin",
];

/// Whether the found name `first..=last` is a thing's given name, not a person's (see
/// the module doc). `caseless`: the comment gives capitals no weight.
pub(crate) fn names_a_code_name(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
    first: usize,
    last: usize,
) -> bool {
    if !alone_with_a_weak_cue_at_most(tokens, first, last) {
        return false;
    }
    let word = tokens[first].lower.as_str();
    let capital_after =
        joined_at(tokens, first + 1) && tokens[first + 1].shape == Shape::Capitalised;
    let named_thing =
        (VARIANTS.contains(&word) || FICTIONAL_PLACES.contains(&word)) && !capital_after;
    let before_variant = joined_at(tokens, first + 1)
        && VARIANT_WORDS.contains(&lower_at(tokens, first + 1))
        && !facts[first].listed_given_name();
    named_thing
        || before_variant
        || lettered_place(tokens, first)
        || code_name(tokens, facts, caseless, first)
}

/// Whether token `i` is a letter of the phonetic alphabet right after a word it names
/// the part of, that word right after a preposition ("in block Mike"), the letter closing
/// its clause or going on with a preposition of place.
fn lettered_place(tokens: &[Token<'_>], i: usize) -> bool {
    i > 1
        && joined_at(tokens, i)
        && joined_at(tokens, i - 1)
        && PHONETIC_ALPHABET.contains(&tokens[i].lower.as_str())
        && LETTERED_PLACES.contains(&lower_at(tokens, i - 1))
        && BEFORE_A_LETTERED_PLACE.contains(&lower_at(tokens, i - 2))
        && closes_or_goes_on_with(tokens, i, AFTER_A_LETTERED_PLACE)
}

/// Whether token `i` is a code name right after "Operation" or "Exercise" (see the
/// module doc).
fn code_name(tokens: &[Token<'_>], facts: &[WordFacts], caseless: bool, i: usize) -> bool {
    let plan = i >= 2
        && joined_at(tokens, i)
        && joined_at(tokens, i - 1)
        && CODE_NAMED.contains(&lower_at(tokens, i - 1))
        && BEFORE_A_PLAN.contains(&lower_at(tokens, i - 2))
        && !tokens[i - 2].sentence_start
        && closes_or_goes_on_with(tokens, i, AFTER_A_PLAN);
    plan && if caseless {
        !facts[i].listed_given_name()
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
        let facts = super::super::lexicon::NameLexicon::new().facts_of(&tokens);
        let first = tokens.iter().position(|t| t.text == from).expect("from");
        let last = tokens.iter().position(|t| t.text == to).expect("to");
        names_a_code_name(&tokens, &facts, is_caseless(text), first, last)
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
            "she said it was in bay foxtrot.",
            "foxtrot",
            "foxtrot"
        ));
        // A person, a name of two words, a place word after an article, a verb after.
        assert!(!code("Thanks to Mike on block C.", "Mike", "Mike"));
        assert!(!code(
            "the man in bay Victor Hale was kind",
            "Victor",
            "Hale"
        ));
        assert!(!code(
            "In the waiting area Charlie the porter helped me.",
            "Charlie",
            "Charlie"
        ));
        assert!(!code(
            "At the entrance Victor the volunteer showed me",
            "Victor",
            "Victor"
        ));
        assert!(!code(
            "My husband was in bay Charlie said the food was cold.",
            "Charlie",
            "Charlie"
        ));
        assert!(!code("Bay Mike was the nurse in charge.", "Mike", "Mike"));
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
        // After an article or a word of time, small in a cased comment, a given name in
        // small letters.
        assert!(!code(
            "After the operation Sarah came to see me.",
            "Sarah",
            "Sarah"
        ));
        assert!(!code(
            "After the Operation Sarah came round.",
            "Sarah",
            "Sarah"
        ));
        assert!(!code("Pre Operation Jo did all my checks.", "Jo", "Jo"));
        assert!(!code(
            "Exercise Jo showed me has helped my knee.",
            "Jo",
            "Jo"
        ));
        assert!(!code(
            "the nurse held my hand through operation sue was amazing",
            "sue",
            "sue"
        ));
    }

    #[test]
    fn a_patients_own_operation_before_a_name_is_left() {
        assert!(!code(
            "On the day of Operation Sarah the nurse was brilliant.",
            "Sarah",
            "Sarah"
        ));
        assert!(!code(
            "Held my hand through Operation Chidi was amazing.",
            "Chidi",
            "Chidi"
        ));
        assert!(!code(
            "By Operation Sarah had already left.",
            "Sarah",
            "Sarah"
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
        assert!(code(
            "sorted every child into hufflepuff before their blood test",
            "hufflepuff",
            "hufflepuff"
        ));
        // A person named after nothing of these, a title before, a given name before
        // "variant", a surname after.
        assert!(!code("Eris was the best nurse.", "Eris", "Eris"));
        assert!(!code("Thanks to Priya for everything.", "Priya", "Priya"));
        assert!(!code(
            "The consultant Dr Eris variant explained it.",
            "Eris",
            "Eris"
        ));
        assert!(!code(
            "Sarah variant of the form was confusing.",
            "Sarah",
            "Sarah"
        ));
        assert!(!code(
            "The nurse called Omicron made us laugh.",
            "Omicron",
            "Omicron"
        ));
        assert!(!code("Camelot Jones was my nurse.", "Camelot", "Camelot"));
    }
}
