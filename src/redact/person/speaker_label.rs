//! Names written as a transcript's speaker labels: subtitles or closed captions copied
//! into a comment, where a speaker's name stands in capitals before a colon and sounds
//! are described in capitals in square brackets ("[TROLLEY RATTLES] PETRA: Toast or
//! porridge, love? [MUM: Both, please.] PETRA: Both it is. [LAUGHTER]"). In a cased
//! comment an all-capital word is read as an acronym, so the rules and the tagger left a
//! label after the first turn.
//!
//! Taken: in a cased comment holding a caption (a `[...]` of capitals and spaces alone,
//! three letters or more, no placeholder or editor's mark) and two speaker labels or
//! more (one to three all-capital words straight before a colon, straight after a `[`
//! or a `]`; a role's label counts: "[MUM: Both, please.]"), each label whose words are
//! all of three letters or more, not consonants alone, and each a listed given name or
//! surname that is no everyday word, or a word no list knows. So a role stays ("MUM:",
//! "NURSE:"), and one label after a tag is no transcript: forms, emails and minutes tag
//! their headings so ("[URGENT] UTI: not picked up", "[ACTION] AOB: the car park"),
//! and an acronym is spelt as a name may be. None of the real QDC comments holds a
//! caption.

use super::lexicon::WordFacts;
use super::tokens::{is_marker, Gap, Shape, Token};

/// Letters a caption and each word of a label must have.
const MIN_LETTERS: usize = 3;

/// The consonants of English in capitals: a label of these alone is an acronym.
const ENGLISH_CONSONANTS: &str = "BCDFGHJKLMNPQRSTVWXZ";

/// Most words of a label ("ANNA MARIA KOWALSKA:").
const MAX_WORDS: usize = 3;

/// Labels a comment must hold to read as a transcript of turns.
const MIN_LABELS: usize = 2;

/// The speakers' names of a transcript (see the module doc), as inclusive token ranges;
/// nothing in a comment without case, without a caption or with fewer than
/// [`MIN_LABELS`] labels.
pub(crate) fn speaker_labels(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless || !text.contains('[') || !holds_a_caption(text) {
        return Vec::new();
    }
    // A label opening straight after a bracket: its last word, if one does at `i`.
    let label_from = |i: usize| {
        let before = text[..tokens[i].start].trim_end();
        if !before.ends_with(['[', ']']) {
            return None;
        }
        for last in i..tokens.len().min(i + MAX_WORDS) {
            let joined = last == i || tokens[last].gap == Gap::Space;
            if !joined || !capitals_only(&tokens[last]) {
                return None;
            }
            if text[tokens[last].end..].starts_with(':') {
                return Some(last);
            }
        }
        None
    };
    let labels: Vec<(usize, usize)> = (0..tokens.len())
        .filter_map(|i| label_from(i).map(|last| (i, last)))
        .collect();
    if labels.len() < MIN_LABELS {
        return Vec::new();
    }
    labels
        .into_iter()
        .filter(|&(first, last)| (first..=last).all(|k| may_name(&tokens[k], facts[k])))
        .collect()
}

/// Whether the text holds a caption: a `[` and `]` with capitals and spaces alone
/// between them, [`MIN_LETTERS`] letters or more ("[LAUGHTER]", "[SOFT MUSIC]"), that is
/// no placeholder or editor's mark ("[PERSON]", "[INAUDIBLE]", "[SIC]"): redacted text
/// is read again, and its placeholders vouch for no transcript.
fn holds_a_caption(text: &str) -> bool {
    text.match_indices('[').any(|(open, _)| {
        let rest = &text[open + 1..];
        rest.find(']').is_some_and(|close| {
            let inside = &rest[..close];
            inside.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS
                && inside.chars().all(|c| c.is_uppercase() || c == ' ')
                && !is_marker(inside)
        })
    })
}

/// Whether a token is a word of capitals and letters alone, as a label's words are.
fn capitals_only(token: &Token<'_>) -> bool {
    token.shape == Shape::Upper && token.text.chars().all(char::is_alphabetic)
}

/// Whether a token of a label may be a word of a speaker's name: of [`MIN_LETTERS`] or
/// more, not all consonants of English (an acronym: "WWW:", "FTW:"), and a listed name
/// that is no everyday word or a word no list knows.
fn may_name(token: &Token<'_>, word: WordFacts) -> bool {
    capitals_only(token)
        && token.text.chars().count() >= MIN_LETTERS
        && !token.text.chars().all(|c| ENGLISH_CONSONANTS.contains(c))
        && !word.not_name
        && !word.common
        && ((word.first || word.surname) && !word.english && !word.word_name
            || !word.listed_as_a_word() && !word.any_name())
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans = speaker_labels(text, &tokens, &facts, is_caseless(text));
        span_texts(text, &tokens, spans)
    }

    #[test]
    fn a_speakers_label_in_a_transcript_is_a_name() {
        assert_eq!(
            found("[TROLLEY RATTLES] ROLFAS: Toast or porridge, love? [MUM: Both, please.] VALRUN: Both it is. [LAUGHTER]"),
            ["ROLFAS", "VALRUN"]
        );
        assert_eq!(
            found("Subtitles: [SOFT MUSIC] INESITE: Happy birthday. [CHEERING] GRANDAD: Thank you, love."),
            ["INESITE"]
        );
        assert_eq!(
            found("[RAIN] SARAH THORSDOTTIR: I've brought you tea. [DAD LAUGHS] KEMI: And cake."),
            ["SARAH THORSDOTTIR", "KEMI"]
        );
    }

    #[test]
    fn roles_acronyms_and_lone_labels_are_left() {
        for text in [
            // Roles and everyday words before a colon.
            "[LAUGHTER] MUM: Both, please. [BEEPING] NURSE: There we are.",
            // One label after a tag: a heading, not a turn.
            "[URGENT] UTI: not picked up by the GP for a week.",
            "[BEEP] SDEC: Can you take a GP referral? AMU: Full, sorry.",
            "[LAUGHTER] CHAIR: Any other business? AOB: None. [CHAIRS SCRAPING]",
            // Labels after no bracket.
            "[LAUGHTER] Then ROLFAS: both. KEMI: and cake.",
            // No caption in the comment.
            "[Mum] ROLFAS: Both it is. [Dad] CAMHS: waited two years.",
            // A placeholder or an editor's mark is no caption: redacted text is read again.
            "[PERSON] FTW: she read the shifts. [PERSON] WWW: all good.",
            "[SIC] FTW: she read the shifts. [SIC] WWW: all good.",
            // Consonants alone are an acronym.
            "[LAUGHTER] FTW: she read the shifts. [BEEP] WWW: all good.",
            // A comment without case.
            "[LAUGHTER] ROLFAS: BOTH IT IS. [BEEP] VALRUN: YES.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
