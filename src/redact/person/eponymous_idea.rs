//! A name owning an idea: an eponymous law, principle or theorem ("Boyle's law",
//! "Mendel's laws", "Archimedes' principle", "Zeno's paradox", "Sarah's law"). A
//! possessive after a name usually makes a person an owner ("Priya's phone"), but no
//! person a comment names owns a law or a theorem: the name is the idea's, given to it
//! long ago or by a public scheme, and redacting it hides nothing of anyone's.
//!
//! The nouns are those of ideas that nobody in a ward owns ([`IDEA_NOUNS`]). Left out
//! on purpose, because a patient or a nurse may well have one: "rule" ("Sarah's rule
//! was no phones after ten"), "theory", "razor", "demons", "cat".
//!
//! Kept as a person:
//! - a name with a person's cue before it ("my friend Sarah's law degree" is kept by the
//!   next point too; "Nurse Boyle's law" by this one);
//! - a law of study or trade: "law" before a word that makes it a course or a firm
//!   ("Priya's law degree", "Sam's law firm").

use super::cues::{cue_before, CueStrength};
use super::tokens::{Gap, Token};

/// Nouns of ideas named after someone, which no person a comment names owns.
const IDEA_NOUNS: &[&str] = &[
    "law",
    "laws",
    "principle",
    "principles",
    "theorem",
    "paradox",
    "constant",
    "equation",
    "equations",
    "hypothesis",
    "conjecture",
    "dilemma",
    "wager",
    "fallacy",
    "postulate",
    "postulates",
    "lemma",
];

/// Words after "law" that make it a course, a trade or a firm a person has: "Priya's law
/// degree", "her law exams".
const LAW_OF_STUDY_OR_TRADE: &[&str] = &[
    "degree", "degrees", "school", "student", "students", "exam", "exams", "course", "courses",
    "firm", "firms", "practice", "career", "office", "lecturer", "studies", "books", "work", "job",
    "training", "society", "graduate",
];

/// Whether the found name `first..=last` is the name of an idea it owns (see the module
/// doc). The span may hold the idea's noun as its last word, past the possessive
/// ("henry's law", read whole in a comment without capitals).
pub(crate) fn names_an_idea(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let idea_noun = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|noun| IDEA_NOUNS.contains(&noun.lower.as_str()))
    };
    // The name's last word, right before the possessive.
    let owner = if last > first && idea_noun(last) {
        last - 1
    } else {
        last
    };
    let noun = owner + 1;
    idea_noun(noun)
        && owned_right_before(text, tokens[owner].end, tokens[noun].start)
        && cue_before(tokens, first).is_none_or(|c| c <= CueStrength::Weak)
        && !tokens.get(noun + 1).is_some_and(|after| {
            after.gap == Gap::Space
                && tokens[noun].lower.as_str().starts_with("law")
                && LAW_OF_STUDY_OR_TRADE.contains(&after.lower.as_str())
        })
}

/// Whether `text[end..next]` is a possessive and one space: "'s ", "’s ", "' ".
fn owned_right_before(text: &str, end: usize, next: usize) -> bool {
    matches!(
        text.get(end..next),
        Some("'s " | "\u{2019}s " | "' " | "\u{2019} ")
    )
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the words `from..=to` of `text`, as a found name, name an idea.
    fn idea(text: &str, from: &str, to: &str) -> bool {
        let tokens = tokenize(text);
        let first = tokens.iter().position(|t| t.text == from).unwrap();
        let last = first + tokens[first..].iter().position(|t| t.text == to).unwrap();
        names_an_idea(text, &tokens, first, last)
    }

    #[test]
    fn a_name_owning_a_law_or_a_theorem_is_the_ideas() {
        assert!(idea(
            "He explained Boyle's law to Grandad.",
            "Boyle",
            "Boyle"
        ));
        assert!(idea(
            "Mendel's laws were all she remembered.",
            "Mendel",
            "Mendel"
        ));
        assert!(idea(
            "like Archimedes' principle in the bath",
            "Archimedes",
            "Archimedes"
        ));
        assert!(idea(
            "It felt like Zeno’s paradox, never arriving.",
            "Zeno",
            "Zeno"
        ));
        assert!(idea("We were told about Sarah's law.", "Sarah", "Sarah"));
        assert!(idea("talked him through henry's law", "henry", "law"));
    }

    #[test]
    fn a_person_owning_a_thing_or_a_cued_name_is_left() {
        // Not an idea's noun, or left out on purpose.
        assert!(!idea(
            "Sarah's rule was no phones after ten.",
            "Sarah",
            "Sarah"
        ));
        assert!(!idea("Priya's phone died.", "Priya", "Priya"));
        assert!(!idea("John's razor went missing.", "John", "John"));
        assert!(!idea("Amy's theory was right.", "Amy", "Amy"));
        // A law of study or trade.
        assert!(!idea("Priya's law degree kept her busy.", "Priya", "Priya"));
        // A person's cue before the name.
        assert!(!idea(
            "Nurse Boyle's law of the ward: tea at ten.",
            "Boyle",
            "Boyle"
        ));
        // No possessive.
        assert!(!idea("Boyle law", "Boyle", "Boyle"));
    }
}
