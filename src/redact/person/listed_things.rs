//! Things of everyday life in care that are named like people: dishes ("Am I the only one
//! who made Menemen on the ward?", "ordered Cheung fun from the takeaway"), brands of
//! medicine ("I use Ventolin and Symbicort"), the NHS's systems and services ("I booked
//! through Accurx", "Healthwatch helped me complain") and programmes and games ("Watching
//! Emmerdale in the day room"). Each is capitalised, in no word list, with no cue: to the
//! tagger it looks like an unknown name.
//!
//! A found name is the thing when the words of an entry of one of the hand-written
//! lexicons `lexicons/pii/dishes.txt`, `medicine_brands.txt`, `care_systems.txt` and
//! `programmes_and_games.txt` cover it, written out whole (one to five words, starting up
//! to four words before the found name: "Jollof rice", "Pad Thai", "Peppa Pig"), and
//! nothing vouches for a person: no title, role, relative or word of thanks right before
//! the entry ("Dr Menemen", "thanks to Japchae"), no role after it ("Accurx, the
//! receptionist") and no possessive (a place after it is said of things too: "watching
//! Emmerdale in the day room"). A one-word entry is on no name list (the lexicons leave
//! those out, and the found word must hold no listed name either); an entry of several
//! words is read whatever its words are ("Cheung fun": Cheung is a surname, "Cheung fun" a
//! dish), but the lexicons leave out an entry someone could be called: every word a
//! listed name and none an English word ("Kung Pao", "Tikka Masala"), opening with a
//! given name ("Tom Yum"), or with a surname that is no English word, or ending in a
//! given name after a word that is none ("Rogan Josh"); and by hand a few more ("Postman
//! Pat", "Spotted Dick", "Cheung fun": a review wrote "our postman Pat found mum", "we
//! spotted Dick from physio", "I found Cheung fun to talk to").

use std::collections::HashSet;
use std::sync::OnceLock;

use super::cues::{cue_after, cue_before, CueStrength, PostCue};
use super::lexicon::WordFacts;
use super::tagger::features::possessive_after;
use super::tokens::Token;
use super::vetoes::words_in_small_letters;

/// The entries of the four lexicons, in small letters, one space between words.
fn listed_things() -> &'static HashSet<String> {
    use crate::redact::lexicon::{
        entries, CARE_SYSTEMS, DISHES, MEDICINE_BRANDS, PROGRAMMES_AND_GAMES,
    };
    static THINGS: OnceLock<HashSet<String>> = OnceLock::new();
    THINGS.get_or_init(|| {
        [DISHES, MEDICINE_BRANDS, CARE_SYSTEMS, PROGRAMMES_AND_GAMES]
            .into_iter()
            .flat_map(entries)
            .collect()
    })
}

/// The first word of every entry of [`listed_things`], up to an apostrophe, and its part
/// before a hyphen too ("shepherd", "co" and "co-codamol"), however the tokens split
/// them: a window of words opening with another word is no entry, and costs one look-up
/// instead of a string built.
fn first_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        listed_things()
            .iter()
            .filter_map(|thing| thing.split([' ', '\'']).next())
            .flat_map(|word| [word, word.split('-').next().unwrap_or(word)])
            .map(str::to_owned)
            .collect()
    })
}

/// The most words an entry of the lexicons holds.
const LONGEST_THING: usize = 5;

/// Whether the found name `first..=last` is a listed thing (see the module doc).
pub(crate) fn names_a_listed_thing(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    if last + 1 - first > LONGEST_THING {
        return false;
    }
    let starts = first.saturating_sub(LONGEST_THING - 1)..=first;
    starts.into_iter().any(|start| {
        first_words().contains(tokens[start].lower.as_str())
            && (last..tokens.len())
                .take_while(|&end| end + 1 - start <= LONGEST_THING)
                .any(|end| {
                    let one_word = start == end;
                    listed_things().contains(&words_in_small_letters(text, tokens, start, end))
                        && !(one_word && facts[start].any_name())
                        && !vouched_for(text, tokens, start, end)
                })
    })
}

