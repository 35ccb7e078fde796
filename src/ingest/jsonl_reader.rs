//! Streaming JSON Lines reader: one line at a time, one object per line.

use std::io::BufRead;

use serde_json::{Map, Value};

use super::capped_lines::{line_cap, CappedLines, Line};
use super::carried::carried_columns;
use super::columns::{find_column, normalise_name, Field};
use super::date_orders::DateOrderScan;
use super::decode::decode_text;
use super::error::IngestError;
use super::record::Row;
use super::row_values::RowValues;
use super::source_file::SourceFile;

/// Which fields' keys were seen in at least one object, to report absent columns, and
/// the key mapping of the last object (consecutive objects nearly always share keys,
/// so names are matched once, not on every line).
#[derive(Debug, Default)]
struct KeysSeen {
    fields: [bool; Field::ALL.len()],
    first_keys: Option<Vec<String>>,
    last_keys: Vec<String>,
    last_positions: [Option<usize>; Field::ALL.len()],
    /// Carried keys of the last object: canonical name and position.
    last_carried: Vec<(String, usize)>,
    /// `--meta-col` names not yet seen in any object.
    meta_cols_unseen: Option<Vec<String>>,
}

impl KeysSeen {
    /// The position (in key order) of each field's key in `object`.
    fn positions(
        &mut self,
        object: &Map<String, Value>,
        opts: &super::options::IngestOptions,
    ) -> [Option<usize>; Field::ALL.len()] {
        if !object.keys().eq(self.last_keys.iter()) {
            self.last_keys = object.keys().cloned().collect();
            let names: Vec<String> = self.last_keys.iter().map(|k| normalise_name(k)).collect();
            for (slot, field) in self.last_positions.iter_mut().zip(Field::ALL) {
                *slot = find_column(&names, opts.column_override(field), field);
            }
            let (carried, missing) = carried_columns(&names, &opts.meta_cols);
            self.last_carried = carried;
            let unseen = self
                .meta_cols_unseen
                .get_or_insert_with(|| opts.meta_cols.clone());
            unseen.retain(|name| missing.contains(name));
        }
        if self.first_keys.is_none() {
            self.first_keys = Some(self.last_keys.clone());
        }
        for (seen, position) in self.fields.iter_mut().zip(self.last_positions) {
            *seen |= position.is_some();
        }
        self.last_positions
    }
}

/// Reads one JSON Lines file, passing each row to `emit` as a record or a quarantined
/// row. Blank lines are not rows. Returns the number of rows read and the input.
///
/// Keys are matched per object (case-insensitively, like CSV headers). An object
/// without a text key has blank text; only when *no* object has one is it an error.
pub fn read_jsonl<R: BufRead>(
    input: R,
    file: SourceFile<'_>,
    emit: &mut dyn FnMut(Row),
) -> Result<(u64, R), IngestError> {
    let limit = file.opts.field_limit();
    let line_cap = line_cap(limit);
    let mut seen = KeysSeen::default();
    let mut rows_read = 0u64;
    let mut lines = CappedLines::new(input, line_cap);
    while let Some((line_no, line)) = next_line(&mut lines, &file)? {
        let bytes = match line {
            Line::TooLong => {
                rows_read += 1;
                let reason = line_too_long(line_cap);
                emit(Row::Quarantined(
                    file.quarantine(line_no, None, None, reason),
                ));
                continue;
            }
            Line::Bytes(bytes) => bytes.trim_ascii(),
        };
        if bytes.is_empty() {
            continue;
        }
        rows_read += 1;
        let record = parse_line(bytes, limit, file.opts, &mut seen).and_then(|values| {
            let id = values.id.clone();
            values
                .into_record(file.place(line_no))
                .map_err(|reason| (id, reason.to_string()))
        });
        match record {
            Ok(record) => emit(Row::Record(record)),
            Err((id, reason)) => emit(Row::Quarantined(file.quarantine(line_no, None, id, reason))),
        }
    }
    if rows_read == 0 {
        return Err(file.empty("file is empty"));
    }
    check_keys_seen(&seen, &file)?;
    Ok((rows_read, lines.into_inner()))
}

/// The first pass over a JSON Lines file: counts its dates' order evidence per
/// organisation (see [`super::date_scan`]). Lines the second pass quarantines (too
/// long, not JSON, a key of the wrong type) are not counted; an object without the
/// organisation key counts as a blank organisation.
pub fn scan_jsonl_dates<R: BufRead>(
    input: R,
    file: SourceFile<'_>,
) -> Result<DateOrderScan, IngestError> {
    let limit = file.opts.field_limit();
    let mut seen = KeysSeen::default();
    let mut scan = DateOrderScan::new(Some(String::new()));
    let mut lines = CappedLines::new(input, line_cap(limit));
    while let Some((_, line)) = next_line(&mut lines, &file)? {
        let Line::Bytes(bytes) = line else { continue };
        let bytes = bytes.trim_ascii();
        if bytes.is_empty() {
            continue;
        }
        let Ok(values) = parse_line(bytes, limit, file.opts, &mut seen) else {
            continue;
        };
        if let Some(at) = seen.last_positions[Field::Organisation.index()] {
            scan.name_org_column(&seen.last_keys[at]);
        }
        if let Some(date) = &values.date {
            scan.add(values.organisation.as_deref(), date);
        }
    }
    Ok(scan)
}

