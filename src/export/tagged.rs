//! [`TaggedRow`]: one output row per input row, and its CSV / JSON Lines writers.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::atomic_file::{AtomicFile, WriteError};
use crate::classify::{SentimentPrediction, ThemeAssignment};
use crate::clean::QuestionType;
use crate::csv_escape::CsvEscape;
use crate::redact::RedactedText;

/// The cluster a comment fell in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterRef {
    /// Stable cluster id (0 = brief comments).
    pub id: u32,
    /// The cluster's label or analyst-given name.
    pub label: String,
}

/// Where the row came from and what else the input said about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowMeta {
    /// Input file path, as given.
    pub file: String,
    /// 1-based line where the row starts.
    pub line: u64,
    /// Date column, verbatim.
    pub date: Option<String>,
    /// Site / service column, verbatim.
    pub site: Option<String>,
    /// FFT rating 1-5 (6/7 don't know), when given.
    pub rating: Option<u8>,
    /// The date as ISO 8601 (`2021-05-31`, or `2021-05-31T14:05:00` with a time),
    /// parsed at ingest (see [`crate::ingest::dates`]); absent when there was no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_iso: Option<String>,
    /// Equality (protected characteristic) columns and `--meta-col` columns, by
    /// canonical name (`ethnicity`, `age_band`, …), for breakdowns; absent when none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub carried: BTreeMap<String, String>,
}

/// One line of `tagged.jsonl` / one row of `tagged.csv`. Holds only redacted text.
///
/// It also reads back from a `tagged.jsonl` this tool wrote (see
/// [`read_tagged`](super::read_tagged)), so `retheme` can re-export a run without
/// re-running it; the fixed vocabularies (question types, flags, PII types) are checked
/// on the way in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaggedRow {
    /// The row's id.
    pub id: String,
    /// The comment after cleaning and redaction.
    #[serde(deserialize_with = "super::read_tagged::redacted_text")]
    pub text: RedactedText,
    /// `what_good`, `could_improve` or `nonspecific`.
    pub question_type: QuestionType,
    /// QDC v7 subcategories with major, score and source.
    pub themes: Vec<ThemeAssignment>,
    /// Sentiment with its score, or `null` for blank and non-answer comments: they say
    /// nothing to score (people left them unscored in the QDC data), and a guessed
    /// sentiment would skew the counts in `summary.json`.
    pub sentiment: Option<SentimentPrediction>,
    /// The cluster, or `null` for blank and non-answer comments.
    pub cluster: Option<ClusterRef>,
    /// `blank`, `non_answer`, `duplicate`.
    #[serde(deserialize_with = "super::read_tagged::flags")]
    pub flags: Vec<&'static str>,
    /// Redactions per PII type (counts, never values).
    #[serde(deserialize_with = "super::read_tagged::redactions")]
    pub redactions: BTreeMap<&'static str, u32>,
    /// Source position and metadata.
    pub meta: RowMeta,
}

/// Columns of `tagged.csv`, in order.
pub const CSV_HEADER: [&str; 17] = [
    "id",
    "file",
    "line",
    "question_type",
    "text",
    "themes",
    "majors",
    "theme_scores",
    "theme_sources",
    "sentiment",
    "sentiment_score",
    "cluster_id",
    "cluster_label",
    "flags",
    "redactions",
    "date",
    "site",
];

/// Formats a score with four decimals.
fn score(s: f32) -> String {
    format!("{s:.4}")
}

impl TaggedRow {
    /// The row as CSV fields, in [`CSV_HEADER`] order; lists are joined with `; `.
    pub fn csv_fields(&self) -> Vec<String> {
        let join = |f: &dyn Fn(&ThemeAssignment) -> String| {
            self.themes.iter().map(f).collect::<Vec<_>>().join("; ")
        };
        let mut majors: Vec<&str> = self.themes.iter().map(|t| t.major.as_str()).collect();
        majors.sort_unstable();
        majors.dedup();
        vec![
            self.id.clone(),
            self.meta.file.clone(),
            self.meta.line.to_string(),
            self.question_type.name().to_string(),
            self.text.as_str().to_string(),
            join(&|t| t.label.clone()),
            majors.join("; "),
            join(&|t| score(t.score)),
            join(&|t| t.source.name().to_string()),
            self.sentiment
                .map(|s| s.label.name().to_string())
                .unwrap_or_default(),
            self.sentiment.map(|s| score(s.score)).unwrap_or_default(),
            self.cluster
                .as_ref()
                .map(|c| c.id.to_string())
                .unwrap_or_default(),
            self.cluster
                .as_ref()
                .map(|c| c.label.clone())
                .unwrap_or_default(),
            self.flags.join("; "),
            self.redactions
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; "),
            self.meta.date.clone().unwrap_or_default(),
            self.meta.site.clone().unwrap_or_default(),
        ]
    }
}

