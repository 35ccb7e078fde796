//! Names of times, bodies of the sky and ruling houses that the tagger reads as names:
//! - the months of other calendars (Hebrew, Islamic, Hindu and Sikh, Persian,
//!   Ethiopian, French Republican): "the operation fell in Tishrei", "the prayer room
//!   timetable for Shawwal", "the calendar marks Rajab and Adar";
//! - asteroids, comets and dwarf planets: "a sample from Bennu", "you could watch Apophis
//!   go past";
//! - royal houses and dynasties: "the tea urn is practically Habsburg";
//! - a university term named for a feast or a saint, before "term": "back in Michaelmas
//!   term", "teaches in Hilary term".
//!
//! Only a word found alone, with no cue stronger than a weak one before it and no
//! capitalised word after it ("Dr Vesta", "Adar Cohen" stay people). A word of these
//! lists that is a given name or surname somewhere ([`ALSO_NAMES`]: Adar, Bahman, Vesta,
//! Ming) is read as the thing only when it is no common given name and, a month, follows
//! a word of time or is joined to another month ("in Kartik", "Rajab and Adar") or, a
//! body of the sky, follows "of" ("pictures of Vesta"); a ruling house that is a name
//! ("Ming", "Medici") stays a person wherever it stands, as do common given names. Before "term" the word is the term
//! whatever the lists say: no one is named before a term.

use super::cues::{cue_before, CueStrength};
use super::lexicon::WordFacts;
use super::tokens::{joined_at, lower_at, Shape, Token};

/// Months of other calendars, in small letters, as written in English: Hebrew, Islamic,
/// Hindu and Sikh (Vikram Samvat, Nanakshahi), Persian (Solar Hijri), Ethiopian and
/// French Republican. Not those of two letters ("Av"), nor Ramadan (a festival's word
/// too, read by `festivals`).
const OTHER_CALENDARS_MONTHS: &[&str] = &[
    // Hebrew.
    "nisan",
    "nissan",
    "iyar",
    "iyyar",
    "sivan",
    "tammuz",
    "tamuz",
    "elul",
    "tishrei",
    "tishri",
    "cheshvan",
    "heshvan",
    "marcheshvan",
    "kislev",
    "tevet",
    "teves",
    "shevat",
    "shvat",
    "adar",
    // Islamic.
    "muharram",
    "safar",
    "jumada",
    "rajab",
    "shaban",
    "sha'ban",
    "shawwal",
    "dhul-qadah",
    "dhul-qidah",
    "dhul-hijjah",
    "dhu'l-hijjah",
    "dhu'l-qa'dah",
    "zulhijjah",
    "zul-hijjah",
    "rabi-ul-awwal",
    "rabi-ul-akhir",
    // Hindu and Sikh.
    "chaitra",
    "chait",
    "vaisakha",
    "vaishakha",
    "vaisakh",
    "baisakh",
    "jyeshtha",
    "jeth",
    "ashadha",
    "asadh",
    "shravana",
    "sawan",
    "saawan",
    "bhadrapada",
    "bhadon",
    "ashvin",
    "ashwin",
    "assu",
    "kartika",
    "kartik",
    "katak",
    "margashirsha",
    "maghar",
    "pausha",
    "poh",
    "magha",
    "magh",
    "phalguna",
    "phalgun",
    "phagun",
    // Persian.
    "farvardin",
    "ordibehesht",
    "khordad",
    "mordad",
    "amordad",
    "shahrivar",
    "mehr",
    "aban",
    "azar",
    "bahman",
    "esfand",
    // Ethiopian.
    "meskerem",
    "tikimt",
    "hidar",
    "tahsas",
    "yekatit",
    "megabit",
    "miyazya",
    "ginbot",
    "hamle",
    "nehase",
    "pagume",
    // French Republican.
    "vendemiaire",
    "brumaire",
    "frimaire",
    "nivose",
    "pluviose",
    "ventose",
    "germinal",
    "floreal",
    "prairial",
    "messidor",
    "thermidor",
    "fructidor",
];

/// Asteroids, comets, dwarf planets and objects beyond Neptune that the news and
/// space missions name, in small letters.
const BODIES_OF_THE_SKY: &[&str] = &[
    "ceres",
    "vesta",
    "pallas",
    "juno",
    "hygiea",
    "eros",
    "gaspra",
    "itokawa",
    "ryugu",
    "bennu",
    "apophis",
    "didymos",
    "dimorphos",
    "psyche",
    "lutetia",
    "toutatis",
    "phaethon",
    "arrokoth",
    "sedna",
    "haumea",
    "makemake",
    "quaoar",
    "orcus",
    "gonggong",
    "varuna",
    "ixion",
    "chiron",
    "kleopatra",
    "interamnia",
    "halley",
    "halley's",
    "hale-bopp",
    "encke",
    "oumuamua",
    "'oumuamua",
    "borisov",
    "neowise",
    "churyumov",
];

