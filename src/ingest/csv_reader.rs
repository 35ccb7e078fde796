//! Streaming CSV reader: one `csv::ByteRecord` at a time, fields decoded one by one.
//!
//! Only the columns in use (text, id, question, date, site, rating) are decoded and
//! length-checked; other columns may hold anything without costing the row.

use std::io::Read;

use super::carried::carried_columns;
use super::columns::{find_column, normalise_name, Field};
use super::decode::decode_field;
use super::error::IngestError;
use super::line_index::{track_lines, LineCounter};
use super::record::QuarantinedRow;
use super::record_sink::RecordSink;
use super::row_values::RowValues;
use super::source_file::SourceFile;

/// Where each field lives in a CSV row (0-based column positions).
#[derive(Debug, Clone)]
struct ColumnMap {
    text: usize,
    id: Option<usize>,
    question: Option<usize>,
    date: Option<usize>,
    site: Option<usize>,
    rating: Option<usize>,
    /// Carried columns: canonical name and position.
    carried: Vec<(String, usize)>,
}

impl ColumnMap {
    /// The field/position pairs in use, text first.
    fn used(&self) -> impl Iterator<Item = (Field, usize)> {
        [
            (Field::Text, Some(self.text)),
            (Field::Id, self.id),
            (Field::Question, self.question),
            (Field::Date, self.date),
            (Field::Site, self.site),
            (Field::Rating, self.rating),
        ]
        .into_iter()
        .filter_map(|(field, at)| at.map(|at| (field, at)))
    }
}

/// Reads one CSV file, appending usable rows to `records` and the rest to
/// `quarantined`. Returns the number of data rows read.
pub fn read_csv<R: Read>(
    input: R,
    file: SourceFile<'_>,
    records: &mut impl RecordSink,
    quarantined: &mut Vec<QuarantinedRow>,
) -> Result<(u64, R), IngestError> {
    let (tracked, mut lines) = track_lines(input);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(tracked);
    let headers = reader
        .byte_headers()
        .map_err(|e| csv_error(&file, e, &mut lines))?
        .clone();
    if headers.is_empty() || (headers.len() == 1 && headers[0].trim_ascii().is_empty()) {
        return Err(file.empty("file is empty"));
    }
    let shown: Vec<String> = headers.iter().map(header_text).collect();
    let columns = map_columns(&shown, &file)?;
    let limit = file.opts.field_limit();

    let mut rows_read = 0u64;
    let mut row = csv::ByteRecord::new();
    loop {
        let more = reader
            .read_byte_record(&mut row)
            .map_err(|e| csv_error(&file, e, &mut lines))?;
        if !more {
            break;
        }
        rows_read += 1;
        let line = lines.line_at(row.position().map_or(u64::MAX, |p| p.byte()));
        let record = row_values(&row, headers.len(), &columns, limit).and_then(|values| {
            let date_column = columns.date.map(|at| at as u64 + 1);
            values
                .into_record(file.place(line))
                .map_err(|reason| (date_column, reason.to_string()))
        });
        match record {
            Ok(record) => records.push(record),
            Err((column, reason)) => {
                let id = readable_id(&row, &columns, limit);
                quarantined.push(file.quarantine(line, column, id, reason));
            }
        }
    }
    if rows_read == 0 {
        return Err(file.empty("file has a header but no data rows"));
    }
    Ok((rows_read, reader.into_inner().into_inner()))
}

/// A header cell as text, trimmed (decoded leniently: it is only matched and, if it
/// looks like a name, shown in messages).
fn header_text(bytes: &[u8]) -> String {
    let text = decode_field(bytes).unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned());
    text.trim().trim_start_matches('\u{feff}').to_string()
}

/// Finds every field's column, or says which is missing.
fn map_columns(shown: &[String], file: &SourceFile<'_>) -> Result<ColumnMap, IngestError> {
    let names: Vec<String> = shown.iter().map(|n| normalise_name(n)).collect();
    let names = names.as_slice();
    let mut found = [None; Field::ALL.len()];
    for (slot, field) in found.iter_mut().zip(Field::ALL) {
        *slot = find_column(names, file.opts.column_override(field), field);
        if let (None, Some(err)) = (*slot, file.missing_field(field, shown)) {
            return Err(err);
        }
    }
    let [text, id, question, date, site, rating] = found;
    let (carried, missing) = carried_columns(names, &file.opts.meta_cols);
    if let Some(name) = missing.first() {
        return Err(file.missing_meta_col(name, shown));
    }
    Ok(ColumnMap {
        text: text.ok_or_else(|| file.missing_text(shown))?,
        id,
        question,
        date,
        site,
        rating,
        carried,
    })
}

