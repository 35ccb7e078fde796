//! A date right after a date-of-birth cue read as a run of parts in any order: its day,
//! month and year, whatever order the writer put them in and whatever marks, filler
//! words and weekday stand between them ("'55, November 8th", "november/55, 08",
//! "1955AD 11/8", "nineteen fifty-five.November.eighth (Tuesday)", "8 XI 1955").
//!
//! `loose_date` reads three parts in the orders people mostly write, with the marks each
//! order takes, so that it may read dates a few words from a cue too. Right after a
//! cue, where nothing but the date is expected, each new form a writer picks is still a
//! day, a month and a year, so this reader asks only that: it reads parts until it holds
//! one of each, and stops at the first word that is none of them. A part is a month's
//! name or a Roman month ("XI"), a day as an ordinal ("8th", "eighth"), a year of four
//! digits (perhaps with "AD" or "CE"), after an apostrophe or in words, or a plain number
//! of one or two digits or in words from one to nineteen ("nine/three/fifty-eight"), which
//! takes whichever role is left and fits it (a month 1-12, a day 1-31, a year in two
//! digits); after a year, four digits may be its month and day ("1930.1216"). It needs a month's name or a year that is plainly a
//! year (written as one, or a number above 31: "55 11 - 8th"), so that small numbers
//! alone stay with `loose_date`'s stricter reading ("born 8 3 12" may be scores); and a
//! count's word after a year of two digits or in words keeps it a count ("born 12 June,
//! 40 weeks").

use super::date_tail::{
    is_english_weekday, weekday_closing_the_date_after, weekday_in_brackets_after,
};
use super::loose_date::{
    closes_its_phrase, counted_after, letters_at, spaces_end, year_words_end_well, LooseDate, Part,
    FILLERS, MARKS, MONTH_ORDINAL_WORDS,
};

/// Most marks read between two parts (spaces aside).
const MAX_MARKS: usize = 3;

/// Most steps (parts, fillers, weekdays) the reader takes before it gives up.
const MAX_STEPS: usize = 10;

/// Words that label a part, before it or after it ("day 9, month 3, year 1958", "August
/// 13, yr 1940", "1928, ninth month, eighth day").
const LABELS: &[&str] = &["day", "month", "year", "yr"];

/// Words after a year that say the era ("1955AD", "1955 CE").
const ERAS: &[&str] = &["ad", "ce"];

/// The Roman numerals of the months, in capitals ("8 XI 1955", "8.XI.1955").
const ROMAN_MONTHS: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// What a date's parts say so far.
#[derive(Debug, Default, Clone)]
struct Roles {
    /// A month's name or a Roman month.
    month: bool,
    /// A day as an ordinal.
    day: bool,
    /// A year that is plainly one (four digits, an apostrophe, words, an era).
    year: bool,
    /// Plain numbers of one or two digits, each of which may be any part left.
    plain: Vec<u32>,
}

impl Roles {
    /// Takes in one part; false when it says a part a second time or is no part.
    fn take(&mut self, part: Part) -> bool {
        let slot = match part {
            Part::Month => &mut self.month,
            // "8th", "eighth"; an ordinal that is no day of a month ("40th") is no part.
            _ if part.is_ordinal() => {
                if !part.is_day() {
                    return false;
                }
                &mut self.day
            }
            _ if written_as_a_year(part) => &mut self.year,
            // "1930.1216": after a year, four digits that are a month and its day.
            Part::Number {
                value, digits: 4, ..
            } if self.year && !self.month && !self.day && self.plain.is_empty() => {
                let (month, day) = (value / 100, value % 100);
                self.month = true;
                self.day = true;
                return (1..=12).contains(&month) && (1..=31).contains(&day);
            }
            // "8", "08", "nine": a plain number, in digits or in words.
            _ => {
                let Some(value) = part.small_number() else {
                    return false;
                };
                self.plain.push(value);
                return self.plain.len() <= 3;
            }
        };
        !std::mem::replace(slot, true)
    }

