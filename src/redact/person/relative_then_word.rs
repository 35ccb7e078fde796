//! An everyday word written in small letters right after a relative: "my grandmother
//! wants to thank…", "our baby born at 3am", "so mum understood", "my wife's
//! conditions". A relative is a strong cue, so the rules and the tagger take the word
//! after it for the relative's name ("my wife sarah"); but a small-letter word that is
//! an English word and that no list of given names or names that are words holds is
//! the sentence going on, not a name, even where a surname list holds it ("born",
//! "wants"): a relative is named by a given name.
//!
//! A hyphenated run of everyday words or prefixes is such a word too ("my mum's pre-op
//! nerves", "my dad's check-up"): no list holds it whole. It must open with a prefix or
//! end with a particle, and no part may be a listed given name ("my nan lily-may", "my
//! son will-john", "my daughter honey-bee").
//!
//! Listed names stay names however written ("my husband bill", "my daughter grace"), as
//! does any capitalised word in a comment that uses capitals ("my son Born" is the
//! writer's choice).

use super::cues::RELATIVES;
use super::lexicon::{NameLexicon, WordFacts};
use super::small_letter_name::{hyphenated_everyday_words, HYPHENED_PREFIXES};
use super::tokens::{Gap, Shape, Token};

/// Whether the found name `first..=last` is one small-letter everyday word right after
/// a relative (see the module doc). `caseless`: the comment gives capitals no weight.
pub(crate) fn everyday_word_after_a_relative(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    lexicon: &NameLexicon,
    caseless: bool,
    first: usize,
    last: usize,
) -> bool {
    let token = &tokens[first];
    let word = facts[first];
    let small = token.shape == Shape::Lower || caseless;
    // The word's own lexicon facts and the relative before it first: the hyphenated
    // word's parts are looked up only for a word that could be no other.
    first == last
        && first > 0
        && small
        && token.gap == Gap::Space
        && !word.first
        && !word.word_name
        && !word.soft
        && RELATIVES.contains(&tokens[first - 1].lower.as_str())
        && (word.english || hyphenated_words_of_no_name(token.lower.as_str(), lexicon))
}

/// Words that end a hyphenated everyday word of care: "check-up", "follow-up",
/// "pre-op", "lie-in", "drop-off".
const PARTICLES: &[&str] = &["up", "op", "in", "out", "on", "off", "over", "down", "back"];

/// Whether `word` is a hyphenated run of everyday words or prefixes ("pre-op",
/// "check-up", "co-ordinator") that opens with a prefix or ends with a particle, and none
/// of whose parts is a listed given name: "lily-may", "ruby-rose" and "will-john" are
/// double given names, "honey-bee" and "sea-breeze" may be a child's name, though each
/// part is a word.
fn hyphenated_words_of_no_name(word: &str, lexicon: &NameLexicon) -> bool {
    let (Some((head, _)), Some((_, tail))) = (word.split_once('-'), word.rsplit_once('-')) else {
        return false;
    };
    (HYPHENED_PREFIXES.contains(&head) || PARTICLES.contains(&tail))
        && hyphenated_everyday_words(word, lexicon)
        && word
            .split('-')
            .all(|part| !lexicon.facts(part).listed_given_name())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::tokenize;

    /// Whether `word` of `text`, taken as a found name, is an everyday word after a
    /// relative; `english` and `listed` set its lexicon facts.
    fn everyday(text: &str, word: &str, english: bool, listed: bool) -> bool {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).unwrap();
        let mut facts = vec![WordFacts::default(); tokens.len()];
        facts[i].english = english;
        facts[i].first = listed;
        let caseless = !text.chars().any(char::is_uppercase);
        everyday_word_after_a_relative(&tokens, &facts, &NameLexicon::new(), caseless, i, i)
    }

    #[test]
    fn small_everyday_words_after_a_relative_are_words() {
        assert!(everyday(
            "my grandmother wants to thank the ward",
            "wants",
            true,
            false
        ));
        assert!(everyday(
            "The nurse spoke slowly so mum understood.",
            "understood",
            true,
            false
        ));
        assert!(everyday(
            "our baby born at 3am was fine",
            "born",
            true,
            false
        ));
        assert!(everyday(
            "the team helped my wife's conditions",
            "conditions",
            true,
            false
        ));
    }

    #[test]
    fn names_after_a_relative_stay_names() {
        // A listed name, however written.
        assert!(!everyday(
            "my husband bill was looked after",
            "bill",
            true,
            true
        ));
        // A surname that is an everyday word is still the sentence going on.
        assert!(everyday("our baby born at 3am", "born", true, false));
        // A word no English list holds.
        assert!(!everyday(
            "my grandmother abyneh was thanked",
            "abyneh",
            false,
            false
        ));
        // Capitalised in a comment that uses capitals.
        assert!(!everyday("My son Born came too", "Born", true, false));
        // A hyphenated run of everyday words or prefixes, in no list whole.
        assert!(everyday(
            "ran a blinder with my mum's pre-op nerves",
            "pre-op",
            false,
            false
        ));
        assert!(everyday(
            "my dad's check-up was fine",
            "check-up",
            false,
            false
        ));
        // A hyphenated name is no run of everyday words.
        assert!(!everyday(
            "my wife mary-rose came",
            "mary-rose",
            false,
            false
        ));
        // Not right after a relative.
        assert!(!everyday("the nurse wants to help", "wants", true, false));
    }
}
