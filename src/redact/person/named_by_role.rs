//! A given name and a surname, both also words, that a sentence names by a staff role:
//! "Mark Ward was the paramedic who came", "Grace Hill was the nurse on duty", "The
//! paramedic was Mark Ward", "Our physio was Will Green". Each half alone reads as a
//! word (a verb, a hospital ward, a colour), so the rules and the tagger leave the pair
//! or take only one half; a role the pair is said to be settles it.
//!
//! Taken: two capitalised words in a comment that uses case, the first a listed given
//! name (a name that is a word included), the second a listed surname, joined by a
//! space, and either followed by "was" or "is", a determiner and a staff role ("was the
//! paramedic", "is our midwife"), or right after such a role and "was" or "is" ("the
//! paramedic was", "Our physio was").
//!
//! Also taken: a single capitalised given name (a name that is a word included) named by
//! a role in apposition, "Rose, the ward clerk, found my notes", "Ed the HCA was
//! brilliant", "Will, the physio, got me walking". A word that is also a verb opening a
//! sentence ("Hope the nurse reads this", "Will the doctor be in?") reads the same way,
//! so the apposition must be closed: a comma after the role, or a verb that only a
//! subject's own clause has ("was", "got", a past form in -ed) right after it; and a
//! verb-name opening a sentence needs the comma ("Hope the staff nurse got home safe").

use super::cues::ROLES;
use super::kinship_title::VERB_NAMES;
use super::lexicon::WordFacts;
use super::name_word_position::{after_a_determiner, spelt_as_a_past_verb, PERSON_VERBS};
use super::tokens::{joined_at, lower_at, single_token_finds, Gap, Shape, Token};

/// The copulas between a person and the role they are named by.
const COPULAS: &[&str] = &["was", "is"];

/// Words before a role in "was the paramedic", "is our midwife".
const ROLE_DETERMINERS: &[&str] = &["the", "our", "my", "a", "an", "his", "her", "their"];

/// The given-and-surname pairs of a cased comment named by a role (see the module doc),
/// as inclusive token ranges; nothing in a comment without case.
pub(crate) fn pairs_named_by_a_role(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return Vec::new();
    }
    (0..tokens.len().saturating_sub(1))
        .filter(|&i| {
            let (given, surname) = (&tokens[i], &tokens[i + 1]);
            let written_as_names = given.shape == Shape::Capitalised
                && surname.shape == Shape::Capitalised
                && !given.in_brackets
                && !surname.in_brackets
                && joined_at(tokens, i + 1);
            let listed = (facts[i].first || facts[i].word_name || facts[i].first_rank > 0)
                && (facts[i + 1].surname || facts[i + 1].surname_rank > 0);
            written_as_names && listed && (role_after(tokens, i + 1) || role_before(tokens, i))
        })
        .map(|i| (i, i + 1))
        .collect()
}

/// Words before the role of an apposition ("Rose the porter", "Rose, our HCA,").
pub(crate) const APPOSITION_DETERMINERS: &[&str] = &["the", "our", "my", "your"];

/// Words that make a role more precise ("the ward clerk", "the staff nurse", "the
/// student midwife", "the foster carer"), one of which may stand between the determiner
/// and the role.
const ROLE_MODIFIERS: &[&str] = &[
    "ward",
    "foster",
    "staff",
    "student",
    "senior",
    "junior",
    "head",
    "charge",
    "night",
    "day",
    "lead",
    "trainee",
    "specialist",
    "community",
    "practice",
    "theatre",
    "duty",
    "agency",
    "bank",
    "clinical",
    "health",
    "care",
    "healthcare",
    "support",
    "nurse",
    "lovely",
    "friendly",
];

/// Roles of hospital staff that are not cues on their own ("the ward clerk").
pub(crate) const APPOSITION_ROLES: &[&str] = &["clerk", "secretary", "coordinator", "co-ordinator"];

/// Verbs that stand right after a subject's own clause, closing an apposition ("Ed the
/// HCA was brilliant"), and not the base form a question puts there ("Will the physio
/// be…"); a wish may have them too ("Hope the nurse got home"), so a verb-name opening a
/// sentence needs a comma.
const CLAUSE_VERBS: &[&str] = &[
    "was", "is", "has", "had", "got", "did", "came", "went", "took", "made", "gave", "kept", "saw",
    "stayed", "sat", "held", "found", "brought", "showed", "looked", "helped",
];

/// Whether `verb` (lower case) is a subject's own verb that closes an apposition before
/// it ("Ed the HCA was brilliant", "madlenka, the ICU nurse, kept a diary"): one of
/// [`CLAUSE_VERBS`], a verb of a person, or a past form in "-ed".
pub(crate) fn closes_an_apposition(verb: &str) -> bool {
    CLAUSE_VERBS.contains(&verb) || PERSON_VERBS.contains(&verb) || spelt_as_a_past_verb(verb)
}

