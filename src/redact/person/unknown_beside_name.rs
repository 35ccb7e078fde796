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
//! A given name that is also a place's word (`not_names.txt` and a given-name list:
//! Albert, Chelsea, Victoria, Desmond), written right before a found name, is its first
//! half too: "Albert Smith helped my mum". Not an everyday word, which the royal titles
//! are (Queen, King, Prince).

use super::lexicon::WordFacts;
use super::tokens::{Gap, Shape, Token};
use super::unknown_capitalised::unheard_of;

/// `spans` (inclusive token ranges of found names), each widened over an unknown
/// capitalised word right before and right after it; nothing changes in a comment
/// without capitals.
pub(crate) fn widened_over_unknown_words(
    spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return spans;
    }
    let unknown = |k: usize| is_unknown_word(&tokens[k], facts[k]);
    spans
        .into_iter()
        .map(|(mut first, mut last)| {
            if first > 0
                && tokens[first].gap == Gap::Space
                && (unknown(first - 1)
                    || given_name_of_a_place(&tokens[first - 1], facts[first - 1]))
            {
                first -= 1;
            }
            if tokens
                .get(last + 1)
                .is_some_and(|next| next.gap == Gap::Space)
                && unknown(last + 1)
            {
                last += 1;
            }
            (first, last)
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    /// The found names of `text` after widening, from the found words `found`.
    fn widened<'t>(text: &'t str, found: &[&str]) -> Vec<&'t str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans: Vec<(usize, usize)> = found
            .iter()
            .map(|word| {
                let i = tokens.iter().position(|t| t.text == *word).expect("word");
                (i, i)
            })
            .collect();
        let out = widened_over_unknown_words(spans, &tokens, &facts, is_caseless(text));
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
        // A given name that is also a place's word.
        assert_eq!(
            widened("Albert Smith helped my mum.", &["Smith"]),
            ["Albert Smith"]
        );
        // A prefix before a listed word makes no listing ("re" + "chichi").
        assert_eq!(
            widened("Gabit Rechichi found my hearing aid.", &["Gabit"]),
            ["Gabit Rechichi"]
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
            ("Leeds Okafor was fine.", "Okafor"),
            ("My Okafor case sat there.", "Okafor"),
            ("sarah qvistbrekke came", "sarah"),
        ] {
            assert_eq!(widened(text, &[name]), [name], "{text}");
        }
    }
}
