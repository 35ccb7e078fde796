//! Street names with neither a house number nor a "where I live" cue: "my flat is on
//! Otley Road", "the ambulance went to Mill Lane by mistake".
//!
//! One to three capitalised words and a capitalised street type that leaves no doubt
//! (Road, Street, Lane, Avenue, Close, Drive, Crescent, Terrace, Grove, Gardens, Way),
//! in a comment that uses both cases. A street named for the service on it is a place
//! that themes need, not where someone lives, so the run is left when the word after it
//! names a service or a site ("the Grace Road clinic", "Mill Lane surgery", "Elm Grove
//! car park"); and when it opens with an everyday word ("All The Way", "Very Close").
//!
//! Three more readings say the street names a site, not where someone is (fifteenth
//! round), each on words a person's address in the same place does not have:
//! - the site word comes one small-letter word later, or is a part of a site ("the
//!   Elland Road vaccine centre", "by the Broad Street entrance");
//! - the street is where a service moves or parks, not a person: "parking on Clarendon
//!   Road is impossible", "the clinic moved from Beckett Street to the new wing" (a
//!   site word as the subject of "moved"; "we moved to Mill Lane" stays);
//! - a programme or a brand that carries a street's name, from a closed list
//!   ("Coronation Street", "Quality Street"), when a word of television or sweets is in
//!   the same sentence and no preposition of place stands right before it ("the
//!   ambulance went to Coronation Street by mistake" stays an address).
//!
//! A street whose name patients give a hospital ("treated at Great Ormond Street", "a
//! second opinion on Harley Street") is the site too.
//!
//! Any word of where someone lives or is visited in the sentence ("lives", "home",
//! "carers", "visit", "door") keeps the street an address before these three readings,
//! and before a fourth: a long-distance path named like a street that is walked
//! ("walking the John Muir Way", "walking Glyndŵr's Way"; the `walking_path` module);
//! and a fifth: a way after the article with no preposition of place before it, a
//! path, a route or the sky's ("saw the Milky Way", "drove the Fosse Way"; "parked on
//! the Pilgrims Way" stays a street).

use regex::Regex;

use super::pattern::compile;
use super::person::is_thing_noun;
use super::recognizer::Recognizer;
use super::walking_path::walked_path;
use super::{PiiKind, PiiSpan};

/// Street types that are seldom anything else when capitalised after a capitalised word.
const STREET_TYPES: &str = "Road|Street|Lane|Avenue|Close|Drive|Crescent|Terrace|Grove|Gardens|Way";

/// Words after a street name that name a place, not a service: with the service words
/// below, the words that make the street the name of a service or a site.
const PLACE_SITE_WORDS: &[&str] = &[
    "site", "campus", "branch", "car", "bus", "station", "depot", "park", "stadium", "school",
    "library", "office", "offices", "building", "house", "lodge", "practise", "walk-in",
];

/// Parts of a site: "by the Broad Street entrance". Read only after "the" and when the
/// sentence has no word of where someone lives ("Mum lives on Willow Close, gate code
/// 4471" stays an address).
const SITE_PARTS: &[&str] = &[
    "entrance",
    "entrances",
    "exit",
    "gate",
    "gates",
    "junction",
    "roundabout",
];

/// Words of a service's own name, capitalised after a street ("Mill Lane Mental Health
/// team"); not park, house or lodge, which also end the names of districts and homes
/// ("Cardigan Road Hyde Park").
const SERVICE_NAME_WORDS: &[&str] = &[
    "clinic",
    "clinics",
    "surgery",
    "practice",
    "hospital",
    "hospice",
    "centre",
    "center",
    "health",
    "medical",
    "unit",
    "ward",
    "pharmacy",
    "chemist",
    "dental",
    "dentist",
    "dentists",
    "gp",
    "gps",
    "team",
    "service",
    "services",
    "hub",
    "physio",
    "opticians",
];

/// Words of place or motion that put a person at a street ("went to", "dropped me on").
const PLACE_PREPOSITIONS: &[&str] = &[
    "to", "on", "from", "at", "of", "off", "in", "into", "onto", "near", "along", "down", "up",
    "past", "towards", "find", "via",
];

