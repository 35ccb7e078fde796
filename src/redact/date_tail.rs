//! What a system, a form or a writer sets right after a date of birth, taken into the
//! date's span: the midnight a spreadsheet or an export writes after a date that has no
//! time ("13/05/1991 00:00", "9/3/1956 12:00:00 AM"), the weekday a calendar or diary
//! copies out in brackets ("03/09/1956 (Mon)") or after a space ("13.07.1979 Fri,"), the form's own hint of the order a date
//! is written in, copied with it ("03/09/1956 (dd/mm/yyyy)"), and the mark for "year"
//! that Polish, Russian and Ukrainian write after a date ("03.09.1956 r.", "03.09.1956
//! г.", "3 вересня 1956 р."). Left
//! outside, each would leave a piece of the date's value readable beside its
//! placeholder; any other time is the time of something, and stays ("born 3/5/61 14:30"
//! leaves "14:30").

use super::loose_date::goes_on_to_the_next_detail;

/// Where a date of birth ending at `end` ends once what is set right after it is taken
/// in: a midnight, a weekday in brackets or closing the date's phrase, a format hint in
/// brackets, the order said in words ("27/1/28, year first"), a mark for "year", a
/// calendar's mark and a time zone's name in brackets, in any order, each once.
pub(crate) fn with_what_follows_the_date(text: &str, end: usize) -> usize {
    const READERS: [fn(&str) -> Option<usize>; 8] = [
        midnight_after,
        weekday_in_brackets_after,
        weekday_closing_the_date_after,
        format_hint_after,
        order_said_after,
        year_mark_after,
        calendar_mark_after,
        zone_name_in_brackets_after,
    ];
    let mut end = end;
    let mut taken = [false; READERS.len()];
    loop {
        let next = READERS
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

/// Where a date of birth from `start` to `end` ends once the stop that closes it is
/// taken in, where its day has one too: Serbian, Croatian and Bosnian write the day,
/// the month and the year each with a stop after it ("3. септембар 1956.", "3. rujna
/// 1956."). Any other date's stop ends the sentence, and stays.
pub(crate) fn with_the_closing_stop(text: &str, start: usize, end: usize) -> usize {
    let date = &text[start..end];
    let day_digits = date.chars().take_while(|c| c.is_numeric()).count();
    let Some(rest) = date
        .get(
            date.char_indices()
                .nth(day_digits)
                .map_or(date.len(), |(at, _)| at)..,
        )
        .and_then(|rest| rest.strip_prefix('.'))
    else {
        return end;
    };
    let mut words = rest.split([' ', '\t']).filter(|word| !word.is_empty());
    let month = words
        .next()
        .is_some_and(|w| w.chars().all(char::is_alphabetic));
    let year = words
        .next()
        .is_some_and(|w| w.chars().count() == 4 && w.chars().all(char::is_numeric));
    let closed =
        text[end..].starts_with('.') && !text[end + 1..].starts_with(char::is_alphanumeric);
    if (1..=2).contains(&day_digits) && month && year && words.next().is_none() && closed {
        end + 1
    } else {
        end
    }
}

/// Where the run of ASCII letters that ends `text` starts (`text.len()` when it ends on
/// no letter): the word a weekday would be, read back from a date's start.
pub(crate) fn start_of_last_letters(text: &str) -> usize {
    text.len()
        - text
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count()
}

/// The run of ASCII letters that opens `text` (empty when it opens on no letter): the
/// word after a mark ("a Wednesday", "and Thu").
fn first_letters(text: &str) -> &str {
    &text[..text
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(text.len())]
}

/// Whether `word` is written in one case past its first letter, as a day's name is
/// ("Monday", "monday", "MON"; not "MoNday").
fn in_one_case(word: &str) -> bool {
    let rest_small = word
        .get(1..)
        .is_some_and(|r| r.bytes().all(|b| b.is_ascii_lowercase()));
    rest_small || word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether what follows a date's last word closes its phrase: the text's end, a comma,
/// semicolon, colon, closing bracket, "!" or "?", a line's end or a tab, or a stop that
/// no letter or digit follows.
fn closes_the_phrase(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with([',', ';', ':', ')', ']', '!', '?', '\n', '\r', '\t'])
        || (rest.starts_with('.') && !rest[1..].starts_with(char::is_alphanumeric))
}

/// Where a date of birth found from `start` to `end` ends once the year written after a
/// weekday in brackets is taken in: "born 1st December (Sunday), 1957", "DOB April 24
/// (Wed) 1935", as a calendar puts the day of the week between the day and the year. The
/// found date ends on the bracket and holds no year of four digits yet; after it, perhaps
/// a comma, one space and a year from 1900 to 2099 that no letter or digit goes on from.
pub(crate) fn with_the_year_after_a_bracketed_weekday(
    text: &str,
    start: usize,
    end: usize,
) -> usize {
    let found = &text[start..end];
    let holds_a_year = found
        .as_bytes()
        .windows(4)
        .any(|run| run.iter().all(u8::is_ascii_digit));
    if !found.ends_with(')') || holds_a_year {
        return end;
    }
    let after = &text[end..];
    let spaced = after.strip_prefix(',').unwrap_or(after);
    let Some(year) = spaced.strip_prefix(' ') else {
        return end;
    };
    let is_year = year.get(..4).is_some_and(|y| {
        y.bytes().all(|b| b.is_ascii_digit()) && (y.starts_with("19") || y.starts_with("20"))
    });
    let closes = !year[4.min(year.len())..].starts_with(char::is_alphanumeric);
    if is_year && closes {
        end + (after.len() - year.len()) + 4
    } else {
        end
    }
}

/// Where a date of birth found from `start` to `end` ends once the day given after its
/// month and year is taken in: "born July 1933, the 12th", "DOB December 1988, the 16th.",
/// "DOB May '98, the 24th". A date found as a month and a year of four digits or of two
/// after an apostrophe (its letters, a space, its digits), then
/// a comma, "the" and a day's number with its ordinal suffix (1st to 31st) closing the
/// phrase; the day is the date's own, and left outside it would give the date whole. Any
/// other date, or a day that the sentence goes on from ("July 1933, the 12th floor"), is
/// left as it was.
pub(crate) fn with_the_day_after_its_month_and_year(text: &str, start: usize, end: usize) -> usize {
    let Some((month, year)) = text[start..end].split_once(' ') else {
        return end;
    };
    // A year of four digits, or of two after an apostrophe ("May '98").
    let digits = year
        .strip_prefix(['\'', '\u{2019}'])
        .filter(|short| short.len() == 2)
        .unwrap_or(year);
    let month_and_year = month.len() >= 3
        && month.bytes().all(|b| b.is_ascii_alphabetic())
        && (digits.len() == 4 || digits.len() == 2 && digits.len() < year.len())
        && digits.bytes().all(|b| b.is_ascii_digit());
    let Some(day) = text[end..].strip_prefix(", the ") else {
        return end;
    };
    let digits = day.bytes().take_while(u8::is_ascii_digit).count();
    let number: u32 = day[..digits].parse().unwrap_or(0);
    let suffix_fits = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    let Some(rest) = day[digits..].strip_prefix(suffix_fits) else {
        return end;
    };
    let closes = closes_the_phrase(rest);
    if month_and_year && (1..=31).contains(&number) && (1..=2).contains(&digits) && closes {
        text.len() - rest.len()
    } else {
        end
    }
}

/// Words for a part of the day that may follow a weekday said of a date in brackets
/// ("8 November 1955 (Tuesday morning)").
const PARTS_OF_THE_DAY: &[&str] = &["morning", "afternoon", "evening", "night", "lunchtime"];

/// Where a date of birth found from `start` to `end` starts and ends once a weekday said
/// of it, set off from it by a mark, is taken in, as people add the day they were born
/// on: after it in brackets with "a" or a part of the day ("8 November 1955 (a
/// Tuesday)", "(Tuesday morning)"), or named with "a" after a comma or dash, whatever
/// follows (", a Tuesday in Leeds", ", which was a Tuesday", " — a Tuesday"); before it
/// with a dash, a colon or in brackets ("Tuesday — 8 November 1955", "Tuesday: …",
/// "(Tue) 8 Nov 1955"). The weekday is an English one, whole or shortened, in one case
/// past its first letter. A weekday with no "a" that the sentence goes on from is
/// another day's and is left to [`with_what_follows_the_date`].
pub(crate) fn with_the_weekday_said_of_it(text: &str, start: usize, end: usize) -> (usize, usize) {
    (
        weekday_said_before(text, start),
        end + weekday_said_after(&text[end..]),
    )
}

/// The bytes of a weekday said of a date at the start of `after`
/// ([`with_the_weekday_said_of_it`]); 0 when there is none.
fn weekday_said_after(after: &str) -> usize {
    let is_day = |word: &str| in_one_case(word) && is_english_weekday(word);
    // "(a Tuesday)", "[on a Tue.]", "(Tuesday morning)".
    if let Some((inside, length)) = in_brackets_after(after, 40) {
        let mut words = inside.split(' ').filter(|w| !w.is_empty()).peekable();
        let article = ["a", "on a", "was a"].iter().any(|lead| {
            inside
                .strip_prefix(lead)
                .is_some_and(|rest| rest.starts_with(' '))
        });
        if article {
            while words.peek().is_some_and(|w| ["a", "on", "was"].contains(w)) {
                words.next();
            }
        }
        let day = words.next().map(|w| w.strip_suffix('.').unwrap_or(w));
        let part_of_day = words.next();
        let day_fits = day.is_some_and(is_day)
            && words.next().is_none()
            && (article || part_of_day.is_some())
            && part_of_day.is_none_or(|part| PARTS_OF_THE_DAY.contains(&part));
        if day_fits {
            return length;
        }
    }
    // ", a Tuesday", ", which was a Tuesday", " — a Tuesday", " - a Tue".
    for lead in [
        ", a ",
        ", which was a ",
        " \u{2014} a ",
        " \u{2013} a ",
        " - a ",
        " \u{2014} ",
        " \u{2013} ",
    ] {
        if let Some(rest) = after.strip_prefix(lead) {
            let word = first_letters(rest);
            let article = lead.ends_with(" a ");
            let closes = closes_the_phrase(&rest[word.len()..]);
            if is_day(word) && (article || closes) {
                return lead.len() + word.len();
            }
        }
    }
    0
}

/// Where a date starting at `start` starts once a weekday said of it before a dash, a
/// colon or in brackets is taken in ([`with_the_weekday_said_of_it`]).
fn weekday_said_before(text: &str, start: usize) -> usize {
    let before = &text[..start];
    let is_day = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_uppercase())
            && in_one_case(word)
            && is_english_weekday(word)
    };
    // "(Tue) ", "[Tuesday] ".
    for (open, close) in [("(", ") "), ("[", "] ")] {
        if let Some(inside) = before.strip_suffix(close) {
            let word_start = start_of_last_letters(inside);
            let word = &inside[word_start..];
            if is_day(word) && inside[..word_start].ends_with(open) {
                return word_start - open.len();
            }
        }
    }
    // "Tuesday — ", "Tuesday: ", "Tue. - ".
    for mark in [" \u{2014} ", " \u{2013} ", " - ", ": "] {
        if let Some(head) = before.strip_suffix(mark) {
            let head = head.strip_suffix('.').unwrap_or(head);
            let word_start = start_of_last_letters(head);
            let opens_a_word = !head[..word_start].ends_with(|c: char| c.is_alphanumeric());
            if opens_a_word && is_day(&head[word_start..]) {
                return word_start;
            }
        }
    }
    start
}

/// Where a date of birth found from `start` to `end` starts and ends once a weekday
/// written before it, with the date in round brackets after it, is taken in: "date of
/// birth Saturday (10/10/1953)", "born Thu (8/11/1990)", as a form that leads with the
/// day prints it. The weekday is an English one, whole or shortened, capitalised or in
/// capitals, set off by one space; with no closing bracket right after the date it is
/// some other bracket, and the span stays as it was.
pub(crate) fn with_the_weekday_before_its_brackets(
    text: &str,
    start: usize,
    end: usize,
) -> (usize, usize) {
    // A cued date read with its weekday and bracket ("Monday (24/10/2011"): its closing
    // bracket.
    let found = &text[start..end];
    if found.contains('(') && !found.contains(')') && text[end..].starts_with(')') {
        return (start, end + 1);
    }
    let Some(before) = text[..start].strip_suffix('(') else {
        return (start, end);
    };
    if !text[end..].starts_with(')') {
        return (start, end);
    }
    let Some(before) = before.strip_suffix(' ') else {
        return (start, end);
    };
    let word_start = start_of_last_letters(before);
    let word = &before[word_start..];
    let opens_a_word = !before[..word_start].ends_with(|c: char| c.is_alphanumeric());
    let case_fits = word.starts_with(|c: char| c.is_ascii_uppercase()) && in_one_case(word);
    if opens_a_word && case_fits && is_english_weekday(word) {
        (word_start, end + 1)
    } else {
        (start, end)
    }
}

/// The bytes of a midnight at the start of `after`, after one or two spaces or a tab, or
/// a comma and a space as a spreadsheet's date and time are joined ("20/03/1926,
/// 00:00:00"), that ends there (a space, the text's end, or a comma, semicolon, bracket or a stop
/// closing it): "00:00", "00:00:00", "0:00", "00.00", perhaps with "AM", and "12:00 AM",
/// "12.00am" or "12:00:00 a.m.", as spreadsheets and exports write a date with no time;
/// on the twenty-four-hour clock perhaps with its seconds' fraction in zeros and a time
/// zone ("00:00:00.000", SQL Server's "00:00:00:000", Oracle's "12.00.00.000000 AM",
/// "00:00:00 GMT", "00:00 UTC+01:00", "00:00:00 +0000"), as a
/// system's export or a browser's date prints it. "00:00hrs", "00:00:00.001",
/// "00:00-ish" and "12:00 noon" are left whole outside the span.
fn midnight_after(after: &str) -> Option<usize> {
    let spaced = after
        .strip_prefix([' ', '\t'])
        .or_else(|| after.strip_prefix(", "))?;
    let spaced = spaced.strip_prefix(' ').unwrap_or(spaced);
    // Midnight on a twelve-hour clock needs its "AM".
    let (clock, needs_am) = ["12:00", "12.00", "00:00", "0:00", "00.00"]
        .iter()
        .find(|clock| spaced.starts_with(**clock))
        .map(|clock| (*clock, clock.starts_with("12")))?;
    let rest = &spaced[clock.len()..];
    let seconds = if clock.contains(':') { ":00" } else { ".00" };
    let rest = match rest.strip_prefix(seconds) {
        Some(rest) if seconds == ":00" => past_zeros_of_a_fraction(rest, &['.', ',', ':']),
        Some(rest) => past_zeros_of_a_fraction(rest, &['.']),
        None => rest,
    };
    let with_am = {
        let spaced = rest.strip_prefix(' ').unwrap_or(rest);
        ["A.M.", "a.m.", "A.M", "a.m", "AM", "am"]
            .iter()
            .find_map(|am| spaced.strip_prefix(am))
            .filter(|rest| ends_there(rest))
    };
    let with_zone = Some(past_a_zone(rest))
        .filter(|zoned| zoned.len() < rest.len())
        .map(past_a_year)
        .filter(|zoned| ends_there(zoned));
    // C's `asctime` sets the year right after the time, with no zone ("Mon Sep  3
    // 00:00:00 1956").
    let with_year = Some(past_a_year(rest))
        .filter(|dated| dated.len() < rest.len())
        .filter(|dated| ends_there(dated));
    let rest = match (with_am, with_zone.or(with_year)) {
        (Some(rest), _) => rest,
        (None, Some(zoned)) if !needs_am => zoned,
        (None, _) if !needs_am && ends_there(rest) => rest,
        _ => return None,
    };
    Some(after.len() - rest.len())
}

/// `rest` past a year after one space at its start, as Java's `Date.toString()` sets it
/// after the time and its zone ("Mon Sep 03 00:00:00 GMT 1956"), or `rest` itself.
fn past_a_year(rest: &str) -> &str {
    let Some(digits) = rest.strip_prefix(' ') else {
        return rest;
    };
    let year = digits.len() >= 4
        && (digits.starts_with("19") || digits.starts_with("20"))
        && digits.as_bytes()[2..4].iter().all(u8::is_ascii_digit)
        && !digits[4..].starts_with(|c: char| c.is_ascii_digit());
    if year {
        &digits[4..]
    } else {
        rest
    }
}

/// `rest` past a fraction of a second in zeros at its start after one of `marks` (".000",
/// ",0000000", SQL Server's ":000", Oracle's ".000000" after "12.00.00"), or `rest` itself.
fn past_zeros_of_a_fraction<'r>(rest: &'r str, marks: &[char]) -> &'r str {
    let Some(digits) = rest.strip_prefix(marks) else {
        return rest;
    };
    let zeros = digits.bytes().take_while(|&b| b == b'0').count();
    let all_zeros = zeros > 0 && !digits[zeros..].starts_with(|c: char| c.is_ascii_digit());
    if all_zeros {
        &digits[zeros..]
    } else {
        rest
    }
}

