//! A date read by its parts rather than by its spelling: day, month and year in any of the
//! orders people write them, between whatever marks their keyboard or form used
//! ("01+06+2016", "21. 12. 10", "02-Feb-'45", "JULY 10TH, '82", "1961*05*03"). The
//! patterns of `date_of_birth` list the spellings one by one, and each new form a writer
//! picks slips past them; this reader asks only whether three parts make a date. It is run
//! only right beside a date-of-birth cue ("DOB 01+06+2016", "02-Feb-'45 for my
//! birthday"), where a date is what is expected, and even there a date in digits alone
//! with marks other than "/ . -" needs a four-digit year: "born 8+9+10 apgar" is a sum.

use regex::Regex;

use super::date_forms_abroad::MONTH_ABROAD;
use super::date_of_birth::{DAY, MONTH, YEAR_IN_WORDS};
use super::date_tail::weekday_in_brackets_after;

/// The marks that may stand between two parts of a date (one to three of them together,
/// spaces before and after them free): those of dates in digits, sums and lists ("+",
/// "*", "^", ",", ";"), bullets, dots and dashes of any length, the full-width and
/// ideographic marks of East Asian keyboards, the fraction and division slashes, and a
/// colon. All but "/ . -" need a four-digit year ([`MARKS_OF_SHORT_DATES`]: "08:11:19" is
/// a clock time), and beside a month name only a few may stand
/// ([`MARKS_BESIDE_MONTH_NAMES`]). Not brackets, quotes, "?", "!", "@", "#", "%", "&" or
/// "=".
pub(super) const MARKS: &[char] = &[
    '/', '.', ':', '\u{2044}', '\u{2215}', '-', '_', '\\', '|', '~', ',', ';', '+', '*', '^',
    '\u{B7}', '\u{2022}', '\u{2027}', '\u{2219}', '\u{2026}', '\u{2010}', '\u{2011}', '\u{2012}',
    '\u{2013}', '\u{2014}', '\u{2015}', '\u{223C}', '\u{FF5E}', '\u{FF0F}', '\u{FF0E}', '\u{FF0C}',
    '\u{3001}', '\u{3002}',
];

/// Words that may stand between the parts of a spoken or formal date: "the 3rd of May",
/// "3 de mayo del 1961", "May the 3rd", "the 8th November in 1927", "the 3rd day of May
/// in the year 1961", "November '55, on the 8th".
pub(super) const FILLERS: &[&str] = &["of", "the", "de", "del", "in", "on", "day", "year"];

/// A year in words said by its last two digits alone ("sixty-one", "forty", "oh five"),
/// beside the years `date_of_birth` spells with "nineteen" or "two thousand"
/// ([`YEAR_IN_WORDS`]). Not a lone "ten" to "nineteen": a count as often as a year.
const YEAR_BY_ITS_TENS: &str = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine))?|oh[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine))";

/// Words that follow a count, never a year: before one, a year of two digits or in words
/// is no year ("born on 12 June, forty weeks exactly", "3/4/10 mins").
pub(crate) const COUNTED: &[&str] = &[
    "weeks", "week", "wks", "days", "hours", "hrs", "minutes", "mins", "seconds", "secs", "years",
    "yrs", "months", "times", "pounds", "lbs", "lb", "ounces", "oz", "kilos", "kg", "grams",
    "percent", "per", "miles", "people", "patients", "beds", "quid", "pence", "odd", "ish", "plus",
    "or", "to", "more", "less", "degrees", "mg", "ml", "of", "apgar", "apgars", "stars", "star",
    "points", "score", "hour", "hr", "min", "minute", "stitches",
];

/// The marks a date in digits alone with a two-digit year may have ("21. 12. 10",
/// "3/5/61", "3-5-61"). Other marks ("8+9+10" at an apgar, "10^11^12", "5*5*10 stars")
/// make a date only with a four-digit year ("01+06+2016").
const MARKS_OF_SHORT_DATES: &[char] = &['/', '.', '-'];

/// The marks a date with a month name may have between its parts ("02-Feb-'45", "JULY
/// 10TH, '82", "3/May/1961"): not a sum's, a list's or a clock's ("5 May + 10 days late",
/// "June 3rd: 12 hours").
const MARKS_BESIDE_MONTH_NAMES: &[char] = &[
    ',', '.', '/', '-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}',
];

