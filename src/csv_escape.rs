//! Spreadsheet-formula ("CSV injection") protection for every CSV this tool writes.
//!
//! Analysts open `tagged.csv`, `quarantine.csv` and `redact`'s CSV output in Excel or
//! LibreOffice, which run a cell that starts with `=`, `+`, `-` or `@` (or a tab or
//! carriage return before one) as a formula: `=HYPERLINK(...)` in a comment becomes a
//! live link. Following the OWASP guidance, such a cell is written with a leading `'`,
//! which spreadsheets show as plain text and hide. A cell that is a plain number
//! (`-3`, `+44`, `-0.25`) is left alone: it cannot hold a formula and stays a number.
//! [`CsvEscape::Off`] (`--no-csv-escape`) writes every cell as it is, for tools that
//! read the CSV as data rather than open it in a spreadsheet.

use std::borrow::Cow;

/// Whether CSV cells that a spreadsheet would run as a formula get a leading `'`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvEscape {
    /// Prefix risky cells with `'` (the default).
    #[default]
    On,
    /// Write every cell exactly as it is (`--no-csv-escape`).
    Off,
}

impl CsvEscape {
    /// `Off` when the user asked for `--no-csv-escape`, else `On`.
    pub fn from_no_escape_flag(no_escape: bool) -> Self {
        if no_escape {
            CsvEscape::Off
        } else {
            CsvEscape::On
        }
    }

    /// The cell as it should be written: with a leading `'` when escaping is on and the
    /// cell starts with `=`, `+`, `-`, `@`, a tab or a carriage return (and is not a
    /// plain number); otherwise unchanged and borrowed.
    pub fn cell<'a>(self, cell: &'a str) -> Cow<'a, str> {
        if self == CsvEscape::On && is_risky(cell) {
            Cow::Owned(format!("'{cell}"))
        } else {
            Cow::Borrowed(cell)
        }
    }

    /// Every cell of a record through [`CsvEscape::cell`], as bytes ready for
    /// `csv::Writer::write_record` (borrowed unless a `'` was added).
    pub fn record<'a, I, S>(self, cells: I) -> impl Iterator<Item = Cow<'a, [u8]>>
    where
        I: IntoIterator<Item = &'a S>,
        S: AsRef<str> + ?Sized + 'a,
    {
        cells.into_iter().map(move |c| match self.cell(c.as_ref()) {
            Cow::Borrowed(text) => Cow::Borrowed(text.as_bytes()),
            Cow::Owned(text) => Cow::Owned(text.into_bytes()),
        })
    }
}

/// True when a spreadsheet could take the cell for a formula.
fn is_risky(cell: &str) -> bool {
    matches!(
        cell.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    ) && !is_plain_number(cell)
}

/// `[+-]digits[.digits]`: a number a spreadsheet reads as a value, never a formula.
fn is_plain_number(cell: &str) -> bool {
    let unsigned = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_a_quote() {
        for cell in [
            "=HYPERLINK(\"[URL]\",\"Click for results\")",
            "-- the call bell was ignored",
            "@Dr [PERSON]",
            "+cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "=",
            "-",
            "-1+2",
            "+44 7700",
        ] {
            let out = CsvEscape::On.cell(cell);
            assert_eq!(out, format!("'{cell}"), "{cell:?}");
        }
    }

    #[test]
    fn safe_cells_and_plain_numbers_are_unchanged() {
        for cell in [
            "",
            "Kind staff",
            "'quoted",
            " =x",
            "a=b",
            "-3",
            "+44",
            "-0.25",
            "12",
            "0.8300",
        ] {
            assert!(
                matches!(CsvEscape::On.cell(cell), Cow::Borrowed(c) if c == cell),
                "{cell:?}"
            );
        }
    }

    #[test]
    fn off_writes_everything_as_is() {
        assert_eq!(CsvEscape::Off.cell("=1+1"), "=1+1");
        assert_eq!(CsvEscape::from_no_escape_flag(true), CsvEscape::Off);
        assert_eq!(CsvEscape::from_no_escape_flag(false), CsvEscape::On);
        assert_eq!(CsvEscape::default(), CsvEscape::On);
    }

    #[test]
    fn records_escape_each_cell() {
        let cells = ["a", "=b", "-1"];
        let out: Vec<_> = CsvEscape::On.record(&cells).collect();
        assert_eq!(out, [&b"a"[..], b"'=b", b"-1"]);
    }
}
