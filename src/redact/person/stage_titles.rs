//! A found name that is the title of a play, a film, a book or a song, told by the
//! words around it: "played the lead in Educating Rita", "starred in Billy Liar", "a
//! production of Abigail's Party", "said Shirley Valentine was her favourite play".
//! Titles are built on people's names, so the lists and the tagger read them as people;
//! what a person plays a part in, or calls a favourite work, is a work.
//!
//! Taken: a found run right after "the lead in" or "starred in", or after a staging and
//! "of" ("a production of", "a revival of"); or a run followed by "was" or "is", a
//! possessive ("her", "my"…), "favourite" (or "favorite") and a kind of work ("play",
//! "film", "musical", "song"). The phrase must end after the title ([`title_ends`]) or
//! the work (a comma or a stop): "her favourite play specialist" is a person's, and so is "a role in
//! Tamsin walking again" (people have parts in others' lives and give performances, so
//! "role", "part" and "performance" are no cue). Not a run a cue of a person opens ("a part in Dr Jones's
//! clinic").

use super::cues::{cue_before, CueStrength};
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, Gap, Shape, Token};

/// A part one has in a work, before "in": "starred in", "played the lead in". Not
/// "role" or "part", which a person has in another's recovery ("a huge role in Tamsin
/// walking again"), nor "lead" without "the" ("a strong lead in Amara").
const STARRING: &[&str] = &["starred", "starring"];

/// A staging of a work, before "of": "a production of", "a revival of". Not
/// "performance", which a person gives ("the performance of Tamsin on nights").
const STAGINGS: &[&str] = &[
    "production",
    "productions",
    "revival",
    "staging",
    "adaptation",
    "screening",
    "rendition",
];

/// Words that may end a title after "in" or "of", before the sentence goes on: a break
/// or one of these ("the lead in Educating Rita for the drama group"). A verb or a
/// noun after the run makes it a person doing or having something ("starred in Tamsin
/// walking again"), and "and" a list of people ("the production of Yaw and his team").
const AFTER_A_TITLE: &[&str] = &[
    "for", "at", "with", "but", "last", "this", "on", "in", "when", "while", "years",
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
    let the_lead_in = opens >= 3
        && after(&["lead"], "in")
        && joined_at(tokens, opens - 2)
        && lower_at(tokens, opens - 3) == "the";
    if (the_lead_in || after(STARRING, "in") || after(STAGINGS, "of")) && title_ends(tokens, last) {
        return true;
    }
    (1..=4).all(|k| joined_at(tokens, last + k))
        && matches!(lower_at(tokens, last + 1), "was" | "is")
        && POSSESSIVES.contains(&lower_at(tokens, last + 2))
        && matches!(lower_at(tokens, last + 3), "favourite" | "favorite")
        && WORKS.contains(&lower_at(tokens, last + 4))
        && tokens
            .get(last + 5)
            .is_none_or(|next| next.gap != Gap::Space)
}

/// Whether a title's phrase ends after token `k`: a break, a comma, the text's end, or a
/// word of [`AFTER_A_TITLE`] ("the lead in Educating Rita for", not "starred in Tamsin
/// walking").
fn title_ends(tokens: &[Token<'_>], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_none_or(|next| next.gap != Gap::Space || AFTER_A_TITLE.contains(&next.lower.as_str()))
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
        assert!(work("She starred in Educating Rita.", "Rita", "Rita"));
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
        // People have roles in others' lives, give performances, and play specialists
        // are favourites.
        assert!(!work(
            "The physio team played a huge role in Tamsin walking again.",
            "Tamsin",
            "Tamsin"
        ));
        assert!(!work(
            "The performance of Tamsin on the night shift was first class.",
            "Tamsin",
            "Tamsin"
        ));
        assert!(!work(
            "Ngozi was his favourite play specialist on the ward.",
            "Ngozi",
            "Ngozi"
        ));
        assert!(!work(
            "Amara was her favourite show and tell helper.",
            "Amara",
            "Amara"
        ));
        assert!(!work(
            "The production of Yaw and his team was spot on.",
            "Yaw",
            "Yaw"
        ));
        assert!(!work(
            "There was a strong lead in Amara for the project.",
            "Amara",
            "Amara"
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
