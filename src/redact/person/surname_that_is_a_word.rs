//! A surname that is also a word for a place or a thing, right after a found given name:
//! "First prize went to Ellen Hall, obviously", "Karen Green explained it", "To Denise
//! Ward, thanks". Such a surname ("Hall", "Ward", "Green", "West") is read as a word on
//! its own, and a run it ends is read as a place ("Victoria Hall", "Kerry Ward 7"); but
//! once the word before it has been found as a person's given name, a capitalised listed
//! surname that closes its clause (a stop, a comma, the comment's end) or that a verb only
//! a person does follows ("Ellen Hall was lovely") is the rest of that person's name.
//! Left as found: a number or any other word after it ("Sarah Ward 7", "Sarah Ward
//! staff"), and comments without case, where "ward" in small letters is read as a word.
//!
//! Also taken: the last part of a name of three or more parts that is a short everyday
//! word ("Nguyen Van An"), after a found name of two or more words: a word of up to three
//! letters capitalised inside a sentence, closing its clause or before "and" ("was Nguyen
//! Van An and she…"), where an article would run on into what it names. Longer words
//! ("Seen by Priya Patel Today.") are left.

use super::lexicon::WordFacts;
use super::name_word_position::person_verb_after;
use super::tokens::{Gap, Shape, Token};

/// `spans` (inclusive token ranges, in order) with each widened over a surname that is a
/// word right after its last word, where that last word is a listed given name.
pub(crate) fn widened_over_surnames_that_are_words(
    mut spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return spans;
    }
    let count = spans.len();
    for n in 0..count {
        let (_, last) = spans[n];
        let next = last + 1;
        let free = spans.get(n + 1).is_none_or(|&(start, _)| start > next);
        let (first, _) = spans[n];
        if free
            && (surname_word_after_given_name(tokens, facts, last)
                || word_closing_a_long_name(tokens, facts, first, last))
        {
            spans[n].1 = next;
        }
    }
    spans
}

/// Whether token `last` is a listed given name and the token after it a capitalised
/// listed surname that is also a word, closing its clause or before a person's verb.
fn surname_word_after_given_name(tokens: &[Token<'_>], facts: &[WordFacts], last: usize) -> bool {
    let next = last + 1;
    let Some(token) = tokens.get(next) else {
        return false;
    };
    if token.gap != Gap::Space
        || token.shape != Shape::Capitalised
        || !facts[last].first
        || !facts[next].surname
        || !(facts[next].soft || facts[next].english)
    {
        return false;
    }
    let closes = tokens
        .get(next + 1)
        .is_none_or(|after| after.gap != Gap::Space);
    closes || person_verb_after(tokens, next)
}

/// Whether the found name `first..=last` has two or more words and the token after it
/// is an everyday word capitalised inside its sentence that closes the clause (a stop, a
/// comma, the comment's end) or comes before "and": "Nguyen Van An and she was lovely".
fn word_closing_a_long_name(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    let next = last + 1;
    let Some(token) = tokens.get(next) else {
        return false;
    };
    if last == first
        || token.gap != Gap::Space
        || token.shape != Shape::Capitalised
        || token.sentence_start
        || token.in_brackets
        || token.lower.as_str().chars().count() > 3
        || (facts[next].not_name && !facts[next].common)
        || !(facts[next].english || facts[next].common)
    {
        return false;
    }
    tokens
        .get(next + 1)
        .is_none_or(|after| after.gap != Gap::Space || after.lower.as_str() == "and")
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::*;

    fn widened(text: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        widened_over_surnames_that_are_words(spans.to_vec(), &tokens, &facts, false)
    }

    #[test]
    fn a_surname_that_is_a_word_after_a_given_name_is_the_name() {
        assert_eq!(
            widened("First prize went to Ellen Hall, obviously.", &[(4, 4)]),
            [(4, 5)]
        );
        assert_eq!(
            widened("Karen Green explained it all.", &[(0, 0)]),
            [(0, 1)]
        );
        assert_eq!(widened("Thanks to Denise Ward.", &[(2, 2)]), [(2, 3)]);
    }

    #[test]
    fn an_everyday_word_closing_a_long_name_is_its_last_part() {
        assert_eq!(
            widened("My nurse was Nguyen Van An and she was lovely.", &[(3, 4)]),
            [(3, 5)]
        );
        assert_eq!(widened("Thanks to Nguyen Van An.", &[(2, 3)]), [(2, 4)]);
        // One found word, or a word running on into what it names, is left.
        assert_eq!(
            widened("Thanks to Sarah An amazing nurse.", &[(2, 2)]),
            [(2, 2)]
        );
        assert_eq!(widened("Seen by Priya Patel Today.", &[(2, 3)]), [(2, 3)]);
        assert_eq!(
            widened("Thanks to Sarah Jones An amazing nurse.", &[(2, 3)]),
            [(2, 3)]
        );
    }

    #[test]
    fn a_place_or_a_word_after_it_is_left() {
        assert_eq!(
            widened("Thanks Sarah Ward 7 were great.", &[(1, 1)]),
            [(1, 1)]
        );
        assert_eq!(widened("Thanks Sarah Ward staff.", &[(1, 1)]), [(1, 1)]);
        assert_eq!(widened("Sarah Hall.", &[]), Vec::<(usize, usize)>::new());
        assert_eq!(widened("Thanks Zerubel Hall.", &[(1, 1)]), [(1, 1)]);
    }
}
