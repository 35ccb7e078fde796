//! `feedback-themes alerts --hub HUB`: themes rising at a site or overall in the latest
//! period, judged by SPC rules against each series' own history.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};
use serde::Serialize;

use feedback_themes::hub::open_read_only;
use feedback_themes::insight::{alerts, Alert, AlertQuery, Period, DEFAULT_MIN_CELL};
use feedback_themes::report::gather::alert_safety::{protect, SafeSeries};
use feedback_themes::report::gather::alerts::one_level_per_theme;

use super::stdout::say;
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
(counted on stderr). Only counts of at least --min-count alert.\n\nSmall counts are \
protected as in `breakdown` and the report: no count under --min-cell alerts; the mean and \
limit are left out (null) when the earlier periods hold from 1 to N-1 comments in all; a run \
or trend rule is named only when no point it rests on is under N, and an alert with no \
rule left is withheld; a theme that rose at a site is shown there and not across all sites \
as well (the difference would give the other sites' count away). Withheld alerts are \
counted on stderr.\n\nExample:\n  \
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
    /// Smallest count shown (counts 1..N-1 are protected); 1 turns protection off.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MIN_CELL)]
    pub min_cell: u64,
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
    /// `None` when the earlier periods' total is a small count.
    expected: Option<f64>,
    /// `None` with `expected`.
    upper_limit: Option<u64>,
    rule: &'static str,
    /// A site alert whose theme rose across all sites too (that alert is not shown).
    rose_overall_too: bool,
    examples: &'a [String],
}

impl<'a> FlatAlert<'a> {
    /// The alert `a` as far as `safe` lets it be shown, or `None` when it must be
    /// withheld (every rule it broke rests on a protected count).
    fn shareable(a: &'a Alert, safe: &SafeSeries) -> Option<Self> {
        let rule = safe.rules.first()?;
        Some(FlatAlert {
            theme: &a.theme,
            major: &a.major,
            site: a.site.as_deref(),
            period: &a.period,
            count: a.count,
            expected: safe.baseline_shown.then_some(a.expected),
            upper_limit: safe.baseline_shown.then_some(a.upper_limit),
            rule: rule.name(),
            rose_overall_too: false,
            examples: &a.examples,
        })
    }
}

/// The alerts that may be shown with threshold `min_cell`, and how many were withheld.
fn shareable_alerts(found: &[Alert], min_cell: u64) -> (Vec<FlatAlert<'_>>, usize) {
    let kept: Vec<FlatAlert<'_>> = found
        .iter()
        .filter(|a| a.count >= min_cell)
        .filter_map(|a| FlatAlert::shareable(a, &protect(&a.history.counts, &a.rules, min_cell)))
        .collect();
    let withheld = found.len() - kept.len();
    let shown = one_level_per_theme(kept, |a| a.theme, |a| a.site)
        .into_iter()
        .map(|(a, rose_overall_too)| FlatAlert {
            rose_overall_too,
            ..a
        })
        .collect();
    (shown, withheld)
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
    let (shown, withheld) = shareable_alerts(&report.alerts, args.min_cell);
    if args.json {
        let text = serde_json::to_string_pretty(&shown).context("serialising the alerts")?;
        say!("{text}");
    } else {
        for a in &shown {
            let against = match (a.expected, a.upper_limit) {
                (Some(mean), Some(limit)) => format!("expected {mean:.2}, upper limit {limit}"),
                _ => format!("earlier periods under {} in all", args.min_cell),
            };
            let also = if a.rose_overall_too {
                " (also across all sites)"
            } else {
                ""
            };
            say!(
                "{}\t{}\t{}\t{} ({against})\t{}{also}\t{}",
                a.period,
                a.site.unwrap_or("(all sites)"),
                a.theme,
                a.count,
                a.rule,
                a.examples.join(" ")
            );
        }
    }
    if !quiet {
        eprintln!(
            "{} alerts for {} ({} withheld to protect counts under {}); {} series judged, {} not judged (fewer than 8 earlier periods)",
            shown.len(),
            report
                .latest_period
                .as_deref()
                .unwrap_or("no dated comments"),
            withheld,
            args.min_cell,
            report.series_judged,
            report.series_too_short
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use feedback_themes::insight::{Rule, SeriesHistory};

    fn alert(site: Option<&str>, counts: &[u64], rules: &[Rule]) -> Alert {
        let centre = 1.0;
        Alert {
            theme: "Parking".into(),
            major: "Environment".into(),
            site: site.map(str::to_string),
            period: "2024-05".into(),
            count: *counts.last().expect("a series"),
            expected: centre,
            upper_limit: 5,
            rule: rules[0],
            rules: rules.to_vec(),
            examples: Vec::new(),
            history: SeriesHistory {
                periods: (0..counts.len()).map(|i| format!("p{i}")).collect(),
                counts: counts.to_vec(),
                centre,
                upper_limit: 5,
            },
        }
    }

    #[test]
    fn a_small_history_total_hides_the_mean_and_limit() {
        let found = [alert(
            Some("Site A"),
            &[0, 0, 3, 0, 0, 0, 0, 0, 0, 12],
            &[Rule::AboveUpperLimit],
        )];
        let (shown, withheld) = shareable_alerts(&found, 5);
        assert_eq!(withheld, 0);
        assert_eq!((shown[0].expected, shown[0].upper_limit), (None, None));
        let (open, _) = shareable_alerts(&found, 1);
        assert_eq!(open[0].expected, Some(1.0), "--min-cell 1 turns it off");
    }

    #[test]
    fn a_rule_resting_on_small_counts_is_withheld_and_small_counts_never_alert() {
        let run = alert(
            None,
            &[9, 9, 9, 0, 0, 0, 6, 6, 6, 7, 8, 9, 3, 9],
            &[Rule::RunOf7AboveMean],
        );
        let small = alert(
            None,
            &[0, 0, 0, 0, 0, 0, 0, 0, 0, 3],
            &[Rule::AboveUpperLimit],
        );
        let found = [run, small];
        let (shown, withheld) = shareable_alerts(&found, 5);
        assert!(shown.is_empty());
        assert_eq!(withheld, 2);
    }

    #[test]
    fn a_theme_is_shown_at_its_site_and_not_also_overall() {
        let counts = [9, 8, 9, 8, 9, 8, 9, 8, 9, 30];
        let found = [
            alert(None, &counts, &[Rule::AboveUpperLimit]),
            alert(Some("Site A"), &counts, &[Rule::AboveUpperLimit]),
        ];
        let (shown, _) = shareable_alerts(&found, 5);
        assert_eq!(shown.len(), 1);
        assert_eq!(shown[0].site, Some("Site A"));
        assert!(shown[0].rose_overall_too);
    }
}
