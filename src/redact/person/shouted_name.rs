//! A given name written in capitals inside a comment that uses case, where a cue says a
//! person: "Thanks to JOHN on reception", "Please pass my thanks to Nurse KELLY", "The
//! nurse, AMY, was lovely", "Thank you SARAH SMITH". In a cased comment an all-capital
//! word is read as an acronym (NHS, GP, A&E), so the rules and the tagger leave it; but
//! some writers put the name they want noticed in capitals, and the name then leaked
//! whatever stood around it.
//!
//! Taken: an all-capital word of three or more letters that a given-name list holds and
//! that is no name-that-is-a-word, everyday or not-a-name word (so no "MAX" dose or
//! "WILL"; "JOHN" is taken though a dictionary holds "john"), with a cue of a person before it (a title, a role, a relative, "thanks to",
//! "thank you") or after it ("on reception", "the porter"), and the all-capital word
//! right after it when a surname list holds it ("SARAH SMITH"); and such a word listed
//! with one so found, by a comma, "and", "or" or "&" ("Thanks to CHLOE and JAMES"); and a
//! given name after a listed surname in capitals, a comma and a space, as records write
//! a patient's name ("Patient: SMITH, JOHN"), taken with the surname. Of the 177 all-capital
//! words of three or more letters in the cased real QDC comments, one is a listed given
//! name ("The TED staff"), with no such cue. A given name of five letters or more needs no
//! cue when it stands alone, with no word in capitals before it and none after but a
//! listed surname ("BERNADETTE in the pharmacy went above and beyond"): no short form of
//! that length is a listed given name, and a run of capitals (a heading, shouting) is read
//! by `shouted_stretch`. Not where the words beside it name a place or a thing ("went
//! to FLORENCE", "CHARLOTTE street clinic", "The LOURDES trip":
//! [`named_as_a_place_or_thing`]).

use super::capital_letter_name::{named_as_a_place_or_thing, WORDS_OF_PLACE_BEFORE_A_NAME};
use super::cues::{cue_after, cue_before, CueStrength};
use super::lexicon::WordFacts;
use super::tokens::{listed_together, Gap, Shape, Token};

/// Letters a capitalised given name must have: two-letter words in capitals are
/// abbreviations ("JO" aside, too few to tell).
const MIN_LETTERS: usize = 3;

/// Letters a given name in capitals with no cue must have ("BERNADETTE", not "JOHN").
const ALONE_MIN_LETTERS: usize = 5;

/// The shouted given names of a cased comment (see the module doc), as inclusive token
/// ranges; nothing in a comment without case.
pub(crate) fn shouted_given_names(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    // Most comments hold no all-capital word: they stop here, with nothing allocated.
    if caseless || !tokens.iter().any(|t| t.shape == Shape::Upper) {
        return Vec::new();
    }
    // Any `k`, past the last token too (no word there).
    let shouted = |k: usize| {
        tokens.get(k).is_some_and(|token| {
            token.shape == Shape::Upper
                && !token.in_brackets
                && token.text.len() >= MIN_LETTERS
                && token.text.chars().all(|c| c.is_alphabetic())
        })
    };
    // A listed surname in capitals ("SMITH").
    let shouted_surname = |k: usize| shouted(k) && facts[k].surname && !facts[k].not_name;
    let given_name = |k: usize| {
        let word = facts[k];
        shouted(k) && word.first && !word.word_name && !word.common && !word.not_name
    };
    // "SMITH, JOHN": a listed surname in capitals, a comma and a space, then the given
    // name, as a record, a wristband or a letter writes a patient's name.
    let surname_first = |i: usize| {
        i > 0
            && tokens[i].gap == Gap::Comma
            && text[tokens[i - 1].end..tokens[i].start] == *", "
            && shouted_surname(i - 1)
    };
    // "BERNADETTE in the pharmacy went above and beyond": a long listed given name in
    // capitals standing alone among words that are not (or before a listed surname in
    // capitals), with no cue; no short form of five letters or more is a listed given name
    // (none in the real QDC comments), and a run of capitals is a heading or shouting,
    // read by `shouted_stretch`.
    let upper_at = |k: usize| tokens.get(k).is_some_and(|t| t.shape == Shape::Upper);
    let long_and_alone = |i: usize| {
        tokens[i].text.len() >= ALONE_MIN_LETTERS
            && !(i > 0 && upper_at(i - 1))
            && (!upper_at(i + 1) || shouted_surname(i + 1))
            && !named_as_a_place_or_thing(tokens, i, WORDS_OF_PLACE_BEFORE_A_NAME)
    };
    let mut named: Vec<bool> = (0..tokens.len())
        .map(|i| {
            given_name(i)
                && (cue_before(tokens, i).is_some_and(|c| c >= CueStrength::Personal)
                    || cue_after(tokens, i).is_some()
                    || surname_first(i)
                    || long_and_alone(i))
        })
        .collect();
    // "Thanks to CHLOE and JAMES in A&E": a shouted given name listed with one.
    let mut grew = named.iter().any(|&n| n);
    while grew {
        grew = false;
        for i in 0..tokens.len() {
            if !named[i] && given_name(i) && listed_with(text, tokens, &named, i) {
                named[i] = true;
                grew = true;
            }
        }
    }
    (0..tokens.len())
        .filter(|&i| named[i])
        .map(|i| {
            let surname_after =
                tokens.get(i + 1).is_some_and(|t| t.gap == Gap::Space) && shouted_surname(i + 1);
            let start = if surname_first(i) { i - 1 } else { i };
            (start, i + usize::from(surname_after))
        })
        .collect()
}