/// Programmes and brands that carry a street's name: the name word before the type.
const TITLES: &[(&str, &str)] = &[
    ("coronation", "street"),
    ("quality", "street"),
    ("sesame", "street"),
    ("jump", "street"),
];

/// Words of television or sweets: a title is meant when one is in the sentence.
const TITLE_CONTEXT: &[&str] = &[
    "tv",
    "telly",
    "television",
    "watch",
    "watched",
    "watching",
    "episode",
    "episodes",
    "soap",
    "programme",
    "programmes",
    "show",
    "tin",
    "tins",
    "chocolate",
    "chocolates",
    "sweets",
    "tub",
    "tubs",
    "box",
    "boxes",
];

/// Words of paying before "in" and a brand with a street's name: "will pay in Quality
/// Street", "thanked in Quality Street".
const PAYING_WORDS: &[&str] = &[
    "pay", "pays", "paid", "paying", "payment", "repay", "repaid", "thank", "thanked", "bribe",
    "bribed", "reward", "rewarded", "tip", "tipped",
];

/// Services and sites that move ("the clinic moved from ... to ...").
const MOVING_SITES: &[&str] = &[
    "clinic",
    "clinics",
    "surgery",
    "practice",
    "service",
    "services",
    "unit",
    "ward",
    "team",
    "department",
    "office",
    "pharmacy",
    "hub",
    "centre",
    "center",
];

/// Words of where someone lives: in the sentence, they keep a street an address.
/// Home visits count: a carer or a visit at a street is at someone's home.
const RESIDENCE_WORDS: &[&str] = &[
    "live",
    "lives",
    "lived",
    "living",
    "house",
    "houses",
    "flat",
    "flats",
    "address",
    "bungalow",
    "bungalows",
    "apartment",
    "apartments",
    "cottage",
    "cottages",
    "maisonette",
    "maisonettes",
    "reside",
    "resides",
    "home",
    "stay",
    "stays",
    "stayed",
    "staying",
    "mine",
    "door",
    "doorstep",
    "outside",
    "visit",
    "visits",
    "visited",
    "visiting",
    "carer",
    "carers",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
];

/// Streets whose name patients give the hospital or the private clinics on them, with the
/// everyday word that opens the name ("Great Ormond Street", whose "Great" the street is
/// read without): read as the site when no word of where someone lives is in the
/// sentence ("my flat on Harley Street" stays an address).
const STREETS_NAMING_HOSPITALS: &[(&str, &str)] = &[
    ("great", "ormond street"),
    ("", "harley street"),
    ("", "wimpole street"),
];

/// Verbs of a service moving.
const MOVE_VERBS: &[&str] = &["moved", "moving", "moves", "relocated", "relocating"];

/// Everyday words that open a capitalised phrase, not a street name.
const OPENING_WORDS: &[&str] = &[
    "the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "that", "all",
    "no", "any", "every", "each", "one", "some", "very", "so", "too", "long", "short", "best",
    "worst", "whole", "same", "other", "wrong", "right", "only", "in", "on", "at", "to", "by",
    "from", "of", "and", "or", "but", "it", "is", "was", "be", "not", "what", "which", "way",
    "half", "most", "more", "less", "much", "many", "new", "old", "good", "bad", "great", "nice",
    "easy", "hard", "test", "please", "thank", "thanks",
];

/// Finds capitalised street names standing alone.
#[derive(Debug, Clone)]
pub struct BareStreetRecognizer {
    street: Regex,
    /// The street types alone: a fast literal search that most comments fail, so the
    /// full pattern runs on few.
    any_type: Regex,
}

impl BareStreetRecognizer {
    /// Compiles the pattern once.
    pub fn new() -> Self {
        BareStreetRecognizer {
            street: compile(&format!(
                r"\b((?:\p{{Lu}}[\p{{Ll}}'’-]+[ \t]+){{1,3}}(?:{STREET_TYPES}))\b"
            )),
            any_type: compile(STREET_TYPES),
        }
    }
}

