//! `feedback-themes run INPUT... --out DIR`: the whole batch pipeline.

use std::path::PathBuf;

use clap::Args;

use feedback_themes::cluster::KMeansParams;
use feedback_themes::ingest::dates::DateOrder;
use feedback_themes::ingest::IngestOptions;
use feedback_themes::pipeline::{resolve_model_dir, run_pipeline, RunOptions};
use feedback_themes::progress::Progress;

use super::CliResult;

/// Arguments of `run`.
#[derive(Debug, Args)]
#[command(
    after_help = "Outputs in DIR: tagged.jsonl, tagged.csv (one row per usable input row, \
in input order), quarantine.csv (rows that could not be used, with file, line and reason), \
summary.json, clusters.json, manifest.json.\n\nExample:\n  feedback-themes run corpus-samples/fft_sample.csv --out out/"
)]
pub struct RunArgs {
    /// Input files: CSV (.csv) or JSON Lines (.jsonl, .ndjson).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output folder (created if missing).
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// Model folder [default: models/default].
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,
    /// Column holding the comment text [default: FFT answer, text, comment…].
    #[arg(long, value_name = "NAME")]
    pub text_col: Option<String>,
    /// Column holding the row id [default: Comment ID, id…; else file:line].
    #[arg(long, value_name = "NAME")]
    pub id_col: Option<String>,
    /// Column holding the survey question [default: FFT question, question].
    #[arg(long, value_name = "NAME")]
    pub question_col: Option<String>,
    /// Column holding the date [default: Date, date].
    #[arg(long, value_name = "NAME")]
    pub date_col: Option<String>,
    /// Column holding the site or service [default: Service type 1, site, service].
    #[arg(long, value_name = "NAME")]
    pub site_col: Option<String>,
    /// Column holding the FFT rating 1-5 [default: FFT categorical answer, rating].
    #[arg(long, value_name = "NAME")]
    pub rating_col: Option<String>,
    /// Longest field accepted, in bytes; longer rows are quarantined.
    #[arg(long, value_name = "BYTES", default_value_t = 32 * 1024)]
    pub max_field_bytes: usize,
    /// Number of clusters [default: about √(n/4), 2 to 40].
    #[arg(long, value_name = "K")]
    pub clusters: Option<usize>,
    /// Seed for clustering (same input + model + seed ⇒ identical output).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// A previous run's clusters.json: keeps cluster ids and analyst names stable.
    #[arg(long, value_name = "FILE")]
    pub previous_clusters: Option<PathBuf>,
    /// Read numeric dates month-first (MM/DD/YYYY) instead of UK day-first.
    #[arg(long)]
    pub month_first: bool,
    /// A further column to carry into meta and the hub (repeat for more); protected
    /// characteristics (age band, sex, gender, ethnicity, disability, religion, sexual
    /// orientation…) are carried without it.
    #[arg(long, value_name = "NAME")]
    pub meta_col: Vec<String>,
    /// Load the outputs into this hub database (SQLite; created if missing) once written.
    #[arg(long, value_name = "HUB.sqlite")]
    pub hub: Option<PathBuf>,
}

/// Runs `run`.
pub fn run(args: RunArgs, quiet: bool) -> CliResult {
    let model_dir = resolve_model_dir(args.model.as_deref());
    let options = RunOptions {
        inputs: args.inputs,
        out_dir: args.out,
        ingest: IngestOptions {
            text_col: args.text_col,
            id_col: args.id_col,
            question_col: args.question_col,
            date_col: args.date_col,
            site_col: args.site_col,
            rating_col: args.rating_col,
            max_field_bytes: args.max_field_bytes,
            date_order: if args.month_first {
                DateOrder::MonthFirst
            } else {
                DateOrder::DayFirst
            },
            meta_cols: args.meta_col,
        },
        model_dir,
        kmeans: KMeansParams {
            k: args.clusters,
            seed: args.seed,
            ..KMeansParams::default()
        },
        previous_clusters: args.previous_clusters,
        hub: args.hub,
    };
    let report = run_pipeline(&options, &Progress::new(quiet))?;
    if !quiet {
        let rows = report.manifest.rows;
        eprintln!(
            "{} rows read: {} tagged ({} non-answers, {} duplicates), {} quarantined; {} clusters; outputs in {}",
            rows.read,
            rows.tagged,
            rows.non_answers,
            rows.duplicates,
            rows.quarantined,
            report.manifest.clusters,
            options.out_dir.display()
        );
        if let (Some(load), Some(hub)) = (&report.hub, &options.hub) {
            super::load::print_load(load, hub);
        }
    }
    Ok(())
}