    /// Whether the parts make one whole date: each role said once, by name or by a plain
    /// number that fits it, and a month's name or a year among them that is plainly one
    /// (written as a year, or a number above 31).
    fn whole(&self, joined_by_one_mark: bool) -> bool {
        let mut left: Vec<fn(u32) -> bool> = Vec::with_capacity(3);
        if !self.month {
            left.push(|n| (1..=12).contains(&n));
        }
        if !self.day {
            left.push(|n| (1..=31).contains(&n));
        }
        if !self.year {
            left.push(|_| true);
        }
        let plainly_a_year = self.plain.iter().any(|&n| n > 31);
        (self.month || self.year || plainly_a_year || joined_by_one_mark)
            && left.len() == self.plain.len()
            && fits(&self.plain, &left)
    }

    /// Whether the year was read from a plain number (no year was written as one).
    fn year_from_a_plain_number(&self) -> bool {
        !self.year
    }
}

/// A year written as a year: four digits from 1900 to 2099, two after an apostrophe, or
/// in words ("1955", "'55", "nineteen fifty-five").
fn written_as_a_year(part: Part) -> bool {
    part == Part::YearWords
        || part.is_long_year()
        || matches!(
            part,
            Part::Number {
                apostrophe: true,
                ..
            }
        )
}

/// The value of an ordinal part written `written`, in digits ("3rd") or, up to twelve, in
/// words ("third"); `None` for an ordinal in words past twelve.
fn ordinal_value(part: Part, written: &str) -> Option<u32> {
    match part {
        Part::Number { value, .. } => Some(value),
        _ => MONTH_ORDINAL_WORDS
            .iter()
            .position(|word| written.eq_ignore_ascii_case(word))
            .map(|k| k as u32 + 1),
    }
}

/// Whether the numbers can take the roles one to one, in some order.
fn fits(numbers: &[u32], roles: &[fn(u32) -> bool]) -> bool {
    match numbers.split_first() {
        None => true,
        Some((&first, rest)) => (0..roles.len()).any(|k| {
            roles[k](first) && {
                let mut others = roles.to_vec();
                others.remove(k);
                fits(rest, &others)
            }
        }),
    }
}

/// Where the marks, brackets and spaces from `at` end (at most [`MAX_MARKS`] marks).
fn past_marks(text: &str, mut at: usize) -> usize {
    let mut marks = 0;
    loop {
        at = spaces_end(text.as_bytes(), at);
        match text[at..].chars().next() {
            Some(c)
                if (MARKS.contains(&c) || other_mark(c) || paired_mark(c)) && marks < MAX_MARKS =>
            {
                marks += 1;
                at += c.len_utf8();
            }
            _ => return at,
        }
    }
}

/// Whether `c` is any other ASCII mark a writer may set between a date's parts right
/// after a cue, brackets included ("12 & 3 & 1956", "12th >> May >> 1956", "(24/6) 1940"):
/// any but a quote or apostrophe
/// (which a year's century or a quoted value takes) and the signs of an amount or a
/// handle ("%", "#", "@", "$"), read only in pairs ([`paired_mark`]).
fn other_mark(c: char) -> bool {
    c.is_ascii_punctuation() && !matches!(c, '\'' | '"' | '%' | '#' | '@' | '$' | '`')
}

/// Whether `c` is a mark read between a date's parts only when the same one stands in
/// both gaps ([`gaps_agree_on_paired_marks`]): any sign or symbol that neither
/// [`MARKS`] nor [`other_mark`] holds, and no quote, which a year's century or a quoted
/// value takes. The signs of an amount or a handle ("11 # 5 # 1935", "16th $ May $
/// 1969"), arrows, stars, bullets and currency signs ("11 → 5 → 1935", "11 ★ 5 ★
/// 1935"): a writer's separator when it stands twice, a number's sign or a list's mark
/// when once ("born 3rd May, #2 of twins").
fn paired_mark(c: char) -> bool {
    !c.is_alphanumeric()
        && !c.is_whitespace()
        && !QUOTES.contains(&c)
        && !MARKS.contains(&c)
        && !other_mark(c)
}

