//! An unknown capitalised word right beside a found name is part of it: "Roped to
//! Emirita Hydes", "Ints Byrcyn on the radio". The tagger and the lexicons often know
//! one half of a name from an origin they cover thinly and leave the other half
//! readable; a capitalised word no list holds, joined to a name by a space, is almost
//! always the rest of it.
//!
//! The word must be written as a name (a capital, then small letters only, two letters
//! or more), outside brackets, in a comment that uses capitals, on no list of words,
//! names or places (a prefix before a listed word is no listing: "Gabit Rechichi",
//! "re" + "chichi"), and never written in the training background
//! ([`super::unknown_capitalised::unheard_of`]). One such word on each side at most.
//!
//! In a comment without case the word after a found name is read, written in
//! small letters and otherwise the same, after a name that is no English word too: "pilot
//! zimo howing, two pushers", not "nan sang crimond". A surname is what follows a given
//! name; the word before is the sentence's ("teacher zimo"), unless a cue opens the two
//! or a label's colon does ("narrated by escipion bektasevic", "timekeeper: democles
//! meshic"): then it is the given name.
//!
//! A given name that is also a place's word (`not_names.txt` and a given-name list:
//! Albert, Chelsea, Victoria, Desmond) or another word (`word_names.txt`: Grace, Will,
//! Mark), written right before a found name, is its first half too: "Albert Smith helped
//! my mum", "Grace Hill was the nurse on duty". Not an everyday word, which the royal titles
//! are (Queen, King, Prince).

use super::capital_letter_name::sayable;
use super::cues::{cue_before, ROLES};
use super::interjections::{is_interjection, is_texting_spelling};
use super::lexicon::WordFacts;
use super::misspelling::one_edit_from_a_frequent_word;
use super::texting::{negative_contraction, texting_form_of_a_word};
use super::tokens::{joined_at, Gap, Shape, Token};
use super::unknown_capitalised::unheard_of;

/// `spans` (inclusive token ranges of found names), each widened over an unknown
/// capitalised word right before and right after it; nothing changes in a comment
/// without capitals.
pub(crate) fn widened_over_unknown_words(
    spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
    is_word: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return spans
            .into_iter()
            .map(|(first, last)| {
                let surname_after = !facts[last].english
                    && joined_at(tokens, last + 1)
                    && is_unknown_small_word(&tokens[last + 1], facts[last + 1], &is_word);
                // The given name before a found surname, where a cue opens the two:
                // "narrated by escipion bektasevic", "timekeeper: democles meshic".
                let given_before = first >= 1
                    && joined_at(tokens, first)
                    && is_unknown_small_word(&tokens[first - 1], facts[first - 1], &is_word)
                    && (cue_before(tokens, first - 1).is_some()
                        || person_label_before(tokens, first - 1));
                (
                    first - usize::from(given_before),
                    last + usize::from(surname_after),
                )
            })
            .collect();
    }
    // A word in capitals joins only across one space: not past a possessive
    // ("MALTENA'S AIRPODS").
    let unknown = |k: usize, beside: usize| {
        is_unknown_word(&tokens[k], facts[k])
            || (tokens[k.max(beside)].start == tokens[k.min(beside)].end + 1
                && is_unknown_shouted_word(&tokens[k], facts[k]))
    };
    spans
        .into_iter()
        .map(|(mut first, mut last)| {
            if first > 0
                && tokens[first].gap == Gap::Space
                && (unknown(first - 1, first)
                    || given_name_of_a_place(&tokens[first - 1], facts[first - 1])
                    || given_name_that_is_a_word(&tokens[first - 1], facts[first - 1]))
            {
                first -= 1;
            }
            if tokens
                .get(last + 1)
                .is_some_and(|next| next.gap == Gap::Space)
                && unknown(last + 1, last)
            {
                last += 1;
            }
            (first, last)
        })
        .collect()
}

/// Words before a colon that label a person, besides a role, an agent's noun
/// ([`person_label_before`]) and the headings the cues read already ("Re:", "From:").
const PERSON_LABELS: &[&str] = &["signed", "to", "cc", "host", "by"];

/// Endings of an agent's noun or a doer's phrase before a colon ("timekeeper",
/// "narrator", "signed-off-by", "anaesthetist").
const AGENT_ENDINGS: &[&str] = &["er", "or", "by", "ist"];

