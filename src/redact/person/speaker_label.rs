//! Names written as a transcript's speaker labels: subtitles or closed captions copied
//! into a comment, where a speaker's name stands in capitals before a colon and sounds
//! are described in capitals in square brackets ("[TROLLEY RATTLES] PETRA: Toast or
//! porridge, love? [MUM: Both, please.] PETRA: Both it is. [LAUGHTER]"). In a cased
//! comment an all-capital word is read as an acronym, so the rules and the tagger left a
//! label that a sentence or a caption came before.
//!
//! Taken: in a cased comment holding a caption (a `[...]` of capitals and spaces alone,
//! three letters or more, no placeholder or editor's mark), a run of one to three all-capital words of three letters or
//! more, straight before a colon, opening a sentence or coming straight after a `]`,
//! each word a listed given name or surname that is no everyday word, or a word no list
//! knows. So a role stays ("MUM:", "NURSE:", "DAD:"), as does a label no caption
//! vouches for ("CAMHS: waited two years"). None of the real QDC comments holds a
//! caption.

use super::lexicon::WordFacts;
use super::tokens::{is_marker, Gap, Shape, Token};

/// Letters a caption and each word of a label must have.
const MIN_LETTERS: usize = 3;

/// The consonants of English in capitals: a label of these alone is an acronym.
const ENGLISH_CONSONANTS: &str = "BCDFGHJKLMNPQRSTVWXZ";

/// Most words of a label ("ANNA MARIA KOWALSKA:").
const MAX_WORDS: usize = 3;

/// The speakers' names of a transcript (see the module doc), as inclusive token ranges;
/// nothing in a comment without case or without a caption.
pub(crate) fn speaker_labels(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless || !text.contains('[') || !holds_a_caption(text) {
        return Vec::new();
    }
    let opens =
        |i: usize| tokens[i].sentence_start || text[..tokens[i].start].trim_end().ends_with(']');
    let mut found = Vec::new();
    for i in (0..tokens.len()).filter(|&i| opens(i)) {
        for last in i..tokens.len().min(i + MAX_WORDS) {
            let joined = last == i || tokens[last].gap == Gap::Space;
            if !joined || !may_name(&tokens[last], facts[last]) {
                break;
            }
            if text[tokens[last].end..].starts_with(':') {
                found.push((i, last));
                break;
            }
        }
    }
    found
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

/// Whether a token may be a word of a speaker's name: all capitals, letters only, of
/// [`MIN_LETTERS`] or more, not all consonants of English (an acronym: "WWW:", "FTW:"),
/// and a listed name that is no everyday word or a word no list knows.
fn may_name(token: &Token<'_>, word: WordFacts) -> bool {
    token.shape == Shape::Upper
        && token.text.chars().count() >= MIN_LETTERS
        && token.text.chars().all(char::is_alphabetic)
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
            found("Subtitles from the video: [SOFT MUSIC] INESITE: Happy birthday, dear Grandad."),
            ["INESITE"]
        );
        assert_eq!(
            found("[RAIN AGAINST THE WINDOW] SARAH THORSDOTTIR: I've brought you a cup of tea."),
            ["SARAH THORSDOTTIR"]
        );
        assert_eq!(
            found("[DOOR OPENS] Morning. KEMI: Shall we try that walk? [FOOTSTEPS]"),
            ["KEMI"]
        );
    }

    #[test]
    fn roles_acronyms_and_labels_with_no_caption_are_left() {
        for text in [
            // Roles and everyday words before a colon.
            "[LAUGHTER] MUM: Both, please. NURSE: There we are.",
            "[BEEPING] NOTE: visiting is two to four.",
            // No caption in the comment.
            "ROLFAS: Both it is. CAMHS: waited two years.",
            "Feedback [SIC] CAMHS: waited two years.",
            // A placeholder is no caption: redacted text is read again.
            "[PERSON] FTW: she read the shifts. WWW: all good.",
            "[LAUGHTER] FTW: she read the shifts. WWW: all good.",
            // Not before a colon, or not opening a sentence.
            "[LAUGHTER] ROLFAS laughed. Then the KEMI team: great.",
            // A comment without case.
            "[LAUGHTER] ROLFAS: BOTH IT IS.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
