//! Loading a run's written outputs into the hub: one transaction, prepared statements,
//! one pass over `tagged.jsonl`.
//!
//! Idempotence: each comment row carries a hash of its `tagged.jsonl` line, so a row
//! seen before with the same content is left alone, a changed one is updated in place
//! (themes and carried columns replaced), and a new one is inserted. A whole folder
//! already loaded (same `tagged.jsonl` and `clusters.json` bytes) changes nothing at
//! all: its transaction is rolled back and no `runs` row is added. Any error rolls the
//! transaction back, and so does a killed process (SQLite's journal), so the hub is
//! either as it was or fully loaded.

use std::collections::HashMap;
use std::hash::Hasher;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, Statement, ToSql, Transaction};

use super::error::HubError;
use super::run_folder::RunFolder;
use crate::export::{stream_jsonl_batches, TaggedRow};
use crate::fast_hash::FastHasher;
use crate::ingest::calendar::{now_utc_iso, parse_iso_day, week_start};
use crate::ingest::hashing_reader::sha256_hex;

/// What one load did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// The `runs` row of this load, or of the earlier load of the same files.
    pub run_id: i64,
    /// True when these exact files were loaded before: nothing was changed.
    pub already_loaded: bool,
    /// Rows in `tagged.jsonl`.
    pub rows: u64,
    /// Comment ids new to the hub.
    pub inserted: u64,
    /// Comment ids already there whose content changed.
    pub updated: u64,
    /// Comment ids already there with the same content.
    pub unchanged: u64,
    /// Rows whose id appeared earlier in the same file (the later row wins).
    pub duplicate_ids: u64,
}

