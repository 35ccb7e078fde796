//! "You said": for each of the top themes, the redacted comments nearest the theme's
//! centre (TF-IDF, [`Representative`]), from the real answers in the report's period.

use rusqlite::Connection;

use super::ReportQuery;
use crate::hub::HubError;
use crate::report::data::{ThemeQuotes, ThemeVolume};
use crate::report::Representative;

/// Themes given quotes.
pub const TOP_THEMES: usize = 5;
/// Quotes per theme.
pub const QUOTES: usize = 3;
/// Most comments read for the vocabulary, and per theme or topic (the latest first).
pub const MAX_TEXTS: usize = 20_000;

/// The filter on real answers in the period (`?1` from, `?2` to), for `comments c`.
pub const IN_PERIOD: &str = "c.answered = 1 AND instr(c.flags, 'duplicate') = 0
    AND (?1 IS NULL OR c.date >= ?1) AND (?2 IS NULL OR c.date <= ?2)";

/// Reads the first column of every row of `sql` (with `from`, `to` and `extra` as
/// `?1`, `?2`, `?3`) as text.
pub fn texts(
    conn: &Connection,
    sql: &str,
    q: &ReportQuery,
    extra: Option<&dyn rusqlite::ToSql>,
) -> Result<Vec<String>, HubError> {
    let mut stmt = conn.prepare(sql)?;
    let mut params: Vec<&dyn rusqlite::ToSql> = vec![&q.from, &q.to];
    params.extend(extra);
    let rows = stmt.query_map(params.as_slice(), |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The quote picker, its IDF learned from the period's real answers.
pub fn picker(conn: &Connection, q: &ReportQuery) -> Result<Representative, HubError> {
    let corpus = texts(
        conn,
        &format!("SELECT c.text FROM comments c WHERE {IN_PERIOD} ORDER BY c.date DESC, c.comment_key LIMIT {MAX_TEXTS}"),
        q,
        None,
    )?;
    let refs: Vec<&str> = corpus.iter().map(String::as_str).collect();
    Ok(Representative::fit(&refs))
}

/// Up to [`QUOTES`] of `texts` nearest their centre.
pub fn nearest(picker: &Representative, texts: &[String]) -> Vec<String> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    picker
        .pick(&refs, QUOTES)
        .into_iter()
        .map(|i| texts[i].clone())
        .collect()
}

/// Quotes for the [`TOP_THEMES`] largest themes with a shown count.
pub fn you_said(
    conn: &Connection,
    q: &ReportQuery,
    themes: &[ThemeVolume],
    picker: &Representative,
) -> Result<Vec<ThemeQuotes>, HubError> {
    let sql = format!(
        "SELECT c.text FROM comment_labels t JOIN comments c ON c.comment_key = t.comment_key
         WHERE t.label = ?3 AND {IN_PERIOD} ORDER BY c.date DESC, c.comment_key LIMIT {MAX_TEXTS}"
    );
    let mut out = Vec::new();
    for theme in themes
        .iter()
        .filter(|t| t.total.count().is_some())
        .take(TOP_THEMES)
    {
        let group = texts(conn, &sql, q, Some(&theme.label))?;
        out.push(ThemeQuotes {
            theme: theme.label.clone(),
            count: theme.total,
            quotes: nearest(picker, &group),
        });
    }
    Ok(out)
}
