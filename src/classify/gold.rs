//! Reading a human-labelled gold CSV (QDC layout by default) into [`GoldRow`]s with v7 labels.
//!
//! The file goes through the same input layer as `run`'s ([`crate::ingest`]): the
//! same delimiter detection, decoding (UTF-8, else Windows-1252), column names and
//! row checks, then the same cleaning and the same redactor, so training text can never
//! carry a name or number into a model file, and "non-answer" means what it means in
//! `run`. A row `run` would quarantine stops the read with its line, column and
//! reason: a model is not trained on part of a labelled file without the user knowing.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::framework_map::v7_index_of;
use super::label_set::LabelSet;
use super::prediction::SentimentLabel;
use crate::clean::{clean_records, QuestionType};
use crate::ingest::columns::{find_column, normalise_name, Field};
use crate::ingest::csv_table::{decode_cell, CsvTable, RowProblem};
use crate::ingest::source_file::SourceFile;
use crate::ingest::{IngestError, IngestOptions, Record};
use crate::redact::{RedactedText, Redactor};

/// Which columns of a gold file hold what. `None` finds a column by the same names
/// `run` uses (`FFT answer`, `FFT question`…); label columns by their QDC names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldLayout {
    /// The free-text answer.
    pub text_col: Option<String>,
    /// The question asked (optional column).
    pub question_col: Option<String>,
    /// The FFT rating 1..5 (optional column).
    pub rating_col: Option<String>,
    /// The service type / site (optional column).
    pub site_col: Option<String>,
    /// The 1..5 sentiment (optional column).
    pub sentiment_col: String,
    /// Label columns by name; `None` takes every column whose name is a v6 or v7 label.
    pub label_cols: Option<Vec<String>>,
}

impl Default for GoldLayout {
    fn default() -> Self {
        GoldLayout {
            text_col: None,
            question_col: None,
            rating_col: None,
            site_col: None,
            sentiment_col: "Comment sentiment".into(),
            label_cols: None,
        }
    }
}

impl GoldLayout {
    /// The column overrides as ingest options (the labelled file's limits are `run`'s).
    fn ingest_options(&self) -> IngestOptions {
        IngestOptions {
            text_col: self.text_col.clone(),
            question_col: self.question_col.clone(),
            rating_col: self.rating_col.clone(),
            site_col: self.site_col.clone(),
            ..IngestOptions::default()
        }
    }
}

/// One labelled comment.
#[derive(Debug, Clone)]
pub struct GoldRow {
    /// 1-based line number of the record's start in the file (header is line 1).
    pub line: u64,
    /// The comment text, cleaned and redacted exactly as `run` does it.
    pub text: RedactedText,
    /// The question type derived from the question text.
    pub question_type: QuestionType,
    /// FFT rating 1..=5 (6/7 "don't know" and blanks are `None`).
    pub rating: Option<u8>,
    /// Service type, if any.
    pub site: Option<String>,
    /// True for blank and stock non-answers.
    pub non_answer: bool,
    /// The gold v7 labels.
    pub labels: LabelSet,
    /// Gold 3-class sentiment; `None` where the column is blank (unlabelled).
    pub sentiment: Option<SentimentLabel>,
}

/// Why a gold file could not be read. Rows are named by line number, never by text.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// The file could not be opened, or read as CSV at all (the same messages as `run`).
    #[error(transparent)]
    Input(#[from] IngestError),
    /// A row that `run` would set aside; training on the rest would hide it.
    #[error("{path}: line {line}{}: {reason}; fix or remove the row", column.map(|c| format!(", column {c}")).unwrap_or_default())]
    BadRow {
        /// The file.
        path: String,
        /// 1-based line where the row starts.
        line: u64,
        /// 1-based column at fault, if one is.
        column: Option<u64>,
        /// Why (never the row's text).
        reason: String,
    },
    /// A label column named with `--labels` is missing.
    #[error("gold file {path} has no column named {column:?}; check --labels")]
    MissingColumn {
        /// The file.
        path: PathBuf,
        /// The column that was looked for.
        column: String,
    },
    /// No label column could be mapped to QDC v7.
    #[error("gold file {path} has no label column that maps to a QDC v7 subcategory")]
    NoLabelColumns {
        /// The file.
        path: PathBuf,
    },
}

impl GoldError {
    /// True when the file is at fault (exit code 2) rather than the machine.
    pub fn is_bad_input(&self) -> bool {
        match self {
            GoldError::Input(e) => e.is_bad_input(),
            _ => true,
        }
    }
}

/// Maps a QDC `Comment sentiment` value (1..5) to three classes.
pub fn sentiment_from_gold(value: &str) -> Option<SentimentLabel> {
    match value.trim() {
        "1" | "2" => Some(SentimentLabel::Positive),
        "3" => Some(SentimentLabel::Neutral),
        "4" | "5" => Some(SentimentLabel::Negative),
        _ => None,
    }
}

