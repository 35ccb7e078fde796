//! The alerts, from [`crate::insight::alerts()`], with their series for the SPC charts,
//! shown only as far as [`super::alert_safety`] allows, and only when the alerted
//! period lies in the report's period.
//!
//! The series are judged on the hub up to the report's last day (see [`super::scope`]),
//! with their history before its first day: a control limit needs at least 8 earlier
//! periods, more than a month's report holds.

use std::collections::BTreeSet;

use super::alert_safety::protect;
use super::source::ReportSource;
use super::ReportQuery;
use crate::hub::HubError;
use crate::ingest::calendar::week_start;
use crate::insight::{Alert, AlertQuery, Period as Interval, Rule};
use crate::report::data::{AlertView, SeriesPoint};

/// Most alerts drawn (the section says how many there were).
pub const MAX_ALERTS: usize = 12;

/// The alerts on the page, and how they were come by.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertsFound {
    /// The alerts to show, at most [`MAX_ALERTS`].
    pub shown: Vec<AlertView>,
    /// Series judged.
    pub checked: u64,
    /// Alerts on a period in the report, before any was withheld or folded.
    pub raised: u64,
    /// Alerts left out because every rule they broke rests on a hidden count.
    pub withheld: u64,
}

/// A rule in words.
fn rule_text(rule: Rule) -> &'static str {
    match rule {
        Rule::AboveUpperLimit => "above the upper control limit",
        Rule::RunOf7AboveMean => "7 periods in a row above the mean",
        Rule::TrendOf6Rising => "6 periods rising in a row",
    }
}

/// The first period (week or month) that reaches into the report, which starts on the
/// ISO day `from`.
fn first_period(interval: Interval, from: &str) -> String {
    match interval {
        Interval::Week => week_start(from).unwrap_or_else(|| from.to_string()),
        Interval::Month => from.chars().take(7).collect(),
    }
}

/// One alert as the page may show it, or `None` when it must be withheld.
fn view(a: &Alert, min_cell: u64) -> Option<AlertView> {
    let safe = protect(&a.history.counts, &a.rules, min_cell);
    if safe.rules.is_empty() {
        return None;
    }
    Some(AlertView {
        theme: a.theme.clone(),
        major: a.major.clone(),
        site: a.site.clone(),
        period: a.period.clone(),
        count: a.count,
        expected: safe.baseline_shown.then_some(a.history.centre),
        upper_limit: safe.baseline_shown.then_some(a.upper_limit as f64),
        rule: safe
            .rules
            .iter()
            .map(|r| rule_text(*r))
            .collect::<Vec<_>>()
            .join("; "),
        history: a
            .history
            .periods
            .iter()
            .zip(safe.points)
            .map(|(p, count)| SeriesPoint {
                period: p.clone(),
                count,
            })
            .collect(),
    })
}

/// Keeps either a theme's alerts at sites or its alert across all sites, not both: the
/// overall count less the sites' shown counts would give the other sites' count away.
/// The site alerts are kept (they say where to act), each paired with whether the theme
/// rose overall too. `theme` and `site` read an item's theme and site; the `alerts`
/// command shares this with the report.
pub fn one_level_per_theme<T>(
    items: Vec<T>,
    theme: impl Fn(&T) -> &str,
    site: impl Fn(&T) -> Option<&str>,
) -> Vec<(T, bool)> {
    let at_sites: BTreeSet<String> = items
        .iter()
        .filter(|v| site(v).is_some())
        .map(|v| theme(v).to_string())
        .collect();
    let overall: BTreeSet<String> = items
        .iter()
        .filter(|v| site(v).is_none())
        .map(|v| theme(v).to_string())
        .collect();
    items
        .into_iter()
        .filter(|v| site(v).is_some() || !at_sites.contains(theme(v)))
        .map(|v| {
            let rose_overall_too = site(&v).is_some() && overall.contains(theme(&v));
            (v, rose_overall_too)
        })
        .collect()
}

/// [`one_level_per_theme`] for the page's views: a site alert says the theme rose
/// across all sites too.
fn one_level_of_views(views: Vec<AlertView>) -> Vec<AlertView> {
    one_level_per_theme(views, |v| v.theme.as_str(), |v| v.site.as_deref())
        .into_iter()
        .map(|(mut v, rose_overall_too)| {
            if rose_overall_too {
                v.rule.push_str("; the theme also rose across all sites");
            }
            v
        })
        .collect()
}

/// The alerts to show. A report on one site shows that site's series only (its
/// "overall" series would repeat them).
pub fn alerts(
    source: &dyn ReportSource,
    q: &ReportQuery,
    interval: Interval,
) -> Result<AlertsFound, HubError> {
    let report = source.alerts(&AlertQuery {
        period: interval,
        min_count: q.min_cell,
    })?;
    let first = q.from.as_deref().map(|from| first_period(interval, from));
    let in_period: Vec<&Alert> = report
        .alerts
        .iter()
        .filter(|a| q.site.is_none() || a.site.is_some())
        .filter(|a| first.as_deref().is_none_or(|f| a.period.as_str() >= f))
        .collect();
    let views: Vec<AlertView> = in_period
        .iter()
        .filter_map(|a| view(a, q.min_cell))
        .collect();
    let withheld = (in_period.len() - views.len()) as u64;
    let mut shown = one_level_of_views(views);
    shown.truncate(MAX_ALERTS);
    // In a hub scoped to one site every theme's overall series is its site series again,
    // so half the series judged are distinct.
    let checked = if q.site.is_some() {
        report.series_judged as u64 / 2
    } else {
        report.series_judged as u64
    };
    Ok(AlertsFound {
        shown,
        checked,
        raised: in_period.len() as u64,
        withheld,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_period_is_the_week_or_month_holding_the_first_day() {
        assert_eq!(first_period(Interval::Week, "2024-01-04"), "2024-01-01");
        assert_eq!(first_period(Interval::Month, "2024-01-04"), "2024-01");
    }

    fn alert(theme: &str, site: Option<&str>) -> AlertView {
        AlertView {
            theme: theme.into(),
            major: "m".into(),
            site: site.map(str::to_string),
            period: "2024-05".into(),
            count: 9,
            expected: Some(3.0),
            upper_limit: Some(8.0),
            rule: "above the upper control limit".into(),
            history: Vec::new(),
        }
    }

    #[test]
    fn a_theme_is_shown_at_its_sites_or_overall_never_both() {
        let kept = one_level_of_views(vec![
            alert("Parking", None),
            alert("Parking", Some("Site A")),
            alert("Discharge", None),
        ]);
        let places: Vec<(&str, Option<&str>)> = kept
            .iter()
            .map(|v| (v.theme.as_str(), v.site.as_deref()))
            .collect();
        assert_eq!(places, [("Parking", Some("Site A")), ("Discharge", None)]);
        assert!(kept[0].rule.ends_with("also rose across all sites"));
    }
}