/// Words that open another phrase after a date, so that the date's last part closes its
/// own ("November 1955, on the 8th in Leeds", "Oct '57, the 17th and my NHS number"),
/// where a noun after a day says it was something else ("the 12th floor").
const PHRASE_OPENERS: &[&str] = &[
    "in", "at", "and", "but", "so", "when", "while", "to", "with", "from", "by", "for", "as",
    "which", "please", "thanks", "thank", "not", "i", "we", "my", "is", "was",
];

/// Most marks between two parts.
const MAX_MARKS: usize = 3;

/// Reads dates by their parts; holds the patterns of the words a part may be: month
/// names, days as ordinal words, years in words.
#[derive(Debug, Clone)]
pub(crate) struct LooseDate {
    month_word: Regex,
    day_word: Regex,
    year_words: Regex,
}

/// One part of a date as read: a number (its value, how many digits, whether an ordinal
/// ending followed it, whether an apostrophe stood for a century before it), a month
/// name, a day or year in words, or a small number in words ("nine March fifty-eight").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Number {
        value: u32,
        digits: usize,
        ordinal: bool,
        apostrophe: bool,
    },
    Month,
    DayWord,
    YearWords,
    /// "one" to "nineteen": a day or a month, never a year ("nineteen" alone is a count
    /// as often as a year).
    CountWord(u32),
}

impl Part {
    /// A day of the month in one or two digits, perhaps with its ordinal ending.
    pub(super) fn is_day(self) -> bool {
        self == Part::DayWord
            || matches!(self, Part::CountWord(_))
            || matches!(self, Part::Number { value, digits, apostrophe: false, .. }
            if digits <= 2 && (1..=31).contains(&value))
    }

    /// The value of a number of one or two digits (an ordinal too) or of a number in
    /// words ("nine"): what may be a day, a month or a short year.
    pub(super) fn small_number(self) -> Option<u32> {
        match self {
            Part::Number { value, digits, .. } if digits <= 2 => Some(value),
            Part::CountWord(value) => Some(value),
            _ => None,
        }
    }

    /// A month in one or two digits, with no ordinal ending, or in words ("three").
    fn is_month_number(self) -> bool {
        matches!(self, Part::CountWord(value) if value <= 12)
            || matches!(self, Part::Number { value, digits, apostrophe: false, ordinal: false }
            if digits <= 2 && (1..=12).contains(&value))
    }

    /// A year of four digits from 1900 to 2099, or of two ("'45", "45").
    fn is_year(self) -> bool {
        match self {
            Part::Number {
                value,
                digits: 4,
                ordinal: false,
                apostrophe: false,
            } => (1900..=2099).contains(&value),
            Part::Number {
                digits: 2,
                ordinal: false,
                ..
            }
            | Part::YearWords => true,
            _ => false,
        }
    }

    /// A year that may lead a date: four digits ("1961 May 3", "1961*05*03") or two after
    /// an apostrophe ("'61-05-03").
    fn may_lead(self) -> bool {
        self.is_year()
            && matches!(
                self,
                Part::Number { digits: 4, .. }
                    | Part::Number {
                        apostrophe: true,
                        ..
                    }
            )
    }

    /// A day written as an ordinal, in digits with its ending or in words ("17th",
    /// "third").
    pub(super) fn is_ordinal(self) -> bool {
        self == Part::DayWord || matches!(self, Part::Number { ordinal: true, .. })
    }

    /// A year of four digits.
    pub(super) fn is_long_year(self) -> bool {
        self.is_year() && matches!(self, Part::Number { digits: 4, .. })
    }
}

/// What stood between two parts: the marks (spaces dropped), whether a filler word was
/// among them, the marks after a weekday set aside in brackets between the parts
/// ("November 8 (Mon) 2004", "22nd June (Sunday), 1986": the day said of the date, read
/// with it), and the bracket the next part must close, where one opened before it
/// ("May 1950 (the 12th)", "12 May ('50)").
#[derive(Debug, Clone, PartialEq, Eq)]
struct Gap<'t> {
    marks: &'t str,
    filler: bool,
    weekday: bool,
    marks_after_weekday: &'t str,
    closed_by: Option<char>,
}

