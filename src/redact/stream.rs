//! Streaming redaction of whole files for the "redact before sharing" step: CSV (only the
//! text column changes), JSON Lines (`text` redacted, a `redactions` list added with
//! offsets in Unicode scalar values of the original text) or plain text (one comment
//! per line). Errors name lines and columns, never comment text.
//!
//! Input goes through the same layer as `run`'s ([`crate::ingest`]): the same
//! decoding (UTF-8, else Windows-1252), delimiter detection, column names and row
//! checks. A row `run` would quarantine is left out of the output and returned in
//! [`StreamSummary::quarantined`] with the same reason.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::{PlaceholderStyle, RedactionCounts, Redactor};
use crate::csv_escape::CsvEscape;
use crate::ingest::capped_lines::{line_cap, CappedLines, Line};
use crate::ingest::columns::{find_column, normalise_name, Field};
use crate::ingest::csv_table::{decode_cell, CsvTable, RowProblem};
use crate::ingest::decode::decode_text;
use crate::ingest::jsonl_reader::{kind_of, line_too_long, parse_object};
use crate::ingest::source_file::SourceFile;
use crate::ingest::{IngestError, IngestOptions, QuarantinedRow};

/// The file formats `redact` reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFormat {
    /// Delimited values with a header row (the delimiter is detected and kept).
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// One comment per line.
    Text,
}

impl StreamFormat {
    /// Guesses the format from a file's extension (`.csv`/`.tsv`, `.jsonl`/`.ndjson`/
    /// `.json`, `.txt`), the same extensions `run` reads plus plain text.
    pub fn from_path(path: &Path) -> Option<StreamFormat> {
        use crate::ingest::InputFormat;
        match InputFormat::from_path(path) {
            Some(InputFormat::Csv) => Some(StreamFormat::Csv),
            Some(InputFormat::JsonLines) => Some(StreamFormat::Jsonl),
            None => {
                let ext = path.extension()?.to_str()?.to_ascii_lowercase();
                match ext.as_str() {
                    "jsonlines" => Some(StreamFormat::Jsonl),
                    "txt" | "text" => Some(StreamFormat::Text),
                    _ => None,
                }
            }
        }
    }
}

/// How to redact a stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamOptions {
    /// Input (and output) format.
    pub format: StreamFormat,
    /// Placeholder style.
    pub style: PlaceholderStyle,
    /// The text column (CSV) or key (JSON Lines); `None` finds it by the same names
    /// `run` uses (`FFT answer`, `text`, `comment`…).
    pub text_column: Option<String>,
    /// Whether CSV cells a spreadsheet would run as formulas get a leading `'`.
    pub csv_escape: CsvEscape,
    /// The input's name in messages (`-` for standard input).
    pub input_name: PathBuf,
    /// Longest accepted text field in bytes (0 = the default 32 KiB), as for `run`.
    pub max_field_bytes: usize,
}

impl StreamOptions {
    /// Options for `format` with every other setting at its default.
    pub fn new(format: StreamFormat) -> Self {
        StreamOptions {
            format,
            style: PlaceholderStyle::Typed,
            text_column: None,
            csv_escape: CsvEscape::On,
            input_name: PathBuf::from("-"),
            max_field_bytes: 0,
        }
    }

    /// The ingest options these stand for (the text column and the field limit).
    fn ingest(&self) -> IngestOptions {
        IngestOptions {
            text_col: self.text_column.clone(),
            max_field_bytes: self.max_field_bytes,
            ..IngestOptions::default()
        }
    }
}

/// What a stream held, for the summary line (counts only, never values).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreamSummary {
    /// Records (rows, objects or lines) written.
    pub records: usize,
    /// Spans redacted, per kind.
    pub counts: RedactionCounts,
    /// Rows left out of the output because they could not be read safely, with
    /// their line and the same reason `run` gives in `quarantine.csv`.
    pub quarantined: Vec<QuarantinedRow>,
}

impl StreamSummary {
    /// Records a row left out of the output.
    fn set_aside(&mut self, row: QuarantinedRow) {
        self.quarantined.push(row);
    }
}

