//! "Foster" before a carer, a kind of care or a relative is the word, not a name:
//! "Foster carer again: the letters…", "as his foster carer i could not sign", "our
//! foster son had his op". "Foster" is a listed given name and surname, and it opens a
//! sentence capitalised, so the tagger and the small-letter rules read it as one; the
//! word after it says which it is. No other listed name is a word that goes before a
//! carer or a relative so ("step", "adoptive" and "birth" are no names).
//!
//! Dropped: a found name that is "foster" alone (or "foster" and the word after it),
//! followed with only a space by a word of [`FOSTERED`] in small letters; "foster" in
//! small letters, or capitalised opening a sentence of a comment that uses capitals; not
//! in the possessive ("Foster's son" is Foster's) and after no title or role ("Nurse
//! Foster carer of the year"). Kept as a name: a family ("the Foster family", "Love,
//! Foster family": a surname's family), a staff role ("Thanks to Foster midwife"),
//! "Foster" capitalised inside a sentence ("Ask for Foster carer next time") and a
//! comment in capitals ("FOSTER CARER WAS LOVELY").

use super::cues::{ROLES, TITLES};
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, Shape, Token};

/// Words "foster" goes before as a word: carers, care, and the people of a fostering
/// ("foster parents", "a foster placement", "our foster son"). Not "family", which
/// follows a surname as often ("the Foster family").
const FOSTERED: &[&str] = &[
    "carer",
    "carers",
    "care",
    "parent",
    "parents",
    "placement",
    "placements",
    "child",
    "children",
    "kids",
    "baby",
    "son",
    "sons",
    "daughter",
    "daughters",
    "mum",
    "mums",
    "dad",
    "dads",
    "mother",
    "father",
    "brother",
    "sister",
];

/// Whether the found name `first..=last` is "foster" before a word of [`FOSTERED`] (see
/// the module doc).
pub(crate) fn fostering_word(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let next = first + 1;
    if last > next || lower_at(tokens, first) != "foster" {
        return false;
    }
    let foster = &tokens[first];
    let written_as_word = foster.shape == Shape::Lower
        || (foster.shape == Shape::Capitalised && foster.sentence_start);
    let before = lower_at(tokens, first.wrapping_sub(1));
    let after_a_cue =
        !foster.sentence_start && (TITLES.contains(&before) || ROLES.contains(&before));
    written_as_word
        && !after_a_cue
        && !possessive_after(text, foster.end)
        && joined_at(tokens, next)
        && tokens.get(next).is_some_and(|word| {
            word.shape == Shape::Lower && FOSTERED.contains(&word.lower.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::tokenize;

    fn dropped(text: &str, first: usize, last: usize) -> bool {
        fostering_word(text, &tokenize(text), first, last)
    }

    #[test]
    fn foster_before_care_or_a_relative_is_a_word() {
        assert!(dropped("Foster carer again: the letters go astray", 0, 0));
        assert!(dropped("Drive very good. Foster carer again.", 3, 3));
        assert!(dropped("as his foster carer i could not sign", 2, 2));
        assert!(dropped("our foster son had his op", 1, 2));
        assert!(dropped("We are foster parents to two boys", 2, 2));
    }

    #[test]
    fn foster_as_a_name_stays_a_name() {
        for (text, first, last) in [
            ("Nurse Foster carer of the year", 1, 1),
            ("Foster was a great nurse", 0, 0),
            ("Foster Carer is my nurse", 0, 0),
            ("Ellen Foster carer", 0, 1),
            ("Foster's son visited every day", 0, 0),
            ("Pass my thanks to Foster midwife", 4, 4),
            ("Ask for Foster carer next time", 2, 2),
            ("Dear Foster family, thank you", 1, 1),
            ("FOSTER CARER WAS LOVELY", 0, 0),
            ("Thanks to Ward sister", 2, 2),
        ] {
            assert!(!dropped(text, first, last), "{text}");
        }
    }
}