/// Royal houses and dynasties, in small letters, with their plurals ("older than the
/// Plantagenets").
const RULING_HOUSES: &[&str] = &[
    "habsburg",
    "habsburgs",
    "hapsburg",
    "hapsburgs",
    "plantagenet",
    "plantagenets",
    "tudors",
    "stuarts",
    "hanoverian",
    "hanoverians",
    "romanov",
    "romanovs",
    "bourbon",
    "bourbons",
    "valois",
    "capetian",
    "capetians",
    "hohenzollern",
    "hohenzollerns",
    "wittelsbach",
    "saxe-coburg",
    "lancastrian",
    "lancastrians",
    "yorkist",
    "yorkists",
    "medici",
    "borgia",
    "borgias",
    "ottoman",
    "ottomans",
    "mughal",
    "mughals",
    "tokugawa",
    "qing",
    "ming",
];

/// Feasts and saints that name a university or school term, before "term"
/// ("Michaelmas term", "Hilary term", "Trinity term", "Lent term").
const TERMS_NAMED_FOR_FEASTS: &[&str] = &[
    "michaelmas",
    "hilary",
    "trinity",
    "lent",
    "easter",
    "epiphany",
    "candlemas",
    "martinmas",
    "whitsun",
    "whitsuntide",
    "lammas",
    "advent",
    "summer",
    "autumn",
    "spring",
    "winter",
];

/// The words of a term after its feast's name.
const TERM_WORDS: &[&str] = &["term", "terms"];

/// The words of the lists above that a name list of the project holds, as a given name
/// or surname somewhere (`lexicons/names`, the measuring rounds' lists included): read
/// as the thing only where the words around them say so. A test checks the lists.
const ALSO_NAMES: &[&str] = &[
    "nisan",
    "nissan",
    "sivan",
    "tammuz",
    "tamuz",
    "elul",
    "teves",
    "adar",
    "muharram",
    "safar",
    "rajab",
    "shaban",
    "chait",
    "jeth",
    "sawan",
    "ashvin",
    "ashwin",
    "kartika",
    "kartik",
    "poh",
    "magha",
    "shahrivar",
    "mehr",
    "aban",
    "azar",
    "bahman",
    "meskerem",
    "brumaire",
    "pluviose",
    "germinal",
    "floreal",
    "thermidor",
    "ceres",
    "vesta",
    "pallas",
    "juno",
    "eros",
    "itokawa",
    "psyche",
    "lutetia",
    "sedna",
    "varuna",
    "chiron",
    "kleopatra",
    "halley",
    "encke",
    "borisov",
    "churyumov",
    "plantagenet",
    "romanov",
    "bourbon",
    "valois",
    "medici",
    "borgia",
    "mughal",
    "tokugawa",
    "qing",
    "ming",
];

/// Words of time that a month follows: "fell in Tishrei", "until Kartik".
const BEFORE_A_MONTH: &[&str] = &["in", "during", "until", "till", "since", "throughout"];

/// Words that join two months: "marks Rajab and Adar".
const JOINING_MONTHS: &[&str] = &["and", "or", "to"];

/// The word of a thing's likeness that a body of the sky follows: "pictures of Vesta".
const BEFORE_A_BODY: &[&str] = &["of"];

/// Whether the found name `first..=last` is a month of another calendar, a body of the
/// sky, a ruling house or a term's feast (see the module doc).
pub(crate) fn names_a_time_house_or_star(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    if first != last || cue_before(tokens, first).is_some_and(|cue| cue > CueStrength::Weak) {
        return false;
    }
    let word = tokens[first].lower.as_str();
    let joined_after = joined_at(tokens, first + 1);
    if TERMS_NAMED_FOR_FEASTS.contains(&word)
        && joined_after
        && TERM_WORDS.contains(&lower_at(tokens, first + 1))
    {
        return true;
    }
    let month = OTHER_CALENDARS_MONTHS.contains(&word);
    let body = BODIES_OF_THE_SKY.contains(&word);
    if !(month || body || RULING_HOUSES.contains(&word))
        || (joined_after && tokens[first + 1].shape == Shape::Capitalised)
    {
        return false;
    }
    if !ALSO_NAMES.contains(&word) && !facts[first].listed_given_name() {
        return true;
    }
    let after = |words: &[&str]| {
        first > 0 && joined_at(tokens, first) && words.contains(&lower_at(tokens, first - 1))
    };
    !facts[first].common_listed_name()
        && if month {
            after(BEFORE_A_MONTH) || beside_another_month(tokens, first)
        } else {
            body && after(BEFORE_A_BODY)
        }
}

