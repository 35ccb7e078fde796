//! A date of birth right after its cue whose month is a word no list of months holds:
//! "born 3 Satumba, 1956", "DOB Sebtembar 3, 1956", "born ಸೆಪ್ಟೆಂಬರ್ 3, 1956", "date of
//! birth 1956-ж., 3-сентябрь", "born 3 mis Gwynngala 1956". The month lists of
//! `date_forms_abroad` name the months of the languages they name, and every language
//! they do not (a patient's phone set to Hausa, a form printed in Kannada) slips past
//! them. Here the month is read by its place instead: a day and a year of four digits
//! around one word, right after a date-of-birth cue, where a date is what is expected.
//!
//! The word must be no English word (`english_words.txt`) and no not-name
//! (`not_names.txt`): "DOB 3 weeks 2019" is a count, "Born 1 Covid 2020" a nickname,
//! "born 12 June 1956" is read by the English patterns already. Read only straight after a
//! cue (`date_of_birth`'s reading by parts), never alone: a day, a word and a year are a
//! date of birth only where one was asked for.

use std::sync::OnceLock;

use crate::fast_hash::FastHashSet;

use super::loose_date::COUNTED;
use super::person::interjections::is_texting_spelling;
use super::person::lexicon::{entries, ENGLISH_WORDS, MORE_ENGLISH_WORDS, NOT_NAMES};
use super::person::misspelling::one_edit_from_a_frequent_word;

/// Fewest and most characters of a month's word: "Mayu" to "Noofeembar", "ಸೆಪ್ಟೆಂಬರ್".
const MONTH_WORD_CHARS: std::ops::RangeInclusive<usize> = 3..=24;

/// Fewest characters of a month's word written beyond ASCII: a letter and its vowel's
/// mark are two ("ಮೇ", May in Kannada).
const FEWEST_CHARS_BEYOND_ASCII: usize = 2;

/// Most characters of a short word that may stand before the month's own, as a
/// preposition or a word for "month" does ("3 mis Gwynngala", "3mh dhen t-Sultain").
const LONGEST_WORD_BEFORE_THE_MONTH: usize = 4;

/// Most words before the month's own word (see [`LONGEST_WORD_BEFORE_THE_MONTH`]).
const MOST_WORDS_BEFORE_THE_MONTH: usize = 2;

/// Most letters of an ordinal's ending after the day ("3rd", "3mh", "3a").
const LONGEST_ORDINAL_ENDING: usize = 3;

/// Most characters of the year's own word after it ("1956-ж.", "1956 г.", "1956ko").
const LONGEST_YEAR_WORD: usize = 4;

/// The years a date of birth is read in.
const YEARS: std::ops::RangeInclusive<u32> = 1850..=2099;

/// The words no month is, lower-cased: the everyday English words and the not-names
/// (drugs, illnesses, days, services: "Born 1 Covid 2020"). Built at the first date that
/// needs them (most runs meet none).
fn no_months() -> &'static FastHashSet<String> {
    static WORDS: OnceLock<FastHashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        [ENGLISH_WORDS, MORE_ENGLISH_WORDS, NOT_NAMES]
            .into_iter()
            .flat_map(entries)
            .collect()
    })
}

/// Whether `word`, in any case, is a word no month is ([`no_months`]).
fn is_no_month(word: &str) -> bool {
    no_months().contains(word.to_lowercase().as_str())
}

/// Whether `c` may stand in a month's word: a letter of any script, the marks Indic and
/// other scripts join to their letters (not all of them "alphabetic"), the zero-width
/// joiners, an apostrophe or an ʻokina, and a hyphen inside ("t-Sultain").
fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(
            c,
            '\'' | '\u{2019}' | '\u{02BB}' | '\u{200C}' | '\u{200D}' | '-'
        )
        || (!c.is_ascii()
            && !c.is_whitespace()
            && !c.is_numeric()
            && !matches!(
                c,
                '\u{060C}' | '\u{3001}' | '\u{3002}' | '\u{FF0C}' | '\u{2018}'..='\u{201F}'
            ))
}

