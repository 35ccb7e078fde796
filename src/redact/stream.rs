//! Streaming redaction of whole files for the "redact before sharing" step: CSV (only the
//! text column changes), JSON Lines (`text` redacted, a `redactions` list added with
//! offsets in Unicode scalar values of the original text) or plain text (one comment
//! per line). Errors name lines and columns, never comment text.

use std::io::{BufRead, Write};
use std::path::Path;

use serde::Serialize;

use super::{PlaceholderStyle, RedactionCounts, Redactor};
use crate::csv_escape::CsvEscape;
use crate::ingest::decode::decode_text;
use crate::ingest::error::describe_columns;

/// The file formats `redact` reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// One comment per line.
    Text,
}

impl StreamFormat {
    /// Guesses the format from a file's extension (`.csv`, `.jsonl`/`.ndjson`, `.txt`).
    pub fn from_path(path: &Path) -> Option<StreamFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(StreamFormat::Csv),
            "jsonl" | "ndjson" | "jsonlines" => Some(StreamFormat::Jsonl),
            "txt" | "text" => Some(StreamFormat::Text),
            _ => None,
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
    /// The text column (CSV) or field (JSON Lines); `None` finds it by name.
    pub text_column: Option<String>,
    /// Whether CSV cells a spreadsheet would run as formulas get a leading `'`.
    pub csv_escape: CsvEscape,
}

/// What a stream held, for the summary line (counts only, never values).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreamSummary {
    /// Records (rows, objects or lines) written.
    pub records: usize,
    /// Spans redacted, per kind.
    pub counts: RedactionCounts,
}

/// Why a stream could not be redacted. Messages name lines and columns, never text.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// Reading or writing failed.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    /// The CSV has no column that looks like comment text.
    #[error("no text column found among the CSV headers ({found}); name one with --text-col")]
    NoTextColumn {
        /// The header names, comma-separated; a header that does not look like a
        /// column name (a headerless file's first comment, say) is shown only by length.
        found: String,
    },
    /// A CSV record could not be read.
    #[error("CSV line {line}: {problem}")]
    BadCsv {
        /// 1-based line where the record starts (0 if unknown).
        line: u64,
        /// What was wrong, without the record's content.
        problem: String,
    },
    /// A JSON Lines line is not a JSON object.
    #[error("JSON Lines line {line}, column {column}: not a JSON object ({problem})")]
    BadJson {
        /// 1-based line number.
        line: usize,
        /// Column reported by the JSON parser (0 when the line parsed but is not an object).
        column: usize,
        /// What kind of problem it was.
        problem: String,
    },
    /// A line is neither UTF-8 nor Windows-1252 text (or holds NUL bytes).
    #[error("line {line}: {reason}; re-save the file as UTF-8")]
    Undecodable {
        /// 1-based line number.
        line: usize,
        /// Why the bytes are not text.
        reason: &'static str,
    },
    /// A JSON Lines object has no string field holding the text.
    #[error("JSON Lines line {line}: no string field \"{field}\"")]
    MissingText {
        /// 1-based line number.
        line: usize,
        /// The field looked for.
        field: String,
    },
}

/// Header names (lower-cased, trimmed) taken as the text column, best first.
const TEXT_COLUMN_NAMES: [&str; 10] = [
    "fft answer",
    "text",
    "comment",
    "comments",
    "comment text",
    "free text",
    "feedback",
    "response",
    "answer",
    "what could we do better",
];

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
        StreamFormat::Text => redact_text(redactor, reader, writer, options.style),
    }
}

/// Adds one comment's spans to the summary.
fn count(summary: &mut StreamSummary, spans: &[super::PiiSpan]) {
    for span in spans {
        *summary.counts.entry(span.kind).or_insert(0) += 1;
    }
}

/// The lines of `reader` with their 1-based numbers, without `\n` or `\r\n`, decoded
/// as UTF-8 or, failing that, Windows-1252 (as ingest does), so a file saved from Excel
/// is redacted rather than refused; bytes that are neither stop the run at their line.
fn decoded_lines(
    mut reader: impl BufRead,
) -> impl Iterator<Item = Result<(usize, String), StreamError>> {
    let mut buf = Vec::new();
    let mut line_no = 0;
    std::iter::from_fn(move || {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => return Some(Err(StreamError::Io(e))),
        }
        line_no += 1;
        let bytes = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        Some(
            decode_text(bytes)
                .map(|text| (line_no, text.into_owned()))
                .map_err(|e| StreamError::Undecodable {
                    line: line_no,
                    reason: e.reason(),
                }),
        )
    })
}

