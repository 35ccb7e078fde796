//! [`RunTotals`]: what the report needs of one run, added up by the run while it wrote
//! its rows (counts per theme, period, site, sentiment and carried value, the latest
//! real answers, each cluster's answers in the latest period), answering the report's
//! questions ([`ReportSource`]) as a hub loaded with that run's folder alone would.
//!
//! It covers the whole run, so it answers only the questions of a report on the whole
//! run (no `--from`, `--to` or `--site`: those need a hub).

use std::collections::{BTreeMap, HashMap};

use super::source::{LoadRecord, ReportSource};
use super::ReportQuery;
use crate::hub::HubError;
use crate::ingest::carried::meta_name;
use crate::insight::alerts::{judge_series, SeriesCounts};
use crate::insight::breakdown::{tabulate, Counted};
use crate::insight::{
    AlertQuery, AlertsReport, BreakdownQuery, BreakdownTable, Period as Interval, ThemeLevel,
};

/// Alert series of one interval (weeks or months).
pub struct AlertCounts {
    /// Every period from the first to the latest any comment has, in order.
    pub periods: Vec<String>,
    /// The latest period any comment has (the one judged).
    pub latest: String,
    /// Comments per theme, site and period.
    pub counts: SeriesCounts,
}

/// What emerging topics need, for one interval. Its `Debug` shows counts only: the
/// latest answers are comment text.
#[derive(Clone, Default)]
pub struct ClusterCounts<'a> {
    /// The latest period among real answers.
    pub latest: Option<String>,
    /// Every period any comment has, sorted.
    pub periods: Vec<String>,
    /// Real answers per period and cluster (brief comments' cluster left out).
    pub sizes: BTreeMap<String, BTreeMap<u32, u64>>,
    /// The first real answers of each cluster in the latest period, in comment order.
    pub latest_answers: BTreeMap<u32, Vec<&'a str>>,
}

impl std::fmt::Debug for ClusterCounts<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClusterCounts")
            .field("latest", &self.latest)
            .field("periods", &self.periods.len())
            .field("sizes", &self.sizes)
            .field(
                "latest_answers",
                &self.latest_answers.values().map(Vec::len).sum::<usize>(),
            )
            .finish()
    }
}

/// The report's data on one run, added up while its rows were written.
pub struct RunTotals<'a> {
    /// Rows written (each a comment: ids are unique).
    pub rows: u64,
    /// Model name and version.
    pub model: String,
    /// First and last comment day.
    pub day_span: (Option<String>, Option<String>),
    /// Comments counted for each breakdown the report makes, by dimension and level.
    pub breakdowns: HashMap<(String, ThemeLevel), Counted>,
    /// Carried column names present, sorted.
    pub carried_names: Vec<String>,
    /// Alert series by interval; none for an interval when no comment is dated.
    pub alerts: Vec<(Interval, AlertCounts)>,
    /// Most answers kept per list below.
    pub answers_kept: usize,
    /// The latest real answers (latest day first, then in order, undated last).
    pub answers: Vec<&'a str>,
    /// The same, per theme label.
    pub theme_answers: HashMap<String, Vec<&'a str>>,
    /// Emerging topics' counts and answers by interval.
    pub clusters: Vec<(Interval, ClusterCounts<'a>)>,
    /// Each cluster's name (the analyst's, else its label).
    pub cluster_names: BTreeMap<u32, String>,
}

/// The error for a question these totals were not gathered for.
fn not_gathered(what: &str) -> HubError {
    HubError::BadQuery(format!(
        "a run's own totals cover the whole run; {what} needs a hub"
    ))
}

/// Refuses a query limited to dates or a site.
fn whole_run(q: &ReportQuery) -> Result<(), HubError> {
    if q.from.is_some() || q.to.is_some() || q.site.is_some() {
        return Err(not_gathered("a report limited to dates or a site"));
    }
    Ok(())
}

/// The interval named by `column` (`week` or `month`).
fn interval_of(column: &str) -> Result<Interval, HubError> {
    match column {
        "week" => Ok(Interval::Week),
        "month" => Ok(Interval::Month),
        other => Err(not_gathered(&format!("a breakdown by {other}"))),
    }
}

/// Up to `limit` of `kept`, refusing more than were kept.
fn up_to(kept: &[&str], limit: usize, cap: usize) -> Result<Vec<String>, HubError> {
    if limit > cap && kept.len() >= cap {
        return Err(not_gathered("more quotes"));
    }
    Ok(kept.iter().take(limit).map(|t| t.to_string()).collect())
}

