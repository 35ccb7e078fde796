//! A person's name coined into a way of doing something: "the Kerminen method, as
//! Sister called her way with Grandad", "Keep it tight: the Okafor way". Staff and
//! families name a knack after the one who showed it; the article belongs to the
//! method, not to the name, so the rule that an article makes a name a thing ("the
//! Mona Lisa", [`super::after_an_article`]) does not hold here.
//!
//! One word, or a given name and a surname ("the Amy Okafor way"), must stand between
//! "the", "a" or "an" and one of [`COINED_METHOD_NOUNS`] or [`COINED_NOUN_PAIRS`] ("the
//! Okafor treatment", "start the Amy Okafor fan club"; before "treatment" or "fan club"
//! one word only if a listed name: "the Herceptin treatment", "the Westlife fan club"),
//! each word written as a name
//! (capitalised in a comment that uses capitals).
//! - One word must be a listed given name or surname that is no everyday word, or a word
//!   on no list of names, words or places that real comments never write in small
//!   letters ([`super::corpus_counts`]); in a comment without capitals, where a typo is
//!   as unknown, such a word must also be spelt like a name ([`super::name_likeness`]).
//!   A name that is also a word is left ("the Turner method", "the Best way": adjectives
//!   and surnames that are words stand there alike), unless, alone and capitalised in a
//!   comment that uses capitals, it is one of the 2,000 commonest given names that real
//!   comments never write in small letters ("the Heather effect", not "a Frank approach"
//!   nor "a Major effect").
//! - Before "effect", a name of a famous effect is left ("the Hawthorne effect",
//!   [`super::famous_effects`]).
//! - Of two words, the surname passes the same test and the first must be a listed given
//!   name (which may be a word: "the Harry Kerminen way") or a word on no list spelt
//!   like a name ("the Kaytlin Carcedo way"); two surnames or a surname that is a word
//!   are left ("the Goldman Sachs trick", "the Jasmine Rice way").
//!
//! Methods famous enough to be named in any comment ("the Bobath approach", "the
//! McKenzie method") are dropped later by the closed list of [`super::named_kinds`]; the
//! nouns that only a method's maker stands before ("technique", "manoeuvre",
//! "guidelines") are left to it too. A pair of words read as a thing by other rules may
//! still be taken ("the Jack Russell approach"): a redacted breed costs less than a
//! leaked name.

use super::after_an_article::ARTICLES;
use super::corpus_counts::counts;
use super::famous_effects::names_a_famous_effect;
use super::lexicon::WordFacts;
use super::medicines::has_medicine_stem;
use super::name_likeness::spelt_unlike_a_name;
use super::tokens::{Gap, Shape, Token};
use super::vetoes::town_or_place;

/// Nouns of a way of doing something, or of what someone brings about, that a person's
/// name is coined into ("the Okafor way", "call it the Kathleen effect"). Not "ways",
/// which WordNet reads as a thing made (a ship's ways), so a name before it is a make's
/// ([`super::named_before_its_kind`]).
const COINED_METHOD_NOUNS: &[&str] = &[
    "method",
    "methods",
    "way",
    "approach",
    "approaches",
    "routine",
    "routines",
    "trick",
    "tricks",
    "knack",
    "effect",
    "effects",
];

/// Nouns a name is coined into as a method's noun is ("the Sarah treatment", "the Amy
/// Okafor treatment", "the Siobhan touch", "the Priya special"), but that a medicine
/// or a brand stands before more often than a name no list holds ("the Herceptin
/// treatment", "a Keytruda treatment", "the Dermalogica touch"). Not "moment" or
/// "thing": a review found famous full names and brands that are listed names before
/// them far more often than people ("a Bridget Jones moment", "a Mercedes thing"). Read
/// after one word only when it is a listed given name or surname that is no word, and
/// after any full name.
const LISTED_NAME_NOUNS: &[&str] = &["treatment", "treatments", "touch", "special"];

