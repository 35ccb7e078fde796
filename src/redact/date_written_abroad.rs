//! A full date long ago written as another country writes it, read as a date of birth
//! with no cue near it: a month of another language ("7. decembra 1954", "2 Septemba
//! 1992", "8 ta' Ottubru 1974", "3 września 1956", "3 de mayo de 1956"), digits of
//! another script ("၃-၉-၁၉၅၆") or an order of its own ("1956 წლის 3 სექტემბერი"), the
//! forms of [`other_script_date`] and a day, a month of [`MONTH_ABROAD`] and a year.
//!
//! In a comment written in English such a date is copied from a document (a passport, a
//! birth certificate, a family tree, an exported record) more often than it tells of a
//! visit, and a comment about care rarely gives the full date of something so long ago:
//! the rule `date_of_birth` follows for an English date, with the same years. A recent
//! one needs its cue right before it, as an English one does: a cue elsewhere in the
//! comment is no sign (a review found "his follow-up abroad is on 14 maja 2025" in a
//! comment saying "born"). A date in ASCII digits alone is left to the English patterns,
//! and one in ASCII letters whose month is a short word ("2 mai 1979 models") is left.

use std::sync::OnceLock;

use regex::Regex;

use super::date_forms_abroad::{other_script_date, MONTH_ABROAD, SAKA_MONTHS};
use super::date_of_birth::is_year_long_ago;
use super::pattern::compile;

/// The Buddhist era's years run 543 ahead of the Christian era's (2499 is 1956).
const BUDDHIST_ERA_AHEAD: u32 = 543;

/// A day, a month of a language of the Latin script ([`MONTH_ABROAD`]: French, Spanish,
/// Polish, German…) and a four-digit year, perhaps with the day's stop or ordinal ending
/// and "de" or "del" between the parts ("3 września 1956", "14 juillet 1948", "3 de mayo
/// de 1956", "12. März 1967"); after a cue `date_of_birth` reads these with its own
/// patterns.
fn latin_script_date() -> String {
    format!(
        r"(?:3[01]|[12]\d|0?[1-9])(?:\.|er|e)?(?:[ \t]+de)?[ \t]+{MONTH_ABROAD}(?:[ \t]+del?)?,?[ \t]+(?:19|20)\d{{2}}\b"
    )
}

/// Reads dates written as another country writes them anywhere in a comment.
#[derive(Debug, Clone, Default)]
pub(crate) struct DatesWrittenAbroad {
    /// Compiled at the first comment that may hold such a date: most runs' first
    /// comments do not, and a run of one comment need not pay for it.
    pattern: OnceLock<Regex>,
}

impl DatesWrittenAbroad {
    /// The reader, its pattern not compiled yet.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// The byte ranges of such dates in `text` to read as dates of birth: standing apart
    /// from letters and digits around them, not in ASCII digits and marks alone, and
    /// long ago with a month that is no short word, or in any year and form where
    /// `listed(start, end)` says the date is given with identifiers.
    pub(crate) fn find(
        &self,
        text: &str,
        listed: impl Fn(usize, usize) -> bool,
    ) -> Vec<(usize, usize)> {
        self.pattern
            .get_or_init(|| {
                compile(&format!(
                    r"(?i)(?:{}|{})",
                    other_script_date(),
                    latin_script_date()
                ))
            })
            .find_iter(text)
            .filter(|m| stands_apart(text, m.start(), m.end()))
            .filter(|m| written_abroad(m.as_str()))
            .filter(|m| {
                let long_ago =
                    || !month_is_a_short_ascii_word(m.as_str()) && year_long_ago(m.as_str());
                long_ago() || listed(m.start(), m.end())
            })
            .map(|m| (m.start(), m.end()))
            .collect()
    }
}

/// Whether the date from `start` to `end` is not part of a longer word or number: no
/// letter or digit of any script right before it, no digit right after it.
fn stands_apart(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && after.is_none_or(|c| digit_value(c).is_none())
}

/// Whether a date holds a letter or a character beyond ASCII: a month's name or another
/// script's digits, not ASCII digits and marks alone, which the English patterns read.
fn written_abroad(date: &str) -> bool {
    date.chars()
        .any(|c| !c.is_ascii() || c.is_ascii_alphabetic())
}