/// The word at the start of `rest` ([`is_word_char`]), without a hyphen or an apostrophe
/// at its end.
fn word_at(rest: &str) -> &str {
    let len = rest
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(rest.len(), |(i, _)| i);
    rest[..len].trim_end_matches(['-', '\'', '\u{2019}'])
}

/// Months that are English words or of two letters, read capitalised: Breton's October
/// and November ("3 Here 1956", "11 Du 2014").
const MONTHS_SPELT_AS_WORDS: &[&str] = &["Here", "Du"];

/// Whether `word` may be a month's name: long enough, opening on a letter, no English
/// word or not-name ([`no_months`]), and, in Latin letters, spelt as a month is
/// ([`spelt_as_a_month`]).
fn may_be_a_month(word: &str) -> bool {
    if MONTHS_SPELT_AS_WORDS.contains(&word) {
        return true;
    }
    let chars = word.chars().count();
    let fewest = if word.is_ascii() {
        *MONTH_WORD_CHARS.start()
    } else {
        FEWEST_CHARS_BEYOND_ASCII
    };
    (fewest..=*MONTH_WORD_CHARS.end()).contains(&chars)
        && word.starts_with(char::is_alphabetic)
        && hyphened_as_a_month(word)
        && (!word.is_ascii() || spelt_as_a_month(word))
        && !is_no_month(word)
}

/// Most letters before a hyphen inside a month's word: an article's ("t-Sultain"). A
/// word joined of two ("C-section", "half-term", "VE-day") is no month.
const LONGEST_PART_BEFORE_A_HYPHEN: usize = 2;

/// Whether a hyphen in `word`, if any, follows an article's letters and comes before a
/// capital ("t-Sultain").
fn hyphened_as_a_month(word: &str) -> bool {
    word.split_once('-').is_none_or(|(before, after)| {
        before.chars().count() <= LONGEST_PART_BEFORE_A_HYPHEN
            && after.starts_with(|c: char| c.is_uppercase())
            && !after.contains('-')
    })
}

/// Whether a word in Latin letters is spelt as a month's name is, not as a count's unit,
/// a slip of the keys or texting ("wks", "monts", "mins", "lol"): a vowel in it, and, in
/// small letters, four letters or more, none of the words a count takes, not one edit
/// from a word real comments write, and no texting spelling.
fn spelt_as_a_month(word: &str) -> bool {
    let has_a_vowel = word.bytes().any(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
        )
    });
    let small = word.bytes().all(|b| !b.is_ascii_uppercase());
    has_a_vowel
        && (!small
            || (word.len() >= SHORTEST_SMALL_MONTH
                && !COUNTED.contains(&word)
                && !one_edit_from_a_frequent_word(word)
                && !is_texting_spelling(word)))
}

/// Fewest letters of a month's name written in small Latin letters ("ekim", "medi"):
/// shorter ones are as often texting ("lol", "hun").
const SHORTEST_SMALL_MONTH: usize = 4;

/// Whether `word` may be a short word before the month's own ("mis", "dhen"): no English
/// word of more than two letters ("3 or May", "12 weeks").
fn may_stand_before_a_month(word: &str) -> bool {
    let chars = word.chars().count();
    (1..=LONGEST_WORD_BEFORE_THE_MONTH).contains(&chars) && (chars <= 2 || !is_no_month(word))
}

/// A day of one or two ASCII digits at the start of `rest`, 1 to 31: its value and
/// length.
fn day_at(rest: &str) -> Option<usize> {
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let day: u32 = rest.get(..digits)?.parse().ok()?;
    ((1..=2).contains(&digits) && (1..=31).contains(&day)).then_some(digits)
}

/// A day with its ordinal's ending or stop at the start of `rest` ("3", "3rd", "3mh",
/// "3."): its length.
fn day_with_ending_at(rest: &str) -> Option<usize> {
    let digits = day_at(rest)?;
    let after = &rest[digits..];
    let letters = after.len()
        - after
            .trim_start_matches(|c: char| c.is_ascii_lowercase())
            .len();
    let ending = if (1..=LONGEST_ORDINAL_ENDING).contains(&letters)
        && !after[letters..].starts_with(char::is_alphanumeric)
    {
        letters
    } else if let Some(script_ending) = ending_of_a_caseless_script(after) {
        script_ending
    } else {
        usize::from(after.starts_with('.'))
    };
    Some(digits + ending)
}

