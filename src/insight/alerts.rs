//! Alerts: for each theme at each site, and each theme overall, the latest period
//! judged against that series' own history by SPC rules ([`super::spc`]).
//!
//! A series starts at the first period its site has any comment (overall: the hub's
//! first period), so a site that joined later is not judged against months of zeros.
//! Series with fewer than [`MIN_HISTORY`](super::spc::MIN_HISTORY) earlier periods are not judged (counted in
//! [`AlertsReport::series_too_short`]). Only rises are alerted, and only when the
//! latest count is at least `min_count` (default 5, the suppression threshold: an
//! alert on 1-4 comments would name a small group and is mostly noise).

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use super::breakdown::DEFAULT_MIN_CELL;
use super::scan::{for_each_comment_theme, max_comment_key, text_of, themes, Values};
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
    pub fn next(self, p: &str) -> Option<String> {
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
    let counts = SeriesCounts::read(conn, col, &periods)?;
    judge_series(&counts, periods, latest.clone(), query, |theme_id, site| {
        examples(conn, col, theme_id, site, &latest)
    })
}

/// Judges every series of `counts` (over `periods`, the last being `latest`) as
/// [`alerts`] does; `examples` gives an alert's example comment ids from its theme id
/// and site. The hub's alerts and a run's own report both judge here.
pub fn judge_series(
    counts: &SeriesCounts,
    periods: Vec<String>,
    latest: String,
    query: &AlertQuery,
    mut examples: impl FnMut(i64, Option<&str>) -> Result<Vec<String>, HubError>,
) -> Result<AlertsReport, HubError> {
    let mut report = AlertsReport {
        latest_period: Some(latest.clone()),
        series_judged: 0,
        series_too_short: 0,
        alerts: Vec::new(),
    };
    for series in counts.series() {
        let values = &series.counts[series.start..];
        let Some(judgement) = judge(values) else {
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
        let site = series.site.clone();
        let examples = examples(series.theme_id, site.as_deref())?;
        report.alerts.push(Alert {
            theme: series.theme.clone(),
            major: series.major.clone(),
            site,
            period: latest.clone(),
            count,
            expected: (judgement.centre * 100.0).round() / 100.0,
            upper_limit: judgement.upper_limit,
            rule,
            rules: judgement.rules.clone(),
            examples,
            history: SeriesHistory {
                periods: periods[series.start..].to_vec(),
                counts: values.to_vec(),
                centre: judgement.centre,
                upper_limit: judgement.upper_limit,
            },
        });
    }
    Ok(report)
}

/// Every period from `first` to `latest`, in order (so periods without comments count 0).
pub fn all_periods(period: Period, first: &str, latest: &str) -> Vec<String> {
    let mut out = vec![first.to_string()];
    while out.last().is_some_and(|p| p.as_str() < latest) {
        match out.last().and_then(|p| period.next(p)) {
            Some(next) => out.push(next),
            None => break,
        }
    }
    out
}

/// One series: a theme at a site (or overall) with its count per period.
struct Series {
    theme_id: i64,
    theme: String,
    major: String,
    site: Option<String>,
    counts: Vec<u64>,
    /// Index of the series' first period.
    start: usize,
}

/// Counts per theme, site and period: read from the hub in one pass over `comments`
/// and one over `comment_themes`, or made by [`SeriesCounts::new`] from counts added up
/// elsewhere.
pub struct SeriesCounts {
    themes: HashMap<i64, (String, String)>,
    sites: Values,
    /// The first period index each site has a comment in, by site id.
    site_start: Vec<usize>,
    /// Counts per (theme id, site id), one per period.
    by_site: HashMap<(i64, u32), Vec<u64>>,
}

impl SeriesCounts {
    /// Counts from their parts: theme names (label, major) by theme id; site names
    /// (id 0: no site); the first period index each site has any dated comment in, by
    /// site id; comments per (theme id, site id) in each period (themes left out of
    /// alerts, like `Labelling not possible`, already left out).
    pub fn new(
        themes: HashMap<i64, (String, String)>,
        sites: Values,
        site_start: Vec<usize>,
        by_site: HashMap<(i64, u32), Vec<u64>>,
    ) -> Self {
        SeriesCounts {
            themes,
            sites,
            site_start,
            by_site,
        }
    }

    fn read(conn: &Connection, col: &str, periods: &[String]) -> Result<Self, HubError> {
        let slots = max_comment_key(conn)? + 1;
        let period_index: HashMap<&str, u32> = periods
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_str(), i as u32))
            .collect();
        // (site id, period index) of each comment; period u32::MAX when undated.
        let mut place = vec![(0u32, u32::MAX); slots];
        let mut sites = Values::default();
        let mut site_start: Vec<usize> = vec![usize::MAX];
        let mut stmt = conn.prepare(&format!(
            "SELECT comment_key, site, {col} FROM comments WHERE {col} IS NOT NULL"
        ))?;
        let mut rows = stmt.query([])?;
        let mut scratch = String::new();
        while let Some(row) = rows.next()? {
            let key = row.get::<_, i64>(0)?.max(0) as usize;
            let site = sites.id(text_of(row.get_ref(1)?, &mut scratch));
            let period = text_of(row.get_ref(2)?, &mut scratch)
                .and_then(|p| period_index.get(p).copied())
                .unwrap_or(u32::MAX);
            if key >= slots || period == u32::MAX {
                continue;
            }
            place[key] = (site, period);
            if site_start.len() <= site as usize {
                site_start.resize(site as usize + 1, usize::MAX);
            }
            site_start[site as usize] = site_start[site as usize].min(period as usize);
        }
        let themes = themes(conn)?;
        let skip: Option<i64> = themes
            .iter()
            .find(|(_, (label, _))| label == LABELLING_NOT_POSSIBLE)
            .map(|(id, _)| *id);
        let mut by_site: HashMap<(i64, u32), Vec<u64>> = HashMap::new();
        for_each_comment_theme(conn, |key, theme_id| {
            let Some(&(site, period)) = place.get(key) else {
                return;
            };
            if period == u32::MAX || Some(theme_id) == skip {
                return;
            }
            by_site
                .entry((theme_id, site))
                .or_insert_with(|| vec![0; periods.len()])[period as usize] += 1;
        })?;
        Ok(SeriesCounts {
            themes,
            sites,
            site_start,
            by_site,
        })
    }

    /// The overall series of each theme (sorted by theme), then each theme × site
    /// series (by theme, then site).
    fn series(&self) -> Vec<Series> {
        let named = |theme_id: i64| {
            self.themes
                .get(&theme_id)
                .cloned()
                .unwrap_or_else(|| (format!("theme {theme_id}"), String::new()))
        };
        let mut overall: HashMap<i64, Vec<u64>> = HashMap::new();
        for ((theme_id, _), counts) in &self.by_site {
            let total = overall
                .entry(*theme_id)
                .or_insert_with(|| vec![0; counts.len()]);
            for (t, c) in total.iter_mut().zip(counts) {
                *t += c;
            }
        }
        let mut out: Vec<Series> = overall
            .into_iter()
            .map(|(theme_id, counts)| {
                let (theme, major) = named(theme_id);
                Series {
                    theme_id,
                    theme,
                    major,
                    site: None,
                    counts,
                    start: 0,
                }
            })
            .collect();
        out.sort_by(|a, b| a.theme.cmp(&b.theme));
        let mut per_site: Vec<Series> = self
            .by_site
            .iter()
            .filter(|((_, site), _)| *site != 0)
            .map(|((theme_id, site), counts)| {
                let (theme, major) = named(*theme_id);
                Series {
                    theme_id: *theme_id,
                    theme,
                    major,
                    site: self.sites.names[*site as usize].clone(),
                    counts: counts.clone(),
                    start: self.site_start.get(*site as usize).copied().unwrap_or(0),
                }
            })
            .collect();
        per_site.sort_by(|a, b| (&a.theme, &a.site).cmp(&(&b.theme, &b.site)));
        out.extend(per_site);
        out
    }
}

/// Up to 3 comment ids with the theme in the period (at the site), best score first.
fn examples(
    conn: &Connection,
    col: &str,
    theme_id: i64,
    site: Option<&str>,
    period: &str,
) -> Result<Vec<String>, HubError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT c.comment_id FROM comments c
         JOIN comment_themes t ON t.comment_key = c.comment_key AND t.theme_id = ?1
         WHERE c.{col} = ?2 AND (?3 IS NULL OR c.site = ?3)
         ORDER BY t.score DESC, c.comment_id LIMIT 3"
    ))?;
    let ids = stmt.query_map(rusqlite::params![theme_id, period, site], |r| r.get(0))?;
    Ok(ids.collect::<Result<_, _>>()?)
}
