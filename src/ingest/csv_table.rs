//! [`CsvTable`]: the one way this tool reads a CSV file, whatever it is for (`run`'s
//! records, `redact`'s pass-through rows, `train` and `eval`'s labelled rows).
//!
//! It detects the delimiter (comma, semicolon, tab or pipe, from the header line),
//! skips a UTF-8 BOM, decodes header names leniently, tracks the line each row starts
//! on, and checks rows the same way for every caller: a row with the wrong number of
//! fields, or a field in use that is too long or is neither UTF-8 nor Windows-1252,
//! is a [`RowProblem`] with its column and a reason that never quotes the data.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use super::decode::decode_field;
use super::error::IngestError;
use super::line_index::{track_lines, LineCounter, NewlineTrackingReader};

/// Delimiters recognised, in order of preference when counts tie.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How much of the start of a file is looked at to choose the delimiter.
const SNIFF_BYTES: usize = 64 * 1024;

/// Why one row cannot be used: the 1-based column at fault (when one field is) and a
/// reason for the quarantine file. Never holds field contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// 1-based column (field) number, where the problem is in one field.
    pub column: Option<u64>,
    /// Why the row was set aside.
    pub reason: String,
}

/// A CSV file being read row by row, with its header already read.
pub struct CsvTable<R: Read> {
    reader: csv::Reader<NewlineTrackingReader<BufReader<R>>>,
    lines: LineCounter,
    headers: Vec<String>,
    delimiter: u8,
    path: PathBuf,
}

impl<R: Read> std::fmt::Debug for CsvTable<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CsvTable")
            .field("path", &self.path)
            .field("columns", &self.headers.len())
            .field("delimiter", &char::from(self.delimiter))
            .finish()
    }
}

impl<R: Read> CsvTable<R> {
    /// Opens a CSV stream and reads its header. `path` names the file in errors. An
    /// empty file (or one holding only a BOM or blank header) is an error.
    pub fn open(input: R, path: &Path) -> Result<Self, IngestError> {
        let mut buffered = BufReader::with_capacity(SNIFF_BYTES, input);
        let start = buffered.fill_buf().map_err(|source| IngestError::Read {
            path: path.to_path_buf(),
            line: 1,
            source,
        })?;
        let delimiter = sniff_delimiter(start);
        let (tracked, lines) = track_lines(buffered);
        let reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .delimiter(delimiter)
            .from_reader(tracked);
        let mut table = CsvTable {
            reader,
            lines,
            headers: Vec::new(),
            delimiter,
            path: path.to_path_buf(),
        };
        let headers = match table.reader.byte_headers() {
            Ok(headers) => headers.iter().map(header_text).collect::<Vec<_>>(),
            Err(e) => return Err(table.error(e)),
        };
        if headers.is_empty() || (headers.len() == 1 && headers[0].is_empty()) {
            return Err(IngestError::EmptyFile {
                path: path.to_path_buf(),
                what: "file is empty",
            });
        }
        table.headers = headers;
        Ok(table)
    }

    /// The header names, trimmed, BOM removed, in file order.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// The delimiter found from the header line.
    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// The path errors name.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the next row into `row`; returns the 1-based line it starts on, or `None`
    /// at the end. Rows are not checked here (see [`CsvTable::check_shape`]); only a
    /// file whose structure cannot be parsed at all (or a read failure) is an error.
    pub fn next_row(&mut self, row: &mut csv::ByteRecord) -> Result<Option<u64>, IngestError> {
        match self.reader.read_byte_record(row) {
            Ok(true) => Ok(Some(
                self.lines
                    .line_at(row.position().map_or(u64::MAX, |p| p.byte())),
            )),
            Ok(false) => Ok(None),
            Err(e) => Err(self.error(e)),
        }
    }

    /// A row with a different number of fields from the header cannot be trusted
    /// (its columns may have shifted), so it is a problem for every reader.
    pub fn check_shape(&self, row: &csv::ByteRecord) -> Result<(), RowProblem> {
        if row.len() == self.headers.len() {
            return Ok(());
        }
        Err(RowProblem {
            column: None,
            reason: format!(
                "wrong field count: expected {}, found {}",
                self.headers.len(),
                row.len()
            ),
        })
    }

    /// Gives back the input stream (read to its end when every row was read).
    pub fn into_inner(self) -> R {
        self.reader.into_inner().into_inner().into_inner()
    }

    /// Turns a parser error into an [`IngestError`] (the csv crate's messages hold no data).
    fn error(&mut self, err: csv::Error) -> IngestError {
        let line = self
            .lines
            .line_at(err.position().map_or(u64::MAX, |p| p.byte()));
        match err.into_kind() {
            csv::ErrorKind::Io(source) => IngestError::Read {
                path: self.path.clone(),
                line,
                source,
            },
            other => IngestError::MalformedCsv {
                path: self.path.clone(),
                line,
                message: csv_error_kind(&other),
            },
        }
    }
}

