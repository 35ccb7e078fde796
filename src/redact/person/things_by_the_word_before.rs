//! Found names that the word right before them reads as a place, a firm or a thing used,
//! not a person:
//! - after **"at"**: "trained at Robert Gordon University", "the chalets at Pontins", "a
//!   pound on at William Hill". In thirty-five measuring rounds and the dev set no gold
//!   name stood right after "at", and in the 5,655 real comments every capitalised word
//!   after it is a place or a unit. Not after a verb aimed at someone ("shouted at
//!   Sarah"), an adverb of direction perhaps between ("pointed straight at Kyian",
//!   "smiled back at Sarah").
//! - after a verb of **working or selling and "for"**: "her son works for Paddy Power",
//!   "sells flats for Savills", "drives for Uber"; no gold name stood there either (a
//!   person one works for is written with a title: "works for Dr Okafor").
//! - after a verb of **wearing, driving, eating, drinking, singing, painting, planting,
//!   growing, baking, collecting, reading, learning, speaking, selling or stocking**:
//!   "sang Crimond with us", "Dad drank Bovril", "she collects Moorcroft", "Dad grew
//!   Ailsa Craig", "was reading Jane Eyre", "learned Haskell", "only sells Tyrrells"; no
//!   gold name stood right after one ("buy" and "bought" are left out: "buy Sarah
//!   chocolates"). Not when
//!   a determiner follows, the name being the one something is done for ("baked Sarah a
//!   cake"); "read" and "watch" are left out (a sign reads a name: "her lanyard read
//!   Sujatha Ravi"; one watches a person work).
//! - after a verb of **playing or performing** written small, or closing a title of
//!   two capitalised words after one: "plays Amazing Grace", "played Drowsy Maggie on
//!   the fiddle". In fifty-four measuring rounds no gold name stood right after one and
//!   286 look-alikes did. Not a person played with, against or for ("played Sarah Jones
//!   at chess", "played Sarah a song"), nor a run holding a title, role or relative
//!   ("played Dr Sarah Jones at darts"), nor a longer run, a name a subject's verb
//!   follows or a title of two words that does not end its clause or go on with where it
//!   was played, more often a sentence run on without a stop ("played Bingo Sarah was
//!   brilliant", "played Scrabble Margaret always won").
//! - after **two words that name a thing's kind or source**: a copy of a book ("a copy
//!   of Silas Marner"), a language something is written in ("written in Haskell"), what
//!   someone smelled of ("smelled of Jo Malone"), a pair, flock or herd ("a pair of
//!   Clarks", "a flock of Herdwick"), one prayed to ("a prayer to Uriel", "prayed to
//!   Saint Jude": no patient prays to a nurse; "prayers to" are sent to the living), who
//!   one dresses as, closing the clause ("dressed as Moana,", "dressed up as Elsa for
//!   us": a character; not "dressed up as Ravi from pharmacy"), and after
//!   **"during"**, which a time follows
//!   ("during Ramadan"). No gold name stood after any in thirty-six measuring rounds and
//!   the dev set.
//! - after **a part of a landscape and "of"**: "the banks of the Tyne", "the ruins of
//!   Corfe Castle" (no person has a summit or a shore; not "shadow").
//! - after **a likeness or an account and "of" / "about"**: "a poster of Yang Guang", "the
//!   statue of Greyfriars Bobby", "a documentary about Ogopogo", "a leaflet about ENIAC"
//!   ("the" may stand between): what has a statue, a poster or a documentary is public
//!   or a thing. No gold name stood after one in forty-six measuring rounds and the dev
//!   set (138,000 names); "picture", "photo" and "portrait" are left out (a family's
//!   photo of their own: "a photo of Oliver"; round 25's portraits of people), and so
//!   is "book" ("a reading from the book of Ruth").
//! - **"dawn"** after a preposition of time ("at dawn", "until dawn"; 123 such in forty
//!   rounds, none a name), not after "by" or "from" ("looked after by Dawn").
//!
//! In every case a name a person's cue or verb follows ("at Sarah on reception"), or that
//! owns what follows ("stayed at Sarah's", "painted Sarah's nails"), stays a person.

use super::cues::{cue_after, RELATIVES, ROLES, TITLES};
use super::name_word_position::person_verb_after;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Shape, Token};

