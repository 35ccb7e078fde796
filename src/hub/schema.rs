//! The hub's schema, as numbered migrations, and bringing a database up to date.
//!
//! `PRAGMA user_version` holds the number of migrations applied. Opening a hub for
//! writing applies the missing ones in order, each in its own transaction, so an older
//! hub is upgraded in place and a new file starts from version 0. A hub whose version
//! is newer than this tool knows is refused rather than guessed at.
//!
//! Tables (version 2):
//!
//! | table | one row per | key columns |
//! |---|---|---|
//! | `runs` | load of a run folder | `run_id`; `load_key` (sha256 of `tagged.jsonl` and `clusters.json`) unique |
//! | `comments` | comment id | `comment_key` (integer), `comment_id` unique; ISO date, month, week, site, question type, rating, sentiment, cluster, the run that last wrote it, redacted text |
//! | `themes` | QDC v7 label | `theme_id`; label, major |
//! | `comment_themes` | comment × theme | (`comment_key`, `theme_id`); score, source |
//! | `meta_values` | carried column value | `value_id`; (`name`, `value`) unique: protected characteristics by canonical name, `--meta-col` columns |
//! | `comment_meta` | comment × carried value | (`comment_key`, `value_id`) |
//! | `clusters` | cluster of a load | (`run_id`, `cluster_id`); label, analyst name, size, top terms |
//!
//! Views `comment_labels` and `comment_values` join the names in for people reading the
//! hub with SQL. Labels and carried values are stored once and referred to by integer,
//! which keeps the per-comment tables narrow: loads write less and breakdowns scan less.

use rusqlite::Connection;

use super::error::HubError;

/// The migrations, in order: applying `MIGRATIONS[i]` takes a hub from version `i`
/// to `i + 1`. Never edit a released one; add a new one.
pub const MIGRATIONS: &[&str] = &[
    // 1: runs, comments, their themes, clusters.
    r#"
CREATE TABLE runs (
    run_id             INTEGER PRIMARY KEY,
    load_key           TEXT NOT NULL UNIQUE,
    kind               TEXT NOT NULL,
    loaded_at          TEXT NOT NULL,
    folder             TEXT NOT NULL,
    tool_version       TEXT,
    model_name         TEXT,
    model_version      TEXT,
    framework          TEXT,
    input_sha256       TEXT,
    tagged_sha256      TEXT NOT NULL,
    rows_read          INTEGER,
    rows_quarantined   INTEGER,
    rows_tagged        INTEGER NOT NULL,
    comments_inserted  INTEGER NOT NULL,
    comments_updated   INTEGER NOT NULL,
    comments_unchanged INTEGER NOT NULL,
    duplicate_ids      INTEGER NOT NULL
);
CREATE TABLE comments (
    comment_key     INTEGER PRIMARY KEY,
    comment_id      TEXT NOT NULL UNIQUE,
    run_id          INTEGER NOT NULL REFERENCES runs(run_id),
    content_hash    INTEGER NOT NULL,
    answered        INTEGER NOT NULL,
    date            TEXT,
    datetime        TEXT,
    month           TEXT,
    site            TEXT,
    question_type   TEXT NOT NULL,
    rating          INTEGER,
    sentiment       TEXT,
    sentiment_score REAL,
    cluster_id      INTEGER,
    flags           TEXT NOT NULL,
    redactions      TEXT NOT NULL,
    source_file     TEXT NOT NULL,
    source_line     INTEGER NOT NULL,
    text            TEXT NOT NULL
);
CREATE INDEX comments_date ON comments(date);
CREATE INDEX comments_month ON comments(month);
CREATE TABLE themes (
    theme_id INTEGER PRIMARY KEY,
    label    TEXT NOT NULL UNIQUE,
    major    TEXT NOT NULL
);
CREATE TABLE comment_themes (
    comment_key INTEGER NOT NULL REFERENCES comments(comment_key) ON DELETE CASCADE,
    theme_id    INTEGER NOT NULL REFERENCES themes(theme_id),
    score       REAL NOT NULL,
    source      TEXT NOT NULL,
    PRIMARY KEY (comment_key, theme_id)
) WITHOUT ROWID;
CREATE VIEW comment_labels AS
    SELECT ct.comment_key, t.label, t.major, ct.score, ct.source
    FROM comment_themes ct JOIN themes t ON t.theme_id = ct.theme_id;
CREATE TABLE clusters (
    run_id     INTEGER NOT NULL REFERENCES runs(run_id),
    cluster_id INTEGER NOT NULL,
    label      TEXT NOT NULL,
    name       TEXT,
    size       INTEGER NOT NULL,
    top_terms  TEXT NOT NULL,
    PRIMARY KEY (run_id, cluster_id)
) WITHOUT ROWID;
"#,
    // 2: carried columns (protected characteristics, --meta-col) and the week of each
    // comment (the Monday starting it), filled in for comments already there.
    r#"
CREATE TABLE meta_values (
    value_id INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    value    TEXT NOT NULL,
    UNIQUE (name, value)
);
CREATE TABLE comment_meta (
    comment_key INTEGER NOT NULL REFERENCES comments(comment_key) ON DELETE CASCADE,
    value_id    INTEGER NOT NULL REFERENCES meta_values(value_id),
    PRIMARY KEY (comment_key, value_id)
) WITHOUT ROWID;
CREATE INDEX comment_meta_value ON comment_meta(value_id, comment_key);
CREATE VIEW comment_values AS
    SELECT cm.comment_key, mv.name, mv.value
    FROM comment_meta cm JOIN meta_values mv ON mv.value_id = cm.value_id;
ALTER TABLE comments ADD COLUMN week TEXT;
UPDATE comments SET week = date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days')
    WHERE date IS NOT NULL;
CREATE INDEX comments_week ON comments(week);
"#,
];