/// The next line and its number, or `None` at the end; a read error names the line.
fn next_line<'l, R: BufRead>(
    lines: &'l mut CappedLines<R>,
    file: &SourceFile<'_>,
) -> Result<Option<(u64, Line<'l>)>, IngestError> {
    let failed_at = lines.line() + 1;
    lines.next_line().map_err(|source| IngestError::Read {
        path: file.path.to_path_buf(),
        line: failed_at,
        source,
    })
}

/// Fails when the text key (or an overridden key) appeared in no object at all.
fn check_keys_seen(seen: &KeysSeen, file: &SourceFile<'_>) -> Result<(), IngestError> {
    let Some(first_keys) = &seen.first_keys else {
        return Ok(()); // every line was quarantined: nothing to map
    };
    for (field, was_seen) in Field::ALL.into_iter().zip(seen.fields) {
        if let (false, Some(err)) = (was_seen, file.missing_field(field, first_keys)) {
            return Err(err);
        }
    }
    if let Some(name) = seen.meta_cols_unseen.as_ref().and_then(|u| u.first()) {
        return Err(file.missing_meta_col(name, first_keys));
    }
    Ok(())
}

/// Decodes one non-blank JSON Lines line into an object, or says why it cannot be a
/// row (the reasons `run` and `redact` both give; they never quote the line).
pub fn parse_object(bytes: &[u8]) -> Result<Map<String, Value>, String> {
    let text = decode_text(bytes).map_err(|e| e.reason().replace("field", "line"))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        format!(
            "invalid JSON ({:?} error at column {})",
            e.classify(),
            e.column()
        )
    })?;
    match value {
        Value::Object(object) => Ok(object),
        other => Err(format!(
            "JSON line is not an object (found {})",
            kind_of(&other)
        )),
    }
}

/// The reason a line longer than the cap is set aside.
pub fn line_too_long(line_cap: usize) -> String {
    format!("line too long: over {line_cap} bytes")
}

/// Turns one non-blank line into values, or an (id, reason) for the quarantine.
fn parse_line(
    bytes: &[u8],
    limit: usize,
    opts: &super::options::IngestOptions,
    seen: &mut KeysSeen,
) -> Result<RowValues, (Option<String>, String)> {
    let object = parse_object(bytes).map_err(|reason| (None, reason))?;
    let positions = seen.positions(&object, opts);
    let keys = &seen.last_keys;
    let id = positions[Field::Id.index()].and_then(|at| scalar_text(&object, &keys[at]));
    let mut values = RowValues::default();
    for (field, position) in Field::ALL.into_iter().zip(positions) {
        let Some(at) = position else {
            continue;
        };
        let key = &keys[at];
        let value = match &object[key] {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            other => {
                let reason = format!("key '{key}' holds {}, not text", kind_of(other));
                return Err((id, reason));
            }
        };
        if let Some(v) = &value {
            if v.len() > limit {
                let reason = format!("key '{key}' too long: {} bytes, limit {limit}", v.len());
                return Err((id, reason));
            }
        }
        *values.slot(field) = value;
    }
    for (name, at) in &seen.last_carried {
        let key = &keys[*at];
        let value = match &object[key] {
            Value::Null => continue,
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            other => {
                let reason = format!("key '{key}' holds {}, not text", kind_of(other));
                return Err((id, reason));
            }
        };
        if value.len() > limit {
            let reason = format!("key '{key}' too long: {} bytes, limit {limit}", value.len());
            return Err((id, reason));
        }
        values.carried.push((name.clone(), value));
    }
    Ok(values)
}