/// Verbs aimed at a person, before "at": "shouted at Sarah".
const AIMED_AT: &[&str] = &[
    "shout", "shouted", "shouting", "yell", "yelled", "yelling", "smile", "smiled", "smiling",
    "look", "looked", "looking", "laugh", "laughed", "laughing", "swear", "swore", "sworn", "snap",
    "snapped", "snapping", "glare", "glared", "stare", "stared", "staring", "wave", "waved",
    "wink", "winked", "angry", "cross", "annoyed", "furious", "mad", "upset", "point", "pointed",
    "aimed", "directed", "grin", "grinned", "scream", "screamed", "bark", "barked", "nod",
    "nodded", "frown", "frowned",
];

/// Verbs of working, selling or driving for a firm, and what one sells, before "for".
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

/// Verbs whose object is a thing, in their everyday forms.
const USING: &[&str] = &[
    "wore",
    "wearing",
    "wear",
    "wears",
    "drove",
    "driving",
    "drives",
    "ate",
    "eating",
    "eats",
    "drank",
    "drinking",
    "drinks",
    "sang",
    "singing",
    "sings",
    "hummed",
    "humming",
    "hums",
    "whistled",
    "whistling",
    "knitted",
    "knitting",
    "baked",
    "baking",
    "planted",
    "planting",
    "painted",
    "painting",
    "collects",
    "collected",
    "collecting",
    "smoked",
    "smoking",
    "sprayed",
    "spraying",
    "poured",
    "pouring",
    "recited",
    "reciting",
    "grew",
    "grows",
    "growing",
    "grown",
    "sowed",
    "sown",
    "reading",
    "rereading",
    "learned",
    "learnt",
    "learning",
    "learns",
    "speaks",
    "speaking",
    "eat",
    "sell",
    "sells",
    "sold",
    "selling",
    "stock",
    "stocks",
    "stocked",
    "stocking",
];

/// Verbs of playing or performing a piece, before its title: "played Amazing Grace",
/// "played Drowsy Maggie on the fiddle".
const PLAYING: &[&str] = &[
    "play",
    "plays",
    "played",
    "playing",
    "perform",
    "performs",
    "performed",
    "performing",
];

/// Words after a name played that make it a person played with or against: "played
/// Sarah Jones at chess", "played Sarah for the team".
const PLAYED_WITH_AFTER: &[&str] = &["as", "at", "against", "from", "to", "for", "with"];

/// Words after a title of two words that go on with where or when it was played: "played
/// Drowsy Maggie on the fiddle", "in the day room", "and Jerusalem".
const TITLE_PLAYED_THEN: &[&str] = &["on", "in", "and", "during", "again", "every", "twice"];

/// Verbs after a name that make it a sentence's subject, a stop left out before it:
/// "Mum played Bingo Sarah was brilliant".
const SUBJECT_VERBS_AFTER: &[&str] = &["was", "is", "has", "had", "did", "won", "said", "came"];

/// Two words after which a name is a thing: its copy, the language it is written in,
/// its smell ("a copy of Silas Marner", "written in Haskell", "smelled of Jo Malone"),
/// or a saint, an angel or a god prayed to ("a prayer to Uriel on the back"; not
/// "prayers to", which are sent to the living: "prayers to Michelle and her family").
const THING_AFTER_TWO_WORDS: &[(&str, &str)] = &[
    ("copy", "of"),
    ("copies", "of"),
    ("written", "in"),
    ("coded", "in"),
    ("programmed", "in"),
    ("smelled", "of"),
    ("smelt", "of"),
    ("smells", "of"),
    ("smelling", "of"),
    ("reeked", "of"),
    ("reeks", "of"),
    ("stank", "of"),
    ("stinks", "of"),
    ("pair", "of"),
    ("pairs", "of"),
    ("flock", "of"),
    ("herd", "of"),
    ("prayer", "to"),
    ("pray", "to"),
    ("prays", "to"),
    ("prayed", "to"),
    ("praying", "to"),
];

