//! Shops, brands, products, medicines, charities and hospitals written as a name would be.
//!
//! "Argos sells a better commode", "Piriton before the transfusion", "Marie Curie nurses
//! were wonderful": a capitalised word or run with no cue, which the tagger (or, for a
//! listed given name like Marie, the rules) reads as a person. The evidence here is a
//! hand-written list of such things (`lexicons/names/known_things.txt`): a single word
//! that no name list holds ("Piriton", "Netflix"), or a run of several words that the
//! list holds as one thing ("Marie Curie", "Florence Nightingale", "Victoria sponge"),
//! which a real person's name matches only by being that very name. A single listed word
//! that a name list also holds ("Boots" is not; "Musgrove" is) is a thing only after a
//! preposition of place or an article ("back to Musgrove", "the Evelina"), never alone.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::tokens::{Gap, Shape, Token};

/// The shipped list of things.
const KNOWN_THINGS: &str = include_str!("../../../lexicons/names/known_things.txt");

/// Prepositions of place and articles that, before a listed word a name list also holds,
/// make it the thing ("at Musgrove", "the Evelina").
const PLACE_OR_ARTICLE: &[&str] = &[
    "at", "to", "from", "in", "into", "near", "outside", "the", "via",
];

/// The most words a listed thing holds.
const MAX_WORDS: usize = 5;

/// The list's entries, lower case, a trailing possessive taken off ("sainsbury's" →
/// "sainsbury"), curly apostrophes made straight.
fn things() -> &'static HashSet<String> {
    static THINGS: OnceLock<HashSet<String>> = OnceLock::new();
    THINGS.get_or_init(|| {
        crate::redact::lexicon::entries(KNOWN_THINGS)
            .into_iter()
            .map(|entry| normalise(&entry))
            .collect()
    })
}

/// Lower case, white space as one space, curly apostrophes straight, no trailing "'s".
pub(crate) fn normalise(words: &str) -> String {
    let joined = words
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace('\u{2019}', "'");
    match joined.strip_suffix("'s") {
        Some(stem) => stem.to_string(),
        None => joined,
    }
}

/// Whether the text from token `from` to token `to` (inclusive), normalised, is an entry
/// of `list`.
pub(crate) fn run_is_listed(
    text: &str,
    tokens: &[Token<'_>],
    from: usize,
    to: usize,
    list: &HashSet<String>,
) -> bool {
    let Some(words) = text.get(tokens[from].start..tokens[to].end) else {
        return false;
    };
    list.contains(&normalise(words))
}

/// The widest run of `list` entries of at least `min_words` tokens that covers every
/// written-as-a-name token of `first..=last`, as an inclusive token range.
pub(crate) fn listed_run_covering(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    min_words: usize,
    list: &HashSet<String>,
) -> Option<(usize, usize)> {
    // Small-letter words the tagger took beside a capitalised one ("Argos sells") need
    // not be covered, in a comment that uses capitals.
    let caseless = tokens.iter().all(|t| t.shape != Shape::Capitalised);
    let must_cover = |k: usize| caseless || tokens[k].shape != Shape::Lower;
    let core_first = (first..=last).find(|&k| must_cover(k))?;
    let core_last = (first..=last).rev().find(|&k| must_cover(k))?;
    let lowest = core_first.saturating_sub(MAX_WORDS - 1);
    let highest = (core_last + MAX_WORDS - 1).min(tokens.len() - 1);
    let mut best: Option<(usize, usize)> = None;
    for from in lowest..=core_first {
        for to in core_last..=highest {
            let words = to - from + 1;
            if words < min_words || words > MAX_WORDS {
                continue;
            }
            if run_is_listed(text, tokens, from, to, list)
                && best.is_none_or(|(a, b)| to - from > b - a)
            {
                best = Some((from, to));
            }
        }
    }
    best
}

/// Whether the found name `first..=last` is a listed thing: a run of several listed
/// words covering it, or one listed word (possessive or not) that no name list holds,
/// or that one does but a preposition of place or an article stands right before.
/// `named(k)`: whether token `k` is in a given-name or surname list.
pub(crate) fn is_known_thing(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    named: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let list = things();
    if let Some(run) = listed_run_covering(text, tokens, first, last, 2, list) {
        return Some(run);
    }
    let (from, to) = listed_run_covering(text, tokens, first, last, 1, list)?;
    if from != to {
        return None;
    }
    // A possessive vouches for nothing here: shops are written with one ("Sainsbury's").
    if !named(from) {
        return Some((from, to));
    }
    let place_before = from > 0
        && tokens[from].gap == Gap::Space
        && PLACE_OR_ARTICLE.contains(&tokens[from - 1].lower.as_str());
    place_before.then_some((from, to))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the word or run `words` of `text` reads as a known thing, with
    /// `names` the words a name list holds.
    fn thing(text: &str, words: &str, names: &[&str]) -> bool {
        let tokens = tokenize(text);
        let parts: Vec<&str> = words.split(' ').collect();
        let first = tokens
            .iter()
            .position(|t| t.text == parts[0])
            .expect("word in text");
        let last = first + parts.len() - 1;
        let named = |k: usize| names.contains(&tokens[k].text);
        is_known_thing(text, &tokens, first, last, named).is_some()
    }

    #[test]
    fn listed_things_are_things() {
        assert!(thing("Argos sells a better commode.", "Argos", &[]));
        assert!(thing("Piriton before the transfusion.", "Piriton", &[]));
        assert!(thing("Sainsbury's was shut.", "Sainsbury", &[]));
        assert!(thing(
            "Went to Sainsbury's after.",
            "Sainsbury",
            &["Sainsbury"]
        ));
        assert!(thing(
            "Marie Curie nurses were wonderful.",
            "Marie",
            &["Marie", "Curie"]
        ));
        assert!(thing(
            "A Marks & Spencer sandwich.",
            "Spencer",
            &["Marks", "Spencer"]
        ));
        assert!(thing(
            "Sue Ryder took over his care.",
            "Sue Ryder",
            &["Sue", "Ryder"]
        ));
        assert!(thing("Then back to Derriford.", "Derriford", &[]));
    }

    #[test]
    fn names_that_are_not_listed_things_stay() {
        // A given name alone is no listed run ("Marie" without "Curie").
        assert!(!thing("Marie was wonderful.", "Marie", &["Marie"]));
        assert!(!thing("Spencer on reception.", "Spencer", &["Spencer"]));
        assert!(!thing("Zanele sells raffle tickets.", "Zanele", &[]));
        // A listed word a name list also holds, with no place before it.
        assert!(!thing(
            "Musgrove was kind to me.",
            "Musgrove",
            &["Musgrove"]
        ));
        assert!(thing("Then back to Musgrove.", "Musgrove", &["Musgrove"]));
    }
}