/// A short id read from a string or number value, for quarantine entries.
fn scalar_text(object: &Map<String, Value>, key: &str) -> Option<String> {
    match &object[key] {
        Value::String(s) if s.len() <= 256 => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The JSON type of a value, for messages.
pub fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::options::IngestOptions;
    use crate::ingest::source_file::{read_test_file, ReadOutcome};

    /// Reads JSON Lines bytes with the given options.
    fn read(bytes: &[u8], opts: &IngestOptions) -> Result<ReadOutcome, IngestError> {
        read_test_file("jsonl", 2, opts, |file, emit| {
            read_jsonl(bytes, file, emit).map(|(rows, _)| rows)
        })
    }

    fn read_ok(bytes: &[u8]) -> ReadOutcome {
        read(bytes, &IngestOptions::default()).unwrap()
    }

    #[test]
    fn objects_with_bom_crlf_and_blank_lines() {
        let data = "\u{feff}{\"ID\": 7, \"Text\": \"Lovely\", \"rating\": 1, \"site\": \"A&E\"}\r\n\r\n{\"id\": \"b\", \"comment\": \"Slow\"}\n";
        let (records, quarantined, rows) = read_ok(data.as_bytes());
        assert_eq!(rows, 2);
        assert!(quarantined.is_empty());
        assert_eq!(records[0].id, "7");
        assert_eq!(records[0].text.expose(), "Lovely");
        assert_eq!(records[0].rating, Some(1));
        assert_eq!(records[0].site.as_deref(), Some("A&E"));
        assert_eq!(records[1].line, 3);
        assert_eq!(records[1].text.expose(), "Slow");
        assert_eq!(records[1].source, 2);
    }

    #[test]
    fn invalid_json_and_non_objects_are_quarantined() {
        let data = b"{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"secret\n[1,2]\n\"just a string\"\n";
        let (records, quarantined, rows) = read_ok(data);
        assert_eq!(rows, 4);
        assert_eq!(records.len(), 1);
        assert_eq!(quarantined.len(), 3);
        assert!(quarantined[0].reason.starts_with("invalid JSON"));
        assert!(!quarantined[0].reason.contains("secret"));
        assert_eq!(quarantined[0].line, 2);
        assert!(quarantined[1]
            .reason
            .contains("not an object (found an array)"));
        assert!(quarantined[2].reason.contains("found a string"));
    }

    #[test]
    fn null_or_absent_text_is_blank_not_quarantined() {
        let data = b"{\"id\":\"a\",\"text\":null}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"x\"}\n";
        let (records, quarantined, _) = read_ok(data);
        assert_eq!(records.len(), 3);
        assert!(quarantined.is_empty());
        assert!(records[0].text.is_blank() && records[1].text.is_blank());
    }

    #[test]
    fn nested_text_and_over_long_values_are_quarantined() {
        let opts = IngestOptions {
            max_field_bytes: 8,
            ..Default::default()
        };
        let data =
            b"{\"id\":\"a\",\"text\":{\"x\":1}}\n{\"id\":\"b\",\"text\":\"much too long\"}\n";
        let (records, quarantined, _) = read(data, &opts).unwrap();
        assert!(records.is_empty());
        assert_eq!(quarantined[0].id.as_deref(), Some("a"));
        assert!(quarantined[0].reason.contains("holds an object"));
        assert!(quarantined[1].reason.contains("too long"));
        assert!(!quarantined[1].reason.contains("much"));
    }

    #[test]
    fn undecodable_lines_are_quarantined() {
        let data = b"{\"id\":\"a\",\"text\":\"bad \x81\"}\n{\"id\":\"b\",\"text\":\"a\x00b\"}\n{\"text\":\"ok\"}\n";
        let (records, quarantined, rows) = read_ok(data);
        assert_eq!((records.len(), quarantined.len(), rows), (1, 2, 3));
        assert!(quarantined[0]
            .reason
            .contains("neither UTF-8 nor Windows-1252"));
        assert!(quarantined[1].reason.contains("binary"));
    }

    #[test]
    fn huge_lines_are_quarantined() {
        let opts = IngestOptions {
            max_field_bytes: 1,
            ..Default::default()
        };
        let long = format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"a\"}}\n",
            "x".repeat(70_000)
        );
        let (records, quarantined, rows) = read(long.as_bytes(), &opts).unwrap();
        assert_eq!((records.len(), quarantined.len(), rows), (1, 1, 2));
        assert!(quarantined[0].reason.starts_with("line too long"));
        assert_eq!(records[0].line, 2);
    }

    #[test]
    fn odd_unicode_and_escapes_are_kept() {
        let data = "{\"id\":\"a\",\"text\":\"👨\u{200d}👩 Zoe\u{308} \\ud83d\\udc4d\"}\n{\"id\":\"b\",\"text\":\"\\ud800 lone\"}\n";
        let (records, quarantined, rows) = read_ok(data.as_bytes());
        assert_eq!(rows, 2);
        assert_eq!(records[0].text.expose(), "👨\u{200d}👩 Zoe\u{308} 👍");
        // A lone surrogate escape is not text: the line is set aside, not a panic.
        assert_eq!(quarantined.len(), 1);
        assert!(!quarantined[0].reason.contains("lone"));
    }

    #[test]
    fn windows_1252_line_is_decoded() {
        let data = b"{\"id\":\"a\",\"text\":\"caf\xe9\"}\n";
        let (records, _, _) = read_ok(data);
        assert_eq!(records[0].text.expose(), "café");
    }

    #[test]
    fn no_text_key_anywhere_is_an_error() {
        let err = read(b"{\"id\":1,\"when\":\"x\"}\n", &IngestOptions::default()).unwrap_err();
        assert!(matches!(err, IngestError::MissingTextColumn { .. }));
        assert!(err.to_string().contains("'when'"));
    }

    #[test]
    fn empty_file_is_an_error() {
        let err = read(b"\n  \n", &IngestOptions::default()).unwrap_err();
        assert!(matches!(err, IngestError::EmptyFile { .. }));
    }

    #[test]
    fn missing_id_uses_stem_and_line() {
        let (records, _, _) = read_ok(b"\n{\"text\":\"hi\"}\n");
        assert_eq!(records[0].id, "t:2");
    }
}
