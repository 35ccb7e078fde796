//! A found name that is the title of a play, a film, a book or a song, told by the
//! words around it: "played the lead in Educating Rita", "starred in Billy Liar", "a
//! production of Abigail's Party", "said Shirley Valentine was her favourite play".
//! Titles are built on people's names, so the lists and the tagger read them as people;
//! what a person plays a part in, or calls a favourite work, is a work.
//!
//! Taken: a found run right after a part in a work and "in" ("the lead in", "a role
//! in", "starred in", "a part in"), or after a staging and "of" ("a production of", "a
//! performance of", "a revival of"); or a run followed by "was" or "is", a possessive
//! ("her", "my"…), "favourite" (or "favorite") and a kind of work ("play", "film",
//! "musical", "song"). Not a run a cue of a person opens ("a part in Dr Jones's
//! clinic").

use super::cues::{cue_before, CueStrength};
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, Shape, Token};

/// A part one has in a work, before "in": "the lead in", "a role in", "starred in".
const PARTS_IN_A_WORK: &[&str] = &[
    "lead",
    "role",
    "roles",
    "starred",
    "starring",
    "stars",
    "cameo",
    "understudy",
    "title",
];

/// A staging of a work, before "of": "a production of", "a revival of".
const STAGINGS: &[&str] = &[
    "production",
    "productions",
    "performance",
    "performances",
    "revival",
    "staging",
    "adaptation",
    "screening",
    "showing",
    "rendition",
];

/// Kinds of work one calls a favourite: "was her favourite play".
const WORKS: &[&str] = &[
    "play",
    "film",
    "movie",
    "musical",
    "song",
    "hymn",
    "carol",
    "book",
    "novel",
    "poem",
    "opera",
    "show",
    "programme",
    "panto",
    "pantomime",
    "album",
    "ballet",
];

/// Possessives before "favourite".
const POSSESSIVES: &[&str] = &["her", "his", "my", "our", "their", "your", "mum's", "dad's"];

/// Whether the found run `first..=last` is a work's title (see the module doc).
pub(crate) fn names_a_work(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let owns_a_thing = possessive_after(text, tokens[last].end)
        && tokens
            .get(last + 1)
            .is_some_and(|owned| owned.shape == Shape::Lower);
    if owns_a_thing || cue_before(tokens, first).is_some_and(|cue| cue > CueStrength::Weak) {
        return false;
    }
    // The title may open with capitalised words the run left out ("Educating Rita").
    let mut opens = first;
    while opens > 0 && joined_at(tokens, opens) && tokens[opens - 1].shape == Shape::Capitalised {
        opens -= 1;
    }
    let after = |word: &[&str], link: &str| {
        opens >= 2
            && joined_at(tokens, opens)
            && joined_at(tokens, opens - 1)
            && lower_at(tokens, opens - 1) == link
            && word.contains(&lower_at(tokens, opens - 2))
    };
    if after(PARTS_IN_A_WORK, "in") || after(STAGINGS, "of") {
        return true;
    }
    (1..=4).all(|k| joined_at(tokens, last + k))
        && matches!(lower_at(tokens, last + 1), "was" | "is")
        && POSSESSIVES.contains(&lower_at(tokens, last + 2))
        && matches!(lower_at(tokens, last + 3), "favourite" | "favorite")
        && WORKS.contains(&lower_at(tokens, last + 4))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the run of the words `from` to `to` of `text` is a work's title.
    fn work(text: &str, from: &str, to: &str) -> bool {
        let tokens = tokenize(text);
        let first = tokens.iter().position(|t| t.text == from).expect("from");
        let last = tokens.iter().position(|t| t.text == to).expect("to");
        names_a_work(text, &tokens, first, last)
    }

    #[test]
    fn titles_of_works_are_works() {
        assert!(work(
            "She played the lead in Educating Rita for the drama group.",
            "Rita",
            "Rita"
        ));
        assert!(work("He starred in Billy Liar at school.", "Billy", "Liar"));
        assert!(work(
            "We saw a production of Abigail's Party on the ward.",
            "Abigail",
            "Abigail"
        ));
        assert!(work(
            "She said Shirley Valentine was her favourite play.",
            "Shirley",
            "Valentine"
        ));
    }

    #[test]
    fn people_beside_the_same_words_stay_people() {
        // The person playing is the one named.
        assert!(!work("Rita played the lead for us.", "Rita", "Rita"));
        // A person who is a favourite, not a work.
        assert!(!work(
            "Shirley Valentine was her favourite nurse.",
            "Shirley",
            "Valentine"
        ));
        // "in" after other words.
        assert!(!work("She was in Rita Jones's care.", "Rita", "Jones"));
        // A person owning a thing.
        assert!(!work(
            "She played a big role in Rita's recovery.",
            "Rita",
            "Rita"
        ));
        // A title opens the run.
        assert!(!work(
            "She had a role in Dr Rita Jones's team.",
            "Rita",
            "Jones"
        ));
    }
}