/// Decodes the fields in use, or says which column makes the row unusable and why.
fn row_values(
    row: &csv::ByteRecord,
    expected_fields: usize,
    columns: &ColumnMap,
    limit: usize,
) -> Result<RowValues, (Option<u64>, String)> {
    if row.len() != expected_fields {
        return Err((
            None,
            format!(
                "wrong field count: expected {expected_fields}, found {}",
                row.len()
            ),
        ));
    }
    let mut values = RowValues::default();
    for (field, at) in columns.used() {
        let bytes = row.get(at).unwrap_or_default();
        let column = Some(at as u64 + 1);
        if bytes.len() > limit {
            return Err((
                column,
                format!("field too long: {} bytes, limit {limit}", bytes.len()),
            ));
        }
        let value = decode_field(bytes).map_err(|e| (column, e.reason().to_string()))?;
        *values.slot(field) = Some(value);
    }
    for (name, at) in &columns.carried {
        let bytes = row.get(*at).unwrap_or_default();
        let column = Some(*at as u64 + 1);
        if bytes.len() > limit {
            return Err((
                column,
                format!("field too long: {} bytes, limit {limit}", bytes.len()),
            ));
        }
        let value = decode_field(bytes).map_err(|e| (column, e.reason().to_string()))?;
        values.carried.push((name.clone(), value));
    }
    Ok(values)
}

/// The id of a quarantined row, when its id field can be read.
fn readable_id(row: &csv::ByteRecord, columns: &ColumnMap, limit: usize) -> Option<String> {
    let bytes = row.get(columns.id?)?;
    if bytes.len() > limit.min(256) {
        return None;
    }
    decode_field(bytes).ok()
}

