//! Things named after people, read from the words right before them: "a Barbie
//! plaster", "a cup of Earl Grey", "the Lord Nelson across the road", "played Jenga with
//! my son", "did Movember". The thing's name is a listed name (or looks like one), so the
//! tagger and the rules take it for a person; the words before it say it is a thing.
//!
//! Each reading is of words a person's name does not follow in a comment:
//! - an indefinite article right before it ("a", "an"): people are not counted so
//!   ("a nurse Sarah" has the role between, and is left), unless the name is coined
//!   into a method ("a Priya Sharma approach", [`super::coined_method`]) or is a given
//!   name and a surname none of whose words is a word of the language ("a Zanele
//!   Okonkwo rang": someone known only by name, [`super::after_an_article`]);
//! - a container or a portion and "of" ("a bottle of", "a cup of", "a pint of", "a
//!   case of" after "a" or a number only, not "in the case of", "a bowl of", "a plate
//!   of"): a drink or food, unless the name owns a word after it ("a piece of Kerry's
//!   cake");
//! - "the" before a title of nobility or the church ("the Lord Nelson", "the Marquis of
//!   Granby", "the Duke of York"): a pub, a ship, a building;
//! - a verb of playing right before it ("played Jenga", "play Lego"): a game ("played
//!   with Sarah" has "with" between, and is left);
//! - a health campaign's name from a closed list ("Movember", "Stoptober");
//! - "al" after "et" in small letters ending its phrase, a citation's "and others"
//!   ("Smith et al.").
//!
//! A cue stronger than "to" / "by" right before the name keeps it ("thanks to a…" is
//! not read: the cue wins).

use super::after_an_article::article_of_what_follows;
use super::cues::{cue_before, CueStrength, TITLES};
use super::lexicon::WordFacts;
use super::tokens::{Gap, Shape, Token};

/// Indefinite articles.
const INDEFINITE: &[&str] = &["a", "an"];

/// Containers and portions a drink or food is counted in, before "of".
const CONTAINERS: &[&str] = &[
    "cup",
    "cups",
    "mug",
    "mugs",
    "glass",
    "glasses",
    "bottle",
    "bottles",
    "pint",
    "pints",
    "half",
    "can",
    "cans",
    "tin",
    "tins",
    "box",
    "boxes",
    "packet",
    "packets",
    "bar",
    "bars",
    "slice",
    "bag",
    "bags",
    "jar",
    "shot",
    "dram",
    "drop",
    "splash",
    "tub",
    "carton",
    "flask",
    "crate",
    "crates",
    "keg",
    "barrel",
    "sack",
    "punnet",
    "tray",
    "caddy",
    "pot",
    "pots",
    "jars",
    "pack",
    "packs",
    "sachet",
    "sachets",
    "jug",
    "jugs",
    "carafe",
    "magnum",
    "pouch",
    "tubs",
    "flasks",
    "kegs",
    "barrels",
    "drams",
    "shots",
    "bucket",
    "rack",
    "pair",
    "pairs",
    "miniature",
    "miniatures",
    "measure",
    "measures",
    "tot",
    "tots",
    "nip",
    "double",
    "doubles",
    "thimble",
];

/// Portions of a meal, before "of": "a bowl of Żurek", "a plate of Kenkey", "a piece of
/// Tagliatelle". Unlike [`CONTAINERS`], not read before a title ("a can of Dr Pepper" is
/// a drink; "a piece of Dr Shah's mind" is Dr Shah's) nor before a listed given name,
/// which they are said of too ("a piece of Rachel is in every baby she delivers", "a
/// handful of Dan would do").
const MEAL_PORTIONS: &[&str] = &[
    "bowl", "bowls", "bowlful", "plate", "plates", "plateful", "portion", "portions", "helping",
    "helpings", "serving", "servings", "piece", "pieces", "slices", "spoonful", "mouthful", "dish",
    "dollop", "scoop", "scoops", "loaf", "chunk", "chunks", "wedge", "skewer", "skewers", "basket",
    "platter", "pan", "saucepan", "handful", "pinch",
];

/// Portions that name other things too ("in the case of"), read only after "a" or a
/// number ("a case of Ortega", "two cases of Rioja").
const COUNTED_CONTAINERS: &[&str] = &["case", "cases"];