impl<'a> RunTotals<'a> {
    /// The cluster counts of the interval named by `column`.
    fn clusters_by(&self, column: &str) -> Result<&ClusterCounts<'a>, HubError> {
        let interval = interval_of(column)?;
        self.clusters
            .iter()
            .find(|(i, _)| *i == interval)
            .map(|(_, c)| c)
            .ok_or_else(|| not_gathered("emerging topics"))
    }
}

impl ReportSource for RunTotals<'_> {
    fn comment_count(&self) -> Result<u64, HubError> {
        Ok(self.rows)
    }

    fn date_span(&self, q: &ReportQuery) -> Result<(Option<String>, Option<String>), HubError> {
        whole_run(q)?;
        Ok(self.day_span.clone())
    }

    fn breakdown(&self, query: &BreakdownQuery) -> Result<BreakdownTable, HubError> {
        if query.from.is_some() || query.to.is_some() {
            return Err(not_gathered("a breakdown limited to dates"));
        }
        let [by] = query.by.as_slice() else {
            return Err(not_gathered("a breakdown by more than one dimension"));
        };
        let name = meta_name(by);
        let counted = self
            .breakdowns
            .get(&(name.clone(), query.level))
            .ok_or_else(|| not_gathered(&format!("a breakdown by {name}")))?;
        Ok(tabulate(vec![name], counted.clone(), query, None, None))
    }

    fn carried_names(&self) -> Result<Vec<String>, HubError> {
        Ok(self.carried_names.clone())
    }

    fn alerts(&self, query: &AlertQuery) -> Result<AlertsReport, HubError> {
        let Some((_, found)) = self.alerts.iter().find(|(i, _)| *i == query.period) else {
            return Ok(AlertsReport {
                latest_period: None,
                series_judged: 0,
                series_too_short: 0,
                alerts: Vec::new(),
            });
        };
        let latest = found.latest.clone();
        judge_series(
            &found.counts,
            found.periods.clone(),
            latest,
            query,
            |_, _| Ok(Vec::new()),
        )
    }

    fn latest_answers(
        &self,
        q: &ReportQuery,
        label: Option<&str>,
        limit: usize,
    ) -> Result<Vec<String>, HubError> {
        whole_run(q)?;
        let kept = match label {
            None => &self.answers[..],
            Some(label) => self.theme_answers.get(label).map_or(&[][..], |v| &v[..]),
        };
        up_to(kept, limit, self.answers_kept)
    }

    fn latest_period(&self, q: &ReportQuery, column: &str) -> Result<Option<String>, HubError> {
        whole_run(q)?;
        Ok(self.clusters_by(column)?.latest.clone())
    }

    fn period_before(&self, column: &str, period: &str) -> Result<Option<String>, HubError> {
        let periods = &self.clusters_by(column)?.periods;
        Ok(periods.iter().rfind(|p| p.as_str() < period).cloned())
    }

    fn cluster_sizes(
        &self,
        q: &ReportQuery,
        column: &str,
        period: &str,
    ) -> Result<BTreeMap<u32, u64>, HubError> {
        whole_run(q)?;
        Ok(self
            .clusters_by(column)?
            .sizes
            .get(period)
            .cloned()
            .unwrap_or_default())
    }

    fn cluster_answers(
        &self,
        q: &ReportQuery,
        column: &str,
        cluster: u32,
        period: &str,
        limit: usize,
    ) -> Result<Vec<String>, HubError> {
        whole_run(q)?;
        let counts = self.clusters_by(column)?;
        if counts.latest.as_deref() != Some(period) {
            return Err(not_gathered("quotes from a period before the latest"));
        }
        let kept = counts
            .latest_answers
            .get(&cluster)
            .map_or(&[][..], |v| &v[..]);
        up_to(kept, limit, self.answers_kept)
    }

    fn cluster_name(&self, id: u32) -> Result<Option<String>, HubError> {
        Ok(self.cluster_names.get(&id).cloned())
    }

    fn loads(&self) -> Result<Vec<LoadRecord>, HubError> {
        Ok(vec![LoadRecord {
            loaded_at: String::new(),
            rows: self.rows,
            model: self.model.clone(),
        }])
    }
}

#[cfg(test)]
mod tests {
    use super::ClusterCounts;

    #[test]
    fn cluster_counts_debug_shows_no_comment_text() {
        let mut counts = ClusterCounts::default();
        counts
            .latest_answers
            .insert(3, vec!["Sjoerd rang me at home"]);
        let shown = format!("{counts:?}");
        assert!(!shown.contains("Sjoerd"), "{shown}");
        assert!(shown.contains("latest_answers: 1"), "{shown}");
    }
}
