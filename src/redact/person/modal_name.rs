//! "will" and "may" written small as a person's name: "thanks to will on reception",
//! "ask for may the porter". Both are modal verbs, on the list of words that never start
//! a name, so a name written in small letters was dropped before any reading; written
//! "Will" after a cue it is found. Between a cue of thanks or asking before it ("thanks
//! to", "ask for") and a person's cue after it ("on reception", "the porter"), or closing
//! the comment after the cue ("thanks to will"), no verb can stand there. After a role
//! the word is the role's verb ("the nurse will on the day explain…").

use super::cues::{cue_after, cue_before, introduction_or_heading_before, CueStrength};
use super::tokens::{single_token_finds, Shape, Token};

/// Modal verbs that are also given names.
const MODAL_NAMES: &[&str] = &["will", "may"];

/// One-token inclusive ranges of the small-letter modal names this rule takes.
pub(crate) fn modal_names(tokens: &[Token<'_>]) -> Vec<(usize, usize)> {
    single_token_finds(tokens.len(), |i| {
        let token = &tokens[i];
        let closes = tokens.get(i + 1).is_none();
        token.shape == Shape::Lower
            && !token.in_brackets
            && MODAL_NAMES.contains(&token.lower.as_str())
            && (cue_before(tokens, i) == Some(CueStrength::Personal)
                || introduction_or_heading_before(tokens, i))
            && (closes || cue_after(tokens, i).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{span_texts, tokenize};
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        span_texts(text, &tokens, modal_names(&tokens))
    }

    #[test]
    fn a_modal_between_person_cues_is_a_name() {
        assert_eq!(found("i want to say thanks to will on reception"), ["will"]);
        assert_eq!(found("ask for may the porter"), ["may"]);
        assert_eq!(found("spoke to will on reception"), ["will"]);
        assert_eq!(found("big thanks to will"), ["will"]);
    }

    #[test]
    fn modals_as_verbs_are_left() {
        for text in [
            "thanks to will power i got through",
            "the nurse will be back",
            "i will on reception ask",
            "thanks to may i have a cup of tea",
            "Thanks to Will on reception",
            "the nurse will on the day of surgery explain it",
            "the surgeon may on the day decide",
            "the doctor will at reception give you the forms",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