/// Numbers in words that count portions ("two cases of").
const NUMBER_WORDS: &[&str] = &["two", "three", "four", "five", "six", "ten", "twelve"];

/// Titles of nobility, royalty and the church that name pubs, ships and buildings
/// after "the".
const NOBLE_TITLES: &[&str] = &[
    "lord", "duke", "duchess", "marquis", "marquess", "earl", "king", "queen", "prince",
    "princess", "cardinal", "baron", "viscount", "admiral",
];

/// Verbs of playing a game.
const PLAY: &[&str] = &["play", "plays", "played", "playing"];

/// Health campaigns and fundraising months named like words of a name.
const CAMPAIGNS: &[&str] = &[
    "movember",
    "stoptober",
    "veganuary",
    "decembeard",
    "dryathlon",
];

/// Whether the found name `first..=last` is a thing by the words right before it (see
/// the module doc), found by the rules or the tagger.
pub(crate) fn names_a_thing(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    let word = |k: usize| tokens[k].lower.as_str();
    let joined = |k: usize| tokens[k].gap == Gap::Space;
    let before_is = |k: usize, list: &[&str]| k > 0 && joined(k) && list.contains(&word(k - 1));
    // Where a title of nobility the name runs from, or stands right after, is.
    let noble_at = if NOBLE_TITLES.contains(&word(first)) {
        Some(first)
    } else if before_is(first, NOBLE_TITLES) {
        Some(first - 1)
    } else if first >= 2 && word(first - 1) == "of" && joined(first) && joined(first - 1) {
        NOBLE_TITLES.contains(&word(first - 2)).then_some(first - 2)
    } else {
        None
    };
    // "a miniature of Captain Morgan", "a can of Dr Pepper": a drink named with a title,
    // counted in a portion.
    let titled_portion = first >= 3
        && joined(first)
        && tokens[first - 1].shape == Shape::Capitalised
        && (TITLES.contains(&word(first - 1))
            || NOBLE_TITLES.contains(&word(first - 1))
            || word(first - 1) == "captain")
        && word(first - 2) == "of"
        && before_is(first - 2, CONTAINERS);
    if titled_portion {
        return true;
    }
    let opens = noble_at.unwrap_or(first);
    if cue_before(tokens, opens).is_some_and(|c| c > CueStrength::Weak) {
        return false;
    }
    let after_the_noble = noble_at.is_some_and(|t| before_is(t, &["the"]));
    // The article a word of its own ("N/a. Elaheh" holds an "a" too).
    // and not an initial after a title ("dr a. Sulemana").
    // Not where the article is what follows the name's ("a Priya Sharma approach", "a
    // Zmagoslav's law", "a John Okafor rang").
    let counted = before_is(first, INDEFINITE)
        && tokens[first - 1].shape != Shape::Initial
        && (first == 1
            || (!tokens[first - 1].gap.is_break() && !TITLES.contains(&word(first - 2))))
        && !article_of_what_follows(text, tokens, facts, first, last);
    let counted_case = first >= 3
        && before_is(first - 1, COUNTED_CONTAINERS)
        && joined(first - 2)
        && (INDEFINITE.contains(&word(first - 3))
            || word(first - 3).bytes().all(|b| b.is_ascii_digit())
            || NUMBER_WORDS.contains(&word(first - 3)));
    let portion = first >= 2
        && word(first - 1) == "of"
        && joined(first)
        && (before_is(first - 1, CONTAINERS)
            || (before_is(first - 1, MEAL_PORTIONS) && !facts[first].first)
            || counted_case)
        && !owns_a_word_after(text, tokens[last].end);
    // A game is one word ("the play lady X" is a person after a role).
    let played = first == last && before_is(first, PLAY);
    let campaign = first == last && CAMPAIGNS.contains(&word(first));
    // "Smith et al.", "smith et al, 2024": the Latin "and others" of a citation, in small
    // letters and ending its phrase; "Sue et Al", "Bet et al came" (the French "and") name
    // a person.
    let and_others = first == last
        && first > 0
        && tokens[first].text == "al"
        && tokens[first - 1].text == "et"
        && joined(first)
        && tokens
            .get(first + 1)
            .is_none_or(|next| next.gap != Gap::Space);
    after_the_noble || counted || portion || played || campaign || and_others
}

