//! `feedback-themes breakdown --hub HUB --by DIM[,DIM]`: comments per theme by site,
//! period or group, with small numbers suppressed.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

use feedback_themes::hub::open_read_only;
use feedback_themes::insight::render::to_csv;
use feedback_themes::insight::{breakdown, BreakdownQuery, ThemeLevel, DEFAULT_MIN_CELL};

use super::stdout::say;
use super::CliResult;

/// Arguments of `breakdown`.
#[derive(Debug, Args)]
#[command(
    after_help = "Dimensions: site, month, week, date, year, question_type, sentiment, rating, \
cluster, the protected characteristics by canonical name (ethnicity, age_band, age, sex, gender, \
disability, religion, sexual_orientation, marital_status, pregnancy_maternity, \
gender_reassignment) or usual name (\"Ethnic group\"), and any --meta-col carried at ingest. \
Counts from 1 to N-1 are hidden (`<5` in CSV; null with \"suppressed\": true in JSON), and \
further cells (`*`) where a hidden one could be worked out from the total.\n\nExample:\n  \
feedback-themes breakdown --hub hub.sqlite --by site,month --from 2024-01-01 --csv"
)]
pub struct BreakdownArgs {
    /// The hub database.
    #[arg(long, value_name = "HUB.sqlite")]
    pub hub: PathBuf,
    /// Dimension(s) to break down by, comma-separated.
    #[arg(long, value_name = "DIM[,DIM]", value_delimiter = ',', required = true)]
    pub by: Vec<String>,
    /// Rows are major categories instead of subcategories.
    #[arg(long)]
    pub major: bool,
    /// First day included (e.g. 2024-01-01 or 01/01/2024).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day included.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Smallest count shown (counts 1..N-1 are hidden); 1 turns suppression off.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MIN_CELL)]
    pub min_cell: u64,
    /// Print CSV (the default).
    #[arg(long, conflicts_with = "json")]
    pub csv: bool,
    /// Print JSON (with shares of each column's base).
    #[arg(long)]
    pub json: bool,
}

/// Runs `breakdown`.
pub fn run(args: BreakdownArgs, _quiet: bool) -> CliResult {
    let conn = open_read_only(&args.hub)?;
    let table = breakdown(
        &conn,
        &BreakdownQuery {
            by: args.by,
            level: if args.major {
                ThemeLevel::Major
            } else {
                ThemeLevel::Theme
            },
            from: args.from,
            to: args.to,
            min_cell: args.min_cell,
        },
    )?;
    if args.json {
        let text = serde_json::to_string_pretty(&table).context("serialising the breakdown")?;
        say!("{text}");
    } else {
        print!(
            "{}",
            to_csv(&table).context("writing the breakdown as CSV")?
        );
    }
    Ok(())
}