/// Rows serialised per parallel chunk.
const CHUNK_ROWS: usize = 4096;

/// Serialises `rows` in parallel chunks with `encode` and writes the chunks in order.
fn write_chunked(
    file: &mut AtomicFile,
    rows: &[TaggedRow],
    encode: impl Fn(&[TaggedRow]) -> std::io::Result<Vec<u8>> + Sync,
) -> std::io::Result<()> {
    let chunks: Vec<std::io::Result<Vec<u8>>> = rows.par_chunks(CHUNK_ROWS).map(&encode).collect();
    for chunk in chunks {
        file.writer().write_all(&chunk?)?;
    }
    Ok(())
}

/// One JSON object per row, each followed by a newline.
fn encode_jsonl(rows: &[TaggedRow]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(rows.len() * 512);
    for row in rows {
        serde_json::to_writer(
            &mut out,
            &super::Versioned::new(super::schema::TAGGED_ROW_VERSION, row),
        )?;
        out.push(b'\n');
    }
    Ok(out)
}

/// CSV records for the rows, without a header, each cell through `escape`.
fn encode_csv(rows: &[TaggedRow], escape: CsvEscape) -> std::io::Result<Vec<u8>> {
    let mut csv = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::with_capacity(rows.len() * 384));
    for row in rows {
        csv.write_record(escape.record(&row.csv_fields()))?;
    }
    csv.into_inner().map_err(|e| e.into_error())
}

/// Writes `tagged.jsonl` atomically, one JSON object per row, in the given order.
pub fn write_jsonl(path: &Path, rows: &[TaggedRow]) -> Result<(), WriteError> {
    let mut file = AtomicFile::create(path)?;
    write_chunked(&mut file, rows, encode_jsonl).map_err(|e| file.error(e))?;
    file.commit()
}

/// Writes `tagged.csv` atomically with a header row; `escape` guards cells that a
/// spreadsheet would run as formulas (see [`crate::csv_escape`]).
pub fn write_csv(path: &Path, rows: &[TaggedRow], escape: CsvEscape) -> Result<(), WriteError> {
    let mut file = AtomicFile::create(path)?;
    let result = encode_header()
        .and_then(|header| file.writer().write_all(&header))
        .and_then(|()| write_chunked(&mut file, rows, |chunk| encode_csv(chunk, escape)));
    result.map_err(|e| file.error(e))?;
    file.commit()
}

/// `tagged.jsonl` and `tagged.csv` written together, chunk by chunk, as a streaming
/// run finishes rows: each chunk is encoded by [`encode_rows`] (in parallel, by the
/// caller) and appended here in order.
pub struct TaggedFiles {
    jsonl: AtomicFile,
    csv: AtomicFile,
}

impl TaggedFiles {
    /// Starts both files (the CSV with its header).
    pub fn create(jsonl: &Path, csv: &Path) -> Result<Self, WriteError> {
        let jsonl = AtomicFile::create(jsonl)?;
        let mut csv = AtomicFile::create(csv)?;
        let header = encode_header().and_then(|h| csv.writer().write_all(&h));
        header.map_err(|e| csv.error(e))?;
        Ok(TaggedFiles { jsonl, csv })
    }

    /// Appends one encoded chunk to each file.
    pub fn write(&mut self, encoded: &EncodedRows) -> Result<(), WriteError> {
        let jsonl = self.jsonl.writer().write_all(&encoded.jsonl);
        jsonl.map_err(|e| self.jsonl.error(e))?;
        let csv = self.csv.writer().write_all(&encoded.csv);
        csv.map_err(|e| self.csv.error(e))
    }

    /// Flushes both files and renames them into place.
    pub fn commit(self) -> Result<(), WriteError> {
        self.jsonl.commit()?;
        self.csv.commit()
    }
}

/// A chunk of rows in both output formats.
#[derive(Debug, Default)]
pub struct EncodedRows {
    /// The `tagged.jsonl` lines.
    pub jsonl: Vec<u8>,
    /// The `tagged.csv` records (no header).
    pub csv: Vec<u8>,
}

/// Encodes rows for both files: the same bytes [`write_jsonl`] and [`write_csv`] write.
pub fn encode_rows(rows: &[TaggedRow], escape: CsvEscape) -> std::io::Result<EncodedRows> {
    Ok(EncodedRows {
        jsonl: encode_jsonl(rows)?,
        csv: encode_csv(rows, escape)?,
    })
}

/// The CSV header line.
fn encode_header() -> std::io::Result<Vec<u8>> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(CSV_HEADER)?;
    csv.into_inner().map_err(|e| e.into_error())
}
