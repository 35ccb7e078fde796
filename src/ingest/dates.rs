//! Dates as exports write them, read into ISO 8601 at ingest.
//!
//! Accepted: ISO (`2021-05-31`, `2021-05-31T14:05`, `2021-05-31 14:05:09`, with
//! fractions and `Z` / `+01:00` kept as written), slashed, dashed or dotted numeric
//! dates (`31/05/2021`, `31-05-21`, `31.5.2021`), day-first by default as UK exports
//! write them, month-first with [`DateOrder::MonthFirst`] (`--month-first`), and month
//! names (`31 May 2021`, `31-May-21`, `May 31, 2021`), each optionally followed by a
//! time (`14:05`, `14:05:09`, `2:05 pm`). Two-digit years are 2000-2099 (feedback has no
//! earlier dates). Anything else, and any impossible day (`31/06/2021`, or `05/31/2021`
//! read day-first), is an error: the row is quarantined, never guessed at.
//!
//! [`date_evidence`] says what a date tells about the order its export writes dates in
//! (day-first only, month-first only, either, or nothing); [`super::date_orders`] adds
//! that up per file and organisation to choose the order.

use super::calendar::{is_valid_date, iso_date};
use super::date_memo::{remembered, Readings};

/// Which number comes first in a numeric date such as `05/06/2021`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// `DD/MM/YYYY`, as UK exports write dates (the default).
    #[default]
    DayFirst,
    /// `MM/DD/YYYY` (`--month-first`).
    MonthFirst,
}

/// Why a date could not be read (says what is accepted; never repeats the value).
pub const UNDECODABLE_DATE: &str = "undecodable date: expected DD/MM/YYYY or MM/DD/YYYY (the order is detected per file and organisation; --day-first / --month-first force it), YYYY-MM-DD or a month name, optionally with a time";

/// What one date says about the order of the numbers in its export's dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateEvidence {
    /// Only a day-first reading exists (`31/05/2021`): the export is day-first.
    DayFirst,
    /// Only a month-first reading exists (`05/31/2021`): the export is month-first.
    MonthFirst,
    /// Both readings exist and differ (`03/04/2024`): the order must come from elsewhere.
    Ambiguous,
    /// The date reads the same in either order (`2021-05-31`, `31 May 2021`,
    /// `05/05/2021`): no evidence, and no need of any.
    Either,
    /// No reading exists: the row is quarantined whatever the order.
    Unreadable,
}

/// What `text` says about the date order, by reading it both ways with [`parse_date`]
/// (so a day that does not exist, `31/04/2021`, is no evidence for either order).
pub fn date_evidence(text: &str) -> DateEvidence {
    remembered(text.trim(), read_both, |r| {
        match (&r.day_first, &r.month_first) {
            (Ok(day), Ok(month)) if day == month => DateEvidence::Either,
            (Ok(_), Ok(_)) => DateEvidence::Ambiguous,
            (Ok(_), Err(_)) => DateEvidence::DayFirst,
            (Err(_), Ok(_)) => DateEvidence::MonthFirst,
            (Err(_), Err(_)) => DateEvidence::Unreadable,
        }
    })
}

/// The English month names in small letters (their three-letter forms are their
/// first three letters); the redactor's month rules read the same list.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Reads a date (and time) into ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with
/// a time (plus any fraction and zone as written in ISO input).
///
/// Each distinct text is read (both ways) once per thread and remembered
/// (`ingest/date_memo.rs`): ingest reads the same few hundred dates a million times.
pub fn parse_date(text: &str, order: DateOrder) -> Result<String, &'static str> {
    remembered(text.trim(), read_both, |r| match order {
        DateOrder::DayFirst => r.day_first.clone(),
        DateOrder::MonthFirst => r.month_first.clone(),
    })
}

/// A trimmed date text read in each order.
fn read_both(text: &str) -> Readings {
    Readings {
        day_first: read_in(text, DateOrder::DayFirst),
        month_first: read_in(text, DateOrder::MonthFirst),
    }
}

