//! `feedback-themes run` (being built).

use clap::Args;

use super::{CliError, CliResult};

/// Arguments of `run`.
#[derive(Debug, Args)]
pub struct RunArgs {}

/// Runs `run`.
pub fn run(_args: RunArgs, _quiet: bool) -> CliResult {
    Err(CliError::Failure(anyhow::anyhow!("not built yet")))
}