/// `text` past a time zone's initials ([`ZONE_INITIALS`]) at its start, if they are.
fn past_zone_initials(text: &str) -> Option<&str> {
    ZONE_INITIALS
        .iter()
        .find_map(|zone| text.strip_prefix(zone))
}

/// `rest` past a time zone at its start, after at most one space: a name
/// ([`ZONE_INITIALS`], "Z" with no space), an offset ("+0000", "+01:00", "-05") or both,
/// the name first ("GMT+0100") or the offset, a space and the name, as Go prints a time
/// ("+0000 UTC"); or `rest` itself.
fn past_a_zone(rest: &str) -> &str {
    let spaced = rest.strip_prefix(' ').unwrap_or(rest);
    let named = past_zone_initials(spaced).or_else(|| rest.strip_prefix('Z'));
    let from = named.unwrap_or(spaced);
    match past_an_offset(from) {
        Some(past) if named.is_none() => past
            .strip_prefix(' ')
            .and_then(past_zone_initials)
            .filter(|after| !after.starts_with(char::is_alphanumeric))
            .unwrap_or(past),
        Some(past) => past,
        None => named.unwrap_or(rest),
    }
}

/// `rest` past an offset from UTC at its start ("+0100", "+01:00", "-05"), if one is:
/// its hours no more than 14 (a country code, "+44 7700 900123", is none).
fn past_an_offset(rest: &str) -> Option<&str> {
    let digits = rest.strip_prefix(['+', '-'])?;
    let two_digits = |s: &str| s.len() >= 2 && s.as_bytes()[..2].iter().all(u8::is_ascii_digit);
    if !two_digits(digits) || digits[..2].parse::<u8>().is_ok_and(|hours| hours > 14) {
        return None;
    }
    let minutes = &digits[2..];
    let past = match minutes.strip_prefix(':') {
        Some(m) if two_digits(m) => &m[2..],
        Some(_) => return None,
        None if two_digits(minutes) => &minutes[2..],
        None => minutes,
    };
    (!past.starts_with(|c: char| c.is_ascii_digit())).then_some(past)
}

