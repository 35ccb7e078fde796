//! A found name that is the title of a play, a film, a book or a song, told by the
//! words around it: "played the lead in Educating Rita", "said Shirley Valentine was her
//! favourite play".
//! Titles are built on people's names, so the lists and the tagger read them as people;
//! what a person plays a part in, or calls a favourite work, is a work.
//!
//! Taken: a found run right after "played the lead in" or a verb of performing and "in"
//! ("sang in Iolanthe"); or a run opening its clause (or after a verb of saying) followed
//! by "was" or "is", a possessive ("her", "my"…), "favourite" (or "favorite") and a kind of
//! work ("play", "film", "musical", "song"). The phrase must end after the title
//! ([`title_ends`]) or the work (a comma or a stop): "her favourite play specialist" is a
//! person's. People have roles in others' recovery, give performances, star in photos
//! and are taken the lead in, produced, screened, staged and revived, so "role", "part",
//! "performance", "starred in", "took the lead in", "production", "screening", "staging"
//! and "revival" are no cue (a review's own sentences lost names to each). Not a run a
//! cue of a person opens ("a part in Dr Jones's clinic"), nor one in the possessive.

use super::cues::{cue_before, CueStrength};
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, Gap, Shape, Token};

/// Verbs of performing before "in" and a work: "sang in Iolanthe", "danced in Coppelia".
const PERFORMING: &[&str] = &[
    "sang", "sings", "singing", "danced", "dances", "dancing", "acted", "acts", "acting",
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

/// Verbs of saying before a clause a favourite work opens: "she said Shirley Valentine
/// was her favourite play".
const SAYING: &[&str] = &[
    "said", "says", "thinks", "thought", "reckons", "told", "tells",
];

/// Possessives before "favourite" (a relative's "'s" stands outside its token, so "Mum's
/// favourite" is not read).
const POSSESSIVES: &[&str] = &["her", "his", "my", "our", "their", "your"];

/// Whether the found run `first..=last` is a work's title (see the module doc).
pub(crate) fn names_a_work(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if possessive_after(text, tokens[last].end)
        || cue_before(tokens, first).is_some_and(|cue| cue > CueStrength::Weak)
    {
        return false;
    }
    // The title may open with capitalised words the run left out ("Educating Rita").
    let mut opens = first;
    while opens > 0 && joined_at(tokens, opens) && tokens[opens - 1].shape == Shape::Capitalised {
        opens -= 1;
    }
    // "in" before the title, after "played the lead" (not "took the lead": charge of a
    // patient) or a verb of performing ("sang in Iolanthe": one sings in a work, not in a
    // person).
    let after_in = opens >= 2
        && joined_at(tokens, opens)
        && joined_at(tokens, opens - 1)
        && lower_at(tokens, opens - 1) == "in";
    let played_the_lead = opens >= 4
        && joined_at(tokens, opens - 2)
        && joined_at(tokens, opens - 3)
        && lower_at(tokens, opens - 2) == "lead"
        && lower_at(tokens, opens - 3) == "the"
        && matches!(lower_at(tokens, opens - 4), "played" | "plays" | "playing");
    let performed = opens >= 2 && PERFORMING.contains(&lower_at(tokens, opens - 2));
    if after_in && (played_the_lead || performed) && title_ends(tokens, last) {
        return true;
    }
    // The favourite work is what the sentence is about: it opens the clause or follows a
    // verb of saying ("said Shirley Valentine was"), not "with" or "by" ("Watching Bluey
    // with Dimitri was her favourite show").
    let subject = first == 0
        || tokens[first].gap != Gap::Space
        || SAYING.contains(&lower_at(tokens, first - 1));
    subject
        && (1..=4).all(|k| joined_at(tokens, last + k))
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
    use super::super::tokens::tokens_and_span;
    use super::*;

    /// Whether the run of the words `from` to `to` of `text` is a work's title.
    fn work(text: &str, from: &str, to: &str) -> bool {
        let (tokens, first, last) = tokens_and_span(text, from, to);
        names_a_work(text, &tokens, first, last)
    }

    #[test]
    fn titles_of_works_are_works() {
        assert!(work(
            "She played the lead in Educating Rita for the drama group.",
            "Rita",
            "Rita"
        ));
        assert!(work(
            "He played the lead in Billy Liar at school.",
            "Billy",
            "Liar"
        ));
        assert!(work(
            "She sang in Iolanthe with the operatic society.",
            "Iolanthe",
            "Iolanthe"
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
        // Taking the lead is taking charge; a revival is clinical; a possessive owns.
        assert!(!work(
            "Sister Agnes took the lead in Kieran when the doctors were busy.",
            "Kieran",
            "Kieran"
        ));
        assert!(!work(
            "The revival of Marcus in resus was the worst moment.",
            "Marcus",
            "Marcus"
        ));
        assert!(!work("Our son starred in Lola's TikTok.", "Lola", "Lola"));
        assert!(!work(
            "She sang in Sarah's choir for years.",
            "Sarah",
            "Sarah"
        ));
        assert!(!work(
            "Dad starred in Corinne for the calendar.",
            "Corinne",
            "Corinne"
        ));
        assert!(!work(
            "The production of Bartek at the show was lovely.",
            "Bartek",
            "Bartek"
        ));
        // The favourite is not what the sentence is about.
        assert!(!work(
            "Watching Bluey with Dimitri was her favourite show.",
            "Dimitri",
            "Dimitri"
        ));
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