/// The schema version this tool writes and reads.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The hub's schema version (`PRAGMA user_version`).
pub fn schema_version(conn: &Connection) -> Result<u32, HubError> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Applies the migrations the hub lacks, up to `target`, each in its own transaction
/// (with its version bump), so an interrupted upgrade leaves a consistent version.
pub fn migrate_to(conn: &mut Connection, target: u32, path: &str) -> Result<(), HubError> {
    let found = schema_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(HubError::TooNew {
            path: path.to_string(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for version in found..target.min(SCHEMA_VERSION) {
        let tx = conn.transaction()?;
        tx.execute_batch(MIGRATIONS[version as usize])?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Brings the hub to [`SCHEMA_VERSION`].
pub fn migrate(conn: &mut Connection, path: &str) -> Result<(), HubError> {
    migrate_to(conn, SCHEMA_VERSION, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn a_new_hub_gets_every_table() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, ":memory:").unwrap();
        assert_eq!(schema_version(&conn).unwrap(), SCHEMA_VERSION);
        assert_eq!(
            tables(&conn),
            [
                "clusters",
                "comment_meta",
                "comment_themes",
                "comments",
                "meta_values",
                "runs",
                "themes"
            ]
        );
        // Migrating again is a no-op.
        migrate(&mut conn, ":memory:").unwrap();
        assert_eq!(schema_version(&conn).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_version_1_hub_is_upgraded_with_its_weeks_filled_in() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 1, ":memory:").unwrap();
        assert_eq!(schema_version(&conn).unwrap(), 1);
        conn.execute_batch(
            "INSERT INTO runs VALUES (1,'k','run','2024-01-01T00:00:00Z','out',NULL,NULL,NULL,NULL,NULL,'s',NULL,NULL,2,2,0,0,0);
             INSERT INTO comments (comment_id, run_id, content_hash, text, answered, date, question_type, flags, redactions, source_file, source_line)
               VALUES ('a', 1, 7, 'Kind staff', 1, '2024-01-04', 'what_good', '', '{}', 'in.csv', 2),
                      ('b', 1, 8, 'Slow', 1, NULL, 'could_improve', '', '{}', 'in.csv', 3);",
        )
        .unwrap();
        migrate(&mut conn, ":memory:").unwrap();
        assert_eq!(schema_version(&conn).unwrap(), 2);
        let weeks: Vec<Option<String>> = conn
            .prepare("SELECT week FROM comments ORDER BY comment_id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(weeks, [Some("2024-01-01".to_string()), None]);
        let texts: i64 = conn
            .query_row("SELECT COUNT(*) FROM comments", [], |r| r.get(0))
            .unwrap();
        assert_eq!(texts, 2, "upgrading keeps the rows");
    }

    #[test]
    fn a_hub_from_a_newer_tool_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        let err = migrate(&mut conn, "hub.sqlite").unwrap_err();
        assert!(matches!(err, HubError::TooNew { .. }), "{err}");
        assert!(err.to_string().contains("hub.sqlite"));
    }
}