/// Likenesses and accounts of something public: a name right after one and "of" or
/// "about" is what they show or tell of ("a poster of Yang Guang").
const LIKENESSES: &[&str] = &[
    "poster",
    "posters",
    "statue",
    "statues",
    "statuette",
    "painting",
    "paintings",
    "mural",
    "model",
    "models",
    "replica",
    "figurine",
    "bust",
    "cartoon",
    "calendar",
    "postcard",
    "postcards",
    "stamp",
    "stamps",
    "sticker",
    "stickers",
    "jigsaw",
    "documentary",
    "documentaries",
    "programme",
    "programmes",
    "program",
    "film",
    "films",
    "leaflet",
    "leaflets",
];

/// Verbs whose object is a show one watches, never a person: "binge-watches X",
/// "rewatched X" ("watch" is left out: one watches a person work).
const WATCHING_A_SHOW: &[&str] = &[
    "binge-watch",
    "binge-watches",
    "binge-watched",
    "binge-watching",
    "bingewatch",
    "bingewatches",
    "bingewatched",
    "bingewatching",
    "binged",
    "rewatch",
    "rewatches",
    "rewatched",
    "rewatching",
    "re-watch",
    "re-watches",
    "re-watched",
    "re-watching",
];

/// Parts or copies of a show, before "of" and its name: "an episode of X", "reruns of
/// X", "a box set of X" (read with "box" before "set"). Not "a DVD of", "a video of":
/// families film their own ("a DVD of Sienna for her grandparents").
const PARTS_OF_A_SHOW: &[&str] = &[
    "episode", "episodes", "rerun", "reruns", "re-run", "re-runs", "repeats", "boxset", "boxsets",
    "series", "season", "seasons",
];

/// Prepositions of time before which "dawn" is the time of day ("walks the corridor at
/// dawn", "no rest until dawn"); "by" and "from" stand before the person as often ("by
/// Dawn, who").
const TIME_BEFORE_DAWN: &[&str] = &["at", "until", "till", "til", "before", "since", "around"];

/// Words after a name that make it the one something is done for ("baked Sarah a cake").
const DETERMINERS_AFTER: &[&str] = &[
    "a", "an", "some", "the", "his", "her", "their", "my", "our", "your", "one", "two",
];

/// The found names `spans` (inclusive token ranges) less those the word before them
/// reads as a place, a firm or a thing used.
pub(crate) fn without_places_firms_and_things_used(
    spans: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    spans
        .into_iter()
        .filter(|&(first, last)| !read_as_no_person(text, tokens, first, last))
        .collect()
}

/// Whether the found name `first..=last` is a place, a firm or a thing used by the word
/// before it, and nothing after it says "a person" (see the module docs).
fn read_as_no_person(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if first == 0 || tokens[first].gap != Gap::Space {
        return false;
    }
    let by_the_word_before = place_after_at(text, tokens, first)
        || firm_worked_for(tokens, first)
        || thing_used(tokens, first, last)
        || piece_played(tokens, first, last)
        || thing_after_two_words(tokens, first, last)
        || likeness_of(tokens, first)
        || tokens[first - 1].lower.as_str() == "during"
        || dawn_after_a_time_word(tokens, first, last);
    let not_a_persons =
        !person_verb_after(tokens, last) && !possessive_after(text, tokens[last].end);
    // A show is watched somewhere ("rewatching Taggart in the day room"): a place after it
    // is no cue for a person.
    (by_the_word_before && cue_after(tokens, last).is_none() && not_a_persons)
        || (show_watched(tokens, first, last) && not_a_persons)
}

/// Adverbs of direction that may stand between a verb aimed at someone and "at":
/// "pointed straight at Kyian", "smiled back at Sarah".
const DIRECTION: &[&str] = &[
    "straight", "right", "directly", "back", "up", "over", "across",
];

