//! `feedback-themes eval themes --gold FILE [--model DIR] [--cv K] [--baseline] [--json]`
//!
//! Scores a saved model against a labelled file, or (`--cv K`) cross-validates training
//! on the file itself. Headline figures are over real answers (not blank, not a
//! non-answer) without `Labelling not possible`; the all-rows figures include it.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use feedback_themes::classify::{ThemeModel, TrainParams};
use feedback_themes::eval::metrics::{MultiLabelScores, ScoreTable};
use feedback_themes::eval::themes::{cross_validate, evaluate_model, ThemeReport};
use feedback_themes::text::Analyzer;

use super::gold_args::GoldArgs;
use super::stdout::say;
use super::train::{load_rules, with_embeddings, DEFAULT_EMBEDDINGS};
use super::{CliError, CliResult};

/// Arguments of `eval themes`.
#[derive(Debug, Args)]
pub struct EvalThemesArgs {
    /// The labelled file and its columns.
    #[command(flatten)]
    pub gold: GoldArgs,
    /// Model folder to score (ignored with --cv).
    #[arg(long, value_name = "DIR", default_value = "models/default")]
    pub model: PathBuf,
    /// Cross-validate with K folds on the gold file instead of scoring a saved model.
    #[arg(long, value_name = "K")]
    pub cv: Option<usize>,
    /// With --cv: train the simple baseline (word TF-IDF + question type, plain
    /// logistic regression, no character n-grams, rules, calibration or thresholds).
    #[arg(long)]
    pub baseline: bool,
    /// Seed for --cv training.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// With --cv: JSON object overriding training parameters (advanced; keys as in a
    /// model manifest's "parameters"), e.g. '{"sgd":{"epochs":20}}'.
    #[arg(long, value_name = "JSON")]
    pub params: Option<String>,
    /// Keyword rules TOML for --cv (default: the shipped rules).
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// With --cv: the word-embedding table for the sentiment model's dense block.
    #[arg(long, value_name = "FILE", default_value = DEFAULT_EMBEDDINGS)]
    pub embeddings: PathBuf,
    /// Print one JSON line instead of tables.
    #[arg(long)]
    pub json: bool,
}

/// Runs `eval themes`.
pub fn run(args: EvalThemesArgs, quiet: bool) -> CliResult {
    let rows = args.gold.read()?;
    let report = match args.cv {
        Some(k) => {
            if k < 2 {
                return Err(CliError::BadInput(anyhow::anyhow!(
                    "--cv needs at least 2 folds"
                )));
            }
            let base = if args.baseline {
                TrainParams::baseline()
            } else {
                TrainParams::default()
            };
            let params = TrainParams {
                seed: args.seed,
                ..base
            };
            let params = match &args.params {
                Some(json) => override_params(&params, json).map_err(CliError::BadInput)?,
                None => params,
            };
            let params = with_embeddings(params, &args.embeddings)?;
            let rules = load_rules(args.rules.as_deref())?;
            let seeds = args.gold.read_seeds()?;
            cross_validate(
                &rows,
                &seeds,
                k,
                &params,
                &Analyzer::english(),
                &rules,
                |f| {
                    if !quiet && !args.json {
                        eprintln!("fold {f}/{k} done");
                    }
                },
            )
            .context("cross-validation failed")?
        }
        None => {
            let model = ThemeModel::load(&args.model)
                .with_context(|| {
                    "load a model folder written by `feedback-themes train` (--model DIR)"
                })
                .map_err(CliError::BadInput)?;
            evaluate_model(&model, &rows)
        }
    };
    if args.json {
        say!(
            "{}",
            serde_json::to_string(&report).context("cannot serialise report")?
        );
    } else {
        print_report(&report);
    }
    Ok(())
}

/// Applies a JSON object of overrides (merged key by key) to training parameters.
pub(super) fn override_params(params: &TrainParams, json: &str) -> anyhow::Result<TrainParams> {
    fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
        match (base, patch) {
            (serde_json::Value::Object(b), serde_json::Value::Object(p)) => {
                for (k, v) in p {
                    merge(b.entry(k).or_insert(serde_json::Value::Null), v);
                }
            }
            (b, p) => *b = p,
        }
    }
    let mut value = serde_json::to_value(params)?;
    let patch: serde_json::Value =
        serde_json::from_str(json).context("--params is not valid JSON")?;
    merge(&mut value, patch);
    let merged: TrainParams =
        serde_json::from_value(value).context("--params names an unknown or mistyped parameter")?;
    merged.check().context("--params")?;
    Ok(merged)
}

fn print_table(title: &str, table: &ScoreTable) {
    say!("\n{title}");
    say!(
        "{:<58} {:>6} {:>6} {:>6} {:>7} {:>7}",
        "label",
        "P",
        "R",
        "F1",
        "support",
        "pred"
    );
    for l in &table.labels {
        say!(
            "{:<58} {:>6.3} {:>6.3} {:>6.3} {:>7} {:>7}",
            l.label,
            l.precision,
            l.recall,
            l.f1,
            l.support,
            l.predicted
        );
    }
    say!(
        "micro-F1 {:.3}   macro-F1 {:.3} (over {} labels with >= 5 positives)",
        table.micro_f1,
        table.macro_f1,
        table.macro_labels
    );
}

fn print_scores(title: &str, s: &MultiLabelScores, detail: bool) {
    if detail {
        print_table(&format!("{title}: subcategories"), &s.subcategories);
        print_table(&format!("{title}: major categories"), &s.majors);
    } else {
        say!("\n{title}");
        say!(
            "subcategories micro-F1 {:.3} macro-F1 {:.3} ({} labels); majors micro-F1 {:.3} macro-F1 {:.3}",
            s.subcategories.micro_f1,
            s.subcategories.macro_f1,
            s.subcategories.macro_labels,
            s.majors.micro_f1,
            s.majors.macro_f1
        );
    }
    say!(
        "rows {}   exact match {:.3}   Hamming loss {:.4}",
        s.rows,
        s.exact_match,
        s.hamming_loss
    );
}

fn print_report(r: &ThemeReport) {
    match r.folds {
        Some(k) => say!(
            "{k}-fold cross-validation on {} rows (folds by hash of normalised text)",
            r.rows
        ),
        None => say!("saved model scored on {} rows", r.rows),
    }
    print_scores(
        "Real answers, without Labelling not possible (headline)",
        &r.real_answers,
        true,
    );
    print_scores(
        "All rows, with Labelling not possible",
        &r.all_rows_with_lnp,
        false,
    );
    say!(
        "\nSentiment (real answers with gold sentiment, {} rows): accuracy {:.3}  macro-F1 {:.3}",
        r.sentiment.rows,
        r.sentiment.accuracy,
        r.sentiment.macro_f1
    );
    for c in &r.sentiment.classes {
        say!(
            "  {:<9} P {:.3} R {:.3} F1 {:.3} support {}",
            c.label,
            c.precision,
            c.recall,
            c.f1,
            c.support
        );
    }
    for (question, scores) in &r.sentiment_by_question {
        say!(
            "  {question:<13} accuracy {:.3}  macro-F1 {:.3}  rows {}",
            scores.accuracy,
            scores.macro_f1,
            scores.rows
        );
    }
    say!("\nTheme score reliability (real answers): labels assigned per score band, share right");
    for band in r.reliability.iter().filter(|b| b.assigned > 0) {
        say!(
            "  {:.1}-{:.1}  assigned {:>6}  precision {:.2}",
            band.from,
            band.to,
            band.assigned,
            band.precision
        );
    }
}
