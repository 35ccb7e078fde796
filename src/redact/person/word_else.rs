//! "else" after the words it always follows: "everything else", "someone else", "what
//! else", "or else". Some given-name lists hold "Else" (a Danish and German name), so
//! the tagger can take the small-letter word for a name in a comment without capitals
//! ("i liked it, everything else was bad"); after these words it is only ever the word.
//! A capitalised "Else" in a comment that uses capitals is left to the other rules.

use super::tokens::{Gap, Shape, Token};

/// The words "else" follows as a word: indefinite pronouns, question words, "or".
const BEFORE_ELSE: &[&str] = &[
    "everything",
    "anything",
    "something",
    "nothing",
    "everyone",
    "anyone",
    "someone",
    "everybody",
    "anybody",
    "somebody",
    "nobody",
    "one",
    "everywhere",
    "anywhere",
    "somewhere",
    "nowhere",
    "what",
    "who",
    "where",
    "how",
    "why",
    "whatever",
    "or",
    "much",
    "little",
];

/// Whether the found name `first..=last` is the one word "else", in small letters (or in
/// a comment without case), right after one of [`BEFORE_ELSE`].
pub(crate) fn else_after_its_word(
    tokens: &[Token<'_>],
    caseless: bool,
    first: usize,
    last: usize,
) -> bool {
    let token = &tokens[first];
    first == last
        && first > 0
        && token.lower.as_str() == "else"
        && (caseless || token.shape == Shape::Lower)
        && token.gap == Gap::Space
        && BEFORE_ELSE.contains(&tokens[first - 1].lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::tokenize;

    /// Whether the word "else" (or `word`) of `text`, taken as a found name, is the word.
    fn is_word(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).unwrap();
        let caseless = !text.chars().any(char::is_uppercase);
        else_after_its_word(&tokens, caseless, i, i)
    }

    #[test]
    fn else_after_a_pronoun_or_question_word_is_the_word() {
        assert!(is_word("i liked it, everything else was bad", "else"));
        assert!(is_word("pros x cons everything else tbh", "else"));
        assert!(is_word("what else can i say", "else"));
        assert!(is_word("Ask someone else next time.", "else"));
        assert!(is_word("do it or else", "else"));
    }

    #[test]
    fn a_named_else_is_left_to_the_other_rules() {
        // Capitalised in a comment that uses capitals, after no such word, or another word.
        assert!(!is_word("Everything Else was ok, said Mr Dahl", "Else"));
        assert!(!is_word("thank you else for everything", "else"));
        assert!(!is_word("nurse else was kind", "else"));
        assert!(!is_word("everything grace did was kind", "grace"));
    }
}