/// Most letters of a day's ending in a script without capitals ("28ی", Sorani Kurdish's
/// joining of the day to its month).
const LONGEST_ENDING_OF_A_CASELESS_SCRIPT: usize = 2;

/// The length of one or two letters of a script without capitals joined to a day, before a
/// space ("28ی ئایاری 1936"), or `None`.
fn ending_of_a_caseless_script(after: &str) -> Option<usize> {
    let letters: Vec<char> = after
        .chars()
        .take_while(|&c| of_a_caseless_script(c))
        .take(LONGEST_ENDING_OF_A_CASELESS_SCRIPT + 1)
        .collect();
    let length: usize = letters.iter().map(|c| c.len_utf8()).sum();
    ((1..=LONGEST_ENDING_OF_A_CASELESS_SCRIPT).contains(&letters.len())
        && after[length..].starts_with([' ', '\t']))
    .then_some(length)
}

/// Whether `c` is a letter beyond ASCII of a script without capitals (Arabic, Hebrew,
/// the Indic scripts, Chinese...).
fn of_a_caseless_script(c: char) -> bool {
    !c.is_ascii() && c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// A year of four ASCII digits in [`YEARS`] at the start of `rest`, no digit or letter
/// joined after it: its length.
fn year_at(rest: &str) -> Option<usize> {
    let year: u32 = rest.get(..4)?.parse().ok()?;
    let ends = !rest[4..].starts_with(|c: char| c.is_ascii_alphanumeric());
    (rest.as_bytes()[..4].iter().all(u8::is_ascii_digit) && YEARS.contains(&year) && ends)
        .then_some(4)
}

/// The spaces (and tabs) at the start of `rest`: their length.
fn spaces(rest: &str) -> usize {
    rest.len() - rest.trim_start_matches([' ', '\t']).len()
}

/// One space or more at the start of `rest`: their length, or `None` when none stands
/// there.
fn some_spaces(rest: &str) -> Option<usize> {
    Some(spaces(rest)).filter(|&gap| gap > 0)
}

/// A comma (the Arabic one too) and spaces, or spaces alone, at the start of `rest`:
/// their length, or `None` when neither stands there.
fn comma_or_spaces(rest: &str) -> Option<usize> {
    let comma = [",", "\u{060C}"]
        .iter()
        .find(|c| rest.starts_with(**c))
        .map_or(0, |c| c.len());
    let gap = comma + spaces(&rest[comma..]);
    (gap > 0).then_some(gap)
}

/// The month's words at the start of `rest` (short words before its own allowed): the
/// length up to the end of the month's own word.
fn month_words_at(rest: &str) -> Option<usize> {
    let mut at = 0;
    for before in 0..=MOST_WORDS_BEFORE_THE_MONTH {
        let word = word_at(&rest[at..]);
        let gap = spaces(&rest[at + word.len()..]);
        let next_is_a_word = gap > 0
            && rest[at + word.len() + gap..].starts_with(|c: char| is_word_char(c) && c != '-');
        if next_is_a_word && before < MOST_WORDS_BEFORE_THE_MONTH {
            if !may_stand_before_a_month(word) {
                return month_of_two_words(rest, at, word, gap).filter(|_| before == 0);
            }
            at += word.len() + gap;
            continue;
        }
        // After short words the month's own is capitalised (or of a script without
        // case): "3 mis Gwynngala", not "3 weks erly".
        // (Past an article's hyphen: "t-Sultain".)
        let capitalised = word
            .split_once('-')
            .map_or(word, |(_, after)| after)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_lowercase());
        let named = before == 0 || capitalised;
        return (named && may_be_a_month(word)).then_some(at + word.len());
    }
    None
}