/// Quotes and apostrophes, straight and curly: never a mark between a date's parts.
const QUOTES: &[char] = &[
    '\'', '"', '`', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}',
];

/// Whether the two gaps between a date's three parts are fit for it: a mark of
/// [`paired_mark`] in either only when both gaps are the same, spaces aside, and each is
/// spaced alike on both sides ("11 # 5 # 1935", "11#5#1935"): a sign touching one part
/// only is that number's ("born 12% 3% 2020" are two amounts).
fn gaps_agree_on_paired_marks(gaps: [&str; 2]) -> bool {
    let spaced_alike =
        |gap: &str| gap.starts_with(char::is_whitespace) == gap.ends_with(char::is_whitespace);
    !gaps.iter().any(|gap| gap.contains(paired_mark))
        || (gaps[0].trim() == gaps[1].trim() && gaps.iter().all(|gap| spaced_alike(gap)))
}

/// A Roman month at `at`, in capitals and standing alone, and where it ends. "I" counts
/// only between marks ("8.I.1955"), where it cannot be the pronoun.
fn roman_month_at(text: &str, at: usize) -> Option<usize> {
    let word = letters_at(text, at);
    if !ROMAN_MONTHS.contains(&word) {
        return None;
    }
    let end = at + word.len();
    if word == "I" {
        let before = text[..at].chars().next_back();
        let after = text[end..].chars().next();
        let mark = |c: Option<char>| c.is_some_and(|c| MARKS.contains(&c));
        if !(mark(before) && mark(after)) {
            return None;
        }
    }
    Some(end)
}

