//! A person's name coined into a way of doing something: "the Kerminen method, as
//! Sister called her way with Grandad", "Keep it tight: the Okafor way". Staff and
//! families name a knack after the one who showed it; the article belongs to the
//! method, not to the name, so the rule that an article makes a name a thing ("the
//! Mona Lisa", [`super::after_an_article`]) does not hold here.
//!
//! The word must stand between "the", "a" or "an" and one of [`COINED_METHOD_NOUNS`],
//! be written as a name (capitalised in a comment that uses capitals), and be either a
//! listed given name or surname that is no everyday word, or a word on no list of names,
//! words or places that real comments never write in small letters
//! ([`super::corpus_counts`]); in a comment without capitals, where a typo is as
//! unknown, such a word must also be spelt like a name ([`super::name_likeness`]). A
//! name that is also a word is left ("the Turner method", "the Best way": adjectives
//! and surnames that are words stand there alike). Methods famous enough to be named in
//! any comment ("the Bobath approach", "the McKenzie method") are dropped later by the
//! closed list of [`super::named_kinds`]; the nouns that only a method's maker stands
//! before ("technique", "manoeuvre", "guidelines") are left to it too.

use super::after_an_article::ARTICLES;
use super::corpus_counts::counts;
use super::lexicon::WordFacts;
use super::name_likeness::spelt_unlike_a_name;
use super::tokens::{single_token_finds, Gap, Token};
use super::vetoes::town_or_place;

/// Nouns of a way of doing something that a person's name is coined into.
const COINED_METHOD_NOUNS: &[&str] = &["method", "way", "approach", "routine", "trick", "knack"];

/// Whether the token after `i` is a noun of [`COINED_METHOD_NOUNS`] (in any case), a
/// space between.
pub(crate) fn method_noun_after(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|next| {
        next.gap == Gap::Space && COINED_METHOD_NOUNS.contains(&next.lower.as_str())
    })
}

/// The names coined into a method (see the module doc), as one-token inclusive ranges.
pub(crate) fn names_coined_into_methods(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    single_token_finds(tokens.len(), |i| {
        let token = &tokens[i];
        let word = facts[i];
        // The article and the noun first: they rule out nearly every word at once.
        i > 0
            && ARTICLES.contains(&tokens[i - 1].lower.as_str())
            && method_noun_after(tokens, i)
            && token.gap == Gap::Space
            && !token.in_brackets
            && token.written_as_name(caseless)
            && !token.text.contains('-')
            && !word.not_name
            && !word.soft
            && !word.english
            && !word.common
            && !word.word_name
            && !town_or_place(token.lower.as_str())
            && (word.first
                || word.surname
                || unknown_name_like(token.lower.as_str(), word, caseless))
    })
}

/// A word no list knows and real comments never write in small letters; in a comment
/// without capitals, where typos are as unknown, also spelt like a name.
fn unknown_name_like(lower: &str, word: WordFacts, caseless: bool) -> bool {
    !word.proper
        && !word.derived
        && counts(lower).lower == 0
        && (!caseless || !spelt_unlike_a_name(lower))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, tokenize};
    use super::*;

    /// The words of `text` found as names coined into methods.
    fn found(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        names_coined_into_methods(&tokens, &facts, is_caseless(text))
            .into_iter()
            .map(|(first, _)| tokens[first].text)
            .collect()
    }

    #[test]
    fn a_name_coined_into_a_method_is_found() {
        assert_eq!(
            found("Keep it tight: the Kerminen method, as Sister called it."),
            ["Kerminen"]
        );
        assert_eq!(found("We learnt the Okafor way of lifting."), ["Okafor"]);
        assert_eq!(found("She showed us the Patel approach."), ["Patel"]);
        assert_eq!(found("It was a Sarah routine every night."), ["Sarah"]);
        assert_eq!(found("Dad swore by an Okafor approach."), ["Okafor"]);
        assert_eq!(found("thanks to the kerminen method"), ["kerminen"]);
    }

    #[test]
    fn words_places_and_other_nouns_are_left() {
        for text in [
            // Everyday words, places, a name that is a word, no article, other nouns.
            "The Modern method works.",
            "the turner method worked",
            "We did it the Leeds way.",
            "We did it the London way.",
            "We did it the Hard way.",
            "We did it the Best way we could.",
            "Sit square: the Turner method, as Dr Webb said.",
            "The Long Way Round was on telly.",
            "Kerminen method worked.",
            "the Kerminen ward was clean.",
            "We used the Zimmer frame.",
            // A hyphenated pair is a famous method's makers.
            "harder than the Duckworth-Lewis method",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