/// Turns a parser error into an [`IngestError`] (the csv crate's messages hold no data).
fn csv_error(file: &SourceFile<'_>, err: csv::Error, lines: &mut LineCounter) -> IngestError {
    let line = lines.line_at(err.position().map_or(u64::MAX, |p| p.byte()));
    match err.into_kind() {
        csv::ErrorKind::Io(source) => IngestError::Read {
            path: file.path.to_path_buf(),
            line,
            source,
        },
        other => IngestError::MalformedCsv {
            path: file.path.to_path_buf(),
            line,
            message: csv_error_kind(&other),
        },
    }
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
    use crate::ingest::options::IngestOptions;
    use crate::ingest::source_file::{read_test_file, ReadOutcome};

    /// Reads CSV bytes with the given options.
    fn read(bytes: &[u8], opts: &IngestOptions) -> Result<ReadOutcome, IngestError> {
        read_test_file("csv", 0, opts, |file, records, quarantined| {
            read_csv(bytes, file, records, quarantined).map(|(rows, _)| rows)
        })
    }

    fn read_ok(bytes: &[u8]) -> ReadOutcome {
        read(bytes, &IngestOptions::default()).unwrap()
    }

    #[test]
    fn qdc_layout_with_bom_and_crlf() {
        let data = "\u{feff}Comment ID,Date,Service type 1,FFT categorical answer,FFT question,FFT answer\r\n\
                    C1,01/02/2022,111,1,What was good?,Kind staff\r\n\
                    C2,02/02/2022,111,5,How could we improve?,Quicker\r\n";
        let (records, quarantined, rows) = read_ok(data.as_bytes());
        assert_eq!(rows, 2);
        assert!(quarantined.is_empty());
        assert_eq!(records[0].id, "C1");
        assert_eq!(records[0].text.expose(), "Kind staff");
        assert_eq!(records[0].date.as_deref(), Some("01/02/2022"));
        assert_eq!(records[0].site.as_deref(), Some("111"));
        assert_eq!(records[0].rating, Some(1));
        assert_eq!(
            records[1].question.as_deref(),
            Some("How could we improve?")
        );
        assert_eq!(records[1].text.expose(), "Quicker");
        assert_eq!(records[1].line, 3);
    }

    #[test]
    fn quoted_multi_line_field_keeps_its_start_line() {
        let data = b"id,text\n1,\"first line\nsecond, line\"\n2,next\n";
        let (records, _, rows) = read_ok(data);
        assert_eq!(rows, 2);
        assert_eq!(records[0].text.expose(), "first line\nsecond, line");
        assert_eq!(records[0].line, 2);
        assert_eq!(records[1].line, 4);
    }

    #[test]
    fn windows_1252_field_is_decoded() {
        let data = b"id,text\n1,caf\xe9 \x93lovely\x94\n";
        let (records, quarantined, _) = read_ok(data);
        assert!(quarantined.is_empty());
        assert_eq!(records[0].text.expose(), "café \u{201c}lovely\u{201d}");
    }

    #[test]
    fn wrong_field_count_is_quarantined_with_its_id() {
        let data = b"id,text,site\nA,fine,x\nB,too,many,fields\nC,short\n";
        let (records, quarantined, rows) = read_ok(data);
        assert_eq!(rows, 3);
        assert_eq!(records.len(), 1);
        assert_eq!(quarantined.len(), 2);
        assert_eq!(quarantined[0].line, 3);
        assert_eq!(quarantined[0].id.as_deref(), Some("B"));
        assert!(quarantined[0].reason.contains("expected 3, found 4"));
        assert_eq!(quarantined[1].line, 4);
    }

    #[test]
    fn over_long_field_is_quarantined_without_its_text() {
        let long = "secret ".repeat(10);
        let data = format!("id,text\nA,{long}\nB,ok\n");
        let opts = IngestOptions {
            max_field_bytes: 20,
            ..Default::default()
        };
        let (records, quarantined, _) = read(data.as_bytes(), &opts).unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(quarantined[0].column, Some(2));
        assert!(quarantined[0].reason.contains("too long"));
        assert!(!quarantined[0].reason.contains("secret"));
    }

    #[test]
    fn odd_unicode_is_kept_and_a_one_megabyte_row_set_aside() {
        let odd = "👨\u{200d}👩\u{200d}👧 Zoe\u{308} \u{202e}İ\u{feff}ﬁ";
        let huge = "👍🏽".repeat(130_000);
        assert!(huge.len() > 1_000_000);
        let data = format!("id,text\nA,{odd}\nB,{huge}\n\u{301}C,\u{301}\n");
        let (records, quarantined, rows) = read_ok(data.as_bytes());
        assert_eq!(rows, 3);
        assert_eq!(records[0].text.expose(), odd);
        assert_eq!(records[1].id, "\u{301}C");
        assert_eq!(quarantined.len(), 1);
        assert_eq!(quarantined[0].id.as_deref(), Some("B"));
        assert!(quarantined[0].reason.contains("too long"));
    }

    #[test]
    fn undecodable_field_is_quarantined() {
        let data = b"id,text\nA,bad \x81\x8d\n";
        let (records, quarantined, _) = read_ok(data);
        assert!(records.is_empty());
        assert_eq!(quarantined[0].column, Some(2));
        assert_eq!(quarantined[0].id.as_deref(), Some("A"));
    }

    #[test]
    fn blank_text_is_a_record_not_quarantine() {
        let data = b"id,text\nA,\nB,  \n";
        let (records, quarantined, _) = read_ok(data);
        assert_eq!(records.len(), 2);
        assert!(quarantined.is_empty());
        assert!(records[0].text.is_blank());
    }

    #[test]
    fn missing_id_column_uses_stem_and_line() {
        let (records, _, _) = read_ok(b"comment\nhello\n");
        assert_eq!(records[0].id, "t:2");
    }

    #[test]
    fn missing_text_column_names_what_was_found() {
        let err = read(b"ID,When\n1,today\n", &IngestOptions::default()).unwrap_err();
        assert!(err.is_bad_input());
        let msg = err.to_string();
        assert!(
            msg.contains("'ID', 'When'") && msg.contains("--text-col"),
            "{msg}"
        );
    }

    #[test]
    fn override_column_is_used_and_checked() {
        let opts = IngestOptions {
            text_col: Some("Notes".into()),
            ..Default::default()
        };
        let (records, _, _) = read(b"id,text,notes\n1,no,yes\n", &opts).unwrap();
        assert_eq!(records[0].text.expose(), "yes");
        let opts = IngestOptions {
            site_col: Some("Ward".into()),
            ..Default::default()
        };
        let err = read(b"id,text\n1,a\n", &opts).unwrap_err();
        assert!(err.to_string().contains("--site-col"));
    }

    #[test]
    fn empty_and_header_only_files_are_errors() {
        for data in [&b""[..], &b"\xef\xbb\xbf"[..], &b"id,text\n"[..]] {
            let err = read(data, &IngestOptions::default()).unwrap_err();
            assert!(matches!(err, IngestError::EmptyFile { .. }));
            assert!(err.is_bad_input());
        }
    }
}
