//! A hub scoped to what a report is about: one site's comments, up to the last day, in
//! a fresh in-memory hub, so breakdowns, alerts and quotes all see only those comments
//! (and alerts judge the last period up to that day, against its earlier history).

use rusqlite::Connection;

use crate::hub::{open_in_memory, HubError};

/// Comments in the hub.
pub fn comment_count(conn: &Connection) -> Result<u64, HubError> {
    Ok(conn.query_row("SELECT COUNT(*) FROM comments", [], |r| r.get::<_, i64>(0))? as u64)
}

/// A copy of `source` (a hub file) in memory holding only the comments at `site` (when
/// given) dated up to `to` (when given; undated comments then drop out), with their
/// themes and carried values, and every run, cluster, theme name and carried value.
pub fn scoped(
    source: &std::path::Path,
    site: Option<&str>,
    to: Option<&str>,
) -> Result<Connection, HubError> {
    let conn = open_in_memory()?;
    conn.execute("ATTACH DATABASE ?1 AS src", [source.display().to_string()])?;
    // A copy of a consistent hub: its references hold, whatever order tables come in.
    conn.pragma_update(None, "foreign_keys", false)?;
    conn.execute_batch(
        "INSERT INTO runs SELECT * FROM src.runs; INSERT INTO clusters SELECT * FROM src.clusters;
         INSERT INTO themes SELECT * FROM src.themes; INSERT INTO meta_values SELECT * FROM src.meta_values;",
    )?;
    conn.execute(
        "INSERT INTO comments SELECT * FROM src.comments
         WHERE (?1 IS NULL OR site = ?1) AND (?2 IS NULL OR date <= ?2)",
        rusqlite::params![site, to],
    )?;
    conn.execute_batch(
        "INSERT INTO comment_themes SELECT t.* FROM src.comment_themes t JOIN comments c ON c.comment_key = t.comment_key;
         INSERT INTO comment_meta SELECT m.* FROM src.comment_meta m JOIN comments c ON c.comment_key = m.comment_key;
         DETACH DATABASE src;",
    )?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(conn)
}