/// The days of the week as a Japanese, Chinese or Korean date sets them in brackets
/// ("1956年9月3日(月)", "(星期一)", "(월)").
#[rustfmt::skip]
const CJK_WEEKDAYS: &[&str] = &[
    "月", "火", "水", "木", "金", "土", "日",
    "一", "二", "三", "四", "五", "六",
    "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
    "周一", "周二", "周三", "周四", "周五", "周六", "周日", "週一", "週二", "週三", "週四", "週五", "週六", "週日",
    "월", "화", "수", "목", "금", "토", "일",
    "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日",
    "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일",
];

/// The bytes of a weekday ([`WEEKDAY_NAMES`], [`ENGLISH_SHORT_WEEKDAYS`],
/// [`SHORT_WEEKDAYS_ABROAD`], [`CJK_WEEKDAYS`]) in round, square or full-width round
/// brackets at the start of `after`, after at most one space: "(Mon)", "(Tue.)",
/// "[Wednesday]", "(pon.)", in any case, "(月)", "（水）".
pub(crate) fn weekday_in_brackets_after(after: &str) -> Option<usize> {
    // The longest weekday and its stop fit in this many bytes.
    let (inside, length) = in_brackets_after(after, "wednesday.".len())?;
    let word = inside.strip_suffix('.').unwrap_or(inside);
    if CJK_WEEKDAYS.contains(&inside) {
        return Some(length);
    }
    let is_weekday = is_english_weekday(word)
        || SHORT_WEEKDAYS_ABROAD
            .iter()
            .any(|day| word.eq_ignore_ascii_case(day));
    is_weekday.then_some(length)
}

