//! Making a report end to end: from a hub file, or from one run's output folder (loaded
//! into a temporary hub first, so both take the same path), to the HTML text.

use std::path::Path;

use super::gather::scope::{comment_count, scoped};
use super::gather::source::ReportSource;
use super::gather::totals::RunTotals;
use super::gather::{gather, gather_from, ReportQuery};
use super::page::render_html;
use crate::hub::{load_run_folder, open, open_read_only, HubError};

/// The last part of a path, for the footer (never the whole path).
fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The report on the hub file at `hub`.
pub fn report_from_hub(hub: &Path, query: &ReportQuery) -> Result<String, HubError> {
    let whole = open_read_only(hub)?;
    let rows = comment_count(&whole)?;
    let mut q = query.clone();
    if q.source.is_empty() {
        q.source = display_name(hub);
    }
    let data = if q.site.is_some() || q.to.is_some() {
        drop(whole);
        gather(&scoped(hub, q.site.as_deref(), q.to.as_deref())?, &q, rows)?
    } else {
        gather(&whole, &q, rows)?
    };
    Ok(render_html(&data))
}

/// The report on one run's output folder (or its `tagged.jsonl`), loaded into a
/// temporary hub that is deleted afterwards; the footer names the folder.
pub fn report_from_run_folder(folder: &Path, query: &ReportQuery) -> Result<String, HubError> {
    let canonical = folder
        .canonicalize()
        .unwrap_or_else(|_| folder.to_path_buf());
    let named = if canonical.is_file() {
        canonical
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or(canonical)
    } else {
        canonical
    };
    report_on_run_folder(folder, &display_name(&named), query)
}

/// The report on one run from the totals it added up while writing its rows: the page
/// [`report_on_run_folder`] makes from that run's written folder, named `name` in the
/// footer, without loading it into a hub. `query` must be on the whole run (no dates
/// or site).
pub fn report_from_totals(
    totals: &RunTotals<'_>,
    name: &str,
    query: &ReportQuery,
) -> Result<String, HubError> {
    let q = run_folder_query(name, query);
    let rows = totals.comment_count()?;
    Ok(render_html(&gather_from(totals, &q, rows)?))
}

/// The query of a report on the run folder called `name`: the footer names the folder
/// (not a load time) and says it is a run folder.
fn run_folder_query(name: &str, query: &ReportQuery) -> ReportQuery {
    let mut q = query.clone();
    q.run_folder = Some(name.to_string());
    if q.source.is_empty() {
        q.source = format!("run folder {name}");
    }
    q
}

/// The report on the run folder `folder` (or its `tagged.jsonl`), which the footer
/// calls `name`: `run` writes its report this way from its staging folder, under the
/// output folder's name.
pub fn report_on_run_folder(
    folder: &Path,
    name: &str,
    query: &ReportQuery,
) -> Result<String, HubError> {
    let dir = tempfile::tempdir().map_err(|e| HubError::Open {
        path: "a temporary hub".to_string(),
        source: rusqlite::Error::ToSqlConversionFailure(Box::new(e)),
    })?;
    let hub = dir.path().join("hub.sqlite");
    load_scratch(&hub, folder)?;
    report_from_hub(&hub, &run_folder_query(name, query))
}

/// Loads `folder` into the new hub file `hub`, which only this report reads and which is
/// deleted afterwards: the same tables and rows as a hub load, made cheaply. No rollback
/// journal and no syncs (on failure the file is thrown away), no foreign-key checks (one
/// consistent run folder), and the secondary indexes built once after the rows are in
/// (sorting once instead of updating three date indexes row by row).
fn load_scratch(hub: &Path, folder: &Path) -> Result<(), HubError> {
    let mut conn = open(hub)?;
    conn.pragma_update_and_check(None, "journal_mode", "OFF", |_| Ok(()))?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.pragma_update(None, "foreign_keys", false)?;
    let indexes: Vec<(String, String)> = conn
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (name, _) in &indexes {
        conn.execute_batch(&format!("DROP INDEX \"{name}\""))?;
    }
    load_run_folder(&mut conn, folder)?;
    for (_, sql) in &indexes {
        conn.execute_batch(sql)?;
    }
    Ok(())
}
