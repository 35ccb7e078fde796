//! A word the writer doubts the spelling of is a name: "Fair play, Victoria, if I have the
//! spelling right, was the midwife", "Nurse Siobhan (not sure of the spelling)", "thanks
//! to Oyelaran, sorry if I spelt that wrong". People hedge on how a name is spelt, the
//! name they heard once on a badge or at a bedside, and not on everyday words; the hedge
//! says so where nothing else does (the tagger weighs "Victoria" and "Albert" low, as
//! places).
//!
//! The hedge follows the word within seven words, set off from it by a comma, a bracket
//! or a stop, opened by a word of doubt or apology ("if", "not", "sorry", "hope",
//! "apologies", "excuse", "forgive", "i", "i've", "ive", "might", "probably") and holding
//! a word of spelling ("spell", "spelt", "spelled", "spelling", or "sp" set off: "(sp?)"). The
//! word itself is written as a name (capitalised in a comment that uses capitals), is no
//! common word, role, pronoun or medicine (but a role word after a given name is a surname); a
//! capitalised word or two right before it that are written as names too are taken with
//! it ("Megan Porter, if I spelt it right").

use super::cues::ROLES;
use super::lexicon::WordFacts;
use super::medicines::has_medicine_stem;
use super::tokens::{Gap, Token};

/// Words that open a hedge about spelling.
const HEDGE_OPENERS: &[&str] = &[
    "if",
    "not",
    "sorry",
    "hope",
    "hopefully",
    "apologies",
    "apologise",
    "apologize",
    "excuse",
    "forgive",
    "i",
    "i've",
    "ive",
    "might",
    "probably",
    "sp",
    "spelling",
    "spelt",
    "spelled",
];

/// Words that name a spelling.
const SPELLING_WORDS: &[&str] = &["spell", "spelt", "spelled", "spelling", "spellings"];

/// Most words from the doubted word to the word of spelling.
const MOST_WORDS_TO_THE_SPELLING: usize = 7;

/// Words of address and pronouns that a hedge never doubts.
const NOT_DOUBTED: &[&str] = &["i", "he", "she", "they", "we", "you", "it", "his", "her"];

/// The names (inclusive token ranges) that a hedge about spelling follows.
pub(crate) fn names_with_a_spelling_hedge(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (k, token) in tokens.iter().enumerate() {
        let word = token.lower.as_str();
        // Most words are no spelling: one test of their first letters.
        if !word.starts_with("sp") {
            continue;
        }
        // "sp" only set off from the word before ("Albert (sp?)").
        let spelling = SPELLING_WORDS.contains(&word) || (word == "sp" && token.gap == Gap::Break);
        if !spelling {
            continue;
        }
        // The doubted word: the last word before a hedge that opens near the spelling.
        let earliest = k.saturating_sub(MOST_WORDS_TO_THE_SPELLING);
        let Some(opener) = (earliest.max(1)..=k).find(|&j| {
            tokens[j].gap != Gap::Space && HEDGE_OPENERS.contains(&tokens[j].lower.as_str())
        }) else {
            continue;
        };
        let name = opener - 1;
        // A role word after a given name is its surname ("Megan Porter, if I spelt it
        // right").
        let surname_after_a_given_name = name > 0
            && tokens[name].gap == Gap::Space
            && tokens[name].written_as_name(caseless)
            && tokens[name - 1].written_as_name(caseless)
            && facts[name - 1].first;
        if !(doubted_name(&tokens[name], facts[name], caseless) || surname_after_a_given_name) {
            continue;
        }
        let mut first = name;
        while first > 0
            && name - first < 2
            && tokens[first].gap == Gap::Space
            && doubted_name(&tokens[first - 1], facts[first - 1], caseless)
        {
            first -= 1;
        }
        found.push((first, name));
    }
    found
}

/// Whether a word may be the name a hedge doubts: written as a name, no common word, role
/// or pronoun, no word that is never a name, no medicine ("Amlodipine (sp?)").
fn doubted_name(token: &Token<'_>, facts: WordFacts, caseless: bool) -> bool {
    let word = token.lower.as_str();
    token.written_as_name(caseless)
        && !facts.common
        && !facts.not_name
        && !ROLES.contains(&word)
        && !NOT_DOUBTED.contains(&word)
        && !has_medicine_stem(word)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    fn doubted(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans = names_with_a_spelling_hedge(&tokens, &facts, is_caseless(text));
        span_texts(text, &tokens, spans)
    }

    #[test]
    fn a_word_whose_spelling_is_doubted_is_a_name() {
        for (text, name) in [
            (
                "Fair play, Victoria, if I have the spelling right, was the midwife.",
                "Victoria",
            ),
            (
                "Nurse Siobhan (not sure of the spelling) was lovely.",
                "Siobhan",
            ),
            (
                "Thanks to Oyelaran, sorry if I spelt that wrong.",
                "Oyelaran",
            ),
            (
                "Megan Porter, if I spelt it right, drove us.",
                "Megan Porter",
            ),
            ("The porter Albert (sp?) took me down.", "Albert"),
            ("megan, hope i spelt it right, was great", "megan"),
        ] {
            assert_eq!(doubted(text), [name], "{text}");
        }
    }

    #[test]
    fn other_doubts_and_everyday_words_are_left() {
        for text in [
            "The staff, if I have the spelling right, were great.",
            "Sorry for my spelling, I am dyslexic.",
            "Victoria was great. My spelling is bad.",
            "The nurse, if I spelt it right, was kind.",
            "She, if I have the spelling right, was kind.",
            "Victoria can spell my name now.",
            "Victoria if I have the spelling right",
            "I have been on Amlodipine (sp?) for years.",
        ] {
            assert!(doubted(text).is_empty(), "{text}");
        }
    }
}
