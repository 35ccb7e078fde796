//! A grading named after who made it, read before its noun and a grade: "Gustilo grade
//! three", "Clark level IV", "Bloom-Richardson grade 1", "Dukes stage C". Pathology and
//! fracture-clinic letters name their scales so, and patients copy them into comments;
//! the maker's name is capitalised and often a listed surname, so the tagger and the
//! rules take it for a person.
//!
//! A person's name does not stand right before "grade", "level" or "stage" and a grade
//! (a digit, a Roman numeral, a number word, a capital letter A to D): staff are called
//! by their band, with a comma or a title ("Sarah, band 5", "Nurse Clark, grade 6").
//! Not "type": "Sarah type 1 diabetic" is a person's as often. A title, role or relative
//! right before the word keeps it a name ("Nurse Clark level 3").

use super::cues::{cue_before, CueStrength};
use super::tokens::{Gap, Token};

/// Nouns of a grading that follow its maker's name ("grade", "level", "stage").
const GRADING_NOUNS: &[&str] = &["grade", "level", "stage"];

/// Grades in Roman numerals, read only in capitals ("IV", "IIIb"; a subtype letter in
/// either case): "v good" is texting, and "I" is a pronoun.
const ROMAN_GRADES: &[&str] = &[
    "ii", "iii", "iiia", "iiib", "iiic", "iv", "iva", "ivb", "v", "vi",
];

/// Grades in words, in any case.
const NUMBER_WORDS: &[&str] = &["one", "two", "three", "four", "five", "six"];

/// Whether a grade starts at byte `at` of `text` (spaces skipped): one or two digits
/// ending the number, a Roman numeral of [`ROMAN_GRADES`] opening with a capital, a
/// number word of [`NUMBER_WORDS`], or a capital letter from A to D standing alone.
fn grade_at(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches([' ', '\t']);
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    match word.as_bytes() {
        [] => false,
        [d] if d.is_ascii_digit() => true,
        [d1, d2] if d1.is_ascii_digit() && d2.is_ascii_digit() => true,
        [b'A'..=b'D'] => true,
        [first, ..]
            if first.is_ascii_uppercase()
                && ROMAN_GRADES.iter().any(|g| word.eq_ignore_ascii_case(g)) =>
        {
            true
        }
        _ => NUMBER_WORDS.iter().any(|g| word.eq_ignore_ascii_case(g)),
    }
}

/// Whether the found name `first..=last` is one word before a noun of grading and a grade
/// ("Gustilo grade three"), with no title, role or relative before it.
pub(crate) fn names_a_grading(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    first == last
        && tokens.get(last + 1).is_some_and(|noun| {
            noun.gap == Gap::Space
                && GRADING_NOUNS.contains(&noun.lower.as_str())
                && grade_at(text, noun.end)
        })
        && cue_before(tokens, first).is_none_or(|c| c < CueStrength::Role)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::tokenize;

    /// Whether `word` of `text`, taken as a found name, names a grading.
    fn grading(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).unwrap();
        names_a_grading(text, &tokens, i, i)
    }

    #[test]
    fn makers_of_gradings_are_no_people() {
        assert!(grading(
            "The notes say Gustilo grade three, and it took days",
            "Gustilo"
        ));
        assert!(grading("The report mentions Clark level IV, and", "Clark"));
        assert!(grading(
            "the lump was Bloom-Richardson grade 1",
            "Bloom-Richardson"
        ));
        assert!(grading("it was Dukes stage C by then", "Dukes"));
        assert!(grading("Tanner stage 2 they said", "Tanner"));
    }

    #[test]
    fn people_before_other_words_stay_people() {
        // A title or role before the name.
        assert!(!grading("Nurse Clark level 3 was kind", "Clark"));
        assert!(!grading("Dr Okafor grade 2 in the notes", "Okafor"));
        // No grade after the noun, or a comma between.
        assert!(!grading("Clark levelled with us", "Clark"));
        assert!(!grading("Priya level headed as ever", "Priya"));
        assert!(!grading("Sarah, grade 5 nurse, was kind", "Sarah"));
        // "type" is no grading noun here.
        assert!(!grading("Sarah type 1 diabetic since birth", "Sarah"));
        // A small letter after the noun is a word, not a grade.
        assert!(!grading("Amadi stage a protest", "Amadi"));
        assert!(!grading("Priya level v good with us", "Priya"));
        assert!(!grading("Priya level I think", "Priya"));
    }
}
