//! `feedback-themes redact` (being built).

use clap::Args;

use super::{CliError, CliResult};

/// Arguments of `redact`.
#[derive(Debug, Args)]
pub struct RedactArgs {}

/// Runs `redact`.
pub fn run(_args: RedactArgs, _quiet: bool) -> CliResult {
    Err(CliError::Failure(anyhow::anyhow!("not built yet")))
}