/// Nouns a name is coined into after "such a" or "such an" ("such a Priya thing to do",
/// "such an Ngozi thing"): said of a person's ways, whatever the name, listed or not. A
/// brand or a star stands there far less often than after "a" alone ("a Mercedes
/// thing"), and a redacted star costs less than a leaked nurse.
const NOUNS_AFTER_SUCH: &[&str] = &["thing"];

/// Whether "such" and "a" or "an" stand right before token `first`.
fn after_such_a(tokens: &[Token<'_>], first: usize) -> bool {
    first >= 2
        && tokens[first].gap == Gap::Space
        && tokens[first - 1].gap == Gap::Space
        && matches!(tokens[first - 1].lower.as_str(), "a" | "an")
        && tokens[first - 2].lower.as_str() == "such"
}

/// Two-word nouns of what is named after a person in fun ("start the Okafor fan club",
/// "the Amy Okafor fan club"), read as [`LISTED_NAME_NOUNS`] are: a band, a show, a
/// team or a brand stands before them alone more often than a name no list holds ("the
/// Westlife fan club", "the Marmite appreciation society").
const COINED_NOUN_PAIRS: &[(&str, &str)] = &[
    ("fan", "club"),
    ("fan", "clubs"),
    ("appreciation", "society"),
];

/// Whether the found name `first..=last`, of one or two words, stands right before a
/// method's noun ("the Kerminen method", "a Priya Sharma approach"), or one of
/// [`LISTED_NAME_NOUNS`] or [`COINED_NOUN_PAIRS`] after a listed name or a full name
/// ("the Okafor treatment", "the Amy Okafor fan club"): the article before it is the
/// method's, so the filters that read an article as making a thing leave it.
pub(crate) fn coined_into_a_method(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    last - first < 2
        && method_noun_after(
            tokens,
            facts,
            last,
            last > first,
            after_such_a(tokens, first),
        )
}

/// Whether the token after `i` is a noun of [`COINED_METHOD_NOUNS`], one of
/// [`NOUNS_AFTER_SUCH`] after "such a" (`after_such`), or one of
/// [`LISTED_NAME_NOUNS`] or opens one of [`COINED_NOUN_PAIRS`] (in any case) after a
/// listed name or the surname of a full name (`full_name`), a space between each, and
/// the word at `i` no famous effect's name ("the Hawthorne effect",
/// [`super::famous_effects`]).
fn method_noun_after(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    i: usize,
    full_name: bool,
    after_such: bool,
) -> bool {
    let word_at = |k: usize| {
        tokens
            .get(k)
            .filter(|token| token.gap == Gap::Space)
            .map(|token| token.lower.as_str())
    };
    let listed_or_full_name = || {
        let word = facts[i];
        full_name
            || ((word.first || word.surname) && !word.english && !word.common && !word.word_name)
    };
    let noun = word_at(i + 1).is_some_and(|next| {
        COINED_METHOD_NOUNS.contains(&next)
            || (after_such && NOUNS_AFTER_SUCH.contains(&next))
            || ((LISTED_NAME_NOUNS.contains(&next)
                || COINED_NOUN_PAIRS
                    .iter()
                    .any(|&(one, two)| next == one && word_at(i + 2) == Some(two)))
                && listed_or_full_name())
    });
    noun && !names_a_famous_effect(tokens, i)
}

/// The names coined into a method (see the module doc), as inclusive token ranges: one
/// word ("the Okafor way"), or a given name and a surname ("the Amy Okafor way"), the
/// surname passing the one word's test.
pub(crate) fn names_coined_into_methods(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    // Each word written as a name, on no list of words that never start a name, and
    // no place.
    let written_as_any_name = |i: usize| {
        let token = &tokens[i];
        let word = facts[i];
        token.gap == Gap::Space
            && !token.in_brackets
            && token.written_as_name(caseless)
            && !token.text.contains('-')
            && !word.not_name
            && !word.soft
            && !word.common
            && !town_or_place(token.lower.as_str())
    };
    let written_as_name = |i: usize| written_as_any_name(i) && !facts[i].word_name;
    // A name and no word: listed, or on no list and spelt like a name.
    let coinable = |i: usize| {
        let word = facts[i];
        written_as_name(i)
            && !word.english
            && (word.first
                || word.surname
                || unknown_name_like(tokens[i].lower.as_str(), word, caseless))
    };
    // Alone, also a given name that is a word, where only the capital can make it a
    // name (see [`given_name_that_is_a_word`]).
    let coinable_alone = |i: usize| {
        coinable(i)
            || (!caseless
                && written_as_any_name(i)
                && given_name_that_is_a_word(tokens, facts[i], i))
    };
    // Before a surname: a listed given name (even one that is a word: "the Harry
    // Patterson way", "the Mark Okafor way") or an unlisted word spelt like a name.
    let given = |i: usize| {
        (written_as_any_name(i) && facts[i].listed_given_name())
            || (written_as_name(i)
                && !facts[i].english
                && unknown_name_like(tokens[i].lower.as_str(), facts[i], caseless))
    };
    // The article and the noun first: they rule out nearly every word at once.
    (1..tokens.len())
        .filter(|&i| ARTICLES.contains(&tokens[i - 1].lower.as_str()))
        .filter_map(|i| {
            let after_such = after_such_a(tokens, i);
            if method_noun_after(tokens, facts, i, false, after_such) {
                return coinable_alone(i).then_some((i, i));
            }
            (i + 1 < tokens.len()
                && method_noun_after(tokens, facts, i + 1, true, after_such)
                && given(i)
                && coinable(i + 1))
            .then_some((i, i + 1))
        })
        .collect()
}

/// Whether the capitalised word at `i`, alone before the method's noun, is a given name
/// that is also a word ("the Heather effect", "the Harry way"): one of the 2,000
/// commonest given names of the lists, a word real comments never write in small letters
/// ([`super::corpus_counts`]: not "Frank", "Major", "Young", "Summer"), before the noun in
/// small letters (a title written in capitals, "A Frank Approach", is left).
fn given_name_that_is_a_word(tokens: &[Token<'_>], word: WordFacts, i: usize) -> bool {
    tokens[i].shape == Shape::Capitalised
        && (1..=3).contains(&word.first_rank)
        && counts(tokens[i].lower.as_str()).lower == 0
        && tokens
            .get(i + 1)
            .is_some_and(|noun| noun.shape == Shape::Lower)
}

/// Whether the token at `i` is one of [`COINED_METHOD_NOUNS`] written in small letters:
/// the noun a found name after an article may have taken with it ("the robynn rabeder
/// way"), to be cut off.
pub(crate) fn small_letter_method_noun_at(tokens: &[Token<'_>], i: usize) -> bool {
    let token = &tokens[i];
    token.gap == Gap::Space && COINED_METHOD_NOUNS.contains(&token.text)
}

/// A word no list knows and real comments never write in small letters, not spelt like
/// a medicine ("the Mirtazapine effect", [`super::medicines`]); in a comment without
/// capitals, where typos are as unknown, also spelt like a name.
fn unknown_name_like(lower: &str, word: WordFacts, caseless: bool) -> bool {
    !word.proper
        && !word.derived
        && counts(lower).lower == 0
        && !has_medicine_stem(lower)
        && (!caseless || !spelt_unlike_a_name(lower))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    /// The words of `text` found as names coined into methods.
    fn found(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        names_coined_into_methods(&tokens, &facts, is_caseless(text))
            .into_iter()
            .map(|(first, _)| tokens[first].text)
            .collect()
    }

    #[test]
    fn a_name_coined_into_a_method_is_found() {
        assert_eq!(
            found("Keep it tight: the Kerminen method, as Sister called it."),
            ["Kerminen"]
        );
        assert_eq!(found("We learnt the Okafor way of lifting."), ["Okafor"]);
        assert_eq!(found("She showed us the Patel approach."), ["Patel"]);
        assert_eq!(found("It was a Sarah routine every night."), ["Sarah"]);
        assert_eq!(found("Dad swore by an Okafor approach."), ["Okafor"]);
        assert_eq!(found("thanks to the kerminen method"), ["kerminen"]);
        assert_eq!(found("Both were the Okafor methods."), ["Okafor"]);
        assert_eq!(found("Call it the Heather effect."), ["Heather"]);
        // From the review: a plural effect.
        assert_eq!(found("We called them the Kathleen effects."), ["Kathleen"]);
        assert_eq!(
            found("Fun fact: the Okafor treatment is a warm blanket."),
            ["Okafor"]
        );
        assert_eq!(found("Start the Okafor fan club now."), ["Okafor"]);
        assert_eq!(found("It was the Siobhan touch on nights."), ["Siobhan"]);
        assert_eq!(found("Mum calls it getting the Priya special."), ["Priya"]);
        assert_eq!(
            found("Start the Zmagoslav Doblekar fan club now."),
            ["Zmagoslav"]
        );
        // After "such a", a person's ways, listed or not (from a review).
        assert_eq!(found("Such a Priya thing to do."), ["Priya"]);
        assert_eq!(
            found("Remembering my name was such an Ngozi thing."),
            ["Ngozi"]
        );
        assert_eq!(found("such a mairead thing to call every day"), ["mairead"]);
        assert_eq!(
            found("Such a Zmagoslav thing, he always asks."),
            ["Zmagoslav"]
        );
    }

    #[test]
    fn a_full_name_coined_into_a_method_is_found_whole() {
        for (text, name) in [
            (
                "Mum's care was run the Amy Okafor way, safely.",
                "Amy Okafor",
            ),
            ("dad's rehab was done the amy kerminen way", "amy kerminen"),
            ("We did it the Mark Okafor way.", "Mark Okafor"),
            ("Such a Priya Sharma thing to phone us.", "Priya Sharma"),
            (
                "Start the Amy Okafor fan club now, I will join.",
                "Amy Okafor",
            ),
            (
                "Dad's medicines were sorted out the Harry Kerminen way.",
                "Harry Kerminen",
            ),
        ] {
            let tokens = tokenize(text);
            let facts = NameLexicon::new().facts_of(&tokens);
            let spans = names_coined_into_methods(&tokens, &facts, is_caseless(text));
            assert_eq!(span_texts(text, &tokens, spans), [name], "{text}");
        }
    }

    #[test]
    fn words_places_and_other_nouns_are_left() {
        for text in [
            // Everyday words, places, a name that is a word, no article, other nouns.
            "The Modern method works.",
            "the turner method worked",
            "We did it the Leeds way.",
            "We did it the London way.",
            "We did it the Hard way.",
            "We did it the Best way we could.",
            "Sit square: the Turner method, as Dr Webb said.",
            "The Long Way Round was on telly.",
            "We did it the Old Fashioned way.",
            "Done the Leeds Teaching way.",
            "the Okafor Long way",
            "We did it the Harry Long way.",
            "Done the Jasmine Rice way.",
            "We tried the Goldman Sachs trick.",
            "Kerminen method worked.",
            "the Kerminen ward was clean.",
            "We used the Zimmer frame.",
            // A hyphenated pair is a famous method's makers.
            "harder than the Duckworth-Lewis method",
            // Hyphenated words: the word lists hold no hyphenated everyday word, so
            // a hyphenated given name is left with them.
            "It had a Knock-on effect on the ward.",
            "A Yo-yo effect on his sugars.",
            // Medicines, from the review.
            "the Mirtazapine effect was clear",
            "the Zopiclone effects were clear",
            // From the review: given names that real comments write as words.
            "It had a Major effect on my recovery.",
            "A Frank Approach Was Appreciated.",
            "the nurses had a major effect on my recovery",
            "a frank approach was appreciated",
            "the manual method worked better",
            "We got the VIP treatment.",
            "They gave him the Royal treatment.",
            "the Herceptin treatment worked",
            "I had a Keytruda treatment.",
            "the Zmagoslav treatment",
            "the Turner treatment",
            "Start the Arsenal fan club now.",
            "the Leeds fan club bus",
            "the Kerminen fan",
            "Got the Midas touch.",
            "the Dermalogica touch",
            "It was a Kodak moment.",
            "It was a Mercedes thing to do.",
            "Such a thing to say.",
            "such a Big thing for us",
            "the Christmas special",
            "Start the Westlife fan club now.",
            "the Marmite appreciation society",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
