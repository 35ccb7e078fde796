//! A grading named after who made it, read before its noun and a grade: "Gustilo grade
//! three", "Clark level IV", "Bloom-Richardson grade 1", "Dukes stage C". Pathology and
//! fracture-clinic letters name their scales so, and patients copy them into comments;
//! the maker's name is capitalised and often a listed surname, so the tagger and the
//! rules take it for a person.
//!
//! Staff are named before a band, grade or level as often ("Thank you to Barr grade 6",
//! "Priya level 3 physio", "Tanner stage 2 of my labour"), so only the makers of
//! gradings ([`GRADERS`]) are read, each before its own nouns; and a maker whose name a
//! name list holds ("Clark", "Dukes", "Tanner") only before a grade no staff band is
//! written as, a Roman numeral in capitals or a capital letter ("Clark level IV",
//! "Dukes stage C"; "Clark level 4" stays a person). A title, role or relative right
//! before the word keeps it a name ("Nurse Clark level III").

use super::cues::{cue_before, CueStrength};
use super::lexicon::WordFacts;
use super::tokens::{Gap, Token};

/// The makers of gradings patients copy from their letters, in small letters, with the
/// nouns each stands before.
const GRADERS: &[(&str, &[&str])] = &[
    ("gustilo", &["grade", "type"]),
    ("clark", &["level"]),
    ("breslow", &["thickness", "depth"]),
    ("gleason", &["grade", "score", "pattern"]),
    ("bloom-richardson", &["grade", "score"]),
    ("dukes", &["stage"]),
    ("tanner", &["stage"]),
    ("schatzker", &["type", "grade"]),
    ("garden", &["grade", "type"]),
    ("frykman", &["type"]),
    ("gartland", &["type", "grade"]),
    ("salter-harris", &["type", "grade"]),
    ("kellgren-lawrence", &["grade"]),
    ("fontaine", &["stage"]),
    ("mallampati", &["grade", "score", "class"]),
    ("killip", &["class"]),
    ("spetzler-martin", &["grade"]),
    ("hunt-hess", &["grade"]),
    ("ann-arbor", &["stage"]),
    ("outerbridge", &["grade"]),
    ("meyerding", &["grade"]),
    ("child-pugh", &["grade", "class", "score"]),
];

/// Grades in Roman numerals, read only opening with a capital ("IV", "IIIb"): "v good" is
/// texting, and "I" is a pronoun.
const ROMAN_GRADES: &[&str] = &[
    "ii", "iii", "iiia", "iiib", "iiic", "iv", "iva", "ivb", "v", "vi",
];

/// Grades in words, in any case.
const NUMBER_WORDS: &[&str] = &["one", "two", "three", "four", "five", "six"];

/// How a grade is written: in a way a staff band is too (digits, words), or in a way it
/// never is (a Roman numeral, a capital letter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grade {
    AsABand,
    NeverABand,
}

/// The grade starting at byte `at` of `text` (spaces skipped), if one does: one or two
/// digits ending the number, a number word of [`NUMBER_WORDS`], a Roman numeral of
/// [`ROMAN_GRADES`] opening with a capital, or a capital letter from A to D alone.
fn grade_at(text: &str, at: usize) -> Option<Grade> {
    let rest = text[at..].trim_start_matches([' ', '\t']);
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    match word.as_bytes() {
        [] => None,
        [d] if d.is_ascii_digit() => Some(Grade::AsABand),
        [d1, d2] if d1.is_ascii_digit() && d2.is_ascii_digit() => Some(Grade::AsABand),
        [b'A'..=b'D'] => Some(Grade::NeverABand),
        [first, ..]
            if first.is_ascii_uppercase()
                && ROMAN_GRADES.iter().any(|g| word.eq_ignore_ascii_case(g)) =>
        {
            Some(Grade::NeverABand)
        }
        _ => NUMBER_WORDS
            .iter()
            .any(|n| word.eq_ignore_ascii_case(n))
            .then_some(Grade::AsABand),
    }
}

/// Whether the found name `first..=last` is a grading's maker (see the module doc): one
/// word of [`GRADERS`] before one of its nouns and a grade, no title, role or relative
/// before it, and a grade no band is written as when a name list holds the word.
pub(crate) fn names_a_grading(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    if first != last {
        return false;
    }
    let word = tokens[first].lower.as_str();
    let Some((_, nouns)) = GRADERS.iter().find(|(grader, _)| *grader == word) else {
        return false;
    };
    let Some(noun) = tokens
        .get(last + 1)
        .filter(|noun| noun.gap == Gap::Space && nouns.contains(&noun.lower.as_str()))
    else {
        return false;
    };
    let listed = facts[first].first || facts[first].surname || facts[first].word_name;
    let graded = match grade_at(text, noun.end) {
        Some(Grade::NeverABand) => true,
        Some(Grade::AsABand) => !listed,
        // A measure or a score with no grade after it: "Breslow thickness", "Gleason
        // score" (a listed name there is a person's: "Tanner stage of labour").
        None => !listed,
    };
    graded && cue_before(tokens, first).is_none_or(|c| c < CueStrength::Role)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::tokenize;

    /// Whether `word` of `text`, taken as a found name, names a grading; `listed` marks it
    /// as held by a name list.
    fn grading(text: &str, word: &str, listed: bool) -> bool {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).unwrap();
        let mut facts = vec![WordFacts::default(); tokens.len()];
        facts[i].surname = listed;
        names_a_grading(text, &tokens, &facts, i, i)
    }

    #[test]
    fn makers_of_gradings_are_no_people() {
        assert!(grading(
            "The notes say Gustilo grade three, and it took days",
            "Gustilo",
            false
        ));
        assert!(grading(
            "The report mentions Clark level IV, and",
            "Clark",
            true
        ));
        assert!(grading(
            "the lump was Bloom-Richardson grade 1",
            "Bloom-Richardson",
            false
        ));
        assert!(grading("it was Dukes stage C by then", "Dukes", true));
        assert!(grading("a Breslow thickness of 2mm", "Breslow", false));
    }

    #[test]
    fn people_before_bands_and_other_words_stay_people() {
        // Not a grading's maker: staff named with their band.
        assert!(!grading(
            "Thank you to Barr grade 6 on ward 4",
            "Barr",
            true
        ));
        assert!(!grading(
            "Priya level 3 physio got mum walking",
            "Priya",
            false
        ));
        assert!(!grading("Zorbek grade 5 was lovely", "Zorbek", false));
        // A maker a name list holds, before a grade a band is written as.
        assert!(!grading(
            "Clark level 4 in pharmacy was great",
            "Clark",
            true
        ));
        assert!(!grading("Tanner stage 2 of my labour", "Tanner", true));
        assert!(!grading("Tanner stage of labour was calm", "Tanner", true));
        // A title or role before the name.
        assert!(!grading("Nurse Clark level III was kind", "Clark", true));
        // Not before the maker's own noun.
        assert!(!grading("Clark grade IV nurse", "Clark", true));
        assert!(!grading("Clark levelled with us", "Clark", true));
    }

    #[test]
    fn grades_are_read_as_written() {
        assert_eq!(grade_at(" IV,", 0), Some(Grade::NeverABand));
        assert_eq!(grade_at(" C by", 0), Some(Grade::NeverABand));
        assert_eq!(grade_at(" 3 physio", 0), Some(Grade::AsABand));
        assert_eq!(grade_at(" three,", 0), Some(Grade::AsABand));
        assert_eq!(grade_at(" v good", 0), None);
        assert_eq!(grade_at(" I think", 0), None);
        assert_eq!(grade_at(" a protest", 0), None);
    }
}
