//! `feedback-themes alerts --hub HUB`: themes rising at a site or overall in the latest
//! period, judged by SPC rules against each series' own history.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};
use serde::Serialize;

use feedback_themes::hub::open_read_only;
use feedback_themes::insight::{alerts, Alert, AlertQuery, Period, DEFAULT_MIN_CELL};

use super::CliResult;

/// `--period`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PeriodArg {
    /// ISO weeks (named by their Monday).
    Week,
    /// Calendar months.
    Month,
}

/// Arguments of `alerts`.
#[derive(Debug, Args)]
#[command(
    after_help = "For each theme at each site, and each theme overall, the latest period is \
judged against that series' own history (at most the 26 periods before it): above the \
Poisson upper limit (the exact form of the c-chart's mean + 3 sqrt(mean)), a run of 7 above \
the mean, or a trend of 6 rising. Series with fewer than 8 earlier periods are not judged \
(counted on stderr). Only counts of at least --min-count alert.\n\nExample:\n  \
feedback-themes alerts --hub hub.sqlite --period week --json"
)]
pub struct AlertsArgs {
    /// The hub database.
    #[arg(long, value_name = "HUB.sqlite")]
    pub hub: PathBuf,
    /// The period counted.
    #[arg(long, value_enum, default_value = "week")]
    pub period: PeriodArg,
    /// Smallest latest count that can alert.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MIN_CELL)]
    pub min_count: u64,
    /// Print a JSON array of flat objects instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// One alert as `--json` prints it.
#[derive(Debug, Serialize)]
struct FlatAlert<'a> {
    theme: &'a str,
    major: &'a str,
    site: Option<&'a str>,
    period: &'a str,
    count: u64,
    expected: f64,
    upper_limit: u64,
    rule: &'static str,
    examples: &'a [String],
}

impl<'a> From<&'a Alert> for FlatAlert<'a> {
    fn from(a: &'a Alert) -> Self {
        FlatAlert {
            theme: &a.theme,
            major: &a.major,
            site: a.site.as_deref(),
            period: &a.period,
            count: a.count,
            expected: a.expected,
            upper_limit: a.upper_limit,
            rule: a.rule.name(),
            examples: &a.examples,
        }
    }
}

/// Runs `alerts`.
pub fn run(args: AlertsArgs, quiet: bool) -> CliResult {
    let conn = open_read_only(&args.hub)?;
    let report = alerts(
        &conn,
        &AlertQuery {
            period: match args.period {
                PeriodArg::Week => Period::Week,
                PeriodArg::Month => Period::Month,
            },
            min_count: args.min_count,
        },
    )?;
    if args.json {
        let flat: Vec<FlatAlert<'_>> = report.alerts.iter().map(FlatAlert::from).collect();
        let text = serde_json::to_string_pretty(&flat).context("serialising the alerts")?;
        println!("{text}");
    } else {
        for a in &report.alerts {
            println!(
                "{}\t{}\t{}\t{} (expected {:.2}, upper limit {})\t{}\t{}",
                a.period,
                a.site.as_deref().unwrap_or("(all sites)"),
                a.theme,
                a.count,
                a.expected,
                a.upper_limit,
                a.rule.name(),
                a.examples.join(" ")
            );
        }
    }
    if !quiet {
        eprintln!(
            "{} alerts for {}; {} series judged, {} not judged (fewer than 8 earlier periods)",
            report.alerts.len(),
            report
                .latest_period
                .as_deref()
                .unwrap_or("no dated comments"),
            report.series_judged,
            report.series_too_short
        );
    }
    Ok(())
}
