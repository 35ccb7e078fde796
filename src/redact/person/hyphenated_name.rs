//! A name joined by a hyphen to a word that turns it into a description: "Our
//! Murekatete-shaped hole in the night rota", "a Vusi-led team", "a proper Sarah-style
//! welcome", "the Okafor-level patience". The tokenizer keeps a hyphenated word whole, so neither the rules nor the
//! tagger see the name in it; only the name is redacted ("Our [PERSON]-shaped hole").
//!
//! The part before the hyphen must be written as a name (capitalised in a comment that
//! uses capitals) and be one of:
//! - a listed given name or surname that is no everyday word;
//! - inside a sentence of a comment that uses capitals, one of the 2,000 commonest
//!   listed given names or surnames even when it is a word, before "-style",
//!   "-approved" or "-led" ("Cooper-style", "Sally-approved", "Roger-led"): in
//!   fifty-four measuring rounds every capitalised word before a describing hyphen
//!   (1,057) was a name; but the words that are things' too ("Bell-shaped",
//!   "Frost-proof", "Hand-made", "Rose-themed", "Church-run") stand before the other
//!   describing words, and at a sentence's start;
//! - a word on no list of names, words or places that real comments never write in
//!   small letters ([`super::corpus_counts`]): before such a hyphen, a capital on an
//!   unknown word is a name's.
//!
//! The word after it must be one of [`DESCRIBING_WORDS`]: "Consultant-led" and
//! "Covid-shaped" have everyday words before the hyphen and are left.
//!
//! A double-barrelled name is found whole wherever it stands ("Lloyd-Jones took weeks
//! to get back to me"): each part capitalised and a listed given name or surname that
//! is no everyday word, the whole no town, place or pair of eponyms, and no article or
//! determiner before it ("the Duckworth-Lewis method"). Opening a sentence, with no cue,
//! the tagger reads such a word as it reads any capitalised opener.

use super::corpus_counts::counts;
use super::eponym_conditions::is_eponym_pair;
use super::lexicon::{NameLexicon, WordFacts};
use super::name_word_position::after_a_determiner;
use super::tokens::Token;
use super::vetoes::town_or_place;

/// Words that, after a hyphen, make the word before them a description of a thing.
const DESCRIBING_WORDS: &[&str] = &[
    "shaped",
    "sized",
    "style",
    "styled",
    "like",
    "esque",
    "led",
    "type",
    "approved",
    "worthy",
    "inspired",
    "themed",
    "proof",
    "proofed",
    "run",
    "made",
    "certified",
    "endorsed",
    "level",
    "grade",
];

/// The describing words a person's name stands before more often than a thing's
/// ("Cooper-style", "Sally-approved", "Roger-led"; not "Bell-shaped", "Frost-proof",
/// "Hand-made", "Rose-themed").
const PERSON_DESCRIBING_WORDS: &[&str] = &["style", "styled", "approved", "led"];

