//! A person with the writer, doing something to them: "first ascent of the ward stairs
//! with maiyumi holding my belt", "went home with djoka helping me in".
//!
//! "With", then a word, then a verb in "-ing" and the writer or their own as its object
//! ("me", "my", "us", "our"…): what does that to the writer is a person (or a pet, or a
//! thing that holds: "with sticks holding my bag", "with the frame supporting me"). So
//! the middle word is a name when it can be no word: written in small letters (a
//! capitalised one is the tagger's), in no list of words and spelt as no everyday word
//! is, the tests the second reading of small-letter names makes
//! ([`super::small_letter_name`]). The rules take a small-letter word only when a list
//! holds it, and the tagger, weighing the word and its neighbours, leaves some ("with
//! maiyumi helping me" it takes, "with maiyumi holding my belt" it left).

use super::lexicon::{NameLexicon, WordFacts};
use super::small_letter_name::can_be_no_word;
use super::tokens::{Gap, Token};

/// Objects that make the one doing the deed someone near the writer.
const THE_WRITER_OR_THEIR_OWN: &[&str] = &[
    "me", "my", "us", "our", "him", "his", "her", "them", "their", "mum", "dad",
];

/// The names found so (see the module docs), as inclusive token ranges of one token.
pub(crate) fn people_with_the_writer(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    lexicon: &NameLexicon,
) -> Vec<(usize, usize)> {
    (1..tokens.len().saturating_sub(2))
        .filter(|&i| doing_something_to_the_writer(tokens, facts, lexicon, i))
        .map(|i| (i, i))
        .collect()
}

/// Whether token `i` stands between "with" and a verb in "-ing" whose object is the
/// writer or their own, and can be no word.
fn doing_something_to_the_writer(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    lexicon: &NameLexicon,
    i: usize,
) -> bool {
    let (with, verb, object) = (&tokens[i - 1], &tokens[i + 1], &tokens[i + 2]);
    let spaced = [&tokens[i], verb, object]
        .iter()
        .all(|token| token.gap == Gap::Space);
    spaced
        && with.lower.as_str() == "with"
        && verb.lower.as_str().ends_with("ing")
        && facts[i + 1].english
        && THE_WRITER_OR_THEIR_OWN.contains(&object.lower.as_str())
        && can_be_no_word(tokens, facts, lexicon, i)
}

#[cfg(test)]
mod tests {
    use super::super::name_word_position::read_for_test;
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let (tokens, facts, _) = read_for_test(text);
        let lexicon = NameLexicon::new();
        people_with_the_writer(&tokens, &facts, &lexicon)
            .into_iter()
            .map(|(first, last)| &text[tokens[first].start..tokens[last].end])
            .collect()
    }

    #[test]
    fn a_word_that_can_be_no_word_doing_something_to_the_writer_is_a_name() {
        assert_eq!(
            found("first ascent of the ward stairs with maiyumi holding my belt"),
            vec!["maiyumi"]
        );
        assert_eq!(found("went home with djoka helping me in"), vec!["djoka"]);
    }

    #[test]
    fn words_and_other_objects_are_left() {
        // A word of English, a misspelling, no object of the writer's, no "with".
        assert!(found("went up the stairs with sticks holding my bag").is_empty());
        assert!(found("went up with somone holding my bag").is_empty());
        assert!(found("with maiyumi holding the door").is_empty());
        assert!(found("and maiyumi holding my belt").is_empty());
        assert!(found("with maiyumi held my belt").is_empty());
    }
}
