//! Dishes named like people: "Am I the only one who made Menemen on the ward?", "Mum
//! brought Japchae to the bring-and-share lunch", "ordered Cheung fun from the
//! takeaway". Hospital food and food brought in are among the commonest things patients
//! write about, and a dish's name is capitalised, in no word list, with no cue: to the
//! tagger it looks like an unknown name.
//!
//! A found name is the dish when the words of a dish of `lexicons/pii/dishes.txt` cover
//! it, written out whole (one to four words, starting up to two words before the found
//! name: "Jollof rice", "Pad Thai", "Tom Yum"), and nothing vouches for a person: no
//! title, role, relative or word of thanks right before the dish ("Dr Jollof", "thanks
//! to Japchae"), no cue after it ("Japchae on reception") and no possessive. A one-word
//! dish is on no name list (the lexicon leaves those out, and the found word must hold
//! no listed name either); a dish of several words is read whatever its words are
//! ("Cheung fun": Cheung is a surname, "Cheung fun" a dish).

use std::collections::HashSet;
use std::sync::OnceLock;

use super::cues::{cue_after, cue_before, CueStrength};
use super::lexicon::WordFacts;
use super::tagger::features::possessive_after;
use super::tokens::Token;

/// The dishes of `lexicons/pii/dishes.txt`, in small letters, one space between words.
fn dishes() -> &'static HashSet<String> {
    static DISHES: OnceLock<HashSet<String>> = OnceLock::new();
    DISHES.get_or_init(|| {
        crate::redact::lexicon::entries(crate::redact::lexicon::DISHES)
            .into_iter()
            .collect()
    })
}

/// The most words a dish of the lexicon holds.
const LONGEST_DISH: usize = 4;

/// Whether the found name `first..=last` is a dish (see the module doc).
pub(crate) fn names_a_dish(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    if last + 1 - first > LONGEST_DISH {
        return false;
    }
    let starts = first.saturating_sub(2)..=first;
    starts.into_iter().any(|start| {
        (last..tokens.len())
            .take_while(|&end| end + 1 - start <= LONGEST_DISH)
            .any(|end| {
                let one_word = start == end;
                dishes().contains(&words_in_small_letters(text, tokens, start, end))
                    && !(one_word && facts[start].any_name())
                    && !vouched_for(text, tokens, start, end)
            })
    })
}

/// The words of tokens `from..=to` in small letters, one space between (a hyphen or an
/// apostrophe kept: "jam roly-poly", "shepherd's pie").
fn words_in_small_letters(text: &str, tokens: &[Token<'_>], from: usize, to: usize) -> String {
    text.get(tokens[from].start..tokens[to].end)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace('\u{2019}', "'")
}

/// Whether a title, role, relative or word of thanks stands right before the dish's
/// words, a cue right after them, or a possessive on them: then it is someone's name.
fn vouched_for(text: &str, tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    cue_before(tokens, start).is_some_and(|cue| cue > CueStrength::Weak)
        || cue_after(tokens, end).is_some()
        || possessive_after(text, tokens[end].end)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{every_listed_name, NameLexicon};
    use super::super::tokens::tokenize;
    use super::*;

    fn dish(text: &str, first: usize, last: usize) -> bool {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        names_a_dish(text, &tokens, &facts, first, last)
    }

    #[test]
    fn dishes_are_no_people() {
        assert!(dish(
            "Am I the only one who made Menemen on the ward?",
            7,
            7
        ));
        assert!(dish("Mum brought Japchae to the lunch.", 2, 2));
        // The found word is the first of a dish of two words, one of them a surname.
        assert!(dish("We ordered Cheung fun from the takeaway.", 2, 2));
        // The found word is the second of a dish of two words.
        assert!(dish("The canteen did Pad Thai on Fridays.", 4, 4));
        assert!(dish("the jollof rice was cold", 1, 1));
        assert!(dish("They served Okonomiyaki at the fete.", 2, 2));
    }

    #[test]
    fn people_named_like_dishes_stay_people() {
        // A title, role or thanks before it, a cue after it, a possessive.
        assert!(!dish("Dr Menemen saw me.", 1, 1));
        assert!(!dish("Thanks to Japchae for the care.", 2, 2));
        assert!(!dish("Okonomiyaki on reception was lovely.", 0, 0));
        assert!(!dish("Japchae's kindness got me through.", 0, 0));
        // A name that is no dish, and a name beside a dish's word.
        assert!(!dish("Sarah brought the rice.", 0, 0));
        assert!(!dish("Cheung was my nurse.", 0, 0));
    }

    #[test]
    fn no_one_word_dish_is_a_listed_name() {
        let names = every_listed_name();
        let listed: Vec<&String> = dishes()
            .iter()
            .filter(|dish| !dish.contains(' ') && names.contains(*dish))
            .collect();
        assert!(
            listed.is_empty(),
            "one-word dishes that are names: {listed:?}"
        );
    }

    #[test]
    fn no_dish_is_all_names_the_rules_load() {
        let lexicon = NameLexicon::new();
        let all_names: Vec<&String> = dishes()
            .iter()
            .filter(|dish| {
                dish.contains(' ') && dish.split(' ').all(|word| lexicon.facts(word).any_name())
            })
            .collect();
        assert!(all_names.is_empty(), "dishes of names only: {all_names:?}");
    }

    #[test]
    fn no_dish_is_longer_than_the_longest_read() {
        assert!(dishes()
            .iter()
            .all(|dish| dish.split(' ').count() <= LONGEST_DISH));
    }
}
