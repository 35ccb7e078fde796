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
//! "Dukes stage C"; "Clark level 4" stays a person). A capital letter is a grade after
//! "stage" only ("level C" is a floor). A maker with no grade after its noun is read
//! only before a measure ("Breslow thickness", "Gleason score"; "Gustilo type person" is
//! a person's), and a number above four, in digits or words, only before a measure
//! ("Gustilo grade 6 on the ward", "grade six", is a band; "Gleason score 7" is not). A cue before the word ("Nurse Clark level
//! III", "cared for by Clark", a role heading the line: "Named nurse: Clark level IV"),
//! or a role or a person's doing after the grade ("Gleason grade V nurse", "Clark level
//! D looked after mum", "Clark level IV was the only one who listened") keeps it a name.

use super::cues::{cue_before, ROLES};
use super::lexicon::WordFacts;
use super::name_word_position::PERSON_VERBS;
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

/// The highest grade in digits read after a grade, level, stage, type or class (most
/// gradings run to four; staff bands from two to nine).
const HIGHEST_GRADE: u32 = 4;

/// Nouns of a measure, which a maker's name stands before with no grade after ("a
/// Breslow thickness of 2mm", "the Gleason score").
const MEASURES: &[&str] = &["thickness", "depth", "score"];

/// Words after a grade that make what stands before it a person: "Clark level IV was
/// the only one who listened", "was my named nurse", "looked after my mum".
const A_PERSONS_DOING: &[&str] = &["was", "is", "looked", "helped", "came", "stayed"];

/// Marks that may end a grade's word: "grade IV,", "stage C.", "(level II)".
const AFTER_A_GRADE: &[u8] = b" \t,.;:)!?\n\r";

/// How a grade is written: in a way a staff band is too (digits, words), or in a way it
/// never is (a Roman numeral, a capital letter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grade {
    AsABand,
    NeverABand,
}

/// The grade starting at byte `at` of `text` (spaces skipped), if one does, and where it
/// ends: one or two digits ending the number, a number word of [`NUMBER_WORDS`], a
/// Roman numeral of [`ROMAN_GRADES`] opening with a capital, or, after "stage"
/// (`letters`), a capital letter from A to D alone; ending the text or before a space
/// or a mark of [`AFTER_A_GRADE`] ("A&E" is no grade).
fn grade_at(text: &str, at: usize, letters: bool) -> Option<(Grade, usize)> {
    let rest = text[at..].trim_start_matches([' ', '\t']);
    let word_start = text.len() - rest.len();
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    let end = word_start + word_len;
    if text
        .as_bytes()
        .get(end)
        .is_some_and(|b| !AFTER_A_GRADE.contains(b))
    {
        return None;
    }
    let grade = match word.as_bytes() {
        [] => None,
        [d] if d.is_ascii_digit() => Some(Grade::AsABand),
        [d1, d2] if d1.is_ascii_digit() && d2.is_ascii_digit() => Some(Grade::AsABand),
        [b'A'..=b'D'] if letters => Some(Grade::NeverABand),
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
    };
    grade.map(|grade| (grade, end))
}

/// The number a grade in digits or in words stands for ("6", "six"), if either.
fn grade_number(grade: &str) -> Option<u32> {
    grade.parse::<u32>().ok().or_else(|| {
        let place = NUMBER_WORDS
            .iter()
            .position(|n| grade.eq_ignore_ascii_case(n))?;
        u32::try_from(place + 1).ok()
    })
}

/// Whether the words from byte `at` (tokens from `from` on) say a person stood before: a
/// role within the next three words, or a person's doing next ([`A_PERSONS_DOING`],
/// [`PERSON_VERBS`]). Read from `from`, not the comment's start: a long line has many
/// gradings.
fn a_person_after(tokens: &[Token<'_>], from: usize, at: usize) -> bool {
    let mut after = tokens
        .get(from..)
        .unwrap_or_default()
        .iter()
        .skip_while(|t| t.start < at)
        .take(3);
    let next_is_doing = after.clone().next().is_some_and(|next| {
        let word = next.lower.as_str();
        A_PERSONS_DOING.contains(&word) || PERSON_VERBS.contains(&word)
    });
    next_is_doing || after.any(|t| ROLES.contains(&t.lower.as_str()))
}

/// Whether the found name `first..=last` is a grading's maker (see the module doc): one
/// word of [`GRADERS`] before one of its nouns and a grade, no cue before it, no person
/// after the grade, and a grade no band is written as when a name list holds the word.
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
    let noun_word = noun.lower.as_str();
    let (graded, read_to) = match grade_at(text, noun.end, noun_word == "stage") {
        Some((Grade::NeverABand, end)) => (true, end),
        // A band's number after a grading's noun is a band: "Gustilo grade 6 on the
        // ward was kind" (a score's runs higher: "Gleason score 7").
        Some((Grade::AsABand, end)) => {
            let low = grade_number(text[noun.end..end].trim()).is_none_or(|n| n <= HIGHEST_GRADE);
            (!listed && (low || MEASURES.contains(&noun_word)), end)
        }
        None => (!listed && MEASURES.contains(&noun_word), noun.end),
    };
    // A role heading a line before it ("Named nurse: Clark level IV"): the cues do not
    // read across a colon.
    let role_heading = tokens[first].gap == Gap::Colon
        && first > 0
        && ROLES.contains(&tokens[first - 1].lower.as_str());
    graded
        && !role_heading
        && cue_before(tokens, first).is_none()
        && !a_person_after(tokens, last + 2, read_to)
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
        assert!(grading("a Gleason score 7 on the biopsy", "Gleason", false));
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
        assert!(!grading("Named nurse: Clark level IV", "Clark", true));
        // Not before the maker's own noun.
        assert!(!grading("Clark grade IV nurse", "Clark", true));
        assert!(!grading("Clark levelled with us", "Clark", true));
        // A person after the grade, a cue before the name, no grade and no measure.
        assert!(!grading(
            "Clark level IV was the only one who listened",
            "Clark",
            true
        ));
        assert!(!grading("Gleason grade V nurse was kind", "Gleason", false));
        assert!(!grading("Clark level II looked after mum", "Clark", true));
        assert!(!grading(
            "cared for by Clark level II on nights",
            "Clark",
            true
        ));
        assert!(!grading(
            "Gustilo type person, calm and kind",
            "Gustilo",
            false
        ));
        assert!(!grading(
            "Gustilo grade 6 on the ward was kind",
            "Gustilo",
            false
        ));
        assert!(!grading(
            "Gustilo grade six on the ward was kind",
            "Gustilo",
            false
        ));
        assert!(!grading(
            "Clark level A&E triage was spot on",
            "Clark",
            true
        ));
    }

    #[test]
    fn grades_are_read_as_written() {
        let grade = |text: &str, letters: bool| grade_at(text, 0, letters).map(|(g, _)| g);
        assert_eq!(grade(" IV,", false), Some(Grade::NeverABand));
        assert_eq!(grade(" C by", true), Some(Grade::NeverABand));
        assert_eq!(grade(" 3 physio", false), Some(Grade::AsABand));
        assert_eq!(grade(" three,", false), Some(Grade::AsABand));
        assert_eq!(grade(" v good", false), None);
        assert_eq!(grade(" I think", false), None);
        assert_eq!(grade(" a protest", true), None);
        // A letter after "level" is a floor; "A&E" is no grade.
        assert_eq!(grade(" C reception", false), None);
        assert_eq!(grade(" A&E triage", true), None);
    }
}