/// A trimmed date text read in `order`.
fn read_in(text: &str, order: DateOrder) -> Result<String, &'static str> {
    parse_iso(text)
        .or_else(|| parse_other(text, order))
        .ok_or(UNDECODABLE_DATE)
}

/// `YYYY-MM-DD` with an optional `T` or space and an ISO time.
fn parse_iso(text: &str) -> Option<String> {
    let date = text.get(..10)?;
    let b = date.as_bytes();
    let separated = |sep: u8| b[4] == sep && b[7] == sep;
    if !separated(b'-') && !separated(b'/') {
        return None;
    }
    let year = number(&date[..4], 4)?;
    let month = number(&date[5..7], 2)?;
    let day = number(&date[8..10], 2)?;
    let day = checked(year as i32, month, day)?;
    let rest = &text[10..];
    if rest.is_empty() {
        return Some(day);
    }
    let rest = rest.strip_prefix(['T', ' '])?;
    let (clock, zone) = split_zone(rest);
    let time = parse_time(clock)?;
    if !zone_ok(zone) {
        return None;
    }
    Some(format!("{day}T{time}{zone}"))
}

/// Numeric dates with `/`, `-` or `.`, or dates with a month name; then a time.
fn parse_other(text: &str, order: DateOrder) -> Option<String> {
    let (date, time) = match text.find([' ', 'T']) {
        Some(_) if has_month_name(text) => split_named_time(text).unwrap_or((text, "")),
        Some(at) => (&text[..at], text[at + 1..].trim()),
        None => (text, ""),
    };
    let day = if has_month_name(date) {
        named_date(date)?
    } else {
        numeric_date(date, order)?
    };
    if time.is_empty() {
        return Some(day);
    }
    Some(format!("{day}T{}", parse_time(time)?))
}

/// Splits `31 May 2021 14:05` (or `May 31, 2021 2:05 pm`) into date and time at the
/// first part holding a `:`.
fn split_named_time(text: &str) -> Option<(&str, &str)> {
    let colon = text.find(':')?;
    let start = text[..colon].rfind(' ')?;
    Some((text[..start].trim(), text[start + 1..].trim()))
}

/// True when the text holds a letter (so a month name, or nothing we read).
fn has_month_name(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_alphabetic())
}

/// `31/05/2021`, `5-6-21`, `31.05.2021`, in the given order.
fn numeric_date(text: &str, order: DateOrder) -> Option<String> {
    let sep = text.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = text.split(sep).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    let a = number(a, 2)?;
    let b = number(b, 2)?;
    let year = year(y)?;
    let (day, month) = match order {
        DateOrder::DayFirst => (a, b),
        DateOrder::MonthFirst => (b, a),
    };
    checked(year, month, day)
}

/// `31 May 2021`, `31-May-21`, `May 31, 2021`, `31st May 2021`.
fn named_date(text: &str) -> Option<String> {
    let parts: Vec<&str> = text
        .split([' ', '-', ',', '/', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    let [first, second, y] = parts.as_slice() else {
        return None;
    };
    let (day, name) = match month_number(first) {
        Some(m) => (second, m),
        None => (first, month_number(second)?),
    };
    let day = day
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .to_string();
    let day = number(&day, 2)?;
    checked(year(y)?, name, day)
}

/// The month a name or its first three letters (any case) stands for.
fn month_number(word: &str) -> Option<u32> {
    let word = word.to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == word
                || (word.len() == 3 && m.starts_with(&word))
                || (word == "sept" && *m == "september")
        })
        .map(|i| i as u32 + 1)
}

/// A four-digit year, or a two-digit one taken as 20YY.
fn year(text: &str) -> Option<i32> {
    match text.len() {
        4 => number(text, 4).map(|y| y as i32),
        2 => number(text, 2).map(|y| 2000 + y as i32),
        _ => None,
    }
}

