//! Emerging topics: clusters with more comments in the latest period than in the one
//! before (new, or grown by half and by at least N), named by their latest analyst name
//! or label, each with up to 3 quotes nearest its centre.
//!
//! Cluster ids are compared across loads as stored; they mean the same topic from night
//! to night when runs pass `--previous-clusters` (as a nightly job should).

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::conversions::small;
use super::you_said::{nearest, IN_PERIOD, MAX_TEXTS};
use super::ReportQuery;
use crate::cluster::BRIEF_CLUSTER_ID;
use crate::hub::HubError;
use crate::insight::Period as Interval;
use crate::report::data::EmergingCluster;
use crate::report::Representative;

/// Most topics listed.
pub const MAX_TOPICS: usize = 5;

/// Comments per cluster in `period` (a `week` or `month` value).
fn sizes(
    conn: &Connection,
    q: &ReportQuery,
    column: &str,
    period: &str,
) -> Result<BTreeMap<u32, u64>, HubError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT c.cluster_id, COUNT(*) FROM comments c
         WHERE c.cluster_id IS NOT NULL AND c.cluster_id <> {BRIEF_CLUSTER_ID} AND c.{column} = ?3 AND {IN_PERIOD}
         GROUP BY c.cluster_id"
    ))?;
    let rows = stmt.query_map(rusqlite::params![q.from, q.to, period], |r| {
        Ok((r.get::<_, i64>(0)? as u32, r.get::<_, i64>(1)? as u64))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A cluster's latest name (the analyst's, else its label).
fn name(conn: &Connection, id: u32) -> Result<String, HubError> {
    let found: Option<String> = conn
        .query_row(
            "SELECT COALESCE(name, label) FROM clusters WHERE cluster_id = ?1 ORDER BY run_id DESC LIMIT 1",
            [id],
            |r| r.get(0),
        )
        .ok();
    Ok(found.unwrap_or_else(|| format!("topic {id}")))
}

/// True when `now` against `before` is new or growing enough to list.
pub fn is_emerging(now: u64, before: u64, min_cell: u64) -> bool {
    now >= min_cell.max(1)
        && (before == 0 || (now * 2 >= before * 3 && now - before >= min_cell.max(1)))
}

/// The emerging topics in the latest period of the report.
pub fn emerging(
    conn: &Connection,
    q: &ReportQuery,
    interval: Interval,
    picker: &Representative,
) -> Result<Vec<EmergingCluster>, HubError> {
    let column = super::interval_name(interval);
    let latest: Option<String> = conn.query_row(
        &format!("SELECT MAX(c.{column}) FROM comments c WHERE {IN_PERIOD}"),
        rusqlite::params![q.from, q.to],
        |r| r.get(0),
    )?;
    let Some(latest) = latest else {
        return Ok(Vec::new());
    };
    let previous: Option<String> = conn.query_row(
        &format!("SELECT MAX(c.{column}) FROM comments c WHERE c.{column} < ?1"),
        [&latest],
        |r| r.get(0),
    )?;
    let now = sizes(conn, q, column, &latest)?;
    let before = match &previous {
        Some(p) => sizes(
            conn,
            &ReportQuery {
                from: None,
                ..q.clone()
            },
            column,
            p,
        )?,
        None => BTreeMap::new(),
    };
    let mut found: Vec<(u32, u64, u64)> = now
        .iter()
        .map(|(&id, &n)| (id, n, before.get(&id).copied().unwrap_or(0)))
        .filter(|&(_, n, b)| is_emerging(n, b, q.min_cell))
        .collect();
    found.sort_by(|a, b| (b.1 - b.2).cmp(&(a.1 - a.2)).then(a.0.cmp(&b.0)));
    let sql = format!(
        "SELECT c.text FROM comments c WHERE c.cluster_id = ?3 AND c.{column} = ?4 AND {IN_PERIOD}
         ORDER BY c.comment_key LIMIT {MAX_TEXTS}"
    );
    let mut out = Vec::new();
    for (id, n, b) in found.into_iter().take(MAX_TOPICS) {
        let mut stmt = conn.prepare(&sql)?;
        let group: Vec<String> = stmt
            .query_map(rusqlite::params![q.from, q.to, id, latest], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        out.push(EmergingCluster {
            id,
            name: name(conn, id)?,
            now: n,
            before: (b > 0).then(|| small(b, q.min_cell)),
            quotes: nearest(picker, &group),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_or_half_again_and_not_small() {
        assert!(is_emerging(6, 0, 5), "new");
        assert!(!is_emerging(4, 0, 5), "too small to show");
        assert!(is_emerging(15, 10, 5), "half again, 5 more");
        assert!(!is_emerging(14, 10, 5), "not half again");
        assert!(!is_emerging(9, 6, 5), "half again but only 3 more");
    }
}
