//! Names of times, bodies of the sky and ruling houses that the tagger reads as names,
//! each read from the words around it:
//! - a month of another calendar (Hebrew, Islamic, Hindu and Sikh, Persian, Ethiopian,
//!   French Republican) called a month ("the month of Sawan", "Kartik month"); a month
//!   no one is named ([`MONTHS_NO_ONE_IS_NAMED`]) also after a word of time ("the
//!   operation fell in Tishrei", "the prayer room timetable for Shawwal"). Most months of
//!   these calendars are given names where the calendars are kept (Kartik, Sawan,
//!   Chaitra, Bahman, Mehr, Adar, Sivan, Rajab), and "in" is no word of time before a
//!   person ("every confidence in Kartik", "a gem in Rajab");
//! - asteroids, comets and dwarf planets no name list holds, after "of", "from", "than",
//!   "about", "like" or "watch": "a sample from Bennu", "you could watch Apophis go past";
//! - royal houses and dynasties no name list holds, inside a sentence: "the tea urn is
//!   practically Habsburg";
//! - a university term named for a feast or a saint, before "term": "back in Michaelmas
//!   term", "teaches in Hilary term" (no one is named before a term; "as Hilary terms it"
//!   is a person);
//! - a day of the week after a word of time ("by", "on", "until", "every"…), whatever
//!   follows but a capitalised word or a role set off by a comma: "by Friday the nurse
//!   was saying it back", "until Sunday's clinic"; "reassured by Friday, the theatre
//!   nurse" and "by Friday Okafor" are people. The words after it that say a person
//!   (below) are not read for a weekday: after a word of time they are the day's doings.
//!
//! Only a word found alone, with no cue stronger than a weak one before it, no
//! capitalised word after it ("Adar Cohen") and nothing after it that says a person: a
//! possessive ("in Azar's care"), a verb only a person does ("until Adar came on
//! shift"), a role ("Phaethon the physio", "Haumea was my midwife"). A body of the sky or
//! a house that is a given name or surname somewhere ([`ALSO_NAMES`]: Vesta, Juno, Ming,
//! Medici) stays a person wherever it stands ("the kindness of Juno", "Medici, thank
//! you").

use super::cues::{alone_with_a_weak_cue_at_most, cue_after, ROLES};
use super::exclamations::role_in_apposition;
use super::lexicon::WordFacts;
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, Gap, Shape, Token};
use super::unknown_capitalised::in_a_persons_place;
use crate::redact::date_tail::WEEKDAY_NAMES;

