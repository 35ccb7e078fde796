//! A found name that is a hill named with a Gaelic or Welsh word for a hill ("Sgurr
//! Alasdair", "Beinn Eighe", "climbed sgurr alasdair", "Mynydd Mawr"), or a character of
//! the Little Miss books ("a Little Miss Sunshine badge"). The hill words are on no name
//! list and are no English word, and no one is named after them; "Miss" after a
//! capitalised "Little" is the title of a series, not of a woman. Read over every find,
//! the rules' included: the hill's second word is often a listed given name.

use super::tokens::{Gap, Token};

/// Gaelic and Welsh words for a hill or a crag that open a hill's name ("Sgurr Alasdair",
/// "Beinn Eighe", "Meall a' Bhuachaille"; "Stob" is left out, being a surname too): each
/// on no name list and no English word.
const HILL_WORDS: &[&str] = &[
    "sgurr",
    "sgorr",
    "beinn",
    "bheinn",
    "meall",
    "bidean",
    "aonach",
    "creag",
    "cnoc",
    "buachaille",
    "mynydd",
    "cadair",
];

/// Whether the found run `first..=last` is a hill or a Little Miss character (see the
/// module doc): a hill word opens the run (or is the run, a word following it) or stands
/// right before it, in capitals or not,
/// or a capitalised "Little Miss" stands right before it.
pub(crate) fn names_a_hill_or_character(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let hill_at = |k: usize| HILL_WORDS.contains(&tokens[k].lower.as_str());
    let joined = |k: usize| tokens[k].gap == Gap::Space;
    let word_follows = tokens
        .get(last + 1)
        .is_some_and(|next| next.gap == Gap::Space);
    (hill_at(first) && (last > first || word_follows))
        || (first > 0 && joined(first) && hill_at(first - 1))
        || (first >= 2
            && joined(first)
            && joined(first - 1)
            && tokens[first - 1].text == "Miss"
            && tokens[first - 2].text == "Little")
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens_and_span;
    use super::*;

    /// Whether the run of the words `from` to `to` of `text` is a hill or a character.
    fn hill(text: &str, from: &str, to: &str) -> bool {
        let (tokens, first, last) = tokens_and_span(text, from, to);
        names_a_hill_or_character(&tokens, first, last)
    }

    #[test]
    fn hills_and_little_miss_characters_are_no_people() {
        assert!(hill(
            "Mrs Kalbag climbed Sgurr Alasdair the summer before.",
            "Sgurr",
            "Alasdair"
        ));
        assert!(hill(
            "Mrs Kalbag climbed Sgurr Alasdair the summer before.",
            "Alasdair",
            "Alasdair"
        ));
        assert!(hill(
            "dad climbed sgurr alasdair last year",
            "alasdair",
            "alasdair"
        ));
        assert!(hill("We walked up Beinn Eighe in June.", "Eighe", "Eighe"));
        assert!(hill(
            "She wears a Little Miss Sunshine badge.",
            "Sunshine",
            "Sunshine"
        ));
    }

    #[test]
    fn the_same_names_elsewhere_stay_names() {
        assert!(!hill(
            "Alasdair climbed it the summer before.",
            "Alasdair",
            "Alasdair"
        ));
        assert!(!hill(
            "Thanks to Alasdair on ward 4.",
            "Alasdair",
            "Alasdair"
        ));
        assert!(!hill(
            "Thanks to Miss Sunshine on ward 4.",
            "Sunshine",
            "Sunshine"
        ));
        assert!(!hill("A little Miss Jones came.", "Jones", "Jones"));
    }
}
