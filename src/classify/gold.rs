//! Reading a human-labelled gold CSV (QDC layout by default) into [`GoldRow`]s with v7 labels.

use std::path::{Path, PathBuf};

use super::framework_map::v7_index_of;
use super::label_set::LabelSet;
use super::prediction::SentimentLabel;
use crate::clean::clean_text;
use crate::clean::non_answer::is_non_answer;
use crate::clean::QuestionType;
use crate::redact::RedactedText;

/// Which columns of a gold file hold what. Defaults are the QDC export names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldLayout {
    /// The free-text answer.
    pub text_col: String,
    /// The question asked (optional column).
    pub question_col: String,
    /// The FFT rating 1..5 (optional column).
    pub rating_col: String,
    /// The service type / site (optional column).
    pub site_col: String,
    /// The 1..5 sentiment (optional column).
    pub sentiment_col: String,
    /// Label columns by name; `None` takes every column whose name is a v6 or v7 label.
    pub label_cols: Option<Vec<String>>,
}

impl Default for GoldLayout {
    fn default() -> Self {
        GoldLayout {
            text_col: "FFT answer".into(),
            question_col: "FFT question".into(),
            rating_col: "FFT categorical answer".into(),
            site_col: "Service type 1".into(),
            sentiment_col: "Comment sentiment".into(),
            label_cols: None,
        }
    }
}

/// One labelled comment.
#[derive(Debug, Clone)]
pub struct GoldRow {
    /// 1-based line number of the record's start in the file (header is line 1).
    pub line: u64,
    /// The comment text (the QDC publishers redacted it before release).
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
    /// The file could not be opened.
    #[error("cannot open gold file {path}")]
    Open {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The CSV was malformed at some record.
    #[error("gold file {path}: bad CSV near line {line}: {message}")]
    Csv {
        /// The file.
        path: PathBuf,
        /// Line number of the failing record.
        line: u64,
        /// The CSV reader's description (holds no field content).
        message: String,
    },
    /// A required column is missing.
    #[error("gold file {path} has no column named {column:?}; name it with the matching flag")]
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
    let file = std::fs::File::open(path).map_err(|source| GoldError::Open {
        path: path.to_owned(),
        source,
    })?;
    read_gold_from(std::io::BufReader::new(file), path, layout)
}

/// Reads gold rows from any reader; `path` is only used in error messages.
pub fn read_gold_from(
    reader: impl std::io::Read,
    path: &Path,
    layout: &GoldLayout,
) -> Result<Vec<GoldRow>, GoldError> {
    let csv_error = |line: u64, e: csv::Error| GoldError::Csv {
        path: path.to_owned(),
        line,
        message: match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("expected {expected_len} fields, found {len}"),
            csv::ErrorKind::Io(io) => io.to_string(),
            _ => "unreadable record".to_string(),
        },
    };
    let mut csv = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(reader);
    let headers: Vec<String> = csv
        .byte_headers()
        .map_err(|e| csv_error(1, e))?
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim_start_matches('\u{feff}')
                .trim()
                .to_string()
        })
        .collect();
    let find = |name: &str| headers.iter().position(|h| h == name);
    let text_at = find(&layout.text_col).ok_or_else(|| GoldError::MissingColumn {
        path: path.to_owned(),
        column: layout.text_col.clone(),
    })?;
    let label_cols: Vec<(usize, usize)> = match &layout.label_cols {
        Some(names) => names
            .iter()
            .map(|name| {
                let at = find(name).ok_or_else(|| GoldError::MissingColumn {
                    path: path.to_owned(),
                    column: name.clone(),
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
    if label_cols.is_empty() {
        return Err(GoldError::NoLabelColumns {
            path: path.to_owned(),
        });
    }
    let question_at = find(&layout.question_col);
    let rating_at = find(&layout.rating_col);
    let site_at = find(&layout.site_col);
    let sentiment_at = find(&layout.sentiment_col);

    let mut rows = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        let line = csv.position().line();
        match csv.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(line, e)),
        }
        let field = |at: Option<usize>| -> Option<String> {
            at.and_then(|i| record.get(i))
                .map(|b| String::from_utf8_lossy(b).into_owned())
        };
        // Cleaned exactly as the pipeline cleans comments, so "non-answer" means the same
        // thing in training, evaluation and tagging.
        let text = clean_text(&field(Some(text_at)).unwrap_or_default()).into_owned();
        let mut labels = LabelSet::EMPTY;
        for &(at, label) in &label_cols {
            if record
                .get(at)
                .is_some_and(|b| cell_is_set(&String::from_utf8_lossy(b)))
            {
                labels.insert(label);
            }
        }
        let site = field(site_at)
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|s| !s.is_empty());
        rows.push(GoldRow {
            line: record.position().map_or(line, |p| p.line()),
            non_answer: is_non_answer(&text),
            question_type: QuestionType::from_question(field(question_at).as_deref()),
            rating: field(rating_at).as_deref().and_then(rating_from_gold),
            sentiment: field(sentiment_at).as_deref().and_then(sentiment_from_gold),
            site,
            labels,
            text: RedactedText::assume_redacted(text),
        });
    }
    Ok(rows)
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
            text_col: "Comment".into(),
            ..GoldLayout::default()
        };
        let err = read(&layout).unwrap_err().to_string();
        assert!(err.contains("\"Comment\""), "{err}");
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

    /// The shared QDC dev file, or `None` (with a message) when the folder is absent.
    fn shared_dev_file() -> Option<std::path::PathBuf> {
        let path = Path::new("../shared/data/qdc/qdc_v6_dev.csv");
        if path.exists() {
            Some(path.to_owned())
        } else {
            eprintln!("skipping: ../shared/data absent");
            None
        }
    }

    #[test]
    fn shared_dev_file_maps_to_v7() {
        let Some(path) = shared_dev_file() else {
            return;
        };
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
