//! Command-line flags naming the columns of a labelled gold CSV (shared by `train` and
//! `eval themes`). Defaults are the QDC export layout.

use std::path::{Path, PathBuf};

use clap::Args;
use feedback_themes::classify::gold::{read_gold, GoldLayout, GoldRow};

use super::CliError;

/// Where the labelled file is and which columns hold what.
#[derive(Debug, Args)]
pub struct GoldArgs {
    /// Labelled CSV (QDC layout by default: v6 or v7 label columns holding 1 or blank).
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// Column with the comment text [default: as `run`: FFT answer, text, comment…].
    #[arg(long)]
    pub text_col: Option<String>,
    /// Column with the question asked [default: FFT question, question].
    #[arg(long)]
    pub question_col: Option<String>,
    /// Column with the FFT rating (1 very good .. 5 very poor) [default: FFT categorical answer, rating].
    #[arg(long)]
    pub rating_col: Option<String>,
    /// Column with the service type / site [default: Service type 1, site, service].
    #[arg(long)]
    pub site_col: Option<String>,
    /// Column with the 1..5 sentiment.
    #[arg(long, default_value = "Comment sentiment")]
    pub sentiment_col: String,
    /// Comma-separated label columns (QDC v6 or v7 names); default: every such column.
    #[arg(long, value_delimiter = ',')]
    pub labels: Option<Vec<String>>,
    /// Hand-written example comments (QDC layout, v7 label columns) added to the training
    /// rows, never scored: e.g. lexicons/qdc_v7_seed_examples.csv, a few plain comments per
    /// label so labels with almost no real examples still get words of their own.
    #[arg(long, value_name = "FILE")]
    pub seed_examples: Option<PathBuf>,
}

impl GoldArgs {
    /// The column layout these flags describe.
    pub fn layout(&self) -> GoldLayout {
        GoldLayout {
            text_col: self.text_col.clone(),
            question_col: self.question_col.clone(),
            rating_col: self.rating_col.clone(),
            site_col: self.site_col.clone(),
            sentiment_col: self.sentiment_col.clone(),
            label_cols: self.labels.clone(),
        }
    }

    /// Reads the seed examples, if any were given (the QDC layout's default columns).
    pub fn read_seeds(&self) -> Result<Vec<GoldRow>, CliError> {
        let Some(path) = &self.seed_examples else {
            return Ok(Vec::new());
        };
        read_rows(path, &GoldLayout::default())
    }

    /// Reads the gold file; a missing file or column is bad input (exit 2).
    pub fn read(&self) -> Result<Vec<GoldRow>, CliError> {
        let rows = read_rows(&self.gold, &self.layout())?;
        if rows.is_empty() {
            return Err(CliError::BadInput(anyhow::anyhow!(
                "gold file {} has no rows",
                self.gold.display()
            )));
        }
        Ok(rows)
    }
}

/// Reads a labelled file; a missing file, column or bad row is bad input (exit 2).
fn read_rows(path: &Path, layout: &GoldLayout) -> Result<Vec<GoldRow>, CliError> {
    read_gold(path, layout).map_err(|e| {
        if e.is_bad_input() {
            CliError::BadInput(e.into())
        } else {
            CliError::Failure(e.into())
        }
    })
}
