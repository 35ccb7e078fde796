//! Gathering [`ReportData`] from a hub: every count through [`crate::insight::breakdown()`]
//! (so small numbers are suppressed exactly as the `breakdown` command does), alerts
//! through [`crate::insight::alerts()`], quotes from the redacted text the hub holds.
//!
//! A report on one site, or up to a date, is made from a scoped copy of the hub
//! ([`scope`]) holding only that site's comments up to that date, so suppression, alerts
//! and quotes all see exactly the comments the report is about.

pub mod alert_safety;
pub mod alerts;
pub mod breakdowns;
pub mod conversions;
pub mod emerging;
pub mod hub_source;
pub mod provenance;
pub mod scope;
pub mod sentiment;
pub mod source;
pub mod totals;
pub mod trends;
pub mod you_said;

use rusqlite::Connection;

use hub_source::HubSource;
use source::ReportSource;

use super::data::{Period, ReportData};
use crate::hub::HubError;
use crate::insight::{Period as Interval, DEFAULT_MIN_CELL};

/// What the report is about.
#[derive(Debug, Clone)]
pub struct ReportQuery {
    /// First day (ISO), if limited.
    pub from: Option<String>,
    /// Last day (ISO), if limited.
    pub to: Option<String>,
    /// The one site, if limited.
    pub site: Option<String>,
    /// Weeks or months for the charts and alerts; `None` chooses by the span of dates
    /// (months beyond 26 weeks).
    pub interval: Option<Interval>,
    /// Suppression threshold N (counts 1..N−1 hidden).
    pub min_cell: u64,
    /// Where the data came from, for the footer (a file or folder name, never a path).
    pub source: String,
    /// The run folder's name when the hub was made for this report from one run folder:
    /// its load times are today's, so the footer names the folder instead (keeping the
    /// page byte-identical from run to run).
    pub run_folder: Option<String>,
}

impl Default for ReportQuery {
    fn default() -> Self {
        ReportQuery {
            from: None,
            to: None,
            site: None,
            interval: None,
            min_cell: DEFAULT_MIN_CELL,
            source: String::new(),
            run_folder: None,
        }
    }
}

/// Weeks for up to 26 weeks of dates, months beyond.
fn choose_interval(from: Option<&str>, to: Option<&str>) -> Interval {
    use crate::ingest::calendar::{days_from_civil, parse_iso_day};
    let days = |d: Option<&str>| {
        d.and_then(parse_iso_day)
            .map(|(y, m, d)| days_from_civil(y, m, d))
    };
    match (days(from), days(to)) {
        (Some(a), Some(b)) if b - a > 26 * 7 => Interval::Month,
        _ => Interval::Week,
    }
}

/// `week` or `month`.
pub fn interval_name(interval: Interval) -> &'static str {
    match interval {
        Interval::Week => "week",
        Interval::Month => "month",
    }
}

/// Gathers everything the report shows from the hub `conn` (already scoped to the site
/// and end date, see [`scope::scoped`]); `rows_in_source` is the hub's size before
/// scoping.
pub fn gather(
    conn: &Connection,
    q: &ReportQuery,
    rows_in_source: u64,
) -> Result<ReportData, HubError> {
    gather_from(&HubSource(conn), q, rows_in_source)
}

/// Gathers everything the report shows from `source` (already scoped to the site and
/// end date); `rows_in_source` is the source's size before scoping.
pub fn gather_from(
    source: &dyn ReportSource,
    q: &ReportQuery,
    rows_in_source: u64,
) -> Result<ReportData, HubError> {
    let (first, last) = source.date_span(q)?;
    let from = q.from.clone().or(first);
    let to = q.to.clone().or(last);
    let interval = q
        .interval
        .unwrap_or_else(|| choose_interval(from.as_deref(), to.as_deref()));
    let (headline, themes) = sentiment::headline_and_themes(source, q)?;
    let trends = trends::trends(source, q, interval)?;
    let alerts = alerts::alerts(source, q, interval)?;
    let breakdowns = breakdowns::breakdowns(source, q)?;
    let picker = you_said::picker(source, q)?;
    let you_said = you_said::you_said(source, q, &themes, &picker)?;
    let emerging = emerging::emerging(source, q, interval, &picker)?;
    let provenance = provenance::provenance(source, q, rows_in_source)?;
    let title = match &q.site {
        Some(site) => format!("Patient feedback: {site}"),
        None => "Patient feedback".to_string(),
    };
    Ok(ReportData {
        title,
        min_cell: q.min_cell,
        period: Period {
            from,
            to,
            interval: interval_name(interval).to_string(),
            site: q.site.clone(),
        },
        headline,
        themes,
        trends,
        alerts: alerts.shown,
        alert_series_checked: alerts.checked,
        alerts_raised: alerts.raised,
        alerts_withheld: alerts.withheld,
        breakdowns,
        emerging,
        you_said,
        provenance,
    })
}