/// Where a date right after a cue, starting at byte `start` of `text`, ends, when its
/// parts read in any order make one whole date (see the module docs). A weekday before
/// or after a part, or in brackets after the date, is taken with it.
pub(crate) fn any_order_date_at(loose: &LooseDate, text: &str, start: usize) -> Option<usize> {
    let mut roles = Roles::default();
    let mut year_words: Option<&str> = None;
    // What stood between the parts read so far, and where the last one ended.
    let mut gaps: [&str; 2] = ["", ""];
    let mut parts_read = 0;
    let mut last_end: Option<usize> = None;
    let mut at = start;
    for step in 0..MAX_STEPS {
        if step > 0 {
            at = past_marks(text, at);
        }
        let word = letters_at(text, at);
        let lower = word.to_ascii_lowercase();
        // A part's label, even before the first part ("day 9, month 3, year 1958",
        // "August 13, yr 1940"); a weekday or a filler word between the parts, passed
        // over ("NOVEMBER of 8TH", "Nov 8 Tue 1955"): before the first, the cue's
        // reader takes them.
        if LABELS.contains(&lower.as_str()) {
            at += word.len();
            continue;
        }
        if !word.is_empty() && (is_english_weekday(word) || FILLERS.contains(&lower.as_str())) {
            if step == 0 {
                return None;
            }
            at += word.len();
            continue;
        }
        let (part, mut end) = match roman_month_at(text, at) {
            Some(end) => (Part::Month, end),
            None => loose.part_at(text, at)?,
        };
        // "1955AD", "1955 CE": the era, read with a year of four digits.
        if let Part::Number { digits: 4, .. } = part {
            let era_at = spaces_end(text.as_bytes(), end);
            let era = letters_at(text, era_at);
            if ERAS.iter().any(|e| era.eq_ignore_ascii_case(e)) {
                end = era_at + era.len();
            }
        }
        // A part ends a word: "1955AD" is read above, "8TH" by the part itself.
        if text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
            && !loose.starts_with_month(text, end)
        {
            return None;
        }
        // A label after the part is read with it ("eighth day"); an ordinal or a small
        // number the word "month" follows is the month ("ninth month", "3rd month").
        let label_at = spaces_end(text.as_bytes(), end);
        let label = letters_at(text, label_at).to_ascii_lowercase();
        let month_said = label == "month"
            && (part == Part::DayWord
                || part
                    .small_number()
                    .is_some_and(|value| (1..=12).contains(&value)));
        if LABELS.contains(&label.as_str()) && (label != "month" || month_said) {
            end = label_at + label.len();
        }
        // A second ordinal after the day is the month, if one fits ("1958, the ninth of
        // the third", "the 9th of the 3rd").
        let month_as_a_second_ordinal = roles.day
            && !roles.month
            && part.is_ordinal()
            && ordinal_value(part, &text[at..end]).is_some_and(|value| (1..=12).contains(&value));
        let part = if month_said || month_as_a_second_ordinal {
            Part::Month
        } else {
            part
        };
        if !roles.take(part) {
            return None;
        }
        if matches!(part, Part::YearWords) {
            year_words = Some(&text[at..end]);
        }
        if let Some(last_end) = last_end {
            if let Some(gap) = gaps.get_mut(parts_read - 1) {
                *gap = &text[last_end..at];
            }
        }
        last_end = Some(end);
        parts_read += 1;
        at = end;
        // Three plain numbers joined by one mark, the same twice, are a date's digits
        // however small the year ("10/11/1, year first", "5.3.9"); spaced, they may be
        // scores or counts ("8 3 12 apgar").
        let joined_by_one_mark = parts_read == 3
            && gaps[0] == gaps[1]
            && ["/", ".", "-"].contains(&gaps[0])
            && !text[at..]
                .strip_prefix(gaps[0])
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        if roles.whole(joined_by_one_mark) {
            if !gaps_agree_on_paired_marks(gaps) {
                return None;
            }
            // A year of two plain digits or in words is no year before a count's word
            // ("12 June, forty weeks"), and one in words with no century must end a
            // clause. A day or a plain number read last must close the date's phrase
            // ("July 1933, the 12th floor").
            let short_year = roles.year_from_a_plain_number() || year_words.is_some();
            let year_ends_badly =
                year_words.is_some_and(|year| !year_words_end_well(year, &text[at..]));
            let last_is_a_year = written_as_a_year(part);
            // A weekday said of the date after its last part closes its phrase too
            // ("1958, month 3, day 9 Sunday, thanks").
            let weekday_after = weekday_closing_the_date_after(&text[at..]);
            if (short_year && counted_after(text, at))
                || year_ends_badly
                || (!last_is_a_year && weekday_after.is_none() && !closes_its_phrase(text, at))
            {
                return None;
            }
            if let Some(weekday) = weekday_after {
                return Some(at + weekday);
            }
            let weekday = weekday_in_brackets_after(&text[at..]).unwrap_or(0);
            return Some(at + weekday);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<&str> {
        any_order_date_at(&LooseDate::new(), text, 0).map(|end| &text[..end])
    }

    #[test]
    fn reads_a_day_a_month_and_a_year_in_any_order_and_marks() {
        for (text, date) in [
            ("55, November 8th, NHS number", "55, November 8th"),
            ("november/55, 08. Thanks", "november/55, 08"),
            ("1955AD 11/8 at the General", "1955AD 11/8"),
            // Any other mark between the parts.
            ("12 & 3 & 1956, NHS number", "12 & 3 & 1956"),
            ("12th >> May >> 1956, thanks", "12th >> May >> 1956"),
            // A sign, an arrow or a symbol, the same in both gaps.
            ("11 # 5 # 1935, could", "11 # 5 # 1935"),
            ("11 → 5 → 1935. Rude", "11 → 5 → 1935"),
            ("11 ★ May ★ 1935. Rude", "11 ★ May ★ 1935"),
            ("16th $ May $ 1969. Waiting", "16th $ May $ 1969"),
            ("1969%5%16 thanks", "1969%5%16"),
            (
                "nineteen fifty-five.November.eighth (Tuesday). Thanks",
                "nineteen fifty-five.November.eighth (Tuesday)",
            ),
            ("8 XI 1955, please", "8 XI 1955"),
            ("8.I.1955.", "8.I.1955"),
            ("november of 08 - 1955AD. Thanks", "november of 08 - 1955AD"),
            ("eighth - Nov – 1955AD at", "eighth - Nov – 1955AD"),
            ("NOVEMBER/'55-8TH. Thanks", "NOVEMBER/'55-8TH"),
            ("08 – 11  1955AD at the General", "08 – 11  1955AD"),
            ("55 11 – 8TH at the General", "55 11 – 8TH"),
            ("11/55-8th, NHS", "11/55-8th"),
            ("8 11 55 at home", "8 11 55"),
            // Parts with their labels, and a month said as an ordinal.
            ("day 9, month 3, year 1958, so", "day 9, month 3, year 1958"),
            ("August 13, yr 1940, hospital", "August 13, yr 1940"),
            (
                "1928, ninth month, eighth day, email",
                "1928, ninth month, eighth day",
            ),
            ("November 1955, the 8th in Leeds", "November 1955, the 8th"),
            // A year, then its month and day as four digits.
            ("1930.1216, hospital", "1930.1216"),
            // Days and months said as numbers in words.
            ("nine March fifty-eight, thanks", "nine March fifty-eight"),
            ("nine/three/fifty-eight, NHS", "nine/three/fifty-eight"),
            ("day nine of March 1958 in Leeds", "day nine of March 1958"),
            // Three small numbers joined by one mark.
            ("10/11/1, year first, whatever", "10/11/1"),
            ("5.3.9 thanks", "5.3.9"),
            // A second ordinal is the month.
            (
                "1958, the ninth of the third, thanks",
                "1958, the ninth of the third",
            ),
            ("'58, the 9th of the 3rd. NHS", "'58, the 9th of the 3rd"),
            // A weekday said of the date after its last part.
            (
                "1958, month 3, day 9 Sunday, thanks",
                "1958, month 3, day 9 Sunday",
            ),
            ("1958, March the 9th, Sun; NHS", "1958, March the 9th, Sun"),
        ] {
            assert_eq!(read(text), Some(date), "{text}");
        }
    }

    #[test]
    fn leaves_what_is_no_whole_date() {
        for text in [
            // No year, or no day.
            "8 November at the General",
            "November 1955 in Leeds",
            // Digits alone, with no plain year: scores or counts.
            "8 3 12 apgar",
            "8/3.12 apgar",
            "8-3-12-4 apgar",
            "9 10 10 at one and five minutes",
            // A count after a year of two digits or in words; a year in words with no
            // century that does not end a clause; a day before a noun.
            "12 June, 40 weeks",
            "12 June, forty weeks exactly",
            "8 June forty candles",
            "July 1933, the 12th floor",
            // A part said twice, or a number no role fits.
            "8 November December 1955",
            "40 November 1955",
            // The pronoun is no January.
            "8 I 1955",
            // A sign in one gap only, or two signs: a number's sign.
            "3 # 4 $ 1950 ok",
            "3 → 4 / 1950 ok",
            "12% 3% 2020 ok",
            "3 ' 4 ' 1950 ok",
            "3rd May #1950",
            // A word that is no part.
            "8 weeks early in November 1955",
            "1930.1316, hospital",
            "1216.1930",
            "two weeks early in March 1958",
            "1958, the ninth of the thirteenth",
            "the 9th of the 3rd, the 4th",
            "one May morning in 1958",
            // A filler or weekday before the first part is the cue reader's to take.
            "the eighth - Nov – 1955AD",
            "Tues. NOVEMBER/'55-8TH",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
