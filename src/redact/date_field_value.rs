//! The value a label naming a date of birth gives, whatever form it is written in: "DOB:
//! 3 սեպտեմբերի 1956 թ.", "date_of_birth = 19560903000000Z", "Date of birth ๓/๙/๒๔๙๙".
//!
//! The patterns of `date_of_birth` read the forms they know; systems, countries and
//! programs write more than any list of forms holds, and a form no pattern knows would
//! leave the whole date readable beside its label. A label that names the date ("DOB",
//! "date of birth", "date_of_birth", not "born" or "birthday", after which a weight,
//! a time or another day stands as often) is followed by the date and nothing else, as a
//! form's field is: what stands between the label and the end of its field is read as
//! the date when it looks like one ([`looks_like_a_date`]): short, with a year's four
//! digits (or a longer run of digits) in any script, and no word of English but a
//! month's name or a short word ("of", "de", "yil").

use regex::Regex;

/// Most characters a field's value may have: the longest forms ("Mon, 03 Sep 1956
/// 00:00:00 +0000", "datetime.datetime(1956, 9, 3, 0, 0)") fit.
const LONGEST_VALUE: usize = 40;

/// Marks that may stand between a label and its value: spaces, a colon (a full-width one
/// too), an equals sign, a quote (curly ones too).
const MARKS_BEFORE: &[char] = &[
    ' ', '\t', ':', '=', '\'', '"', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{FF1A}',
    '\u{3000}',
];

/// Short words that may stand between a label and its value ("DOB is …", "date of
/// birth was …"), read past, not taken into the value.
const WORDS_BEFORE: &[&str] = &["is", "was", "as", "of", "on", "the", "should", "be", "read"];

/// Longest word of ASCII letters a value may hold that is no month's name: short words
/// dates are written with ("de", "of", "the", "yil", "Mon", "gada" is a month's word
/// list's).
const LONGEST_SHORT_WORD: usize = 3;

/// Where the value after a label ending at `label_end` stands, as byte offsets, when it
/// looks like a date; `month` matches a whole month's name of any language known.
pub(crate) fn value_after(text: &str, label_end: usize, month: &Regex) -> Option<(usize, usize)> {
    let past_marks = |at: usize| {
        let rest = &text[at..];
        at + rest.len() - rest.trim_start_matches(MARKS_BEFORE).len()
    };
    let mut start = past_marks(label_end);
    while let Some(word) = WORDS_BEFORE.iter().find(|word| {
        text[start..]
            .get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word))
            && text[start + word.len()..].starts_with([' ', '\t', ':'])
    }) {
        start = past_marks(start + word.len());
    }
    // A value opens on a letter or digit, or on the slash or sign a .NET date or a Unix
    // time opens on; not on a question's mark or a bracket ("DOB? A: …", "DOB (dd/mm/yy)").
    let opens = text[start..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '\\' | '-' | '+'));
    if !opens {
        return None;
    }
    let end = start + field_length(&text[start..], month)?;
    let (start, end) = without_filler_at_the_ends(text, start, end, month)?;
    looks_like_a_date(&text[start..end], month).then_some((start, end))
}

/// `start..end` less the words at its two ends that are no part of a date: short words
/// of ASCII letters that are no month's name ("to", "it is", "and NHS", "ok") and marks
/// alone ("-", "[x]"); `None` when nothing is left.
fn without_filler_at_the_ends(
    text: &str,
    start: usize,
    end: usize,
    month: &Regex,
) -> Option<(usize, usize)> {
    let value = &text[start..end];
    let filler = |word: &str| {
        let letters = word.trim_matches(|c: char| !c.is_alphanumeric());
        letters.is_empty()
            || (letters.bytes().all(|b| b.is_ascii_alphabetic())
                && letters.len() <= LONGEST_SHORT_WORD
                && !month.is_match(letters))
    };
    let words: Vec<(usize, &str)> = value
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - value.as_ptr() as usize, word))
        .collect();
    let first = words.iter().position(|&(_, word)| !filler(word))?;
    let last = words.iter().rposition(|&(_, word)| !filler(word))?;
    let (first_at, _) = words[first];
    let (last_at, last_word) = words[last];
    Some((start + first_at, start + last_at + last_word.len()))
}

/// The bytes of a field's value at the start of `value`, spaces at its end given back:
/// up to a line's end, a semicolon, a bar, a quote, a bracket that closes none opened in
/// it, a comma with no digit after it, or a stop with a space or the end after it, but
/// for one a digit follows ("1956 ж. 3 қыркүйек") or one after a day's one or two digits
/// that a month's name (`month`) or a word of another script follows ("3. rujna 1956").
/// `None` when no end comes within [`LONGEST_VALUE`] characters.
fn field_length(value: &str, month: &Regex) -> Option<usize> {
    let mut depth = 0_u32;
    let mut digits_before = 0;
    let chars: Vec<(usize, char)> = value.char_indices().take(LONGEST_VALUE + 1).collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let ends = match c {
            '\n' | '\r' | ';' | '|' | '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201C}'
            | '\u{201D}' => true,
            '(' | '[' => {
                depth += 1;
                false
            }
            ')' | ']' if depth == 0 => true,
            ')' | ']' => {
                depth -= 1;
                false
            }
            ',' => {
                depth == 0
                    && !digit_follows(&chars[k + 1..])
                    && !month_after(&value[at + 1..], month)
            }
            '.' => {
                depth == 0
                    && next.is_none_or(char::is_whitespace)
                    && !digit_follows(&chars[k + 1..])
                    && !((1..=2).contains(&digits_before) && month_after(&value[at + 1..], month))
            }
            _ => false,
        };
        if ends {
            return Some(value[..at].trim_end().len());
        }
        if k == LONGEST_VALUE {
            return None;
        }
        digits_before = if c.is_numeric() { digits_before + 1 } else { 0 };
    }
    Some(value.trim_end().len())
}