/// Decodes the field at `at` (0-based) of a row: too long, binary or undecodable is a
/// problem naming its column; a missing field is empty text.
pub fn decode_cell(row: &csv::ByteRecord, at: usize, limit: usize) -> Result<String, RowProblem> {
    let bytes = row.get(at).unwrap_or_default();
    let column = Some(at as u64 + 1);
    if bytes.len() > limit {
        return Err(RowProblem {
            column,
            reason: format!("field too long: {} bytes, limit {limit}", bytes.len()),
        });
    }
    decode_field(bytes).map_err(|e| RowProblem {
        column,
        reason: e.reason().to_string(),
    })
}

/// The delimiter of a CSV whose first bytes are `start`: whichever of `,` `;` tab `|`
/// occurs most often outside quotes on the header line (comma when none does).
pub fn sniff_delimiter(start: &[u8]) -> u8 {
    let start = start.strip_prefix(b"\xef\xbb\xbf").unwrap_or(start);
    let mut counts = [0usize; DELIMITERS.len()];
    let mut quoted = false;
    for &byte in start {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = DELIMITERS.iter().position(|&d| d == byte) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = 0;
    for (i, &n) in counts.iter().enumerate() {
        if n > counts[best] {
            best = i;
        }
    }
    DELIMITERS[best]
}

/// A header cell as text, trimmed (decoded leniently: it is only matched and, if it
/// looks like a name, shown in messages).
fn header_text(bytes: &[u8]) -> String {
    let text = decode_field(bytes).unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned());
    text.trim()
        .trim_start_matches('\u{feff}')
        .trim()
        .to_string()
}

/// A data-free description of a csv error kind.
fn csv_error_kind(kind: &csv::ErrorKind) -> String {
    match kind {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("expected {expected_len} fields, found {len}")
        }
        csv::ErrorKind::Utf8 { .. } => "invalid UTF-8".to_string(),
        _ => "unreadable record".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(data: &[u8]) -> (Vec<String>, Vec<(u64, Vec<String>)>) {
        let mut table = CsvTable::open(data, Path::new("t.csv")).unwrap();
        let mut row = csv::ByteRecord::new();
        let mut out = Vec::new();
        while let Some(line) = table.next_row(&mut row).unwrap() {
            let cells = (0..row.len())
                .map(|i| decode_cell(&row, i, 100).unwrap())
                .collect();
            out.push((line, cells));
        }
        (table.headers().to_vec(), out)
    }

    #[test]
    fn delimiters_are_found_from_the_header_line() {
        assert_eq!(sniff_delimiter(b"id,text\n1;2;3;4\n"), b',');
        assert_eq!(sniff_delimiter(b"id;text;site\n1,2\n"), b';');
        assert_eq!(sniff_delimiter(b"\xef\xbb\xbfid\ttext\n"), b'\t');
        assert_eq!(sniff_delimiter(b"id|text\n"), b'|');
        assert_eq!(sniff_delimiter(b"\"a;b;c\",text\n"), b',');
        assert_eq!(sniff_delimiter(b"comment\nx;y\n"), b',');
        assert_eq!(sniff_delimiter(b""), b',');
    }

    #[test]
    fn semicolon_file_with_bom_crlf_and_windows_1252() {
        let (headers, rows) =
            rows(b"\xef\xbb\xbfComment ID;FFT answer\r\n1;caf\xe9, ok\r\n2;\"a;b\"\r\n");
        assert_eq!(headers, ["Comment ID", "FFT answer"]);
        assert_eq!(rows[0], (2, vec!["1".into(), "café, ok".into()]));
        assert_eq!(rows[1], (3, vec!["2".into(), "a;b".into()]));
    }

    #[test]
    fn shape_and_cell_problems_name_the_column_not_the_text() {
        let mut table = CsvTable::open(
            &b"id,text\n1,secret,x\n2,secret \x81\n"[..],
            Path::new("t.csv"),
        )
        .unwrap();
        let mut row = csv::ByteRecord::new();
        table.next_row(&mut row).unwrap();
        let problem = table.check_shape(&row).unwrap_err();
        assert_eq!(problem.column, None);
        assert!(problem.reason.contains("expected 2, found 3"));
        table.next_row(&mut row).unwrap();
        assert!(table.check_shape(&row).is_ok());
        let problem = decode_cell(&row, 1, 100).unwrap_err();
        assert_eq!(problem.column, Some(2));
        assert!(!problem.reason.contains("secret"));
        let problem = decode_cell(&row, 1, 3).unwrap_err();
        assert!(problem.reason.contains("too long"));
    }

    #[test]
    fn empty_inputs_are_errors() {
        for data in [&b""[..], &b"\xef\xbb\xbf"[..], &b"\n"[..]] {
            let err = CsvTable::open(data, Path::new("t.csv")).unwrap_err();
            assert!(matches!(err, IngestError::EmptyFile { .. }), "{data:?}");
        }
    }
}
