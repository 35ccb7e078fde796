//! Alerts: for each theme at each site, and each theme overall, the latest period
//! judged against that series' own history by SPC rules ([`super::spc`]).
//!
//! A series starts at the first period its site has any comment (overall: the hub's
//! first period), so a site that joined later is not judged against months of zeros.
//! Series with fewer than [`MIN_HISTORY`](super::spc::MIN_HISTORY) earlier periods are not judged (counted in
//! [`AlertsReport::series_too_short`]). Only rises are alerted, and only when the
//! latest count is at least `min_count` (default 5, the suppression threshold: an
//! alert on 1-4 comments would name a small group and is mostly noise).

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use serde::Serialize;

use super::breakdown::DEFAULT_MIN_CELL;
use super::spc::{judge, Rule};
use crate::classify::taxonomy::LABELLING_NOT_POSSIBLE;
use crate::hub::HubError;
use crate::ingest::calendar::{civil_from_days, days_from_civil, iso_date, parse_iso_day};

/// The period comments are counted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// ISO weeks, named by their Monday (`2024-05-06`).
    #[default]
    Week,
    /// Calendar months (`2024-05`).
    Month,
}

impl Period {
    /// The `comments` column holding each comment's period.
    fn column(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    /// The period after `p`.
    fn next(self, p: &str) -> Option<String> {
        match self {
            Period::Week => {
                let (y, m, d) = parse_iso_day(p)?;
                let (y, m, d) = civil_from_days(days_from_civil(y, m, d) + 7);
                Some(iso_date(y, m, d))
            }
            Period::Month => {
                let y: i32 = p.get(..4)?.parse().ok()?;
                let m: u32 = p.get(5..7)?.parse().ok()?;
                let (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                Some(format!("{y:04}-{m:02}"))
            }
        }
    }
}

/// What to look for.
#[derive(Debug, Clone)]
pub struct AlertQuery {
    /// Weeks or months.
    pub period: Period,
    /// Smallest latest count that can alert.
    pub min_count: u64,
}

impl Default for AlertQuery {
    fn default() -> Self {
        AlertQuery {
            period: Period::Week,
            min_count: DEFAULT_MIN_CELL,
        }
    }
}

/// The series an alert was judged on, for drawing its chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesHistory {
    /// Periods, oldest first, the latest last.
    pub periods: Vec<String>,
    /// Comments with the theme in each period.
    pub counts: Vec<u64>,
    /// The centre line (mean of the earlier periods used).
    pub centre: f64,
    /// The upper limit.
    pub upper_limit: u64,
}

/// One alert: a theme (at a site, or overall) whose latest count signals a rise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    /// The QDC v7 subcategory.
    pub theme: String,
    /// Its major category.
    pub major: String,
    /// The site, or `None` for the theme over all sites.
    pub site: Option<String>,
    /// The latest period.
    pub period: String,
    /// Comments with the theme in it.
    pub count: u64,
    /// The centre line (what the history leads one to expect), to 2 decimals.
    pub expected: f64,
    /// The upper limit: counts above it signal.
    pub upper_limit: u64,
    /// The strongest rule broken.
    pub rule: Rule,
    /// Every rule broken, strongest first.
    pub rules: Vec<Rule>,
    /// Up to 3 comment ids from the latest period (highest theme score first).
    pub examples: Vec<String>,
    /// The series judged.
    pub history: SeriesHistory,
}

/// The alerts and how many series were looked at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlertsReport {
    /// The latest period in the hub (the one judged), if any comment has a date.
    pub latest_period: Option<String>,
    /// Series judged.
    pub series_judged: usize,
    /// Series not judged for want of [`MIN_HISTORY`](super::spc::MIN_HISTORY) earlier periods.
    pub series_too_short: usize,
    /// The alerts, overall series first, then by theme and site.
    pub alerts: Vec<Alert>,
}

/// Counts per (theme, site) and period.
type Counts = HashMap<(String, Option<String>), HashMap<String, u64>>;

/// One series to judge: theme, site (`None`: all sites), counts per period, and the
/// index of its first period.
struct Series<'a> {
    theme: String,
    site: Option<String>,
    by_period: &'a HashMap<String, u64>,
    start: usize,
}

