//! A given name that is also a place's word, then a listed surname that is no place's
//! or everyday word: "Fair play, Albert Smith, was lovely", "We met Victoria Jones
//! yesterday". The rules leave a given name such as "Albert", "Victoria" or "Chelsea"
//! to the tagger, because it opens places as often ("Albert Dock", "Victoria Station");
//! and a surname that is also a word ("Smith") is found only where it closes its clause
//! after a found given name. The tagger weighs the pair low after some openings, and
//! both words leaked. A surname of this kind names no place, so the pair is a person:
//! unless a word of place or a capitalised word follows it ("Victoria Smith Hall"), or a
//! word that opens places or things stands before it ("the Albert Smith ward", "at
//! Chelsea Westminster"). Only in a comment that uses capitals.

use super::lexicon::WordFacts;
use super::rule_scan::PLACE_BEFORE;
use super::tokens::{Gap, Shape, Token};
use super::unknown_beside_name::given_name_of_a_place;
use super::{is_place_word, LAND_WORDS, LAND_WORDS_NAMELIKE};

/// Words right before the pair that make it a place or a thing beside those of the
/// capitalised runs' reading ([`PLACE_BEFORE`]: "the", a royal or holy title, water and
/// hills): an article and a preposition of place.
const PLACE_OR_THING_BEFORE: &[&str] = &["a", "an", "at", "in", "near"];

/// The pairs (inclusive token ranges) of a given name that is a place's word and a
/// listed surname that is no word of place, no everyday word and no word kept from
/// names, written as names in a comment that uses capitals.
pub(crate) fn place_given_names_before_surnames(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return Vec::new();
    }
    (0..tokens.len().saturating_sub(1))
        .filter(|&i| {
            // The cheap test first: most tokens are no place's given name.
            if !given_name_of_a_place(&tokens[i], facts[i]) {
                return false;
            }
            let next = i + 1;
            let surname = &tokens[next];
            let surname_facts = facts[next];
            if surname.gap != Gap::Space
                || surname.shape != Shape::Capitalised
                || surname.in_brackets
                || !surname_facts.surname
                || surname_facts.soft
                || surname_facts.common
                || surname_facts.not_name
            {
                return false;
            }
            let word = surname.lower.as_str();
            let place_or_thing_before = i > 0 && tokens[i].gap == Gap::Space && {
                let before = tokens[i - 1].lower.as_str();
                PLACE_BEFORE.contains(&before) || PLACE_OR_THING_BEFORE.contains(&before)
            };
            let run_goes_on = tokens.get(next + 1).is_some_and(|after| {
                after.gap == Gap::Space
                    && (after.shape != Shape::Lower || is_place_word(after.lower.as_str()))
            });
            !is_place_word(word)
                && !LAND_WORDS.contains(&word)
                && !LAND_WORDS_NAMELIKE.contains(&word)
                && !place_or_thing_before
                && !run_goes_on
        })
        .map(|i| (i, i + 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{span_texts, tokenize};
    use super::*;

    fn pairs(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        span_texts(
            text,
            &tokens,
            place_given_names_before_surnames(&tokens, &facts, false),
        )
    }

    #[test]
    fn a_place_given_name_before_a_surname_is_a_person() {
        assert_eq!(
            pairs("Fair play, Albert Smith, was lovely."),
            ["Albert Smith"]
        );
        assert_eq!(pairs("We met Albert Smith yesterday."), ["Albert Smith"]);
        assert_eq!(
            pairs("Fair play, Victoria Smith, was lovely."),
            ["Victoria Smith"]
        );
        assert_eq!(pairs("Albert Smith."), ["Albert Smith"]);
    }

    #[test]
    fn places_and_things_stay() {
        for text in [
            "We parked at Victoria Smith Hall.",
            "The Albert Smith ward was clean.",
            "We went to the Albert Dock.",
            "Victoria Station was busy.",
            "at Chelsea Westminster again",
            "Albert Smith Road is closed.",
            "We met Albert smith yesterday.",
            "We met Albert (Smith) yesterday.",
        ] {
            assert!(pairs(text).is_empty(), "{text}");
        }
    }
}