/// Whether the first word of `rest` is a month's name (`month`) or a word of another
/// script.
fn month_after(rest: &str, month: &Regex) -> bool {
    let word = rest.split_whitespace().next().unwrap_or("");
    !word.is_ascii() || month.is_match(word.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether a digit comes after spaces at the start of `chars`.
fn digit_follows(chars: &[(usize, char)]) -> bool {
    chars
        .iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace())
        .is_some_and(char::is_numeric)
}

/// Whether a field's value looks like a date: a run of four digits (a year, no naught
/// first) in any script and more than that number alone, and no longer run (digits run together, a Unix time or a .NET date are the
/// patterns' to read, which weigh whether they make a day: "DOB /Date(-420595200123)/"
/// is none); and every word either holds a digit, is of another script's letters, is a
/// month's name, or is a short word of ASCII letters ([`LONGEST_SHORT_WORD`]).
fn looks_like_a_date(value: &str, month: &Regex) -> bool {
    let mut run = 0;
    let mut runs = 0;
    let mut naught_first = false;
    let mut year = false;
    for c in value.chars().chain(std::iter::once(' ')) {
        if c.is_numeric() {
            naught_first |= run == 0 && c == '0';
            run += 1;
            if run > 4 {
                return false;
            }
        } else {
            // A year has no naught first ("0161 496 0000" is a phone's).
            year |= run == 4 && !naught_first;
            runs += usize::from(run > 0);
            run = 0;
            naught_first = false;
        }
    }
    // More than a number: another number, a month's name or a word of another script.
    let more_than_a_number = runs > 1
        || value.split_whitespace().any(|word| {
            let letters = word.trim_matches(|c: char| !c.is_alphanumeric());
            !letters.is_ascii() || month.is_match(letters)
        });
    year && more_than_a_number
        && value
            .split_whitespace()
            .all(|word| word_of_a_date(word, month))
}

/// Whether a word of a value may be a date's: see [`looks_like_a_date`]. A week's date or
/// code ("1968W047", "2024-W14-5": a "W" after a digit or hyphen, before a digit) is
/// none: the patterns weigh it.
fn word_of_a_date(word: &str, month: &Regex) -> bool {
    let letters = word.trim_matches(|c: char| !c.is_alphanumeric());
    let week = letters.as_bytes().windows(3).any(|w| {
        (w[0].is_ascii_digit() || w[0] == b'-')
            && matches!(w[1], b'W' | b'w')
            && w[2].is_ascii_digit()
    });
    if week {
        return false;
    }
    letters.chars().any(char::is_numeric)
        || !letters.is_ascii()
        || letters.len() <= LONGEST_SHORT_WORD
        || month.is_match(letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month() -> Regex {
        Regex::new("(?i)^(?:september|sep|august|juni|sentabr|rujna)$").expect("valid")
    }

    /// The value read after the label "DOB" opening `text`.
    fn read(text: &str) -> Option<&str> {
        value_after(text, 3, &month()).map(|(s, e)| &text[s..e])
    }

    #[test]
    fn reads_a_date_in_any_form_up_to_its_fields_end() {
        for (text, value) in [
            ("DOB: 3 սեպտեմբերի 1956 թ. thanks", "3 սեպտեմբերի 1956 թ"),
            ("DOB ๓/๙/๒๔๙๙, phone", "๓/๙/๒๔๙๙"),
            ("DOB 3. rujna 1956.", "3. rujna 1956"),
            (
                "DOB datetime.date(1956, 9, 3); NHS",
                "datetime.date(1956, 9, 3)",
            ),
            (
                "DOB Mon, 03 Sep 1956 00:00:00 +0000, which",
                "03 Sep 1956 00:00:00 +0000",
            ),
            ("DOB: 1956-yil 3-sentabr\nnext", "1956-yil 3-sentabr"),
            ("DOB 15. juni 1955", "15. juni 1955"),
            ("DOB is 2004, August 27, not the one", "2004, August 27"),
            ("DOB 3 mai 1961 and NHS", "3 mai 1961"),
            ("DOB to 1956 ж, ok", "1956 ж"),
            ("DOB: 1956 ж. 3 қыркүйек, phone", "1956 ж. 3 қыркүйек"),
            ("DOB: 1956 оны 9-р сарын 3. ok", "1956 оны 9-р сарын 3"),
            ("DOB: \u{201C}1956 წლის 3\u{201D}", "1956 წლის 3"),
        ] {
            assert_eq!(read(text), Some(value), "{text}");
        }
    }

    #[test]
    fn leaves_a_value_that_is_no_date() {
        for text in [
            "DOB field was blank, 2024",
            "DOB checked again on 12 March 2024 at the desk",
            "DOB: 3 weeks",
            "DOB: 123",
            "DOB wrong on letters since 2019, please fix",
            "DOB: 0 2 / 0 1 / 1 9 3 8 and more and more and more and more",
            "DOB? A: 1976. augusztus 24.",
            "DOB = '19560903000000Z' WHERE",
            "DOB /Date(-420595200123)/ ok",
            "DOB 9999.",
            "DOB: 1956",
            "DOB to 1968W047, thanks",
            "DOB 3 Sep 56:0161 496 0000",
            "DOB (dd/mm/yyyy) 03/03/1956",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