/// The single given names of a cased comment named by a role in apposition (see the
/// module doc), as one-token inclusive ranges; nothing in a comment without case.
pub(crate) fn given_names_with_a_role_after(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return Vec::new();
    }
    single_token_finds(tokens.len(), |i| {
        let token = &tokens[i];
        token.shape == Shape::Capitalised
            && !token.in_brackets
            && facts[i].listed_given_name()
            && !facts[i].not_name
            && !after_a_determiner(tokens, i)
            && {
                // "Hope the staff nurse got home safe": a verb of wishing opening a
                // sentence; only a comma closes its apposition.
                let verb_opening =
                    token.sentence_start && VERB_NAMES.contains(&token.lower.as_str());
                role_in_apposition(text, tokens, i, verb_opening)
            }
    })
}

/// Whether "the ward clerk," or "the HCA was" follows token `i` (a comma, or none,
/// before the determiner), closed by a comma or a subject's verb.
fn role_in_apposition(text: &str, tokens: &[Token<'_>], i: usize, comma_only: bool) -> bool {
    let Some(determiner) = tokens.get(i + 1) else {
        return false;
    };
    if !matches!(determiner.gap, Gap::Space | Gap::Comma)
        || !APPOSITION_DETERMINERS.contains(&determiner.lower.as_str())
    {
        return false;
    }
    let is_role = |k: usize| {
        let word = lower_at(tokens, k);
        joined_at(tokens, k) && (ROLES.contains(&word) || APPOSITION_ROLES.contains(&word))
    };
    // "the ICU nurse", "the A&E doctor": a ward or service written in capitals.
    let modifier = |k: usize| {
        joined_at(tokens, k)
            && (ROLE_MODIFIERS.contains(&lower_at(tokens, k)) || tokens[k].shape == Shape::Upper)
    };
    let role = if is_role(i + 2) && !is_role(i + 3) {
        i + 2
    } else if modifier(i + 2) && is_role(i + 3) {
        i + 3
    } else {
        return false;
    };
    let Some(after) = tokens.get(role + 1) else {
        return false;
    };
    let closed_by_comma = after.gap == Gap::Comma
        && text
            .get(tokens[role].end..after.start)
            .is_some_and(|between| between.trim() == ",");
    let verb = after.lower.as_str();
    let closed_by_verb = after.gap == Gap::Space && closes_an_apposition(verb);
    closed_by_comma || (closed_by_verb && !comma_only)
}

/// "… was the paramedic" right after token `last`.
fn role_after(tokens: &[Token<'_>], last: usize) -> bool {
    (1..=3).all(|k| joined_at(tokens, last + k))
        && COPULAS.contains(&lower_at(tokens, last + 1))
        && ROLE_DETERMINERS.contains(&lower_at(tokens, last + 2))
        && ROLES.contains(&lower_at(tokens, last + 3))
}

/// "the paramedic was …" right before token `first`.
fn role_before(tokens: &[Token<'_>], first: usize) -> bool {
    first >= 3
        && (first - 2..=first).all(|k| joined_at(tokens, k))
        && COPULAS.contains(&lower_at(tokens, first - 1))
        && ROLES.contains(&lower_at(tokens, first - 2))
        && ROLE_DETERMINERS.contains(&lower_at(tokens, first - 3))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans = pairs_named_by_a_role(&tokens, &facts, is_caseless(text));
        span_texts(text, &tokens, spans)
    }

    #[test]
    fn a_pair_of_names_that_are_words_named_by_a_role_is_a_name() {
        assert_eq!(
            found("Mark Ward was the paramedic who came."),
            ["Mark Ward"]
        );
        assert_eq!(found("Grace Hill was the nurse on duty."), ["Grace Hill"]);
        assert_eq!(found("The paramedic was Mark Ward."), ["Mark Ward"]);
        assert_eq!(
            found("Our physio was Will Green and he was great."),
            ["Will Green"]
        );
    }

    fn apposed(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans = given_names_with_a_role_after(text, &tokens, &facts, is_caseless(text));
        span_texts(text, &tokens, spans)
    }

    #[test]
    fn a_given_name_named_by_a_role_in_apposition_is_a_name() {
        assert_eq!(apposed("Rose, the ward clerk, found my notes."), ["Rose"]);
        assert_eq!(apposed("Ed the HCA was brilliant."), ["Ed"]);
        assert_eq!(
            apposed("Thanks to Will the physio, who got me walking."),
            ["Will"]
        );
        assert_eq!(apposed("Will, the physio, got me walking."), ["Will"]);
        assert_eq!(
            apposed("Thanks to Rose our staff nurse, who stayed."),
            ["Rose"]
        );
        assert_eq!(apposed("Grace the midwife explained it."), ["Grace"]);
    }

    #[test]
    fn questions_wishes_and_open_appositions_are_left() {
        for text in [
            "Will the physio be in tomorrow?",
            "Hope the nurse reads this.",
            "Hope the staff nurse gets a pay rise.",
            "Hope the staff nurse got home safe.",
            "Will the physio got me walking.",
            "Mark the porter as absent.",
            "Will the doctors call me back?",
            "the rose the nurse gave me was lovely",
            "I gave the Rose the nurse brought a vase.",
            "ed the hca was brilliant",
        ] {
            assert!(apposed(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn pairs_without_a_role_or_case_are_left() {
        for text in [
            "Mark Ward was closed for a week.",
            "The best was Will Green.",
            "mark ward was the paramedic",
            "Hope Street was the clinic we went to.",
            "The nurse was kind and Mark Ward was quiet.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
