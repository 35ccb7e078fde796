//! `feedback-themes load --hub HUB DIR...`: load finished run or retheme output folders
//! into a hub database (e.g. to fill a new hub with past nights).

use std::path::{Path, PathBuf};

use clap::Args;

use feedback_themes::hub::{load_run_folder, open, LoadReport};

use super::CliResult;

/// Arguments of `load`.
#[derive(Debug, Args)]
#[command(
    after_help = "Each folder (written by `run` or `retheme`) is loaded in one transaction: \
new comment ids are inserted, changed ones updated, unchanged ones left alone; a folder \
loaded before changes nothing. Only redacted text reaches the hub.\n\nExample:\n  \
feedback-themes load --hub hub.sqlite out-2024-05-01/ out-2024-05-02/"
)]
pub struct LoadArgs {
    /// The hub database (SQLite; created if missing).
    #[arg(long, value_name = "HUB.sqlite")]
    pub hub: PathBuf,
    /// Run or retheme output folders (or their tagged.jsonl), loaded in this order.
    #[arg(required = true, value_name = "DIR")]
    pub folders: Vec<PathBuf>,
}

/// Runs `load`.
pub fn run(args: LoadArgs, quiet: bool) -> CliResult {
    let mut conn = open(&args.hub)?;
    for folder in &args.folders {
        let report = load_run_folder(&mut conn, folder)?;
        if !quiet {
            eprint!("{}: ", folder.display());
            print_load(&report, &args.hub);
        }
    }
    Ok(())
}

/// One line saying what a load did.
pub fn print_load(report: &LoadReport, hub: &Path) {
    if report.already_loaded {
        eprintln!(
            "already in {} as run {}: nothing changed",
            hub.display(),
            report.run_id
        );
        return;
    }
    let duplicates = if report.duplicate_ids > 0 {
        format!(
            "; {} ids repeated in the file (the later row kept)",
            report.duplicate_ids
        )
    } else {
        String::new()
    };
    eprintln!(
        "hub {}: run {} loaded, {} rows: {} new, {} updated, {} unchanged{duplicates}",
        hub.display(),
        report.run_id,
        report.rows,
        report.inserted,
        report.updated,
        report.unchanged
    );
}
