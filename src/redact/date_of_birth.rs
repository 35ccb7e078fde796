//! Dates of birth: a full date right after a cue ("born", "DOB", "date of birth"; cues
//! in `lexicons/pii/`; "(b. 14 Sep 57)") or a few words after one in the same sentence ("DOB should read
//! 28.5.63", "date of birth was put down as 4/6/51"), or in the next sentence referring back
//! to it ("the wrong date of birth. Mine is 02/10/1934", "date of birth again. It is ngày 6
//! tháng 4 năm 2015") or answering a question that asked for it ("Q: What is your date of
//! birth? A: 03/09/1956"), or a full date set off by commas inside an identity list
//! ("Jo Bloggs, 04/06/1984, 12 Mill Lane") or before another identifier's label, read by
//! its parts as beside a cue ("It should be the fourth of February 2009, NHS number …"), a
//! weekday said of it taken with it. Beside a cue a date may be copied digit by digit from
//! a form's boxes ("DOB 0 2 / 0 1 / 1 9 3 8", "born 0 9 / 0 3 / 1 6") or in a Japanese
//! era ("DOB S31.9.3") or as a number of days or Unix time ("DOB: 20699", "date of birth
//! is -1215", "born -420595200"), and what a system or form sets after a date goes with it
//! (`date_tail`: "13/05/1991 00:00", "03/09/1956 (Mon)", "03.09.1956 r."). A date alone, a
//! duration, a clock time or a weekday is never a date of birth.

use regex::Regex;

use super::pattern::compile;

use super::date_call::{self, with_the_call_around, with_the_wrapper_around};
use super::date_forms_abroad::{
    may_hold_a_date_with_a_year_word, may_hold_a_date_without_ascii_digits, other_script_date,
    JAPANESE_ERA_DATE, MONTH_ABROAD, MONTH_ABROAD_MORE,
};
use super::date_in_any_order::any_order_date_at;
use super::date_tail::{
    is_english_weekday, start_of_last_letters, with_the_closing_stop,
    with_the_day_after_its_month_and_year, with_the_weekday_before_its_brackets,
    with_the_weekday_said_of_it, with_the_year_after_a_bracketed_weekday,
    with_what_follows_the_date, ENGLISH_SHORT_WEEKDAYS, WEEKDAY_NAMES,
};
use super::date_unknown_month::date_with_an_unknown_month_at;
use super::date_written_abroad::DatesWrittenAbroad;
use super::lexicon::{alternation_of, entries, DATE_OF_BIRTH_CUES};
use super::loose_date::{letters_at, spaces_end, LooseDate, MONTH_ORDINAL_WORDS};
use super::person::noun_words::is_mostly_a_noun;
use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Day and month names, shared by the date patterns.
pub(crate) const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
/// A month in Roman numerals, as older letters and some clinicians write it
/// ("27.ix.1979").
const ROMAN_MONTH: &str = r"(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)";
/// A Roman month other than "I", which leading a date reads as the pronoun ("On my
/// birthday I 2 2019 came in").
const ROMAN_MONTH_NOT_I: &str = r"(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii)";

/// The endings of an ordinal in digits, written plain or raised as some word processors
/// and phones set them, in small letters or capitals ("1st", "3ʳᵈ", "24ᵗʰ", "2ᴺᴰ"); a
/// macro so the patterns below can be joined at compile time. `loose_date::ORDINAL_ENDINGS`
/// lists the same endings (a test holds them equal).
macro_rules! ordinal_ending {
    () => {
        r"(?:st|nd|rd|th|ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ|ˢᵀ|ᴺᴰ|ᴿᴰ|ᵀᴴ)"
    };
}

/// A day of the month in digits, with an optional ordinal suffix.
const DAY_IN_DIGITS: &str = concat!(r"(?:3[01]|[12]\d|0?[1-9])", ordinal_ending!(), "?");
/// A day of the month in digits or written as an ordinal word ("the third of March
/// 1956"), read only near a cue.
pub(crate) const DAY: &str = concat!(
    r"(?:(?:3[01]|[12]\d|0?[1-9])",
    ordinal_ending!(),
    r"?|(?:twenty|thirty)?[ -]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
);

/// A month given as its place in the year, in words or digits ("the third of the fifth",
/// "the 3rd of the 5th"), read only near a cue and only after "of the".
fn ordinal_month() -> String {
    format!(
        r"(?:{}|(?:1[0-2]|0?[1-9]){})",
        MONTH_ORDINAL_WORDS.join("|"),
        ordinal_ending!()
    )
}

/// A day of the week, which people write before a date of birth as forms print it
/// ("DOB: Tue 03/05/1961", "born on Wednesday, 12 March 1958"): taken into the span with
/// the date after a cue, never alone. The English names and short forms of `date_tail`
/// ([`WEEKDAY_NAMES`], [`ENGLISH_SHORT_WEEKDAYS`]), the longest first, perhaps with a stop.
fn weekday_pattern() -> String {
    let mut days: Vec<&str> = WEEKDAY_NAMES
        .iter()
        .chain(ENGLISH_SHORT_WEEKDAYS)
        .copied()
        .collect();
    days.sort_by_key(|day| std::cmp::Reverse(day.len()));
    format!(r"(?:{})\.?", days.join("|"))
}

/// What stands between the parts of a date in digits: a slash, stop or hyphen, and the
/// other marks some systems and keyboards print ("08_11_1927", "08\\11\\1927",
/// "08|11|1927", "08·11·1927", "08~11~1927", dashes of any length), one or two of them
/// ("08//11//1927", "08.-11.-1927").
const NUMERIC_SEP: &str = r"[/.\-_\\|~\x{B7}\x{2010}-\x{2015}\x{223C}\x{FF5E}]{1,2}";

/// The marks that may stand between the parts of a date near a cue, one to three of
/// them: those of [`NUMERIC_SEP`], a comma, semicolon, bullets and middle dots, an
/// ellipsis, a tilde and the full-width marks of East Asian keyboards. Not a colon
/// (only a four-digit year tells a date from a clock time, "08:11:19"), nor the marks of
/// sums, scores and ratings ("apgar 8 + 9 + 10", "5* 5* 10", "12% 3%").
const CUED_MARKS: &str = r"[/.\-_\\|~,;\x{B7}\x{2022}\x{2027}\x{2219}\x{2026}\x{2010}-\x{2015}\x{223C}\x{FF5E}\x{FF0F}\x{FF0E}\x{FF0C}\x{3001}\x{3002}]";

/// A year written in words, as a date said aloud is typed: "nineteen twenty-seven",
/// "nineteen oh five", "nineteen hundred and two", "two thousand and three", "two
/// thousand twelve", "one thousand nine hundred and fifty-eight". Read only near a cue.
pub(crate) const YEAR_IN_WORDS: &str = r"(?:(?:nineteen|one[ \t]+thousand,?[ \t]+nine[ \t]+hundred(?:[ \t]+and)?)[ \t-]+(?:hundred[ \t]+(?:and[ \t]+)?)?(?:oh[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine)|two[ \t]+thousand(?:(?:[ \t]+and)?[ \t]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine))?)";

/// A partial date that only counts after a cue: month and year ("born in March 1956",
/// "DOB May '61", "born in mai 1961"), day and month without a year ("birthday 3rd May",
/// "birthday the 3rd of the 5th"), or a year alone ("born in 1950"). A comment with no
/// digit is read only when "nineteen" or "thousand" or a character beyond ASCII is in it
/// (see `date_forms_abroad`), so a date wholly in words needs its year.
fn partial_date_pattern() -> String {
    let ordinal_month = ordinal_month();
    format!(
        r"(?:(?:{MONTH}|{MONTH_ABROAD})[ \t]+(?:(?:19|20)\d{{2}}|'\d{{2}})|{DAY}[ \t]+of[ \t]+the[ \t]+{ordinal_month}|{DAY}(?:[ \t]+of)?[ \t]+{MONTH}|{MONTH}[ \t]+{DAY}|(?:19|20)\d{{2}})"
    )
}

/// A full date: numeric (d/m/y, y-m-d, any of `/ . -`; d m yyyy with spaces or colons;
/// yyyy:m:d, a four-digit year telling it from a clock time; the ISO 8601 date and time
/// an export or an app's JSON writes, "1956-09-03T00:00:00.000Z", "…T00:00+01:00"), with a
/// month name ("3 March 1956", "March 3, 1956", "March the 3rd, 1956", "03-Mar-1956",
/// "03MAR1956" and "1956Mar03", the forms of hospital letters and systems) or with a
/// month in Roman numerals between stops or slashes and a four-digit year ("27.ix.1979").
/// Near a cue the day may be a word ("third of March 1956"), the month
/// Roman with spaces ("13 II 1984") and the year first ("1990 Jul 05", the order of
/// some systems' exports; "1966, 6 November", "1941, the twenty-fifth of April", the year
/// put before a spoken date) (`near_a_cue`); a date read with no cue (in an identity list)
/// is written in digits, month names and those Roman forms only, which also keeps the
/// pattern run on every comment with digits small. Month names of other languages are
/// read with `months_abroad` (right after a cue only: they make the pattern several
/// times larger, and each pattern holding them costs memory and start-up time).
fn date_pattern(near_a_cue: bool, months_abroad: bool) -> String {
    const YEAR: &str = r"(?:(?:19|20)\d{2}|'?\d{2})";
    let day = if near_a_cue { DAY } else { DAY_IN_DIGITS };
    let months = month_names(months_abroad);
    // Near a cue the year may be spelt out ("nineteen twenty-seven") or follow "in"
    // ("the 8th November in 1927"); the month may be another language's, with its "de"
    // ("3 de mayo de 1961", "3 de mayo del 1961") and a stop or a French ordinal's
    // ending after the day ("3. Mai 1961", "1er septembre 1961", "3e mai 1961"); and the
    // month may be a place in the year ("the third of the fifth, 1961"), an alternative
    // of its own (`ordinal_month_date`, empty with no cue).
    let (year_lead, year, month, of, day_stop, the_day, ordinal_month_date) = if near_a_cue {
        (
            r",?(?:[ \t]+del?)?[ \t]+(?:in[ \t]+)?",
            format!("(?:{YEAR_IN_WORDS}|{YEAR})"),
            months,
            r"(?:[ \t]+(?:of|de|del))?",
            r"(?:\.|er|e)?",
            // "1941, the twenty-fifth of April": the day said with its article after
            // the year.
            r"(?:the[ \t]+)?",
            format!(
                r"|{DAY}[ \t]+of[ \t]+the[ \t]+{},?[ \t]+(?:{YEAR_IN_WORDS}|{YEAR})",
                ordinal_month()
            ),
        )
    } else {
        (
            r",?[ \t]+",
            YEAR.to_string(),
            MONTH.to_string(),
            r"(?:[ \t]+of)?",
            "",
            "",
            String::new(),
        )
    };
    let any_order = any_order_date(near_a_cue, months_abroad);
    format!(
        r"(?:\d{{1,2}}{NUMERIC_SEP}\d{{1,2}}{NUMERIC_SEP}(?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{1,2}}-\d{{1,2}}T\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:[.,]\d{{1,9}})?)?(?:Z|[+-]\d{{2}}(?::?\d{{2}})?)?|\d{{4}}{NUMERIC_SEP}\d{{1,2}}{NUMERIC_SEP}\d{{1,2}}|\d{{1,2}}[ \t]\d{{1,2}}[ \t](?:19|20)\d{{2}}|\d{{1,2}}:\d{{1,2}}:(?:19|20)\d{{2}}|(?:19|20)\d{{2}}:\d{{1,2}}:\d{{1,2}}|{day}{day_stop}{of}[ \t]+{month}{year_lead}{year}|{day}[/.-]?{month}[/.-]?{YEAR}|(?:19|20)\d{{2}}[/.-]?{month}[/.-]?{DAY_IN_DIGITS}|(?:19|20)\d{{2}},?[ \t]+{the_day}{day}{of}[ \t]+{month}|{DAY_IN_DIGITS}[/.]{ROMAN_MONTH}[/.](?:19|20)\d{{2}}|{month}[ \t]+(?:the[ \t]+)?{day}{year_lead}{year}|{any_order}{ordinal_month_date})"
    )
}

/// The English month names, and with `abroad` those of other languages too.
fn month_names(abroad: bool) -> String {
    if abroad {
        format!("(?:{MONTH}|{MONTH_ABROAD})")
    } else {
        MONTH.to_string()
    }
}

/// A date in any of the orders people and systems write one (day month year, month day
/// year, year month day), with any of ` / . , -` or spaces between the parts, the month
/// in letters, digits or Roman numerals ("13 II 1984", "1990 Jul 05", "27.ix.1979",
/// "1956/Mar/3", "IX 15 2008"): the forms are too many to list one by one. The formal "day of" may
/// follow the day ("25th day of August, 1965"). Near a cue "the" or "of" may stand
/// among the parts, the day be a word, the month Roman and the year two
/// digits; with no cue the day is in digits, the month in letters or digits and the
/// year four digits.
fn any_order_date(near_a_cue: bool, months_abroad: bool) -> String {
    let months = month_names(months_abroad);
    // The marks of a date in digits or a comma, with spaces around, or spaces alone
    // ("3 - March - 1956", "1949, 7, 12").
    let mark = if near_a_cue {
        // Near a cue one to three of a wider set of marks ("03;05;1961", "03 ... 05 ...
        // 1961", "03•05•1961").
        format!(r"(?:[ \t]*{CUED_MARKS}{{1,3}}[ \t]*|[ \t]+)")
    } else {
        format!(r"(?:[ \t]*(?:{NUMERIC_SEP}|,)[ \t]*|[ \t]+)")
    };
    let (sep, day, year) = if near_a_cue {
        (
            format!(r"{mark}(?:(?:the|day[ \t]+of|of)[ \t]+)?"),
            DAY,
            r"(?:(?:19|20)\d{2}|'?\d{2})",
        )
    } else {
        (
            format!(r"{mark}(?:day[ \t]+of[ \t]+)?"),
            DAY_IN_DIGITS,
            r"(?:19|20)\d{2}",
        )
    };
    let month = if near_a_cue {
        format!(
            r"(?:{months}|{ROMAN_MONTH}|(?:1[0-2]|0?[1-9]){}?)",
            ordinal_ending!()
        )
    } else {
        format!(r"(?:{MONTH}|1[0-2]|0?[1-9])")
    };
    // A month in letters may lead (month, day, year); near a cue a Roman one may too
    // ("IX 15 2008"), and "I" as well where a stop, slash or hyphen joins it to the day
    // with no space ("born I.19.1997"): the pronoun is never written so.
    let leading_month = if near_a_cue {
        format!(r"(?:{months}|{ROMAN_MONTH_NOT_I})")
    } else {
        MONTH.to_string()
    };
    let january_in_roman = if near_a_cue {
        format!(r"|i[/.-]{day}[/.-]{year}")
    } else {
        String::new()
    };
    format!(
        r"(?:{day}{sep}{month}{sep}{year}|{leading_month}{sep}{day}{sep}{year}|(?:19|20)\d{{2}}{sep}{month}{sep}{DAY_IN_DIGITS}{january_in_roman})"
    )
}

/// A date of birth written as digits run together ("030356", "03031956"), read only
/// near a cue: day, month, then a year of two or four digits; a four-digit year, month
/// and day, as systems store it ("19560303"); or a month, day and four-digit year, as
/// American forms and exports write it ("07181937", "12212023": no day-first date). A
/// run both orders read ("01021956") is the same span either way.
pub(crate) const RUN_TOGETHER_DATE: &str = r"(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:(?:19|20)\d{2}|\d{2})|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d{2})";

/// Six digits run together as a two-digit year, month and day ("610503"), when they make
/// no day-month-year: read only right after a cue ("DOB 610503"), since a few words
/// after one they are as often a reference number ("birthday, and my ref 991231").
pub(crate) const RUN_TOGETHER_YEAR_FIRST: &str = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])";

/// Seven digits run together, the day or the month of one figure with no nought before
/// it and a four-digit year, as people type a date of birth into a box that takes
/// digits only ("9031956", 9 March 1956; "1231956", "7181937", an American month first):
/// read only right after a cue ("DOB 9031956"), where any reading of them is the date.
pub(crate) const RUN_TOGETHER_SEVEN: &str =
    r"(?:[1-9](?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])[1-9])(?:19|20)\d{2}";

/// A date as a number of days, as a date cell or field pasted without its format shows
/// it: a spreadsheet's serial, the days since 30 December 1899 ("DOB: 20699", 1 September
/// 1956), or a statistics package's date value, the days since 1 January 1960, negative
/// before it (SAS: "date of birth is -1215", 3 September 1956). Four or five digits, no
/// nought first, not one digit over and over ("DOB: 9999", a placeholder), with the minus
/// before them (which a cue's marks may have taken after a space: it is taken back where
/// the date is read; "DOB-4040" is a hyphen); the value must be a day from 1900 to 2036
/// in one reading or the other ([`DAYS_COUNTED`]). Read only right after a cue of birth,
/// not of a birthday ("Birthday 10000 Steps"), and only standing alone
/// ([`serial_stands_alone`]), with no weekday before it ("DOB: Monday 1215" is a time).
/// Under 10000 and with no minus it is a birth weight in grams or a time as often ("Born
/// 3400, healthy"), so it is read only after a cue that names the date ("DOB", "date of
/// birth", [`names_the_date`]).
pub(crate) const DAY_NUMBER: &str = r"-?[1-9]\d{3,4}";

/// The days counted by [`DAY_NUMBER`]: from -21914 (1 January 1900 in days from 1960) to
/// 49999 (a spreadsheet's 2036).
const DAYS_COUNTED: std::ops::RangeInclusive<i64> = -21_914..=49_999;

/// The first spreadsheet serial read after any cue of birth (May 1927).
const FIRST_SERIAL: i64 = 10_000;

/// A date as Unix time, the seconds from 1 January 1970 to the date's midnight, as a
/// system's export may give a date field ("born -420595200", 3 September 1956), or the
/// milliseconds, as JavaScript and many JSON exports write it ("-420595200000"), perhaps
/// with a minus (which a cue's marks may have taken; it is taken back where the date is
/// read). Read only right after a cue, and only when it is a whole
/// number of days from 1900 to 2036 ([`is_unix_day`]), which a count seldom is: a whole
/// number of days is a multiple of 86,400, and so of 27 and of 128 too. It must also
/// stand alone, as a serial does, after a cue of birth, not of a birthday ("birthday:
/// 31536000 seconds older", "born 604800000 milliseconds ago"), but for a time before 1970
/// with its minus, which no count has ("date of birth -116553600 correct at last"). Under
/// nine digits (a date from October 1966 to March 1973) it is the seconds of some days or
/// years as often ("born 31536000.", "DOB 86400"), and is left: nine to ten digits are
/// read as seconds, eleven to thirteen as milliseconds.
const UNIX_TIME: &str = r"-?[1-9]\d{8,12}";

