//! Extra name bias for a word no list holds in a comment without capitals.
//!
//! The tagger learnt texting-style comments from training names, which a name list
//! mostly holds, and from lower-cased background comments, whose unlisted words are
//! misspellings: so it learnt that an unlisted small-letter word in a comment without
//! capitals is rarely a name, and scores a name no list holds ("waitin on dzifa 2 bring
//! my tabs") below one. A leaked name costs more than a redacted word, and such a word
//! still goes through every veto after the tagger (a texting spelling of a word, a
//! misspelling, a spelling unlike a name, a word real comments use), so it gets this much
//! more towards a name than the weights say.

use super::super::lexicon::WordFacts;
use super::super::tokens::{Shape, Token};

/// How much more an unlisted word in a comment without capitals scores as a name.
pub(crate) const UNLISTED_CASELESS_BIAS: f32 = 15.0;

/// The extra name bias of `token`: [`UNLISTED_CASELESS_BIAS`] for a small-letter word
/// in no name, English, proper-noun or not-a-name list in a comment without capitals,
/// else none.
pub(crate) fn unlisted_caseless_bias(token: &Token<'_>, facts: &WordFacts, caseless: bool) -> f32 {
    let listed = facts.any_name()
        || facts.english
        || facts.proper
        || facts.not_name
        || facts.soft
        || facts.common;
    // Letters, and hyphens joining them ("maria-jose"): not numbers or codes.
    let wordlike = token.text.chars().all(|c| c.is_alphabetic() || c == '-');
    // Small letters only: a comment in capitals shouts, and there run-together words
    // ("NOTHINGTHANK") are the unlisted ones more often than names.
    if caseless && token.shape == Shape::Lower && !listed && wordlike {
        UNLISTED_CASELESS_BIAS
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::lexicon::NameLexicon;
    use super::super::super::tokens::tokenize;
    use super::*;

    fn bias(text: &str, word: &str, caseless: bool) -> f32 {
        let lexicon = NameLexicon::new();
        let tokens = tokenize(text);
        let token = tokens
            .iter()
            .find(|t| t.text == word)
            .expect("word in text");
        unlisted_caseless_bias(token, &lexicon.facts(token.lower.as_str()), caseless)
    }

    #[test]
    fn an_unlisted_word_without_capitals_gets_the_extra_bias() {
        assert_eq!(
            bias("waitin on dzifa 2 bring my tabs", "dzifa", true),
            UNLISTED_CASELESS_BIAS
        );
        assert_eq!(
            bias("waitin on maria-jose 2 bring my tabs", "maria-jose", true),
            UNLISTED_CASELESS_BIAS
        );
    }

    #[test]
    fn listed_words_and_cased_comments_do_not() {
        // A listed given name, an everyday word, and the same word in a cased comment.
        assert_eq!(bias("waitin on sarah 2 bring my tabs", "sarah", true), 0.0);
        assert_eq!(bias("waitin on the bus", "bus", true), 0.0);
        assert_eq!(bias("Waitin on Dzifa to bring them", "Dzifa", false), 0.0);
        // A comment in capitals.
        assert_eq!(bias("NOTHINGTHANK YOU", "NOTHINGTHANK", true), 0.0);
        // Not a word: a code of letters and digits.
        assert_eq!(bias("ref ab12cd on the letter", "ab12cd", true), 0.0);
    }
}
