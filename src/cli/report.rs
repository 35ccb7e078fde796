//! `feedback-themes report --hub HUB | --tagged DIR -o report.html`: the HTML report.

use std::path::PathBuf;

use anyhow::Context;
use clap::{ArgGroup, Args, ValueEnum};

use feedback_themes::atomic_file::write_atomic;
use feedback_themes::ingest::dates::{parse_date, DateOrder};
use feedback_themes::insight::{Period, DEFAULT_MIN_CELL};
use feedback_themes::report::{report_from_hub, report_from_run_folder, ReportQuery};

use super::{CliError, CliResult};

/// `--period`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PeriodArg {
    /// ISO weeks (named by their Monday).
    Week,
    /// Calendar months.
    Month,
}

/// Arguments of `report`.
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("source").required(true).args(["hub", "tagged"])),
    after_help = "One self-contained HTML page (inline CSS and SVG charts, no script, nothing \
fetched): headline counts, themes by volume and sentiment, major categories over time, SPC \
alerts, breakdowns by site and each protected characteristic (counts 1 to N-1 suppressed as \
`breakdown` does), emerging topics and representative redacted quotes, and where the numbers \
come from. Printable to A4.\n\nExamples:\n  feedback-themes report --hub hub.sqlite -o report.html --from 2025-01-01 --to 2025-03-31\n  \
feedback-themes report --tagged out/ -o out/report.html"
)]
pub struct ReportArgs {
    /// The hub database to report on.
    #[arg(long, value_name = "HUB.sqlite")]
    pub hub: Option<PathBuf>,
    /// One run's output folder (or its tagged.jsonl) to report on instead of a hub.
    #[arg(long, value_name = "DIR")]
    pub tagged: Option<PathBuf>,
    /// The HTML file to write.
    #[arg(long, short, value_name = "FILE", default_value = "report.html")]
    pub out: PathBuf,
    /// First day included (e.g. 2025-01-01 or 01/01/2025).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day included; alerts judge the last period up to it.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Report on one site only.
    #[arg(long, value_name = "SITE")]
    pub site: Option<String>,
    /// Period of the charts and alerts [default: weeks up to 26 weeks of data, else months].
    #[arg(long, value_enum)]
    pub period: Option<PeriodArg>,
    /// Smallest count shown (counts 1..N-1 are hidden).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MIN_CELL)]
    pub min_cell: u64,
}

/// A `--from` / `--to` date as an ISO day, or a usage error naming the flag.
fn iso_day(text: Option<String>, flag: &str) -> Result<Option<String>, CliError> {
    text.map(|t| {
        parse_date(&t, DateOrder::DayFirst)
            .map(|iso| iso.chars().take(10).collect())
            .map_err(|reason| {
                CliError::BadInput(anyhow::anyhow!(
                    "{flag}: {reason} (give a date such as 2025-01-31 or 31/01/2025)"
                ))
            })
    })
    .transpose()
}

/// Runs `report`.
pub fn run(args: ReportArgs, quiet: bool) -> CliResult {
    let query = ReportQuery {
        from: iso_day(args.from, "--from")?,
        to: iso_day(args.to, "--to")?,
        site: args.site,
        interval: args.period.map(|p| match p {
            PeriodArg::Week => Period::Week,
            PeriodArg::Month => Period::Month,
        }),
        min_cell: args.min_cell,
        ..ReportQuery::default()
    };
    let html = match (&args.hub, &args.tagged) {
        (Some(hub), _) => report_from_hub(hub, &query)?,
        (None, Some(folder)) => report_from_run_folder(folder, &query)?,
        (None, None) => {
            return Err(CliError::BadInput(anyhow::anyhow!(
                "give --hub HUB.sqlite or --tagged DIR"
            )))
        }
    };
    write_atomic(&args.out, html.as_bytes()).with_context(|| "writing the report".to_string())?;
    if !quiet {
        eprintln!("report written to {}", args.out.display());
    }
    Ok(())
}
