//! Reading a CSV file into [`Record`](super::Record)s: the shared [`CsvTable`] (delimiter, decoding,
//! line numbers, row checks) plus the mapping of columns to record fields.
//!
//! Only the columns in use (text, id, question, date, site, rating) are decoded and
//! length-checked; other columns may hold anything without costing the row.

use std::io::Read;

use super::carried::carried_columns;
use super::columns::{find_column, normalise_name, Field};
use super::csv_table::{decode_cell, CsvTable, RowProblem};
use super::date_orders::DateOrderScan;
use super::decode::decode_field;
use super::error::IngestError;
use super::record::Row;
use super::row_values::RowValues;
use super::source_file::SourceFile;

/// Where each field lives in a CSV row (0-based column positions); text always has one.
#[derive(Debug, Clone)]
struct ColumnMap {
    at: [Option<usize>; Field::ALL.len()],
    /// Carried columns: canonical name and position.
    carried: Vec<(String, usize)>,
}

impl ColumnMap {
    /// The field/position pairs in use, text first.
    fn used(&self) -> impl Iterator<Item = (Field, usize)> + '_ {
        Field::ALL
            .into_iter()
            .zip(self.at)
            .filter_map(|(field, at)| at.map(|at| (field, at)))
    }
}

/// Reads one CSV file, passing each data row to `emit` as a record or a quarantined
/// row. Returns the number of data rows read and the input stream.
pub fn read_csv<R: Read>(
    input: R,
    file: SourceFile<'_>,
    emit: &mut dyn FnMut(Row),
) -> Result<(u64, R), IngestError> {
    let mut table = CsvTable::open(input, file.path)?;
    let columns = map_columns(table.headers(), &file)?;
    let limit = file.opts.field_limit();

    let mut rows_read = 0u64;
    let mut row = csv::ByteRecord::new();
    while let Some(line) = table.next_row(&mut row)? {
        rows_read += 1;
        let record = row_values(&table, &row, &columns, limit).and_then(|values| {
            let date_column = columns.at[Field::Date.index()].map(|at| at as u64 + 1);
            values
                .into_record(file.place(line))
                .map_err(|reason| RowProblem {
                    column: date_column,
                    reason: reason.to_string(),
                })
        });
        match record {
            Ok(record) => emit(Row::Record(record)),
            Err(problem) => {
                let id = readable_id(&row, &columns, limit);
                emit(Row::Quarantined(file.quarantine(
                    line,
                    problem.column,
                    id,
                    problem.reason,
                )));
            }
        }
    }
    if rows_read == 0 {
        return Err(file.empty("file has a header but no data rows"));
    }
    Ok((rows_read, table.into_inner()))
}

/// The first pass over a CSV file: counts its dates' order evidence per organisation
/// from the date and organisation cells alone (see [`super::date_scan`]).
pub fn scan_csv_dates<R: Read>(
    input: R,
    file: SourceFile<'_>,
) -> Result<DateOrderScan, IngestError> {
    let mut table = CsvTable::open(input, file.path)?;
    let columns = map_columns(table.headers(), &file)?;
    let org_at = columns.at[Field::Organisation.index()];
    let org_column = org_at.map(|at| {
        let name = &table.headers()[at];
        name.trim().trim_start_matches('\u{feff}').to_string()
    });
    let mut scan = DateOrderScan::new(org_column);
    let Some(date_at) = columns.at[Field::Date.index()] else {
        return Ok(scan);
    };
    let limit = file.opts.field_limit();
    let mut row = csv::ByteRecord::new();
    while table.next_row(&mut row)?.is_some() {
        if table.check_shape(&row).is_err() {
            continue;
        }
        let Ok(date) = decode_cell(&row, date_at, limit) else {
            continue;
        };
        let organisation = match org_at.map(|at| decode_cell(&row, at, limit)) {
            Some(Err(_)) => continue,
            Some(Ok(name)) => Some(name),
            None => None,
        };
        scan.add(organisation.as_deref(), &date);
    }
    Ok(scan)
}

/// Finds every field's column, or says which is missing.
fn map_columns(shown: &[String], file: &SourceFile<'_>) -> Result<ColumnMap, IngestError> {
    let names: Vec<String> = shown.iter().map(|n| normalise_name(n)).collect();
    let mut at = [None; Field::ALL.len()];
    for (slot, field) in at.iter_mut().zip(Field::ALL) {
        *slot = find_column(&names, file.opts.column_override(field), field);
        if let (None, Some(err)) = (*slot, file.missing_field(field, shown)) {
            return Err(err);
        }
    }
    if at[Field::Text.index()].is_none() {
        return Err(file.missing_text(shown));
    }
    let (carried, missing) = carried_columns(&names, &file.opts.meta_cols);
    if let Some(name) = missing.first() {
        return Err(file.missing_meta_col(name, shown));
    }
    Ok(ColumnMap { at, carried })
}

/// Decodes the fields in use, or says which column makes the row unusable and why.
fn row_values<R: Read>(
    table: &CsvTable<R>,
    row: &csv::ByteRecord,
    columns: &ColumnMap,
    limit: usize,
) -> Result<RowValues, RowProblem> {
    table.check_shape(row)?;
    let mut values = RowValues::default();
    for (field, at) in columns.used() {
        *values.slot(field) = Some(decode_cell(row, at, limit)?);
    }
    for (name, at) in &columns.carried {
        values
            .carried
            .push((name.clone(), decode_cell(row, *at, limit)?));
    }
    Ok(values)
}

/// The id of a quarantined row, when its id field can be read.
fn readable_id(row: &csv::ByteRecord, columns: &ColumnMap, limit: usize) -> Option<String> {
    let bytes = row.get(columns.at[Field::Id.index()]?)?;
    if bytes.len() > limit.min(256) {
        return None;
    }
    decode_field(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::options::IngestOptions;
    use crate::ingest::source_file::{read_test_file, ReadOutcome};

    /// Reads CSV bytes with the given options.
    fn read(bytes: &[u8], opts: &IngestOptions) -> Result<ReadOutcome, IngestError> {
        read_test_file("csv", 0, opts, |file, emit| {
            read_csv(bytes, file, emit).map(|(rows, _)| rows)
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