/// Parses an FFT rating; only 1..=5 count (6 and 7 mean "don't know").
pub fn rating_from_gold(value: &str) -> Option<u8> {
    value
        .trim()
        .parse::<u8>()
        .ok()
        .filter(|r| (1..=5).contains(r))
}

/// True when a label cell is set (`1`, `1.0`, `yes`, `true`, `x`).
fn cell_is_set(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "1" | "1.0" | "yes" | "true" | "x"
    )
}

/// Reads every row of a gold file.
pub fn read_gold(path: &Path, layout: &GoldLayout) -> Result<Vec<GoldRow>, GoldError> {
    let (_, file) = crate::ingest::open_input(path)?;
    read_gold_from(std::io::BufReader::new(file), path, layout)
}

/// Where the columns a gold row needs are (0-based).
struct GoldColumns {
    fields: [Option<usize>; Field::ALL.len()],
    sentiment: Option<usize>,
    labels: Vec<(usize, usize)>,
}

impl GoldColumns {
    /// Finds the columns by the same names as `run` (text required), plus the
    /// sentiment and label columns.
    fn find(
        headers: &[String],
        layout: &GoldLayout,
        file: &SourceFile<'_>,
    ) -> Result<Self, GoldError> {
        let names: Vec<String> = headers.iter().map(|h| normalise_name(h)).collect();
        let mut fields = [None; Field::ALL.len()];
        for (slot, field) in fields.iter_mut().zip(Field::ALL) {
            *slot = find_column(&names, file.opts.column_override(field), field);
            if let (None, Some(err)) = (*slot, file.missing_field(field, headers)) {
                return Err(err.into());
            }
        }
        let sentiment = find_column(&names, Some(&layout.sentiment_col), Field::Text);
        let labels: Vec<(usize, usize)> = match &layout.label_cols {
            Some(wanted) => wanted
                .iter()
                .map(|name| {
                    let at = headers.iter().position(|h| h == name).ok_or_else(|| {
                        GoldError::MissingColumn {
                            path: file.path.to_owned(),
                            column: name.clone(),
                        }
                    })?;
                    Ok(v7_index_of(name).map(|label| (at, label)))
                })
                .collect::<Result<Vec<_>, GoldError>>()?
                .into_iter()
                .flatten()
                .collect(),
            None => headers
                .iter()
                .enumerate()
                .filter_map(|(at, h)| v7_index_of(h).map(|label| (at, label)))
                .collect(),
        };
        if labels.is_empty() {
            return Err(GoldError::NoLabelColumns {
                path: file.path.to_owned(),
            });
        }
        Ok(GoldColumns {
            fields,
            sentiment,
            labels,
        })
    }
}

/// A gold row before cleaning and redaction: its record and its labels.
struct ReadRow {
    record: Record,
    rating: Option<u8>,
    sentiment: Option<SentimentLabel>,
    labels: LabelSet,
}

/// Reads gold rows from any reader; `path` is only used in error messages.
pub fn read_gold_from(
    reader: impl std::io::Read,
    path: &Path,
    layout: &GoldLayout,
) -> Result<Vec<GoldRow>, GoldError> {
    let opts = layout.ingest_options();
    let file = SourceFile {
        path,
        source: 0,
        stem: "gold",
        opts: &opts,
        dates: &crate::ingest::date_orders::DAY_FIRST_ONLY,
    };
    let mut table = CsvTable::open(reader, path)?;
    let columns = GoldColumns::find(table.headers(), layout, &file)?;
    let limit = opts.field_limit();
    let mut read = Vec::new();
    let mut record = csv::ByteRecord::new();
    while let Some(line) = table.next_row(&mut record)? {
        let row = table
            .check_shape(&record)
            .and_then(|()| read_row(&record, &columns, limit, file, line));
        read.push(row.map_err(|problem| GoldError::BadRow {
            path: path.display().to_string(),
            line,
            column: problem.column,
            reason: problem.reason,
        })?);
    }
    let (records, rest): (Vec<Record>, Vec<_>) = read
        .into_iter()
        .map(|r| (r.record, (r.rating, r.sentiment, r.labels)))
        .unzip();
    let cleaned = clean_records(records);
    let redactor = Redactor::new();
    Ok(cleaned
        .into_par_iter()
        .zip(rest)
        .map(|(c, (rating, sentiment, labels))| GoldRow {
            line: c.record.line,
            text: redactor.redact_raw(&c.record.text).0,
            question_type: c.question_type,
            non_answer: c.flags.non_answer,
            rating,
            site: c
                .record
                .site
                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|s| !s.is_empty()),
            sentiment,
            labels,
        })
        .collect())
}

