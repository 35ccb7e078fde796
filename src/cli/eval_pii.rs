//! `feedback-themes eval_pii` (being built).

use clap::Args;

use super::{CliError, CliResult};

/// Arguments of `eval_pii`.
#[derive(Debug, Args)]
pub struct EvalPiiArgs {}

/// Runs `eval_pii`.
pub fn run(_args: EvalPiiArgs, _quiet: bool) -> CliResult {
    Err(CliError::Failure(anyhow::anyhow!("not built yet")))
}