/// Whether `word` is an English weekday, whole or shortened ([`WEEKDAY_NAMES`],
/// [`ENGLISH_SHORT_WEEKDAYS`]), in any case.
pub(crate) fn is_english_weekday(word: &str) -> bool {
    WEEKDAY_NAMES
        .iter()
        .chain(ENGLISH_SHORT_WEEKDAYS)
        .any(|day| word.eq_ignore_ascii_case(day))
}

/// The bytes of an English weekday, whole or shortened ([`WEEKDAY_NAMES`],
/// [`ENGLISH_SHORT_WEEKDAYS`]), after one or two spaces or a comma and one space at the
/// start of `after` ("born 12 mar 1953, Thursday, hospital number"), in
/// small letters, capitalised or in capitals, that closes the date's phrase (a comma,
/// semicolon, colon, closing bracket, stop, "!" or "?", a line's end or a tab, a hyphen,
/// an en or em dash or a slash set off by a space, "and" going on to the next detail, or
/// the text's end after it), perhaps itself set off by a dash ("born 26/11/1979 -
/// Monday.") or named with "a" after a comma ("born 25/8/1943, a Wednesday,"): "13.07.1979 Fri, NI number", "born 3/9/56
/// Monday.", "DOB 04/11/1948 Thurs - please call", "51.09.26 Wed and my phone", as a diary or a booking system prints
/// the day after the date. The day of a date of birth narrows it as much as a bracketed
/// one; a weekday the sentence goes on from ("born 3/9/56 Sat in A&E") is another
/// day's, and stays.
pub(crate) fn weekday_closing_the_date_after(after: &str) -> Option<usize> {
    let set_off_by_a_dash = ["-", "\u{2013}", "\u{2014}"].iter().find_map(|dash| {
        after
            .strip_prefix(' ')
            .and_then(|r| r.strip_prefix(dash))
            .and_then(|r| r.strip_prefix(' '))
    });
    // "25/8/1943, a Wednesday", "9 March 1958 a Sunday": the day named with "a" after
    // a comma or a space.
    let whole_day = |word: &str| {
        WEEKDAY_NAMES
            .iter()
            .any(|day| word.eq_ignore_ascii_case(day))
    };
    let named_with_a = [", a ", " a "]
        .iter()
        .find_map(|lead| after.strip_prefix(lead))
        .filter(|rest| whole_day(first_letters(rest)));
    let spaced = match named_with_a
        .or_else(|| after.strip_prefix(", "))
        .or(set_off_by_a_dash)
    {
        Some(after_mark) => after_mark,
        None => {
            let spaced = after.strip_prefix(' ')?;
            spaced.strip_prefix(' ').unwrap_or(spaced)
        }
    };
    let length = spaced
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(spaced.len());
    let word = &spaced[..length];
    let case_fits = in_one_case(word);
    let is_weekday = is_english_weekday(word);
    let rest = &spaced[length..];
    let set_off = |mark: char| {
        rest.strip_prefix(' ')
            .and_then(|r| r.strip_prefix(mark))
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    };
    // A whole weekday said of the date goes with it whatever follows ("born 9/3/58
    // Sunday at the General") but a part of that day or its own "'s" ("Monday morning",
    // "Friday's clinic": another day's); a short one, which may be a word ("Sat in
    // A&E"), must close the date's phrase.
    let of_another_day = rest.starts_with(['\'', '\u{2019}'])
        || PARTS_OF_THE_DAY.contains(
            &first_letters(rest.trim_start())
                .to_ascii_lowercase()
                .as_str(),
        );
    let closes = (whole_day(word) && !of_another_day)
        || closes_the_phrase(rest)
        || set_off('-')
        || set_off('/')
        || set_off('\u{2013}')
        || set_off('\u{2014}')
        || rest.starts_with(" and ");
    // Not a run of days ("Wed and Thu were both wasted", "Sunday to Tuesday").
    let run_of_days = rest
        .strip_prefix(" and ")
        .or_else(|| rest.strip_prefix(" to "))
        .or_else(|| rest.strip_prefix("-"))
        .or_else(|| rest.strip_prefix(" - "))
        .is_some_and(|next| is_english_weekday(first_letters(next)));
    let closes = closes && !run_of_days;
    (case_fits && is_weekday && closes).then_some(after.len() - rest.len())
}

/// What stands in round, square or full-width round brackets at the start of `after`,
/// after at most one space, and the bytes up to the closing bracket; `None` when the bracket does not
/// close within `longest` bytes (a bracket left open is not searched to the comment's
/// end).
fn in_brackets_after(after: &str, longest: usize) -> Option<(&str, usize)> {
    let spaced = after.strip_prefix(' ').unwrap_or(after);
    let open = spaced.chars().next()?;
    let close = match open {
        '(' => ')',
        '[' => ']',
        '\u{FF08}' => '\u{FF09}',
        _ => return None,
    };
    let inside = &spaced[open.len_utf8()..];
    let length = inside
        .char_indices()
        .take_while(|&(at, _)| at <= longest)
        .find(|&(_, c)| c == close)
        .map(|(at, _)| at)?;
    Some((
        &inside[..length],
        after.len() - spaced.len() + open.len_utf8() + length + close.len_utf8(),
    ))
}

/// The bytes of a format hint in round or square brackets at the start of `after`,
/// after at most one space: the day, month and year each as one letter said once or
/// more ("dd", "MM", "yyyy"), in any order, with a "/", ".", "-" or space between them,
/// as a form prints the order it wants and a copied answer keeps ("(dd/mm/yyyy)",
/// "[MM-DD-YY]", "(yyyy.mm.dd)", "(d/m/y)").
fn format_hint_after(after: &str) -> Option<usize> {
    // "(yyyy/mm/dd)" fits; longer is no hint.
    let (inside, length) = in_brackets_after(after, "yyyy/mm/dd".len())?;
    let mut seen = [false; 3];
    let mut parts = 0;
    for part in inside.split(['/', '.', '-', ' ']) {
        parts += 1;
        let letter = part.bytes().next()?.to_ascii_lowercase();
        let which = b"dmy".iter().position(|&l| l == letter)?;
        let one_letter = part.bytes().all(|b| b.to_ascii_lowercase() == letter);
        if !one_letter || part.len() > 4 || seen[which] {
            return None;
        }
        seen[which] = true;
    }
    (parts == 3).then_some(length)
}

/// How a writer says in words the order a date is written in, after it ("27/1/28, year
/// first", "09-03-1958 (UK format)").
const ORDERS_SAID: &[&str] = &[
    "year first",
    "year-first",
    "day first",
    "day-first",
    "month first",
    "month-first",
    "uk format",
    "us format",
    "uk style",
    "us style",
    "american format",
    "american style",
    "british format",
    "british style",
    "iso format",
];