/// How the JSON of Microsoft's .NET writes a date, its milliseconds of Unix time in a
/// wrapper ("/Date(-420595200000)/", 3 September 1956; "\/Date(…)\/" escaped in a JSON
/// string; a zone's offset may follow the number, "/Date(-420595200000+0100)/"), as a
/// system's export may give a date of birth. The wrapper names the number a date: it
/// need not stand alone, and it is read after "to" alone between it and a cue naming
/// the date ("change the date of birth to /Date(…)/"), but it must close
/// ([`dotnet_date_end`]).
const DOTNET_DATE_OPENING: &str = r"(?:\\?/Date\()";

/// Whether a cued date is a .NET date ([`DOTNET_DATE_OPENING`]); a cue's marks may
/// have taken the slash before "Date(".
fn is_dotnet_date(date: &str) -> bool {
    date.trim_start_matches(['/', '\\'])
        .get(..5)
        .is_some_and(|head| head.eq_ignore_ascii_case("date("))
}

/// A found span (`start..end`) that is a .NET date ([`DOTNET_DATE_OPENING`]) widened
/// over its wrapper's slashes (escaped or not: "/Date(…)/", "\\/Date(…)\\/"), which
/// the tidying of every span's edges trims; any other span as it is. The closing
/// slashes are [`dotnet_date_end`]'s after the span's last bracket.
pub(super) fn with_dotnet_wrapper(text: &str, start: usize, end: usize) -> (usize, usize) {
    let span = &text[start..end];
    // The prefix first: every span is tidied, few are .NET dates.
    let Some(bracket) = is_dotnet_date(span).then(|| span.rfind(')')).flatten() else {
        return (start, end);
    };
    let end = dotnet_date_end(text, start + bracket).map_or(end, |closed| closed.max(end));
    let slash_before = if span.starts_with(['/', '\\']) {
        0
    } else if text[..start].ends_with("\\/") {
        2
    } else {
        usize::from(text[..start].ends_with('/'))
    };
    (start - slash_before, end)
}

/// Whether one of the two words before a cue (`before`, the text up to it) is "from":
/// "age from date of birth to …" counts from the date to another.
fn from_before(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(2)
        .any(|word| word.eq_ignore_ascii_case("from"))
}

/// Where a .NET date's wrapper ([`DOTNET_DATE_OPENING`]) closes after its number ends at
/// `end`: past an optional zone's offset, a bracket and a slash (escaped or not).
fn dotnet_date_end(text: &str, end: usize) -> Option<usize> {
    let after = &text[end..];
    let offset = match after.as_bytes() {
        [b'+' | b'-', rest @ ..] if rest.len() >= 4 && rest[..4].iter().all(u8::is_ascii_digit) => {
            5
        }
        _ => 0,
    };
    let close = after[offset..].strip_prefix(')')?;
    let slash = if close.starts_with("\\/") {
        2
    } else {
        usize::from(close.starts_with('/'))
    };
    (slash > 0).then_some(end + offset + 1 + slash)
}

/// The seconds in a day: a Unix time of a date of birth is a whole number of them.
const SECONDS_A_DAY: i64 = 86_400;

/// The Unix times of 1 January 1900 and of 1 January 2037, the ends of the dates of
/// birth read as Unix time.
const UNIX_TIMES_READ: std::ops::Range<i64> = -2_208_988_800..2_114_380_800;

/// Most digits of a Unix time in seconds within [`UNIX_TIMES_READ`]; more are
/// milliseconds.
const MOST_DIGITS_OF_UNIX_SECONDS: usize = 10;

/// Whether a Unix time (`value`, its sign given, of `digits` digits) is the midnight of a
/// day from 1900 to 2036: in seconds, or in milliseconds past ten digits.
fn is_unix_day(value: i64, digits: usize) -> bool {
    let seconds = if digits > MOST_DIGITS_OF_UNIX_SECONDS {
        if value % 1000 != 0 {
            return false;
        }
        value / 1000
    } else {
        value
    };
    seconds % SECONDS_A_DAY == 0 && UNIX_TIMES_READ.contains(&seconds)
}

/// The time ISO 8601's basic form sets after a date run together, as some exports write
/// a date of birth ("19560903T000000Z", "19560903T0000+0100"): taken with the date.
const ISO_BASIC_TIME: &str = r"(?:T\d{4,6}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?";

/// A year-first date run together with the midnight an HL7 message's timestamp runs on
/// to, as a patient administration system's export gives a date of birth
/// ("19560903000000", "195609030000"), or ASN.1's GeneralizedTime, as a certificate or
/// a directory stores a date, with "Z" or a zone's offset after the midnight
/// ("19560903000000Z", "19560903000000+0000"). Only year first: "1209600000" is a count;
/// and only right after a cue or after "to" alone right after a cue naming the date ("fixed
/// my date of birth to 19400209000000Z"), not a few words on ("DOB ok, booking id
/// 20240312000000").
const HL7_MIDNIGHT_RUN: &str = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])0000(?:00)?(?:Z|[+-](?:0\d|1[0-4])[0-5]\d)?";

/// A date as ISO 8601 writes the week and day of the week ("1956-W36-1", "1956W361": the
/// Monday of the 36th week of 1956, 3 September), as a system's export may. Read only
/// right after a cue, with no word after it: with one it is a rota's or a class's code
/// as often ("Birth: 2024W102 is the class code"), and only the year before its hyphen
/// is read, as a year alone is, but for the whole date written with both hyphens after a
/// cue naming the date ("DOB 1956-W36-1 on the form").
const ISO_WEEK_DATE: &str = r"(?:19|20)\d{2}-?W(?:0[1-9]|[1-4]\d|5[0-3])-?[1-7]";

/// A date as ISO 8601 writes the day of the year ("1956-247", the 247th day of 1956), as
/// a system's export may: a four-digit year, a hyphen and three digits from 001 to 366.
/// Read only right after a cue: a few words after one it is a reference's number as often
/// ("DOB wrong, complaint ref 2023-145").
const ISO_ORDINAL_DATE: &str = r"(?:19|20)\d{2}-(?:36[0-6]|3[0-5]\d|[12]\d{2}|0[1-9]\d|00[1-9])";

/// A date as Java's `Date.toString()` prints a date with no time, at midnight, the time
/// and zone between the day and the year ("Sep 03 00:00:00 GMT 1956", its weekday before
/// it taken as any date's), or as C's `asctime` prints one, its day padded with a space
/// and no zone ("Sep  3 00:00:00 1956"): with no cue read whole as a date long ago, where
/// "Sep 03 00" would leave the year out. Another time of day is a log's stamp of
/// something done. (After a cue the hour is given back and the time and year taken as
/// the date's tail.)
const JAVA_DATE_TEXT: &str = concat!(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[ \t]+(?:3[01]|[12]\d|0?[1-9])",
    r"[ \t]+00:00:00[ \t]+(?:[a-z]{3,4}[ \t]+)?(?:19|20)\d{2}"
);

/// Finds dates of birth.
#[derive(Debug, Clone)]
pub struct DateOfBirthRecognizer {
    cue_word: Regex,
    cued: Regex,
    /// Compiled at the first comment with a cue and a date that may be written abroad
    /// ([`other_script_date`]): most runs' first comments hold none, and a run of one
    /// comment need not pay for it.
    cued_other_script: std::sync::OnceLock<Regex>,
    /// The pattern `cued_other_script` compiles.
    cued_other_script_pattern: String,
    month_abroad_more: Regex,
    /// Compiled at the first comment with a year long ago and no other sign of a date
    /// written abroad: a run of one comment need not pay for it.
    month_abroad: std::sync::OnceLock<Regex>,
    era_date: Regex,
    born_abbreviated: Regex,
    cue_after: Regex,
    date: Regex,
    identifiers_after: Regex,
    cue_end: Regex,
    weekday_word: Regex,
    run_together: Regex,
    format_hint: Regex,
    format_hint_before: Regex,
    loose: LooseDate,
    written_abroad: DatesWrittenAbroad,
}

/// How the sentence after a cue refers back to the date of birth before giving it:
/// "The letter has the wrong date of birth. Mine is 02/10/1934", "DOB wrong again. It
/// should be 5.6.55", "It should say 3 May 1951", "the correct one is": what it is, or
/// what it should be, read, say, show or state, should have been or said, or ought to be.
const REFERRING_BACK: &str = r"(?:mine|it|its|it's|the[ \t]+(?:right|correct|real)[ \t]+one|the[ \t]+(?:right|correct|real)[ \t]+date|the[ \t]+correct[ \t]+dob)[ \t]+(?:is|should[ \t]+(?:be|read|say|show|state)|should[ \t]+have[ \t]+(?:been|said|read)|ought[ \t]+to[ \t]+(?:be|say|read)|'s)?[ \t:]*(?:actually[ \t]+)?";

/// The answer to a question that ends on the cue, as questions and answers are set out
/// ("Q: What is your date of birth? A: 03/09/1956", "When were you born? Answer: 1956"),
/// or as a transcript or a subtitle gives the reply ("Receptionist: Date of birth? Me:
/// 03/09/1956"): a question about something else with a cue in it ("When was the birth
/// unit opened? A: 2019") does not end on the cue.
const ANSWER: &str = r"[ \t]*[?\x{FF1F}\x{061F}]+[ \t]*(?:a|ans|answer|me)[ \t]*[:\x{FF1A}][ \t]*";

/// The rest of a cue's sentence (up to 40 characters) and the start of the next (after a
/// stop or a semicolon, or the full stops and question marks of Hindi, Arabic and East Asian writing,
/// which need no space after them), or a clause
/// joined by "and", "but", "whereas" or "while", before it refers back to the date
/// ([`REFERRING_BACK`]): "the wrong date of birth again. It is …", "my date of birth as
/// the wrong day; it is …", "my birthday on the
/// system reads 7.2.1950, and the real one is 3 May 1951".
const TO_THE_NEXT_SENTENCE: &str = r"(?:[^.!?;\n\x{0964}\x{061F}\x{FF1F}\x{3002}]{0,40}(?:[.!?;]+[ \t]+|[\x{0964}\x{061F}\x{FF1F}\x{3002}]+[ \t]*)|[^!?\n]{0,60}?(?:[,;][ \t]*|[ \t]+)(?:and|but|whereas|while)[ \t]+)";

/// A format hint in brackets between a cue and its date, as forms print it: "date of
/// birth (dd/mm/yyyy) 03/03/1956", "Date of birth (DD MM YYYY): 0 7 0 3 1 9 4 7".
const FORMAT_HINT: &str = r"(?:\((?:[dmy]{1,4}[ /.-]?){3}\)[ \t:,-]*)?";

/// Another identifier's label after a stop or comma: "...had said June 26th, '64.
/// Address 89 Grange Grove", "3/4/1961, NHS no. 943 476 5919". A full date that people
/// list among their identifiers is their date of birth; an appointment date is seldom
/// followed by an address or a number that names the person. Read right after a date
/// (anchored there), also after a date read by its parts (the day or year in words, "3
/// / 7 / 52").
const IDENTIFIER_LABEL: &str = r"[.,;:][ \t]*(?:(?:and|my|her|his|their)[ \t]+)?(?:address|nhs\b|ni\b|n\.i\b|national[ \t]+insurance|hospital[ \t]+(?:no|number)|phone|mobile|tel\b|telephone|e-?mail|post[ \t]*code|living[ \t]+at|lives[ \t]+at)\b";

/// Most words between a cue and a full date of birth in one sentence ("DOB should read",
/// "date of birth has been put down as", "date of birth sighted at last, 3 d'abril de
/// 1956").
const MAX_WORDS_BETWEEN: usize = 5;

/// The longest word between a cue and a full date of birth ([`words_between`]).
const MAX_WORD_BETWEEN: usize = 14;

/// Most words between a cue and a full date of birth read by its parts where the words
/// just before the date refer back to the cue ([`refers_back`]): "my date of birth on the
/// letter is wrong, it should say 8 Nov '55".
const MAX_WORDS_REFERRING_BACK: usize = 10;

/// Whether the last two words before a date refer back to a cue before them, as a
/// correction or an answer does: "it should be", "should say", "should read", "it is",
/// "mine is", "it's", "the right one is".
fn refers_back(last_words: [&str; 2]) -> bool {
    let [before, last] = last_words.map(str::to_ascii_lowercase);
    let should =
        before == "should" && ["be", "say", "read", "show", "state"].contains(&last.as_str());
    let is = ["it", "mine", "one"].contains(&before.as_str()) && last == "is";
    should || is || last == "it's"
}

/// A few words of letters between a cue and its date in one sentence, with no stop
/// ([`MAX_WORDS_BETWEEN`]): "DOB should read 28.5.63"; or a spreadsheet cell's name, one
/// or two capitals and up to three digits, as a pasted row has ("A1 DOB, B1 23 shkurt
/// 1993"; not "covid19" or "bay4", after which an appointment's date stands as often).
/// Only a full date is read after
/// them, in any form read right after a cue: a partial date ("3rd May", "1950"), a day's
/// number or a short run of digits so far from its cue may be any date or count.
fn words_between() -> String {
    let marks: String = MARKS_BETWEEN_WORDS
        .iter()
        .map(|mark| regex::escape(&mark.to_string()))
        .collect();
    format!(
        r"(?:[{marks}]+(?:[a-z']{{1,{MAX_WORD_BETWEEN}}}|(?-i:[A-Z]{{1,2}}\d{{1,3}}))){{1,{MAX_WORDS_BETWEEN}}}?[{marks}]+"
    )
}

/// The marks between a cue and the words before its date, and between those words
/// ([`words_between`], [`DateOfBirthRecognizer::loose_a_few_words_on`]).
const MARKS_BETWEEN_WORDS: &[char] = &[' ', '\t', ':', ',', '(', ')', '=', '-'];

impl DateOfBirthRecognizer {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        let date = date_pattern(true, false);
        let date_abroad = date_pattern(true, true);
        let partial = partial_date_pattern();
        // A cue that opens or ends on a letter beyond ASCII ("дата народження", "生年月日",
        // "datum narození") has no ASCII word boundary there (the patterns' `\b` is
        // ASCII's): such cues are matched with none; the rest ("né le", "DOB") with one.
        let (bounded_cues, other_cues): (Vec<String>, Vec<String>) =
            entries(DATE_OF_BIRTH_CUES).into_iter().partition(|cue| {
                let ends = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                ends(cue.chars().next()) && ends(cue.trim_end_matches('.').chars().next_back())
            });
        let cues = alternation_of(&bounded_cues);
        let other_cues = alternation_of(&other_cues);
        // A cue, then what may stand before its date: marks (a full-width colon or an
        // ideographic space too, as East Asian keyboards type them), a format hint, short
        // words ("DOB is the…"); and a day of the week, taken into the span with the
        // date ("DOB: Tue 03/05/1961").
        let cue = format!(r"(?i)(?:\b{cues}(?:\b|\.)|{other_cues})");
        let class_of = |marks: &[char]| -> String {
            marks
                .iter()
                .map(|mark| regex::escape(&mark.to_string()))
                .collect()
        };
        let lead_marks = class_of(LEAD_MARKS);
        let quotes = class_of(VALUE_QUOTES);
        let lead_words = LEAD_WORDS.join("|");
        // After the cue's sentence the next may say it ("my date of birth. It is 6 marca
        // 2012 r.", "DOB: the right one is 昭和7年3月2日", "the wrong date of birth
        // again. It is ngày 3 tháng 9 năm 1956"): a full date only, not a partial one
        // (`partial`, checked with [`REFERRING_WORDS`] where the dates are read).
        let words = words_between();
        let cue_lead = format!(
            r"{cue}(?:[{quotes}]?[{lead_marks}]*(?:[{quotes}][ \t]*)?{FORMAT_HINT}(?:{REFERRING_BACK})?|(?P<answer>{ANSWER})|(?P<next>{TO_THE_NEXT_SENTENCE}{REFERRING_BACK})|(?P<words>{words}))(?:(?:{lead_words})[ \t\x{{3000}}]+)*?"
        );
        // A call in code that makes the date ("datetime.date(2013, 5, 8)"): the date
        // inside it is read, and the call taken in where every date found is tidied.
        let date_call = date_call::opening_pattern();
        let weekday_name = weekday_pattern();
        // A weekday, perhaps with a comma or semicolon after it ("born Sunday;
        // 22/4/1973") or its date in brackets ("it is Monday (24/10/2011)"; the closing
        // bracket is taken in where every date is tidied).
        let weekday = format!(r"(?:{weekday_name}[,;]?[ \t]+\(?(?:the[ \t]+)?)?");
        DateOfBirthRecognizer {
            cue_word: compile(&format!(r"(?i)(?:\b{cues}|{other_cues})")),
            cued: compile(&format!(
                r"{cue_lead}{date_call}(?P<date>{weekday}(?:(?P<week>{ISO_WEEK_DATE})|{ISO_ORDINAL_DATE}|{date_abroad}|(?P<partial>{partial})|{HL7_MIDNIGHT_RUN}|{RUN_TOGETHER_DATE}{ISO_BASIC_TIME}|(?P<short_run>{RUN_TOGETHER_YEAR_FIRST}|{RUN_TOGETHER_SEVEN})|{DOTNET_DATE_OPENING}?(?P<unix>{UNIX_TIME}))|{DAY_NUMBER})\b"
            )),
            // A Japanese era's date, read only straight after a cue and its marks
            // ([`Self::era_date_after`]).
            era_date: compile(&format!(r"^{JAPANESE_ERA_DATE}\b")),
            // A date in another script's digits or the East Asian year-month-day
            // ("DOB：１９６１年５月３日"), which ends on a mark the ASCII word boundary
            // does not see: no boundary after it.
            // A month of [`MONTH_ABROAD_MORE`] anywhere: the comment is read by
            // `cued_other_script` too.
            month_abroad_more: compile(&format!("(?i){MONTH_ABROAD_MORE}")),
            month_abroad: std::sync::OnceLock::new(),
            cued_other_script: std::sync::OnceLock::new(),
            cued_other_script_pattern: format!(
                r"{cue_lead}(?P<date>{weekday}{})",
                other_script_date()
            ),
            // "(b. 14 Sep 57)", the genealogist's "born": a small "b" and its stop, then
            // a full date or a year.
            born_abbreviated: compile(&format!(
                r"(?:^|[ \t(\[,;])(?-i:b)\.[ \t]*((?i:{date})|(?:19|20)\d{{2}})\b"
            )),
            // The cue after the date: "03/03/1956 (DOB)", "3 March 1956 is my date of
            // birth", "12.03.56 - her DOB". A full date only.
            cue_after: compile(&format!(
                r"(?i)\b({date})[ \t]*[(,-]?[ \t]*(?:(?:is|was|being)[ \t]+)?(?:(?:my|his|her|their|the|our)[ \t]+)?{cues}\b"
            )),
            date: compile(&format!(
                r"(?i)\b(?:{JAVA_DATE_TEXT}|{})\b",
                date_pattern(false, false)
            )),
            identifiers_after: compile(&format!(r"(?i)^[ \t]*{IDENTIFIER_LABEL}")),
            cue_end: compile(&cue),
            weekday_word: compile(&format!("(?i)^{weekday_name}$")),
            run_together: compile(&format!("^{RUN_TOGETHER_DATE}$")),
            format_hint: compile(&format!("(?i)^{FORMAT_HINT}")),
            format_hint_before: compile(r"(?i)\((?:[dmy]{1,4}[/.-]?){3}\)$"),
            loose: LooseDate::new(),
            written_abroad: DatesWrittenAbroad::new(),
        }
    }
}

