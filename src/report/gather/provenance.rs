//! The footer's facts: tool and model versions, the loads behind the data, rows.

use super::conversions::small;
use super::source::ReportSource;
use super::ReportQuery;
use crate::hub::HubError;
use crate::report::data::{Provenance, RunInfo};

/// Loads listed in the footer (the latest).
pub const MAX_RUNS: usize = 10;

/// The provenance, from the source's loads.
pub fn provenance(
    source: &dyn ReportSource,
    q: &ReportQuery,
    rows_in_source: u64,
) -> Result<Provenance, HubError> {
    let mut runs: Vec<RunInfo> = source
        .loads()?
        .into_iter()
        .map(|load| RunInfo {
            when: q.run_folder.clone().unwrap_or(load.loaded_at),
            rows: small(load.rows, q.min_cell),
            model: load.model,
        })
        .collect();
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
