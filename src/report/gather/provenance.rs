//! The footer's facts: tool and model versions, the loads behind the data, rows.

use rusqlite::Connection;

use super::ReportQuery;
use crate::hub::HubError;
use crate::report::data::{Provenance, RunInfo};

/// Loads listed in the footer (the latest).
pub const MAX_RUNS: usize = 10;

/// The last part of a folder path (`out` for `/data/nightly/out`).
fn folder_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

/// Reads the provenance from the hub's `runs` table.
pub fn provenance(
    conn: &Connection,
    q: &ReportQuery,
    rows_in_source: u64,
) -> Result<Provenance, HubError> {
    let mut stmt = conn.prepare(
        "SELECT loaded_at, folder, rows_tagged, COALESCE(model_name, '?') || ' ' || COALESCE(model_version, '?')
         FROM runs ORDER BY run_id DESC",
    )?;
    let mut runs: Vec<RunInfo> = stmt
        .query_map([], |r| {
            let loaded: String = r.get(0)?;
            let folder: String = r.get(1)?;
            Ok(RunInfo {
                when: if q.ephemeral {
                    folder_name(&folder)
                } else {
                    loaded
                },
                rows: r.get::<_, i64>(2)? as u64,
                model: r.get(3)?,
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
        rows_in_source,
        source: q.source.clone(),
    })
}
