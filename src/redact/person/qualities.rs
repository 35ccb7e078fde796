//! A given name that is also a word for a quality, joined by "and" or "or" to another
//! such word, is the quality: "treated Mum with Grace and dignity", "Faith and hope
//! carried us", "with compassion and Joy". A person is joined to people ("Grace and the
//! team", "Grace and Tom"), not to a virtue.

use super::lexicon::WordFacts;
use super::tokens::{joined_at, lower_at, Token};

/// Words for qualities of care that people pair with grace, faith, hope or joy.
const QUALITIES: &[&str] = &[
    "dignity",
    "respect",
    "compassion",
    "kindness",
    "care",
    "patience",
    "humour",
    "humor",
    "love",
    "understanding",
    "empathy",
    "courtesy",
    "warmth",
    "professionalism",
    "grace",
    "faith",
    "hope",
    "joy",
    "charity",
    "mercy",
    "honesty",
    "humility",
    "dedication",
    "skill",
    "calm",
    "calmness",
    "sensitivity",
    "gentleness",
    "tenderness",
    "humanity",
];

/// Whether the found name `first..=last` is one word that is both a given name and a
/// word for a quality ([`QUALITIES`]), joined by "and" or "or" (spaces around) to another
/// quality, before or after it.
pub(crate) fn names_a_quality(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    if first != last || !facts[first].english || !QUALITIES.contains(&lower_at(tokens, first)) {
        return false;
    }
    let joined = |k: usize| joined_at(tokens, k);
    let conjunction = |k: usize| matches!(lower_at(tokens, k), "and" | "or" | "&");
    let quality = |k: usize| QUALITIES.contains(&lower_at(tokens, k));
    let after =
        joined(first + 1) && conjunction(first + 1) && joined(first + 2) && quality(first + 2);
    let before = first >= 2
        && joined(first)
        && conjunction(first - 1)
        && joined(first - 1)
        && quality(first - 2);
    after || before
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::*;

    fn quality(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let i = tokens.iter().position(|t| t.text == word).expect("word");
        names_a_quality(&tokens, &facts, i, i)
    }

    #[test]
    fn a_given_name_paired_with_a_quality_is_the_quality() {
        assert!(quality("They treated Mum with Grace and dignity.", "Grace"));
        assert!(quality("Faith and hope carried us through.", "Faith"));
        assert!(quality("Done with compassion and Joy.", "Joy"));
    }

    #[test]
    fn a_given_name_paired_with_people_or_a_name_is_a_person() {
        assert!(!quality("Thanks to Grace and the team.", "Grace"));
        assert!(!quality("Grace and Tom were lovely.", "Grace"));
        assert!(!quality("Thanks Sarah and dignity", "Sarah"));
    }
}