impl LooseDate {
    /// Compiles the month names (English and those of other languages, whole words), the
    /// days as ordinal words and the years in words.
    pub(crate) fn new() -> Self {
        LooseDate {
            month_word: Regex::new(&format!("^(?i:{MONTH}|{MONTH_ABROAD})$"))
                .expect("the month names form a valid pattern"),
            // The day's pattern of the cued dates; only its words can match here, as a
            // part that starts with a letter is read.
            day_word: Regex::new(&format!(r"^(?i:{DAY})\b"))
                .expect("the day words form a valid pattern"),
            year_words: Regex::new(&format!(r"^(?i:{YEAR_IN_WORDS}|{YEAR_BY_ITS_TENS})\b"))
                .expect("the year words form a valid pattern"),
        }
    }

    /// Where a date that starts exactly at byte `start` of `text` ends, if three parts
    /// there make one: a day, a month (in digits or a name) and a year, in the order day
    /// month year, month day year or (a four-digit year, or two after an apostrophe,
    /// first) year month day. Dates in digits alone need the same marks between both
    /// pairs of parts ("01+06+2016", not "3, 4 and 1956") and no filler words. A year of
    /// two digits or in words is no year before a word a count takes ("12 June, forty
    /// weeks", "3/4/10 mins"); a year in words with no "nineteen", "one thousand" or "two
    /// thousand" must end a clause or go on to the next detail ("the third of May,
    /// sixty-one.", "nine March fifty-eight and …"), since "twenty past ten" and "thirty
    /// candles" count.
    pub(crate) fn date_at(&self, text: &str, start: usize) -> Option<usize> {
        if let Some(end) = boxed_date_at(text, start) {
            return Some(end);
        }
        let mut parts = [Part::Month; 3];
        let mut gaps: [Option<Gap>; 2] = [None, None];
        let mut at = start;
        let mut year_start = start;
        // The closing bracket owed for one opened between the parts.
        let mut open: Option<char> = None;
        for index in 0..3 {
            year_start = at;
            let (part, end) = self.part_at(text, at)?;
            parts[index] = part;
            at = end;
            // A bracket opened before the middle part may close right after it ("22nd
            // (August) 1959"), or after the last ("1937 (15 Jun)").
            if let (1, Some(close)) = (index, open) {
                let closing = spaces_end(text.as_bytes(), at);
                if text[closing..].starts_with(close) {
                    at = closing + close.len_utf8();
                    open = None;
                }
            }
            if index < 2 {
                let (gap, next) = gap_at(text, at);
                let touching = next == at;
                // Parts may touch only where digits meet a month name ("03MAR1956").
                if touching && !self.starts_with_month(text, at) && !matches!(part, Part::Month) {
                    return None;
                }
                if let Some(close) = gap.closed_by {
                    if open.is_some() {
                        return None;
                    }
                    open = Some(close);
                }
                gaps[index] = Some(gap);
                at = next;
            }
        }
        let last_closes = closes_its_phrase(text, at);
        if let Some(close) = open {
            at = spaces_end(text.as_bytes(), at);
            if !text[at..].starts_with(close) {
                return None;
            }
            at += close.len_utf8();
        }
        let ends_word = text[at..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let short_year = matches!(parts[2], Part::Number { digits: 2, .. });
        let counts_something =
            (short_year || parts[2] == Part::YearWords) && counted_after(text, at);
        let year_in_words_ok =
            parts[2] != Part::YearWords || year_words_end_well(&text[year_start..at], &text[at..]);
        (ends_word
            && !counts_something
            && year_in_words_ok
            && makes_a_date(&parts, &gaps, last_closes))
        .then_some(at)
    }

    /// Whether a month name starts at `at`.
    pub(super) fn starts_with_month(&self, text: &str, at: usize) -> bool {
        let letters = letters_at(text, at);
        !letters.is_empty() && self.month_word.is_match(letters)
    }

    /// The part of a date starting at `at`, and where it ends.
    pub(super) fn part_at(&self, text: &str, at: usize) -> Option<(Part, usize)> {
        let rest = &text[at..];
        let letters = letters_at(text, at);
        if !letters.is_empty() {
            if self.month_word.is_match(letters) {
                return Some((Part::Month, at + letters.len()));
            }
            // The longest of a day and a year in words ("twenty-third", "sixty-one").
            let day = self.day_word.find(rest).map(|m| (Part::DayWord, m.end()));
            let year = self
                .year_words
                .find(rest)
                .map(|m| (Part::YearWords, m.end()));
            return [day, year]
                .into_iter()
                .flatten()
                .max_by_key(|&(_, len)| len)
                .map(|(part, len)| (part, at + len))
                .or_else(|| {
                    let value = COUNT_WORDS
                        .iter()
                        .position(|count| letters.eq_ignore_ascii_case(count))?;
                    Some((Part::CountWord(value as u32 + 1), at + letters.len()))
                });
        }
        let (apostrophe, digits_at) = match rest.chars().next()? {
            c @ ('\'' | '\u{2019}' | '\u{2018}') => (true, at + c.len_utf8()),
            _ => (false, at),
        };
        let digits = text[digits_at..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits == 0 || digits > 4 || (apostrophe && digits != 2) {
            return None;
        }
        let value: u32 = text[digits_at..digits_at + digits].parse().ok()?;
        let mut end = digits_at + digits;
        let suffix = letters_at(text, end);
        // An ordinal ending, or the ordinal indicator of Romance languages ("3º de maio").
        let indicator = text[end..].starts_with(['\u{BA}', '\u{AA}']);
        let ordinal = !apostrophe
            && (indicator
                || ORDINAL_ENDINGS
                    .iter()
                    .any(|ending| suffix.eq_ignore_ascii_case(ending)));
        if indicator {
            end += '\u{BA}'.len_utf8();
        } else if ordinal {
            end += suffix.len();
        }
        let part = Part::Number {
            value,
            digits,
            ordinal,
            apostrophe,
        };
        Some((part, end))
    }
}

/// The numbers a day or a month may be said as, from one to nineteen ("nine/three/
/// fifty-eight", "day nine of March 1958"); from "twenty" on, a number in words is read
/// as a year's.
const COUNT_WORDS: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The months' places in the year as ordinal words ("the ninth of the third"), the first
/// to the twelfth.
pub(crate) const MONTH_ORDINAL_WORDS: [&str; 12] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];

/// The endings of an ordinal day or month in digits, plain or raised, in small letters
/// or capitals ("3rd", "3ʳᵈ", "2ᴺᴰ").
pub(crate) const ORDINAL_ENDINGS: [&str; 12] = [
    "st", "nd", "rd", "th", "ˢᵗ", "ⁿᵈ", "ʳᵈ", "ᵗʰ", "ˢᵀ", "ᴺᴰ", "ᴿᴰ", "ᵀᴴ",
];

/// The marks a date copied from a form's boxes may have between its day, month and year
/// ("0 2 / 0 1 / 1 9 3 8").
const BOX_MARKS: &[u8] = b"/.-";

/// The days of each month, February's in a leap year.
const DAYS_IN_MONTH: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Where a date copied digit by digit from a form's boxes ends, if one starts at `start`:
/// eight single digits, a day, a month and a year from 1900 to 2099, one space between
/// the digits of a part ("0 9 0 9 1 9 4 3"), and between the parts spaces ("0 7  0 8
/// 1 9 4 9") or a mark of [`BOX_MARKS`] both times ("0 2 / 0 1 / 1 9 3 8"). The day must
/// be one of its month's, and no word a count takes may follow. Six digits (a two-digit
/// year) make such a date only with a mark both times ("0 9 / 0 3 / 1 6"): spaced alone,
/// Apgar scores and birth times are written so ("9 9 1 0 1 0", "born 1 2 0 5 2 3
/// minutes after"). Anything else (a tenth digit of a spaced NHS number, digits
/// touching) is no such date either.
fn boxed_date_at(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
        return None;
    }
    let skip_spaces = |i: usize| spaces_end(bytes, i);
    let mut digits = [0u8; 8];
    let mut marks = 0;
    let mut at = start;
    for index in 0..digits.len() {
        let &found = bytes.get(at).filter(|b| b.is_ascii_digit())?;
        digits[index] = found - b'0';
        at += 1;
        if index == digits.len() - 1 {
            break;
        }
        // Six digits with a mark both times: a two-digit year ("0 9 / 0 3 / 1 6").
        if index == 5 && marks == 2 && !continues_boxed(bytes, at) {
            return ends_a_date(text, at, &digits, None).then_some(at);
        }
        // Between the parts (after the day's and the month's second digit): spaces, or
        // a mark with spaces around it free; inside a part: one space.
        let between_parts = index == 1 || index == 3;
        let mut next = skip_spaces(at);
        if between_parts && bytes.get(next).is_some_and(|b| BOX_MARKS.contains(b)) {
            marks += 1;
            next = skip_spaces(next + 1);
        } else if next == at || (!between_parts && next != at + 1) {
            return None;
        }
        at = next;
    }
    // A mark both times or never; a year from 1900 to 2099.
    (marks != 1 && ends_a_date(text, at, &digits, Some([19, 20]))).then_some(at)
}