/// Plain text: each line is one comment.
fn redact_text(
    redactor: &Redactor,
    reader: impl BufRead,
    mut writer: impl Write,
    style: PlaceholderStyle,
) -> Result<StreamSummary, StreamError> {
    let mut summary = StreamSummary::default();
    for line in decoded_lines(reader) {
        let (_, line) = line?;
        let redaction = redactor.redact(&line, style);
        count(&mut summary, &redaction.spans);
        writer.write_all(redaction.text.as_bytes())?;
        writer.write_all(b"\n")?;
        summary.records += 1;
    }
    writer.flush()?;
    Ok(summary)
}

/// Picks the text column: the override (case-insensitive), else the first known name.
fn text_column_index(headers: &csv::StringRecord, wanted: Option<&str>) -> Option<usize> {
    let normal = |h: &str| h.trim().trim_start_matches('\u{feff}').to_lowercase();
    match wanted {
        Some(name) => {
            let name = normal(name);
            headers.iter().position(|h| normal(h) == name)
        }
        None => TEXT_COLUMN_NAMES
            .iter()
            .find_map(|want| headers.iter().position(|h| normal(h) == *want)),
    }
}

/// Describes a CSV error by its kind and position only (never the record's content).
fn csv_error(err: &csv::Error) -> StreamError {
    let line = err.position().map_or(0, csv::Position::line);
    let problem = match err.kind() {
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_string(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields where the header has {expected_len}"),
        csv::ErrorKind::Io(e) => format!("i/o error: {e}"),
        _ => "unreadable record".to_string(),
    };
    StreamError::BadCsv { line, problem }
}

/// CSV: headers kept, only the text column redacted.
fn redact_csv(
    redactor: &Redactor,
    reader: impl BufRead,
    writer: impl Write,
    options: &StreamOptions,
) -> Result<StreamSummary, StreamError> {
    let mut csv_reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(reader);
    let headers = csv_reader.headers().map_err(|e| csv_error(&e))?.clone();
    let column = text_column_index(&headers, options.text_column.as_deref()).ok_or_else(|| {
        let names: Vec<String> = headers.iter().map(str::to_string).collect();
        StreamError::NoTextColumn {
            found: describe_columns(&names),
        }
    })?;
    let mut csv_writer = csv::Writer::from_writer(writer);
    let write_err = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(io) => StreamError::Io(io),
        _ => StreamError::BadCsv {
            line: 0,
            problem: "could not write a record".to_string(),
        },
    };
    let escape = options.csv_escape;
    csv_writer
        .write_record(escape.record(&headers))
        .map_err(write_err)?;
    let mut summary = StreamSummary::default();
    let mut record = csv::StringRecord::new();
    let mut out = csv::StringRecord::new();
    while csv_reader
        .read_record(&mut record)
        .map_err(|e| csv_error(&e))?
    {
        out.clear();
        for (i, field) in record.iter().enumerate() {
            if i == column {
                let redaction = redactor.redact(field, options.style);
                count(&mut summary, &redaction.spans);
                out.push_field(&redaction.text);
            } else {
                out.push_field(field);
            }
        }
        csv_writer
            .write_record(escape.record(&out))
            .map_err(write_err)?;
        summary.records += 1;
    }
    csv_writer.flush()?;
    Ok(summary)
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

/// JSON Lines: the text field redacted, a `redactions` list added after the other
/// fields (replacing any already there), every other field kept in its order. Blank
/// lines are kept as blank lines. A line that is not an object with a string text
/// field stops the run with an error naming the line: nothing is silently dropped.
fn redact_jsonl(
    redactor: &Redactor,
    reader: impl BufRead,
    mut writer: impl Write,
    options: &StreamOptions,
) -> Result<StreamSummary, StreamError> {
    let field = options.text_column.as_deref().unwrap_or("text");
    let mut summary = StreamSummary::default();
    for line in decoded_lines(reader) {
        let (line_no, line) = line?;
        if line.trim().is_empty() {
            writer.write_all(b"\n")?;
            continue;
        }
        let OrderedObject(mut fields) =
            serde_json::from_str(&line).map_err(|e| StreamError::BadJson {
                line: line_no,
                column: e.column(),
                problem: format!("{:?} error", e.classify()).to_lowercase(),
            })?;
        fields.retain(|(key, _)| key != "redactions");
        let mut spans = Vec::new();
        let mut found_text = false;
        for (key, value) in fields.iter_mut() {
            if key != field {
                continue;
            }
            let serde_json::Value::String(text) = value else {
                continue;
            };
            found_text = true;
            let redaction = redactor.redact(text, options.style);
            count(&mut summary, &redaction.spans);
            spans.extend(char_offsets(text, &redaction.spans));
            *value = serde_json::Value::String(redaction.text);
        }
        if !found_text {
            return Err(StreamError::MissingText {
                line: line_no,
                field: field.to_string(),
            });
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
    Ok(summary)
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

    fn run(
        format: StreamFormat,
        input: &str,
        text_column: Option<&str>,
    ) -> Result<String, StreamError> {
        let mut out = Vec::new();
        let options = StreamOptions {
            format,
            style: PlaceholderStyle::Typed,
            text_column: text_column.map(str::to_string),
            csv_escape: CsvEscape::On,
        };
        redact_stream(&Redactor::new(), input.as_bytes(), &mut out, &options)?;
        Ok(String::from_utf8(out).expect("utf-8 output"))
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
    fn csv_text_column_can_be_named_and_missing_one_is_an_error() {
        let input = "id,notes\n1,LE1 4SP\n";
        assert_eq!(
            run(StreamFormat::Csv, input, Some("Notes")).unwrap(),
            "id,notes\n1,[UK_POSTCODE]\n"
        );
        let err = run(StreamFormat::Csv, input, None).unwrap_err();
        assert!(matches!(err, StreamError::NoTextColumn { .. }));
    }

    #[test]
    fn windows_1252_lines_are_decoded_and_binary_ones_named_by_line() {
        let redact = |bytes: &[u8], format| {
            let mut out = Vec::new();
            let options = StreamOptions {
                format,
                style: PlaceholderStyle::Typed,
                text_column: None,
                csv_escape: CsvEscape::On,
            };
            redact_stream(&Redactor::new(), bytes, &mut out, &options).map(|_| out)
        };
        let out = redact(
            b"caf\xe9 \x93ring 07700 900063\x94\r\nok\n",
            StreamFormat::Text,
        );
        assert_eq!(
            String::from_utf8(out.unwrap()).unwrap(),
            "caf\u{e9} \u{201c}ring [PHONE_NUMBER]\u{201d}\nok\n"
        );
        let out = redact(b"{\"text\":\"caf\xe9\"}\n", StreamFormat::Jsonl).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("caf\u{e9}"));
        let err = redact(b"fine\nsecret \x81 words\n", StreamFormat::Text).unwrap_err();
        assert!(matches!(err, StreamError::Undecodable { line: 2, .. }));
        assert!(!err.to_string().contains("secret"));
    }

    #[test]
    fn headerless_csv_error_does_not_show_the_first_comment() {
        let input = "Nurse Siobhan Byrne rang me on 07700 900063,5\nfine,4\n";
        let err = run(StreamFormat::Csv, input, None).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, StreamError::NoTextColumn { .. }), "{msg}");
        assert!(!msg.contains("Siobhan") && !msg.contains("900063"), "{msg}");
        assert!(msg.contains("'5'"), "{msg}");
    }

    #[test]
    fn csv_ragged_row_names_line_not_text() {
        let input = "id,text\n1,fine\n2,secret words,extra\n";
        let err = run(StreamFormat::Csv, input, None).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("line 3"), "{msg}");
        assert!(!msg.contains("secret"), "{msg}");
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
    fn jsonl_bad_line_is_an_error_naming_the_line() {
        let input = "{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":\"secret\n";
        let err = run(StreamFormat::Jsonl, input, None).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, StreamError::BadJson { line: 2, .. }), "{msg}");
        assert!(!msg.contains("secret"), "{msg}");
        let err = run(StreamFormat::Jsonl, "{\"id\":1}\n", None).unwrap_err();
        assert!(matches!(err, StreamError::MissingText { line: 1, .. }));
        let err = run(StreamFormat::Jsonl, "[1,2]\n", None).unwrap_err();
        assert!(matches!(err, StreamError::BadJson { line: 1, .. }));
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