impl Default for DateOfBirthRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a cued date starts once a "the" just before it is taken in: "born on the 3rd
/// of March 1956" is redacted as "born on [DATE_OF_BIRTH]".
fn with_the_before(text: &str, start: usize) -> usize {
    let before = &text.as_bytes()[..start];
    let Some(rest) = before.strip_suffix(b" ") else {
        return start;
    };
    let Some(head) = rest.len().checked_sub(3) else {
        return start;
    };
    let word_starts = head == 0 || !rest[head - 1].is_ascii_alphanumeric();
    if word_starts && rest[head..].eq_ignore_ascii_case(b"the") {
        head
    } else {
        start
    }
}

/// Where a date found with no cue starts once a day of the week just before it is taken
/// in ("It should be Wednesday 17th May 1939, hospital number …", "Sunday, 08/08/2010,
/// NHS number …", "Sunday; 22/4/1973"): the weekday is said of that date, as a cued
/// date's is.
fn with_weekday_before(weekday_word: &Regex, text: &str, start: usize) -> usize {
    let spaced = text[..start].trim_end_matches([' ', '\t']);
    let spaces = start - spaced.len();
    // A comma, a semicolon or a short form's stop between them ("Friday,19/12/1958",
    // "Sunday; 22/4/1973", "Wed. 17th May").
    let (head, stop) = match spaced.strip_suffix([',', ';']) {
        Some(head) => (head, false),
        None if spaces > 0 => spaced
            .strip_suffix('.')
            .map_or((spaced, false), |head| (head, true)),
        None => return start,
    };
    let word_start = start_of_last_letters(head);
    let word = &head[word_start..];
    // A full name's stop ends a sentence ("on Sunday. 12/03/1945, NHS number …").
    if stop && word.len() >= "monday".len() {
        return start;
    }
    // A short form in small letters is a verb or a noun as often ("was sat 03/05/1961").
    let written_as_a_day = word.len() >= "monday".len() || word.starts_with(char::is_uppercase);
    if written_as_a_day && weekday_word.is_match(word) {
        word_start
    } else {
        start
    }
}

/// Dates with a year before this are read as dates of birth with no cue at all: a
/// comment about care rarely gives the full date of something so long ago, while people
/// write their own or a relative's date of birth in forms and cues no list holds. A
/// constant, so that output does not change with the day it is run.
const LONG_AGO_BEFORE: u32 = 2010;

/// Whether `year` is long ago: from 1900 to before [`LONG_AGO_BEFORE`]. Every reader of
/// a date long ago (here and `date_written_abroad`) asks this.
pub(crate) fn is_year_long_ago(year: u32) -> bool {
    (1900..LONG_AGO_BEFORE).contains(&year)
}

/// Whether a full date (`date`, as the no-cue pattern reads it) has a four-digit year
/// from 1900 to before [`LONG_AGO_BEFORE`], and is written with a month name or
/// separators: digits and spaces alone ("scores 3 4 1956") may be any numbers. Of an
/// ISO date and time only the date is read: the fraction of a second may hold four
/// digits ("2024-03-12T09:30:00.1987Z").
fn long_ago(date: &str) -> bool {
    if is_the_epoch(date) {
        return false;
    }
    let bytes = date.as_bytes();
    let time_at = (1..bytes.len().saturating_sub(1)).find(|&i| {
        bytes[i] == b'T' && bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit()
    });
    let date = time_at.map_or(date, |at| &date[..at]);
    if date
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b' ' || b == b'\t')
    {
        return false;
    }
    date.split(|c: char| !c.is_ascii_digit())
        .filter(|digits| digits.len() == 4)
        .filter_map(|digits| digits.parse::<u32>().ok())
        .any(is_year_long_ago)
}

/// Whether `date` is the first moment of the Unix epoch as a system prints a date with a
/// time ("Thu Jan  1 00:00:00 1970", "Jan 01 00:00:00 GMT 1970"): the zero of a clock
/// no one set, shown where a date is missing, not a date someone gave.
fn is_the_epoch(date: &str) -> bool {
    if !date.ends_with("1970") || !date.contains("00:00:00") {
        return false;
    }
    let lower = date.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.contains(&"00:00:00")
        && words.contains(&"jan")
        && (words.contains(&"1") || words.contains(&"01"))
        && words.last() == Some(&"1970")
}

/// The years of India's national (Saka) calendar that are long ago ([`LONG_AGO_BEFORE`]),
/// 78 behind the Christian era's (1822 to 1931; "Bhadra 12, 1878 (Saka)" is 1956).
const SAKA_YEARS_LONG_AGO: std::ops::Range<u32> = 1822..1932;

/// Whether `text` holds a four-digit year long ago in ASCII digits, not inside a longer
/// number, in the Christian era or the Saka era ([`SAKA_YEARS_LONG_AGO`]): the cheap test
/// before a comment with no cue is searched for a month of [`MONTH_ABROAD_MORE`].
fn holds_a_year_long_ago(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    memchr::memchr2_iter(b'1', b'2', bytes).any(|at| {
        let year = (at == 0 || !digit(at - 1))
            && (digit(at + 1) && digit(at + 2) && digit(at + 3))
            && !digit(at + 4);
        year && std::str::from_utf8(&bytes[at..at + 4])
            .ok()
            .and_then(|y| y.parse::<u32>().ok())
            .is_some_and(|y| is_year_long_ago(y) || SAKA_YEARS_LONG_AGO.contains(&y))
    })
}

/// How a year in words ends ("nineteen sixty-five", "two thousand and three", "fifty-two").
const YEAR_WORD_ENDINGS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "teen", "ty",
];

/// Whether `before` (the text before an identifier's label) may end in a date's year: a
/// year in words ([`YEAR_WORD_ENDINGS`]) or two digits, or four from 1900 to 2099; not the end of a
/// phone or NHS number ("0113 496 0153", "7798546995"), which most labels follow, and
/// which the reader of dates by their parts would weigh word by word for nothing.
fn may_end_in_a_year(before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\t']);
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    match digits {
        0 => YEAR_WORD_ENDINGS.iter().any(|ending| {
            before.len() >= ending.len()
                && before.as_bytes()[before.len() - ending.len()..]
                    .eq_ignore_ascii_case(ending.as_bytes())
        }),
        2 => true,
        // The last digit of a date copied from a form's boxes ("0 2 0 1 1 9 3 8").
        1 => {
            let bytes = before.as_bytes();
            bytes.len() >= 3
                && bytes[bytes.len() - 2] == b' '
                && bytes[bytes.len() - 3].is_ascii_digit()
        }
        4 => {
            before[before.len() - 4..].starts_with("19")
                || before[before.len() - 4..].starts_with("20")
        }
        _ => false,
    }
}

/// Most bytes between an identifier's label and its value ("NHS number is 779…",
/// "address: flat 2, 3 Elm Road").
const LONGEST_LABEL_TAIL: usize = 24;

/// Labels of a place, whose value is a house number or a postcode ("Address 89 Grange
/// Grove", "postcode LS6 2AB"), in small letters.
const PLACE_LABELS: &[&str] = &["address", "post", "living", "lives"];

/// Fewest digits of a number's value near its label: an NHS number, a phone, a hospital
/// or NI number, not a service's or a count's ("NHS 111", "NHS 24", "mobile 2 on the
/// ward").
const FEWEST_DIGITS_OF_A_NUMBER: usize = 5;

/// Whether an identifier's value follows its label (`label`, the mark and label as
/// matched; `after`, the text right after it), within a few words: an email's "@", a
/// place's digit ("Address 89 Grange Grove"), or five digits or more after any other
/// label ("NHS number 7798546995").
fn value_follows(label: &str, after: &str) -> bool {
    let near = &after.as_bytes()[..after.len().min(LONGEST_LABEL_TAIL)];
    let digits = near.iter().filter(|b| b.is_ascii_digit()).count();
    let label = label.to_ascii_lowercase();
    near.contains(&b'@')
        || (digits > 0 && PLACE_LABELS.iter().any(|place| label.contains(place)))
        || digits >= FEWEST_DIGITS_OF_A_NUMBER
}

/// Whether the date at `start..end` sits inside a comma-separated identity list: a word
/// and a comma (or slash) before it, and a comma, slash or semicolon after it.
fn in_identity_list(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let after = text[end..].trim_start_matches([' ', '\t']);
    let Some(before) = before
        .strip_suffix(',')
        .or_else(|| before.strip_suffix('/'))
    else {
        return false;
    };
    before.trim_end().ends_with(char::is_alphabetic) && after.starts_with([',', ';', '/'])
}

/// What may stand between a cue and its date: marks (a full-width colon, an ideographic
/// space and a full-width comma too); the cued patterns and the reading by parts both
/// take them from here, and then one of [`VALUE_QUOTES`].
const LEAD_MARKS: &[char] = &[
    ' ', '\t', ':', ',', '.', '(', '=', '/', '-', '\u{FF1A}', '\u{3000}', '\u{FF0C}',
];

/// The quote a field's value opens with in code, a query or a config file, curly ones too
/// ("date_of_birth = '1956-09-03'", "dob: \"03/09/1956\""): one, after the marks, with
/// spaces after it, and the date right after; one right after the cue closes a key. An
/// empty value's two quotes end the cue's reach (`dateOfBirth: "" on the 2024-03-12
/// export`).
const VALUE_QUOTES: &[char] = &['\'', '"', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}'];

/// Where a date may start after the cue ending at `cue_end`, as the reading by parts and
/// the era's reading look for it: past the quote that closes a key named by the cue
/// (`{"dateOfBirth": "…"}`), the [`LEAD_MARKS`] (and with `dashes` the
/// [`MORE_LEAD_MARKS`]), and one of [`VALUE_QUOTES`] opening the value with spaces after
/// it, each where it stands.
fn past_the_marks_after_a_cue(text: &str, cue_end: usize, dashes: bool) -> usize {
    let past_a_quote = |at: usize| {
        text[at..]
            .strip_prefix(VALUE_QUOTES)
            .map_or(at, |rest| text.len() - rest.len())
    };
    let marks = &text[past_a_quote(cue_end)..];
    let after_marks = if dashes {
        marks.trim_start_matches(|c| LEAD_MARKS.contains(&c) || MORE_LEAD_MARKS.contains(&c))
    } else {
        marks.trim_start_matches(LEAD_MARKS)
    };
    let quote_at = text.len() - after_marks.len();
    let value_at = past_a_quote(quote_at);
    if value_at == quote_at {
        quote_at
    } else {
        text.len() - text[value_at..].trim_start_matches([' ', '\t']).len()
    }
}

/// The date `start..end` with the bracket just before it when the date closes it ("DOB
/// [24/6] 1940", "born (24/6) 1940") or its closing bracket follows at once ("DOB
/// <28.10.1990>", "DOB: [24/6/1940]"), so that no lone bracket is left beside the
/// placeholder; otherwise as it is.
fn with_its_brackets(text: &str, cue_end: usize, start: usize, end: usize) -> (usize, usize) {
    let closer = match text[cue_end..start].chars().next_back() {
        Some('(') => ')',
        Some('[') => ']',
        Some('<') => '>',
        _ => return (start, end),
    };
    if text[start..end].contains(closer) {
        (start - 1, end)
    } else if text[end..].starts_with(closer) {
        (start - 1, end + 1)
    } else {
        (start, end)
    }
}

/// `at`, or the apostrophe before it when the marks after a cue (ending at `cue_end`)
/// took it as a quote but it stands for a year's century: two digits follow it and then
/// a space, a comma, a bracket or the end ("DOB '02 (11/6)", "DOB '02, 11/6"), not a mark
/// that goes on with the date ("DOB '12/03/1956'", quoted).
fn with_the_apostrophe_of_a_year(text: &str, cue_end: usize, at: usize) -> usize {
    let apostrophe = ['\'', '\u{2019}']
        .into_iter()
        .find(|&quote| text[cue_end..at].ends_with(quote));
    let Some(apostrophe) = apostrophe else {
        return at;
    };
    let rest = &text.as_bytes()[at..];
    let two_digits = rest.len() >= 2 && rest[..2].iter().all(u8::is_ascii_digit);
    let then_stops = rest
        .get(2)
        .is_none_or(|&b| matches!(b, b' ' | b',' | b'(' | b';' | b'\t'));
    if two_digits && then_stops {
        at - apostrophe.len_utf8()
    } else {
        at
    }
}

/// Marks the reading by parts also takes after a cue ("DOB — 03+05+1961"): en and em
/// dashes and an arrow. Not the cued patterns, which read a two-digit year between such
/// dashes with no guard against a count ("Born – 3 – 4 – 10 lbs").
const MORE_LEAD_MARKS: &[char] = &['\u{2013}', '\u{2014}', '\u{2192}'];

/// Short words that may stand between a cue and its date ("DOB is the…", "born on"), read
/// by the cued patterns and the reading by parts alike, and
/// "le", "el", "den" and "am" as French, Spanish and German dates have them ("DOB le 3
/// mai 1961").
const LEAD_WORDS: &[&str] = &[
    "is", "was", "as", "of", "on", "in", "the", "le", "el", "den", "am",
];

/// Words that may stand between a date and the cue after it, nearest the cue first: whose
/// date ("my birthday") and how it is joined ("is my DOB", "for my birthday").
const WHOSE: &[&str] = &["my", "his", "her", "their", "our", "the"];

/// How a date is joined to the cue after it ("3 May 1961 is my DOB", "… for my birthday").
/// "for" needs a person's word after it: "12.03.21 for the birth" is a booking.
const JOINING: &[&str] = &["is", "was", "being", "as", "for"];

/// Most bytes a date read by its parts spans before the cue after it.
const LONGEST_LOOSE_DATE: usize = 40;

/// Whether a date read by its parts (or digits run together) has a year long ago: four
/// digits before [`LONG_AGO_BEFORE`], two after an apostrophe, two from 30 (a
/// nineteen-hundreds year no booking has), or words ("sixty-one").
fn long_ago_year(date: &str) -> bool {
    // The year of digits run together: the last four or two ("03051961", "030561"), or
    // the first four ("19610503").
    fn year_of(run: &str) -> &str {
        let day_first_year = run.len() == 8 && matches!(&run[4..6], "19" | "20");
        match run.len() {
            8 if day_first_year => &run[4..],
            8 => &run[..4],
            6 => &run[4..],
            _ => run,
        }
    }
    let runs: Vec<&str> = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(year_of)
        .collect();
    // A date copied from a form's boxes, a digit at a time: its last four are the year.
    if runs.len() == 8 && runs.iter().all(|run| run.len() == 1) {
        let year = runs[4..].concat();
        return year.parse::<u32>().is_ok_and(is_year_long_ago);
    }
    // Six boxed digits: the last two are a two-digit year, long ago from 30.
    if runs.len() == 6 && runs.iter().all(|run| run.len() == 1) {
        return runs[4..].concat().parse::<u32>().is_ok_and(|y| y >= 30);
    }
    if let Some(year) = runs.iter().find(|run| run.len() == 4) {
        return year.parse::<u32>().is_ok_and(is_year_long_ago);
    }
    if date.contains(['\'', '\u{2019}', '\u{2018}']) {
        return true;
    }
    if let Some(long_ago) = year_in_words_long_ago(date) {
        return long_ago;
    }
    runs.last()
        .is_none_or(|year| year.parse::<u32>().is_ok_and(|y| y >= 30))
}

/// The tens a year said by its last two digits may start with, from "thirty": a
/// nineteen-hundreds year no booking has ("sixty-one"), as two digits from 30 are.
const TENS_LONG_AGO: &[&str] = &[
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The units a year of "two thousand" may end with and still be long ago ("two thousand
/// and three").
const UNITS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// Whether a date's year said in words is long ago (before [`LONG_AGO_BEFORE`]), or
/// `None` when no year is said in words: "nineteen …" ("21 June nineteen ninety-three"),
/// "… nine hundred and …" ("one thousand nine hundred and fifty-eight"),
/// "two thousand" alone or with a unit ("two thousand and three"), "oh five", or the
/// last tens word from "thirty" ("the third of May, sixty-one"); "twenty-one" may be
/// either century, and "two thousand and twelve" is recent.
fn year_in_words_long_ago(date: &str) -> Option<bool> {
    let words: Vec<&str> = date
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| !word.is_empty())
        .collect();
    let is = |word: &str, said: &str| word.eq_ignore_ascii_case(said);
    if words
        .iter()
        .any(|w| is(w, "nineteen") || is(w, "oh") || is(w, "hundred"))
    {
        return Some(true);
    }
    if let Some(at) = words.iter().position(|w| is(w, "thousand")) {
        let after: Vec<&&str> = words[at + 1..].iter().filter(|w| !is(w, "and")).collect();
        return Some(match after.as_slice() {
            [] => true,
            [unit] => UNITS.iter().any(|u| is(unit, u)),
            _ => false,
        });
    }
    let tens = words
        .iter()
        .rev()
        .find(|w| is(w, "twenty") || TENS_LONG_AGO.iter().any(|t| is(w, t)))?;
    Some(!is(tens, "twenty"))
}

/// The words of `text`: runs of letters, an apostrophe (straight or curly) part of a
/// word ("it's", "what’s").
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '\u{2019}')
        .filter(|word| !word.is_empty())
}

/// Whether `word` is one of `words` (written with a straight apostrophe), in any case
/// and with either apostrophe.
fn is_one_of(word: &str, words: &[&str]) -> bool {
    let same = |c: char, listed: char| {
        c.eq_ignore_ascii_case(&listed) || (c == '\u{2019}' && listed == '\'')
    };
    words.iter().any(|listed| {
        word.chars().count() == listed.chars().count()
            && word.chars().zip(listed.chars()).all(|(c, l)| same(c, l))
    })
}

/// Whether `text` holds one of `words` as a whole word ([`words_of`], [`is_one_of`]).
fn says_a_word_of(text: &str, words: &[&str]) -> bool {
    words_of(text).any(|word| is_one_of(word, words))
}

