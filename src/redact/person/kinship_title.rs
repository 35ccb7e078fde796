//! A given name that is also a word, after a kinship word written as a title: "Grandad
//! Pat came every day", "Nanny Pat", "Auntie Joy brought food", "Uncle Bill". A given
//! name no word list holds is found after such a word by the tagger ("Uncle Femi"), but
//! a name that is a word ("Pat", "Joy", "Bill") is read as the word, and leaked.
//!
//! Taken: in a comment that uses case, a capitalised kinship word of [`KINSHIP_TITLES`]
//! and, right after it, a capitalised word a given-name list holds (names that are words
//! included), not a not-a-name word. A word that is also a verb of wishing or a modal
//! ("Nan May come", "Grandad Will be") is taken only when what follows closes the name: a
//! stop, a comma or a verb of a subject's clause ("Grandad Will was…").

use super::lexicon::WordFacts;
use super::name_word_position::PERSON_VERBS;
use super::tokens::{joined_at, lower_at, single_token_finds, Shape, Token};

/// Kinship words that stand before a relative's name like a title.
const KINSHIP_TITLES: &[&str] = &[
    "uncle", "auntie", "aunty", "aunt", "nanny", "nana", "nanna", "nan", "gran", "granny",
    "grandma", "grandad", "granddad", "grandpa", "grampa", "grampy", "cousin",
];

/// Given names that are also modal verbs or verbs of wishing, read as the verb unless
/// the name is closed ("Nan May come tomorrow", "Hope the nurse got home").
pub(crate) const VERB_NAMES: &[&str] =
    &["will", "may", "can", "hope", "trust", "wish", "mark", "sue"];

/// Verbs of a subject's clause that close a name before them ("Grandad Will was…").
const CLOSING_VERBS: &[&str] = &["was", "is", "has", "had", "came", "went", "got", "did"];

/// One-token inclusive ranges of the given names this rule takes (see the module doc).
pub(crate) fn given_names_after_kinship_titles(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return Vec::new();
    }
    single_token_finds(tokens.len(), |i| {
        i > 0 && {
            let (title, name) = (&tokens[i - 1], &tokens[i]);
            title.shape == Shape::Capitalised
                && KINSHIP_TITLES.contains(&title.lower.as_str())
                && !title.in_brackets
                && joined_at(tokens, i)
                && name.shape == Shape::Capitalised
                && !name.in_brackets
                && facts[i].listed_given_name()
                && !facts[i].not_name
                && (!VERB_NAMES.contains(&name.lower.as_str()) || closed_after(tokens, i))
        }
    })
}

/// Whether the name at `i` is closed: nothing, a stop or a comma after it, or a verb of
/// a subject's clause.
fn closed_after(tokens: &[Token<'_>], i: usize) -> bool {
    if !joined_at(tokens, i + 1) {
        return true;
    }
    let next = lower_at(tokens, i + 1);
    CLOSING_VERBS.contains(&next) || PERSON_VERBS.contains(&next)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans = given_names_after_kinship_titles(&tokens, &facts, is_caseless(text));
        span_texts(text, &tokens, spans)
    }

    #[test]
    fn a_name_that_is_a_word_after_a_kinship_title_is_a_name() {
        assert_eq!(found("Grandad Pat came every day."), ["Pat"]);
        assert_eq!(found("Nanny Pat came every day."), ["Pat"]);
        assert_eq!(found("Auntie Joy brought food."), ["Joy"]);
        assert_eq!(found("Grandad Will was so happy."), ["Will"]);
        assert_eq!(found("We love you, Nan May."), ["May"]);
    }

    #[test]
    fn verbs_small_letters_and_words_are_left() {
        for text in [
            "Nan May come tomorrow.",
            "Grandad Will be home soon.",
            "grandad pat came every day",
            "My grandad was fine.",
            "Uncle Monday came.",
            "Grandad Came home.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
