//! The alerts, from [`crate::insight::alerts`], with their series for the SPC charts
//! (counts from 1 to N−1 suppressed in the history).

use rusqlite::Connection;

use super::conversions::small;
use super::ReportQuery;
use crate::hub::HubError;
use crate::insight::{alerts as judge, AlertQuery, Period as Interval, Rule};
use crate::report::data::{AlertView, SeriesPoint};

/// Most alerts drawn (the section says how many there were).
pub const MAX_ALERTS: usize = 12;

/// A rule in words.
fn rule_text(rule: Rule) -> &'static str {
    match rule {
        Rule::AboveUpperLimit => "above the upper control limit",
        Rule::RunOf7AboveMean => "7 periods in a row above the mean",
        Rule::TrendOf6Rising => "6 periods rising in a row",
    }
}

/// The alerts to show and the number of series judged. A report on one site shows that
/// site's series only (its "overall" series would repeat them).
pub fn alerts(
    conn: &Connection,
    q: &ReportQuery,
    interval: Interval,
) -> Result<(Vec<AlertView>, u64), HubError> {
    let report = judge(
        conn,
        &AlertQuery {
            period: interval,
            min_count: q.min_cell,
        },
    )?;
    let views = report
        .alerts
        .iter()
        .filter(|a| q.site.is_none() || a.site.is_some())
        .take(MAX_ALERTS)
        .map(|a| AlertView {
            theme: a.theme.clone(),
            major: a.major.clone(),
            site: a.site.clone(),
            period: a.period.clone(),
            count: a.count,
            expected: a.history.centre,
            upper_limit: a.upper_limit as f64,
            rule: a
                .rules
                .iter()
                .map(|r| rule_text(*r))
                .collect::<Vec<_>>()
                .join("; "),
            history: a
                .history
                .periods
                .iter()
                .zip(&a.history.counts)
                .map(|(p, &n)| SeriesPoint {
                    period: p.clone(),
                    count: small(n, q.min_cell),
                })
                .collect(),
        })
        .collect();
    // In a hub scoped to one site every theme's overall series is its site series again,
    // so half the series judged are distinct.
    let judged = if q.site.is_some() {
        report.series_judged as u64 / 2
    } else {
        report.series_judged as u64
    };
    Ok((views, judged))
}
