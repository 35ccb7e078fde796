//! A word in small letters owned by "his", "her" or "their": "she showed my son how on his
//! teddy", "a card with his handprint on it". After a possessive of the third
//! person stands what someone has, not someone: a writer names a person that way only
//! after "my" or "our" ("our Dympna", module `owned_names`), and a name written in small
//! letters ("teddy" is a listed given name, "handprint" is in no list) is no cue that one
//! is meant. Read over every find, the rules' included; a name the writer capitalised
//! ("his Sarah") and a word after a verb of naming ("named her teddy") are left. "its" is
//! not read: texting writes "it's" so ("hi its alanis again").

use super::tokens::{Gap, Shape, Token};

/// Possessives of the third person.
const THIRD_PERSON_POSSESSIVES: &[&str] = &["his", "her", "their"];

/// Verbs of naming before a possessive: what follows is a name given ("we called her
/// teddy").
const NAMING_VERBS: &[&str] = &[
    "named", "name", "names", "naming", "called", "call", "calls",
];

/// Whether the found run `first..=last` is one word in small letters right after a
/// possessive of the third person (see the module doc).
pub(crate) fn names_an_owned_thing(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if first != last || first == 0 || tokens[first].shape != Shape::Lower {
        return false;
    }
    let owner = &tokens[first - 1];
    let after_naming = first >= 2
        && owner.gap == Gap::Space
        && NAMING_VERBS.contains(&tokens[first - 2].lower.as_str());
    tokens[first].gap == Gap::Space
        && THIRD_PERSON_POSSESSIVES.contains(&owner.lower.as_str())
        && !after_naming
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens_and_span;
    use super::*;

    /// Whether the word `word` of `text` is an owned thing.
    fn owned(text: &str, word: &str) -> bool {
        let (tokens, first, last) = tokens_and_span(text, word, word);
        names_an_owned_thing(&tokens, first, last)
    }

    #[test]
    fn a_small_letter_word_after_his_or_her_is_a_thing() {
        assert!(owned("she showed my son how on his teddy.", "teddy"));
        assert!(owned("a card with his handprint on it", "handprint"));
        assert!(owned("they brought their teddy in", "teddy"));
    }

    #[test]
    fn names_after_my_a_capital_or_a_verb_of_naming_are_left() {
        assert!(!owned("thanks to his Teddy for coming", "Teddy"));
        assert!(!owned("our jess came every day", "jess"));
        assert!(!owned("we called her teddy after grandad", "teddy"));
        assert!(!owned("the nurse teddy was kind", "teddy"));
        assert!(!owned("hi its alanis again", "alanis"));
    }
}