/// Decodes the columns a gold row uses.
fn read_row(
    record: &csv::ByteRecord,
    columns: &GoldColumns,
    limit: usize,
    file: SourceFile<'_>,
    line: u64,
) -> Result<ReadRow, RowProblem> {
    let cell = |at: Option<usize>| -> Result<Option<String>, RowProblem> {
        at.map(|at| decode_cell(record, at, limit)).transpose()
    };
    let field = |f: Field| cell(columns.fields[f.index()]);
    let mut labels = LabelSet::EMPTY;
    for &(at, label) in &columns.labels {
        if cell(Some(at))?.is_some_and(|v| cell_is_set(&v)) {
            labels.insert(label);
        }
    }
    let mut values = crate::ingest::row_values::RowValues {
        text: field(Field::Text)?,
        question: field(Field::Question)?,
        site: field(Field::Site)?,
        ..Default::default()
    };
    let rating = field(Field::Rating)?.as_deref().and_then(rating_from_gold);
    values.rating = None;
    let record = values
        .into_record(file.place(line))
        .map_err(|reason| RowProblem {
            column: None,
            reason: reason.to_string(),
        })?;
    Ok(ReadRow {
        record,
        rating,
        sentiment: cell(columns.sentiment)?
            .as_deref()
            .and_then(sentiment_from_gold),
        labels,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::taxonomy::label_index;

    const SAMPLE: &str = "\u{feff}Comment ID,FFT question,FFT answer,FFT categorical answer,Service type 1,Comment sentiment,Staff responsiveness,Number & deployment of staff,Diagnosis & triage,Labelling not possible\n\
        a1,What could we do better?,More staff on the ward,4,Forensic,4,1,1,,\n\
        a2,FFT Why?,Did not answer,7,,,,,,1\n\
        a3,What was good?,\"Kind,\nhelpful\",1,PTS,1,,,1,\n";

    fn read(layout: &GoldLayout) -> Result<Vec<GoldRow>, GoldError> {
        read_gold_from(SAMPLE.as_bytes(), Path::new("sample.csv"), layout)
    }

    #[test]
    fn reads_qdc_layout_with_v7_merges() {
        let rows = read(&GoldLayout::default()).unwrap();
        assert_eq!(rows.len(), 3);
        let staffing = label_index("Staffing levels & responsiveness").unwrap();
        assert_eq!(rows[0].labels, LabelSet::single(staffing));
        assert_eq!(rows[0].rating, Some(4));
        assert_eq!(rows[0].sentiment, Some(SentimentLabel::Negative));
        assert_eq!(rows[0].question_type, QuestionType::CouldImprove);
        assert_eq!(rows[0].site.as_deref(), Some("Forensic"));
        assert!(rows[1].non_answer);
        assert_eq!(rows[1].rating, None, "7 = don't know");
        assert_eq!(rows[1].sentiment, None, "blank sentiment is unlabelled");
        assert!(
            rows[2].labels.is_empty(),
            "Diagnosis & triage was dropped in v7"
        );
        assert_eq!(
            rows[2].text.as_str(),
            "Kind, helpful",
            "cleaned as the pipeline cleans"
        );
        assert_eq!(rows[2].line, 4);
    }

    #[test]
    fn missing_text_column_is_named() {
        let layout = GoldLayout {
            text_col: Some("Comment".into()),
            ..GoldLayout::default()
        };
        let err = read(&layout).unwrap_err().to_string();
        assert!(
            err.contains("'Comment'") && err.contains("--text-col"),
            "{err}"
        );
    }

    #[test]
    fn ragged_row_is_reported_by_line() {
        let bad = "FFT answer,Parking\nfine,1\nbroken,1,extra\n";
        let err = read_gold_from(bad.as_bytes(), Path::new("x.csv"), &GoldLayout::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 3"), "{err}");
        assert!(!err.contains("broken"), "no comment text in errors: {err}");
    }

    #[test]
    #[ignore = "needs ../shared/data; run with `cargo test --release -- --ignored` where it is present (or SHARED_DATA=DIR)"]
    fn shared_dev_file_maps_to_v7() {
        let path = std::path::PathBuf::from(std::env::var("SHARED_DATA").unwrap_or_else(|_| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data").to_string()
        }))
        .join("qdc/qdc_v6_dev.csv");
        let rows = read_gold(&path, &GoldLayout::default()).unwrap();
        assert!(rows.len() > 5_000, "{}", rows.len());
        let lnp = label_index("Labelling not possible").unwrap();
        let non_answers = rows.iter().filter(|r| r.non_answer).count();
        let lnp_rows = rows.iter().filter(|r| r.labels.contains(lnp)).count();
        // Non-answers are the Labelling-not-possible rows, give or take a handful.
        assert!(
            non_answers.abs_diff(lnp_rows) < 50,
            "{non_answers} vs {lnp_rows}"
        );
        let staffing = label_index("Staffing levels & responsiveness").unwrap();
        assert!(rows.iter().filter(|r| r.labels.contains(staffing)).count() > 100);
        assert!(rows.iter().filter(|r| r.sentiment.is_some()).count() > 4_000);
    }
}
