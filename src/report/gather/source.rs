//! [`ReportSource`]: the questions the report asks of its data. A hub answers them with
//! SQL ([`super::hub_source::HubSource`]); a run answers them from the totals it added
//! up while writing its rows ([`super::totals::RunTotals`]), so `run` makes its page
//! without loading its outputs into a hub. Everything after the answers (suppression,
//! alerts, quotes, layout) is the same code for both, so the pages are the same bytes.

use std::collections::BTreeMap;

use crate::hub::HubError;
use crate::insight::{AlertQuery, AlertsReport, BreakdownQuery, BreakdownTable};

use super::ReportQuery;

/// One load of data, as the footer lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadRecord {
    /// When it was loaded (ISO date-time).
    pub loaded_at: String,
    /// Rows it brought.
    pub rows: u64,
    /// Model name and version (`?` for either when unknown).
    pub model: String,
}

/// The data a report is gathered from. "Real answers in the period" below means
/// comments that are answered (not blank, not a non-answer), not flagged duplicate, and
/// dated within the query's `from` and `to` when given (undated ones count when
/// neither is given).
pub trait ReportSource {
    /// Comments in the source before any scoping (the footer's "rows").
    fn comment_count(&self) -> Result<u64, HubError>;

    /// The first and last comment day within the query's `from` and `to`.
    fn date_span(&self, q: &ReportQuery) -> Result<(Option<String>, Option<String>), HubError>;

    /// A breakdown, as [`crate::insight::breakdown()`] makes it.
    fn breakdown(&self, query: &BreakdownQuery) -> Result<BreakdownTable, HubError>;

    /// The carried column names present (protected characteristics, `--meta-col`).
    fn carried_names(&self) -> Result<Vec<String>, HubError>;

    /// The alerts, as [`crate::insight::alerts()`] judges them (example ids may be
    /// left out: the report does not show them).
    fn alerts(&self, query: &AlertQuery) -> Result<AlertsReport, HubError>;

    /// The texts of up to `limit` real answers in the period (carrying the theme
    /// `label`, when given), the latest day first, then in comment order (undated
    /// last).
    fn latest_answers(
        &self,
        q: &ReportQuery,
        label: Option<&str>,
        limit: usize,
    ) -> Result<Vec<String>, HubError>;

    /// The latest `column` (`week` or `month`) value among real answers in the period.
    fn latest_period(&self, q: &ReportQuery, column: &str) -> Result<Option<String>, HubError>;

    /// The latest `column` value of any comment before `period`.
    fn period_before(&self, column: &str, period: &str) -> Result<Option<String>, HubError>;

    /// Real answers in the period per cluster (the catch-all cluster of brief comments
    /// left out) whose `column` is `period`.
    fn cluster_sizes(
        &self,
        q: &ReportQuery,
        column: &str,
        period: &str,
    ) -> Result<BTreeMap<u32, u64>, HubError>;

    /// The texts of up to `limit` real answers in the period in cluster `cluster` whose
    /// `column` is `period`, in comment order.
    fn cluster_answers(
        &self,
        q: &ReportQuery,
        column: &str,
        cluster: u32,
        period: &str,
        limit: usize,
    ) -> Result<Vec<String>, HubError>;

    /// A cluster's latest name (the analyst's, else its label), if the source knows
    /// the cluster.
    fn cluster_name(&self, id: u32) -> Result<Option<String>, HubError>;

    /// The loads behind the data, the latest first.
    fn loads(&self) -> Result<Vec<LoadRecord>, HubError>;
}