/// An unsigned number of 1 to `max_len` ASCII digits.
fn number(text: &str, max_len: usize) -> Option<u32> {
    if text.is_empty() || text.len() > max_len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The ISO date when the day exists.
fn checked(year: i32, month: u32, day: u32) -> Option<String> {
    is_valid_date(year, month, day).then(|| iso_date(year, month, day))
}

/// `HH:MM`, `HH:MM:SS` (a fraction after the seconds is dropped), or with `am`/`pm`,
/// as `HH:MM:SS`.
fn parse_time(text: &str) -> Option<String> {
    let lower = text.trim().to_ascii_lowercase();
    let (clock, meridiem) = if let Some(c) = lower.strip_suffix("am") {
        (c.trim(), Some(false))
    } else if let Some(c) = lower.strip_suffix("pm") {
        (c.trim(), Some(true))
    } else {
        (lower.as_str(), None)
    };
    let parts: Vec<&str> = clock.split(':').collect();
    let (h, m, s) = match parts.as_slice() {
        [h, m] => (*h, *m, "0"),
        [h, m, s] => (*h, *m, s.split('.').next().unwrap_or("0")),
        _ => return None,
    };
    let mut hour = number(h, 2)?;
    let minute = number(m, 2).filter(|_| m.len() == 2)?;
    let second = number(s, 2)?;
    if let Some(pm) = meridiem {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    (hour < 24 && minute < 60 && second < 60).then(|| format!("{hour:02}:{minute:02}:{second:02}"))
}

/// Splits an ISO time from its zone (`Z`, `+01:00`, `-0500`), if any.
fn split_zone(text: &str) -> (&str, &str) {
    if let Some(clock) = text.strip_suffix(['Z', 'z']) {
        return (clock, "Z");
    }
    match text.rfind(['+', '-']) {
        Some(at) => (&text[..at], &text[at..]),
        None => (text, ""),
    }
}

/// A zone as ISO writes it, or none.
fn zone_ok(zone: &str) -> bool {
    match zone {
        "" | "Z" => true,
        z => {
            let digits: String = z[1..].chars().filter(|c| *c != ':').collect();
            digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uk(text: &str) -> Result<String, &'static str> {
        parse_date(text, DateOrder::DayFirst)
    }

    #[test]
    fn remembered_readings_are_the_readings() {
        let texts = [
            "31/05/2021",
            " 03/04/2024 ",
            "05/31/2021",
            "2021-05-31T14:05:09+01:00",
            "31 May 2021",
            "12/1/2024 2:05 pm",
            "31/06/2021",
            "",
            "soon",
            "1.13.2022",
        ];
        for _ in 0..2 {
            for text in texts {
                for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
                    assert_eq!(
                        parse_date(text, order),
                        read_in(text.trim(), order),
                        "{text}"
                    );
                }
            }
        }
    }

    #[test]
    fn uk_exports_are_day_first() {
        assert_eq!(uk("31/05/2021").unwrap(), "2021-05-31");
        assert_eq!(uk("1/2/2024").unwrap(), "2024-02-01");
        assert_eq!(uk("01-02-24").unwrap(), "2024-02-01");
        assert_eq!(uk("31.05.2021").unwrap(), "2021-05-31");
        assert_eq!(uk(" 05/06/2021 ").unwrap(), "2021-06-05");
    }

    #[test]
    fn month_first_only_with_the_flag() {
        let us = |t| parse_date(t, DateOrder::MonthFirst);
        assert_eq!(us("05/31/2021").unwrap(), "2021-05-31");
        assert_eq!(us("05/06/2021").unwrap(), "2021-05-06");
        // Read day-first, 05/31 has no month 31: an error, never swapped silently.
        assert_eq!(uk("05/31/2021"), Err(UNDECODABLE_DATE));
        assert!(us("31/05/2021").is_err());
    }

    #[test]
    fn iso_dates_and_times() {
        assert_eq!(uk("2021-05-31").unwrap(), "2021-05-31");
        assert_eq!(uk("2021-05-31T14:05").unwrap(), "2021-05-31T14:05:00");
        assert_eq!(uk("2021-05-31 14:05:09").unwrap(), "2021-05-31T14:05:09");
        assert_eq!(
            uk("2021-05-31T14:05:09.123Z").unwrap(),
            "2021-05-31T14:05:09Z"
        );
        assert_eq!(
            uk("2021-05-31T14:05:09+01:00").unwrap(),
            "2021-05-31T14:05:09+01:00"
        );
        assert_eq!(uk("2021/05/31").unwrap(), "2021-05-31");
    }

    #[test]
    fn numeric_dates_with_times() {
        assert_eq!(uk("31/05/2021 14:05").unwrap(), "2021-05-31T14:05:00");
        assert_eq!(uk("31/05/2021 09:05:07").unwrap(), "2021-05-31T09:05:07");
        assert_eq!(uk("31/05/2021 2:05 pm").unwrap(), "2021-05-31T14:05:00");
        assert_eq!(uk("31/05/2021 12:30 am").unwrap(), "2021-05-31T00:30:00");
    }

    #[test]
    fn month_names() {
        assert_eq!(uk("31 May 2021").unwrap(), "2021-05-31");
        assert_eq!(uk("31-May-21").unwrap(), "2021-05-31");
        assert_eq!(uk("May 31, 2021").unwrap(), "2021-05-31");
        assert_eq!(uk("1st September 2023").unwrap(), "2023-09-01");
        assert_eq!(uk("3 Sept 2023 10:15").unwrap(), "2023-09-03T10:15:00");
        // A month name is unambiguous whatever the order flag.
        assert_eq!(
            parse_date("31 May 2021", DateOrder::MonthFirst).unwrap(),
            "2021-05-31"
        );
    }

    #[test]
    fn impossible_or_unreadable_dates_are_errors() {
        for bad in [
            "31/06/2021",
            "29/02/2023",
            "2021-13-01",
            "2021-02-30",
            "44347",
            "last Tuesday",
            "31/05",
            "31/05/21/1",
            "31/05/2021 25:00",
            "31/05/2021 10:61",
            "2021-05-31T10",
            "31 Foo 2021",
            "2021-05-31 14:05 +1",
            "",
        ] {
            assert_eq!(uk(bad), Err(UNDECODABLE_DATE), "{bad}");
        }
        assert_eq!(uk("29/02/2024").unwrap(), "2024-02-29");
    }

    #[test]
    fn evidence_from_a_field_over_twelve() {
        assert_eq!(date_evidence("31/05/2021"), DateEvidence::DayFirst);
        assert_eq!(date_evidence("13-1-24"), DateEvidence::DayFirst);
        assert_eq!(date_evidence("05/31/2021"), DateEvidence::MonthFirst);
        assert_eq!(date_evidence("9/24/2022 14:05"), DateEvidence::MonthFirst);
        assert_eq!(date_evidence("1.13.2022"), DateEvidence::MonthFirst);
    }

    #[test]
    fn evidence_is_none_when_both_or_neither_reading_exists() {
        assert_eq!(date_evidence("03/04/2024"), DateEvidence::Ambiguous);
        assert_eq!(date_evidence("12/1/2024 2:05 pm"), DateEvidence::Ambiguous);
        for same in ["05/05/2021", "2021-05-31", "31 May 2021", "May 3, 2021"] {
            assert_eq!(date_evidence(same), DateEvidence::Either, "{same}");
        }
        // A first field over 12 whose day does not exist is not day-first evidence.
        for bad in ["31/04/2021", "13/13/2021", "44347", "", "2021-13-01"] {
            assert_eq!(date_evidence(bad), DateEvidence::Unreadable, "{bad}");
        }
    }

    #[test]
    fn the_reason_never_holds_the_value() {
        assert!(!UNDECODABLE_DATE.contains("Tuesday"));
    }
}