/// Whether token `i` is listed together with a token `named` holds, right before or
/// after it ([`listed_together`]).
fn listed_with(text: &str, tokens: &[Token<'_>], named: &[bool], i: usize) -> bool {
    let named_at = |k: usize| named.get(k).copied().unwrap_or(false);
    (i > 0 && named_at(i - 1) && listed_together(text, tokens, i - 1, i))
        || (i > 1 && named_at(i - 2) && listed_together(text, tokens, i - 2, i))
        || (named_at(i + 1) && listed_together(text, tokens, i, i + 1))
        || (named_at(i + 2) && listed_together(text, tokens, i, i + 2))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans = shouted_given_names(text, &tokens, &facts, is_caseless(text));
        span_texts(text, &tokens, spans)
    }

    #[test]
    fn a_shouted_given_name_beside_a_cue_is_a_name() {
        assert_eq!(found("Thanks to JOHN on reception for his help."), ["JOHN"]);
        assert_eq!(found("JOHN on reception was brilliant."), ["JOHN"]);
        assert_eq!(found("Please pass my thanks to Nurse KELLY."), ["KELLY"]);
        assert_eq!(found("The nurse, AMY, was lovely."), ["AMY"]);
        assert_eq!(
            found("Thank you SARAH SMITH for everything."),
            ["SARAH SMITH"]
        );
        // Listed with one so found.
        assert_eq!(
            found("Thanks to CHLOE and JAMES in A&E."),
            ["CHLOE", "JAMES"]
        );
        assert_eq!(
            found("Thanks to CHLOE, JAMES & AMY in A&E."),
            ["CHLOE", "JAMES", "AMY"]
        );
        // Long and alone, no cue.
        assert_eq!(
            found("BERNADETTE in the pharmacy went above and beyond."),
            ["BERNADETTE"]
        );
        assert_eq!(found("Rang at 8am and LORRAINE answered."), ["LORRAINE"]);
        assert_eq!(found("SEBASTIAN OKORO the registrar."), ["SEBASTIAN OKORO"]);
        // Closing the comment: no word after it to read.
        assert_eq!(found("We loved BERNADETTE"), ["BERNADETTE"]);
        assert_eq!(found("Thanks to BERNADETTE"), ["BERNADETTE"]);
        // Surname first, as records write it.
        assert_eq!(found("Patient: SMITH, JOHN was seen."), ["SMITH, JOHN"]);
        assert_eq!(found("The label said JONES, SARAH."), ["JONES, SARAH"]);
    }

    #[test]
    fn acronyms_words_and_uncued_capitals_are_left() {
        for text in [
            "The TED staff that helped us through.",
            "The A&E staff and the GP were great, NHS is the best.",
            "JOHN was brilliant.",
            // In a run of capitals: a heading or shouting.
            "WE LOVED BERNADETTE ON THE WARD.",
            // Beside words that name a place or a thing.
            "We went to FLORENCE on holiday.",
            "CHARLOTTE street clinic was great.",
            "The LOURDES trip was lovely.",
            "Thanks to the ICU team.",
            "Thanks to WILL on reception.",
            "THANKS TO JOHN ON RECEPTION",
            "Thanks to [JOHN] on reception.",
            // Listed only with a word, not with a cued name.
            "The TED and NHS staff.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