/// Why a stream could not be redacted. Messages name lines and columns, never text.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// Reading or writing failed.
    #[error("i/o error")]
    Io(#[from] std::io::Error),
    /// The input as a whole could not be read (no text column, empty, malformed CSV…),
    /// with the same message `run` gives.
    #[error(transparent)]
    Input(#[from] IngestError),
}

/// Redacts everything from `reader` to `writer` in the chosen format.
pub fn redact_stream(
    redactor: &Redactor,
    reader: impl BufRead,
    writer: impl Write,
    options: &StreamOptions,
) -> Result<StreamSummary, StreamError> {
    match options.format {
        StreamFormat::Csv => redact_csv(redactor, reader, writer, options),
        StreamFormat::Jsonl => redact_jsonl(redactor, reader, writer, options),
        StreamFormat::Text => redact_text(redactor, reader, writer, options),
    }
}

/// Adds one comment's spans to the summary.
fn count(summary: &mut StreamSummary, spans: &[super::PiiSpan]) {
    for span in spans {
        *summary.counts.entry(span.kind).or_insert(0) += 1;
    }
}

/// The input as an ingest [`SourceFile`], for the shared messages and quarantine rows.
fn source<'a>(options: &'a StreamOptions, opts: &'a IngestOptions) -> SourceFile<'a> {
    SourceFile {
        path: &options.input_name,
        source: 0,
        stem: "stdin",
        opts,
        dates: &crate::ingest::date_orders::DAY_FIRST_ONLY,
    }
}

/// Plain text: each line is one comment. A line that is not text (binary, neither
/// UTF-8 nor Windows-1252) or over the line cap is set aside.
fn redact_text(
    redactor: &Redactor,
    reader: impl BufRead,
    mut writer: impl Write,
    options: &StreamOptions,
) -> Result<StreamSummary, StreamError> {
    let opts = options.ingest();
    let file = source(options, &opts);
    let cap = line_cap(opts.field_limit());
    let mut summary = StreamSummary::default();
    let mut lines = CappedLines::new(reader, cap);
    while let Some((line_no, line)) = lines.next_line()? {
        let decoded = match line {
            Line::TooLong => Err(line_too_long(cap)),
            Line::Bytes(bytes) => decode_text(bytes.strip_suffix(b"\r").unwrap_or(bytes))
                .map_err(|e| e.reason().replace("field", "line")),
        };
        let line = match decoded {
            Ok(line) => line,
            Err(reason) => {
                summary.set_aside(file.quarantine(line_no, None, None, reason));
                continue;
            }
        };
        let redaction = redactor.redact(&line, options.style);
        count(&mut summary, &redaction.spans);
        writer.write_all(redaction.text.as_bytes())?;
        writer.write_all(b"\n")?;
        summary.records += 1;
    }
    writer.flush()?;
    Ok(summary)
}

/// CSV: headers kept, only the text column redacted, the input's delimiter kept.
fn redact_csv(
    redactor: &Redactor,
    reader: impl BufRead,
    writer: impl Write,
    options: &StreamOptions,
) -> Result<StreamSummary, StreamError> {
    let opts = options.ingest();
    let file = source(options, &opts);
    let mut table = CsvTable::open(reader, file.path)?;
    let names: Vec<String> = table.headers().iter().map(|h| normalise_name(h)).collect();
    let column = find_column(&names, opts.text_col.as_deref(), Field::Text)
        .ok_or_else(|| file.text_not_found(table.headers()))?;
    let limit = opts.field_limit();
    let escape = options.csv_escape;
    let mut csv_writer = csv::WriterBuilder::new()
        .delimiter(table.delimiter())
        .from_writer(writer);
    csv_writer
        .write_record(escape.record(table.headers()))
        .map_err(std::io::Error::from)?;
    let mut summary = StreamSummary::default();
    let mut record = csv::ByteRecord::new();
    let mut out: Vec<String> = Vec::new();
    while let Some(line) = table.next_row(&mut record)? {
        let cells = table
            .check_shape(&record)
            .and_then(|()| pass_through_cells(&record, column, limit, &mut out));
        if let Err(problem) = cells {
            summary.set_aside(file.quarantine(line, problem.column, None, problem.reason));
            continue;
        }
        let redaction = redactor.redact(&out[column], options.style);
        count(&mut summary, &redaction.spans);
        out[column] = redaction.text;
        csv_writer
            .write_record(escape.record(&out))
            .map_err(std::io::Error::from)?;
        summary.records += 1;
    }
    csv_writer.flush()?;
    Ok(summary)
}

/// Decodes every cell of a row into `out`: the text column under the field limit,
/// the others without one (they are passed through, not read).
fn pass_through_cells(
    record: &csv::ByteRecord,
    column: usize,
    limit: usize,
    out: &mut Vec<String>,
) -> Result<(), RowProblem> {
    out.clear();
    for at in 0..record.len() {
        let cell_limit = if at == column { limit } else { usize::MAX };
        out.push(decode_cell(record, at, cell_limit)?);
    }
    Ok(())
}

/// One redacted span in JSON Lines output: Unicode scalar offsets of the original text.
#[derive(Debug, Serialize)]
struct JsonSpan {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// A JSON object with its fields in the order they were written (duplicates kept).
#[derive(Debug, Default)]
struct OrderedObject(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for OrderedObject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = OrderedObject;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<OrderedObject, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    fields.push(entry);
                }
                Ok(OrderedObject(fields))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// An output line: the input's fields in order, then `redactions`.
struct RedactedObject<'a> {
    fields: &'a [(String, serde_json::Value)],
    redactions: &'a [JsonSpan],
}

impl Serialize for RedactedObject<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.fields.len() + 1))?;
        for (key, value) in self.fields {
            map.serialize_entry(key, value)?;
        }
        map.serialize_entry("redactions", self.redactions)?;
        map.end()
    }
}