/// A month named by two words of a script without capitals, its name and its ordinal
/// ("تشرینی دووەمی", the second Teshrin, November in Sorani Kurdish), starting with `word`
/// at `at` of `rest`, `gap` spaces after it: the length up to the end of the second word.
fn month_of_two_words(rest: &str, at: usize, word: &str, gap: usize) -> Option<usize> {
    let caseless = |w: &str| {
        w.chars()
            .all(|c| of_a_caseless_script(c) || !c.is_alphabetic())
    };
    let next_from = at + word.len() + gap;
    let next = word_at(&rest[next_from..]);
    (caseless(word) && caseless(next) && may_be_a_month(word) && may_be_a_month(next))
        .then_some(next_from + next.len())
}

/// Day first: "3 Satumba, 1956", "3 mis Gwynngala 1956", "3mh dhen t-Sultain 1956", and
/// the day joined to the month's word by a hyphen, as Turkic languages write it in any
/// script ("13-مارت، 1934", "3-Satumba 1956").
fn day_first(rest: &str) -> Option<usize> {
    let mut at = day_with_ending_at(rest)?;
    at += some_spaces(&rest[at..]).or_else(|| rest[at..].starts_with('-').then_some(1))?;
    at += month_words_at(&rest[at..])?;
    at += comma_or_spaces(&rest[at..])?;
    Some(at + year_at(&rest[at..])?)
}

/// Month first: "Sebtembar 3, 1956", "ಸೆಪ್ಟೆಂಬರ್ 3, 1956".
fn month_first(rest: &str) -> Option<usize> {
    let word = word_at(rest);
    if !may_be_a_month(word) {
        return None;
    }
    let mut at = word.len();
    at += some_spaces(&rest[at..])?;
    at += day_with_ending_at(&rest[at..])?;
    at += comma_or_spaces(&rest[at..])?;
    Some(at + year_at(&rest[at..])?)
}

/// Year first: "1956 സെപ്റ്റംബർ 3" (the month's word, then the day, which nothing but a
/// mark or the end follows: "born 1956 Wakefield 12 grandchildren" is no date) and
/// "1956-ж., 3-сентябрь" (the year's own short word, then the day joined to the month's).
fn year_first(rest: &str) -> Option<usize> {
    let mut at = year_at(rest)?;
    let gap = spaces(&rest[at..]);
    if gap > 0 {
        let word_at_gap = at + gap;
        let word = word_at(&rest[word_at_gap..]);
        if may_be_a_month(word) {
            let day_from = word_at_gap + word.len();
            let day_from = day_from + some_spaces(&rest[day_from..])?;
            let day = day_with_ending_at(&rest[day_from..])?;
            let after = &rest[day_from + day..];
            let ends = after.trim_start_matches([' ', '\t']).is_empty()
                || !after
                    .trim_start_matches([' ', '\t'])
                    .starts_with(char::is_alphanumeric);
            return ends.then_some(day_from + day);
        }
    }
    // The year's own short word after a dash or a space, and its stop.
    at += rest[at..].strip_prefix('-').map_or(gap, |_| 1);
    let year_word = word_at(&rest[at..]);
    let year_word_chars = year_word.chars().count();
    if !(1..=LONGEST_YEAR_WORD).contains(&year_word_chars) {
        return None;
    }
    at += year_word.len();
    at += usize::from(rest[at..].starts_with('.'));
    at += comma_or_spaces(&rest[at..])?;
    at += day_at(&rest[at..])?;
    at += usize::from(rest[at..].starts_with('-'));
    let word = word_at(&rest[at..]);
    may_be_a_month(word).then_some(at + word.len())
}