/// Most letters in a short month written in ASCII letters alone: "mai", "mac", "ago",
/// "mars", "juni", "mayo" are words or short forms of English and other languages too.
const LONGEST_SHORT_MONTH: usize = 4;

/// Whether a date in ASCII alone names its month in a short word ([`LONGEST_SHORT_MONTH`]
/// letters at most): with no cue near it, "2 mai 1979 models", "Room 3 mars 1990 refit"
/// and "Kit 12 mac 1915 labels" are no dates as often (a review found them), while
/// "8 ta' Ottubru 1974", "3 de agosto de 1956" and "12. März 1967" are.
fn month_is_a_short_ascii_word(date: &str) -> bool {
    let longest = date
        .split(|c: char| !c.is_ascii_alphabetic())
        .map(str::len)
        .max()
        .unwrap_or(0);
    date.is_ascii() && longest <= LONGEST_SHORT_MONTH
}

/// The value of a digit of any script the dates are written in (`char::to_digit` knows
/// ASCII's alone): each script's digits run from its zero, and Chinese numerals write a
/// year digit by digit ("一九五六").
fn digit_value(c: char) -> Option<u32> {
    const ZEROS: &[u32] = &[
        0x30, 0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66,
        0x0CE6, 0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810,
    ];
    const CHINESE: &[char] = &['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let code = u32::from(c);
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .map(|zero| code - zero)
        .or_else(|| {
            (c == '零')
                .then_some(0)
                .or_else(|| CHINESE.iter().position(|&d| d == c).map(|d| d as u32))
        })
}

/// Whether a run of four digits in the date, of any script, is a year long ago, read in
/// the era the date counts in ([`Era`]: the Thai Buddhist era, the Saka era, Dangi).
fn year_long_ago(date: &str) -> bool {
    let mut run = 0;
    let mut value = 0;
    let mut years = Vec::new();
    for c in date.chars().chain(std::iter::once(' ')) {
        match digit_value(c) {
            Some(digit) => {
                run += 1;
                value = value * 10 + digit;
            }
            None => {
                if run == 4 {
                    years.push(value);
                }
                run = 0;
                value = 0;
            }
        }
    }
    let era = Era::of(date);
    years
        .into_iter()
        .any(|year| is_year_long_ago(era.to_christian(year)))
}

/// The Dangi era's years run 2,333 ahead of the Christian era's (4289 is 1956).
const DANGI_ERA_AHEAD: u32 = 2333;

/// The era a date's year is counted in, where the date names one other than the
/// Christian era by its month or its mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Era {
    /// The Christian era.
    Christian,
    /// The Buddhist era a Thai date may count in, 543 years ahead ("๓ ก.ย. ๒๔๙๙"): a
    /// Thai year that is no Christian year long ago is read as the Buddhist era's.
    ThaiBuddhist,
    /// India's national (Saka) calendar, 78 years behind ("Bhadra 12, 1878 (Saka)"),
    /// 79 in its months after the Christian new year.
    Saka { after_new_year: bool },
    /// Korea's Dangi era ("단기 4289년 9월 3일"), 2,333 years ahead.
    Dangi,
}