impl Default for BareStreetRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether a word after a street name makes it the name of a service or a site ("Mill
/// Lane surgery", "Elm Grove car park").
fn is_site_word(word: &str) -> bool {
    SERVICE_NAME_WORDS.contains(&word) || PLACE_SITE_WORDS.contains(&word)
}

/// Whether the sentence calls a street the writer's own ("our road", "my street"): it
/// is then where someone lives ("Parking on Poplar Road, our road, is a nightmare").
fn owned_street(sentence: &[String]) -> bool {
    sentence.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "our" | "my")
            && matches!(
                pair[1].as_str(),
                "road" | "street" | "lane" | "avenue" | "close" | "drive" | "crescent" | "estate"
            )
    })
}

/// The first word of `text` in lower case (letters, hyphens), or ""; after a street
/// name only, so a few a comment.
fn first_word_lower(text: &str) -> String {
    text.trim_start()
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// How far, in bytes, the readings below look either side of a street for the bounds of
/// its sentence. Real sentences are far shorter; a line with no stop at all (a list or a
/// log pasted whole) would otherwise be read whole again at every street in it, a time
/// growing with the square of the line.
const SENTENCE_REACH: usize = 2_000;

/// The bytes `from..to` around `start..end` that the sentence readings look at: at most
/// [`SENTENCE_REACH`] bytes either side, cut back to whitespace so that no part of a
/// word is read as a word.
fn within_reach(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut from = start.saturating_sub(SENTENCE_REACH);
    if from > 0 {
        while !text.is_char_boundary(from) {
            from += 1;
        }
        from = text[from..start]
            .find(char::is_whitespace)
            .map_or(start, |k| from + k);
    }
    let mut to = (end + SENTENCE_REACH).min(text.len());
    if to < text.len() {
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        to = text[end..to]
            .rfind(char::is_whitespace)
            .map_or(end, |k| end + k);
    }
    (from, to)
}

/// Up to `n` small-letter words (letters, hyphens, apostrophes) before byte `at` in the
/// same sentence (within [`SENTENCE_REACH`]), nearest first.
fn words_before(text: &str, at: usize, n: usize) -> Vec<String> {
    let (from, _) = within_reach(text, at, at);
    let before = &text[from..at];
    let sentence = before
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(before, |k| &before[k + 1..]);
    sentence
        .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .rev()
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

/// The words of the sentence around bytes `start..end` (within [`SENTENCE_REACH`]), in
/// lower case.
fn sentence_words(text: &str, start: usize, end: usize) -> Vec<String> {
    let (lo, hi) = within_reach(text, start, end);
    let from = text[lo..start]
        .rfind(['.', '!', '?', '\n'])
        .map_or(lo, |k| lo + k + 1);
    let to = text[end..hi]
        .find(['.', '!', '?', '\n'])
        .map_or(hi, |k| end + k);
    text[from..to]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the street name at `start..end` names a site, a service's place or a title
/// rather than where a person is (see the module doc).
fn names_a_site(text: &str, start: usize, end: usize) -> bool {
    let rest = &text[end..];
    if rest.starts_with([' ', '\t']) && is_site_word(&first_word_lower(rest)) {
        return true;
    }
    // The fifteenth round's readings. A word of where someone lives in the sentence
    // keeps the street an address ("Parking on Mill Lane where I live").
    let sentence = sentence_words(text, start, end);
    if sentence
        .iter()
        .any(|w| RESIDENCE_WORDS.contains(&w.as_str()))
        || owned_street(&sentence)
    {
        return false;
    }
    // The words before the street, read once for the readings below.
    let before = words_before(text, start, 4);
    // "treated at Great Ormond Street", "a second opinion on Harley Street": a street
    // whose name patients give the hospital or the clinics on it.
    let street = text[start..end].to_lowercase();
    if STREETS_NAMING_HOSPITALS.iter().any(|&(opening, name)| {
        street == name && (opening.is_empty() || before.first().is_some_and(|w| w == opening))
    }) {
        return true;
    }
    // "walking the John Muir Way": a long-distance path, not a street.
    if walked_path(&text[start..end], &before) {
        return true;
    }
    // "saw the Milky Way", "drove the Fosse Way": a way with the article and no
    // preposition of place before it is a path, a route or the sky's ("on the Meridian
    // Way" is a street).
    if before.first().is_some_and(|w| w == "the")
        && !before
            .get(1)
            .is_some_and(|w| PLACE_PREPOSITIONS.contains(&w.as_str()))
        && text[start..end].ends_with("Way")
    {
        return true;
    }
    // Capitalised words of a service's name, then a site word: "Mill Lane Mental Health
    // team".
    let mut ahead = rest;
    for _ in 0..3 {
        if !ahead.starts_with([' ', '\t']) {
            break;
        }
        let word = ahead.trim_start();
        let len = word
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(word.len());
        if len == 0 {
            break;
        }
        if SERVICE_NAME_WORDS.contains(&word[..len].to_lowercase().as_str()) {
            return true;
        }
        if !word.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        ahead = &word[len..];
    }
    // "By the Broad Street entrance": a part of a site, after an article; "the Downing
    // Street cat", "the Abbey Road album": a thing the street names, after an article
    // and with no word of where someone lives in the sentence.
    if before.first().is_some_and(|w| w == "the")
        && rest.starts_with([' ', '\t'])
        && (SITE_PARTS.contains(&first_word_lower(rest).as_str())
            || (rest.trim_start().starts_with(|c: char| c.is_lowercase())
                && is_thing_noun(&first_word_lower(rest))))
    {
        return true;
    }
    // After an article, one small-letter word, then a site word: "at the Elland Road
    // vaccine centre" (nobody writes "I live on the Mill Lane").
    if before.first().is_some_and(|w| w == "the") && rest.starts_with([' ', '\t']) {
        let modifier = rest.trim_start();
        if modifier.starts_with(|c: char| c.is_lowercase()) {
            if let Some(len) = modifier.find([' ', '\t']) {
                let second = &modifier[len..];
                if is_site_word(&first_word_lower(second)) {
                    return true;
                }
            }
        }
    }
    // "Parking on Clarendon Road", "parking at Mill Lane".
    if before.len() >= 2
        && matches!(before[0].as_str(), "on" | "at" | "in" | "along")
        && before[1] == "parking"
    {
        return true;
    }
    // "The clinic (has) moved from Beckett Street to ...": a site as the subject of a
    // verb of moving, right before the street.
    let word = |k: usize| before.get(k).map_or("", String::as_str);
    if matches!(word(0), "from" | "to" | "into" | "onto")
        && MOVE_VERBS.contains(&word(1))
        && (MOVING_SITES.contains(&word(2))
            || (matches!(
                word(2),
                "has" | "have" | "had" | "was" | "is" | "were" | "are"
            ) && MOVING_SITES.contains(&word(3))))
    {
        return true;
    }
    // A programme or brand with a street's name.
    let words: Vec<String> = text[start..end]
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    if let [name, kind] = words.as_slice() {
        if TITLES.iter().any(|&(n, k)| n == name && k == kind) {
            // "(missed) the end of X" with a word of television: the end of a programme.
            // Any other preposition of place before it keeps it a street ("went to the
            // other end of X").
            let before_word = before.first().map_or("", String::as_str);
            // "a tub of Quality Street", "an episode of Coronation Street": "of" after
            // a word of television or sweets places nothing.
            let held = before_word == "of" && TITLE_CONTEXT.contains(&word(1));
            let placed = PLACE_PREPOSITIONS.contains(&before_word) && !held;
            let context = sentence.iter().any(|w| TITLE_CONTEXT.contains(&w.as_str()));
            let end_of_programme = before_word == "of"
                && word(1) == "end"
                && word(2) == "the"
                && !PLACE_PREPOSITIONS.contains(&word(3));
            // "Will pay in Quality Street": what is paid in is a currency or the
            // sweets, never a place (a street called Coronation Street stays one).
            let paid_in =
                name == "quality" && before_word == "in" && PAYING_WORDS.contains(&word(1));
            return (context && (!placed || end_of_programme)) || paid_in;
        }
    }
    false
}

impl Recognizer for BareStreetRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::StreetAddress
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        if !self.any_type.is_match(text) || !text.contains(|c: char| c.is_lowercase()) {
            return;
        }
        for caps in self.street.captures_iter(text) {
            let Some(street) = caps.get(1) else {
                continue;
            };
            // Start after the last everyday word ("All The Way" is no street; "visit
            // The Mill Lane" names Mill Lane), and keep a name before the street type.
            let words: Vec<(usize, &str)> = street
                .as_str()
                .split([' ', '\t'])
                .scan(0, |at, w| {
                    let start = *at;
                    *at += w.len() + 1;
                    Some((start, w))
                })
                .filter(|(_, w)| !w.is_empty())
                .collect();
            let name_words = &words[..words.len().saturating_sub(1)];
            let from = name_words
                .iter()
                .rposition(|(_, w)| OPENING_WORDS.contains(&w.to_lowercase().as_str()))
                .map_or(0, |last| last + 1);
            let Some(&(offset, _)) = name_words.get(from) else {
                continue;
            };
            let start = street.start() + offset;
            if names_a_site(text, start, street.end()) {
                continue;
            }
            out.push(PiiSpan {
                start,
                end: street.end(),
                kind: PiiKind::StreetAddress,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_by;

    fn found(text: &str) -> Vec<&str> {
        found_by(&BareStreetRecognizer::new(), text)
    }

    #[test]
    fn a_sentence_is_read_only_within_reach_of_the_street() {
        let sentence = |filler: usize| {
            format!(
                "Our home and {} parking on Mill Lane is hard.",
                "more words ".repeat(filler)
            )
        };
        // A word of where someone lives in the sentence, within reach: an address.
        assert_eq!(found(&sentence(100)), ["Mill Lane"]);
        // Out of reach (over 2,000 bytes before, no stop between): the parking reading.
        assert!(found(&sentence(300)).is_empty());
        // The reach is cut back to whitespace, never inside a word or a character.
        let text = format!("é{} Mill Lane", "ab ".repeat(700));
        let start = text.find("Mill").unwrap();
        let (from, to) = within_reach(&text, start, start + 9);
        assert!(text.is_char_boundary(from) && text.is_char_boundary(to));
        assert!(from > 0 && text[from..].starts_with(' '));
    }

    #[test]
    fn finds_capitalised_street_names_without_number_or_cue() {
        assert_eq!(
            found("My flat is on Otley Road above the chemist."),
            vec!["Otley Road"]
        );
        assert_eq!(
            found("The ambulance went to Upper Mill Lane by mistake"),
            vec!["Upper Mill Lane"]
        );
        assert_eq!(found("Round the corner from Elm Grove."), vec!["Elm Grove"]);
    }

    #[test]
    fn leaves_services_sites_everyday_phrases_and_small_letters() {
        assert!(found("Very happy with the care at Grace Road clinic, 10/10.").is_empty());
        assert!(found("The Mill Lane surgery was great").is_empty());
        assert!(found("Parking at Elm Grove car park is a nightmare").is_empty());
        assert!(found("Brilliant Service All The Way").is_empty());
        assert_eq!(found("We visit The Mill Lane flats"), vec!["Mill Lane"]);
        assert!(found("parking on mill lane is hard").is_empty());
        assert!(found("ITS ON OTLEY ROAD").is_empty());
        assert!(found("It was a long drive home").is_empty());
    }

    #[test]
    fn leaves_sites_a_service_s_places_and_titles() {
        assert!(found("Got my booster at the Elland Road vaccine centre, quick.").is_empty());
        assert!(found("Meet by the Broad Street entrance please").is_empty());
        assert!(found("A card with Larry the Downing Street cat on it").is_empty());
        assert!(found("Dad had the Abbey Road accordion out again").is_empty());
        assert!(found("Parking on Clarendon Road is impossible on match days.").is_empty());
        assert!(found("The clinic moved from Beckett Street to the new wing").is_empty());
        assert!(found("The surgery has moved to Oak Road and nobody said").is_empty());
        assert!(found("The TV only had Coronation Street on a loop.").is_empty());
        assert!(found("Missed the end of Coronation Street because the telly broke").is_empty());
        assert!(found("Will pay in Quality Street and eternal gratitude.").is_empty());
        assert!(found("We brought a tub of Quality Street in.").is_empty());
        assert!(found("Quality Street tin on the nurses' desk").is_empty());
        assert!(found("The Mill Lane Mental Health team never rang").is_empty());
        assert!(found("She said she saw the Milky Way at Kielder.").is_empty());
        assert!(found("Dad drove the Fosse Way to get to us").is_empty());
    }

    #[test]
    fn streets_that_name_hospitals_are_sites() {
        assert!(
            found("My son was treated at Great Ormond Street and they were amazing.").is_empty()
        );
        assert!(found("We paid for a second opinion on Harley Street.").is_empty());
        // A word of where someone lives keeps the address; "Ormond Street" alone is one.
        assert_eq!(found("My flat is on Harley Street."), vec!["Harley Street"]);
        assert_eq!(
            found("The ambulance went to Ormond Street."),
            vec!["Ormond Street"]
        );
    }

    #[test]
    fn addresses_in_the_same_places_stay() {
        assert_eq!(
            found("The taxi dropped me on Tanner Gardens instead of at the entrance."),
            vec!["Tanner Gardens"]
        );
        assert_eq!(
            found("She lives by the Mill Lane abattoir"),
            vec!["Mill Lane"]
        );
        assert_eq!(
            found("I was living on Mill Lane since hospital discharge"),
            vec!["Mill Lane"]
        );
        assert_eq!(
            found("We moved from Beckett Street to Leeds"),
            vec!["Beckett Street"]
        );
        assert_eq!(
            found("My mum moved to Oak Road last year"),
            vec!["Oak Road"]
        );
        assert_eq!(
            found("The ambulance came down Orchard Way too fast."),
            vec!["Orchard Way"]
        );
        assert_eq!(
            found("We parked on the Pilgrims Way and walked in."),
            vec!["Pilgrims Way"]
        );
        assert_eq!(
            found("Mum lives at the Orchard Way end of the estate."),
            vec!["Orchard Way"]
        );
        assert_eq!(
            found("The ambulance went to Coronation Street by mistake."),
            vec!["Coronation Street"]
        );
        assert_eq!(
            found("We stayed in Quality Street near the paid car park"),
            vec!["Quality Street"]
        );
        assert_eq!(
            found("Parked the car and walked to Clarendon Road where I live."),
            vec!["Clarendon Road"]
        );
        assert_eq!(
            found("The ambulance went to Mill Lane by bus station mistake"),
            vec!["Mill Lane"]
        );
        assert_eq!(
            found("Parking on Mill Lane where I live is a nightmare for carers."),
            vec!["Mill Lane"]
        );
        assert_eq!(
            found("Watched telly at my nan's on Coronation Street all night."),
            vec!["Coronation Street"]
        );
        assert_eq!(
            found("The ambulance went to the other end of Coronation Street as we watched TV."),
            vec!["Coronation Street"]
        );
        assert_eq!(
            found("The surgery moved to Oak Road, which is where I live."),
            vec!["Oak Road"]
        );
        assert_eq!(
            found("The ambulance went to Mill Lane Leeds not the clinic"),
            vec!["Mill Lane"]
        );
        assert_eq!(
            found("Mum lives on Willow Close gate code is 4471"),
            vec!["Willow Close"]
        );
        assert_eq!(
            found("Just off the Birch Avenue junction, second house on the left"),
            vec!["Birch Avenue"]
        );
        assert_eq!(
            found("Please send the letter to Cardigan Road Hyde Park"),
            vec!["Cardigan Road"]
        );
        assert_eq!(
            found("No parking at Ivy Crescent when the carers visit dad"),
            vec!["Ivy Crescent"]
        );
        assert_eq!(
            found("Parking on Poplar Road, our road, is a nightmare"),
            vec!["Poplar Road"]
        );
        assert_eq!(
            found("The crew could not find Coronation Street at all"),
            vec!["Coronation Street"]
        );
    }
}
