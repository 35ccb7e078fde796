//! `feedback-themes eval pii|themes|clusters`: score against gold labels.

use clap::Subcommand;

use super::{eval_clusters, eval_pii, eval_themes, CliResult};

/// What to evaluate.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Recall and leak rate of the redactor against gold PII spans.
    Pii(eval_pii::EvalPiiArgs),
    /// Theme and sentiment metrics of a model against human labels.
    Themes(Box<eval_themes::EvalThemesArgs>),
    /// Largest cluster share and agreement (NMI) of clusters with human categories.
    Clusters(Box<eval_clusters::EvalClustersArgs>),
}

/// Runs the chosen evaluation.
pub fn run(cmd: EvalCommand, quiet: bool) -> CliResult {
    match cmd {
        EvalCommand::Pii(args) => eval_pii::run(args, quiet),
        EvalCommand::Themes(args) => eval_themes::run(*args, quiet),
        EvalCommand::Clusters(args) => eval_clusters::run(*args, quiet),
    }
}