/// Where a date whose month is a word no list holds ends, when one starts at `at` in
/// `text` (right after a date-of-birth cue and its marks): day first, month first or
/// year first.
pub(crate) fn date_with_an_unknown_month_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let starts_with_digit = rest.starts_with(|c: char| c.is_ascii_digit());
    let found = if starts_with_digit {
        day_first(rest).or_else(|| year_first(rest))
    } else {
        month_first(rest)
    };
    found.map(|len| at + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date found at the start of `text`, or `None`.
    fn found(text: &str) -> Option<&str> {
        date_with_an_unknown_month_at(text, 0).map(|end| &text[..end])
    }

    #[test]
    fn reads_a_day_a_month_of_any_language_and_a_year() {
        for (text, date) in [
            ("3 Satumba, 1956, NHS", "3 Satumba, 1956"),
            ("28 Disamba, 1928 and", "28 Disamba, 1928"),
            ("Sebtembar 3, 1956 ok", "Sebtembar 3, 1956"),
            ("Septhemba 18, 1966, hospital", "Septhemba 18, 1966"),
            ("ಸೆಪ್ಟೆಂಬರ್ 6, 1966 ,", "ಸೆಪ್ಟೆಂಬರ್ 6, 1966"),
            ("1937-ж., 21-май , hospital", "1937-ж., 21-май"),
            ("1990-ж., 11-сентябрь", "1990-ж., 11-сентябрь"),
            ("3 sentyabr 1956.", "3 sentyabr 1956"),
            ("3 ກັນຍາ 1956", "3 ກັນຍາ 1956"),
            ("3 సెప్టెంబర్, 1956", "3 సెప్టెంబర్, 1956"),
            ("1956 സെപ്റ്റംബർ 3, NHS", "1956 സെപ്റ്റംബർ 3"),
            ("3 Kepakemapa 1956", "3 Kepakemapa 1956"),
            ("3 mis Gwynngala 1956", "3 mis Gwynngala 1956"),
            ("3mh dhen t-Sultain 1956", "3mh dhen t-Sultain 1956"),
            ("3 ستمبر، 1956", "3 ستمبر، 1956"),
            ("12. Hepetema 1956", "12. Hepetema 1956"),
            ("ಮೇ 25, 1971, NI", "ಮೇ 25, 1971"),
            ("11 Du 2014, NHS", "11 Du 2014"),
            ("20 Here 1953,", "20 Here 1953"),
            ("13-مارت، 1934, NHS", "13-مارت، 1934"),
            ("24-سېنتەبىر، 1949", "24-سېنتەبىر، 1949"),
            ("3-Satumba 1956", "3-Satumba 1956"),
            ("28ی ئایاری 1936, mobile", "28ی ئایاری 1936"),
            ("13ی تشرینی دووەمی 1929", "13ی تشرینی دووەمی 1929"),
        ] {
            assert_eq!(found(text), Some(date), "{text}");
        }
    }

    #[test]
    fn leaves_counts_english_words_and_what_is_no_date() {
        for text in [
            "3 weeks 2019",
            "3 weeks early 2019",
            "12 and 1956",
            "3 Satumba 56",
            "3 Satumba, 19567",
            "32 Satumba, 1956",
            "Satumba 3, 56",
            "1956 Wakefield 12 grandchildren",
            "1956, 3 sisters",
            "3 or May 1956",
            "born 3 Satumba 1956",
            "3 Satumba 1756",
            "Ward 3, 1956",
            "3 ab 1956",
            "1 Lockdown 2020",
            "1 Covid 2020",
            "3 weks erly 2019",
            "2 monts 2020",
            "3 wks 2019",
            "2 C-section 2020",
            "2 half-term 2021",
            "2 KFC 2024",
            "3 lol 2020",
            "3 mins 2020",
            "3 here 1956",
            "3-weeks 2019",
            "3--Satumba 1956",
            "3-2 1956",
            "3ی 1956",
            "3یییی ئایاری 1936",
            "3 Satumba Bakwai 1956",
        ] {
            assert_eq!(found(text), None, "{text}");
        }
    }

    #[test]
    fn months_of_other_scripts_are_words_with_their_marks() {
        assert_eq!(word_at("ಸೆಪ್ಟೆಂಬರ್ 3"), "ಸೆಪ್ಟೆಂಬರ್");
        assert_eq!(word_at("ستمبر، 1956"), "ستمبر");
        assert_eq!(word_at("t-Sultain 1956"), "t-Sultain");
        assert_eq!(word_at("Satumba, 1956"), "Satumba");
    }
}