/// Judges every theme × site series, and every theme overall, at the latest period.
pub fn alerts(conn: &Connection, query: &AlertQuery) -> Result<AlertsReport, HubError> {
    let col = query.period.column();
    let (first, latest): (Option<String>, Option<String>) = conn.query_row(
        &format!("SELECT MIN({col}), MAX({col}) FROM comments"),
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let (Some(first), Some(latest)) = (first, latest) else {
        return Ok(AlertsReport {
            latest_period: None,
            series_judged: 0,
            series_too_short: 0,
            alerts: Vec::new(),
        });
    };
    let periods = all_periods(query.period, &first, &latest);
    let site_start = site_starts(conn, col)?;
    let (counts, majors) = theme_counts(conn, col)?;

    let mut overall: BTreeMap<String, HashMap<String, u64>> = BTreeMap::new();
    for ((theme, _), by_period) in &counts {
        let total = overall.entry(theme.clone()).or_default();
        for (p, n) in by_period {
            *total.entry(p.clone()).or_default() += n;
        }
    }
    let mut series: Vec<Series<'_>> = overall
        .iter()
        .map(|(t, c)| Series {
            theme: t.clone(),
            site: None,
            by_period: c,
            start: 0,
        })
        .collect();
    let mut by_site: Vec<_> = counts.iter().filter(|((_, s), _)| s.is_some()).collect();
    by_site.sort_by(|a, b| a.0.cmp(b.0));
    for ((theme, site), c) in by_site {
        let start = site
            .as_ref()
            .and_then(|s| site_start.get(s))
            .and_then(|p| periods.iter().position(|q| q == p))
            .unwrap_or(0);
        series.push(Series {
            theme: theme.clone(),
            site: site.clone(),
            by_period: c,
            start,
        });
    }

    let mut report = AlertsReport {
        latest_period: Some(latest.clone()),
        series_judged: 0,
        series_too_short: 0,
        alerts: Vec::new(),
    };
    for Series {
        theme,
        site,
        by_period,
        start,
    } in series
    {
        let window = &periods[start..];
        let values: Vec<u64> = window
            .iter()
            .map(|p| by_period.get(p).copied().unwrap_or(0))
            .collect();
        let Some(judgement) = judge(&values) else {
            report.series_too_short += 1;
            continue;
        };
        report.series_judged += 1;
        let count = values.last().copied().unwrap_or(0);
        let Some(&rule) = judgement.rules.first() else {
            continue;
        };
        if count < query.min_count {
            continue;
        }
        let examples = examples(conn, col, &theme, site.as_deref(), &latest)?;
        report.alerts.push(Alert {
            major: majors.get(&theme).cloned().unwrap_or_default(),
            site,
            period: latest.clone(),
            count,
            expected: (judgement.centre * 100.0).round() / 100.0,
            upper_limit: judgement.upper_limit,
            rule,
            rules: judgement.rules.clone(),
            examples,
            history: SeriesHistory {
                periods: window.to_vec(),
                counts: values,
                centre: judgement.centre,
                upper_limit: judgement.upper_limit,
            },
            theme,
        });
    }
    Ok(report)
}

/// Every period from `first` to `latest`, in order (so periods without comments count 0).
fn all_periods(period: Period, first: &str, latest: &str) -> Vec<String> {
    let mut out = vec![first.to_string()];
    while out.last().is_some_and(|p| p.as_str() < latest) {
        match out.last().and_then(|p| period.next(p)) {
            Some(next) => out.push(next),
            None => break,
        }
    }
    out
}

/// The first period each site has a comment in.
fn site_starts(conn: &Connection, col: &str) -> Result<HashMap<String, String>, HubError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT site, MIN({col}) FROM comments WHERE site IS NOT NULL AND {col} IS NOT NULL GROUP BY site"
    ))?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Comments per theme, site and period (`Labelling not possible` left out), and each
/// theme's major.
fn theme_counts(
    conn: &Connection,
    col: &str,
) -> Result<(Counts, HashMap<String, String>), HubError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT t.label, t.major, c.site, c.{col}, COUNT(*) FROM comment_themes t
         JOIN comments c ON c.comment_key = t.comment_key
         WHERE c.{col} IS NOT NULL AND t.label <> ?1
         GROUP BY t.label, c.site, c.{col}"
    ))?;
    let mut counts: Counts = HashMap::new();
    let mut majors = HashMap::new();
    let mut rows = stmt.query([LABELLING_NOT_POSSIBLE])?;
    while let Some(row) = rows.next()? {
        let theme: String = row.get(0)?;
        if !majors.contains_key(&theme) {
            majors.insert(theme.clone(), row.get(1)?);
        }
        let site: Option<String> = row.get(2)?;
        let period: String = row.get(3)?;
        let n: i64 = row.get(4)?;
        counts
            .entry((theme, site))
            .or_default()
            .insert(period, n as u64);
    }
    Ok((counts, majors))
}

/// Up to 3 comment ids with the theme in the period (at the site), best score first.
fn examples(
    conn: &Connection,
    col: &str,
    theme: &str,
    site: Option<&str>,
    period: &str,
) -> Result<Vec<String>, HubError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT c.comment_id FROM comment_themes t JOIN comments c ON c.comment_key = t.comment_key
         WHERE t.label = ?1 AND c.{col} = ?2 AND (?3 IS NULL OR c.site = ?3)
         ORDER BY t.score DESC, c.comment_id LIMIT 3"
    ))?;
    let ids = stmt.query_map(rusqlite::params![theme, period, site], |r| r.get(0))?;
    Ok(ids.collect::<Result<_, _>>()?)
}