/// The bytes of the order a date is written in, said in words right after it
/// ([`ORDERS_SAID`]): after a comma or a space and closing the phrase, or in brackets.
/// Left out, it tells which of the date's numbers is the year.
fn order_said_after(after: &str) -> Option<usize> {
    let spaced = after.strip_prefix(',').unwrap_or(after);
    let spaced = spaced.trim_start_matches(' ');
    let (bracketed, inside) = match spaced.strip_prefix('(') {
        Some(inside) => (true, inside),
        None => (false, spaced),
    };
    let said = ORDERS_SAID.iter().find(|order| {
        inside
            .get(..order.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(order))
    })?;
    let mut rest = &inside[said.len()..];
    if bracketed {
        rest = rest.strip_prefix(')')?;
    }
    // Unbracketed, the words must close the phrase, or a word going on to the next
    // detail follow ("70/6/5, year first at the front desk"; "27/1/28, year first aid" is
    // none).
    let closes = |c: char| {
        if bracketed {
            !c.is_alphanumeric()
        } else {
            matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '\n' | '\r')
        }
    };
    let goes_on = !bracketed && rest.starts_with(' ') && goes_on_to_the_next_detail(rest);
    (rest.chars().next().is_none_or(closes) || goes_on).then_some(after.len() - rest.len())
}

