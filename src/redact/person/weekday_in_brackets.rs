//! A day of the week in brackets after a date or a time, as a calendar, a diary or a
//! booking system copies a date out: "seen 29/02/2024 (Thu)", "DOB 03/09/1956 (Pon)",
//! "clinic 14:30 (Mon)". The short forms are given names or surnames somewhere ("Mon",
//! "Sun", "Sat", "Pon"), and a word alone in brackets is read as a name written after a
//! role ("the porter (Marcus)"); but nobody is named in brackets straight after a date
//! or a clock. Read for the days' full and short forms in English and the Polish short
//! forms, which are no one's short name ("Sam", "Dom" and "Di" are, and stay names).

use super::tokens::Token;

/// The days of the week, full and short, in small letters, that are no one's short
/// name: English, and the Polish short forms. The other languages' short forms a
/// calendar prints ("Sam", "Dom", "Di", "Mo") are given names too, and stay names here.
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
    "pon",
    "czw",
    "sob",
    "niedz",
];

/// Whether the found name `first..=last` is one word, a day of the week alone in round
/// brackets ("(Thu)", "(pon.)"), straight after the digits of a date or a clock (one
/// space between at most).
pub(crate) fn names_a_weekday_after_a_date(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> bool {
    if first != last || !WEEKDAYS.contains(&tokens[first].lower.as_str()) {
        return false;
    }
    let token = &tokens[first];
    let after = &text[token.end..];
    let closed = after.starts_with(')') || after.starts_with(".)");
    let Some(before) = text[..token.start].strip_suffix('(') else {
        return false;
    };
    let before = before.strip_suffix(' ').unwrap_or(before);
    closed && (ends_with_a_date_or_clock(before) || after_a_redacted_date(before))
}

/// Whether `before` ends with digits a mark joins to more digits, as a date or a clock
/// is written ("29/02/2024", "3.9.24", "14:30"), not a bare number ("bed 12 (Sun)").
fn ends_with_a_date_or_clock(before: &str) -> bool {
    let word = before.rsplit([' ', '\t', '\n']).next().unwrap_or(before);
    let bytes = word.as_bytes();
    bytes.last().is_some_and(u8::is_ascii_digit)
        && bytes.windows(3).any(|w| {
            w[0].is_ascii_digit()
                && matches!(w[1], b'/' | b'.' | b'-' | b':')
                && w[2].is_ascii_digit()
        })
}

/// Whether `before` ends with the placeholder of a date of birth redacted already
/// ("[DATE_OF_BIRTH]", "[DATE_OF_BIRTH_2]"): names are read after the dates.
fn after_a_redacted_date(before: &str) -> bool {
    before
        .strip_suffix(']')
        .and_then(|head| head.rfind('[').map(|open| &head[open + 1..]))
        .is_some_and(|label| label.starts_with("DATE_OF_BIRTH"))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the word `word` of `text`, found alone, is read as a day.
    fn day(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let i = tokens
            .iter()
            .position(|t| t.text == word)
            .expect("word in text");
        names_a_weekday_after_a_date(text, &tokens, i, i)
    }

    #[test]
    fn a_day_in_brackets_after_a_date_or_a_clock_is_the_day() {
        assert!(day("appointment 29/02/2024 (Thu) 00:00:00", "Thu"));
        assert!(day("DOB 03/09/1956 (Pon) thanks", "Pon"));
        assert!(day("clinic at 14:30(Mon) again", "Mon"));
        assert!(day("seen 3.9.24 (sun.) and sent home", "sun"));
        assert!(day("DOB [DATE_OF_BIRTH] (Pon) thanks", "Pon"));
        assert!(day("DOB [DATE_OF_BIRTH_1] (Czw) thanks", "Czw"));
    }

    #[test]
    fn a_name_in_brackets_or_a_day_elsewhere_is_left() {
        assert!(!day("the nurse (Sun) was lovely", "Sun"));
        assert!(!day("29/02/2024 (Marcus) rang", "Marcus"));
        assert!(!day("phone line open (Mon) 9-5", "Mon"));
        assert!(!day("seen 29/02/2024 (Mon and Tue)", "Mon"));
        assert!(!day("29/02/2024 Sun was kind", "Sun"));
        assert!(!day("ring [PHONE_NUMBER] (Sat) after six", "Sat"));
        assert!(!day("bed 12 (Sun) was lovely", "Sun"));
        assert!(!day("seen 29/02/2024 (Sam) at the desk", "Sam"));
    }
}