/// Months of other calendars that are given names where those calendars are kept (or
/// may be, as far as is known here), in small letters, as written in English: Hebrew,
/// Islamic, Hindu and Sikh (Vikram Samvat, Nanakshahi), Persian (Solar Hijri), Ethiopian
/// and French Republican; the others are [`MONTHS_NO_ONE_IS_NAMED`]. Not those of two
/// letters ("Av"), nor Ramadan (a festival's word too, read by `festivals`).
const NAMED_MONTHS: &[&str] = &[
    // Hebrew.
    "nisan",
    "nissan",
    "sivan",
    "tammuz",
    "tamuz",
    "elul",
    "kislev",
    "teves",
    "adar",
    // Islamic.
    "muharram",
    "safar",
    "jumada",
    "rajab",
    "shaban",
    "sha'ban",
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
    "bhadon",
    "ashvin",
    "ashwin",
    "assu",
    "kartika",
    "kartik",
    "katak",
    "maghar",
    "pausha",
    "poh",
    "magha",
    "magh",
    "phalguna",
    "phalgun",
    "phagun",
    // Persian.
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
    "germinal",
    "floreal",
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

/// The word of a term after its feast's name: "Hilary term" (not "terms", a verb too:
/// "as Hilary terms it").
const TERM_WORD: &str = "term";

/// The words of the lists above that a name list of the project holds, as a given name
/// or surname somewhere (`lexicons/names`, the measuring rounds' lists included): a
/// month of them is read as the month only when called a month, a body of the sky or a
/// house of them never. A test checks the lists.
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

/// Months of other calendars that no one is named, as far as any naming custom known
/// here goes (unlike Kartik, Sawan, Chaitra, Bahman, Mehr, Adar, Sivan,
/// Rajab or Meskerem, given names where their calendars are kept): read as the month
/// after a word of time ("fell in Tishrei", "the timetable for Shawwal").
const MONTHS_NO_ONE_IS_NAMED: &[&str] = &[
    "tishrei",
    "tishri",
    "cheshvan",
    "heshvan",
    "marcheshvan",
    "tevet",
    "shevat",
    "shvat",
    "iyar",
    "iyyar",
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
    "farvardin",
    "ordibehesht",
    "khordad",
    "mordad",
    "amordad",
    "shahrivar",
    "margashirsha",
    "bhadrapada",
    "vendemiaire",
    "brumaire",
    "frimaire",
    "nivose",
    "pluviose",
    "ventose",
    "messidor",
    "thermidor",
    "fructidor",
    "prairial",
];

/// Words of time that a month no one is named follows: "fell in Tishrei", "during
/// Shawwal", "the timetable for Shawwal", "postponed until Tishrei".
const BEFORE_A_MONTH: &[&str] = &[
    "in",
    "during",
    "throughout",
    "for",
    "of",
    "until",
    "till",
    "since",
    "before",
    "after",
    "by",
];

/// Words of time that a day of the week follows: "by Friday", "until Sunday", "every
/// Tuesday". Not "from" or "for", which a person follows as often ("a card from Sunday").
const BEFORE_A_DAY: &[&str] = &[
    "by", "on", "until", "till", "til", "since", "before", "after", "every", "last", "next", "this",
];

/// The word of a month that any month of another calendar stands beside: "the month of
/// Sawan", "Kartik month".
const MONTH_WORDS: &[&str] = &["month", "months"];

/// Words a body of the sky no name list holds follows: "a sample from Bennu", "pictures
/// of Ryugu", "slower than Ceres", "watch Apophis go past".
const BEFORE_A_BODY: &[&str] = &["of", "from", "than", "about", "like", "watch", "watched"];

/// Whether the found name `first..=last` is a month of another calendar, a day of the week
/// after a word of time, a body of the sky, a ruling house or a term's feast (see the
/// module doc).
pub(crate) fn names_a_time_house_or_star(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    if !alone_with_a_weak_cue_at_most(tokens, first, last) {
        return false;
    }
    let word = tokens[first].lower.as_str();
    let joined_after = joined_at(tokens, first + 1);
    if TERMS_NAMED_FOR_FEASTS.contains(&word)
        && joined_after
        && lower_at(tokens, first + 1) == TERM_WORD
    {
        return true;
    }
    let after = |words: &[&str]| {
        first > 0 && joined_at(tokens, first) && words.contains(&lower_at(tokens, first - 1))
    };
    // A day of the week after a word of time, whatever follows but a capitalised word or
    // a role set off by a comma: "by Friday the nurse was saying it back", "until
    // Sunday's clinic", not "reassured by Friday, the theatre nurse".
    if WEEKDAY_NAMES.contains(&word) && after(BEFORE_A_DAY) {
        let comma_after = tokens
            .get(first + 1)
            .is_some_and(|next| next.gap == Gap::Comma);
        let apposition = role_in_apposition(tokens, first)
            || (comma_after && cue_after(tokens, first).is_some());
        let name_after = joined_after && tokens[first + 1].shape == Shape::Capitalised;
        return !(name_after || apposition);
    }
    let unnamed_month = MONTHS_NO_ONE_IS_NAMED.contains(&word);
    let month = unnamed_month || NAMED_MONTHS.contains(&word);
    let body = BODIES_OF_THE_SKY.contains(&word);
    let house = RULING_HOUSES.contains(&word);
    if !(month || body || house)
        || (joined_after && tokens[first + 1].shape == Shape::Capitalised)
        || a_person_after(text, tokens, first)
    {
        return false;
    }
    let named = ALSO_NAMES.contains(&word) || facts[first].listed_given_name();
    if month {
        called_a_month(tokens, first) || (!named && unnamed_month && after(BEFORE_A_MONTH))
    } else if named {
        false
    } else if body {
        after(BEFORE_A_BODY)
    } else {
        !tokens[first].sentence_start
    }
}

/// Whether token `i` is called a month by the words around it: "the month of Sawan",
/// "in Kartik month".
fn called_a_month(tokens: &[Token<'_>], i: usize) -> bool {
    let month_word_at = |j: usize| MONTH_WORDS.contains(&lower_at(tokens, j));
    (i >= 2
        && joined_at(tokens, i)
        && joined_at(tokens, i - 1)
        && lower_at(tokens, i - 1) == "of"
        && month_word_at(i - 2))
        || (joined_at(tokens, i + 1) && month_word_at(i + 1))
}

/// Whether the words after token `i` say it is a person: a possessive ("in Azar's
/// care"), a verb only a person does ([`in_a_persons_place`]: "until Adar came",
/// "Kartik gave me pain relief"), a role
/// ("Phaethon the physio", "Bennu, a nurse"), or "was"/"is" and a role ("Haumea was my
/// midwife").
fn a_person_after(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    if possessive_after(text, tokens[i].end) || in_a_persons_place(tokens, i) {
        return true;
    }
    let role_at = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| !t.sentence_start && ROLES.contains(&t.lower.as_str()))
    };
    let filler_at = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| !t.sentence_start && ROLE_FILLERS.contains(&t.lower.as_str()))
    };
    let mut j = i + 1;
    if tokens
        .get(j)
        .is_some_and(|t| !t.sentence_start && COPULAS.contains(&t.lower.as_str()))
    {
        j += 1;
    }
    if filler_at(j) {
        j += 1;
    }
    role_at(j)
}

/// Words between a name and its role: "Phaethon the physio", "Haumea was my midwife",
/// "Bennu, a nurse".
const ROLE_FILLERS: &[&str] = &["the", "a", "an", "my", "our", "his", "her", "their"];

