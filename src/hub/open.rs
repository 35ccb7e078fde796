//! Opening a hub: for writing (created and upgraded as needed), read-only (for reports
//! and queries), or in memory (one run folder as a throw-away hub).

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::error::HubError;
use super::schema::{migrate, schema_version, SCHEMA_VERSION};

/// Settings for every connection: foreign keys on, a large page cache (loads touch
/// many pages), temporary tables in memory.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "cache_size", -262_144)?; // KiB: 256 MiB at most
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

/// Opens (or creates) the hub at `path` for writing and brings its schema up to date.
///
/// The rollback journal (SQLite's default) keeps the hub one file between loads; every
/// load is one transaction, so a killed load leaves the hub as it was.
pub fn open(path: &Path) -> Result<Connection, HubError> {
    let shown = path.display().to_string();
    let open_err = |source| HubError::Open {
        path: shown.clone(),
        source,
    };
    let mut conn = Connection::open(path).map_err(open_err)?;
    configure(&conn).map_err(open_err)?;
    // Reading the version is the first real read: a file that is not SQLite fails here.
    schema_version(&conn).map_err(|e| match e {
        HubError::Sqlite(source) => open_err(source),
        other => other,
    })?;
    migrate(&mut conn, &shown)?;
    Ok(conn)
}

/// Opens an existing hub read-only, for queries and reports. It must be at this tool's
/// schema version (an older one is upgraded by the next load, never by a reader).
pub fn open_read_only(path: &Path) -> Result<Connection, HubError> {
    let shown = path.display().to_string();
    let open_err = |source| HubError::Open {
        path: shown.clone(),
        source,
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(open_err)?;
    configure(&conn).map_err(open_err)?;
    let found = schema_version(&conn).map_err(|e| match e {
        HubError::Sqlite(source) => open_err(source),
        other => other,
    })?;
    match found {
        v if v == SCHEMA_VERSION => Ok(conn),
        v if v > SCHEMA_VERSION => Err(HubError::TooNew {
            path: shown,
            found: v,
            supported: SCHEMA_VERSION,
        }),
        v => Err(HubError::TooOld {
            path: shown,
            found: v,
            supported: SCHEMA_VERSION,
        }),
    }
}

/// A new, empty hub in memory (e.g. to load one run folder and query it).
pub fn open_in_memory() -> Result<Connection, HubError> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    migrate(&mut conn, ":memory:")?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_is_created_and_then_opens_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hub.sqlite");
        drop(open(&path).unwrap());
        let conn = open_read_only(&path).unwrap();
        assert_eq!(schema_version(&conn).unwrap(), SCHEMA_VERSION);
        assert!(conn.execute("DELETE FROM runs", []).is_err(), "read-only");
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_bad_input() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hub.sqlite");
        std::fs::write(&path, "this is not a database, it is a long enough text file to have a header page of sorts....................................").unwrap();
        let err = open(&path).unwrap_err();
        assert!(matches!(err, HubError::Open { .. }), "{err}");
        assert!(err.is_bad_input());
    }

    #[test]
    fn an_older_hub_is_refused_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hub.sqlite");
        let mut conn = Connection::open(&path).unwrap();
        super::super::schema::migrate_to(&mut conn, 1, "hub").unwrap();
        drop(conn);
        let err = open_read_only(&path).unwrap_err();
        assert!(matches!(err, HubError::TooOld { found: 1, .. }), "{err}");
        drop(open(&path).unwrap());
        assert!(open_read_only(&path).is_ok(), "a writer upgrades it");
    }
}