/// Whether token `i` is joined by "and", "or" or "to" to another month of
/// [`OTHER_CALENDARS_MONTHS`]: "Rajab and Adar".
fn beside_another_month(tokens: &[Token<'_>], i: usize) -> bool {
    let month_at = |j: usize| OTHER_CALENDARS_MONTHS.contains(&lower_at(tokens, j));
    let joined_by =
        |j: usize| joined_at(tokens, j) && JOINING_MONTHS.contains(&lower_at(tokens, j));
    (i >= 2 && joined_at(tokens, i) && joined_by(i - 1) && month_at(i - 2))
        || (joined_by(i + 1) && joined_at(tokens, i + 2) && month_at(i + 2))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the word `word` of `text`, found alone as a name, is a time, house or star.
    fn thing(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let facts = super::super::lexicon::NameLexicon::new().facts_of(&tokens);
        let i = tokens.iter().position(|t| t.text == word).expect("word");
        names_a_time_house_or_star(&tokens, &facts, i, i)
    }

    #[test]
    fn months_of_other_calendars_are_no_people() {
        assert!(thing(
            "Mum's operation fell in Tishrei and they moved it.",
            "Tishrei"
        ));
        assert!(thing("The timetable for Shawwal was still up.", "Shawwal"));
        assert!(thing("The calendar marks Rajab and Adar only.", "Rajab"));
        assert!(thing("The calendar marks Rajab and Adar only.", "Adar"));
        // A month that is a name somewhere, with no word of time or month beside it.
        assert!(!thing("she asked whether elul was a good time", "elul"));
        assert!(!thing(
            "Cups of tea brought by Muharram: too many.",
            "Muharram"
        ));
        assert!(!thing(
            "Special mention for Nisan, Wilja and the rest.",
            "Nisan"
        ));
        // A capitalised word after it, or a title before it: a person.
        assert!(!thing("Adar Cohen was my nurse.", "Adar"));
        assert!(!thing("Thanks to Dr Adar for everything.", "Adar"));
    }

    #[test]
    fn bodies_of_the_sky_and_ruling_houses_are_no_people() {
        assert!(thing("rarer than a sample from Bennu, he said", "Bennu"));
        assert!(thing("you could watch Apophis go past", "Apophis"));
        assert!(thing(
            "The tea urn is practically Habsburg, and slow.",
            "Habsburg"
        ));
        // A rarer given name after a word of origin is the thing.
        assert!(thing(
            "She showed my son pictures of Vesta on her phone.",
            "Vesta"
        ));
        // Elsewhere, and a common given name anywhere, a person.
        assert!(!thing("Vesta was the nurse who stayed.", "Vesta"));
        assert!(!thing(
            "The vase was a present from Ming, the nurse.",
            "Ming"
        ));
        assert!(!thing("omg juno ur a legend x", "juno"));
        assert!(!thing("Thanks to Nurse Vesta for the tea.", "Vesta"));
    }

    #[test]
    fn also_names_lists_every_listed_name_of_the_lists() {
        // Every word of the lists that a name file of `lexicons/names` holds (the
        // measuring rounds' lists included) must be in ALSO_NAMES.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons/names");
        let mut names = std::collections::HashSet::new();
        for folder in [dir.clone(), dir.join("training")] {
            for entry in std::fs::read_dir(&folder).expect("lexicons/names") {
                let path = entry.expect("entry").path();
                let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                let of_names = file.contains("names") && file.ends_with(".txt");
                if !of_names || file == "not_names.txt" {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("read");
                for line in text.lines() {
                    let word = line.split('#').next().unwrap_or("").trim().to_lowercase();
                    if !word.is_empty() {
                        names.insert(word);
                    }
                }
            }
        }
        for word in OTHER_CALENDARS_MONTHS
            .iter()
            .chain(BODIES_OF_THE_SKY)
            .chain(RULING_HOUSES)
        {
            assert_eq!(
                names.contains(*word),
                ALSO_NAMES.contains(word),
                "{word}: listed as a name {}",
                names.contains(*word)
            );
        }
    }

    #[test]
    fn a_feast_before_term_is_the_term() {
        assert!(thing(
            "She teaches the students in Hilary term, and",
            "Hilary"
        ));
        assert!(thing("back on our ward in michaelmas term", "michaelmas"));
        // Not before "term", a person.
        assert!(!thing("Hilary teaches the students.", "Hilary"));
        assert!(!thing(
            "Thanks to Hilary for the terms of my care.",
            "Hilary"
        ));
    }
}
