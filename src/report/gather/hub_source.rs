//! [`HubSource`]: the report's questions answered with SQL on a hub (or a scoped copy
//! of one, see [`super::scope`]).

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::source::{LoadRecord, ReportSource};
use super::ReportQuery;
use crate::cluster::BRIEF_CLUSTER_ID;
use crate::hub::HubError;
use crate::insight::{
    alerts, breakdown, dimension, AlertQuery, AlertsReport, BreakdownQuery, BreakdownTable,
};

/// The filter on real answers in the period (`?1` from, `?2` to), for `comments c`.
pub const IN_PERIOD: &str = "c.answered = 1 AND instr(c.flags, 'duplicate') = 0
    AND (?1 IS NULL OR c.date >= ?1) AND (?2 IS NULL OR c.date <= ?2)";

/// A hub connection as a [`ReportSource`].
pub struct HubSource<'c>(pub &'c Connection);

impl HubSource<'_> {
    /// Reads the first column of every row of `sql` (with `from`, `to` and `extra` as
    /// `?1`, `?2`, … ) as text.
    fn texts(
        &self,
        sql: &str,
        q: &ReportQuery,
        extra: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<String>, HubError> {
        let mut stmt = self.0.prepare(sql)?;
        let mut params: Vec<&dyn rusqlite::ToSql> = vec![&q.from, &q.to];
        params.extend(extra);
        let rows = stmt.query_map(params.as_slice(), |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl ReportSource for HubSource<'_> {
    fn comment_count(&self) -> Result<u64, HubError> {
        super::scope::comment_count(self.0)
    }

    fn date_span(&self, q: &ReportQuery) -> Result<(Option<String>, Option<String>), HubError> {
        Ok(self.0.query_row(
            "SELECT MIN(date), MAX(date) FROM comments WHERE date IS NOT NULL
               AND (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2)",
            rusqlite::params![q.from, q.to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    fn breakdown(&self, query: &BreakdownQuery) -> Result<BreakdownTable, HubError> {
        breakdown(self.0, query)
    }

    fn carried_names(&self) -> Result<Vec<String>, HubError> {
        dimension::carried_names(self.0)
    }

    fn alerts(&self, query: &AlertQuery) -> Result<AlertsReport, HubError> {
        alerts(self.0, query)
    }

    fn latest_answers(
        &self,
        q: &ReportQuery,
        label: Option<&str>,
        limit: usize,
    ) -> Result<Vec<String>, HubError> {
        match label {
            None => self.texts(
                &format!("SELECT c.text FROM comments c WHERE {IN_PERIOD} ORDER BY c.date DESC, c.comment_key LIMIT {limit}"),
                q,
                &[],
            ),
            Some(label) => self.texts(
                &format!(
                    "SELECT c.text FROM comment_labels t JOIN comments c ON c.comment_key = t.comment_key
                     WHERE t.label = ?3 AND {IN_PERIOD} ORDER BY c.date DESC, c.comment_key LIMIT {limit}"
                ),
                q,
                &[&label],
            ),
        }
    }

    fn latest_period(&self, q: &ReportQuery, column: &str) -> Result<Option<String>, HubError> {
        Ok(self.0.query_row(
            &format!("SELECT MAX(c.{column}) FROM comments c WHERE {IN_PERIOD}"),
            rusqlite::params![q.from, q.to],
            |r| r.get(0),
        )?)
    }

    fn period_before(&self, column: &str, period: &str) -> Result<Option<String>, HubError> {
        Ok(self.0.query_row(
            &format!("SELECT MAX(c.{column}) FROM comments c WHERE c.{column} < ?1"),
            [period],
            |r| r.get(0),
        )?)
    }

    fn cluster_sizes(
        &self,
        q: &ReportQuery,
        column: &str,
        period: &str,
    ) -> Result<BTreeMap<u32, u64>, HubError> {
        let mut stmt = self.0.prepare(&format!(
            "SELECT c.cluster_id, COUNT(*) FROM comments c
             WHERE c.cluster_id IS NOT NULL AND c.cluster_id <> {BRIEF_CLUSTER_ID} AND c.{column} = ?3 AND {IN_PERIOD}
             GROUP BY c.cluster_id"
        ))?;
        let rows = stmt.query_map(rusqlite::params![q.from, q.to, period], |r| {
            Ok((r.get::<_, i64>(0)? as u32, r.get::<_, i64>(1)? as u64))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn cluster_answers(
        &self,
        q: &ReportQuery,
        column: &str,
        cluster: u32,
        period: &str,
        limit: usize,
    ) -> Result<Vec<String>, HubError> {
        self.texts(
            &format!(
                "SELECT c.text FROM comments c WHERE c.cluster_id = ?3 AND c.{column} = ?4 AND {IN_PERIOD}
                 ORDER BY c.comment_key LIMIT {limit}"
            ),
            q,
            &[&cluster, &period],
        )
    }

    fn cluster_name(&self, id: u32) -> Result<Option<String>, HubError> {
        Ok(self
            .0
            .query_row(
                "SELECT COALESCE(name, label) FROM clusters WHERE cluster_id = ?1 ORDER BY run_id DESC LIMIT 1",
                [id],
                |r| r.get(0),
            )
            .ok())
    }

    fn loads(&self) -> Result<Vec<LoadRecord>, HubError> {
        let mut stmt = self.0.prepare(
            "SELECT loaded_at, rows_tagged, COALESCE(model_name, '?') || ' ' || COALESCE(model_version, '?')
             FROM runs ORDER BY run_id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(LoadRecord {
                loaded_at: r.get(0)?,
                rows: r.get::<_, i64>(1)? as u64,
                model: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
