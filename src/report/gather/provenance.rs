//! The footer's facts: tool and model versions, the loads behind the data, rows.

use rusqlite::Connection;

use super::conversions::small;
use super::ReportQuery;
use crate::hub::HubError;
use crate::report::data::{Provenance, RunInfo};

/// Loads listed in the footer (the latest).
pub const MAX_RUNS: usize = 10;

/// Reads the provenance from the hub's `runs` table.
pub fn provenance(
    conn: &Connection,
    q: &ReportQuery,
    rows_in_source: u64,
) -> Result<Provenance, HubError> {
    let mut stmt = conn.prepare(
        "SELECT loaded_at, rows_tagged, COALESCE(model_name, '?') || ' ' || COALESCE(model_version, '?')
         FROM runs ORDER BY run_id DESC",
    )?;
    let mut runs: Vec<RunInfo> = stmt
        .query_map([], |r| {
            let loaded: String = r.get(0)?;
            Ok(RunInfo {
                when: q.run_folder.clone().unwrap_or(loaded),
                rows: small(r.get::<_, i64>(1)? as u64, q.min_cell),
                model: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let runs_total = runs.len() as u64;
    let mut models: Vec<String> = runs.iter().map(|r| r.model.clone()).collect();
    models.sort();
    models.dedup();
    runs.truncate(MAX_RUNS);
    runs.reverse();
    Ok(Provenance {
        tool: format!("feedback-themes {}", env!("CARGO_PKG_VERSION")),
        models,
        runs,
        runs_total,
        rows_in_source: small(rows_in_source, q.min_cell),
        source: q.source.clone(),
    })
}
