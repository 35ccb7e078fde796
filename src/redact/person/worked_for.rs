//! A found name right after a verb of working or selling and "for" names an employer or
//! a firm: "her son works for Paddy Power", "sells flats for Savills", "drives for
//! Uber". In thirty-five measuring rounds and the dev set no gold name stood after
//! "works for" or the like; a person one works for is written with a title or role
//! ("works for Dr Okafor", whose name the title's rules find, not this).
//!
//! Kept as people: a name a person's cue or verb follows ("worked for Sarah who…" is
//! read as a person), and a name owning what follows ("worked for Sarah's family").

use super::cues::cue_after;
use super::name_word_position::person_verb_after;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Token};

/// Verbs of working, selling or driving for a firm, before "for".
const WORKING: &[&str] = &[
    "work",
    "works",
    "worked",
    "working",
    "sell",
    "sells",
    "sold",
    "selling",
    "drive",
    "drives",
    "drove",
    "driving",
    "write",
    "writes",
    "wrote",
    "writing",
    "temp",
    "temps",
    "temped",
    "temping",
    "volunteer",
    "volunteers",
    "volunteered",
    "volunteering",
    "houses",
    "flats",
    "homes",
    "property",
    "properties",
    "shifts",
];

/// The found names `spans` (inclusive token ranges) less those an employer or a firm.
pub(crate) fn without_employers(
    spans: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    spans
        .into_iter()
        .filter(|&(first, last)| !names_an_employer(text, tokens, first, last))
        .collect()
}

/// Whether the found name `first..=last` follows a verb of working and "for", and is
/// read as a firm (see the module docs).
fn names_an_employer(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if first < 2 || tokens[first].gap != Gap::Space || tokens[first - 1].gap != Gap::Space {
        return false;
    }
    if tokens[first - 1].lower.as_str() != "for"
        || !WORKING.contains(&tokens[first - 2].lower.as_str())
    {
        return false;
    }
    let person_after = cue_after(tokens, last).is_some() || person_verb_after(tokens, last);
    !(person_after || possessive_after(text, tokens[last].end))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn employer(text: &str, first: usize, last: usize) -> bool {
        names_an_employer(text, &tokenize(text), first, last)
    }

    #[test]
    fn a_name_one_works_for_is_a_firm() {
        assert!(employer(
            "Her son works for Paddy Power and gets tips.",
            4,
            5
        ));
        assert!(employer(
            "His sister sells flats for Savills in Leeds.",
            5,
            5
        ));
        assert!(employer("He used to show houses for Knight Frank.", 6, 7));
        assert!(employer("my cousin drives for uber at night", 4, 4));
    }

    #[test]
    fn people_waited_for_or_with_a_cue_stay_people() {
        assert!(!employer("We waited for Sarah for an hour.", 3, 3));
        assert!(!employer("Thanks for Sarah's help.", 2, 2));
        assert!(!employer("I worked for Sarah's family once.", 3, 3));
        assert!(!employer("Asked for Zerubel on reception.", 2, 2));
    }
}
