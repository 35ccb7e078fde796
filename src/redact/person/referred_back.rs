//! Words a pronoun refers back to: "bless dzifa she sat with me all night", "left my
//! glasses in Suphaphon's office and she posted them back". The tagger scores a word
//! it has no list or cue for on the words around it, and a name in a phrasing it never
//! saw ("waitin on X", "bless X") can score below a name; but things and places are
//! rarely "she" or "he", so a personal pronoun one to three words later, in the same
//! sentence, says a person was just named.
//!
//! Only words no English word list holds are put forward this way (everyday words,
//! "in April she had her operation", are left to the tagger), and what is put forward
//! goes through the same vetoes as the tagger's own finds (a texting spelling of a word,
//! a misspelling, a spelling unlike a name, a place), so the pronoun adds a candidate,
//! not a verdict.

use super::lexicon::WordFacts;
use super::tagger::candidates::is_candidate;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Shape, Token};

/// Personal pronouns that refer back to a person, texting spellings included.
const PRONOUNS: &[&str] = &[
    "she", "he", "she's", "he's", "shes", "hes", "she'd", "he'd", "she'll", "he'll",
];

/// Whether a personal pronoun stands one to three words after token `i`, in the same
/// sentence (no sentence break, colon or digit between).
pub(crate) fn pronoun_follows(tokens: &[Token<'_>], i: usize) -> bool {
    for k in i + 1..=i + 3 {
        let Some(t) = tokens.get(k) else {
            return false;
        };
        if t.gap.is_break() {
            return false;
        }
        if PRONOUNS.contains(&t.lower.as_str()) {
            return true;
        }
    }
    false
}

/// Prepositions of place: the word after one is far more often a place than a person
/// ("a prescriber at X close if he…"), unless it is in the possessive ("in X's office
/// and she…": a person's place).
const PLACE_PREPOSITIONS: &[&str] = &[
    "at", "in", "to", "from", "near", "into", "via", "outside", "towards",
];

/// Whether a preposition of place stands right before token `i` and no possessive
/// follows it.
fn after_a_place_preposition(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && tokens[i].gap == Gap::Space
        && PLACE_PREPOSITIONS.contains(&tokens[i - 1].lower.as_str())
        && !possessive_after(text, tokens[i].end)
}

/// The lone words of a comment a pronoun refers back to and that the tagger may score:
/// candidates in no English word list, not opening a sentence in a cased comment (there
/// a capital says nothing), not a pronoun themselves, not after a preposition of place
/// unless in the possessive, with a pronoun close after.
pub(crate) fn referred_back(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    (0..tokens.len())
        .filter(|&i| {
            let (token, fact) = (&tokens[i], &facts[i]);
            is_candidate(token, fact, caseless)
                && !fact.english
                && !fact.proper
                && token.shape != Shape::Initial
                && (caseless || !token.sentence_start)
                && !PRONOUNS.contains(&token.lower.as_str())
                && pronoun_follows(tokens, i)
                && !after_a_place_preposition(text, tokens, i)
        })
        .map(|i| (i, i))
        .collect()
}

/// The tagger's finds with the words a pronoun refers back to ([`referred_back`]) that
/// none of them covers added, as sorted inclusive token ranges: the vetoes then read them
/// all alike.
pub(crate) fn with_words_referred_back(
    tagged: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    super::uncovered_finds::with_uncovered(tagged, referred_back(text, tokens, facts, caseless))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::super::uncovered_finds::words_found_by;
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        words_found_by(text, referred_back)
    }

    #[test]
    fn an_unlisted_word_a_pronoun_refers_back_to_is_put_forward() {
        assert_eq!(found("bless dzifa she sat wiv me all nite"), vec!["dzifa"]);
        assert_eq!(
            found("left my glasses in nyandeng's office and she posted them"),
            vec!["nyandeng"]
        );
        assert_eq!(
            found("Left my glasses in Suphaphon's office and she posted them back."),
            vec!["Suphaphon"]
        );
    }

    #[test]
    fn everyday_words_far_pronouns_and_sentence_openers_are_not() {
        // An everyday word: left to the tagger.
        assert!(found("In April she had her operation.").is_empty());
        assert!(found("the nurse was lovely and she helped").is_empty());
        // The pronoun is too far, in the next sentence, or absent.
        assert!(found("bless dzifa who sat with me all night and she").is_empty());
        assert!(found("bless dzifa. she sat with me").is_empty());
        assert!(found("waitin on dzifa to bring my tablets").is_empty());
        // After a preposition of place, not in the possessive: a place.
        assert!(found("A prescriber at Qarvendale close if he was there.").is_empty());
        assert!(found("bless the team at dzifa he said").is_empty());
        // Opening a sentence in a cased comment the capital says nothing.
        assert!(found("Zanele came and she helped.").is_empty());
    }

    #[test]
    fn words_the_tagger_found_are_not_added_twice() {
        let lexicon = NameLexicon::new();
        let text = "bless dzifa she sat wiv me";
        let tokens = tokenize(text);
        let facts: Vec<WordFacts> = lexicon.facts_of(&tokens);
        assert_eq!(
            with_words_referred_back(vec![], text, &tokens, &facts, true),
            vec![(1, 1)]
        );
        assert_eq!(
            with_words_referred_back(vec![(0, 1)], text, &tokens, &facts, true),
            vec![(0, 1)]
        );
        assert_eq!(
            with_words_referred_back(vec![(4, 4)], text, &tokens, &facts, true),
            vec![(1, 1), (4, 4)]
        );
    }

    #[test]
    fn the_pronoun_is_looked_for_in_the_same_sentence_only() {
        let tokens = tokenize("a card for April but she had gone");
        assert!(pronoun_follows(&tokens, 3));
        let tokens = tokenize("a card for April. She had gone");
        assert!(!pronoun_follows(&tokens, 3));
    }
}