/// JSON Lines: the text key redacted, a `redactions` list added after the other
/// fields (replacing any already there), every other field kept in its order. Blank
/// lines are kept as blank lines. The text key is found per object by the names `run`
/// uses; an object without one is written with no redactions, as `run` reads it as a
/// blank comment. A line that is not an object, or whose text is not a string or is
/// too long, is set aside like `run` sets it aside.
fn redact_jsonl(
    redactor: &Redactor,
    reader: impl BufRead,
    mut writer: impl Write,
    options: &StreamOptions,
) -> Result<StreamSummary, StreamError> {
    let opts = options.ingest();
    let file = source(options, &opts);
    let limit = opts.field_limit();
    let cap = line_cap(limit);
    let mut summary = StreamSummary::default();
    let mut first_keys: Option<Vec<String>> = None;
    let mut text_seen = false;
    let mut lines = CappedLines::new(reader, cap);
    while let Some((line_no, line)) = lines.next_line()? {
        let Line::Bytes(bytes) = line else {
            summary.set_aside(file.quarantine(line_no, None, None, line_too_long(cap)));
            continue;
        };
        if bytes.trim_ascii().is_empty() {
            writer.write_all(b"\n")?;
            continue;
        }
        let mut fields = match parse_ordered(bytes.trim_ascii()) {
            Ok(OrderedObject(fields)) => fields,
            Err(reason) => {
                summary.set_aside(file.quarantine(line_no, None, None, reason));
                continue;
            }
        };
        fields.retain(|(key, _)| key != "redactions");
        let names: Vec<String> = fields.iter().map(|(k, _)| normalise_name(k)).collect();
        first_keys.get_or_insert_with(|| fields.iter().map(|(k, _)| k.clone()).collect());
        let mut spans = Vec::new();
        if let Some(at) = find_column(&names, opts.text_col.as_deref(), Field::Text) {
            text_seen = true;
            let (key, value) = &mut fields[at];
            match value {
                Value::String(text) if text.len() <= limit => {
                    let redaction = redactor.redact(text, options.style);
                    count(&mut summary, &redaction.spans);
                    spans = char_offsets(text, &redaction.spans);
                    *value = Value::String(redaction.text);
                }
                Value::String(text) => {
                    let reason =
                        format!("key '{key}' too long: {} bytes, limit {limit}", text.len());
                    summary.set_aside(file.quarantine(line_no, None, None, reason));
                    continue;
                }
                Value::Null => {}
                other => {
                    let reason = format!("key '{key}' holds {}, not text", kind_of(other));
                    summary.set_aside(file.quarantine(line_no, None, None, reason));
                    continue;
                }
            }
        }
        let object = RedactedObject {
            fields: &fields,
            redactions: &spans,
        };
        serde_json::to_writer(&mut writer, &object).map_err(std::io::Error::other)?;
        writer.write_all(b"\n")?;
        summary.records += 1;
    }
    writer.flush()?;
    if let (Some(keys), false) = (&first_keys, text_seen) {
        return Err(file.text_not_found(keys).into());
    }
    Ok(summary)
}

