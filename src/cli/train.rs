//! `feedback-themes train --gold FILE --out models/NAME [--seed-examples FILE] [--seed N] [--cv K]`
//!
//! Trains the theme + sentiment model from a labelled CSV and writes a model folder:
//! `features.json` (vocabulary + IDF, n-gram buckets), `weights.bin`, `heads.json`
//! (intercepts, Platt calibration, per-label thresholds), `tokenizer.json`,
//! `stop_words.txt`, `keyword_rules.toml` and `manifest.json` (provenance and, unless
//! `--cv 0`, cross-validated figures).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use clap::Args;
use feedback_themes::classify::embeddings::EmbeddingTable;
use feedback_themes::classify::rules::KeywordRules;
use feedback_themes::classify::trainer::training_examples;
use feedback_themes::classify::{ThemeModel, TrainParams};
use feedback_themes::eval::themes::cross_validate;
use feedback_themes::ingest::hashing_reader::HashingReader;
use feedback_themes::model::{SeedExamples, TrainingProvenance};
use feedback_themes::text::Analyzer;

use super::eval_themes::override_params;
use super::gold_args::GoldArgs;
use super::{CliError, CliResult};

/// Arguments of `train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// The labelled file and its columns.
    #[command(flatten)]
    pub gold: GoldArgs,
    /// Model folder to write (e.g. models/default).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Seed for shuffling and inner folds: same data + seed ⇒ same weights.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Folds of cross-validation whose figures go in the manifest (0 = skip).
    #[arg(long, default_value_t = 5)]
    pub cv: usize,
    /// Keyword rules TOML to use instead of the shipped lexicons/qdc_v7_rules.toml.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Model name for the manifest (default: the folder name).
    #[arg(long)]
    pub name: Option<String>,
    /// Word-embedding table for the sentiment model's dense block (copied into the
    /// model folder).
    #[arg(long, value_name = "FILE", default_value = DEFAULT_EMBEDDINGS)]
    pub embeddings: PathBuf,
    /// JSON object overriding training parameters (advanced; keys as in a model
    /// manifest's "parameters"), e.g. '{"features":{"weight_theme_embeddings":2}}'.
    #[arg(long, value_name = "JSON")]
    pub params: Option<String>,
}

/// The shipped word-embedding table (see models/embeddings/manifest.json).
pub const DEFAULT_EMBEDDINGS: &str = "models/embeddings/embeddings.bin";

/// `params` with the embedding table at `path` attached, when its features use one
/// (`weight_embeddings > 0` or `weight_theme_embeddings > 0`); a missing or damaged
/// table is an error naming the file.
pub fn with_embeddings(params: TrainParams, path: &Path) -> Result<TrainParams, CliError> {
    if !params.features.uses_embeddings() {
        return Ok(params);
    }
    let table = EmbeddingTable::load(path)
        .context("the word-embedding table is missing or damaged: restore models/embeddings/ (git checkout), or give --embeddings FILE")
        .map_err(CliError::BadInput)?;
    Ok(TrainParams {
        embeddings: Some(Arc::new(table)),
        ..params
    })
}

/// SHA-256 of a file, hex.
pub fn sha256_file(path: &Path) -> anyhow::Result<String> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    HashingReader::new(file)
        .finish()
        .with_context(|| format!("cannot read {}", path.display()))
}

/// Loads keyword rules from a file, or the shipped ones.
pub fn load_rules(path: Option<&Path>) -> Result<KeywordRules, CliError> {
    match path {
        None => Ok(KeywordRules::default_rules()),
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read rules file {}", p.display()))
                .map_err(CliError::BadInput)?;
            KeywordRules::from_toml(&text)
                .with_context(|| format!("rules file {}", p.display()))
                .map_err(CliError::BadInput)
        }
    }
}

/// A file's name without its directories (a manifest never records local paths).
fn file_name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Runs `train`.
pub fn run(args: TrainArgs, quiet: bool) -> CliResult {
    let rows = args.gold.read()?;
    let seeds = args.gold.read_seeds()?;
    let rules = load_rules(args.rules.as_deref())?;
    let analyzer = Analyzer::english();
    let params = TrainParams {
        seed: args.seed,
        ..TrainParams::default()
    };
    let params = match &args.params {
        Some(json) => override_params(&params, json).map_err(CliError::BadInput)?,
        None => params,
    };
    let params = with_embeddings(params, &args.embeddings)?;
    let started = std::time::Instant::now();
    let examples = training_examples(&rows, &seeds, &analyzer);
    let provenance = TrainingProvenance {
        file: file_name_of(&args.gold.gold),
        sha256: sha256_file(&args.gold.gold).map_err(CliError::BadInput)?,
        rows: rows.len(),
        theme_rows: 0,
        sentiment_rows: 0,
        seed_examples: match &args.gold.seed_examples {
            Some(path) => Some(SeedExamples {
                file: file_name_of(path),
                sha256: sha256_file(path).map_err(CliError::BadInput)?,
                rows: seeds.len(),
            }),
            None => None,
        },
    };
    let name = args.name.clone().unwrap_or_else(|| {
        args.out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "model".into())
    });
    let mut model = ThemeModel::train(
        &examples,
        &params,
        analyzer.clone(),
        rules.clone(),
        &name,
        provenance,
    )
    .context("training failed")?;
    let train_secs = started.elapsed().as_secs_f64();
    if !quiet {
        eprintln!(
            "trained on {} examples ({} rows of the labelled file, {} seed examples) in {train_secs:.1} s",
            examples.len(),
            rows.len(),
            seeds.len()
        );
    }
    if args.cv > 1 {
        let report = cross_validate(&rows, &seeds, args.cv, &params, &analyzer, &rules, |f| {
            if !quiet {
                eprintln!("cross-validation fold {f}/{} done", args.cv);
            }
        })
        .context("cross-validation failed")?;
        if !quiet {
            eprintln!(
                "cv: subcategory micro-F1 {:.3}, macro-F1 {:.3}; major macro-F1 {:.3}; sentiment accuracy {:.3}",
                report.real_answers.subcategories.micro_f1,
                report.real_answers.subcategories.macro_f1,
                report.real_answers.majors.macro_f1,
                report.sentiment.accuracy
            );
        }
        model.set_cross_validation(serde_json::json!({
            "folds": args.cv,
            "fold_split": "hash of normalised text",
            "scope": "real answers, without Labelling not possible",
            "subcategory_micro_f1": report.real_answers.subcategories.micro_f1,
            "subcategory_macro_f1": report.real_answers.subcategories.macro_f1,
            "major_micro_f1": report.real_answers.majors.micro_f1,
            "major_macro_f1": report.real_answers.majors.macro_f1,
            "exact_match": report.real_answers.exact_match,
            "hamming_loss": report.real_answers.hamming_loss,
            "sentiment_accuracy": report.sentiment.accuracy,
            "sentiment_macro_f1": report.sentiment.macro_f1,
            "train_seconds_full_file": (train_secs * 10.0).round() / 10.0,
        }));
    }
    model
        .save(&args.out)
        .with_context(|| format!("cannot write model folder {}", args.out.display()))?;
    if !quiet {
        eprintln!("model written to {}", args.out.display());
    }
    Ok(())
}