/// Whether a possessive follows the name ending at byte `end` and a word follows that: the
/// name owns what the portion is of ("a piece of Kerry's cake", "a cup of Kerry's tea"),
/// where a brand's possessive ends its phrase ("a jar of Hellmann's.", "a scoop of
/// Mackie's").
fn owns_a_word_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let after = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix("\u{2019}s"));
    after.is_some_and(|after| {
        after.starts_with(' ')
            && after
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn thing(text: &str, first: usize, last: usize) -> bool {
        let tokens = tokenize(text);
        let facts = super::super::lexicon::NameLexicon::new().facts_of(&tokens);
        names_a_thing(text, &tokens, &facts, first, last)
    }

    #[test]
    fn things_named_after_people_are_things() {
        assert!(thing("She gave me a Peppa plaster.", 4, 4));
        assert!(thing("The therapy dog, a Jack Russell, came in.", 4, 5));
        assert!(thing("He made me a cup of Earl Grey.", 6, 7));
        assert!(thing("We left a bottle of Baileys for them.", 5, 5));
        assert!(thing(
            "The prize was a case of Ortega from a vineyard.",
            6,
            6
        ));
        assert!(thing("She brought a caddy of Brooke Bond.", 5, 6));
        // A drink named with a title, in a portion.
        assert!(thing(
            "He brought a miniature of Captain Morgan for the cake.",
            6,
            6
        ));
        assert!(thing("A can of Dr Pepper from the machine.", 4, 4));
        // A portion of a meal.
        assert!(thing("Mum brought a bowl of Pho for me.", 5, 5));
        assert!(thing("I would kill for a plate of Jollof now.", 7, 7));
        assert!(thing("Two helpings of Bolognese, please.", 3, 3));
        assert!(!thing("A letter of thanks to Dr Pepper from us.", 6, 6));
        assert!(!thing("In the case of Sarah it was fine.", 4, 4));
        assert!(thing("The Lord Nelson across the road.", 1, 2));
        assert!(thing("The Lord Nelson across the road.", 2, 2));
        assert!(thing("kindness, smith et al., 2024", 3, 3));
        assert!(thing("Brought in from the Marquis of Granby.", 6, 6));
        assert!(thing("The nurse played Jenga with my son.", 3, 3));
        assert!(thing("Doing Movember this year.", 1, 1));
        // Someone known only by name, in full after "a".
        assert!(!thing("I spoke to a Zanele Okonkwo in PALS.", 4, 5));
    }

    #[test]
    fn people_stay_people() {
        assert!(!thing("Sarah gave me a plaster.", 0, 0));
        assert!(!thing("The unit has a Zmagoslav's law.", 4, 4));
        assert!(!thing("Thanks to Earl Grey on ward 4.", 2, 3));
        assert!(!thing("We had a nurse Sarah who was kind.", 4, 4));
        assert!(!thing("The nurse played with Jenny for hours.", 4, 4));
        assert!(!thing("Lord Nelson was my consultant.", 0, 1));
        assert!(!thing("Thanks to Lord Nelson.", 2, 3));
        assert!(!thing("Ask for a Dr Patel.", 4, 4));
        // A given name after a portion.
        assert!(!thing("A piece of Rachel is in every baby.", 3, 3));
        // A person owning what the portion is of.
        assert!(!thing(
            "She saved me a piece of Kerry's leaving cake.",
            6,
            6
        ));
        assert!(!thing("He made a cup of Kerry's tea for me.", 5, 5));
        assert!(thing("Mum brought a jar of Hellmann's.", 5, 5));
        // A person after a portion word with a title or role before them.
        assert!(!thing("I got a piece of Dr Shah's mind.", 6, 6));
        assert!(!thing("The portion of nurse Amara's shift was long.", 4, 4));
        assert!(!thing("Thanks to Al on ward 4.", 2, 2));
        assert!(!thing("Thanks to Sue et Al from the day unit.", 4, 4));
        assert!(!thing("bet et al came every day", 2, 2));
        assert!(!thing("N/a. Elaheh was lovely.", 2, 2));
        assert!(!thing("dr a. sulemana explained it", 2, 2));
        assert!(!thing("Dr A Okafor explained it", 2, 2));
        assert!(!thing("The play lady Parviz was kind.", 2, 3));
        // A name coined into a method after "a".
        assert!(!thing("It was a Priya Sharma approach to pain.", 3, 4));
        assert!(!thing("It was a Sharma way to pain.", 3, 3));
    }
}