/// Whether a single digit follows `at` after one space, as inside a part of a boxed date.
fn continues_boxed(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&b' ') && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether the boxed digits read so far, ending at `at`, are a whole date: no further
/// digit, letter or count after them, a day its month has, and the year's first two
/// digits one of `centuries` (`None`: a two-digit year, any).
fn ends_a_date(text: &str, at: usize, digits: &[u8; 8], centuries: Option<[u32; 2]>) -> bool {
    let bytes = text.as_bytes();
    let after = spaces_end(bytes, at);
    let ends = bytes.get(at).is_none_or(|b| !b.is_ascii_alphanumeric())
        && bytes.get(after).is_none_or(|b| !b.is_ascii_digit())
        && !counted_after(text, at);
    let pair = |i: usize| u32::from(digits[i]) * 10 + u32::from(digits[i + 1]);
    let (day, month) = (pair(0), pair(2));
    ends && (1..=12).contains(&month)
        && (1..=DAYS_IN_MONTH[month as usize - 1]).contains(&day)
        && centuries.is_none_or(|centuries| centuries.contains(&pair(4)))
}

/// Whether a year in words (`year`) may end where `after` starts: not inside a hyphened
/// word ("fifty-fifty"), and, with no "nineteen", "one thousand" or "two thousand"
/// before its tens, only at the end of a clause (a stop, comma, semicolon, colon, bracket
/// or the end) or before a word that goes on to the next detail ([`NEXT_DETAIL`]).
pub(super) fn year_words_end_well(year: &str, after: &str) -> bool {
    let mut rest = after.chars();
    if rest.next() == Some('-') && rest.next().is_some_and(char::is_alphabetic) {
        return false;
    }
    let lower = year.to_ascii_lowercase();
    let full = ["nineteen", "two", "one"]
        .iter()
        .any(|century| lower.starts_with(century));
    full || after
        .trim_start_matches([' ', '\t'])
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\n' | '\r'))
        || goes_on_to_the_next_detail(after)
}

