//! Real sentences in which a word that is also a name is used as a word ("the rich food",
//! "at dawn", "a pleasant stay"), cut so that they open with that word, capitalised:
//! "Rich food gave me indigestion." These are training negatives for the hardest case of
//! the tagger, a capitalised word opening a sentence that a name list also holds, with
//! the words that really follow it when it is a word (not a template's).
//!
//! Only the training background is cut this way; the words come from whatever the real
//! comments hold, never from a list written for the tests.

use rand::seq::SliceRandom;
use rand::Rng;

use super::render::Marked;
use crate::redact::person::lexicon::{NameLexicon, WordFacts};
use crate::redact::person::tokens::{tokenize, Shape};

/// Whether `facts` describe an everyday word that a name list also holds.
fn name_and_word(facts: &WordFacts) -> bool {
    facts.english && !facts.common && !facts.not_name && (facts.any_name() || facts.proper)
}

/// A fragment of `comment` opening with a small-letter word that a name list also holds,
/// capitalised, with that word marked as a look-alike; `None` when the comment has no
/// such word (not first in its sentence, not after a title or in brackets).
pub(crate) fn word_use_fragment(
    comment: &str,
    lexicon: &NameLexicon,
    rng: &mut impl Rng,
) -> Option<(String, Marked)> {
    let tokens = tokenize(comment);
    let uses: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            *i > 0
                && t.shape == Shape::Lower
                && !t.sentence_start
                && !t.in_brackets
                && t.text.chars().count() >= 3
                && name_and_word(&lexicon.facts(t.lower.as_str()))
        })
        .map(|(i, _)| i)
        .collect();
    let &i = uses.choose(rng)?;
    let token = &tokens[i];
    let rest = &comment[token.start..];
    let mut chars = rest.chars();
    let first = chars.next()?;
    let mut text: String = first.to_uppercase().collect();
    let shift = text.len() - first.len_utf8();
    text.push_str(chars.as_str());
    let mark = Marked {
        start: 0,
        end: token.end - token.start + shift,
        label: "LOOKALIKE",
    };
    Some((text, mark))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    #[test]
    fn cuts_at_a_word_that_is_also_a_name() {
        let lexicon = NameLexicon::new();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let (text, mark) = word_use_fragment("The staff were young and kind.", &lexicon, &mut rng)
            .expect("young is a surname and a word");
        assert_eq!(text, "Young and kind.");
        assert_eq!(&text[mark.start..mark.end], "Young");
    }

    #[test]
    fn leaves_comments_without_such_a_word() {
        let lexicon = NameLexicon::new();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        assert!(word_use_fragment("The staff were kind.", &lexicon, &mut rng).is_none());
        // A capitalised name is not a word use.
        assert!(word_use_fragment("Thanks to Young for it.", &lexicon, &mut rng).is_none());
    }
}
