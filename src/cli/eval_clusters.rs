//! `feedback-themes eval clusters --gold FILE [--cv K] [--clusters K] [--theme-weight W]
//! [--max-share S] [--seed N] [--json]`
//!
//! Clusters the real answers of a labelled file as `run` does (theme scores from
//! cross-validated predictions, so no comment is scored by a model that saw it) and
//! prints the largest cluster's share and the NMI with the human major categories.

use std::path::Path;

use anyhow::Context as _;
use clap::Args;
use feedback_themes::classify::TrainParams;
use feedback_themes::cluster::KMeansParams;
use feedback_themes::eval::clusters::evaluate_clusters;
use feedback_themes::eval::themes::cross_validated_predictions;
use feedback_themes::text::Analyzer;

use super::gold_args::GoldArgs;
use super::stdout::say;
use super::train::{load_rules, with_embeddings, DEFAULT_EMBEDDINGS};
use super::{CliError, CliResult};

/// Arguments of `eval clusters`.
#[derive(Debug, Args)]
pub struct EvalClustersArgs {
    /// The labelled file and its columns.
    #[command(flatten)]
    pub gold: GoldArgs,
    /// Folds of the cross-validation that scores each comment's themes.
    #[arg(long, value_name = "K", default_value_t = 5)]
    pub cv: usize,
    /// Number of clusters (default: about √(n/4), at most 40).
    #[arg(long, value_name = "K")]
    pub clusters: Option<usize>,
    /// Weight of the theme scores beside the terms; 0 clusters on terms only.
    #[arg(long, value_name = "W")]
    pub theme_weight: Option<f32>,
    /// Split clusters holding more than this share of the comments.
    #[arg(long, value_name = "S")]
    pub max_share: Option<f32>,
    /// Seed of k-means and of the cross-validated training.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Print one JSON line instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Runs `eval clusters`.
pub fn run(args: EvalClustersArgs, quiet: bool) -> CliResult {
    let defaults = KMeansParams::default();
    let params = KMeansParams {
        k: args.clusters,
        seed: args.seed,
        theme_weight: args.theme_weight.unwrap_or(defaults.theme_weight),
        max_share: args.max_share.unwrap_or(defaults.max_share),
        ..defaults
    }
    .check()
    .map_err(|e| CliError::BadInput(anyhow::anyhow!("clustering: {e}")))?;
    if args.cv < 2 {
        return Err(CliError::BadInput(anyhow::anyhow!(
            "--cv needs at least 2 folds"
        )));
    }
    let rows = args.gold.read()?;
    let train = with_embeddings(
        TrainParams {
            seed: args.seed,
            ..TrainParams::default()
        },
        Path::new(DEFAULT_EMBEDDINGS),
    )?;
    let predictions = cross_validated_predictions(
        &rows,
        &args.gold.read_seeds()?,
        args.cv,
        &train,
        &Analyzer::english(),
        &load_rules(None)?,
        |f| {
            if !quiet && !args.json {
                eprintln!("fold {f}/{} done", args.cv);
            }
        },
    )
    .context("cross-validation failed")?;
    let report = evaluate_clusters(&rows, &predictions, &params);
    if args.json {
        say!(
            "{}",
            serde_json::to_string(&report).context("cannot serialise report")?
        );
    } else {
        say!(
            "clusters on {} ({} clusters + brief bucket), {} real answers",
            report.features,
            report.k,
            report.comments
        );
        say!(
            "largest cluster {:.1}% (brief bucket {:.1}%)",
            100.0 * report.largest_share,
            100.0 * report.brief_share
        );
        say!(
            "NMI with the human major category: {:.3} on folds 3-5 (never looked at while tuning); {:.3} on folds 1-2; {:.3} on all",
            report.nmi_held_out, report.nmi_tuning, report.nmi_all
        );
    }
    Ok(())
}
