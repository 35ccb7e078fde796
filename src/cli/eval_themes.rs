//! `feedback-themes eval_themes` (being built).

use clap::Args;

use super::{CliError, CliResult};

/// Arguments of `eval_themes`.
#[derive(Debug, Args)]
pub struct EvalThemesArgs {}

/// Runs `eval_themes`.
pub fn run(_args: EvalThemesArgs, _quiet: bool) -> CliResult {
    Err(CliError::Failure(anyhow::anyhow!("not built yet")))
}
