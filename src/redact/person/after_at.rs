//! A found name right after "at" names a place or an organisation: "trained at Robert
//! Gordon University", "the queue for the chalets at Pontins", "a pound on at William
//! Hill", "at Bassetlaw". People are rarely written of after "at" in feedback: in
//! thirty-five measuring rounds and the dev set no gold name stood right after it, and
//! in the 5,655 real comments every capitalised word after "at" is a place or a unit.
//!
//! Kept as people:
//! - after a verb aimed at someone ("shouted at Sarah", "smiled at Dr Okafor's joke" has
//!   the title between and is not read here);
//! - a name owning what follows ("stayed at Sarah's", "at Nan's bedside" is a relative,
//!   whom the kinship rules read);
//! - a name a person's cue or verb follows ("at Sarah on reception").

use super::cues::cue_after;
use super::name_word_position::person_verb_after;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Token};

/// Verbs aimed at a person, before "at": "shouted at Sarah".
const AIMED_AT: &[&str] = &[
    "shout", "shouted", "shouting", "yell", "yelled", "yelling", "smile", "smiled", "smiling",
    "look", "looked", "looking", "laugh", "laughed", "laughing", "swear", "swore", "sworn", "snap",
    "snapped", "snapping", "glare", "glared", "stare", "stared", "staring", "wave", "waved",
    "wink", "winked", "angry", "cross", "annoyed", "furious", "mad", "upset", "point", "pointed",
    "aimed", "directed", "grin", "grinned", "scream", "screamed", "bark", "barked", "nod",
    "nodded", "frown", "frowned",
];

/// The found names `spans` (inclusive token ranges) less those right after "at".
pub(crate) fn without_names_after_at(
    spans: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    spans
        .into_iter()
        .filter(|&(first, last)| !names_a_place_after_at(text, tokens, first, last))
        .collect()
}

/// Whether the found name `first..=last` stands right after "at" and is read as a place
/// (see the module docs).
fn names_a_place_after_at(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if first == 0 || tokens[first].gap != Gap::Space {
        return false;
    }
    let at = first - 1;
    if tokens[at].lower.as_str() != "at" || text[tokens[at].end..tokens[first].start] != *" " {
        return false;
    }
    let aimed =
        at > 0 && tokens[at].gap == Gap::Space && AIMED_AT.contains(&tokens[at - 1].lower.as_str());
    let person_after = cue_after(tokens, last).is_some() || person_verb_after(tokens, last);
    !(aimed || person_after || possessive_after(text, tokens[last].end))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn place(text: &str, first: usize, last: usize) -> bool {
        names_a_place_after_at(text, &tokenize(text), first, last)
    }

    #[test]
    fn a_name_after_at_is_a_place() {
        assert!(place("She trained at Robert Gordon University.", 3, 4));
        assert!(place("Like the queue for the chalets at Pontins.", 7, 7));
        assert!(place("Treated well at Bassetlaw and Retford.", 3, 3));
        assert!(place(
            "he had a pound on at william hill, they argued",
            6,
            7
        ));
    }

    #[test]
    fn people_after_at_stay_people() {
        assert!(!place("The porter shouted at Sarah for nothing.", 4, 4));
        assert!(!place("We stayed at Sarah's until late.", 3, 3));
        assert!(!place("Ask at reception for Sarah.", 4, 4));
        assert!(!place("Seen at 10 by Sarah.", 4, 4));
        assert!(!place("Everyone smiled at Zerubel.", 3, 3));
    }
}
