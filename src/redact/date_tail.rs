//! What a system, a form or a writer sets right after a date of birth, taken into the
//! date's span: the midnight a spreadsheet or an export writes after a date that has no
//! time ("13/05/1991 00:00", "9/3/1956 12:00:00 AM"), the weekday a calendar or diary
//! copies out in brackets ("03/09/1956 (Mon)"), and the mark for "year" that Polish and
//! Russian write after a date ("03.09.1956 r.", "03.09.1956 г."). Left outside, each
//! would leave a piece of the date's value readable beside its placeholder; any other
//! time is the time of something, and stays ("born 3/5/61 14:30" leaves "14:30").

/// Where a date of birth ending at `end` ends once what is set right after it is taken
/// in: a midnight, a weekday in brackets and a mark for "year", in any order, each once.
pub(crate) fn with_what_follows_the_date(text: &str, end: usize) -> usize {
    let mut end = end;
    let mut taken = [false; 3];
    loop {
        let readers: [fn(&str) -> Option<usize>; 3] =
            [midnight_after, weekday_in_brackets_after, year_mark_after];
        let next = readers
            .iter()
            .enumerate()
            .filter(|&(k, _)| !taken[k])
            .find_map(|(k, read)| read(&text[end..]).map(|length| (k, length)));
        match next {
            Some((k, length)) => {
                taken[k] = true;
                end += length;
            }
            None => return end,
        }
    }
}

/// The bytes of a midnight at the start of `after`, after one or two spaces or a tab,
/// that ends there (a space, the text's end, or a comma, semicolon, bracket or a stop
/// closing it): "00:00", "00:00:00", "0:00", "00.00" and "12:00 AM" or "12:00:00 am",
/// as spreadsheets and exports write a date with no time. "00:00hrs", "00:00:00.000",
/// "00:00-ish" and "12:00 noon" are left whole outside the span.
fn midnight_after(after: &str) -> Option<usize> {
    let spaced = after.strip_prefix([' ', '\t'])?;
    let spaced = spaced.strip_prefix(' ').unwrap_or(spaced);
    let rest = if let Some(rest) = spaced.strip_prefix("12:00") {
        // Midnight on a twelve-hour clock needs its "AM".
        let rest = rest.strip_prefix(":00").unwrap_or(rest);
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        ["AM", "am", "A.M.", "a.m."]
            .iter()
            .find_map(|am| rest.strip_prefix(am))?
    } else {
        let (rest, mark) = if let Some(rest) = spaced.strip_prefix("00:00") {
            (rest, ':')
        } else if let Some(rest) = spaced.strip_prefix("0:00") {
            (rest, ':')
        } else {
            (spaced.strip_prefix("00.00")?, '.')
        };
        let seconds = if mark == ':' { ":00" } else { ".00" };
        rest.strip_prefix(seconds).unwrap_or(rest)
    };
    ends_there(rest).then(|| after.len() - rest.len())
}

/// The bytes of a weekday in round brackets at the start of `after`, after at most one
/// space: "(Mon)", "(Tue.)", "(Wednesday)", in any case.
fn weekday_in_brackets_after(after: &str) -> Option<usize> {
    let spaced = after.strip_prefix(' ').unwrap_or(after);
    let inside = spaced.strip_prefix('(')?;
    let close = inside.find(')')?;
    let word = inside[..close]
        .strip_suffix('.')
        .unwrap_or(&inside[..close]);
    let is_weekday = WEEKDAYS.iter().any(|day| word.eq_ignore_ascii_case(day));
    is_weekday.then(|| after.len() - spaced.len() + 1 + close + 1)
}

/// The names of the days and their short forms, as a calendar prints them in brackets.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "weds",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// The bytes of a mark for "year" at the start of `after`, after at most one space,
/// that ends there: Polish "r." or "roku" and Russian "г." or "года", as their dates
/// are written ("03.09.1956 r.", "3 września 1956 roku").
fn year_mark_after(after: &str) -> Option<usize> {
    let spaced = after.strip_prefix(' ').unwrap_or(after);
    let rest = ["roku", "года", "r.", "г."]
        .iter()
        .find_map(|mark| spaced.strip_prefix(mark))?;
    // "r." may end the sentence itself; a word must end where it ends.
    let ends = rest.is_empty() || !rest.starts_with(char::is_alphanumeric);
    ends.then(|| after.len() - rest.len())
}

/// Whether a value ends at the start of `rest`: the text's end, a space, a comma,
/// semicolon or closing bracket, or a stop that ends a sentence.
fn ends_there(rest: &str) -> bool {
    let mut next = rest.chars();
    match next.next() {
        None => true,
        Some(c) if c.is_whitespace() || matches!(c, ',' | ';' | ')' | ']') => true,
        Some('.') => next.next().is_none_or(char::is_whitespace),
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What follows the date "D" at the start of `text` that is taken with it.
    fn taken(text: &str) -> &str {
        let text = text.strip_prefix('D').expect("starts with the date");
        &text[..with_what_follows_the_date(text, 0)]
    }

    #[test]
    fn takes_a_midnight_in_the_forms_systems_write() {
        for (text, tail) in [
            ("D 00:00, NHS", " 00:00"),
            ("D 00:00:00 and", " 00:00:00"),
            ("D 0:00", " 0:00"),
            ("D 00.00; phone", " 00.00"),
            ("D  00:00 thanks", "  00:00"),
            ("D 12:00:00 AM, phone", " 12:00:00 AM"),
            ("D 12:00 am.", " 12:00 am"),
            ("D\t00:00:00)", "\t00:00:00"),
        ] {
            assert_eq!(taken(text), tail, "{text}");
        }
    }

    #[test]
    fn leaves_other_times_and_midnights_that_run_on() {
        for text in [
            "D 14:30 in the old hospital",
            "D 00:00:05 thanks",
            "D 00:00hrs thanks",
            "D 00:00:00.000 thanks",
            "D 00:00-ish",
            "D 12:00 noon",
            "D 12:00:00 PM",
            "D 12:00",
            "D 00.00.1990",
            "D   00:00",
            "D00:00",
        ] {
            assert_eq!(taken(text), "", "{text}");
        }
    }

    #[test]
    fn takes_a_weekday_in_brackets() {
        for (text, tail) in [
            ("D (Mon), NHS", " (Mon)"),
            ("D(Tue.) and", "(Tue.)"),
            ("D (wednesday)", " (wednesday)"),
            ("D (SAT)", " (SAT)"),
        ] {
            assert_eq!(taken(text), tail, "{text}");
        }
        for text in ["D (approx)", "D (Monday clinic)", "D (Mon", "D  (Mon)"] {
            assert_eq!(taken(text), "", "{text}");
        }
    }

    #[test]
    fn takes_a_mark_for_year() {
        for (text, tail) in [
            ("D r., hospital", " r."),
            ("D r.", " r."),
            ("D roku i", " roku"),
            ("D г.", " г."),
        ] {
            assert_eq!(taken(text), tail, "{text}");
        }
        for text in ["D rang", "D r.a.", "D ring", "D rokuro"] {
            assert_eq!(taken(text), "", "{text}");
        }
    }

    #[test]
    fn takes_each_kind_once_in_any_order() {
        assert_eq!(taken("D 00:00 (Mon) r. next"), " 00:00 (Mon) r.");
        assert_eq!(taken("D (Mon) (Tue)"), " (Mon)");
        assert_eq!(taken("D 00:00 00:00"), " 00:00");
    }
}