impl Era {
    /// The era of `date`: Saka when its first word is a month of that calendar or it
    /// says "Saka", Dangi when it opens on "단기", the Thai Buddhist era when it holds Thai.
    fn of(date: &str) -> Era {
        let lower = date.to_lowercase();
        let first_word = lower
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let saka_month = SAKA_MONTHS.contains(&first_word);
        if saka_month || lower.contains("saka") || lower.contains("śaka") {
            Era::Saka {
                after_new_year: matches!(first_word, "magha" | "phalguna"),
            }
        } else if date.starts_with("단기") {
            Era::Dangi
        } else if date.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)) {
            Era::ThaiBuddhist
        } else {
            Era::Christian
        }
    }

    /// `year` of this era as a year of the Christian era.
    fn to_christian(self, year: u32) -> u32 {
        match self {
            Era::Christian => year,
            Era::ThaiBuddhist if is_year_long_ago(year) => year,
            Era::ThaiBuddhist => year.saturating_sub(BUDDHIST_ERA_AHEAD),
            Era::Saka { after_new_year } => year + 78 + u32::from(after_new_year),
            Era::Dangi => year.saturating_sub(DANGI_ERA_AHEAD),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dates read in `text`, none of them listed with identifiers.
    fn found(text: &str) -> Vec<&str> {
        found_listed(text, false)
    }

    /// The dates read in `text`, every one of them listed with identifiers or none.
    fn found_listed(text: &str, listed: bool) -> Vec<&str> {
        DatesWrittenAbroad::new()
            .find(text, |_, _| listed)
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect()
    }

    #[test]
    fn reads_recent_dates_and_short_months_listed_with_identifiers() {
        for (text, date) in [
            ("the right one, 2 Mei 2013. NI number", "2 Mei 2013"),
            ("the right one, ૧૨/૦૧/૨૦૨૩. NI number", "૧૨/૦૧/૨૦૨૩"),
            ("one, 단기 4353년 3월 14일. NI", "단기 4353년 3월 14일"),
            (
                "one, Agrahayana 12, 1940 (Saka). NI",
                "Agrahayana 12, 1940 (Saka)",
            ),
        ] {
            assert_eq!(found_listed(text, true), vec![date], "{text}");
            assert!(found(text).is_empty(), "{text}");
        }
        assert!(found_listed("ref 12.03.2013. NHS number", true).is_empty());
    }

    #[test]
    fn reads_dates_long_ago_written_abroad_with_no_cue() {
        for (text, date) in [
            (
                "2 DATE 7. decembra 1954 in the family tree",
                "7. decembra 1954",
            ),
            ("Mum wrote 2 Septemba 1952 on it", "2 Septemba 1952"),
            ("[Date \"၂၁-၉-၁၉၃၃\"] in his chess file", "၂၁-၉-၁၉၃၃"),
            ("the card says 13 டிசம்பர் 1979", "13 டிசம்பர் 1979"),
            ("it reads 3 ก.ย. ๒๔๙๙ there", "3 ก.ย. ๒๔๙๙"),
            ("一九五六年九月三日 on the form", "一九五六年九月三日"),
            ("Passport says 3 września 1956 there", "3 września 1956"),
            ("it reads 3 de agosto de 1956.", "3 de agosto de 1956"),
        ] {
            assert_eq!(found(text), vec![date], "{text}");
        }
    }

    #[test]
    fn leaves_recent_dates_written_abroad() {
        for text in [
            "1 BIRT, 2 DATE ၂-၂-၂၀၁၄ is what my date of birth should say",
            "born here; his follow-up abroad is on 14 maja 2025",
            "seen 3 сентября 2024",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn leaves_ascii_digits_numbers_and_dates_inside_longer_runs() {
        for text in [
            "ref 12.03.1956 on the letter",
            "code ၁၂၃၄၅၆၇၈၉",
            "x1956-09-03",
            "2 Septemba 19561",
            "We drove the 2 mai 1979 models",
            "Kit 12 mac 1915 labels",
            "it reads 3 de mayo de 1956.",
            "Septemba 1956 alone",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn digits_of_other_scripts_have_their_values() {
        assert_eq!(digit_value('၉'), Some(9));
        assert_eq!(digit_value('٣'), Some(3));
        assert_eq!(digit_value('九'), Some(9));
        assert_eq!(digit_value('a'), None);
        assert!(year_long_ago("၁၉၅၆"));
        assert!(!year_long_ago("၂၀၁၄"));
        assert!(year_long_ago("๒๔๙๙ ก.ย."));
    }

    #[test]
    fn saka_and_dangi_years_are_read_in_their_eras() {
        assert!(year_long_ago("Bhadra 12, 1878 (Saka)"));
        assert!(year_long_ago("Vaisakha 18, 1853"));
        assert!(!year_long_ago("Agrahayana 26, 1944 (Saka)"));
        assert!(!year_long_ago("Bhadra 12, 2009 (Saka)"));
        // Phalguna 30, 1931 is 21 March 2010; Chaitra 1, 1932 is 22 March 2010.
        assert!(!year_long_ago("Phalguna 30, 1931"));
        assert!(year_long_ago("Phalguna 30, 1930"));
        assert!(year_long_ago("단기 4289년 9월 3일"));
        assert!(!year_long_ago("단기 4356년 3월 1일"));
        assert_eq!(
            found("Her passport says Bhadra 12, 1878 (Saka) there"),
            vec!["Bhadra 12, 1878 (Saka)"]
        );
        assert!(found("The referral was made Agrahayana 26, 1944 (Saka)").is_empty());
    }
}