/// Whether the text from a cue to its date (`between`) tells of a day rather than gives
/// the date of birth: a partial date or "was", with a word referring back ("My birthday.
/// It was 12 March 2024 and I spent it in A&E", "my birthday was spent here and it was 3
/// May 2024"), unless it corrects a cue naming the date ("my DOB was wrong, it should be
/// 3 de maig de 1956").
fn tells_of_another_day(between: &str, partial: bool) -> bool {
    let told_of = partial || says_a_word_of(between, &["was"]);
    let corrects = || says_a_word_of(between, &["should", "ought"]) && names_the_date(between);
    told_of && says_a_word_of(between, REFERRING_WORDS) && !corrects()
}

/// The words by which the text from a cue to its date refers back to the cue
/// ([`REFERRING_BACK`]: "date of birth. It is", "DOB: mine is", "the right one is"); no
/// cue holds them.
const REFERRING_WORDS: &[&str] = &[
    "mine", "it", "its", "it's", "one", "right", "correct", "real",
];

/// Whether a cued date is a day number ([`DAY_NUMBER`]): four or five digits, perhaps
/// after a minus, and nothing else (no weekday before it: "DOB: Monday 1215" is a time).
/// The caller also makes sure it was not read as a year alone ("1956"). (Read from the
/// date rather than as a group of the pattern: one more capture group costs every cued
/// match, 0.4% of the instructions on the bench's comments.)
fn is_day_number(date: &str) -> bool {
    let digits = date.strip_prefix('-').unwrap_or(date);
    (4..=5).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the text from a cue to a number (`cue`) ends in a minus the cue's marks took
/// from it (the number itself not signed: `signed`): a "-" after a space or another mark
/// ("born -420595200", "DOB:-1215"). Right after a letter it is a hyphen ("born-3400")
/// where `after_a_letter_too` is false; Unix time, longer, takes it either way.
fn minus_taken_from(cue: &str, signed: bool, after_a_letter_too: bool) -> bool {
    !signed
        && cue
            .strip_suffix('-')
            .is_some_and(|head| after_a_letter_too || !head.ends_with(char::is_alphanumeric))
}

/// The value of a number written in digits (`number`, perhaps signed), negated when the
/// cue took its minus (`minus_taken`).
fn signed_value(number: &str, minus_taken: bool) -> i64 {
    let value: i64 = number.parse().unwrap_or(0);
    if minus_taken {
        -value
    } else {
        value
    }
}

/// Whether a cued date ends in a run of [`HL7_MIDNIGHT_RUN`]: twelve or fourteen digits
/// opening its last word (a weekday may stand before it), with nothing after them but a
/// "Z" or a zone's offset. Nothing else the cued patterns read is so but a Unix time of
/// twelve digits, which is no full date either. (Read from the date rather than as a
/// group of the pattern, for the cost [`is_day_number`] tells of.)
fn is_hl7_midnight_run(date: &str) -> bool {
    let last = last_word(date);
    let digits = last.bytes().take_while(u8::is_ascii_digit).count();
    let zoned = last
        .as_bytes()
        .get(digits)
        .is_none_or(|b| matches!(b, b'Z' | b'+' | b'-'));
    matches!(digits, 12 | 14) && zoned
}

/// Whether a number is a placeholder, not a value: one digit over and over ("9999",
/// "-1111").
fn is_a_placeholder(number: &str) -> bool {
    let digits = number.trim_start_matches('-').as_bytes();
    digits.iter().all(|&b| b == digits[0])
}

/// The last word of a cued date: a weekday may stand before the date ("Monday 2024-145").
fn last_word(date: &str) -> &str {
    date.rsplit([' ', '\t']).next().unwrap_or(date)
}

/// Whether a cued date ends in a day of the year as ISO 8601 writes it
/// ([`ISO_ORDINAL_DATE`]: four digits, a hyphen, three digits).
fn is_iso_ordinal_date(date: &str) -> bool {
    let bytes = last_word(date).as_bytes();
    bytes.len() == 8
        && bytes[4] == b'-'
        && bytes[..4].iter().chain(&bytes[5..]).all(u8::is_ascii_digit)
}

/// How cues of the birth itself, not of its date, open ("born", "birth", "came into the
/// world", "née le", "geboren am"; and "year of birth", "yob", a year's), in small
/// letters: after them a number is a weight, a time or a count as often.
const CUES_OF_THE_BIRTH: &[&str] = &[
    "born", "came", "entered", "hatched", "né", "née", "geboren", "year", "yob",
];

/// Whether the text from a cue to its date (`cue`) names the date itself ("DOB", "date
/// of birth", "birth date", "Geburtsdatum", "fecha de nacimiento", "生年月日"), not the
/// birth ([`CUES_OF_THE_BIRTH`], or "birth" with no "date" after it) or a birthday.
fn names_the_date(cue: &str) -> bool {
    let cue = cue.trim_start().to_lowercase();
    let of_the_birth = CUES_OF_THE_BIRTH.iter().any(|start| cue.starts_with(start))
        || (cue.starts_with("birth") && !cue.contains("date"));
    !of_the_birth && !is_birthday_cue(&cue)
}

/// Words a question asking for a date of birth may have before its cue ("Q: What is
/// your date of birth?", "Please confirm the patient's DOB?", "What year was she born?"),
/// in small letters. A
/// question with any other word asks something else ("When did they last check your
/// DOB?", "Time of birth?", "When will your baby be born?"), and its answer is left.
const ASKING_WORDS: &[&str] = &[
    "what",
    "what's",
    "whats",
    "is",
    "was",
    "were",
    "year",
    "your",
    "you",
    "she",
    "he",
    "they",
    "my",
    "his",
    "her",
    "their",
    "our",
    "the",
    "a",
    "patient's",
    "patients",
    "child's",
    "baby's",
    "son's",
    "daughter's",
    "please",
    "enter",
    "give",
    "state",
    "confirm",
    "correct",
    "full",
    "q",
    "question",
];

/// Whether the question whose cue starts at `cue_start` asks for the date: from the
/// question's start (after a stop, a question mark, a colon or a line's end) to the cue
/// every word is one of [`ASKING_WORDS`].
fn asks_for_the_date(text: &str, cue_start: usize) -> bool {
    let before = &text[..cue_start];
    let start = before
        .rfind(['.', '!', '?', ':', '\n', '\u{FF1F}', '\u{061F}', '\u{FF1A}'])
        .map_or(0, |at| at + 1);
    words_of(&before[start..]).all(|word| is_one_of(word, ASKING_WORDS))
}

/// The digits of a four-digit year.
const YEAR_DIGITS: usize = 4;

/// Whether a word (a letter, after spaces) comes right after `end`.
fn word_follows(text: &str, end: usize) -> bool {
    text[end..]
        .trim_start_matches([' ', '\t'])
        .starts_with(char::is_alphabetic)
}

/// Whether the number ending at `end` goes on past a point or comma ("born 12000.5",
/// "born 1548115200,5"): then it is no date.
fn number_goes_on(text: &str, end: usize) -> bool {
    let after = text[end..].trim_start_matches([' ', '\t']);
    after.starts_with(['.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the text from a cue to its date (`cue`) names a birthday ("birthday", "b-day"),
/// not a birth.
fn is_birthday_cue(cue: &str) -> bool {
    cue.as_bytes()
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"day"))
}

/// Whether a serial read after the cue text `cue` and ending at `end` is a date of
/// birth: the cue is of birth, not of a birthday ("birthday 10000 steps"), and the serial
/// stands alone, as a date does: the comment or its sentence ends, or a comma, semicolon
/// or bracket follows, or a telegram's STOP ("BORN 12349 STOP", "DOB: 20699.", "born
/// 25640, NHS number …"); a word after it makes it a count ("born 10000 miles away").
fn serial_stands_alone(cue: &str, text: &str, end: usize) -> bool {
    if is_birthday_cue(cue) {
        return false;
    }
    let after = text[end..].trim_start_matches([' ', '\t']);
    !number_goes_on(text, end)
        && (after.is_empty()
            || after.starts_with(['.', ',', ';', ':', ')', ']', '\n', '\r', '!', '?'])
            || letters_at(after, 0) == "STOP")
}

/// Whether a spreadsheet's serial (`value`, ending at `end`) right after a cue naming the
/// date (`cue`: "DOB", "date of birth") goes on into a clause rather than a count: a word
/// follows that is no noun ("DOB 43937 but the letter went astray", "date of birth 20699
/// and NHS number …"), where a count's noun would ("DOB 10000 steps"). A cue of the birth
/// is followed by counts as often ("born 10000 miles away").
fn serial_before_a_clause(cue: &str, text: &str, end: usize, value: i64) -> bool {
    let after = text[end..].trim_start_matches([' ', '\t']);
    let word = letters_at(after, 0).to_ascii_lowercase();
    names_the_date(cue)
        && value >= FIRST_SERIAL
        && !number_goes_on(text, end)
        && !word.is_empty()
        && !is_mostly_a_noun(&word)
}

/// Most bytes of a format hint in brackets ("(dd/mm/yyyy)"; 17 at the most).
const LONGEST_FORMAT_HINT: usize = 20;

/// The nearest character boundary of `text` at or before byte `at`.
fn char_boundary_at_or_before(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `text[..end]` without the spaces and tabs at its end.
fn trim_spaces_end(text: &str, end: usize) -> usize {
    text[..end].trim_end_matches([' ', '\t']).len()
}

/// Where `text[..end]` would end without a last whole word from `words` (any case), if it
/// ends with one.
fn without_last_word(text: &str, end: usize, words: &[&str]) -> Option<(usize, usize)> {
    let head = &text[..end];
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    let word = &head[word_start..];
    let whole = head[..word_start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let index = words.iter().position(|w| w.eq_ignore_ascii_case(word))?;
    whole.then_some((word_start, index))
}

impl DateOfBirthRecognizer {
    /// Dates read by their parts (`loose_date`) right after a cue ("DOB 01+06+2016",
    /// "born on Tue the 3rd of May, 1961") or right before one ("21. 12. 10 for my
    /// birthday", "02-Feb-'45 (DOB)"): whatever marks and order a writer chose.
    fn loose_dates_beside_cues(&self, text: &str, out: &mut Vec<PiiSpan>) {
        for cue in self.cue_end.find_iter(text) {
            let after = self.loose_after(text, cue.end(), !is_birthday_cue(cue.as_str()));
            let a_few_words_on = match after {
                Some(_) => None,
                None => self.loose_a_few_words_on(text, cue.start(), cue.end()),
            };
            for (start, end) in [
                after,
                a_few_words_on,
                self.loose_before(text, cue.start(), cue.end()),
                self.era_date_after(text, cue.end()),
            ]
            .into_iter()
            .flatten()
            {
                out.push(PiiSpan {
                    start: with_the_before(text, start),
                    end,
                    kind: PiiKind::DateOfBirth,
                });
            }
        }
    }

    /// A Japanese era's date straight after the cue ending at `cue_end` and its marks,
    /// or after "is" or "was" ("DOB S31.9.3", "born: H2/11/27", "my date of birth is
    /// S49.8.19"); after another word ("born in H2.9.5 building") it is as often a room
    /// or a code, and is left.
    fn era_date_after(&self, text: &str, cue_end: usize) -> Option<(usize, usize)> {
        let mut at = past_the_marks_after_a_cue(text, cue_end, false);
        let word = letters_at(text, at);
        if ["is", "was"].iter().any(|w| word.eq_ignore_ascii_case(w)) {
            let after = at + word.len();
            at = after + text[after..].len() - text[after..].trim_start_matches(LEAD_MARKS).len();
        }
        self.era_date
            .find(&text[at..])
            .map(|date| (at, at + date.end()))
    }

    /// A date read by its parts after the cue ending at `cue_end`, past marks, a format
    /// hint, short words and a day of the week (taken into the span); with
    /// `months_by_place`, a date whose month is a word no list holds too
    /// (`date_unknown_month`), which a birthday's cue does not get: "for my birthday 2
    /// Greggs 2024 vouchers" is a gift.
    fn loose_after(
        &self,
        text: &str,
        cue_end: usize,
        months_by_place: bool,
    ) -> Option<(usize, usize)> {
        // "My DOB's 3.5.61": the cue's "'s" first.
        let cue_end = ["'s", "\u{2019}s"]
            .iter()
            .find(|s| text[cue_end..].starts_with(*s))
            .map_or(cue_end, |s| cue_end + s.len());
        let mut at = past_the_marks_after_a_cue(text, cue_end, true);
        // An apostrophe the marks took as a quote may stand for a year's century
        // ("DOB '02 (11/6)"): two digits and no more after it, which no quoted date is.
        at = with_the_apostrophe_of_a_year(text, cue_end, at);
        // A format hint's bracket is one of the lead marks: read the hint from it.
        let hint_from = text[cue_end..at].rfind('(').map_or(at, |b| cue_end + b);
        at = self
            .format_hint
            .find(&text[hint_from..])
            .filter(|hint| !hint.is_empty())
            .map_or(at, |hint| hint_from + hint.end());
        // A square or angle bracket opening the date ("his DOB is [24/6] 1940", "DOB
        // <28.10.1990>"), as the marks take a round one.
        if text[at..].starts_with(['[', '<']) {
            at += 1;
        }
        let mut weekday_at = None;
        let mut in_at = None;
        for _ in 0..4 {
            let found = self.loose.date_at(text, at).or_else(|| {
                months_by_place
                    .then(|| {
                        date_with_an_unknown_month_at(text, at)
                            .or_else(|| any_order_date_at(&self.loose, text, at))
                    })
                    .flatten()
            });
            if let Some(end) = found {
                // "DOB in 1944, June the 23rd": the year that opens the date takes its
                // "in" with it.
                let year_first = text[at..].bytes().take_while(u8::is_ascii_digit).count() == 4;
                let start = match in_at {
                    Some(in_at) if year_first && weekday_at.is_none() => in_at,
                    _ => weekday_at.unwrap_or(at),
                };
                return Some(with_its_brackets(text, cue_end, start, end));
            }
            // A weekday in brackets ("(Sunday) 09, of 1958"), or with "a" before it ("a
            // Sunday, 9 March 1958"), is said of the date as a bare one is.
            let bracket = text[at..].starts_with(['(', '[']) as usize;
            let word = letters_at(text, at + bracket);
            let is_weekday = !word.is_empty() && self.weekday_word.is_match(word);
            let closed = |after: usize| {
                text[after..]
                    .strip_prefix([')', ']'])
                    .map(|rest| text.len() - rest.len())
            };
            let before_a_weekday = word.eq_ignore_ascii_case("a")
                && self
                    .weekday_word
                    .is_match(letters_at(text, spaces_end(text.as_bytes(), at + 1)));
            let after = at + bracket + word.len();
            // The cue's marks may have taken the opening bracket ("D.O.B. (Sunday) …").
            let opened = bracket == 1 || (is_weekday && text[..at].ends_with(['(', '[']));
            let after = match (opened, is_weekday) {
                (false, _) => after,
                (true, true) => closed(after).or_else(|| {
                    text[after..]
                        .starts_with('.')
                        .then(|| closed(after + 1))
                        .flatten()
                })?,
                _ => return None,
            };
            if word.is_empty()
                || !(is_weekday
                    || before_a_weekday
                    || LEAD_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)))
            {
                return None;
            }
            if (is_weekday || before_a_weekday) && weekday_at.is_none() {
                weekday_at = Some(if opened && bracket == 0 { at - 1 } else { at });
            }
            in_at = word.eq_ignore_ascii_case("in").then_some(at);
            // After a weekday its mark too ("Sunday; 9 March", "Sun - 9/3/58"); after a
            // word, a bracket opening the date ("DOB is [24/6] 1940").
            let marks: &[char] = if is_weekday {
                &[' ', '\t', ',', '.', ';', ':', '-', '\u{2013}', '\u{2014}']
            } else {
                &[' ', '\t', ',', '.', '(', '[', '<']
            };
            at = after + text[after..].len() - text[after..].trim_start_matches(marks).len();
        }
        None
    }

    /// A date read by its parts a few words after the cue that spans `cue_start..cue_end`,
    /// as the cued patterns read a full date there: up to [`MAX_WORDS_BETWEEN`] words on in
    /// the same clause ([`words_between`]: "my date of birth on your system should be
    /// November 8 (Mon) 2004"), or up to [`MAX_WORDS_REFERRING_BACK`] words on, into the
    /// next sentence too, where the words just before the date refer back to the cue
    /// ([`refers_back`]: "my date of birth on the letter is wrong, it should say 8 Nov '55",
    /// "DOB wrong again. It should be Oct '57, the 17th"). The reader takes only whole dates
    /// (a day, a month and a year), and a month no list holds is not read so far from its
    /// cue. A weekday just before the date is taken with it. As with the cued patterns, a
    /// date told of after "was" and a word referring back is another day's ("my birthday
    /// was spent here and it was 3 May 2024"), unless the text corrects a cue naming the
    /// date.
    fn loose_a_few_words_on(
        &self,
        text: &str,
        cue_start: usize,
        cue_end: usize,
    ) -> Option<(usize, usize)> {
        const SENTENCE_ENDS: &[char] = &['.', ';', '!', '?'];
        // A birthday's cue is not read in any order (see `loose_after`).
        let any_order = !is_birthday_cue(&text[cue_start..cue_end]);
        let mut at = cue_end;
        let mut weekday_at = None;
        let mut last_words = ["", ""];
        let mut next_sentence = false;
        for words in 0..=MAX_WORDS_REFERRING_BACK {
            let rest = &text[at..];
            let next = text.len()
                - rest
                    .trim_start_matches(|c| {
                        MARKS_BETWEEN_WORDS.contains(&c) || SENTENCE_ENDS.contains(&c)
                    })
                    .len();
            if next == at {
                return None;
            }
            if text[at..next].contains(SENTENCE_ENDS) {
                if next_sentence {
                    return None;
                }
                next_sentence = true;
                weekday_at = None;
            }
            let near = words <= MAX_WORDS_BETWEEN && !next_sentence;
            if words > 0 && (near || refers_back(last_words)) {
                let found = self.loose.date_at(text, next).or_else(|| {
                    any_order
                        .then(|| any_order_date_at(&self.loose, text, next))
                        .flatten()
                });
                if let Some(end) = found {
                    let start = weekday_at.unwrap_or(next);
                    let between = &text[cue_start..start];
                    return (!tells_of_another_day(between, false)).then_some((start, end));
                }
            }
            let length = text[next..]
                .bytes()
                .take_while(|b| b.is_ascii_alphabetic() || *b == b'\'')
                .count();
            if length == 0 || length > MAX_WORD_BETWEEN || words == MAX_WORDS_REFERRING_BACK {
                return None;
            }
            let word = &text[next..next + length];
            // A weekday or a short word before the date ("it should say Tuesday the
            // 8th…") leaves the words before it as they were, and a short word the
            // weekday before it.
            let weekday = is_english_weekday(word);
            let lead_word = LEAD_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w));
            if weekday {
                weekday_at = Some(next);
            } else if !lead_word {
                weekday_at = None;
                last_words = [last_words[1], word];
            }
            at = next + length;
        }
        None
    }

    /// A date read by its parts that ends at `end` (spaces before it aside), as byte
    /// offsets: the longest that does, starting at a word.
    fn loose_date_ending_at(&self, text: &str, end: usize) -> Option<(usize, usize)> {
        let end = trim_spaces_end(text, end);
        // Only the last few words can be the date; step back to a character's start.
        let earliest = char_boundary_at_or_before(text, end.saturating_sub(LONGEST_LOOSE_DATE));
        text[earliest..end]
            .char_indices()
            .map(|(i, c)| (earliest + i, c))
            .filter(|&(i, c)| {
                let starts_word = text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !p.is_alphanumeric());
                starts_word && (c.is_alphanumeric() || matches!(c, '\'' | '\u{2018}' | '\u{2019}'))
            })
            .find(|&(i, _)| self.loose.date_at(text, i) == Some(end))
            .map(|(i, _)| (i, end))
    }

    /// A date read by its parts that ends just before the cue starting at `cue_start`,
    /// past the words joining them ("is my", "for her") and a bracket, comma or dash.
    fn loose_before(&self, text: &str, cue_start: usize, cue_end: usize) -> Option<(usize, usize)> {
        // "birth" before a noun is a kind of thing, not a cue for the date before it
        // ("Order 12052019 birth pack", "birth centre", "birth plan").
        let cue = &text[cue_start..cue_end];
        let noun_follows = text[cue_end..].starts_with(' ')
            && text[cue_end + 1..].starts_with(|c: char| c.is_alphabetic());
        if cue.eq_ignore_ascii_case("birth") && noun_follows {
            return None;
        }
        let mut end = trim_spaces_end(text, cue_start);
        let mut whose = None;
        if let Some((start, index)) = without_last_word(text, end, WHOSE) {
            whose = Some(WHOSE[index]);
            end = trim_spaces_end(text, start);
        }
        let mut joined_by_for = false;
        let mut joined = false;
        if let Some((start, index)) = without_last_word(text, end, JOINING) {
            joined = true;
            joined_by_for = JOINING[index] == "for";
            if joined_by_for && whose.is_none_or(|w| w == "the") {
                return None;
            }
            end = trim_spaces_end(text, start);
        }
        // A format hint between them ("5/3/61 (mm/dd/yy) is my DOB").
        // (Searched in the last few bytes only: a pattern anchored at the end still reads
        // from the start, and a long line with many cues would be read once a cue.)
        let hint_from = char_boundary_at_or_before(text, end.saturating_sub(LONGEST_FORMAT_HINT));
        if let Some(hint) = self.format_hint_before.find(&text[hint_from..end]) {
            end = trim_spaces_end(text, hint_from + hint.start());
        }
        let mut bracketed = false;
        let mut marked = false;
        if let Some(mark) = text[..end].strip_suffix(['(', ',', '-', '\u{2013}']) {
            marked = true;
            bracketed = text[mark.len()..end].starts_with('(');
            end = trim_spaces_end(text, mark.len());
        }
        // With nothing between them, a date and a cue are seldom one ("seen 01+06+1999
        // birthday week").
        if !joined && !marked {
            return None;
        }
        // Digits run together: only "03051961 is my date of birth" or "03051961 (DOB)";
        // otherwise as often a reference ("Ticket 31122023 was my birthday present").
        let digits_start = text[..end]
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .len();
        let word_before = text[..digits_start].chars().next_back();
        let said_to_be =
            (joined && !joined_by_for && whose.is_some_and(|w| w != "the")) || bracketed;
        if word_before.is_none_or(|c| !c.is_alphanumeric())
            && self.run_together.is_match(&text[digits_start..end])
        {
            let long_ago = long_ago_year(&text[digits_start..end]);
            return (said_to_be && long_ago).then_some((digits_start, end));
        }
        let found = self.loose_date_ending_at(text, end)?;
        // A date before a cue is as often the day of a booking or a present ("12.03.21 for
        // her birthday", "31+12+2023 was my birthday present"): only a year long ago makes
        // it a date of birth ("28+01+1943 for my birthday", "02-Feb-'45 (DOB)").
        long_ago_year(&text[found.0..found.1]).then_some(found)
    }
}