/// Loads the run folder `folder` (or a `tagged.jsonl` inside one) into the hub.
pub fn load_run_folder(conn: &mut Connection, folder: &Path) -> Result<LoadReport, HubError> {
    let run = RunFolder::open(folder)?;
    let tx = conn.transaction()?;
    let run_id = insert_run(&tx, &run)?;
    let mut report = LoadReport {
        run_id,
        ..LoadReport::default()
    };
    let tagged_sha256 = {
        let mut writer = RowWriter::new(&tx, run_id)?;
        stream_jsonl_batches(&run.tagged, |batch| {
            batch
                .iter()
                .try_for_each(|(row, line)| writer.write(row, line, &mut report))
        })?
    };
    let clusters_sha256 = run.clusters.as_ref().map(|(_, sha)| sha.as_str());
    let load_key =
        sha256_hex(format!("{tagged_sha256}:{}", clusters_sha256.unwrap_or("")).as_bytes());
    let earlier: Option<i64> = tx
        .query_row(
            "SELECT run_id FROM runs WHERE load_key = ?1",
            [&load_key],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(earlier) = earlier {
        tx.rollback()?;
        return Ok(LoadReport {
            run_id: earlier,
            already_loaded: true,
            rows: report.rows,
            unchanged: report.rows - report.duplicate_ids,
            duplicate_ids: report.duplicate_ids,
            ..LoadReport::default()
        });
    }
    tx.execute(
        "UPDATE runs SET load_key = ?2, tagged_sha256 = ?3, rows_tagged = ?4,
             comments_inserted = ?5, comments_updated = ?6, comments_unchanged = ?7,
             duplicate_ids = ?8
         WHERE run_id = ?1",
        params![
            run_id,
            load_key,
            tagged_sha256,
            report.rows as i64,
            report.inserted as i64,
            report.updated as i64,
            report.unchanged as i64,
            report.duplicate_ids as i64
        ],
    )?;
    if let Some((clusters, _)) = &run.clusters {
        let mut insert = tx.prepare(
            "INSERT INTO clusters (run_id, cluster_id, label, name, size, top_terms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for c in &clusters.clusters {
            let terms: Vec<&str> = c.top_terms.iter().map(|(t, _)| t.as_str()).collect();
            insert.execute(params![
                run_id,
                c.id,
                c.label,
                c.name,
                c.size as i64,
                terms.join(" ")
            ])?;
        }
    }
    tx.commit()?;
    Ok(report)
}

/// Adds this load's `runs` row (counts and key are filled in at the end).
fn insert_run(tx: &Transaction<'_>, run: &RunFolder) -> Result<i64, HubError> {
    let info = &run.info;
    tx.execute(
        "INSERT INTO runs (load_key, kind, loaded_at, folder, tool_version, model_name,
             model_version, framework, input_sha256, tagged_sha256, rows_read,
             rows_quarantined, rows_tagged, comments_inserted, comments_updated,
             comments_unchanged, duplicate_ids)
         VALUES ('pending', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '', ?9, ?10, 0, 0, 0, 0, 0)",
        params![
            info.kind,
            now_utc_iso(),
            run.folder.display().to_string(),
            info.tool_version,
            info.model_name,
            info.model_version,
            info.framework,
            info.input_sha256,
            info.rows_read,
            info.rows_quarantined
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The prepared statements of one load, and the ids of labels and carried values
/// already in the hub.
struct RowWriter<'t> {
    tx: &'t Transaction<'t>,
    run_id: i64,
    insert: Statement<'t>,
    find: Statement<'t>,
    update: Statement<'t>,
    delete_themes: Statement<'t>,
    delete_meta: Statement<'t>,
    insert_theme: Statement<'t>,
    insert_meta: Statement<'t>,
    theme_ids: Interner<'t>,
    value_ids: Interner<'t>,
}

/// The comment columns written on insert and update, in parameter order after the key.
const COMMENT_COLUMNS: &str = "run_id, content_hash, answered, date, datetime, month, week, site, question_type, rating, sentiment, sentiment_score, cluster_id, flags, redactions, source_file, source_line, text";

impl<'t> RowWriter<'t> {
    fn new(tx: &'t Transaction<'t>, run_id: i64) -> Result<Self, HubError> {
        let placeholders: Vec<String> = (2..=19).map(|i| format!("?{i}")).collect();
        let sets: Vec<String> = COMMENT_COLUMNS
            .split(", ")
            .zip(&placeholders)
            .map(|(c, p)| format!("{c} = {p}"))
            .collect();
        Ok(RowWriter {
            tx,
            run_id,
            insert: tx.prepare(&format!(
                "INSERT INTO comments (comment_id, {COMMENT_COLUMNS}) VALUES (?1, {})
                 ON CONFLICT (comment_id) DO NOTHING",
                placeholders.join(", ")
            ))?,
            find: tx.prepare(
                "SELECT comment_key, content_hash, run_id FROM comments WHERE comment_id = ?1",
            )?,
            update: tx.prepare(&format!(
                "UPDATE comments SET {} WHERE comment_key = ?1",
                sets.join(", ")
            ))?,
            delete_themes: tx.prepare("DELETE FROM comment_themes WHERE comment_key = ?1")?,
            delete_meta: tx.prepare("DELETE FROM comment_meta WHERE comment_key = ?1")?,
            insert_theme: tx.prepare(
                "INSERT OR REPLACE INTO comment_themes (comment_key, theme_id, score, source)
                 VALUES (?1, ?2, ?3, ?4)",
            )?,
            insert_meta: tx.prepare(
                "INSERT OR IGNORE INTO comment_meta (comment_key, value_id) VALUES (?1, ?2)",
            )?,
            theme_ids: Interner::new(
                tx,
                "INSERT INTO themes (label, major) VALUES (?1, ?2)
                 ON CONFLICT (label) DO UPDATE SET major = excluded.major RETURNING theme_id",
            )?,
            value_ids: Interner::new(
                tx,
                "INSERT INTO meta_values (name, value) VALUES (?1, ?2)
                 ON CONFLICT (name, value) DO UPDATE SET value = excluded.value RETURNING value_id",
            )?,
        })
    }

    /// Inserts, updates or skips one row.
    fn write(
        &mut self,
        row: &TaggedRow,
        line: &str,
        report: &mut LoadReport,
    ) -> Result<(), HubError> {
        report.rows += 1;
        let mut hasher = FastHasher::default();
        hasher.write(line.as_bytes());
        // Stored as SQLite's signed 64-bit integer.
        let hash = hasher.finish() as i64;
        let values = CommentValues::of(row, self.run_id, hash);
        let key = if self.insert.execute(values.params(&row.id))? == 1 {
            report.inserted += 1;
            self.tx.last_insert_rowid()
        } else {
            let (key, old_hash, run): (i64, i64, i64) = self
                .find
                .query_row([&row.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            if run == self.run_id {
                report.duplicate_ids += 1;
            } else if old_hash == hash {
                report.unchanged += 1;
                return Ok(());
            } else {
                report.updated += 1;
            }
            self.update.execute(values.params(&key))?;
            self.delete_themes.execute([key])?;
            self.delete_meta.execute([key])?;
            key
        };
        for theme in &row.themes {
            let theme_id = self.theme_ids.id(&theme.label, &theme.major)?;
            self.insert_theme.execute(params![
                key,
                theme_id,
                f64::from(theme.score),
                theme.source.name()
            ])?;
        }
        for (name, value) in &row.meta.carried {
            let value_id = self.value_ids.id(name, value)?;
            self.insert_meta.execute(params![key, value_id])?;
        }
        Ok(())
    }
}

/// Ids of (name, value) pairs in a lookup table, remembered for the whole load.
struct Interner<'t> {
    upsert: Statement<'t>,
    known: HashMap<String, HashMap<String, i64>>,
}

impl<'t> Interner<'t> {
    fn new(tx: &'t Transaction<'_>, upsert: &str) -> Result<Self, HubError> {
        Ok(Interner {
            upsert: tx.prepare(upsert)?,
            known: HashMap::new(),
        })
    }

    /// The id of `(a, b)`, added to the table when new.
    fn id(&mut self, a: &str, b: &str) -> Result<i64, HubError> {
        if let Some(id) = self.known.get(a).and_then(|m| m.get(b)) {
            return Ok(*id);
        }
        let id: i64 = self.upsert.query_row([a, b], |r| r.get(0))?;
        self.known
            .entry(a.to_string())
            .or_default()
            .insert(b.to_string(), id);
        Ok(id)
    }
}

/// The values of one comment row, in [`COMMENT_COLUMNS`] order.
struct CommentValues<'a> {
    run_id: i64,
    hash: i64,
    text: &'a str,
    answered: bool,
    date: Option<String>,
    datetime: Option<&'a str>,
    month: Option<String>,
    week: Option<String>,
    site: Option<&'a str>,
    question_type: &'static str,
    rating: Option<u8>,
    sentiment: Option<&'static str>,
    sentiment_score: Option<f64>,
    cluster_id: Option<u32>,
    flags: String,
    redactions: String,
    source_file: &'a str,
    source_line: i64,
}

/// The day a comment is filed under in the hub (`date`): its ISO date's first ten
/// characters, when they are a valid day.
pub fn comment_day(date_iso: &str) -> Option<&str> {
    parse_iso_day(date_iso).and_then(|_| date_iso.get(..10))
}

impl<'a> CommentValues<'a> {
    fn of(row: &'a TaggedRow, run_id: i64, hash: i64) -> Self {
        let day = row
            .meta
            .date_iso
            .as_deref()
            .and_then(comment_day)
            .map(str::to_string);
        let redactions = row
            .redactions
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        CommentValues {
            run_id,
            hash,
            text: row.text.as_str(),
            answered: !row
                .flags
                .iter()
                .any(|f| *f == "blank" || *f == "non_answer"),
            month: day.as_ref().map(|d| d[..7].to_string()),
            week: day.as_deref().and_then(week_start),
            date: day,
            datetime: row.meta.date_iso.as_deref(),
            site: row.meta.site.as_deref(),
            question_type: row.question_type.name(),
            rating: row.meta.rating,
            sentiment: row.sentiment.map(|s| s.label.name()),
            sentiment_score: row.sentiment.map(|s| f64::from(s.score)),
            cluster_id: row.cluster.as_ref().map(|c| c.id),
            flags: row.flags.join("; "),
            redactions,
            source_file: &row.meta.file,
            source_line: i64::try_from(row.meta.line).unwrap_or(i64::MAX),
        }
    }

    /// The statement parameters: `first` (the id or key), then [`COMMENT_COLUMNS`].
    fn params<'s>(&'s self, first: &'s dyn ToSql) -> [&'s dyn ToSql; 19] {
        [
            first,
            &self.run_id,
            &self.hash,
            &self.answered,
            &self.date,
            &self.datetime,
            &self.month,
            &self.week,
            &self.site,
            &self.question_type,
            &self.rating,
            &self.sentiment,
            &self.sentiment_score,
            &self.cluster_id,
            &self.flags,
            &self.redactions,
            &self.source_file,
            &self.source_line,
            &self.text,
        ]
    }
}
