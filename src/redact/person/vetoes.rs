//! Names the learned tagger finds that read as places, organisations or plain words.
//!
//! The tagger scores a capitalised word on the words around it, but a surname or given
//! name that heads a service ("the Okafor Centre", "Jubilee Ward"), follows a saint's or
//! royal prefix ("St Bede's", "Royal Derby"), or is a listed town after a preposition of
//! place ("transferred to Otley") names a place, not a person. The rules already leave
//! such runs (`looks_like_place` in [`super`]); this applies the strictest of those
//! tests to what the tagger alone finds, so the rules' precision carries over to it.
//!
//! A word right after an article ("u r a star", "the Diamond rings") is used as a word,
//! and a relative ("my nan") is a cue, not a name: both are left too.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::cues::{POSSESSIVES, RELATIVES};
use super::tokens::{Gap, Shape, Token};

/// Capitalised words after a name-like run that make it a service or building.
const HEADS: &[&str] = &[
    "hospital",
    "hospitals",
    "clinic",
    "unit",
    "centre",
    "center",
    "building",
    "wing",
    "house",
    "lodge",
    "surgery",
    "practice",
    "hospice",
    "infirmary",
    "trust",
    "suite",
    "department",
    "pharmacy",
    "institute",
    "foundation",
    "ward",
    "general",
    "memorial",
    "hall",
    "court",
    "road",
    "street",
    "avenue",
    "lane",
];

/// Words right before a run that make it a place (`St Bede's`, `Royal Derby`).
const PREFIXES: &[&str] = &["st", "saint", "royal"];

/// Prepositions of place before a listed town (`to Otley`, `at Keighley`).
const PLACE_PREPOSITIONS: &[&str] = &[
    "at", "to", "from", "in", "near", "into", "towards", "around", "outside", "via",
];

/// The towns of `lexicons/pii/towns.txt`, lower case.
fn towns() -> &'static HashSet<String> {
    static TOWNS: OnceLock<HashSet<String>> = OnceLock::new();
    TOWNS.get_or_init(|| {
        crate::redact::lexicon::entries(crate::redact::lexicon::TOWNS)
            .into_iter()
            .collect()
    })
}

/// Articles: a name does not follow one directly ("a star", "an angel", "the Diamond").
const ARTICLES: &[&str] = &["a", "an", "the", "some", "every", "each", "another"];

/// Whether the tokens `first..=last` of `text`, found by the tagger alone, are not a
/// person's name: a place ([`reads_as_place`]) or a word ([`reads_as_word`]).
pub(crate) fn vetoed(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    reads_as_word(tokens, first, last) || reads_as_place(text, tokens, first, last)
}

/// A relative after a possessive ("my nan"), or a run right after an article written
/// as a word (small letters, or opening a sentence: not the initial of "Najma A. Kloese"),
/// except "the X family".
fn reads_as_word(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let Some(before) = first.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    let after_space = tokens[first].gap == Gap::Space;
    if first == last
        && after_space
        && RELATIVES.contains(&tokens[first].lower.as_str())
        && POSSESSIVES.contains(&before.lower.as_str())
    {
        return true;
    }
    let article_as_word = before.shape == Shape::Lower
        || (before.sentence_start && before.shape == Shape::Capitalised);
    let family = tokens
        .get(last + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "family" | "families"));
    after_space && article_as_word && ARTICLES.contains(&before.lower.as_str()) && !family
}

/// Whether the tokens `first..=last` of `text` name a place.
fn reads_as_place(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if let Some(next) = tokens.get(last + 1) {
        let head = next.gap == Gap::Space
            && next.shape == Shape::Capitalised
            && HEADS.contains(&next.lower.as_str());
        if head {
            return true;
        }
    }
    let Some(before) = first.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    let between = text
        .get(before.end..tokens[first].start)
        .unwrap_or("")
        .trim();
    let adjacent = between.is_empty() || (between == "." && before.lower.as_str() == "st");
    if !adjacent {
        return false;
    }
    if before.shape == Shape::Capitalised && PREFIXES.contains(&before.lower.as_str()) {
        return true;
    }
    if !PLACE_PREPOSITIONS.contains(&before.lower.as_str()) {
        return false;
    }
    let run = tokens[first..=last]
        .iter()
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    towns().contains(&run)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the word `word` of `text` reads as a place.
    fn place(text: &str, word: &str) -> bool {
        // (true for any veto: a place or a word)
        let tokens = tokenize(text);
        let i = tokens
            .iter()
            .position(|t| t.text == word)
            .expect("word in text");
        vetoed(text, &tokens, i, i)
    }

    #[test]
    fn services_saints_and_towns_are_places() {
        assert!(place("The Okafor Centre team were kind.", "Okafor"));
        assert!(place("Moved to St Bede's last night.", "Bede"));
        assert!(place("Moved to St. Bede's last night.", "Bede"));
        assert!(place("Seen at the Royal Ashworth.", "Ashworth"));
        assert!(place("Sent to Keighley for the scan.", "Keighley"));
    }

    #[test]
    fn people_stay_people() {
        assert!(!place("Thanks to Okafor on the ward.", "Okafor"));
        assert!(!place("Zanele made the stay bearable.", "Zanele"));
        assert!(!place("Ask Bede, the nurse, to ring me.", "Bede"));
        assert!(!place("Zanele ward 4 was great", "Zanele"));
        // A town's name with no preposition of place before it is left to the tagger.
        assert!(!place("Keighley was lovely with my mum.", "Keighley"));
        assert!(!place(
            "Thanks to the Okafor family for the flowers.",
            "Okafor"
        ));
        assert!(!place("my nan gloria was lovely", "gloria"));
        assert!(!place("My partner (Najma A. Kloese) was kind.", "Kloese"));
        assert!(!place("Thanks Najma A Kloese.", "Kloese"));
        assert!(!place("Mom sorted the transport.", "Mom"));
    }

    #[test]
    fn words_after_articles_and_relatives_alone_are_words() {
        assert!(place("thanks zanele u r a star", "star"));
        assert!(place("The Diamond rings had to come off.", "Diamond"));
        assert!(place("writing this for my nan", "nan"));
    }
}
