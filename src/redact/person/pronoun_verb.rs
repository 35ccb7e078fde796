//! A word where a verb must stand: right after a subject pronoun ("but i don not feel",
//! "she grace us"), perhaps with an adverb of manner between and the word in small
//! letters ("we solemnly promise"), or
//! between "to" or "who" and an object pronoun ("i have to chase
//! them", "who drew us a diagram").
//!
//! In a comment without capitals, a given name that is also a word ("Don", "Chase",
//! "Grace") is told from the word by its place. English puts no name right after a
//! subject pronoun with nothing between ("i, Sarah" has a comma; "we Smiths" is rare
//! and old), and a name between "to" and "them" is no sentence. So a found name in
//! either place is the verb, and is dropped (a longer run loses its first word).
//!
//! "I" may be an initial: after any cue ("dr i patel", "seen by I Patel") or right after
//! a capitalised word ("Sarah I Jones"), the name after it stays. "You" is left out:
//! "thank you grace" is thanks to a person.

use super::cues::cue_before;
use super::tokens::{Gap, Shape, Token};

/// Subject pronouns a verb follows.
const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "they", "he", "she"];

/// Object pronouns after a verb.
const OBJECT_PRONOUNS: &[&str] = &["them", "him", "us", "me", "it"];

/// The found names `spans` (inclusive token ranges, sorted) with a word in a verb's
/// place taken off their start (see the module doc); a name that was only that word is
/// dropped.
pub(crate) fn without_verbs_after_pronouns(
    spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    super::without_leading_words(spans, |k, last| in_a_verbs_place(tokens, k, last))
}

/// Whether token `first` (opening the found name `first..=last`) stands where a verb
/// must.
fn in_a_verbs_place(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if first == 0 || tokens[first].gap != Gap::Space {
        return false;
    }
    let before = tokens[first - 1].lower.as_str();
    if SUBJECT_PRONOUNS.contains(&before) {
        return !(before == "i" && may_be_an_initial(tokens, first - 1));
    }
    // A capitalised word there is a name ("they honestly Precious was amazing").
    if adverb_after_a_subject(tokens, first - 1) {
        return tokens[first].shape == Shape::Lower;
    }
    matches!(before, "to" | "who")
        && first == last
        && tokens.get(last + 1).is_some_and(|next| {
            next.gap == Gap::Space && OBJECT_PRONOUNS.contains(&next.lower.as_str())
        })
}

/// Adverbs of manner a pledge or a thanks puts between its subject and its verb ("we
/// solemnly promise", "they kindly grace us"): never before a name. (Not "especially",
/// "particularly" or "really", which may pick a person out: "they especially Drew…".)
const ADVERBS_BEFORE_A_VERB: &[&str] = &[
    "solemnly",
    "humbly",
    "sincerely",
    "truly",
    "honestly",
    "genuinely",
    "deeply",
    "kindly",
    "gratefully",
    "warmly",
    "heartily",
    "faithfully",
    "respectfully",
    "earnestly",
];

/// Whether token `k` is one of [`ADVERBS_BEFORE_A_VERB`] in small letters right after a
/// subject pronoun, spaces only between: "we solemnly promise". (Not after "i", which may
/// be an initial.)
fn adverb_after_a_subject(tokens: &[Token<'_>], k: usize) -> bool {
    k > 0
        && tokens[k].gap == Gap::Space
        && tokens[k].shape == Shape::Lower
        && ADVERBS_BEFORE_A_VERB.contains(&tokens[k].lower.as_str())
        && SUBJECT_PRONOUNS.contains(&tokens[k - 1].lower.as_str())
        && tokens[k - 1].lower.as_str() != "i"
}

/// Whether the "i" at token `i` may be a name's initial: a cue stands before it, or a
/// capitalised word right before it in the same sentence ("Sarah I Jones").
fn may_be_an_initial(tokens: &[Token<'_>], i: usize) -> bool {
    cue_before(tokens, i).is_some()
        || (i > 0
            && tokens[i].gap == Gap::Space
            && !tokens[i - 1].sentence_start
            && matches!(tokens[i - 1].shape, Shape::Capitalised | Shape::Upper))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::words_kept_by;

    /// The words of `text` that stay in a found name spanning `from..=to` (by word).
    fn kept(text: &str, from: &str, to: &str) -> Vec<String> {
        words_kept_by(text, from, to, without_verbs_after_pronouns)
    }

    #[test]
    fn a_word_in_a_verbs_place_is_no_name() {
        assert!(kept("very kind but i don not feel better", "don", "don").is_empty());
        assert!(kept("she grace us with her presence", "grace", "grace").is_empty());
        assert!(kept("i have to chase them every day", "chase", "chase").is_empty());
        assert!(kept("mrs hapipi, who drew us a diagram", "drew", "drew").is_empty());
        assert!(kept("We Will be back", "Will", "Will").is_empty());
        assert!(kept("we solemnly promise, as a family", "promise", "promise").is_empty());
        assert!(kept("They kindly grace us", "grace", "grace").is_empty());
    }

    #[test]
    fn names_near_pronouns_stay() {
        for (text, name) in [
            // An adverb after no subject pronoun, or after "i" (an initial as often).
            ("so kindly grace came", "grace"),
            ("they bully Mary every night", "Mary"),
            ("they especially Drew went above", "Drew"),
            ("they honestly Precious was amazing", "Precious"),
            ("thank you kindly grace", "grace"),
            // An initial after a title.
            ("dr i patel was great", "patel"),
            ("Dr I Patel was great", "Patel"),
            ("I was seen by I Patel today", "Patel"),
            ("Thanks to Nurse Sarah I Jones", "Jones"),
            // Thanks to a person.
            ("thank you grace for all", "grace"),
            // "to" without an object pronoun after.
            ("thanks to chase on nights", "chase"),
        ] {
            assert_eq!(kept(text, name, name), [name], "{text}");
        }
        // A comma between.
        assert_eq!(
            kept("I, Sarah Jones, complain", "Sarah", "Jones"),
            ["Sarah", "Jones"]
        );
    }
}