/// Copulas between a name and its role: "Kislev was the nurse".
const COPULAS: &[&str] = &["was", "is", "were", "are"];

#[cfg(test)]
mod tests {
    use super::super::lexicon::{every_listed_name, rule_holds_of_word};
    use super::*;

    /// Whether the word `word` of `text`, found alone as a name, is a time, house or star.
    fn thing(text: &str, word: &str) -> bool {
        rule_holds_of_word(text, word, |tokens, facts, i| {
            names_a_time_house_or_star(text, tokens, facts, i, i)
        })
    }

    #[test]
    fn months_of_other_calendars_are_no_people() {
        assert!(thing(
            "Mum's operation fell in Tishrei and they moved it.",
            "Tishrei"
        ));
        assert!(thing("The timetable for Shawwal was still up.", "Shawwal"));
        // Any month, called a month.
        assert!(thing(
            "We fast in the month of Sawan, and the ward knew.",
            "Sawan"
        ));
        assert!(thing(
            "It was Kartik month and the staff were understanding.",
            "Kartik"
        ));
        // Elsewhere a month that is a given name somewhere is a person, even after a
        // word of time; and any month with a possessive, a verb or a role after it, or a
        // title before it.
        for (text, word) in [
            ("The clinic is shut in Adar, they said.", "Adar"),
            ("I had every confidence in Kartik from the start.", "Kartik"),
            (
                "A huge thank you for Chaitra who looked after mum.",
                "Chaitra",
            ),
            ("she asked whether elul was a good time", "elul"),
            ("Cups of tea brought by Muharram: too many.", "Muharram"),
            ("The calendar marks Rajab and Adar only.", "Adar"),
            ("In Safar and Rajab the clinic has two gems.", "Safar"),
            ("I was anxious until Tishrei sat with me.", "Tishrei"),
            ("It fell in Tishrei's first week.", "Tishrei"),
            (
                "Nothing happened in Tishrei the nurse's absence.",
                "Tishrei",
            ),
            ("Adar Cohen was my nurse.", "Adar"),
            ("Thanks to Dr Tishrei for everything.", "Tishrei"),
        ] {
            assert!(!thing(text, word), "{text}");
        }
    }

    #[test]
    fn a_day_of_the_week_after_a_word_of_time_is_no_person() {
        assert!(thing(
            "and by Friday the nurse was saying it back.",
            "Friday"
        ));
        assert!(thing("We were told to wait until Sunday.", "Sunday"));
        assert!(thing("Seen every Tuesday the ward is quiet.", "Tuesday"));
        // A possessive or a person's doing after it is the day's.
        assert!(thing("We waited until Sunday's clinic.", "Sunday"));
        assert!(thing("The pain eased by Friday and I went home.", "Friday"));
        // A capitalised word after, a cue before it, or no word of time: a person.
        for (text, word) in [
            (
                "It was looked after by Friday Okafor on reception.",
                "Friday",
            ),
            ("A card from Sunday the nurse.", "Sunday"),
            ("Thanks to Nurse Tuesday for the tea.", "Tuesday"),
            ("I was seen by Friday the nurse.", "Friday"),
            (
                "My husband was reassured by Friday, the theatre nurse, before his op.",
                "Friday",
            ),
            // A person's cue set off by a comma, with no role.
            ("Cover was arranged by Friday, on reception.", "Friday"),
        ] {
            assert!(!thing(text, word), "{text}");
        }
    }

    #[test]
    fn bodies_of_the_sky_and_ruling_houses_are_no_people() {
        assert!(thing("rarer than a sample from Bennu, he said", "Bennu"));
        assert!(thing("you could watch Apophis go past", "Apophis"));
        assert!(thing(
            "The tea urn is practically Habsburg, and slow.",
            "Habsburg"
        ));
        // A name somewhere, at a sentence's start, with no word before, with a role or
        // a person's doing after: a person.
        for (text, word) in [
            ("She showed my son pictures of Vesta on her phone.", "Vesta"),
            ("The kindness of Juno on the labour ward.", "Juno"),
            ("Bennu was the nurse on the day unit.", "Bennu"),
            ("A sample from Bennu the physio helped.", "Bennu"),
            ("Habsburg was brilliant with my mum.", "Habsburg"),
            ("The vase was a present from Ming, the nurse.", "Ming"),
            ("omg juno ur a legend x", "juno"),
            ("Thanks to Nurse Vesta for the tea.", "Vesta"),
        ] {
            assert!(!thing(text, word), "{text}");
        }
    }

    #[test]
    fn also_names_lists_every_listed_name_of_the_lists() {
        // Every word of the lists that a name file of `lexicons/names` holds (the
        // measuring rounds' lists included) must be in ALSO_NAMES.
        let names = every_listed_name();
        for word in NAMED_MONTHS
            .iter()
            .chain(MONTHS_NO_ONE_IS_NAMED)
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
            "As Hilary terms it, we take it day by day.",
            "Hilary"
        ));
        assert!(!thing(
            "Thanks to Hilary for the terms of my care.",
            "Hilary"
        ));
    }
}
