//! Which tokens the tagger scores at all: the rest are outside any name without a look.
//!
//! A capitalised word or initial that is not a listed not-a-name word, a function word or
//! an everyday English word that no name list holds; a small-letter word that a name list
//! holds; and, in a comment without case, a word that is in no English word list. Most words of most comments are not
//! candidates, which is what keeps the tagger cheap.

use super::super::lexicon::WordFacts;
use super::super::tokens::{Shape, Token};

/// Whether the tagger should score `token`.
pub(crate) fn is_candidate(token: &Token<'_>, facts: &WordFacts, caseless: bool) -> bool {
    if token.in_brackets || facts.not_name || facts.common {
        return false;
    }
    // An everyday English word in no name list ("Everything", "Staff", "Parking"): names
    // that are words (Grace, Will, Baker) are in the name lists.
    if facts.everyday_word_only() {
        return false;
    }
    let letters_only = token.text.chars().any(char::is_alphabetic);
    if !letters_only {
        return false;
    }
    match token.shape {
        Shape::Other => false,
        Shape::Capitalised | Shape::Initial => true,
        Shape::Upper => caseless,
        // A small-letter word in a comment that uses capitals is a name only if a name
        // list holds it: an unknown one there is far more often a misspelling.
        Shape::Lower => {
            facts.any_name() || (caseless && !facts.english && token.text.chars().count() >= 3)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::lexicon::NameLexicon;
    use super::super::super::tokens::tokenize;
    use super::*;

    fn candidates(text: &str, caseless: bool) -> Vec<&str> {
        let lexicon = NameLexicon::new();
        tokenize(text)
            .into_iter()
            .filter(|t| is_candidate(t, &lexicon.facts(t.lower.as_str()), caseless))
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn capitalised_words_and_unknown_small_words_are_candidates() {
        assert_eq!(
            candidates("Zanele made the stay bearable on Ward 4", false),
            vec!["Zanele"]
        );
        assert_eq!(candidates("hi its alanis again", true), vec!["alanis"]);
        assert_eq!(candidates("ask grace to ring", true), vec!["grace"]);
    }

    #[test]
    fn function_words_numbers_and_markers_are_not() {
        assert!(candidates("The staff were kind and helpful", false).is_empty());
        assert!(candidates("Seen at 10:30 by [name redacted] on NHS 111", false).is_empty());
        // An unknown small-letter word in a comment with capitals: a misspelling.
        assert!(candidates("The Staff were absouloutly great", false).is_empty());
        // Colloquial words the SCOWL list lacks (`english_words_more.txt`).
        assert!(candidates("no telly and no radio, shambolic", true).is_empty());
    }
}