/// Words that go on to the next detail or place after a date's last words, so that they
/// end there as at a stop ("nine March fifty-eight and NHS number …", "… fifty-eight in
/// Leeds", "70/6/5, year first at the front desk"); not "to" or "past", which a clock
/// time takes ("twenty to ten").
const NEXT_DETAIL: &[&str] = &["and", "in", "at", "so", "but", "please", "thanks", "thank"];

/// Whether the first word of `after`, past spaces and tabs, is one of [`NEXT_DETAIL`].
pub(crate) fn goes_on_to_the_next_detail(after: &str) -> bool {
    let next_word = letters_at(after.trim_start_matches([' ', '\t']), 0);
    NEXT_DETAIL
        .iter()
        .any(|word| next_word.eq_ignore_ascii_case(word))
}

/// Whether the word after `at` (past spaces, a hyphen) is one a count takes
/// ([`COUNTED`]).
pub(super) fn counted_after(text: &str, at: usize) -> bool {
    let next = at + text[at..].len() - text[at..].trim_start_matches([' ', '\t', '-']).len();
    let word = letters_at(text, next);
    COUNTED
        .iter()
        .any(|counted| word.eq_ignore_ascii_case(counted))
}

/// Whether a date's last part, ending at `at`, closes the date's phrase: no word or
/// number after it, or a word that starts another phrase ("on the 8th in Leeds"), where
/// a noun after a day says it was something else ("the 12th floor").
pub(super) fn closes_its_phrase(text: &str, at: usize) -> bool {
    let after_last = text[at..].trim_start_matches([' ', '\t']);
    let next_word = letters_at(after_last, 0);
    !after_last.starts_with(char::is_alphanumeric)
        || PHRASE_OPENERS
            .iter()
            .any(|w| next_word.eq_ignore_ascii_case(w))
}

