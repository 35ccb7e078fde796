//! An everyday word owned by someone or something named before it, in a comment without
//! capitals: "the station's page said", "the club's page said", "my dad's page said it
//! all". In small letters a listed surname or given name that is also a word ("page",
//! "rose", "bill") reads as a name before a verb of a person, but after a possessive it
//! is what is owned, as after an article ("the page said"). A role stays a person ("the
//! club's nurse said"), and a word that is no English word stays for the rules ("my
//! dad's jantje").

use super::cues::{ROLES, TITLES};
use super::lexicon::WordFacts;
use super::tagger::features::possessive_after;
use super::tokens::{Shape, Token};

/// Whether the found name `first..=last` of a comment without capitals (`caseless`) is
/// one everyday word right after a possessive in small letters (see the module doc).
pub(crate) fn names_an_owned_thing(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
    first: usize,
    last: usize,
) -> bool {
    if !caseless || first != last || first == 0 {
        return false;
    }
    let owner = &tokens[first - 1];
    let word = tokens[first].lower.as_str();
    facts[first].english
        && owner.shape == Shape::Lower
        && possessive_after(text, owner.end)
        && text
            .get(owner.end..tokens[first].start)
            .and_then(|between| {
                between
                    .strip_prefix("'s")
                    .or_else(|| between.strip_prefix("\u{2019}s"))
            })
            .is_some_and(|spaces| !spaces.is_empty() && spaces.bytes().all(|b| b == b' '))
        && !ROLES.contains(&word)
        && !TITLES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the word `word` of `text` (without capitals) is read as an owned thing.
    fn owned(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let i = tokens.iter().position(|t| t.text == word).expect("word");
        names_an_owned_thing(text, &tokens, &facts, true, i, i)
    }

    #[test]
    fn an_everyday_word_after_a_possessive_is_owned() {
        assert!(owned("the station's page said she was kind", "page"));
        assert!(owned("my dad\u{2019}s page said it all", "page"));
        assert!(owned("the club's rose won first prize", "rose"));
    }

    #[test]
    fn roles_unlisted_words_and_words_after_no_possessive_stay() {
        assert!(!owned("the club's nurse said it was fine", "nurse"));
        assert!(!owned("my dad's jantje came to visit", "jantje"));
        assert!(!owned("the page said she was kind", "page"));
        assert!(!owned("page said she was kind", "page"));
        assert!(!owned(
            "dont use taxi's. autumn from the team rang",
            "autumn"
        ));
    }
}
