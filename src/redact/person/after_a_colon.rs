//! A listed given name standing alone right after a colon: "Gold: Peter, for staying
//! with Grandad", "Present: Tony, two students and a tea trolley", "Winner: Sally.".
//! Headings of awards, minutes and lists put a person's name after a colon; the
//! tagger reads a colon as a break and a name right after one as a sentence's first
//! word, and leaves a lone given name there.
//!
//! The word must be on a given-name list and not a name that is also an everyday word
//! ("Note: Will, ...", "Weather: Sunny." are left; "Peter" and "Sally" are names though
//! the word list holds "peter" and "sally"), nor a common, not-a-name or place word,
//! written as a name, and alone: a comma, a stop or the end right after it, or, when
//! the word list does not hold it as a word (it holds "peter" and "sally"), a word in
//! small letters in a comment that uses capitals ("Verdict: Mike stays"). A name of two
//! words there is the tagger's to read.

use super::lexicon::WordFacts;
use super::tokens::{single_token_finds, Gap, Shape, Token};

/// The given names right after a colon and alone (see the module doc), as one-token
/// inclusive ranges.
pub(crate) fn given_names_after_colons(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    single_token_finds(tokens.len(), |i| {
        let token = &tokens[i];
        let word = facts[i];
        token.gap == Gap::Colon
            && i > 0
            && !token.in_brackets
            && !tokens[i - 1].in_brackets
            && word.first
            && !word.common
            && !word.not_name
            && !word.soft
            && token.written_as_name(caseless)
            && tokens.get(i + 1).is_none_or(|next| {
                matches!(next.gap, Gap::Comma | Gap::Break)
                    || (!word.english && next.shape == Shape::Lower && !caseless)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::tokenize;

    /// The words found in `text`, with `given` marked as listed given names.
    fn found<'t>(text: &'t str, given: &[&str]) -> Vec<&'t str> {
        let tokens = tokenize(text);
        let facts: Vec<WordFacts> = tokens
            .iter()
            .map(|t| WordFacts {
                first: given.contains(&t.text),
                ..WordFacts::default()
            })
            .collect();
        let caseless = !text.chars().any(char::is_uppercase);
        given_names_after_colons(&tokens, &facts, caseless)
            .into_iter()
            .map(|(first, _)| tokens[first].text)
            .collect()
    }

    #[test]
    fn a_lone_given_name_after_a_colon_is_found() {
        assert_eq!(found("Gold: Peter, for staying.", &["Peter"]), ["Peter"]);
        assert_eq!(found("Present: Tony, two students", &["Tony"]), ["Tony"]);
        assert_eq!(found("Winner: Sally.", &["Sally"]), ["Sally"]);
        assert_eq!(found("gold: sally, for staying", &["sally"]), ["sally"]);
        assert_eq!(
            found("Verdict: Mike stays, the rest go.", &["Mike"]),
            ["Mike"]
        );
    }

    #[test]
    fn other_words_after_a_colon_are_left() {
        // Not listed, not alone, not after a colon, written in small letters.
        assert!(found("Gold: Pebbles, for staying.", &["Peter"]).is_empty());
        assert!(found("Gold: Peter Smith, for staying.", &["Peter"]).is_empty());
        assert!(found("Gold, Peter, for staying.", &["Peter"]).is_empty());
        assert!(found("Gold: peter, for staying.", &["peter"]).is_empty());
        assert!(found("verdict: mike stays, the rest go", &["mike"]).is_empty());
        let tokens = tokenize("Weather: Sunny, then rain.");
        let mut facts = vec![WordFacts::default(); tokens.len()];
        facts[1].word_name = true;
        assert!(given_names_after_colons(&tokens, &facts, false).is_empty());
    }
}