/// Where the spaces and tabs of `bytes` starting at `i` end.
pub(super) fn spaces_end(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    i
}

/// The run of letters starting at `at` (empty when none does).
pub(crate) fn letters_at(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..len]
}

/// What stands between two parts from `at`: spaces, up to [`MAX_MARKS`] marks, spaces,
/// perhaps a weekday in brackets and up to [`MAX_MARKS`] marks and spaces after it,
/// perhaps an opening bracket, then filler words each followed by spaces; empty when a part follows at once, and
/// ending at a newline or anything else, where the next part is then not found.
fn gap_at(text: &str, at: usize) -> (Gap<'_>, usize) {
    let bytes = text.as_bytes();
    let skip_spaces = |i: usize| spaces_end(bytes, i);
    let marks_from = |i: usize| {
        i + text[i..]
            .chars()
            .take(MAX_MARKS)
            .take_while(|c| MARKS.contains(c))
            .map(char::len_utf8)
            .sum::<usize>()
    };
    let marks_start = skip_spaces(at);
    let mut i = marks_from(marks_start);
    let marks_text = &text[marks_start..i];
    i = skip_spaces(i);
    // A weekday in brackets between the parts, and the marks after it.
    let weekday = weekday_in_brackets_after(&text[i..]);
    let mut marks_after_weekday = &text[i..i];
    if let Some(length) = weekday {
        let start = skip_spaces(i + length);
        i = marks_from(start);
        marks_after_weekday = &text[start..i];
        i = skip_spaces(i);
    }
    // A bracket opened before the next part, which must close after it.
    let closed_by = match bytes.get(i) {
        Some(b'(') => Some(')'),
        Some(b'[') => Some(']'),
        _ => None,
    };
    if closed_by.is_some() {
        i = skip_spaces(i + 1);
    }
    let mut filler = false;
    loop {
        let word = letters_at(text, i);
        let followed_by_space = matches!(bytes.get(i + word.len()), Some(b' ' | b'\t'));
        if followed_by_space && FILLERS.iter().any(|f| word.eq_ignore_ascii_case(f)) {
            filler = true;
            i = skip_spaces(i + word.len());
        } else {
            break;
        }
    }
    let gap = Gap {
        marks: marks_text,
        filler,
        weekday: weekday.is_some(),
        marks_after_weekday,
        closed_by,
    };
    (gap, i)
}