/// The byte ranges of the names before such hyphens in `tokens` (see the module doc).
pub(crate) fn names_before_describing_hyphens(
    tokens: &[Token<'_>],
    lexicon: &NameLexicon,
    caseless: bool,
) -> Vec<(usize, usize)> {
    tokens
        .iter()
        .filter(|token| !token.in_brackets && token.text.contains('-'))
        .filter_map(|token| {
            let (head, tail) = token.text.split_once('-')?;
            let describing = DESCRIBING_WORDS
                .iter()
                .any(|word| word.eq_ignore_ascii_case(tail));
            if !describing || !written_as_a_name(head, caseless) {
                return None;
            }
            let lower = head.to_lowercase();
            let facts = lexicon.facts(&lower);
            // Capitalised in a comment that uses capitals, a common name that is also a
            // word is a name here ("Cooper-style", "Sally-approved"): in fifty-four
            // measuring rounds every capitalised word before such a hyphen was a name.
            let listed = listed_name_and_no_word(facts)
                || (!caseless
                    && !token.sentence_start
                    && PERSON_DESCRIBING_WORDS
                        .iter()
                        .any(|word| word.eq_ignore_ascii_case(tail))
                    && facts.common_listed_name()
                    && !facts.not_name
                    && !facts.soft);
            let unknown = !facts.any_name()
                && !facts.listed_as_a_word()
                && counts(&lower).lower == 0
                && !town_or_place(&lower);
            (listed || unknown).then_some((token.start, token.start + head.len()))
        })
        .collect()
}

/// The byte ranges of the double-barrelled names of a cased comment ("Lloyd-Jones",
/// "Okafor-Mensah"): see the module doc.
pub(crate) fn double_barrelled_names(
    tokens: &[Token<'_>],
    lexicon: &NameLexicon,
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return Vec::new();
    }
    tokens
        .iter()
        .enumerate()
        .filter(|(_, token)| !token.in_brackets && token.text.contains('-'))
        .filter(|&(i, token)| {
            let Some((head, tail)) = token.text.split_once('-') else {
                return false;
            };
            let a_name = |part: &str| {
                written_as_a_name(part, false)
                    && listed_name_and_no_word(lexicon.facts(&part.to_lowercase()))
            };
            !tail.contains('-')
                && !after_a_determiner(tokens, i)
                && a_name(head)
                && a_name(tail)
                && !is_eponym_pair(token.lower.as_str())
                && !town_or_place(token.lower.as_str())
        })
        .map(|(_, token)| (token.start, token.end))
        .collect()
}

/// Whether a word's facts say a listed given name or surname on no list of words:
/// "jones", "okafor", not "grace" or "ward".
fn listed_name_and_no_word(facts: WordFacts) -> bool {
    facts.plain_name() && !facts.english && !facts.common
}

/// Whether `word` is written as a name is: letters only, two or more; a capital then
/// small letters, or (in a comment without case) small letters only.
fn written_as_a_name(word: &str, caseless: bool) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest_small = chars.clone().all(char::is_lowercase);
    word.chars().count() >= 2
        && rest_small
        && if caseless {
            first.is_lowercase()
        } else {
            first.is_uppercase()
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::{is_caseless, tokenize};

    fn found(text: &str) -> Vec<&str> {
        static LEXICON: std::sync::OnceLock<NameLexicon> = std::sync::OnceLock::new();
        let lexicon = LEXICON.get_or_init(NameLexicon::new);
        let tokens = tokenize(text);
        names_before_describing_hyphens(&tokens, lexicon, is_caseless(text))
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect()
    }

    #[test]
    fn names_before_describing_hyphens_are_found() {
        assert_eq!(found("Our Sarah-shaped hole in the rota."), ["Sarah"]);
        assert_eq!(
            found("Our Murekatete-shaped hole in the rota."),
            ["Murekatete"]
        );
        assert_eq!(found("our sarah-shaped hole in the rota"), ["sarah"]);
        assert_eq!(found("A Patel-led clinic on Tuesdays."), ["Patel"]);
        assert_eq!(
            found("She made the room Greetta-proof for the night."),
            ["Greetta"]
        );
        assert_eq!(found("A Nkemelu-run ward."), ["Nkemelu"]);
        assert_eq!(
            found("Dad's chart, kept Cooper-style by Mrs Heathcote."),
            ["Cooper"]
        );
        assert_eq!(found("A Sally-approved fly."), ["Sally"]);
        assert_eq!(found("A Roger-led crew on the day."), ["Roger"]);
        assert_eq!(
            found("Hot take: the Zmagoslav-level patience on the unit."),
            ["Zmagoslav"]
        );
        assert_eq!(found("the zorz-level patience of her"), ["zorz"]);
        assert_eq!(found("Care that was Okafor-grade."), ["Okafor"]);
    }

    #[test]
    fn everyday_words_and_other_hyphens_are_left() {
        assert!(found("A Consultant-led clinic and a Covid-shaped gap.").is_empty());
        assert!(found("our grace-shaped hole in the rota").is_empty());
        assert!(found("She made it Child-proof and Covid-proof.").is_empty());
        assert!(found("A Council-run home, a Home-made cake.").is_empty());
        for text in [
            "Our Grace-shaped hole in the rota.",
            "Bell-shaped curve.",
            "We bought Frost-proof pots.",
            "the Church-run food bank",
            "Hand-made cards from the children.",
            "a Rose-themed garden",
            "Lily-style flowers everywhere.",
            "Two A-levels and an Entry-level job.",
            "She got her A-level results on the ward.",
            "A Ground-level flat, a Sea-level view, a Board-level decision.",
            "Our Expert-level team, a Senior-grade nurse.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
        assert!(found("Our Sarah-Jane was lovely.").is_empty());
        assert!(found("Our sarah-shaped hole, said Mr Jones.").is_empty());
    }

    fn double_barrelled(text: &str) -> Vec<&str> {
        let lexicon = NameLexicon::new();
        let tokens = tokenize(text);
        double_barrelled_names(&tokens, &lexicon, is_caseless(text))
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect()
    }

    #[test]
    fn double_barrelled_names_are_found_wherever_they_stand() {
        assert_eq!(
            double_barrelled("Lloyd-Jones took weeks to get back to me."),
            ["Lloyd-Jones"]
        );
        assert_eq!(
            double_barrelled("Seen by Okafor-Mensah on Monday."),
            ["Okafor-Mensah"]
        );
    }

    #[test]
    fn hyphenated_words_places_and_small_letters_are_no_double_barrelled_names() {
        for text in [
            "A Consultant-led clinic.",
            "We drove to Stoke-on-Trent and back.",
            "Grace-Ward was busy.",
            "lloyd-jones took weeks to get back to me",
            "The X-Ray was quick.",
            "Mid-Week clinics help.",
            "It is harder than the Duckworth-Lewis method.",
            "She had Guillain-Barre last year.",
        ] {
            assert!(double_barrelled(text).is_empty(), "{text}");
        }
    }
}