impl Recognizer for DateOfBirthRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::DateOfBirth
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        // A date with no ASCII digit ("the eighth of November, nineteen twenty-seven",
        // "０３/０５/１９６１") needs a cue and a year in words or a character beyond
        // ASCII; most comments have none of these, and stop here, the cheap tests first.
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        if !has_digit && !may_hold_a_date_without_ascii_digits(text) {
            return;
        }
        let has_cue = self.cue_word.is_match(text);
        if !has_digit && !has_cue {
            return;
        }
        let first_found = out.len();
        let span = |start, end| PiiSpan {
            start,
            end,
            kind: PiiKind::DateOfBirth,
        };
        // Most comments with digits name no cue: the cued patterns are then not run.
        let cued: &[&Regex] = match (has_cue, has_digit && text.contains("b.")) {
            (true, true) => &[&self.cued, &self.born_abbreviated, &self.cue_after],
            (true, false) => &[&self.cued, &self.cue_after],
            (false, true) => &[&self.born_abbreviated],
            (false, false) => &[],
        };
        // A date written as another country writes it needs a character beyond ASCII,
        // or with a cue a year's word or a month of [`MONTH_ABROAD_MORE`]; with no cue, a
        // letter or digit beyond ASCII, or a year long ago in ASCII digits and a year's
        // word or a month of another language.
        let ascii = text.is_ascii();
        // Asked at most once each, by the cued reading and the reading with no cue.
        let year_word = std::cell::OnceCell::new();
        let month_more = std::cell::OnceCell::new();
        let year_word_or_month_more = || {
            *year_word.get_or_init(|| may_hold_a_date_with_a_year_word(text))
                || *month_more.get_or_init(|| self.month_abroad_more.is_match(text))
        };
        let other_script: &[&Regex] = if has_cue && (!ascii || year_word_or_month_more()) {
            &[self
                .cued_other_script
                .get_or_init(|| compile(&self.cued_other_script_pattern))]
        } else {
            &[]
        };
        for cued in cued.iter().chain(other_script) {
            for caps in cued.captures_iter(text) {
                // The date is the cued patterns' named group, the others' first.
                if let Some(date) = caps.name("date").or_else(|| caps.get(1)) {
                    let mut start = date.start();
                    let cue_start = caps.get(0).map_or(start, |m| m.start());
                    let cue = &text[cue_start..start];
                    // Away from the cue (in an answer or the next sentence) a serial or a
                    // short run of digits is a count or a reference as often ("Q: How
                    // many babies born? A: 12000", "DOB checked. It is 991231 on my
                    // ticket"); and an answer is read only to a question asking for the
                    // date ([`asks_for_the_date`]: not "Q: Time of birth? A: 10.45.30").
                    let answer = caps.name("answer").is_some();
                    let away = answer || caps.name("next").is_some();
                    // Only the cued patterns read a day's number ("b. 1936" is a year).
                    let day_number = caps.name("date").is_some()
                        && caps.name("partial").is_none()
                        && is_day_number(date.as_str());
                    // A few words from the cue only a full date ([`words_between`]).
                    // Forms a system writes (a .NET date in its wrapper,
                    // [`DOTNET_DATE_OPENING`]; a week's date with its hyphens; an HL7 or
                    // ASN.1 midnight run; a date call in code) are whole with "to" alone
                    // between them and a cue naming the date ("change the date of birth
                    // to 1968-W04-7"), but not a few words on, where they are another
                    // date as often ("DOB ok, moved to 2024-W10-2", "The DOB field was OK
                    // but appt = datetime.date(2024, 3, 12)"), nor after a birth or a
                    // birthday ("moved the birthday to …") or from a date of birth to
                    // another ("age from DOB to …").
                    let wrapped = is_dotnet_date(date.as_str());
                    let to_alone = || {
                        caps.name("words").is_some_and(|words| {
                            words.as_str().trim_matches([' ', '\t', ':', ',', '-']) == "to"
                        }) && names_the_date(cue)
                            && !from_before(&text[..cue_start])
                    };
                    let not_full = || {
                        let unix = caps.name("unix").is_some();
                        let week = caps.name("week");
                        let hyphened_week = week.is_some_and(|w| w.as_str().contains('-'));
                        let never = ["partial", "short_run"]
                            .iter()
                            .any(|group| caps.name(group).is_some())
                            || (unix && !wrapped)
                            || (week.is_some() && !hyphened_week)
                            || is_iso_ordinal_date(date.as_str());
                        let only_after_to = (unix && wrapped)
                            || hyphened_week
                            || is_hl7_midnight_run(date.as_str())
                            || date_call::opens_before(text, date.start());
                        never || (only_after_to && !to_alone())
                    };
                    if (away && caps.name("short_run").is_some())
                        || (answer && !asks_for_the_date(text, cue_start))
                        || (caps.name("words").is_some() && not_full())
                    {
                        continue;
                    }
                    // A week's code with a word after it ("Birth: 2024W102 is the class
                    // code") is not read; right after a cue the year before its hyphen
                    // is, as a year alone there is ("Birth: 2024-W10-2 on the rota"), and
                    // the whole week's date written with its hyphens after a cue naming
                    // the date ("DOB 1956-W36-1 on the form").
                    if let Some(week) = caps.name("week") {
                        if word_follows(text, date.end()) {
                            let year_end = week.start() + YEAR_DIGITS;
                            let hyphens = week.as_str().matches('-').count() == 2;
                            if !away && hyphens && names_the_date(cue) {
                                out.push(span(week.start(), date.end()));
                            } else if !away && text[year_end..].starts_with('-') {
                                out.push(span(week.start(), year_end));
                            }
                            continue;
                        }
                    }
                    let stands_alone = || serial_stands_alone(cue, text, date.end());
                    if day_number {
                        // Right after its cue (not in an answer, the next sentence or a
                        // few words on), standing alone, a day of the years read, no
                        // placeholder; under 10000 and positive only after a cue naming
                        // the date.
                        let days = date.as_str();
                        let minus_taken = minus_taken_from(cue, days.starts_with('-'), false);
                        let value = signed_value(days, minus_taken);
                        let read_after_this_cue =
                            !(0..FIRST_SERIAL).contains(&value) || names_the_date(cue);
                        let read_alone =
                            stands_alone() || serial_before_a_clause(cue, text, date.end(), value);
                        if away
                            || caps.name("words").is_some()
                            || !read_alone
                            || !DAYS_COUNTED.contains(&value)
                            || !read_after_this_cue
                            || is_a_placeholder(days)
                        {
                            continue;
                        }
                        start -= usize::from(minus_taken);
                    }
                    let mut end = date.end();
                    if let Some(unix) = caps.name("unix") {
                        let minus_taken =
                            !wrapped && minus_taken_from(cue, unix.as_str().starts_with('-'), true);
                        let value = signed_value(unix.as_str(), minus_taken);
                        let digits = unix.as_str().trim_start_matches('-').len();
                        let before_1970 = value < 0 && !is_birthday_cue(cue);
                        let closed = if wrapped {
                            dotnet_date_end(text, end)
                        } else {
                            Some(end)
                        };
                        let Some(closed) = closed else { continue };
                        if !is_unix_day(value, digits)
                            || (!wrapped && number_goes_on(text, end))
                            || !(wrapped || before_1970 || stands_alone())
                        {
                            continue;
                        }
                        start -= usize::from(minus_taken);
                        end = closed;
                    }
                    // After "It is" or "Mine is" only a full date ("born. It is 2019
                    // now" is a year), and not after "It was": "My birthday. It was 12
                    // March 2024 and I spent it in A&E" tells of a day, as the pattern
                    // that reads the next sentence with no cue before it takes it. The
                    // whole text from the cue is weighed: "My birthday was ruined. It is
                    // 3 March 2024 I will never forget" tells of a day too. A correction
                    // after a cue naming the date ("my DOB was wrong, it should be 3 de
                    // maig de 1956") gives the date whatever was told before it; after a
                    // birthday or a birth it may be another day ("my birthday was spent on
                    // the ward. It should have been 12 March 2024 at home").
                    if tells_of_another_day(cue, caps.name("partial").is_some()) {
                        continue;
                    }
                    out.push(span(with_the_before(text, start), end));
                }
            }
        }
        if has_cue {
            self.loose_dates_beside_cues(text, out);
        }
        // A date long ago read by its parts (the day or year in words, "3 / 7 / 52")
        // listed before another identifier and its value: "It should be the fourth of
        // February 2009, NHS number 7798546995". The label and its value tell a date of
        // birth as a cue does; a recent date there is an appointment's as often ("seen on
        // the fourth of February 2024, NHS number …"), and a label with no value is no
        // identifier ("…, NHS staff were brilliant", "…, phone calls ignored").
        // (The marks are found byte by byte and the label read anchored at each: a search
        // for the label anywhere costs more.)
        // Whether a label and its value follow a year (or a calendar's name in brackets,
        // "Agrahayana 12, 1859 (Saka). NI number …"): a date written abroad may stand
        // there, read below in any year.
        let mut labelled_after_a_date = false;
        let bytes = text.as_bytes();
        let marks = bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| matches!(b, b',' | b'.' | b';' | b':'))
            .map(|(at, _)| at);
        for mark in marks {
            let year_before = may_end_in_a_year(&text[..mark]);
            if !year_before && !text[..mark].ends_with(')') {
                continue;
            }
            let Some(label) = self.identifiers_after.find(&text[mark..]) else {
                continue;
            };
            let label_text = &text[mark..mark + label.end()];
            if !value_follows(label_text, &text[mark + label.end()..]) {
                continue;
            }
            labelled_after_a_date = true;
            if !year_before {
                continue;
            }
            if let Some((start, end)) = self.loose_date_ending_at(text, mark) {
                if long_ago_year(&text[start..end]) {
                    let start = with_the_before(text, start);
                    out.push(span(
                        with_weekday_before(&self.weekday_word, text, start),
                        end,
                    ));
                }
            }
        }
        // A date right before an identifier's label with its value ("…, 2 Mei 2013. NI
        // number WJ 80 08 90 D"), or in a list of them, is given as one of them.
        let listed_with_identifiers = |start: usize, end: usize| {
            let label_with_value = self
                .identifiers_after
                .find(&text[end..])
                .is_some_and(|label| value_follows(label.as_str(), &text[end + label.end()..]));
            in_identity_list(text, start, end) || label_with_value
        };
        // A date written as another country writes it ([`DatesWrittenAbroad`]): long
        // ago, or in any year listed with identifiers.
        let month_abroad = || {
            year_word_or_month_more()
                || self
                    .month_abroad
                    // A month of [`MONTH_ABROAD`] as a word.
                    .get_or_init(|| compile(&format!(r"(?i)\b{MONTH_ABROAD}")))
                    .is_match(text)
        };
        let months_abroad_long_ago = || holds_a_year_long_ago(text) && month_abroad();
        let may_be_written_abroad = if ascii {
            months_abroad_long_ago() || (labelled_after_a_date && month_abroad())
        } else {
            text.chars().any(|c| !c.is_ascii() && c.is_alphanumeric()) || months_abroad_long_ago()
        };
        if may_be_written_abroad {
            for (start, end) in self.written_abroad.find(text, listed_with_identifiers) {
                out.push(span(start, end));
            }
        }
        // A date long ago that a cued pattern took already is not pushed twice; one in a
        // list of identifiers may be, and overlapping finds are merged downstream.
        let cued_found = out.len();
        for m in self.date.find_iter(text) {
            let (start, end) = (m.start(), m.end());
            let found_already = out[first_found..cued_found]
                .iter()
                .any(|s| s.start < end && start < s.end);
            let listed_with_identifiers = listed_with_identifiers(start, end);
            if listed_with_identifiers || (long_ago(m.as_str()) && !found_already) {
                let start = with_the_before(text, start);
                out.push(span(
                    with_weekday_before(&self.weekday_word, text, start),
                    end,
                ));
            }
        }
        for found in &mut out[first_found..] {
            (found.start, found.end) = with_the_call_around(text, found.start, found.end);
            (found.start, found.end) =
                with_the_weekday_before_its_brackets(text, found.start, found.end);
            found.end =
                with_what_follows_the_date(text, without_an_hour_read_as_a_year(text, found.end));
            found.end = with_the_year_after_a_bracketed_weekday(text, found.start, found.end);
            found.end = with_the_closing_stop(text, found.start, found.end);
            found.end = with_the_day_after_its_month_and_year(text, found.start, found.end);
            (found.start, found.end) = with_the_weekday_said_of_it(text, found.start, found.end);
            (found.start, found.end) = with_the_wrapper_around(text, found.start, found.end);
        }
        without_dates_inside_others(out, first_found);
    }
}

/// Drops from `out[first..]` each date found inside a longer one found too: two readers
/// read the same date, one more of it ("Bhadra 12, 1878" and "Bhadra 12, 1878 (Saka)").
fn without_dates_inside_others(out: &mut Vec<PiiSpan>, first: usize) {
    // Most comments have one date or none: nothing to compare.
    if out.len() < first + 2 {
        return;
    }
    let found = out[first..].to_vec();
    let mut index = 0;
    out.retain(|span| {
        let at = index;
        index += 1;
        at < first
            || !found.iter().enumerate().any(|(other, wider)| {
                first + other != at
                    && wider.start <= span.start
                    && span.end <= wider.end
                    && (wider.start, wider.end) != (span.start, span.end)
            })
    });
}