/// Whether three parts, with what stood between them, make a date; `last_closes` tells
/// whether the last part closes the date's phrase (no word or number after it).
fn makes_a_date(parts: &[Part; 3], gaps: &[Option<Gap>; 2], last_closes: bool) -> bool {
    let [a, b, c] = *parts;
    let month_names = parts.iter().filter(|p| **p == Part::Month).count();
    match month_names {
        // "JULY 10TH, '82", "02-Feb-'45", "1961 May 3".
        1 => {
            // A year of four digits leading a day and a month may stand before a colon,
            // as a heading does ("1997: 12 January").
            let year_heading = a.is_long_year() && c == Part::Month;
            let plain_marks = gaps.iter().flatten().enumerate().all(|(k, gap)| {
                let heading_colon = k == 0 && year_heading && gap.marks == ":";
                heading_colon
                    || gap
                        .marks
                        .chars()
                        .chain(gap.marks_after_weekday.chars())
                        .all(|c| MARKS_BESIDE_MONTH_NAMES.contains(&c))
            });
            // The day after the month and its year is an ordinal or follows "the" and
            // closes the phrase ("Oct '57, the 17th", "May 1950 (12th)"): "May 1950, 12"
            // and "July 1933, the 12th floor" are no dates.
            let day_last = |day: Part| {
                day.is_day()
                    && last_closes
                    && (day.is_ordinal() || gaps[1].as_ref().is_some_and(|gap| gap.filler))
            };
            plain_marks
                && match (a, b, c) {
                    (Part::Month, day, year) if day.is_day() && year.is_year() => true,
                    (Part::Month, year, day) => year.may_lead() && day_last(day),
                    (day, Part::Month, year) if day.is_day() && year.is_year() => true,
                    (year, Part::Month, day) => year.may_lead() && day.is_day(),
                    // "1937 (15 Jun)", "1937, 15 June": a year of four digits set off
                    // from the day and month after it.
                    (year, day, Part::Month) => {
                        year.is_long_year()
                            && day.is_day()
                            && gaps[0]
                                .as_ref()
                                .is_some_and(|gap| !gap.marks.is_empty() || gap.closed_by.is_some())
                    }
                    _ => false,
                }
        }
        // "01+06+2016", "21. 12. 10", "1961*05*03": the same marks twice, no words.
        0 => {
            let [Some(first), Some(second)] = gaps else {
                return false;
            };
            let same_marks = first == second && !first.filler && !first.marks.is_empty();
            let numbers = parts.iter().all(|p| matches!(p, Part::Number { .. }));
            let no_ordinal_on_year = !matches!(c, Part::Number { ordinal: true, .. });
            // Marks other than a slash, stop or hyphen (a colon, "+", "*", "^"…) only with
            // a four-digit year: "08:11:19" is a clock time, "8+9+10" an apgar.
            let year_first = a.may_lead() && b.is_month_number() && c.is_day();
            let short_marks = first
                .marks
                .chars()
                .all(|c| MARKS_OF_SHORT_DATES.contains(&c));
            let marks_ok = short_marks
                || (year_first && a.is_long_year())
                || (!year_first && c.is_long_year());
            same_marks
                && numbers
                && no_ordinal_on_year
                && marks_ok
                && ((a.is_day() && b.is_month_number() && c.is_year())
                    || (a.is_month_number() && b.is_day() && c.is_year())
                    || year_first)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<&str> {
        LooseDate::new().date_at(text, 0).map(|end| &text[..end])
    }

    #[test]
    fn reads_dates_between_any_marks_and_in_any_order() {
        for (text, date) in [
            ("01+06+2016, email", "01+06+2016"),
            ("0 2 / 0 1 / 1 9 3 8, NHS", "0 2 / 0 1 / 1 9 3 8"),
            ("0 9 0 9 1 9 4 3, NHS", "0 9 0 9 1 9 4 3"),
            ("2 4 - 0 7 - 2 0 2 0.", "2 4 - 0 7 - 2 0 2 0"),
            ("0 7  0 8  1 9 4 9 is my DOB", "0 7  0 8  1 9 4 9"),
            // A two-digit year, with a mark both times.
            ("0 9 / 0 3 / 1 6, hospital", "0 9 / 0 3 / 1 6"),
            ("2 2 / 0 3 / 6 2", "2 2 / 0 3 / 6 2"),
            ("0 3 . 0 9 . 5 6 thanks", "0 3 . 0 9 . 5 6"),
            ("21. 12. 10 for my birthday", "21. 12. 10"),
            ("02-Feb-'45 for my birthday", "02-Feb-'45"),
            ("JULY 10TH, '82 for", "JULY 10TH, '82"),
            ("1961*05*03.", "1961*05*03"),
            ("3 de mayo del 1961", "3 de mayo del 1961"),
            ("3rd of May 1961", "3rd of May 1961"),
            ("2016+06+01.", "2016+06+01"),
            ("03MAR1956 ok", "03MAR1956"),
            ("5 ^ 6 ^ 1977", "5 ^ 6 ^ 1977"),
            ("12 • 3 • 1961", "12 • 3 • 1961"),
            ("May 3rd, 1961", "May 3rd, 1961"),
            ("1961 Mai 3", "1961 Mai 3"),
            ("3⁄5⁄1961", "3⁄5⁄1961"),
            ("3 :: 5 :: 1961", "3 :: 5 :: 1961"),
            ("'61-05-03 ok", "'61-05-03"),
            ("3º de maio de 1961", "3º de maio de 1961"),
            (
                "3rd day of May in the year 1961",
                "3rd day of May in the year 1961",
            ),
            ("third of May, sixty-one.", "third of May, sixty-one"),
            (
                "third of May, nineteen sixty-one in Leeds",
                "third of May, nineteen sixty-one",
            ),
            ("21. 12. 10 for", "21. 12. 10"),
            (
                "May the twenty-third, nineteen oh five",
                "May the twenty-third, nineteen oh five",
            ),
            (
                "fifth June two thousand and three",
                "fifth June two thousand and three",
            ),
            // A day in words from one to nineteen, a year with "one thousand", a year
            // in words going on to the next detail.
            (
                "nine March fifty-eight and NHS number",
                "nine March fifty-eight",
            ),
            (
                "March nineteen, one thousand nine hundred and fifty-eight in",
                "March nineteen, one thousand nine hundred and fifty-eight",
            ),
        ] {
            assert_eq!(read(text), Some(date), "{text}");
        }
    }

    #[test]
    fn reads_a_weekday_in_brackets_between_the_parts() {
        for (text, date) in [
            ("November 8 (Mon) 2004, hospital", "November 8 (Mon) 2004"),
            ("22nd June (Sunday), 1986 ok", "22nd June (Sunday), 1986"),
            ("3 May [Tue.] 1961.", "3 May [Tue.] 1961"),
        ] {
            assert_eq!(read(text), Some(date), "{text}");
        }
        // Not another word in the brackets, nor marks of a sum after the weekday.
        for text in ["November 8 (ward) 2004", "November 8 (Mon) + 2004"] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn reads_the_last_part_in_brackets_and_the_day_after_the_month_and_year() {
        for (text, date) in [
            ("May 1950 (the 12th) at home", "May 1950 (the 12th)"),
            ("12 May ('50), fine", "12 May ('50)"),
            ("May 12th (1950).", "May 12th (1950)"),
            ("Oct '57, the 17th, thanks", "Oct '57, the 17th"),
            ("November '55, on the 8th.", "November '55, on the 8th"),
            ("March 1961 3rd, ok", "March 1961 3rd"),
            (
                "November '55, on the 8th in Leeds",
                "November '55, on the 8th",
            ),
        ] {
            assert_eq!(read(text), Some(date), "{text}");
        }
        for text in [
            // A bracket left open, or two opened.
            "May 1950 (the 12th",
            "22nd (August 1959",
            "1937 (15 (Jun))",
            // A year before a day and a month with nothing setting it off, or of two
            // digits.
            "1937 15 Jun",
            "'37, 15 Jun",
            // A colon elsewhere, or after a year of two digits.
            "12: May 1950",
            "97: 12 January",
            // A day after the month and year that is no ordinal and has no "the".
            "May 1950, 12 weeks",
            "May 1950 12",
            // A day after the month and year with a word after it ("the 12th floor").
            "July 1933, the 12th floor",
            // A year of two digits with no apostrophe cannot lead the day.
            "May 50, the 12th",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn reads_no_sums_counts_times_or_mixed_marks() {
        for text in [
            "8 + 9 + 1 apgar",
            "37+6 weeks",
            "3, 4 and 1956",
            "3/4-1956",
            "32+01+2016",
            "13+13+2016",
            "1 of 3 babies",
            "3 weeks early 2019",
            "12+08+2007x",
            "May 2019",
            "01+06+201",
            "01\n06\n2016",
            "mayor 3 1961",
            "08:11:19",
            "3 :: 5 :: 61",
            "61-05-03",
            "third of May, ten",
            "12 June, forty weeks exactly",
            "12 June, forty-odd",
            "third of May, sixty or so",
            "third, fifth, sixty-one",
            "8+9+10 apgar",
            "10^11^12 lol",
            "2 + 2 + 22",
            "5 May + 10 days",
            "3/4/10 mins",
            "3 May, fifty-fifty chance",
            "3 May, twenty past ten",
            "3 May, twenty to ten",
            "nine, three, fifty-eight",
            "3 May, thirty candles",
            // Not a date from a form's boxes: a spaced NHS number, a month 13, a mark
            // inside the year, a digit touching, a letter after.
            "9 4 3 4 7 6 5 9 1 9",
            "0 2 1 3 1 9 3 8",
            "0 2 0 1 1 9 / 3 8",
            "0 2 0 1 1 938",
            "0 2 0 1 1 9 3 8a",
            "3 2 0 1 1 9 3 8",
            // Six digits, one mark, a day its month has not, a count after.
            "0 3 0 5 6 1",
            "9 9 1 0 1 0 at birth",
            "0 2 / 0 1 1 9 3 8",
            "3 1 / 0 2 / 1 9 9 0",
            "1 2 0 5 2 0 2 3 minutes after",
            "0 2  0 1  1 9  3 8",
            // Six digits with a mark once, a day its month has not, or a count after.
            "0 9 / 0 3 1 6",
            "3 1 / 0 2 / 6 2",
            "0 9 / 0 3 / 1 6 weeks",
            "0 9 / 0 3 / 1 6 1",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
