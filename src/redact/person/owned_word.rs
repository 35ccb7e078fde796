//! A word right after "my", "our", "your" or "their" and before a noun is owned: a thing
//! ("my Moderna booster", "My Fitbit strap") or, before a verb in the passive, a thing
//! done to ("Got my Ozempic sorted by the pharmacist"), not the name of a person. In the
//! seen gold rounds no person's name stands right after one of these four words; "her"
//! and "his" are left out, as they are also objects ("Everyone calls her Zanele").
//!
//! A person may still be written so ("my Zanele passed away", "how my Zanele was
//! doing"), so the word is read as a thing only on positive evidence after it: a word in
//! small letters that is no verb form (no auxiliary, no "-ed" or "-s" form, no irregular
//! past, no verb only a person does) and no joining word, or an "-ed" form followed by
//! "by". The caller also keeps a word a name list holds, a cue or possessive vouches for,
//! or a found name is listed with.

use super::name_word_position::PERSON_VERBS;
use super::tokens::{Gap, Shape, Token};

/// Determiners that make the word after them owned, in lower case.
const OWNERS: &[&str] = &["my", "our", "your", "their"];

/// Words after a person's name that are no noun: auxiliaries, joining words, adverbs
/// and common irregular verb forms (a person "came", "went", "felt"...).
const NOT_A_NOUN: &[&str] = &[
    "is",
    "was",
    "has",
    "had",
    "were",
    "are",
    "am",
    "be",
    "been",
    "will",
    "would",
    "could",
    "can",
    "did",
    "does",
    "do",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "isn't",
    "wasn't",
    "hasn't",
    "hadn't",
    "didn't",
    "doesn't",
    "won't",
    "wouldn't",
    "couldn't",
    "can't",
    "cant",
    "didnt",
    "wasnt",
    "isnt",
    "doesnt",
    "wont",
    "and",
    "or",
    "but",
    "nor",
    "who",
    "whom",
    "whose",
    "that",
    "which",
    "always",
    "never",
    "just",
    "still",
    "also",
    "really",
    "even",
    "only",
    "often",
    "then",
    "now",
    "too",
    "so",
    "came",
    "come",
    "went",
    "go",
    "goes",
    "got",
    "get",
    "took",
    "take",
    "gave",
    "give",
    "made",
    "make",
    "felt",
    "feel",
    "kept",
    "keep",
    "left",
    "fell",
    "saw",
    "see",
    "sat",
    "stood",
    "spoke",
    "knew",
    "know",
    "thought",
    "brought",
    "bought",
    "found",
    "held",
    "heard",
    "lost",
    "met",
    "paid",
    "put",
    "ran",
    "said",
    "sent",
    "slept",
    "told",
    "understood",
    "wore",
    "woke",
    "won",
    "wrote",
    "ate",
    "drank",
    "drove",
    "flew",
    "forgot",
    "grew",
    "hid",
    "hurt",
    "let",
    "meant",
    "read",
    "rang",
    "rode",
    "sang",
    "shook",
    "spent",
    "taught",
    "threw",
    "wept",
    "began",
    "became",
    "broke",
    "chose",
    "fought",
    "forgave",
    "lay",
    "led",
    "lent",
    "lit",
    "sought",
    "swore",
    "tore",
    "wound",
    "need",
    "want",
    "love",
    "like",
    "hate",
    "say",
    "tell",
    "ask",
    "help",
    "try",
    "die",
    "live",
    "stay",
    "wait",
];

/// Whether token `i` follows an owner directly ("my X"), in the same clause.
pub(crate) fn after_an_owner(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0 && tokens[i].gap == Gap::Space && OWNERS.contains(&tokens[i - 1].lower.as_str())
}

/// Whether what follows token `i` says it is a thing: a word in small letters that is
/// no verb form and no joining word ("my X booster"), or a verb in the passive ("my X
/// sorted by").
pub(crate) fn thing_after(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    if next.gap != Gap::Space || next.shape != Shape::Lower {
        return false;
    }
    let word = next.lower.as_str();
    let passive = word.ends_with("ed")
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.gap == Gap::Space && t.lower.as_str() == "by");
    if passive {
        return true;
    }
    let verb_form = word.ends_with("ed")
        || (word.ends_with('s') && !word.ends_with("ss"))
        || word.ends_with("'s")
        || word.ends_with("ing")
        || NOT_A_NOUN.contains(&word)
        || PERSON_VERBS.contains(&word);
    !verb_form
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn at<'a>(text: &'a str, word: &str) -> (Vec<Token<'a>>, usize) {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).unwrap_or(0);
        (tokens, i)
    }

    fn owned_thing(text: &str, word: &str) -> bool {
        let (tokens, i) = at(text, word);
        after_an_owner(&tokens, i) && thing_after(&tokens, i)
    }

    #[test]
    fn a_word_between_an_owner_and_a_noun_or_passive_is_a_thing() {
        assert!(owned_thing(
            "Got my Ozempic sorted by the pharmacist",
            "Ozempic"
        ));
        assert!(owned_thing("Their Moderna booster was late", "Moderna"));
        assert!(owned_thing("our Fitbit strap broke", "Fitbit"));
    }

    #[test]
    fn objects_people_acting_and_clause_ends_are_not() {
        assert!(!owned_thing("Everyone calls her Zanele now", "Zanele"));
        assert!(!owned_thing("Then my Zanele phoned the ward", "Zanele"));
        assert!(!owned_thing("how my Zanele was doing", "Zanele"));
        assert!(!owned_thing("my Zanele passed away", "Zanele"));
        assert!(!owned_thing("my Zanele came every day", "Zanele"));
        assert!(!owned_thing("my Zanele loves the nurses", "Zanele"));
        assert!(!owned_thing("my Zanele always knew", "Zanele"));
        assert!(!owned_thing("It was for my Zanele.", "Zanele"));
        assert!(!owned_thing("It was my. Zanele said so", "Zanele"));
    }
}