/// Parses a line into an object keeping its keys in order, or gives the reason `run`
/// gives for the same line (worked out again by the ingest parser on failure only).
fn parse_ordered(bytes: &[u8]) -> Result<OrderedObject, String> {
    let parsed = decode_text(bytes)
        .ok()
        .and_then(|text| serde_json::from_str::<OrderedObject>(&text).ok());
    match parsed {
        Some(object) => Ok(object),
        None => Err(parse_object(bytes)
            .err()
            .unwrap_or_else(|| "JSON line is not an object".to_string())),
    }
}

/// Converts byte spans of `text` (sorted, non-overlapping, on character boundaries, as
/// the redactor returns them) to Unicode scalar offsets (end exclusive). Counting goes
/// through `str::get`, so a span that broke those rules would give wrong offsets, never
/// a panic.
fn char_offsets(text: &str, spans: &[super::PiiSpan]) -> Vec<JsonSpan> {
    let chars_in = |from: usize, to: usize| text.get(from..to).map_or(0, |s| s.chars().count());
    let mut out = Vec::with_capacity(spans.len());
    let mut chars_before = 0;
    let mut last_byte = 0;
    for span in spans {
        chars_before += chars_in(last_byte, span.start);
        let start = chars_before;
        chars_before += chars_in(span.start, span.end);
        last_byte = span.end;
        out.push(JsonSpan {
            start,
            end: chars_before,
            kind: span.kind.name(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Redacts `input` and returns the output and the summary.
    fn redact(
        format: StreamFormat,
        input: &[u8],
        text_column: Option<&str>,
    ) -> Result<(String, StreamSummary), StreamError> {
        let mut out = Vec::new();
        let options = StreamOptions {
            text_column: text_column.map(str::to_string),
            ..StreamOptions::new(format)
        };
        let summary = redact_stream(&Redactor::new(), input, &mut out, &options)?;
        Ok((String::from_utf8(out).expect("utf-8 output"), summary))
    }

    fn run(
        format: StreamFormat,
        input: &str,
        text_column: Option<&str>,
    ) -> Result<String, StreamError> {
        redact(format, input.as_bytes(), text_column).map(|(out, _)| out)
    }

    #[test]
    fn text_lines_are_redacted_one_by_one() {
        let out = run(
            StreamFormat::Text,
            "call 07700 900063\nwaited 3 hours\n",
            None,
        )
        .unwrap();
        assert_eq!(out, "call [PHONE_NUMBER]\nwaited 3 hours\n");
    }

    #[test]
    fn csv_redacts_only_the_text_column() {
        let input = "id,FFT answer,score\n07700 900063,\"ring 07700 900063, thanks\",1\n";
        let out = run(StreamFormat::Csv, input, None).unwrap();
        assert_eq!(
            out,
            "id,FFT answer,score\n07700 900063,\"ring [PHONE_NUMBER], thanks\",1\n"
        );
    }

    #[test]
    fn csv_finds_the_same_columns_and_delimiters_as_run() {
        let input = "Comment_ID;What could we do better?\n1;ring 07700 900063\n";
        let out = run(StreamFormat::Csv, input, None).unwrap();
        assert_eq!(
            out,
            "Comment_ID;What could we do better?\n1;ring [PHONE_NUMBER]\n"
        );
    }

    #[test]
    fn csv_text_column_can_be_named_and_missing_one_is_an_error() {
        let input = "id,notes\n1,LE1 4SP\n";
        assert_eq!(
            run(StreamFormat::Csv, input, Some("Notes")).unwrap(),
            "id,notes\n1,[UK_POSTCODE]\n"
        );
        let err = run(StreamFormat::Csv, input, None).unwrap_err();
        assert!(matches!(
            err,
            StreamError::Input(IngestError::MissingTextColumn { .. })
        ));
        let err = run(StreamFormat::Csv, input, Some("body")).unwrap_err();
        assert!(err.to_string().contains("--text-col"), "{err}");
    }

    #[test]
    fn windows_1252_is_decoded_and_binary_lines_set_aside_by_line() {
        let (out, _) = redact(
            StreamFormat::Text,
            b"caf\xe9 \x93ring 07700 900063\x94\r\nok\n",
            None,
        )
        .unwrap();
        assert_eq!(out, "caf\u{e9} \u{201c}ring [PHONE_NUMBER]\u{201d}\nok\n");
        let (out, _) = redact(StreamFormat::Jsonl, b"{\"text\":\"caf\xe9\"}\n", None).unwrap();
        assert!(out.contains("caf\u{e9}"));
        let (out, _) = redact(
            StreamFormat::Csv,
            b"id,text\n1,caf\xe9 07700 900063\n",
            None,
        )
        .unwrap();
        assert_eq!(out, "id,text\n1,caf\u{e9} [PHONE_NUMBER]\n");
        let (out, summary) =
            redact(StreamFormat::Text, b"fine\nsecret \x81 words\n", None).unwrap();
        assert_eq!(out, "fine\n");
        assert_eq!(summary.quarantined.len(), 1);
        assert_eq!(summary.quarantined[0].line, 2);
        assert!(!summary.quarantined[0].reason.contains("secret"));
    }

    #[test]
    fn headerless_csv_error_does_not_show_the_first_comment() {
        let input = "Nurse Siobhan Byrne rang me on 07700 900063,5\nfine,4\n";
        let err = run(StreamFormat::Csv, input, None).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, StreamError::Input(_)), "{msg}");
        assert!(!msg.contains("Siobhan") && !msg.contains("900063"), "{msg}");
        assert!(msg.contains("'5'"), "{msg}");
    }

    #[test]
    fn csv_ragged_row_is_set_aside_like_run_does() {
        let input = "id,text\n1,fine\n2,secret words,extra\n3,ok\n";
        let (out, summary) = redact(StreamFormat::Csv, input.as_bytes(), None).unwrap();
        assert_eq!(out, "id,text\n1,fine\n3,ok\n");
        let row = &summary.quarantined[0];
        assert_eq!(row.line, 3);
        assert_eq!(row.reason, "wrong field count: expected 2, found 3");
    }

    #[test]
    fn jsonl_offsets_count_unicode_scalars_of_the_original() {
        let input = "{\"id\":7,\"text\":\"café: ring 07700 900063\",\"site\":\"A\"}\n";
        let out = run(StreamFormat::Jsonl, input, None).unwrap();
        assert_eq!(
            out,
            "{\"id\":7,\"text\":\"café: ring [PHONE_NUMBER]\",\"site\":\"A\",\"redactions\":[{\"start\":11,\"end\":23,\"type\":\"PHONE_NUMBER\"}]}\n"
        );
    }

    #[test]
    fn jsonl_text_key_is_found_by_the_names_run_uses() {
        let input = "{\"Comment\":\"ring 07700 900063\"}\n";
        let out = run(StreamFormat::Jsonl, input, None).unwrap();
        assert!(
            out.starts_with("{\"Comment\":\"ring [PHONE_NUMBER]\""),
            "{out}"
        );
    }

    #[test]
    fn jsonl_bad_lines_are_set_aside_naming_the_line_not_the_text() {
        let input = "{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":\"secret\n[1,2]\n{\"text\":5}\n{\"id\":3}\n";
        let (out, summary) = redact(StreamFormat::Jsonl, input.as_bytes(), None).unwrap();
        assert_eq!(out.lines().count(), 2, "{out}");
        assert!(
            out.contains("{\"id\":3,\"redactions\":[]}"),
            "no text key: a blank comment"
        );
        let lines: Vec<u64> = summary.quarantined.iter().map(|q| q.line).collect();
        assert_eq!(lines, [2, 3, 4]);
        assert!(summary
            .quarantined
            .iter()
            .all(|q| !q.reason.contains("secret")));
        assert!(summary.quarantined[1].reason.contains("not an object"));
        let err = run(StreamFormat::Jsonl, "{\"id\":1}\n", None).unwrap_err();
        assert!(err.to_string().contains("--text-col"), "{err}");
    }

    #[test]
    fn format_is_guessed_from_extension() {
        assert_eq!(
            StreamFormat::from_path(Path::new("a.CSV")),
            Some(StreamFormat::Csv)
        );
        assert_eq!(
            StreamFormat::from_path(Path::new("a.jsonl")),
            Some(StreamFormat::Jsonl)
        );
        assert_eq!(
            StreamFormat::from_path(Path::new("a.txt")),
            Some(StreamFormat::Text)
        );
        assert_eq!(StreamFormat::from_path(Path::new("a.xlsx")), None);
        assert_eq!(StreamFormat::from_path(Path::new("-")), None);
    }
}