/// Where a date ending at `end` ends once two digits after a space that minutes and
/// seconds follow (":00:00") are given back: they are the hour of a time, not a year.
/// Java's `Date.toString()` sets the year after the time ("Mon Sep 03 00:00:00 GMT
/// 1956"); read as "Sep 03 00", the date would leave the year outside.
fn without_an_hour_read_as_a_year(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let hour_follows = bytes.get(end) == Some(&b':')
        && digit(end + 1)
        && digit(end + 2)
        && bytes.get(end + 3) == Some(&b':')
        && digit(end + 4)
        && digit(end + 5);
    let two_digits_after_a_space =
        end >= 3 && bytes[end - 2..end].iter().all(u8::is_ascii_digit) && bytes[end - 3] == b' ';
    if hour_follows && two_digits_after_a_space {
        end - 3
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::recognizer::found_distinct_by;

    fn found(text: &str) -> Vec<&str> {
        found_distinct_by(&DateOfBirthRecognizer::new(), text)
    }

    /// Each text's one date of birth is the date given beside it.
    fn finds_each(cases: &[(&str, &str)]) {
        for &(text, date) in cases {
            assert_eq!(found(text), vec![date], "{text}");
        }
    }

    /// No text holds a date of birth.
    fn finds_none(texts: &[&str]) {
        for text in texts {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn reads_dates_by_their_parts_a_few_words_after_a_cue() {
        finds_each(&[
            (
                "my date of birth on your system should be November 8 (Mon) 2004, hospital",
                "November 8 (Mon) 2004",
            ),
            (
                "DOB on the letter is Oct '57, the 17th, thanks",
                "Oct '57, the 17th",
            ),
            (
                "date of birth on the letter says Monday 3rd of May, 1950 wrongly",
                "Monday 3rd of May, 1950",
            ),
            // Further on, or in the next sentence, after words referring back to it.
            (
                "My date of birth on the letter is wrong, it should say Tuesday the 8th of November 1955, please",
                "Tuesday the 8th of November 1955",
            ),
            (
                "My date of birth is wrong again on every letter. It should be Nov 8 '55 (Tue), thanks",
                "Nov 8 '55 (Tue)",
            ),
            (
                "my record still has the wrong date of birth; it's 1986: 28 August, hospital",
                "1986: 28 August",
            ),
        ]);
        finds_none(&[
            // Too far on with no words referring back, or past a second sentence.
            "My date of birth on the letter is wrong and my clinic moved to Nov 8 '55 (Tue) rooms",
            "DOB wrong. Then again. It should be Nov 8 '55 (Tue)",
            // A day told of after "was", not a correction.
            "My birthday was spent here and it was Nov 8 '22 (Tue) too",
        ]);
    }

    #[test]
    fn finds_dates_after_cues_in_many_formats() {
        assert_eq!(found("DOB 14th March 1936, NHS"), vec!["14th March 1936"]);
        assert_eq!(found("Patient D.O.B: 08-11-2003. Seen"), vec!["08-11-2003"]);
        assert_eq!(found("dob 05.11.87, nhs"), vec!["05.11.87"]);
        assert_eq!(
            found("had my date of birth as 1960-01-28 which"),
            vec!["1960-01-28"]
        );
        assert_eq!(found("(born 15-09-1998) lives"), vec!["15-09-1998"]);
        assert_eq!(
            found("I was born on March 3rd, 1950."),
            vec!["March 3rd, 1950"]
        );
        assert_eq!(found("DOB 2 Aug 2000 -"), vec!["2 Aug 2000"]);
        assert_eq!(
            found("my DOB is the 12th of March 1956"),
            vec!["the 12th of March 1956"]
        );
        assert_eq!(found("his birthday is 3rd May and"), vec!["3rd May"]);
        assert_eq!(found("she was born in 1950 so"), vec!["1950"]);
        // The hospital letter's form, digits with spaces, digits run together.
        assert_eq!(found("DOB 03-Mar-1956 for"), vec!["03-Mar-1956"]);
        assert_eq!(found("DOB: 03 03 1956 and"), vec!["03 03 1956"]);
        // Colons between the parts, as some systems print a date; the four-digit year
        // keeps a time of day ("08:11") apart.
        assert_eq!(found("date of birth 08:11:1927, NI"), vec!["08:11:1927"]);
        assert_eq!(found("DOB 1962:12:22, NHS no."), vec!["1962:12:22"]);
        assert!(found("seen at 19:12:22 by the triage nurse").is_empty());
        assert!(found("DOB check at 08:11:19 today").is_empty());
        assert_eq!(found("date of birth 030356 please"), vec!["030356"]);
        assert_eq!(found("D.O.B. 03031956."), vec!["03031956"]);
        assert_eq!(found("born 06AUG1995. Food"), vec!["06AUG1995"]);
        // The formal "day of", and the jocular "hatched".
        assert_eq!(
            found("Born 13th day of May, 1936; email"),
            vec!["13th day of May, 1936"]
        );
        assert_eq!(
            found("Hatched 14 December 78. Address"),
            vec!["14 December 78"]
        );
        assert_eq!(
            found("born on the third of March 1956 in"),
            vec!["the third of March 1956"]
        );
        assert_eq!(found("she was born in March 1956 and"), vec!["March 1956"]);
        assert_eq!(found("Year of birth: 1956. Seen"), vec!["1956"]);
        assert_eq!(found("D-O-B 12/03/1956 please"), vec!["12/03/1956"]);
        assert_eq!(found("DoB 24.i.1984, phone"), vec!["24.i.1984"]);
        assert_eq!(found("DOB 27.xii.1933, NHS"), vec!["27.xii.1933"]);
        // "b." for born.
        assert_eq!(found("Patient (b. 14 Sep 57) still"), vec!["14 Sep 57"]);
        assert_eq!(found("Mum (b. March 2, 2013) and"), vec!["March 2, 2013"]);
        assert_eq!(found("Jo Bloggs b. 1953-08-23 waits"), vec!["1953-08-23"]);
        assert_eq!(found("Grandad, b.1936, was"), vec!["1936"]);
    }

    #[test]
    fn finds_dates_with_other_marks_or_a_year_in_words_after_cues() {
        for (text, date) in [
            ("DOB 08_11_1927, ok", "08_11_1927"),
            ("DOB 08\\11\\1927, ok", "08\\11\\1927"),
            ("DOB 08|11|1927, ok", "08|11|1927"),
            ("DOB 08~11~1927, ok", "08~11~1927"),
            ("DOB 08;11;1927, ok", "08;11;1927"),
            ("DOB 08 ... 11 ... 1927, ok", "08 ... 11 ... 1927"),
            (
                "DOB 08\u{2022}11\u{2022}1927, ok",
                "08\u{2022}11\u{2022}1927",
            ),
            ("DOB 3rd/5th/1961, ok", "3rd/5th/1961"),
            ("DOB May '61, ok", "May '61"),
            ("born 1984 ~ 06 ~ 26, hospital", "1984 ~ 06 ~ 26"),
            ("date of birth 03//08//1969, NHS", "03//08//1969"),
            (
                "DOB 08\u{ff5e}11\u{ff5e}1927, ok",
                "08\u{ff5e}11\u{ff5e}1927",
            ),
            ("DOB 08\u{b7}11\u{b7}1927, ok", "08\u{b7}11\u{b7}1927"),
            (
                "DOB 08\u{2013}11\u{2013}1927, ok",
                "08\u{2013}11\u{2013}1927",
            ),
            ("DOB 1927-11-08T00:00, ok", "1927-11-08T00:00"),
            (
                "DOB 1927-11-08T00:00:00.000Z, ok",
                "1927-11-08T00:00:00.000Z",
            ),
            (
                "DOB 1927-11-08T00:00:00+01:00, ok",
                "1927-11-08T00:00:00+01:00",
            ),
            (
                "DOB 1927-11-08T00:00:00.0000000 ok",
                "1927-11-08T00:00:00.0000000",
            ),
            (
                "born 24 Deireadh Fómhair 1992, 6 Meadow",
                "24 Deireadh Fómhair 1992",
            ),
            ("DOB 3 сентября 1956 г., адрес", "3 сентября 1956 г."),
            (
                "DOB the 8th November in 1927, ok",
                "the 8th November in 1927",
            ),
            (
                "DOB November the eighth, nineteen twenty-seven, ok",
                "November the eighth, nineteen twenty-seven",
            ),
            (
                "my birthday is the third of May, two thousand and three",
                "the third of May, two thousand and three",
            ),
            ("DOB 5 June nineteen oh five.", "5 June nineteen oh five"),
        ] {
            assert!(found(text).contains(&date), "{text}");
        }
        // A time is no date, nor a place after "in".
        assert!(found("DOB check at 08:11:19 today").is_empty());
        assert_eq!(
            found("born on the 8th of May in Leeds"),
            vec!["the 8th of May"]
        );
        // A date in words with no cue is no date of birth.
        assert!(found("On the third of May, two thousand and three of us came").is_empty());
    }

    #[test]
    fn finds_year_first_spaced_roman_and_format_hinted_dates_after_cues() {
        for (text, date) in [
            ("DOB 1961 Oct 14, NHS", "1961 Oct 14"),
            ("DOB 19610214, NHS", "19610214"),
            ("my birth date was changed to 19470922 again", "19470922"),
            ("The DOB is wrong. It is 19380105.", "19380105"),
            ("Date of birth: April the 9th, 1966", "April the 9th, 1966"),
            ("DOB 1956/Mar/3, NHS", "1956/Mar/3"),
            ("DOB 3 - March - 1956, NHS", "3 - March - 1956"),
            ("born on 4.III.1971 in", "4.III.1971"),
            ("date of birth 1949, 7, 12 and", "1949, 7, 12"),
            ("date of birth being 2003 March 9; email", "2003 March 9"),
            ("DOB 1966, 6 November, mobile", "1966, 6 November"),
            (
                "DOB 1941, the twenty-fifth of April, mobile",
                "1941, the twenty-fifth of April",
            ),
            (
                "date of birth 2012, the 7th of May, email",
                "2012, the 7th of May",
            ),
            ("born 1934 18th of June. Email", "1934 18th of June"),
            ("my D.O.B: 22 XI 1957 has been wrong", "22 XI 1957"),
            ("birthday on the system reads 9 X 1939, and", "9 X 1939"),
            ("born IX 15 2008, NHS", "IX 15 2008"),
            ("date of birth XII 8 1956, hospital", "XII 8 1956"),
            ("born I.19.1997, NHS", "I.19.1997"),
            ("DOB i/3/1956 on the letter", "i/3/1956"),
            ("DOB / 4/Feb/1966. NI", "4/Feb/1966"),
            ("Date of birth (dd/mm/yyyy) 17/08/1949 and", "17/08/1949"),
            ("DOB (DD.MM.YY): 17.08.49", "17.08.49"),
            ("b/d 30 Jan 1988. Hosp no", "30 Jan 1988"),
            ("I came into the world on 2 June '61, not", "2 June '61"),
            ("born on the 4th of May 1970 in", "the 4th of May 1970"),
            (
                "my birthday on the letter reads 1.2.1950, and the real one is 3 May 1951",
                "3 May 1951",
            ),
        ] {
            assert!(found(text).contains(&date), "{text}");
        }
        // Without a cue none of these is a date of birth; nor is a later clause that
        // does not refer back to the cue.
        finds_none(&[
            "seen 2024 Mar 05 in clinic",
            "chapter 13 II 1984 edition",
            "the 4th of May 2024 appointment",
            "DOB checked at the front desk, and later on 12/03/2024 I was seen",
            "pages (dd/mm/yyyy) 17/08/2024",
            "ref 19560303 on the letter",
            "in 2023, 6 November was the day I was seen",
            "seen 12~03~2024 in clinic",
            "seen 12;03;2024 in clinic",
            "Born by c-section, apgar 8 + 9 + 10 and feeding well",
            "DOB and address checked, rated 5* 5* 10 out of 10",
            "born 12% 3% 2020",
            "My birthday: 3 = 4 = 2020 lol",
            "On my birthday I 2 2019 came in",
            "On my birthday I. 2 2019 came in",
            "see chapter I.19.1997 of the old guide",
            "waited IX 15 2008 style",
        ]);
    }

    #[test]
    fn a_b_with_a_stop_is_born_only_alone_and_in_small_letters() {
        // Part of a word, a capital "B" (plan B, bay B), a date the writer was seen on.
        assert!(found("went to lab. 12/03/2024 results").is_empty());
        assert!(found("Plan B. 2020 was a bad year").is_empty());
        assert!(found("Bay B. 12/03/2024 at ten").is_empty());
        assert!(found("part b. 3 weeks later").is_empty());
    }

    #[test]
    fn finds_full_dates_a_few_words_after_a_cue() {
        assert_eq!(
            found("Action point: DOB should read 28.5.63, not what is on the letter"),
            vec!["28.5.63"]
        );
        assert_eq!(
            found("my date of birth has been put down as 4 June 1969 again"),
            vec!["4 June 1969"]
        );
        assert_eq!(
            found("Birthday (for the records): 8 September, 1960. Yours"),
            vec!["8 September, 1960"]
        );
        assert_eq!(
            found("fixed my date of birth: it is 27.ix.1979, not the one"),
            vec!["27.ix.1979"]
        );
        // Not across a stop, not a partial date, not past five words.
        assert!(found("DOB wrong. Seen on 12/03/2024 at ten").is_empty());
        assert!(found("DOB should read 3rd May").is_empty());
        assert!(found("DOB is wrong and so is the address on the letter of 12/03/2024").is_empty());
    }

    #[test]
    fn finds_dates_in_family_trees_links_and_the_forms_systems_print() {
        finds_each(&[
            // A GEDCOM birth record's date line.
            ("1 BIRT, 2 DATE 7 March 2015 is it", "7 March 2015"),
            ("1 BIRT\n2 DATE 7 March 2015", "7 March 2015"),
            // Go's time with its offset and zone, ending at a link's "&".
            (
                "?dob=1997-08-03 00:00:00 +0000 UTC&nhs=1",
                "1997-08-03 00:00:00 +0000 UTC",
            ),
            // Java's Date long ago with no cue, ending at a quote.
            (
                "alt=\"photo, Sun Feb 11 00:00:00 GMT 1951\" is",
                "Sun Feb 11 00:00:00 GMT 1951",
            ),
            // Maltese "ta'", and the stop closing a Serbian date.
            ("DOB: 8 ta' Ottubru 1974 thanks", "8 ta' Ottubru 1974"),
            ("DOB 3. септембар 1956. Thanks", "3. септембар 1956."),
            // Basque's year, month and day; a Malagasy month.
            ("DOB: 1956ko irailaren 3a thanks", "1956ko irailaren 3a"),
            ("born 22 Septambra 1960 ok", "22 Septambra 1960"),
        ]);
        finds_none(&[
            "2 DATE 7 March 2015 in the tree",
            "the game on Sun Feb 11 00:00:00 GMT 2024 was",
            "Portal log: Tue Mar 02 09:14:55 GMT 2004 ERROR session timeout",
        ]);
    }

    #[test]
    fn finds_dates_in_code_fields_calls_and_replies_after_cues() {
        finds_each(&[
            // A field's name in code, a query or a config file, and the quote its value
            // opens with.
            (
                "date_of_birth: 15. juni 1955; hospital_number: K4421310",
                "15. juni 1955",
            ),
            (
                "UPDATE my_record SET date_of_birth = '2019-03-14' WHERE",
                "2019-03-14",
            ),
            ("{\"dateOfBirth\": \"2019-12-28\"}", "2019-12-28"),
            ("birth_date = \"03/09/2019\"", "03/09/2019"),
            ("DOB: \u{201C}03/09/2019\u{201D}", "03/09/2019"),
            ("date_of_birth = ' 3 May 2019 '", "3 May 2019"),
            // ASN.1's GeneralizedTime, and after "to" alone after a cue naming the date.
            ("DOB 19560903000000Z, phone", "19560903000000Z"),
            ("born 20190903000000+0100.", "20190903000000+0100"),
            (
                "fixed my date of birth to 20090928000000Z. NHS",
                "20090928000000Z",
            ),
            // A call in code that makes the date, its name and brackets taken in.
            (
                "the wrong date of birth. It should be datetime.date(2013, 5, 8). NI",
                "datetime.date(2013, 5, 8)",
            ),
            ("DOB: new Date(2019, 11, 28), ok", "new Date(2019, 11, 28)"),
            // A transcript's reply.
            (
                "Receptionist: Date of birth? Me: 22/02/2019. NHS number",
                "22/02/2019",
            ),
            // The year, its word, the day and the month; Armenian's mark for the year.
            ("DOB 3 սեպտեմբերի 2019 թ. thanks", "3 սեպտեմբերի 2019 թ."),
        ]);
        // The year alone is read first too; the whole date covers it.
        for (text, date) in [
            ("DOB 2019 წლის 3 სექტემბერი.", "2019 წლის 3 სექტემბერი"),
            ("born 2019 жылғы 3 қыркүйек, phone", "2019 жылғы 3 қыркүйек"),
            ("born 2019-yil 3-mart. NHS", "2019-yil 3-mart"),
        ] {
            assert!(found(text).contains(&date), "{text}");
        }
        finds_none(&[
            "DOB ok, booking id 20240312000000Z",
            "DOB checked, moved to 20240312000000Z",
            "Receptionist: Date of birth? Me: not sure",
            "date_of_birth_field: blank",
            "DOB is wrong and so is the letter 12/03/2024",
            // An empty value's quotes end the cue's reach.
            "dateOfBirth: \"\" on the 2024-03-12 export",
            "DOB \" \" 2024-03-12",
            // Six words on, and a date call a few words on: another date as often.
            "I was born in Leeds and moved down here on 12 March 2020",
            "The DOB field was OK but appt = datetime.date(2024, 3, 12)",
        ]);
    }

    #[test]
    fn finds_a_date_the_next_sentence_gives_for_the_cue() {
        finds_each(&[
            (
                "Step 2: notice the wrong date of birth. Mine is 02/10/1934, NHS",
                "02/10/1934",
            ),
            (
                "DOB on the letter is wrong again. It should be 5.6.55 thanks",
                "5.6.55",
            ),
            (
                "They had my DOB wrong. The correct one is 11th August 1925.",
                "11th August 1925",
            ),
            (
                "A mistake on my letter: the date of birth. It should say March 3 '51.",
                "March 3 '51",
            ),
            (
                "Wrong date of birth again. It should have been 1951/Mar/03.",
                "1951/Mar/03",
            ),
        ]);
        // A clause after a semicolon that refers back, as a sentence does; a weekday
        // before the date with the date in brackets is taken with it.
        finds_each(&[
            (
                "the app has my date of birth as the wrong day; it is 3 May 1951, NHS",
                "3 May 1951",
            ),
            (
                "the wrong date of birth; it should be 5.6.55 thanks",
                "5.6.55",
            ),
            (
                "my date of birth as the wrong day; it is Monday (24/10/2011), hospital",
                "Monday (24/10/2011)",
            ),
        ]);
        // Not a sentence that does not refer back, nor a date a sentence later still.
        finds_none(&[
            "DOB was checked; all fine; it is 12/03/2024 then",
            "DOB was checked; it was 12/03/2024 when I went",
            "DOB was checked. Seen on 12/03/2024 at ten",
            "DOB was checked. All fine. It is 12/03/2024 then",
            "DOB was checked. It was 12/03/2024 when I went",
            "DOB was checked. It should say more on 12/03/2024",
        ]);
    }

    #[test]
    fn takes_the_day_written_after_a_month_and_year() {
        finds_each(&[
            ("DOB July 1933, the 12th. Pick up", "July 1933, the 12th"),
            ("born September 2023, the 25th.", "September 2023, the 25th"),
            ("DOB May '98, the 24th. Pick up", "May '98, the 24th"),
            (
                "born 1st December (Sunday), 1957.",
                "1st December (Sunday), 1957",
            ),
            ("DOB April 24 (Wed) 1935, NHS", "April 24 (Wed) 1935"),
        ]);
        // A floor, a ward or a count after it is no day.
        assert_eq!(found("DOB July 1933, the 12th floor"), vec!["July 1933"]);
    }

    #[test]
    fn takes_a_weekday_written_before_a_date_in_brackets_or_after_a_mark() {
        finds_each(&[
            ("born Sunday; 22/4/1973. Thanks", "Sunday; 22/4/1973"),
            (
                "NHS no. 809 112 0095, DOB Tuesday; 16/3/1926.",
                "Tuesday; 16/3/1926",
            ),
            (
                "my date of birth wrong; it should be Friday; 3/4/2009, hospital",
                "Friday; 3/4/2009",
            ),
            (
                "email a@b.com and date of birth Saturday (10/10/1953), and they",
                "Saturday (10/10/1953)",
            ),
            ("born Thu (8/11/1990), NHS number", "Thu (8/11/1990)"),
            ("DOB Friday (11/7/1986). Nothing", "Friday (11/7/1986)"),
            // A weekday in brackets or after "a" before a date read by its parts.
            (
                "D.O.B. (Sunday) nineteen fifty-eight: day 09 - 3rd month, thanks",
                "(Sunday) nineteen fifty-eight: day 09 - 3rd month",
            ),
            (
                "DOB [Sun] day 9, MAR: yr 1958 - ta",
                "[Sun] day 9, MAR: yr 1958",
            ),
            (
                "DOB a Sunday, 9 March 1958, thanks",
                "a Sunday, 9 March 1958",
            ),
            (
                "born Sunday - 1958, month 3, day 9.",
                "Sunday - 1958, month 3, day 9",
            ),
        ]);
        // Another day's weekday, or one in small letters, stays outside.
        assert_eq!(
            found("DOB 03/09/1956 and seen on Friday (12/03/2024) in clinic"),
            vec!["03/09/1956"]
        );
        assert_eq!(
            found("my mum sat (10/10/1953) her exams"),
            vec!["10/10/1953"]
        );
    }

    #[test]
    fn finds_a_date_its_cue_follows() {
        finds_each(&[
            ("Mum, 03/03/1956 (DOB), NHS", "03/03/1956"),
            ("3 March 1956 is my date of birth", "3 March 1956"),
            ("12.03.56 - her DOB, not mine", "12.03.56"),
        ]);
        // A date the cue does not follow, or only a partial one.
        finds_none(&[
            "seen 12/03/2024 in clinic and the DOB was fine",
            "March 1956 (DOB)",
            "12/03/2024 appointment; DOB checked",
        ]);
    }

    #[test]
    fn reads_digits_run_together_only_as_a_whole_date() {
        let recognizer = DateOfBirthRecognizer::new();
        for digits in ["03051961", "030561", "19610503"] {
            assert!(recognizer.run_together.is_match(digits), "{digits}");
        }
        for digits in ["32051961", "031361", "1961050", "99999999", "0305196a"] {
            assert!(!recognizer.run_together.is_match(digits), "{digits}");
        }
    }

    #[test]
    fn finds_dates_in_any_marks_and_order_beside_a_cue() {
        finds_each(&[
            ("for the record: born 01+06+2016, email", "01+06+2016"),
            ("date of birth 12+08+2007, hospital no.", "12+08+2007"),
            ("DOB is Tue 5 ^ 6 ^ 1977 ok", "Tue 5 ^ 6 ^ 1977"),
            ("born on the 3rd * 5 * 1961", "the 3rd * 5 * 1961"),
            ("at last: 21. 12. 34 for my birthday, phone", "21. 12. 34"),
            ("at last: 02-Feb-'45 for my birthday", "02-Feb-'45"),
            ("JULY 10TH, '82 for her birthday", "JULY 10TH, '82"),
            ("1961*05*03 is his DOB", "1961*05*03"),
            // The hint goes with the date, as after a cue.
            ("5/3/61 (mm/dd/yy) is my date of birth", "5/3/61 (mm/dd/yy)"),
            ("03051961 is my date of birth", "03051961"),
            (
                "DOB: May the third, sixty-one, NHS",
                "May the third, sixty-one",
            ),
            ("born le 3 mai 1961 à Lyon", "3 mai 1961"),
            ("My DOB's 3.5.61", "3.5.61"),
            ("DOB — 03+05+1961", "03+05+1961"),
            ("28+01+1943 for my birthday", "28+01+1943"),
            ("03051961 (DOB)", "03051961"),
            // A year after its apostrophe, though the marks after a cue take one as a
            // quote; a quoted date keeps its quotes out.
            ("date of birth '02 (11/6), email", "'02 (11/6)"),
            ("DOB '02, 11/6, thanks", "'02, 11/6"),
            ("DOB '12/03/1956' on the form", "12/03/1956"),
            // A bracket opening the date goes with it when the date closes it or is
            // closed right after it, after a word too.
            ("his DOB is [24/6] 1940.", "[24/6] 1940"),
            ("date of birth (14/4) 2017, hospital", "(14/4) 2017"),
            ("DOB: [24/6/1940].", "[24/6/1940]"),
            ("born <23.4.2020>.", "<23.4.2020>"),
            ("DOB is (Sunday) 9 March 1958", "(Sunday) 9 March 1958"),
        ]);
        finds_none(&[
            // A sum, a count or a booking beside a cue is no date of birth.
            "born at 37+6 weeks, apgar 8 + 9 + 10",
            "induction booked 12+03+2021 for the birth",
            "born 3 + 4 + 5 lb",
            "seen 01+06+2016 in clinic",
            "12+03+2021 for the baby",
            "Born 8+9+10 apgar",
            "Booked 12.03.21 for her birthday",
            "We came 5|6|2024 for my birthday scan",
            "Order 12052019 birth pack",
            "Case 11+11+2019 birth injury unit",
            "Ticket 31122023 was my birthday present",
            "ref 03051961 for my DOB letter",
        ]);
    }

    #[test]
    fn finds_full_dates_long_ago_with_no_cue() {
        finds_each(&[
            ("Aged 88 - 14.3.1936. Housebound", "14.3.1936"),
            ("Mum (3 June 1941) was kept waiting", "3 June 1941"),
            ("reference 1951-02-17 on the form", "1951-02-17"),
            ("Mum, 1938 Feb 03, is waiting", "1938 Feb 03"),
            ("Grandad 7 - 9 - 1931 still waits", "7 - 9 - 1931"),
            ("if the form had said 1940Apr25 I", "1940Apr25"),
            ("the letter says 3/iv/1931 again", "3/iv/1931"),
        ]);
        // Recent dates, years alone, two-digit years and years before 1900 are left.
        finds_none(&[
            "seen on 12/03/2015 in clinic",
            "in 1956 the hospital opened",
            "seen 12/03/56 at the clinic",
            "the ward opened on 3 May 1890",
            "in 1998, 3 of 5 nurses left",
            "scores 3 4 1956 points",
        ]);
    }

    #[test]
    fn finds_dates_inside_identity_lists() {
        assert_eq!(
            found("Kim Payne, 21/01/1975, 142 Leonard Road"),
            vec!["21/01/1975"]
        );
        assert_eq!(
            found("jo, 10th march 1944, 155 smith"),
            vec!["10th march 1944"]
        );
    }

    #[test]
    fn finds_dates_another_identifiers_label_follows() {
        finds_each(&[
            (
                "the form had said June 26th, '64. Address 89 Grange Grove",
                "June 26th, '64",
            ),
            (
                "the form had said 16/vii/2022. NI number HJ 52 34 56 C",
                "16/vii/2022",
            ),
            ("Mum: 3/4/61, NHS no. 943 476 5919", "3/4/61"),
            ("it says 2019Aug06; my phone is 0113 496 0000", "2019Aug06"),
            (
                "It should be the fourth of February 2009, NHS number 7798546995",
                "the fourth of February 2009",
            ),
            (
                "It should be November twentieth, 1992, NHS number 430 662 5702",
                "November twentieth, 1992",
            ),
            ("It should be 3 / 7 / 52, mobile 07700 900660", "3 / 7 / 52"),
            (
                "It should be the ninth of August, nineteen sixty-five. Address 3 Elm Road",
                "the ninth of August, nineteen sixty-five",
            ),
            // The year in words, not the day's digits, says how long ago.
            (
                "It should be 21 June nineteen ninety-three, hospital number RXF5429298.",
                "21 June nineteen ninety-three",
            ),
            (
                "It should be 7 March nineteen fifty-five, hospital number K4658998.",
                "7 March nineteen fifty-five",
            ),
            (
                "It should be 4 May two thousand and three, NHS number 7798546995",
                "4 May two thousand and three",
            ),
            // A weekday said of the date is taken with it.
            (
                "It should be Wednesday 17th May 1939, hospital number K0647906.",
                "Wednesday 17th May 1939",
            ),
            (
                "It should be Friday, 19/12/1958, hospital number M3089432.",
                "Friday, 19/12/1958",
            ),
            (
                "It should be Wed. 17th May 1939, hospital number K0647906.",
                "Wed. 17th May 1939",
            ),
            (
                "Mum: Friday,19/12/1958, NHS no. 943 476 5919",
                "Friday,19/12/1958",
            ),
        ]);
        finds_none(&[
            "seen on 12/03/2023. Addressed the pain at last",
            "seen on 12/03/2023, nice staff, phoned later",
            "seen on 12/03/2023 at the address on the letter",
            "seen on 12/03/2023. Nine of us waited",
            "seen on the fourth of February 2009, phoned later",
            "seen on the fourth of February 2024, NHS number 7798546995",
            "booked for 3 / 7 / 24, NHS app did not show it",
            "on the fourth of February 2009, NHS staff were brilliant",
            "since the second of May 1999, phone calls unanswered",
            "on the fourth of February 2009, NHS 111 did not exist",
            "from the first of October 2008, phone 111 was trialled",
            "we waited from the third of March 2007, NHS number 2 in the queue",
            "the third of the month. Address the letter to me",
            // A year in words that is recent, or of either century.
            "seen on 4 May two thousand and twelve, NHS number 7798546995",
            "seen on 4 May, twenty-one, NHS number 7798546995",
        ]);
        // A short weekday in small letters is a verb: the date alone is taken.
        assert_eq!(
            found("I was sat 03/05/1961, NHS number 7798546995"),
            vec!["03/05/1961"]
        );
    }

    #[test]
    fn finds_dates_copied_from_a_forms_boxes_after_cues() {
        finds_each(&[
            (
                "Patient's details: DOB 0 2 / 0 1 / 1 9 3 8, NHS number 993 349 1938",
                "0 2 / 0 1 / 1 9 3 8",
            ),
            (
                "as the complaints team asked: born 0 9 0 9 1 9 4 3, NHS number",
                "0 9 0 9 1 9 4 3",
            ),
            (
                "the nominee's date of birth is 1 5 / 0 5 / 1 9 4 3 and her email",
                "1 5 / 0 5 / 1 9 4 3",
            ),
        ]);
        assert_eq!(found("2 9 0 2 1 9 4 8 is my DOB"), vec!["2 9 0 2 1 9 4 8"]);
        // A two-digit year, a mark both times.
        assert_eq!(
            found("filled in for my mother: date of birth 2 7 / 0 7 / 1 7, NHS number"),
            vec!["2 7 / 0 7 / 1 7"]
        );
        assert_eq!(found("2 2 / 0 3 / 6 2 is my DOB"), vec!["2 2 / 0 3 / 6 2"]);
        // After a format hint in brackets, as forms print it.
        assert_eq!(
            found("DOB (dd/mm/yyyy) 0 9 / 0 4 / 1 9 6 1 please"),
            vec!["0 9 / 0 4 / 1 9 6 1"]
        );
        assert_eq!(
            found("Date of birth (DD MM YYYY): 0 7 0 3 1 9 4 7, thanks"),
            vec!["0 7 0 3 1 9 4 7"]
        );
        finds_none(&[
            "born 1 2 0 5 2 3 minutes after the epidural",
            "Apgar 9 9 1 0 1 0 at birth, born 1 0 1 0 1 0",
            "DOB box left blank, NHS number 9 4 3 4 7 6 5 9 1 9",
        ]);
    }

    #[test]
    fn the_patterns_and_the_loose_reader_know_the_same_ordinal_endings() {
        let alternatives = ordinal_ending!()
            .strip_prefix("(?:")
            .and_then(|a| a.strip_suffix(')'))
            .expect("an alternation");
        let mut in_patterns: Vec<&str> = alternatives.split('|').collect();
        let mut in_loose_reader = super::super::loose_date::ORDINAL_ENDINGS.to_vec();
        in_patterns.sort_unstable();
        in_loose_reader.sort_unstable();
        assert_eq!(in_patterns, in_loose_reader);
    }

    #[test]
    fn finds_raised_ordinals_month_first_runs_and_a_cells_midnight() {
        finds_each(&[
            (
                "my details for the competition are: DOB 1ˢᵗ July 1993, email",
                "1ˢᵗ July 1993",
            ),
            (
                "date of birth 2ⁿᵈ December 1974, NHS number",
                "2ⁿᵈ December 1974",
            ),
            (
                "born on the 23ʳᵈ of September 1941",
                "the 23ʳᵈ of September 1941",
            ),
            ("DOB 24ᵗʰ/03/1945 please", "24ᵗʰ/03/1945"),
            // Raised in capitals, as some phones set an ordinal typed in capitals.
            ("DOB 2ᴺᴰ May 1990, NHS number", "2ᴺᴰ May 1990"),
            // Month, day, four-digit year run together, as American forms write it.
            (
                "Record attempt entry form: born 12212023, 27 Meadow",
                "12212023",
            ),
            ("DOB 07181937, email", "07181937"),
            ("07181937 is my date of birth", "07181937"),
            // A spreadsheet cell's midnight goes with its date.
            (
                "date of birth 13/05/1991 00:00, NHS number",
                "13/05/1991 00:00",
            ),
            ("DOB: 02/10/1925 00:00:00 and", "02/10/1925 00:00:00"),
            // Its fraction in zeros and a time zone, as exports print them.
            (
                "DOB 13/05/1991 00:00:00.000 thanks",
                "13/05/1991 00:00:00.000",
            ),
            (
                "DOB 13 May 1991 00:00:00 +0000, phone",
                "13 May 1991 00:00:00 +0000",
            ),
        ]);
        // Another time is the time of something, and stays.
        assert_eq!(
            found("born 3/5/61 14:30 in the old hospital"),
            vec!["3/5/61"]
        );
        assert_eq!(found("DOB 13/05/1991 00:00:05 thanks"), vec!["13/05/1991"]);
        // A midnight that runs on into more is left whole.
        for text in [
            "DOB 13/05/1991 00:00hrs thanks",
            "DOB 13/05/1991 00:00:00.001 thanks",
            "DOB 13/05/1991 00:00-ish thanks",
            "DOB 13/05/1991 00:00/00:00 thanks",
        ] {
            assert_eq!(found(text), vec!["13/05/1991"], "{text}");
        }
        assert_eq!(
            found("DOB 13/05/1991 00:00. NHS number"),
            vec!["13/05/1991 00:00"]
        );
        finds_none(&[
            "seen 23/05/2024 00:00 and sent home",
            "my ref 12212023 was lost",
            "born 13212023 according to the tag",
            "the 1ˢᵗ July clinic ran late",
        ]);
    }

    #[test]
    fn finds_japanese_era_dates_and_what_forms_set_after_a_date() {
        finds_each(&[
            ("my details: DOB S53.6.17, hospital number", "S53.6.17"),
            ("Born H2.9.5, 50 Hollin Crescent", "H2.9.5"),
            ("born: H2/11/27 thanks", "H2/11/27"),
            ("date of birth 昭和31年9月3日, phone", "昭和31年9月3日"),
            ("my date of birth is S49.8.19, hospital", "S49.8.19"),
            ("DOB was: T14.9.13.", "T14.9.13"),
            ("date of birth 民國76年05月28日, email", "民國76年05月28日"),
            // A form's hint of the order, an ISO date and time.
            (
                "DOB 13/06/1945 (dd/mm/yyyy), email",
                "13/06/1945 (dd/mm/yyyy)",
            ),
            (
                "DOB 1967-07-01T00:00:00.000Z, hospital",
                "1967-07-01T00:00:00.000Z",
            ),
            // A calendar's weekday in brackets, a Polish "r." and a twelve-hour midnight.
            ("date of birth 16/04/1983 (Sat), phone", "16/04/1983 (Sat)"),
            ("DOB 14.06.2023 r., hospital number", "14.06.2023 r."),
            (
                "date of birth 7/22/2010 12:00:00 AM, phone",
                "7/22/2010 12:00:00 AM",
            ),
            ("DOB 13/05/1991 0:00 thanks", "13/05/1991 0:00"),
        ]);
        finds_none(&[
            "the fire plan puts us at H2.9.5 in the car park",
            "born in H2.9.5 building",
            "we were born in S1.2.3 they said",
            "seen 23/05/2024 (Mon) and sent home",
            "seen 23/05/2024 12:00:00 AM and sent home",
            "DOB s31.9.3 please",
            "seen 13/06/2024 (dd/mm/yyyy) and sent home",
        ]);
    }

    #[test]
    fn finds_dates_of_other_languages_scripts_and_orders_after_cues() {
        finds_each(&[
            ("DOB 3 mai 1961 and NHS", "3 mai 1961"),
            ("DOB 3 de mayo de 1961 and", "3 de mayo de 1961"),
            ("Geburtsdatum? DOB 3. März 1961, ok", "3. März 1961"),
            ("DOB: 3 Mehefin 1961, ok", "3 Mehefin 1961"),
            ("born 12 Mayıs 1958 in Izmir", "12 Mayıs 1958"),
            ("DOB 3 Mei 1961 ok", "3 Mei 1961"),
            ("born in août 1961 and", "août 1961"),
            (
                "DOB the third of the fifth, 1961 ok",
                "the third of the fifth, 1961",
            ),
            ("born the 3rd of the 5th 1961 ok", "the 3rd of the 5th 1961"),
            ("DOB 3 de mayo del 1961 and", "3 de mayo del 1961"),
            ("DOB：１９６１年５月３日", "１９６１年５月３日"),
            ("DOB　０３/０５/１９６１ ok", "０３/０５/１９６１"),
            (
                "DOB (dd/mm/yyyy) ０３/０５/１９６１ ok",
                "０３/０５/１９６１",
            ),
            (
                "DOB the third of May nineteen sixty-one",
                "the third of May nineteen sixty-one",
            ),
            ("DOB 610503 and NHS", "610503"),
            ("DOB: 9031956 thanks", "9031956"),
            ("dob 1231956 thanks", "1231956"),
            ("D.O.B 7181937, ok", "7181937"),
            ("DOB: １９６１年５月３日", "１９６１年５月３日"),
            ("DOB ０３/０５/１９６１ ok", "０３/０５/１９６１"),
            ("DOB ٠٣/٠٥/١٩٦١ ok", "٠٣/٠٥/١٩٦١"),
        ]);
        // A day of the week is taken with the date (the date alone is found too, by the
        // pattern that reads words between a cue and its date; overlaps merge later).
        for (text, date) in [
            ("DOB: Tue 03/05/1961 and", "Tue 03/05/1961"),
            (
                "born on Wednesday, 12 March 1958, ok",
                "Wednesday, 12 March 1958",
            ),
            // In ASCII digits the year alone is read too.
            ("DOB 1961年5月3日 and", "1961年5月3日"),
        ] {
            assert!(found(text).contains(&date), "{text}");
        }
        // Long ago, a date written abroad is read with no cue, as an English one is
        // (`date_written_abroad`), but not with its month a short word in ASCII letters;
        // a recent one only after a cue. A comment with no ASCII digit and no cue is not
        // searched at all.
        finds_each(&[("seen 3 września 1961 in clinic", "3 września 1961")]);
        finds_none(&[
            "seen 3 mai 1961 in clinic",
            "seen 3 września 2021 in clinic",
            "the café had ０３/０５/１９６１ on the board",
            "DOB check on Tuesday, then seen",
            "born on a Sunday and a lovely day",
            "born 2 mart stalls away",
            "He was born in a 1960 Ford on the way",
            "Birthday, and my ref number 991231 was lost",
            "DOB 1234567 thanks",
            "DOB 90319567 thanks",
            "birthday, and my ref 9031956 was lost",
        ]);
        // A count after a day and month is no year ("forty weeks exactly").
        assert_eq!(
            found("She was born on 12 June, forty weeks exactly"),
            vec!["12 June"]
        );
    }

    #[test]
    fn finds_serials_days_of_the_year_and_dates_said_in_the_next_sentence() {
        finds_each(&[
            // A spreadsheet's serial right after a cue, alone.
            ("DOB: 20699. Email", "20699"),
            ("BORN 12349 STOP PHONE", "12349"),
            ("born 25640, NHS number", "25640"),
            ("date of birth 41440", "41440"),
            // After a cue naming the date, before a clause's word, not a count's noun.
            ("took my DOB 43937 but lost the letter", "43937"),
            ("date of birth 19452 and NHS number", "19452"),
            // A statistics package's days from 1960, after a cue naming the date or
            // with its minus.
            ("date of birth is -1215, hospital", "-1215"),
            ("my date of birth is -3512, my", "-3512"),
            ("DOB 9660. Thanks", "9660"),
            ("born -5684, NI number", "-5684"),
            ("D.O.B.: -2150;", "-2150"),
            ("DOB:-1215, thanks", "-1215"),
            ("Geburtsdatum: 9660.", "9660"),
            ("née le 3 septembre 1956 à Lyon", "3 septembre 1956"),
            ("дата народження 3 вересня 1956 р.н.", "3 вересня 1956 р.н."),
            // The day of the year.
            ("date of birth 1958-042, phone", "1958-042"),
            ("DOB 2004-366 ok", "2004-366"),
            // The sentence after the cue gives the date.
            (
                "my date of birth. It is 6 marca 2012 r., hospital",
                "6 marca 2012 r.",
            ),
            (
                "my date of birth. It is 10 agosto 2017, ok",
                "10 agosto 2017",
            ),
            ("my date of birth. It is 19563, hospital number", "19563"),
            ("my date of birth. It is 2000-165, ok", "2000-165"),
            (
                "my date of birth. It is 大正15年1月9日, ok",
                "大正15年1月9日",
            ),
            ("my date of birth. It is ٠٨/٠٥/١٩٦٦, ok", "٠٨/٠٥/١٩٦٦"),
            // A correction after a "was".
            (
                "my DOB was wrong, it should be 3 de maig de 1956",
                "3 de maig de 1956",
            ),
            (
                "DOB was wrong. It should say 12 września 1956.",
                "12 września 1956",
            ),
        ]);
        finds_none(&[
            // Counts and clock times after a cue, and serials with no cue.
            "born 3400 grams at 3am",
            "Born 3400, healthy and well",
            "born 10000 miles away from home",
            "Born 12000 Metres up on a plane",
            "born 10000 and counting",
            "Birthday 10000 Steps Challenge",
            "birthday: 25000.",
            "baby born 2130 on Tuesday",
            "the ticket was 12349 STOP",
            "DOB 2300 thanks",
            "DOB 10000 steps a day",
            "date of birth 12345 times over",
            // Under five digits after "born" a weight or a time; past 2036 no date.
            "born 3171, of 38 Queens Lane",
            "Year of birth: 215.",
            "DOB -23000, really",
            "DOB 99, thanks",
            "DOB: 404",
            "DOB 9999.",
            "DOB: 0215",
            "born 09999.",
            "born-3400, healthy",
            "DOB wrong on the ticket Monday 2024-145",
            "DOB: Monday 1215",
            "Ordonnance donnée le 4 avril 2024 à la pharmacie.",
            "Geburtsdatum falsch, Termin am Montag",
            "my birthday was spent on the ward. It should have been 12 March 2024 at home.",
            // After "It is" only a full date: a year alone is any year.
            "My son was born. It was 2019 when we first came here.",
            "His birthday. Mine is 3rd May too",
            // The day of the year a few words after a cue is a reference.
            "DOB wrong, complaint ref 2023-145",
            // No day of the year with no cue.
            "seen 1958-042 in clinic",
        ]);
        // The time of ISO's basic form; a French ordinal's ending.
        finds_each(&[
            ("DOB 19560903T000000Z thanks", "19560903T000000Z"),
            ("DOB 1er septembre 1956 thanks", "1er septembre 1956"),
            // An HL7 timestamp's midnight; a browser's zone, an era's mark.
            ("PID DOB 19560903000000, sex F", "19560903000000"),
            ("DOB: 195609030000 ok", "195609030000"),
            (
                "DOB: Mon Sep 03 1956 00:00:00 GMT+0000 (Coordinated Universal Time), NHS",
                "Mon Sep 03 1956 00:00:00 GMT+0000 (Coordinated Universal Time)",
            ),
            (
                "DOB: Mon Sep 03 00:00:00 GMT 1956, NHS",
                "Mon Sep 03 00:00:00 GMT 1956",
            ),
            // C's asctime with no cue, long ago; the Unix epoch is no one's date.
            (
                "Printout header: Sun Mar 11 00:00:00 1951 on the letter",
                "Sun Mar 11 00:00:00 1951",
            ),
            // C's asctime, PostgreSQL's timestamp before a file's type, the Saka
            // calendar, the Dangi era, Scottish Gaelic, Urdu, Maori and Tagalog.
            (
                "cn=me, born Mon Sep  3 00:00:00 1956, reachable",
                "Mon Sep  3 00:00:00 1956",
            ),
            (
                "called Complaint, born 2016-09-03 00:00:00+00.docx, and",
                "2016-09-03 00:00:00+00",
            ),
            (
                "born Bhadra 12, 1878 (Saka), reachable",
                "Bhadra 12, 1878 (Saka)",
            ),
            ("born 단기 4289년 9월 3일, reachable", "단기 4289년 9월 3일"),
            (
                "DOB 3mh dhen t-Sultain 1956, NHS",
                "3mh dhen t-Sultain 1956",
            ),
            ("born 22 مئی، 2009 , reachable", "22 مئی، 2009"),
            ("date of birth is 17 Tīhema 2014, NI", "17 Tīhema 2014"),
            (
                "my date of birth is Setyembre 12, 1986, not",
                "Setyembre 12, 1986",
            ),
            ("date of birth 28/12/1948 E.C., NI", "28/12/1948 E.C."),
            ("DOB: 1376/01/27 هـ", "1376/01/27 هـ"),
            ("A1 DOB, B1 23 shkurt 1993; A2 hospital", "23 shkurt 1993"),
            ("A1 DOB, B1 9 юни 1967 г.; A2", "9 юни 1967 г."),
        ]);
        finds_none(&[
            // A word with digits is no cell's name; an HL7 run a few words on is a
            // reference.
            "DOB checked at covid19 clinic on 12/03/2021",
            "DOB did not match ref 20231105000000",
        ]);
        // Two digits before a colon and a number are a year still.
        assert_eq!(found("DOB 3 Sep 56:0161 496 0000"), vec!["3 Sep 56"]);
        // The year alone is read too; the overlapping finds are merged downstream.
        assert!(found("DOB: 1956 оны 09 сарын 03").contains(&"1956 оны 09 сарын 03"));
        finds_none(&[
            // No month a list does not hold.
            "DOB 3 Weeks 2019 ok",
            "born 12 noon 2019 in the end",
            "Born 1 Lockdown 2020, no visitors allowed",
            // After "It was" a day is told of, not a date of birth given.
            "My birthday. It was 12 March 2024 and I spent it in A&E",
            "They asked my date of birth. It was 14 March 2024 and the clinic ran late",
            // A number's point.
            "born 12000.5 kg? joke",
            // The Unix epoch, where a system has no date to show.
            "The app showed Thu Jan  1 00:00:00 1970 as my appointment",
        ]);
        // A cue of another script, with no word boundary to mark it.
        assert!(found("生年月日：1956年9月3日").contains(&"1956年9月3日"));
        // A day of the year past 366 is not one: the year alone is read.
        assert_eq!(found("DOB 1958-367 thanks"), vec!["1958"]);
    }

    #[test]
    fn a_few_words_after_a_cue_any_full_date_is_read() {
        finds_each(&[
            ("DOB should read 28.5.63 thanks", "28.5.63"),
            (
                "date of birth sighted at last, 12. huhtikuuta 2014; phone",
                "12. huhtikuuta 2014",
            ),
            (
                "date of birth sighted at last, 2 กุมภาพันธ์ 2492; phone",
                "2 กุมภาพันธ์ 2492",
            ),
            (
                "date of birth sighted at last, 一九四三年五月七日; phone",
                "一九四三年五月七日",
            ),
            (
                "date of birth put down as 3 d'abril de 1956, wrong",
                "3 d'abril de 1956",
            ),
            ("DOB is 7 de maig de 1943, thanks", "7 de maig de 1943"),
            (
                "DOB given as 5 березня 1935 р., thanks",
                "5 березня 1935 р.",
            ),
        ]);
        finds_none(&[
            // A partial date, a day's number, a short run, a week or a day of the year
            // a few words on.
            "DOB wrong again, seen in 1956 by them",
            "date of birth sighted at last, 13094; phone",
            "DOB wrong on the ticket 991231 today",
            "date of birth wrong, class 1956-W36-1",
            "DOB wrong, complaint ref 2023-145",
        ]);
    }

    #[test]
    fn never_takes_bare_dates_durations_times_or_weekdays() {
        assert!(found("seen on 12/03/2023 in clinic").is_empty());
        assert!(found("born after waiting 18 months").is_empty());
        assert!(found("DOB: unknown, seen at 10:30 on Monday").is_empty());
        assert!(found("born at 10.15pm after 3 days").is_empty());
        assert!(found("born 3 weeks early in May").is_empty());
        assert!(found("after the birth I waited 3 weeks").is_empty());
        assert!(found("the third of March was busy").is_empty());
        assert!(found("rated 10/10, bp 140/90").is_empty());
        // Digits run together are a date of birth only right after a cue.
        assert!(found("ref 030356 on the letter").is_empty());
        assert!(found("born 123456 times").is_empty());
        assert!(found("scores 3 4 1956 points").is_empty());
        // Roman numerals and run-together months with no cue only long ago.
        assert!(found("seen 27.ix.2019 in clinic, vol 3.iv.12").is_empty());
        assert!(found("seen 2019Aug06 in clinic, vol 3 iv 1931").is_empty());
        assert!(found("appointment 06AUG2024 in clinic").is_empty());
        assert!(found("they hatched a plan on the 3rd day of May").is_empty());
        assert!(found("seen on the 3rd day of May, 2024 in clinic").is_empty());
        // An appointment's ISO time whose fraction of a second is four digits.
        assert!(found("export 2024-03-12T09:30:00.1987Z from the booking system").is_empty());
        assert!(found("reference 2024-03-12T09:30:00,1985 on the letter").is_empty());
        // A .NET date that is no whole day, or whose wrapper does not close.
        assert!(found("DOB /Date(-420595200123)/ ok").is_empty());
        assert!(found("DOB /Date(-420595200000 ok").is_empty());
        assert!(found("date of birth wrong, log /Date(1077408000123)/ here").is_empty());
        // A few words on, or counting from a date of birth to another.
        assert!(found("DOB field blank, record updated /Date(1700438400000)/").is_empty());
        assert!(found("Age worked out from date of birth to /Date(1700438400000)/.").is_empty());
    }

    #[test]
    fn finds_unix_times_answers_and_any_form_in_the_next_sentence() {
        finds_each(&[
            // Unix time right after a cue: a whole number of days, the minus taken in.
            ("born -309398400, NHS number", "-309398400"),
            ("Patient born 674697600, mobile", "674697600"),
            ("DOB: 1548115200. Email", "1548115200"),
            // In milliseconds, as JavaScript writes it.
            ("DOB -420595200000, phone", "-420595200000"),
            ("born 1548115200000.", "1548115200000"),
            // In .NET's wrapper, its zone's offset and a JSON string's escapes too; after
            // "to" alone, and in the sentence after a birthday's cue.
            (
                "date of birth /Date(-420595200000)/ [x] NI",
                "/Date(-420595200000)/",
            ),
            (
                "born /Date(523238400000+0100)/, phone",
                "/Date(523238400000+0100)/",
            ),
            (
                "DOB: \\/Date(-420595200000)\\/, phone",
                "\\/Date(-420595200000)\\/",
            ),
            (
                "change the date of birth to /Date(1077408000000)/ please",
                "/Date(1077408000000)/",
            ),
            (
                "The wrong birthday on a letter. It should say /Date(333244800000)/.",
                "/Date(333244800000)/",
            ),
            // The ISO week date.
            ("DOB 1956-W36-1, phone", "1956-W36-1"),
            ("date of birth 1956W361.", "1956W361"),
            // Eight digits or more may have words after them.
            ("date of birth -116553600 correct at last", "-116553600"),
            // The answer to a question that asked for it.
            (
                "Q: What is my date of birth? A: 6 Μαΐου 1947. Q: Hospital number?",
                "6 Μαΐου 1947",
            ),
            (
                "Q: What is my date of birth? A: -925084800. Q: NI?",
                "-925084800",
            ),
            ("Q: What year was she born? Answer: 1956.", "1956"),
            // The next sentence, after words that end the cue's, in any form read right
            // after a cue, and whatever the cue's sentence said.
            (
                "wrong date of birth again. It is ngày 6 tháng 4 năm 2015, hospital",
                "ngày 6 tháng 4 năm 2015",
            ),
            (
                "wrong date of birth again. It is 5 Μαΐου 1947, phone",
                "5 Μαΐου 1947",
            ),
            (
                "wrong date of birth again. It is -413510400, hospital",
                "-413510400",
            ),
            // A date right after the cue is read before the next sentence.
            ("DOB 20699. It is 2024 now and still wrong", "20699"),
            (
                "Date of birth: 9031956. It's 2024 and still paper",
                "9031956",
            ),
            // Other scripts' question marks and full stops.
            ("Q: DOB؟ A: ۱۲ مهر ۱۳۳۵", "۱۲ مهر ۱۳۳۵"),
            ("DOB wrong again। It is 3 सितंबर 1956", "3 सितंबर 1956"),
            ("Q: Birth date? A: 14 ביולי 1949", "14 ביולי 1949"),
        ]);
        // A week's code with a word after it, or a week past 53: the year alone is read
        // (the whole date with both hyphens after a cue naming the date).
        assert!(found("Birth: 2024W102 is the class code").is_empty());
        assert!(found("DOB given. It is 2024-W10-2 on the rota").is_empty());
        assert_eq!(found("DOB 1956-W36-1 on the form"), vec!["1956-W36-1"]);
        assert_eq!(found("Birth: 2024-W10-2 on the rota"), vec!["2024"]);
        assert_eq!(
            found("change the DOB to 1968-W04-7 please"),
            vec!["1968-W04-7"]
        );
        assert_eq!(found("Born 2024-W05-4 (our baby girl)"), vec!["2024-W05-4"]);
        // With its hyphens, after "to" alone: a correction's date.
        assert_eq!(
            found("change the date of birth to 1968-W04-7, hospital number H6357630"),
            vec!["1968-W04-7"]
        );
        assert!(found("DOB ok, clinic moved to 2024-W10-2, thanks").is_empty());
        assert!(found("date of birth to 1968W047, thanks").is_empty());
        assert!(found("Age worked out from date of birth to 2024-W14-5.").is_empty());
        assert!(found("Weight gain from birth to 2024-W10-1.").is_empty());
        assert!(found("We moved the birthday to 2024-W26-6.").is_empty());
        assert_eq!(found("DOB 1956-W54-1 ok"), vec!["1956"]);
        // A Lithuanian date typed without marks, in a comment of ASCII alone (its year is
        // read alone too; overlapping finds are merged downstream).
        assert!(
            found("date of birth 1976 m. kovo 3 d., phone 020 7946 0281")
                .contains(&"1976 m. kovo 3 d.")
        );
        finds_none(&[
            // Not a whole number of days, or too few digits with words after them.
            "born 420595201, NHS number",
            "born 420595200001, NHS number",
            "born 420595200500.",
            // A week's code with no cue.
            "rota 2024-W36-1 for the ward",
            "born 864000 steps in the first year",
            "born 10000000 miles away",
            "Birthday 86400 seconds long",
            "DOB 86400",
            "born 172800.",
            "born -18316800.",
            "born 604800000 milliseconds ago",
            "DOB 1209600000 was the error code",
            "Q: How many ms since baby was born? A: 604800000",
            "Q: When did they last check your DOB? A: 12 March 2024",
            "Q: When will your baby be born? A: 01/09/2024",
            "Q: What time were you born? A: 10.45.30",
            "rota 2024W102 is the class code",
            "birthday: 31536000 seconds older",
            "born 1548115200.5 kg",
            // Out of the years read.
            "born 4102444800.",
            // A count answered, and a day told of in the next sentence.
            "Q: Was the birth plan followed? A: 3 times over.",
            "Q: How many babies born? A: 12000",
            "Q: When was the birth unit opened? A: 2019",
            "Q: When is my birth debrief? A: 20/05/2024",
            "Q: Time of birth? A: 10.45.30",
            "Q: Apgar scores at birth? A: 8-9-10",
            "DOB checked. It is 991231 on my ticket",
            "My birthday was lovely. It was 12 March 2024 and I spent it in A&E",
            // A cue's sentence that tells of the day before "It is".
            "My birthday was ruined. It is 3 March 2024 I will never forget",
            // No cue.
            "ref -309398400, NHS number",
        ]);
    }
}