/// "at X", one space between, no verb aimed at someone before "at", an adverb of
/// direction perhaps between them.
fn place_after_at(text: &str, tokens: &[Token<'_>], first: usize) -> bool {
    let at = first - 1;
    let aimed_from = |verb: usize| {
        tokens[verb + 1].gap == Gap::Space && AIMED_AT.contains(&tokens[verb].lower.as_str())
    };
    let aimed = at > 0
        && (aimed_from(at - 1)
            || (at > 1
                && DIRECTION.contains(&tokens[at - 1].lower.as_str())
                && aimed_from(at - 2)));
    tokens[at].lower.as_str() == "at" && text[tokens[at].end..tokens[first].start] == *" " && !aimed
}

/// "works for X", "sells flats for X".
fn firm_worked_for(tokens: &[Token<'_>], first: usize) -> bool {
    first >= 2
        && tokens[first - 1].gap == Gap::Space
        && tokens[first - 1].lower.as_str() == "for"
        && WORKING.contains(&tokens[first - 2].lower.as_str())
}

/// "sang X", "collects X", not "baked X a cake".
fn thing_used(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    USING.contains(&tokens[first - 1].lower.as_str()) && !done_for(tokens, last)
}

/// Whether a determiner follows the name at `last`, the name being the one something is
/// done for ("baked Sarah a cake", "played Sarah a song").
fn done_for(tokens: &[Token<'_>], last: usize) -> bool {
    tokens.get(last + 1).is_some_and(|next| {
        next.gap == Gap::Space && DETERMINERS_AFTER.contains(&next.lower.as_str())
    })
}

/// "played Amazing Grace", "played Drowsy Maggie on the fiddle": a name right after a
/// verb of playing written small, or closing a title of one more capitalised word after
/// one; not a person played with or against or for ("played Sarah Jones at chess",
/// "played Sarah a song"), nor a run holding a title, role or relative ("played Dr
/// Sarah Jones at darts").
fn piece_played(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    // One capitalised word of the title may stand between the verb and the name
    // ("Drowsy"); never a title, role or relative ("played Dr Sarah Jones").
    let title_word = first > 1
        && tokens[first].gap == Gap::Space
        && tokens[first - 1].shape == Shape::Capitalised;
    if title_word && names_a_person(tokens[first - 1].lower.as_str()) {
        return false;
    }
    // A title of two words ends its clause or goes on with where it was played
    // ("played Drowsy Maggie on the fiddle."); not "played Scrabble Margaret always won".
    let clause_ends = tokens.get(last + 1).is_none_or(|next| {
        next.gap != Gap::Space || TITLE_PLAYED_THEN.contains(&next.lower.as_str())
    });
    if title_word && !clause_ends {
        return false;
    }
    let start = if title_word { first - 1 } else { first };
    let verb = &tokens[start - 1];
    let played_with = tokens.get(last + 1).is_some_and(|next| {
        next.gap == Gap::Space
            && (PLAYED_WITH_AFTER.contains(&next.lower.as_str())
                || SUBJECT_VERBS_AFTER.contains(&next.lower.as_str()))
    });
    tokens[start].gap == Gap::Space
        && verb.shape == Shape::Lower
        && PLAYING.contains(&verb.lower.as_str())
        && !played_with
        && !done_for(tokens, last)
        && !(first..=last).any(|k| names_a_person(tokens[k].lower.as_str()))
}

/// Whether `word` is a title, a staff role or a relative: a word before a name that makes
/// it a person's.
fn names_a_person(word: &str) -> bool {
    TITLES.contains(&word) || ROLES.contains(&word) || RELATIVES.contains(&word)
}

/// "at dawn", "until dawn" ([`TIME_BEFORE_DAWN`]).
fn dawn_after_a_time_word(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    first == last
        && tokens[first].lower.as_str() == "dawn"
        && TIME_BEFORE_DAWN.contains(&tokens[first - 1].lower.as_str())
}

/// "a poster of X", "the statue of the X", "a documentary about X" ([`LIKENESSES`]), "the
/// banks of the X" ([`PARTS_OF_A_LANDSCAPE`]).
fn likeness_of(tokens: &[Token<'_>], first: usize) -> bool {
    let mut k = first - 1;
    if tokens[k].lower.as_str() == "the" && k >= 1 && tokens[k].gap == Gap::Space {
        k -= 1;
    }
    k >= 1
        && tokens[first - 1].gap == Gap::Space
        && tokens[k].gap == Gap::Space
        && (matches!(tokens[k].lower.as_str(), "of" | "about")
            && LIKENESSES.contains(&tokens[k - 1].lower.as_str())
            || tokens[k].lower.as_str() == "of"
                && PARTS_OF_A_LANDSCAPE.contains(&tokens[k - 1].lower.as_str()))
}

/// Parts of a landscape before "of" and a hill's, a castle's or a river's name ("the
/// banks of the Tyne", "the summit of Pen y Fan", "the ruins of Corfe Castle"): no person
/// has a summit or a shore. Not "shadow": one lives in a person's shadow too ("in the
/// shadow of Jayden for years").
const PARTS_OF_A_LANDSCAPE: &[&str] = &[
    "summit",
    "slopes",
    "foothills",
    "banks",
    "shores",
    "shore",
    "ramparts",
    "ruins",
];

/// A show watched or a part of one: "binge-watches X" ([`WATCHING_A_SHOW`]), "a box set
/// of X", "reruns of the X" ([`PARTS_OF_A_SHOW`]); a title may open the show's name ("a
/// box set of Dr Kildare"), as the shows named after a doctor or an inspector are.
fn show_watched(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let spaced = |k: usize| tokens[k].gap == Gap::Space;
    let word = |k: usize| tokens[k].lower.as_str();
    let mut k = first - 1;
    if !spaced(first) {
        return false;
    }
    if TITLES.contains(&word(k)) && tokens[k].shape != Shape::Lower && k >= 1 && spaced(k) {
        k -= 1;
    }
    // A person watched on a recording does something: "rewatched Amber doing the dressing".
    if WATCHING_A_SHOW.contains(&word(k)) {
        return !tokens.get(last + 1).is_some_and(|next| {
            next.gap == Gap::Space
                && next.shape == Shape::Lower
                && next.lower.as_str().ends_with("ing")
        });
    }
    if word(k) == "the" && k >= 1 && spaced(k) {
        k -= 1;
    }
    if word(k) != "of" || k == 0 || !spaced(k) {
        return false;
    }
    let part = word(k - 1);
    PARTS_OF_A_SHOW.contains(&part)
        || (matches!(part, "set" | "sets") && k >= 2 && spaced(k - 1) && word(k - 2) == "box")
}

/// "a copy of X", "written in X", "smelled of X" ([`THING_AFTER_TWO_WORDS`]), and "dressed
/// (up) as X" or "disguised as X" closing its clause ([`dressed_as`]).
fn thing_after_two_words(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    first >= 2
        && tokens[first - 1].gap == Gap::Space
        && (THING_AFTER_TWO_WORDS.contains(&(
            tokens[first - 2].lower.as_str(),
            tokens[first - 1].lower.as_str(),
        )) || dressed_as(tokens, first, last))
}

/// "dressed as Moana, and…", "dressed up as Elsa for us", "disguised as Santa.": who one
/// dresses as is a character when the name closes its clause or "for" follows. Staff are
/// dressed as too, and then a word of who they are follows ("dressed up as Ravi from
/// pharmacy", "dressed as Olu the paediatric nurse"), so any other word after it keeps
/// the person.
fn dressed_as(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let spaced = |k: usize| tokens[k].gap == Gap::Space;
    let word = |k: usize| tokens[k].lower.as_str();
    let dressed = |k: usize| matches!(word(k), "dressed" | "dresses" | "dressing" | "disguised");
    let before = word(first - 1) == "as"
        && (dressed(first - 2)
            || (first >= 3 && spaced(first - 2) && word(first - 2) == "up" && dressed(first - 3)));
    let closes = tokens.get(last + 1).is_none_or(|next| {
        next.gap.is_break() || (next.gap == Gap::Space && next.lower.as_str() == "for")
    });
    before && closes
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn no_person(text: &str, first: usize, last: usize) -> bool {
        read_as_no_person(text, &tokenize(text), first, last)
    }

    #[test]
    fn a_name_after_at_is_a_place() {
        assert!(no_person("She trained at Robert Gordon University.", 3, 4));
        assert!(no_person(
            "Like the queue for the chalets at Pontins.",
            7,
            7
        ));
        assert!(no_person("Treated well at Bassetlaw and Retford.", 3, 3));
        assert!(no_person(
            "he had a pound on at william hill, they argued",
            6,
            7
        ));
    }

    #[test]
    fn a_show_watched_or_a_part_of_one_is_no_person() {
        assert!(no_person(
            "Steve binge-watches Taggart on her nights off.",
            2,
            2
        ));
        assert!(no_person(
            "The waiting room had a box set of Dr Kildare that somebody donated.",
            9,
            9
        ));
        assert!(no_person("Mum loves reruns of Taggart.", 4, 4));
        assert!(no_person("We saw an episode of the Brittas Empire.", 6, 6));
        // A person watched, a set of someone's things, a title in small letters.
        assert!(!no_person("We watched Sarah all night.", 2, 2));
        assert!(!no_person("A set of Sarah's notes was lost.", 3, 3));
        assert!(!no_person(
            "The series of tests by Dr Okafor went well.",
            6,
            6
        ));
        assert!(!no_person("An episode of dr okafor shouting.", 4, 4));
        assert!(!no_person(
            "My husband rewatched Amber doing the dressing.",
            3,
            3
        ));
        assert!(!no_person(
            "I sent a DVD of Sienna to her grandparents.",
            5,
            5
        ));
        // A place after a show is where it was watched.
        assert!(no_person("He is rewatching Taggart in the day room.", 3, 3));
        assert!(no_person(
            "There was a box set of Vera in the day room.",
            6,
            6
        ));
    }

    #[test]
    fn a_name_one_works_for_is_a_firm() {
        assert!(no_person(
            "Her son works for Paddy Power and gets tips.",
            4,
            5
        ));
        assert!(no_person(
            "His sister sells flats for Savills in Leeds.",
            5,
            5
        ));
        assert!(no_person("He used to show houses for Knight Frank.", 6, 7));
        assert!(no_person("my cousin drives for uber at night", 4, 4));
    }

    #[test]
    fn the_object_of_a_verb_of_using_is_a_thing() {
        assert!(no_person("Alettin sang Crimond with us.", 2, 2));
        assert!(no_person(
            "My aunt collects Moorcroft and told us all.",
            3,
            3
        ));
        assert!(no_person("Dad drank Bovril every day.", 2, 2));
        assert!(no_person("he drove Zafiras for years", 2, 2));
        assert!(no_person("Dad grew Ailsa Craig on his allotment.", 2, 3));
        assert!(no_person("Asha was reading Jane Eyre on her break.", 3, 4));
        assert!(no_person("She learned Haskell at university.", 2, 2));
        assert!(no_person(
            "The machine only sells Tyrrells at two pounds.",
            4,
            4
        ));
        // A piece played, and the name closing its title.
        assert!(no_person("Xiu played Drowsy Maggie on the fiddle.", 3, 3));
        assert!(no_person("The band plays Amazing Grace on Sundays.", 4, 4));
        assert!(no_person("The piper played Kilbowie Cottage.", 3, 3));
        // Not who is quoted: patients quote staff ("To quote Ellie on the ward").
        assert!(!no_person(
            "The nurse quoted Jo from the mental health team.",
            3,
            3
        ));
    }

    #[test]
    fn a_copy_a_language_a_smell_or_a_time_is_a_thing() {
        assert!(no_person("The leaflet had a prayer to Uriel on it.", 6, 6));
        assert!(no_person("She prayed to Jude every night.", 3, 3));
        assert!(!no_person("I prayed to Sarah's God.", 3, 3));
        assert!(!no_person("Sending prayers to Michelle and family.", 3, 3));
        assert!(no_person(
            "There was a copy of Silas Marner on the shelf.",
            5,
            6
        ));
        assert!(no_person(
            "The system must be written in Haskell, surely.",
            6,
            6
        ));
        assert!(no_person("Ray smelled of Jo Malone every morning.", 3, 4));
        assert!(no_person("It was quiet during Ramadan.", 4, 4));
        assert!(no_person("She bought a pair of Clarks for school.", 5, 5));
        assert!(no_person(
            "She keeps a flock of Herdwick on the fells.",
            5,
            5
        ));
        assert!(no_person("no rest until dawn. first led by vitka", 3, 3));
        assert!(no_person("What walks the corridor at dawn, reads", 5, 5));
        // Who one dresses as is a character.
        assert!(no_person("My son went in dressed as Gruffalo.", 6, 6));
        assert!(no_person("The nurses dressed up as Elsa for us.", 5, 5));
        assert!(!no_person("My son dressed as Sarah's twin.", 4, 4));
        assert!(!no_person("We turned up as Sarah left.", 4, 4));
        assert!(!no_person("She dressed up as Ravi from pharmacy.", 4, 4));
        assert!(!no_person(
            "He dressed as Olu the nurse for the party.",
            3,
            3
        ));
    }

    #[test]
    fn what_a_likeness_or_an_account_shows_is_no_person() {
        for (text, first, last) in [
            ("The ward has a poster of Yang Guang by the door.", 6, 7),
            (
                "She visited the statue of Greyfriars Bobby in Edinburgh.",
                5,
                6,
            ),
            ("A documentary about Ogopogo kept us up.", 3, 3),
            ("It was a leaflet about the Titanic and nothing else.", 6, 6),
            ("We walked along the banks of the Tyne.", 7, 7),
            ("We saw the ruins of Corfe Castle on the way.", 5, 6),
        ] {
            assert!(no_person(text, first, last), "{text}");
        }
        assert!(!no_person("We have a photo of Oliver on the fridge.", 5, 5));
        assert!(!no_person("A poster of Sarah's baby was up.", 3, 3));
        assert!(!no_person("A leaflet about Sarah on reception.", 3, 3));
        // A drawing or an impression is of staff as often ("a drawing of Kwame").
        assert!(!no_person(
            "My son did a drawing of Kwame and the team.",
            6,
            6
        ));
        assert!(!no_person("My first impression of Sarah was good.", 4, 4));
        // A landscape's part with "about", or a person's possessive after "of".
        assert!(!no_person(
            "We talked on the shore about Sarah for hours.",
            6,
            6
        ));
        assert!(!no_person(
            "In the shadow of Sarah's illness we coped.",
            4,
            4
        ));
        assert!(!no_person(
            "I lived in the shadow of Jayden for years.",
            6,
            6
        ));
    }

    #[test]
    fn people_in_those_places_stay_people() {
        assert!(!no_person("The porter shouted at Sarah for nothing.", 4, 4));
        assert!(!no_person("We stayed at Sarah's until late.", 3, 3));
        assert!(!no_person("Ask at reception for Sarah.", 4, 4));
        assert!(!no_person("Everyone smiled at Zerubel.", 3, 3));
        assert!(!no_person(
            "She pointed straight at Kyian, who took a bow.",
            4,
            4
        ));
        assert!(!no_person("She smiled back at Sarah.", 4, 4));
        assert!(!no_person("We waited for Sarah for an hour.", 3, 3));
        assert!(!no_person("Thanks for Sarah's help.", 2, 2));
        assert!(!no_person("I worked for Sarah's family once.", 3, 3));
        assert!(!no_person("Asked for Zerubel on reception.", 2, 2));
        assert!(!no_person("She baked Sarah a cake.", 2, 2));
        assert!(!no_person("She played Sarah a song.", 2, 2));
        assert!(!no_person("She played with Sarah all day.", 3, 3));
        assert!(!no_person(
            "The staff played Dr Sarah Jones at darts.",
            4,
            5
        ));
        assert!(!no_person("We played Grandad Pat on the ward.", 3, 3));
        assert!(!no_person("He played Sarah Jones at chess.", 2, 3));
        assert!(!no_person("The nurse used Tom as an example.", 3, 3));
        assert!(!no_person("The rota lists Sarah Jones as my nurse.", 3, 4));
        assert!(!no_person("Mum played Bingo Scrabble Sarah won.", 4, 4));
        assert!(!no_person("Mum played Bingo Sarah was brilliant.", 3, 3));
        assert!(!no_person("Dad played Scrabble Margaret always won.", 3, 3));
        assert!(!no_person("Played Games With Karen Every Afternoon.", 3, 3));
        assert!(!no_person("He painted Sarah's nails.", 2, 2));
        assert!(!no_person("Her lanyard read Sujatha Ravi.", 3, 4));
        assert!(!no_person("We watched Sarah put the line in.", 2, 2));
        assert!(!no_person("Thanks to Sarah.", 2, 2));
        assert!(!no_person("She was reading Sarah the menu.", 3, 3));
        assert!(!no_person("I had a copy of Sarah's letter.", 5, 5));
        assert!(!no_person("It smelled of Dave's aftershave.", 3, 3));
        assert!(!no_person("It was calm during Sarah's shift.", 4, 4));
        assert!(!no_person("A copy of Sarah on reception would help.", 3, 3));
        assert!(!no_person("Looked after all weekend by Dawn, who", 5, 5));
        assert!(!no_person("A pair of Sarah's shoes was left.", 3, 3));
    }
}