/// Whether a title, role, relative or word of thanks stands right before the entry's
/// words, a role right after them, or a possessive on them: then it is someone's name.
fn vouched_for(text: &str, tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    cue_before(tokens, start).is_some_and(|cue| cue > CueStrength::Weak)
        || cue_after(tokens, end) == Some(PostCue::Role)
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
        names_a_listed_thing(text, &tokens, &facts, first, last)
    }

    #[test]
    fn dishes_are_no_people_even_beside_a_surname() {
        assert!(dish(
            "Am I the only one who made Menemen on the ward?",
            7,
            7
        ));
        assert!(dish("Mum brought Japchae to the lunch.", 2, 2));
        // The found word is the second of a dish of two words, a surname.
        assert!(dish("We ordered Pad Thai from the takeaway.", 3, 3));
        // The found word is the second of a dish of two words.
        assert!(dish("The canteen did Pad Thai on Fridays.", 4, 4));
        assert!(dish("the jollof rice was cold", 1, 1));
        assert!(dish("They served Okonomiyaki at the fete.", 2, 2));
        // However the tokens split an apostrophe or a hyphen.
        let tokens = tokenize("We had Shepherd's pie and Co-codamol.");
        let shepherd = tokens.iter().position(|t| t.text == "Shepherd").unwrap();
        let codamol = tokens
            .iter()
            .rposition(|t| t.text.contains("codamol"))
            .unwrap();
        let co = tokens
            .iter()
            .position(|t| t.text.starts_with("Co"))
            .unwrap();
        assert!(dish(
            "We had Shepherd's pie and Co-codamol.",
            shepherd,
            shepherd
        ));
        assert!(dish("We had Shepherd's pie and Co-codamol.", co, codamol));
    }

    #[test]
    fn medicines_systems_and_programmes_are_no_people() {
        assert!(dish("I use Ventolin and Symbicort every day.", 4, 4));
        assert!(dish("I booked through Accurx and got a text.", 3, 3));
        assert!(dish("Healthwatch helped me complain.", 0, 0));
        assert!(dish(
            "Watching Emmerdale in the day room kept me sane.",
            1,
            1
        ));
        assert!(dish("My son kept asking for Peppa Pig on the iPad.", 5, 5));
    }

    #[test]
    fn people_named_like_dishes_stay_people() {
        // A title, role or thanks before it, a cue after it, a possessive.
        assert!(!dish("Dr Menemen saw me.", 1, 1));
        assert!(!dish("Thanks to Japchae for the care.", 2, 2));
        assert!(!dish("Okonomiyaki, the receptionist, was lovely.", 0, 0));
        assert!(!dish("Japchae's kindness got me through.", 0, 0));
        // A name that is no dish, and a name beside a dish's word.
        assert!(!dish("Sarah brought the rice.", 0, 0));
        assert!(!dish("Cheung was my nurse.", 0, 0));
        // Entries someone could be called are left out of the lexicons.
        assert!(!dish("I found Cheung fun to talk to.", 2, 2));
        assert!(!dish("Tom Kha looked after me all night.", 0, 1));
        assert!(!dish("Our postman Pat found mum on the floor.", 2, 2));
    }

    #[test]
    fn no_one_word_entry_is_a_listed_name() {
        let names = every_listed_name();
        let listed: Vec<&String> = listed_things()
            .iter()
            .filter(|dish| !dish.contains(' ') && names.contains(*dish))
            .collect();
        assert!(
            listed.is_empty(),
            "one-word dishes that are names: {listed:?}"
        );
    }

    #[test]
    fn no_entry_is_names_alone() {
        let names = every_listed_name();
        let lexicon = NameLexicon::new();
        let all_names: Vec<&String> = listed_things()
            .iter()
            .filter(|thing| {
                thing.contains(' ')
                    && thing.split(' ').all(|word| names.contains(word))
                    && !thing.split(' ').any(|word| lexicon.facts(word).english)
            })
            .collect();
        assert!(all_names.is_empty(), "things of names only: {all_names:?}");
    }

    #[test]
    fn no_entry_opens_or_ends_like_a_name() {
        let lexicon = NameLexicon::new();
        let like_a_name: Vec<&String> = listed_things()
            .iter()
            .filter(|thing| {
                let words: Vec<&str> = thing.split(' ').collect();
                let (first, last) = (
                    lexicon.facts(words[0]),
                    lexicon.facts(words[words.len() - 1]),
                );
                words.len() > 1
                    && (first.first
                        || (first.surname && !first.english)
                        || (last.first && !first.english))
            })
            .collect();
        assert!(
            like_a_name.is_empty(),
            "entries like a name: {like_a_name:?}"
        );
    }

    #[test]
    fn no_entry_is_longer_than_the_longest_read() {
        assert!(listed_things()
            .iter()
            .all(|dish| dish.split(' ').count() <= LONGEST_THING));
    }
}
