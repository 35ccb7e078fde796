//! `feedback-themes train` (being built).

use clap::Args;

use super::{CliError, CliResult};

/// Arguments of `train`.
#[derive(Debug, Args)]
pub struct TrainArgs {}

/// Runs `train`.
pub fn run(_args: TrainArgs, _quiet: bool) -> CliResult {
    Err(CliError::Failure(anyhow::anyhow!("not built yet")))
}