/// The days of the week in English, in small letters.
pub(crate) const WEEKDAY_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The days of the week in English shortened, in small letters, as people, calendars
/// and forms write them ("Tue 3 May", "(Thurs)").
pub(crate) const ENGLISH_SHORT_WEEKDAYS: &[&str] = &[
    "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// The days of the week shortened in other languages, in small letters, as a calendar or
/// a form prints them in brackets after a date (the English ones are [`WEEKDAY_NAMES`]
/// and [`ENGLISH_SHORT_WEEKDAYS`]): Welsh, French, Spanish, Portuguese, Italian, German,
/// Dutch, Polish and Turkish.
#[rustfmt::skip]
const SHORT_WEEKDAYS_ABROAD: &[&str] = &[
    // Welsh.
    "llun", "maw", "mer", "iau", "gwe", "sad", "sul",
    // French, Spanish, Portuguese and Italian.
    "lun", "mar", "jeu", "ven", "sam", "dim", "mié", "mie", "jue", "vie", "sáb", "sab", "dom",
    "seg", "ter", "qua", "qui", "sex", "gio",
    // German and Dutch.
    "mo", "di", "mi", "do", "fr", "sa", "so", "ma", "wo", "vr", "za", "zo",
    // Polish.
    "pon", "wt", "śr", "sr", "czw", "pt", "sob", "niedz", "nd",
    // Turkish.
    "pzt", "salı", "çar", "car", "per", "cum", "cmt", "paz",
];

/// The bytes of a mark for "year" at the start of `after`, after at most one space,
/// that ends there: Polish "r." or "roku", Russian "г.", "г", "года" or "г.р." (the
/// year of birth), Ukrainian "р.", "року" or "р.н." (its year of birth), Armenian "թ."
/// (թվական), Georgian "წ." (წელი) and Kazakh "ж." (жыл), as their dates are written
/// ("03.09.1956 r.", "3 września 1956 roku", "03.09.1956 г.р.", "3 вересня 1956 р.", "3
/// սեպտեմբերի 1956 թ.").
fn year_mark_after(after: &str) -> Option<usize> {
    let spaced = after
        .strip_prefix([' ', '\u{a0}', '\u{202f}'])
        .unwrap_or(after);
    // "r." may end the sentence itself; a word must end where it ends.
    let ends = |rest: &&str| rest.is_empty() || !rest.starts_with(char::is_alphanumeric);
    let rest = [
        "roku", "года", "року", "г.р.", "г.р", "р.н.", "р.н", "r.", "г.", "г", "р.", "թ.", "թ",
        "წ.", "ж.",
    ]
    .iter()
    .find_map(|mark| spaced.strip_prefix(mark).filter(ends))
    .or_else(|| short_word_of_another_script(spaced).filter(ends))?;
    Some(after.len() - rest.len())
}

/// What is left of `spaced` after a word of one to four small (or caseless) letters of a
/// script other than the Latin one, perhaps with a stop, opening it: the word for "year" that many languages
/// write after a date's year, listed or not (Tatar "ел", Bashkir "йыл", Mongolian "он").
/// In a Latin script such a word is as often the sentence going on ("1956 and").
fn short_word_of_another_script(spaced: &str) -> Option<&str> {
    let letters = spaced
        .chars()
        .take_while(|&c| c.is_alphabetic() && !c.is_uppercase() && c > '\u{24f}')
        .count();
    if !(1..=4).contains(&letters) {
        return None;
    }
    let word_end = spaced
        .char_indices()
        .nth(letters)
        .map_or(spaced.len(), |(at, _)| at);
    let rest = &spaced[word_end..];
    Some(rest.strip_prefix('.').unwrap_or(rest))
}

/// The marks of calendars ([`calendar_mark_after`]), the longer of two that open alike
/// first.
#[rustfmt::skip]
const CALENDAR_MARKS: &[&str] = &[
    // Ethiopian; Islamic (Hijri), Iranian (Solar Hijri) and lunar Hijri.
    "E.C.", "E.C", "EC", "A.H.", "A.H", "AH", "هـ.ش", "هـ.ق", "ه.ش", "ه.ق", "هـ", "ه", "ش",
    // Bikram Sambat; Gregorian; Vikram Samvat.
    "B.S.", "B.S", "BS", "A.D.", "A.D", "AD", "C.E.", "C.E", "CE", "d. C.", "d.C.", "d.C",
    "वि.सं.", "वि.सं", "बि.सं.", "बि.सं",
];

/// The bytes of the mark of a calendar or an era at the start of `after`,
/// after at most one space, that ends there: the Ethiopian calendar's "E.C." (the
/// Ethiopian or Ethiopic Calendar, as an Ethiopian identity card or birth certificate
/// dates a birth in English: "28/12/1948 E.C."), the Islamic (Hijri) calendar's "هـ"
/// (هجري, with or without its tatweel) or "AH" (anno Hegirae), as a Saudi or Gulf
/// document dates one ("1376/01/27 هـ"), the Iranian (Solar Hijri) calendar's "ه.ش" or
/// "ش" ("1335/06/12 ه.ش") and the lunar one's "ه.ق", Nepal's Bikram Sambat's "B.S."
/// ("2013/05/19 B.S.") and Vikram Samvat's "वि.सं.", and the Gregorian "AD", "CE" or
/// the Spanish "d. C." a form may add. The date before such a mark is the calendar's, and the mark tells
/// which: left outside, it would say how to read the date back.
fn calendar_mark_after(after: &str) -> Option<usize> {
    let spaced = after.strip_prefix(' ').unwrap_or(after);
    let rest = CALENDAR_MARKS
        .iter()
        .find_map(|mark| spaced.strip_prefix(mark))?;
    // "E.C." and "A.H." may end the sentence themselves.
    let ends = rest.is_empty() || !rest.starts_with(char::is_alphanumeric);
    ends.then(|| after.len() - rest.len())
}

/// Time zones a system names by their initials after a time ("00:00:00 CET 1956", as
/// Java prints a date) or in brackets ("(UTC)"); the longer first.
const ZONE_INITIALS: &[&str] = &[
    "CEST", "EEST", "AEST", "AEDT", "UTC", "GMT", "BST", "CET", "EET", "WET", "IST", "EST", "EDT",
    "CST", "CDT", "MST", "MDT", "PST", "PDT", "MSK", "JST", "KST", "SGT", "HKT",
];

/// The bytes of a time zone's name in round brackets at the start of `after`, after at
/// most one space: two to five capitalised words (or initials: "GMT Daylight Time", as
/// Windows names the zone), the last "Time", as a browser's
/// `Date.toString()` prints the zone after a date turned into text ("(Coordinated
/// Universal Time)", "(British Summer Time)", "(Greenwich Mean Time)"), or the zone's
/// initials ([`ZONE_INITIALS`]).
fn zone_name_in_brackets_after(after: &str) -> Option<usize> {
    // "(Central European Standard Time)" fits with room to spare.
    let (inside, length) = in_brackets_after(after, 48)?;
    if !after.strip_prefix(' ').unwrap_or(after).starts_with('(') {
        return None;
    }
    if ZONE_INITIALS.contains(&inside) {
        return Some(length);
    }
    let words: Vec<&str> = inside.split(' ').collect();
    let capitalised = |word: &&str| {
        let mut letters = word.chars();
        let initials =
            (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
        initials
            || (letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase))
    };
    let named = (2..=5).contains(&words.len())
        && words.last() == Some(&"Time")
        && words.iter().all(capitalised);
    named.then_some(length)
}

/// Whether a value ends at the start of `rest`: the text's end, a space, a comma,
/// semicolon or closing bracket or brace, a quote closing the value ("alt=\"… 00:00:00
/// GMT 1951\""), a link's "&" before its next field ("?dob=… +0000 UTC&nhs=…"), or a stop
/// that ends a sentence.
fn ends_there(rest: &str) -> bool {
    let mut next = rest.chars();
    match next.next() {
        None => true,
        Some(c)
            if c.is_whitespace()
                || matches!(
                    c,
                    ',' | ';' | ')' | ']' | '}' | '&' | '"' | '\'' | '\u{2019}' | '\u{201D}'
                ) =>
        {
            true
        }
        Some('.') => {
            let after = next.as_str();
            after.chars().next().is_none_or(char::is_whitespace) || names_a_file_type(after)
        }
        Some(_) => false,
    }
}

/// The endings of the files people name after what they hold ("Complaint, born
/// 1956-09-03 00:00:00+00.docx"): documents, pictures, spreadsheets and text.
const FILE_TYPES: &[&str] = &[
    "docx", "doc", "pdf", "odt", "rtf", "txt", "jpeg", "jpg", "png", "heic", "xlsx", "xls", "csv",
];

/// Whether `word` is a file's type ([`FILE_TYPES`], any case).
pub(crate) fn is_a_file_type(word: &str) -> bool {
    FILE_TYPES
        .iter()
        .any(|kind| word.eq_ignore_ascii_case(kind))
}

/// Whether `rest` opens on a file's type that ends there ([`FILE_TYPES`], any case): the
/// stop before it ends the file's name, not the value.
fn names_a_file_type(rest: &str) -> bool {
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    is_a_file_type(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What follows the date "D" at the start of `text` that is taken with it.
    fn taken(text: &str) -> &str {
        let text = text.strip_prefix('D').expect("starts with the date");
        &text[..with_what_follows_the_date(text, 0)]
    }

    /// The date "X" in `text` with the weekday said of it.
    fn with_its_weekday(text: &str) -> &str {
        let at = text.find('X').expect("holds the date");
        let (start, end) = with_the_weekday_said_of_it(text, at, at + 1);
        &text[start..end]
    }

    #[test]
    fn takes_a_weekday_said_of_the_date_before_or_after_it() {
        for (text, date) in [
            ("born X (a Tuesday) in Leeds", "X (a Tuesday)"),
            ("born X (Tuesday morning), NHS", "X (Tuesday morning)"),
            ("born X [on a Sat.] ok", "X [on a Sat.]"),
            ("born X, a Tuesday in Leeds", "X, a Tuesday"),
            ("born X, which was a Friday, NHS", "X, which was a Friday"),
            ("born X \u{2014} a Monday at home", "X \u{2014} a Monday"),
            ("born X \u{2014} Monday.", "X \u{2014} Monday"),
            ("DOB Tuesday \u{2014} X, NHS", "Tuesday \u{2014} X"),
            ("DOB Tue. - X, NHS", "Tue. - X"),
            ("DOB: Friday: X", "Friday: X"),
            ("DOB (Tue) X ok", "(Tue) X"),
            ("DOB [Wednesday] X ok", "[Wednesday] X"),
        ] {
            assert_eq!(with_its_weekday(text), date, "{text}");
        }
        for text in [
            // A weekday with no "a" the sentence goes on from is another day's.
            "born X \u{2014} Tuesday in Leeds",
            // Another word in the brackets, or a weekday with no article or part of the
            // day (which `with_what_follows_the_date` reads).
            "born X (a Tuesday night shift) ok",
            "born X (the ward) ok",
            "born X (Tuesday) ok",
            // Not a weekday, or one inside another word, or in mixed case.
            "born X, a Tuesdayish thing",
            "seen on Tuesdays \u{2014} X",
            "DOB MoNday \u{2014} X",
            "DOB monday: X",
            "DOB (Tue X",
        ] {
            assert_eq!(with_its_weekday(text), "X", "{text}");
        }
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
            ("D 12.00am, phone", " 12.00am"),
            ("D 12:00 a.m then", " 12:00 a.m"),
            ("D 0:00 am, NHS", " 0:00 am"),
            ("D 00:00 amber ward", " 00:00"),
            ("D\t00:00:00)", "\t00:00:00"),
            ("D 00:00:00.000 thanks", " 00:00:00.000"),
            ("D 00:00:00 GMT, phone", " 00:00:00 GMT"),
            ("D 00:00:00 +0000, phone", " 00:00:00 +0000"),
            ("D 00:00 UTC+01:00, phone", " 00:00 UTC+01:00"),
            (
                "D 00:00:00 GMT+0100 (British Summer Time)",
                " 00:00:00 GMT+0100 (British Summer Time)",
            ),
            ("D 00:00:00Z, phone", " 00:00:00Z"),
            ("D 00:00:00 GMT 1956, NHS", " 00:00:00 GMT 1956"),
            ("D 00:00:00 BST 1956", " 00:00:00 BST 1956"),
            ("D 00:00:00 GMT 19560", " 00:00:00 GMT"),
            ("D 00:00:00 CET 1956, NHS", " 00:00:00 CET 1956"),
            ("D 00:00 EST", " 00:00 EST"),
            ("D 00:00:00-05 ok", " 00:00:00-05"),
            ("D 00:00 Zoe came", " 00:00"),
            ("D 00:00 GMTX came", " 00:00"),
            ("D 00:00 +0100123", " 00:00"),
            ("D 00:00 +44 7700 900123", " 00:00"),
            ("D 00:00:00 1956, NHS", " 00:00:00 1956"),
            ("D 00:00:00 19560", " 00:00:00"),
            ("D 00:00:00+00.docx, and", " 00:00:00+00"),
            ("D 00:00:00 GMT 1956.PDF", " 00:00:00 GMT 1956"),
            ("D, 00:00:00, 108 Meadow Road", ", 00:00:00"),
            ("D, 12:00 AM.", ", 12:00 AM"),
            ("D 00:00:00:000, mobile", " 00:00:00:000"),
            ("D 12.00.00.000000 AM, NHS", " 12.00.00.000000 AM"),
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
            "D 00:00:00.001 thanks",
            "D 00:00:00.0001",
            "D 00:00+0100123",
            "D 00:00+01:0x",
            "D 00:00-ish",
            "D 12:00 noon",
            "D 12:00:00 PM",
            "D 12:00",
            "D 00.00.1990",
            "D   00:00",
            "D00:00",
            "D 00:00.docxy",
            "D 00:00.docs",
            "D,00:00:00",
            "D, 14:30 at the clinic",
            "D; 00:00",
            "D 00:00:00:001",
            "D 12.00.00.000000 PM",
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
            ("D (Pon.) i", " (Pon.)"),
            ("D [Mon], NHS", " [Mon]"),
            ("D(月)、電話", "(月)"),
            ("D （水） next", " （水）"),
            ("D (星期一)", " (星期一)"),
            ("D (월)", " (월)"),
            ("D（月曜日）", "（月曜日）"),
            ("D (Pzt) x", " (Pzt)"),
        ] {
            assert_eq!(taken(text), tail, "{text}");
        }
        let unclosed = format!("D (Mon{}", " and more".repeat(50));
        for text in [
            "D (approx)",
            "D (Monday clinic)",
            "D (Mon",
            "D  (Mon)",
            "D (Mon]",
            "D (月曜日の午後)",
            "D （水)",
            unclosed.as_str(),
        ] {
            assert_eq!(taken(text), "", "{text}");
        }
    }

    #[test]
    fn takes_the_year_after_a_weekday_in_brackets() {
        // The date found is "D (Sun)" at the start of each text.
        let taken = |text: &str| {
            let end = with_the_year_after_a_bracketed_weekday(text, 0, "D (Sun)".len());
            text[..end].to_string()
        };
        for (text, date) in [
            ("D (Sun), 1957, NHS", "D (Sun), 1957"),
            ("D (Sun) 2021.", "D (Sun) 2021"),
            ("D (Sun), 1957", "D (Sun), 1957"),
        ] {
            assert_eq!(taken(text), date, "{text}");
        }
        for text in [
            "D (Sun), 19570",
            "D (Sun) 1857",
            "D (Sun)  1957",
            "D (Sun) 12 weeks",
            "D (Sun), 2021x",
        ] {
            assert_eq!(taken(text), "D (Sun)", "{text}");
        }
        // A date that holds its year already, or that ends on no bracket, is left.
        let text = "3/9/1956 (Mon) 2021 was";
        assert_eq!(with_the_year_after_a_bracketed_weekday(text, 0, 14), 14);
        let text = "3 Sep 1956, 2021";
        assert_eq!(with_the_year_after_a_bracketed_weekday(text, 0, 10), 10);
    }

    #[test]
    fn takes_the_day_after_a_month_and_year() {
        // The date is "July 1933" in each text.
        let taken = |text: &str| {
            let start = text.find("July").expect("holds the date");
            let end = with_the_day_after_its_month_and_year(text, start, start + 9);
            text[start..end].to_string()
        };
        for (text, date) in [
            ("born July 1933, the 12th, NHS", "July 1933, the 12th"),
            ("DOB July 1933, the 1st.", "July 1933, the 1st"),
            ("DOB July 1933, the 22nd", "July 1933, the 22nd"),
            ("DOB July 1933, the 3rd; phone", "July 1933, the 3rd"),
            ("DOB July 1933, the 11th)", "July 1933, the 11th"),
        ] {
            assert_eq!(taken(text), date, "{text}");
        }
        for text in [
            "born July 1933, the 12th floor",
            "born July 1933, the 32nd",
            "born July 1933, the 12st,",
            "born July 1933, the 1th,",
            "born July 1933, the 123rd,",
            "born July 1933 the 12th,",
            "born July 1933, the twelfth,",
        ] {
            assert_eq!(taken(text), "July 1933", "{text}");
        }
        // Only after a month and a year: not after a full date.
        let text = "born 3 July 1933, the 12th,";
        assert_eq!(with_the_day_after_its_month_and_year(text, 5, 16), 16);
    }

    #[test]
    fn takes_a_weekday_before_a_date_in_brackets() {
        // The date is "#" in each text.
        let taken = |text: &str| {
            let start = text.find('#').expect("holds the date");
            let (start, end) = with_the_weekday_before_its_brackets(text, start, start + 1);
            text[start..end].to_string()
        };
        for (text, date) in [
            ("born Saturday (#), NHS", "Saturday (#)"),
            ("DOB Thu (#).", "Thu (#)"),
            ("is WEDNESDAY (#)", "WEDNESDAY (#)"),
        ] {
            assert_eq!(taken(text), date, "{text}");
        }
        for text in [
            "born saturday (#), NHS",
            "born Saturday (#, NHS",
            "born Saturday(#)",
            "born Saturdays (#)",
            "born xSaturday (#)",
            "born SaTurday (#)",
            "born Sunny (#)",
        ] {
            assert_eq!(taken(text), "#", "{text}");
        }
        // A cued date read with its weekday and opening bracket gets its closing one.
        let text = "it is Monday (24/10/2011), NHS";
        let end = text.find(')').expect("closes");
        assert_eq!(
            with_the_weekday_before_its_brackets(text, 6, end),
            (6, end + 1)
        );
    }

    #[test]
    fn takes_a_weekday_closing_the_dates_phrase() {
        for (text, tail) in [
            ("D Fri, NI number", " Fri"),
            ("D Sun", " Sun"),
            ("D Monday.", " Monday"),
            ("D Tues; email", " Tues"),
            ("D WED, phone", " WED"),
            ("D Thu) and", " Thu"),
            ("D mon, phone", " mon"),
            ("D  Fri, NI", "  Fri"),
            ("D Thurs - please call my son", " Thurs"),
            ("D Sat: phone", " Sat"),
            ("D Sat!", " Sat"),
            ("D Tue / 07700", " Tue"),
            ("D Fri \u{2014} called", " Fri"),
            ("D Fri\nNHS 943 476 5919", " Fri"),
            ("D, Thursday, hospital number", ", Thursday"),
            ("D, Sat; mobile", ", Sat"),
            // Set off by a dash, and before "and" going on to the next detail.
            ("D - Monday.", " - Monday"),
            ("D \u{2013} Fri, phone", " \u{2013} Fri"),
            ("D Wed and my phone 0113", " Wed"),
            ("D, a Wednesday, and they lost it", ", a Wednesday"),
            ("D, a Saturday.", ", a Saturday"),
            // A whole weekday whatever follows, with "a" after a space too.
            ("D Sunday at the front desk", " Sunday"),
            ("D SUNDAY so please", " SUNDAY"),
            ("D a Sunday at the front desk", " a Sunday"),
            ("D a Sunday, thanks", " a Sunday"),
        ] {
            assert_eq!(taken(text), tail, "{text}");
        }
        for text in [
            "D Sat in A&E for hours",
            "D Monday morning",
            "D   Fri, NI",
            "D Friday's clinic",
            "D Fri.5",
            "D Fridays, mostly",
            "D SUn, x",
            "D Mon-Fri",
            "D Mon -Fri",
            "D, Monday morning I was seen",
            "D, Sat in A&E for hours",
            "D,  Fri, NI",
            "D,Fri, NI",
            "D - Monday morning",
            "D -Monday.",
            "D Wed andrew",
            "D Wed and Thu were both wasted",
            "D, a Wednesday morning clinic",
            "D, a lovely day",
            "D Sunday and Monday were both wasted",
            "D Sunday to Tuesday on the ward",
            "D Sunday evening I was seen",
            "D a Sunday night",
            "D a Sun at the desk",
            "D Sat at the desk",
        ] {
            assert_eq!(taken(text), "", "{text}");
        }
    }

    #[test]
    fn takes_a_format_hint_in_brackets() {
        for (text, tail) in [
            ("D (dd/mm/yyyy), email", " (dd/mm/yyyy)"),
            ("D (DD/MM/YYYY)", " (DD/MM/YYYY)"),
            ("D(mm-dd-yy) and", "(mm-dd-yy)"),
            ("D [yyyy.mm.dd] ok", " [yyyy.mm.dd]"),
            ("D (d m y)", " (d m y)"),
        ] {
            assert_eq!(taken(text), tail, "{text}");
        }
        for text in [
            "D (dd/mm)",
            "D (dd/dd/yyyy)",
            "D (dd/mm/yyyy/mm)",
            "D (dd//mm/yyyy)",
            "D (day/month/year)",
            "D (my mum)",
            "D (dm/y)",
            "D (dd/mm/yyyy",
            "D  (dd/mm/yyyy)",
            "D (dd/mm/yyyy]",
        ] {
            assert_eq!(taken(text), "", "{text}");
        }
    }

    #[test]
    fn takes_the_order_said_in_words() {
        for (text, tail) in [
            ("D, year first, so", ", year first"),
            ("D (UK format) and", " (UK format)"),
            ("D day-first.", " day-first"),
            ("D, year first at the desk", ", year first"),
        ] {
            assert_eq!(taken(text), tail, "{text}");
        }
        for text in [
            "D, year first aid",
            "D (year first",
            "D, the year first",
            "D, years first",
        ] {
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
            ("D г.р., адрес", " г.р."),
            ("D г, адрес", " г"),
            ("D р., телефон", " р."),
            ("D року.", " року"),
            ("D р.н., адреса", " р.н."),
            ("D թ., հեռախոս", " թ."),
            ("D թ", " թ"),
            ("D წ., ტელეფონი", " წ."),
            ("D ж.; телефон", " ж."),
            // A short word of another script, listed or not, after a space of any width:
            // Tatar, Bashkir, Kazakh, Georgian, Armenian.
            ("D ел, NHS", " ел"),
            ("D\u{202f}ел, NHS", "\u{202f}ел"),
            ("D йыл.", " йыл."),
            ("D жыл", " жыл"),
            ("D წელს", " წელს"),
            ("D թվին", " թվին"),
        ] {
            assert_eq!(taken(text), tail, "{text}");
        }
        for text in [
            "D rang",
            "D r.a.",
            "D ring",
            "D rokuro",
            "D года1",
            "D гость",
            "D ж.к.",
            "D гостиница",
            "D and",
            "D Ну",
        ] {
            assert_eq!(taken(text), "", "{text}");
        }
    }

    #[test]
    fn takes_the_mark_of_a_calendar() {
        for (text, tail) in [
            ("D ه.ش، تلفن", " ه.ش"),
            ("D B.S., phone", " B.S."),
            ("D AD.", " AD"),
            ("D d. C., teléfono", " d. C."),
            ("D वि.सं.", " वि.सं."),
            ("D E.C., NI number", " E.C."),
            ("D E.C.", " E.C."),
            ("D EC; next", " EC"),
            ("D هـ", " هـ"),
            ("D ه، التالي", " ه"),
            ("D AH, phone", " AH"),
            ("D A.H.", " A.H."),
        ] {
            assert_eq!(taken(text), tail, "{text}");
        }
        for text in [
            "D ECG done",
            "D ahead",
            "D EC1A 1BB",
            "D Home",
            "D AHP",
            "D BSc",
            "D ADHD",
            "D Cert",
        ] {
            assert_eq!(taken(text), "", "{text}");
        }
    }

    #[test]
    fn takes_a_time_zone_named_in_brackets() {
        assert_eq!(
            taken("D 00:00:00 GMT+0000 (Coordinated Universal Time), NHS"),
            " 00:00:00 GMT+0000 (Coordinated Universal Time)"
        );
        assert_eq!(taken("D (British Summer Time)"), " (British Summer Time)");
        assert_eq!(taken("D (UTC) next"), " (UTC)");
        assert_eq!(taken("D (GMT Daylight Time)"), " (GMT Daylight Time)");
        for text in [
            "D (Time)",
            "D (Quality Time with Mum)",
            "D (my time)",
            "D (DOB)",
            "D [British Summer Time]",
        ] {
            assert_eq!(taken(text), "", "{text}");
        }
    }

    #[test]
    fn takes_each_kind_once_in_any_order() {
        assert_eq!(taken("D 00:00 (Mon) r. next"), " 00:00 (Mon) r.");
        assert_eq!(taken("D (dd/mm/yyyy) (Mon) x"), " (dd/mm/yyyy) (Mon)");
        assert_eq!(taken("D (Mon) (Tue)"), " (Mon)");
        assert_eq!(taken("D 00:00 00:00"), " 00:00");
    }

    #[test]
    fn takes_the_closing_stop_of_a_date_whose_day_has_one() {
        fn taken<'t>(text: &'t str, date: &str) -> &'t str {
            let start = text.find(date).expect("date in text");
            &text[start..with_the_closing_stop(text, start, start + date.len())]
        }
        assert_eq!(
            taken("DOB 3. септембар 1956. Thanks", "3. септембар 1956"),
            "3. септембар 1956."
        );
        assert_eq!(
            taken("DOB 3. rujna 1956.", "3. rujna 1956"),
            "3. rujna 1956."
        );
        assert_eq!(
            taken("DOB 3 March 1956. Thanks", "3 March 1956"),
            "3 March 1956"
        );
        assert_eq!(taken("DOB 03.09.1956. Thanks", "03.09.1956"), "03.09.1956");
        assert_eq!(
            taken("DOB 3. rujna 1956.5 x", "3. rujna 1956"),
            "3. rujna 1956"
        );
    }
}