/// Whether a label naming a person and its colon stand right before token `k`:
/// "timekeeper: democles meshic", "signed-off-by: escipion kollios"; not a label of a
/// finding ("reason: syncope vasovagal", "culture: bacteroides fragilis").
fn person_label_before(tokens: &[Token<'_>], k: usize) -> bool {
    k > 0 && tokens[k].gap == Gap::Colon && {
        let label = tokens[k - 1].lower.as_str();
        // A form's lettered field ("a: xerces lindqvist" in an SBAR note) too.
        label.len() == 1
            || PERSON_LABELS.contains(&label)
            || ROLES.contains(&label)
            || AGENT_ENDINGS.iter().any(|ending| label.ends_with(ending))
    }
}

/// Whether a token is a capitalised given name that is also a place's or a festival's
/// word ("Albert", "Chelsea", "Victoria"), and no everyday word (so no royal title: "queen", "prince"):
/// the first half of a name when a found name or a surname follows it.
pub(crate) fn given_name_of_a_place(token: &Token<'_>, facts: WordFacts) -> bool {
    token.shape == Shape::Capitalised
        && !token.in_brackets
        && facts.soft
        && facts.first_rank > 0
        && !facts.common
        && !facts.english
}

/// Whether a token is a capitalised name that is also a word ("Grace", "Will", "Mark"),
/// on no list of everyday, place or not-a-name words and no rank: the first half of a name when a found
/// name follows it ("Grace Hill was the nurse on duty", where "Hill" alone is found).
fn given_name_that_is_a_word(token: &Token<'_>, facts: WordFacts) -> bool {
    token.shape == Shape::Capitalised
        && !token.in_brackets
        && facts.word_name
        && !facts.soft
        && !facts.common
        && !facts.not_name
        && !RANKS.contains(&token.lower.as_str())
}

/// Words of rank that name lists also hold ("Lady", "Major"): before a name they are its
/// title, not its first half.
const RANKS: &[&str] = &["lady", "major", "princess", "sultan", "lord", "dame"];

/// Whether a token is a capitalised word that no list and no real comment holds.
fn is_unknown_word(token: &Token<'_>, facts: WordFacts) -> bool {
    token.shape == Shape::Capitalised
        && !token.in_brackets
        && token.text.len() >= 2
        && token.capital_then_small_letters()
        && (!facts.listed_as_a_word() || facts.derived)
        && !facts.any_name()
        && unheard_of(token.lower.as_str())
}

/// Whether a token is a word in capitals, letters only, five or more and sayable (no
/// short form: units are written in four, "AMAU", "DEXA", "EPAU"), that no list and no real comment holds: the other half of a name
/// written in capitals ("BINATES DEPBOYLU", where the second half alone is found), as
/// [`is_unknown_word`] is beside a name written with a capital.
fn is_unknown_shouted_word(token: &Token<'_>, facts: WordFacts) -> bool {
    token.shape == Shape::Upper
        && !token.in_brackets
        && token.text.len() >= 5
        && token.text.chars().all(|c| c.is_alphabetic())
        && sayable(token.lower.as_str())
        && (!facts.listed_as_a_word() || facts.derived)
        && !facts.any_name()
        && unheard_of(token.lower.as_str())
}

/// Whether a token of a comment without case is a word of three or more small letters
/// that no list and no real comment holds and that reads as no texting or slip of the
/// keys: the surname after a found given name ("pilot zimo howing, two pushers"), as
/// [`is_unknown_word`] is in a cased comment.
fn is_unknown_small_word(
    token: &Token<'_>,
    facts: WordFacts,
    is_word: &impl Fn(&str) -> bool,
) -> bool {
    token.shape == Shape::Lower
        && !token.in_brackets
        && token.text.len() >= 3
        && token.text.chars().all(|c| c.is_alphabetic())
        && (!facts.listed_as_a_word() || facts.derived)
        && !facts.any_name()
        && unheard_of(token.lower.as_str())
        && !spelt_as_texting(token.lower.as_str(), is_word)
}

/// Whether a small-letter word reads as texting or a slip of the keys ("pls", "didnt",
/// "amzing"): a texting form of a word (no vowel, an apostrophe left out), a listed
/// texting spelling or interjection, or one edit from a word real comments write.
fn spelt_as_texting(lower: &str, is_word: &impl Fn(&str) -> bool) -> bool {
    texting_form_of_a_word(lower, is_word)
        || negative_contraction(lower, is_word)
        || is_texting_spelling(lower)
        || is_interjection(lower)
        || one_edit_from_a_frequent_word(lower)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    /// The found names of `text` after widening, from the found words `found`.
    fn widened<'t>(text: &'t str, found: &[&str]) -> Vec<&'t str> {
        let tokens = tokenize(text);
        let lexicon = NameLexicon::new();
        let facts = lexicon.facts_of(&tokens);
        let spans: Vec<(usize, usize)> = found
            .iter()
            .map(|word| {
                let i = tokens.iter().position(|t| t.text == *word).expect("word");
                (i, i)
            })
            .collect();
        let out = widened_over_unknown_words(spans, &tokens, &facts, is_caseless(text), |w| {
            lexicon.facts(w).english
        });
        span_texts(text, &tokens, out)
    }

    #[test]
    fn an_unknown_capitalised_word_beside_a_name_joins_it() {
        assert_eq!(
            widened("Roped to Sarah Qvistbrekke, I made it.", &["Sarah"]),
            ["Sarah Qvistbrekke"]
        );
        assert_eq!(
            widened("Then Uchezwe Patel came on the radio.", &["Patel"]),
            ["Uchezwe Patel"]
        );
        // A given name that is also a place's word, or another word.
        assert_eq!(
            widened("Albert Smith helped my mum.", &["Smith"]),
            ["Albert Smith"]
        );
        assert_eq!(
            widened("Grace Hill was the nurse on duty.", &["Hill"]),
            ["Grace Hill"]
        );
        // A prefix before a listed word makes no listing ("re" + "chichi").
        assert_eq!(
            widened("Gabit Rechichi found my hearing aid.", &["Gabit"]),
            ["Gabit Rechichi"]
        );
        // In a comment without case, the word after a found given name.
        assert_eq!(
            widened("pilot zimo howing, two pushers", &["zimo"]),
            ["zimo howing"]
        );
    }

    #[test]
    fn listed_words_places_breaks_and_small_letters_are_left() {
        for (text, name) in [
            ("Thanks Sarah for it.", "Sarah"),
            ("Sarah Hospital was fine.", "Sarah"),
            ("Sarah, Qvistbrekke and me.", "Sarah"),
            ("Sarah (Qvistbrekke) came.", "Sarah"),
            ("Sarah QVISTBREKKE came.", "Sarah"),
            ("Sarah Leeds was fine.", "Sarah"),
            ("Queen Okafor was fine.", "Okafor"),
            ("Major Okafor was fine.", "Okafor"),
            ("Leeds Okafor was fine.", "Okafor"),
            ("My Okafor case sat there.", "Okafor"),
            // In small letters only the word after, and never a listed or seen word.
            ("qvistbrekke sarah came", "sarah"),
            ("thanks sarah brilliant care", "sarah"),
            ("thanks sarah qv came", "sarah"),
            ("dear sarah pls bring cake", "sarah"),
            ("sarah didnt come back", "sarah"),
            ("sarah amzing as ever", "sarah"),
            ("then nan sang crimond with us", "sang"),
            // The word before only after a cue or a person's label and its colon.
            ("reason: qvistbrekke sarah", "sarah"),
            ("so qvistbrekke sarah came", "sarah"),
        ] {
            assert_eq!(widened(text, &[name]), [name], "{text}");
        }
    }

    #[test]
    fn in_small_letters_the_word_before_joins_after_a_cue_or_a_persons_label() {
        for (text, name, whole) in [
            (
                "narrated by qvistbrekke sarah",
                "sarah",
                "qvistbrekke sarah",
            ),
            (
                "timekeeper: qvistbrekke sarah",
                "sarah",
                "qvistbrekke sarah",
            ),
            (
                "signed-off-by: qvistbrekke sarah",
                "sarah",
                "qvistbrekke sarah",
            ),
            ("a: qvistbrekke sarah did it", "sarah", "qvistbrekke sarah"),
        ] {
            assert_eq!(widened(text, &[name]), [whole], "{text}");
        }
    }
}
