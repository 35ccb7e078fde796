//! Breakdowns: how many comments carry each theme, by each value of one or more
//! dimensions (site, month, ethnicity…), with totals and bases, small numbers
//! suppressed before the table leaves this module.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::types::Value;
use rusqlite::Connection;
use serde::Serialize;

use super::dimension::Dimension;
use super::suppression::{suppress_line, Hidden, Line};
use crate::classify::taxonomy;
use crate::hub::HubError;
use crate::ingest::dates::{parse_date, DateOrder};

/// The NHS disclosure-control threshold: counts from 1 to 4 are hidden.
pub const DEFAULT_MIN_CELL: u64 = 5;

/// Rows of themes: QDC v7 subcategories, or their major categories.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeLevel {
    /// One row per subcategory.
    #[default]
    Theme,
    /// One row per major category (a comment counted once per major).
    Major,
}

/// What to break down.
#[derive(Debug, Clone)]
pub struct BreakdownQuery {
    /// Dimension names (`site`, `month`, `ethnicity`, …); at least one.
    pub by: Vec<String>,
    /// Subcategories or majors.
    pub level: ThemeLevel,
    /// First day included (a date in any accepted form), if any.
    pub from: Option<String>,
    /// Last day included, if any.
    pub to: Option<String>,
    /// Suppression threshold N: counts 1..N−1 hidden. 0 or 1 turns suppression off.
    pub min_cell: u64,
}

impl Default for BreakdownQuery {
    fn default() -> Self {
        BreakdownQuery {
            by: vec!["site".to_string()],
            level: ThemeLevel::Theme,
            from: None,
            to: None,
            min_cell: DEFAULT_MIN_CELL,
        }
    }
}

/// One shown cell: the count and its share of the column's base, or nothing when
/// hidden.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Cell {
    /// The count; `None` when suppressed.
    pub count: Option<u64>,
    /// Count ÷ the column's base (comments in the column); `None` when either is hidden.
    pub share: Option<f64>,
    /// True when the count is hidden.
    pub suppressed: bool,
    /// Why it is hidden: `small` (1..N−1) or `secondary` (so a small one cannot be
    /// worked out from the total); `None` when shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
}

impl Cell {
    fn new(count: u64, hidden: Option<Hidden>, base: Option<u64>) -> Self {
        match hidden {
            Some(h) => Cell {
                count: None,
                share: None,
                suppressed: true,
                reason: Some(match h {
                    Hidden::Primary => "small",
                    Hidden::Secondary => "secondary",
                }),
            },
            None => Cell {
                count: Some(count),
                share: base
                    .filter(|b| *b > 0)
                    .map(|b| round4(count as f64 / b as f64)),
                suppressed: false,
                reason: None,
            },
        }
    }

    /// The CSV text: the count, `<N` for a small count, `*` for a secondary hiding.
    pub fn csv_text(&self, min_cell: u64) -> String {
        match (self.count, self.reason) {
            (Some(n), _) => n.to_string(),
            (None, Some("small")) => format!("<{min_cell}"),
            (None, _) => "*".to_string(),
        }
    }
}

/// One row: a theme (or major) with its cells and total.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BreakdownRow {
    /// The subcategory, or the major category at [`ThemeLevel::Major`].
    pub theme: String,
    /// The theme's major category (the same as `theme` at the major level).
    pub major: String,
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// All columns together.
    pub total: Cell,
}

/// The whole table, suppression applied.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BreakdownTable {
    /// The dimensions, canonical names.
    pub by: Vec<String>,
    /// Subcategories or majors.
    pub level: ThemeLevel,
    /// First day included (ISO), if limited.
    pub from: Option<String>,
    /// Last day included (ISO), if limited.
    pub to: Option<String>,
    /// The suppression threshold used.
    pub min_cell: u64,
    /// One entry per column: each dimension's value (`None` where the comment has none).
    pub columns: Vec<BTreeMap<String, Option<String>>>,
    /// Comments in each column (all comments, answered or not) and in all.
    pub base: BreakdownRow,
    /// One row per theme present, in framework order.
    pub rows: Vec<BreakdownRow>,
}

/// Rounds a share to four decimals.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// A column key: each dimension's value.
type Key = Vec<Option<String>>;

/// Counts comments per theme and dimension values in the hub, then suppresses.
pub fn breakdown(conn: &Connection, query: &BreakdownQuery) -> Result<BreakdownTable, HubError> {
    if query.by.is_empty() {
        return Err(HubError::BadQuery(
            "give at least one dimension with --by (e.g. site, month, ethnicity)".to_string(),
        ));
    }
    let dims = query
        .by
        .iter()
        .map(|d| Dimension::resolve(conn, d))
        .collect::<Result<Vec<_>, _>>()?;
    let from = query
        .from
        .as_deref()
        .map(|d| day(d, "--from"))
        .transpose()?;
    let to = query.to.as_deref().map(|d| day(d, "--to")).transpose()?;
    let sql = SqlParts::new(&dims, from.as_deref(), to.as_deref());

    let bases = count_bases(conn, &sql)?;
    let counts = count_themes(conn, &sql, query.level)?;
    let columns: Vec<Key> = {
        let mut keys: BTreeSet<Key> = bases.keys().cloned().collect();
        keys.extend(counts.keys().map(|(_, k)| k.clone()));
        let mut keys: Vec<Key> = keys.into_iter().collect();
        // Missing values after the present ones.
        keys.sort_by(|a, b| {
            let missing = |k: &Key| k.iter().map(Option::is_none).collect::<Vec<_>>();
            missing(a).cmp(&missing(b)).then_with(|| a.cmp(b))
        });
        keys
    };

    let mut base_line = Line::new(
        columns
            .iter()
            .map(|k| bases.get(k).copied().unwrap_or(0))
            .collect(),
    );
    suppress_line(&mut base_line, query.min_cell);
    let base_total = base_line.total();
    // A hidden base hides every share in its column (a share and a count give the base).
    let shown_bases: Vec<Option<u64>> = base_line
        .cells
        .iter()
        .zip(&base_line.hidden)
        .map(|(b, h)| h.is_none().then_some(*b))
        .collect();
    let shown_total_base = base_line.total_hidden.is_none().then_some(base_total);
    let base = BreakdownRow {
        theme: "All comments".to_string(),
        major: String::new(),
        cells: base_line
            .cells
            .iter()
            .zip(&base_line.hidden)
            .map(|(b, h)| Cell::new(*b, *h, None))
            .collect(),
        total: Cell::new(base_total, base_line.total_hidden, None),
    };

    let rows = theme_order(counts.keys().map(|(t, _)| t), query.level)
        .into_iter()
        .map(|(theme, major)| {
            let mut line = Line::new(
                columns
                    .iter()
                    .map(|k| {
                        counts
                            .get(&(theme.clone(), k.clone()))
                            .copied()
                            .unwrap_or(0)
                    })
                    .collect(),
            );
            suppress_line(&mut line, query.min_cell);
            let total = line.total();
            BreakdownRow {
                cells: line
                    .cells
                    .iter()
                    .zip(&line.hidden)
                    .zip(&shown_bases)
                    .map(|((c, h), b)| Cell::new(*c, *h, *b))
                    .collect(),
                total: Cell::new(total, line.total_hidden, shown_total_base),
                theme,
                major,
            }
        })
        .collect();

    let names: Vec<String> = dims.iter().map(|d| d.name().to_string()).collect();
    Ok(BreakdownTable {
        columns: columns
            .iter()
            .map(|k| names.iter().cloned().zip(k.iter().cloned()).collect())
            .collect(),
        by: names,
        level: query.level,
        from,
        to,
        min_cell: query.min_cell,
        base,
        rows,
    })
}

/// A `--from` / `--to` date as an ISO day.
fn day(text: &str, flag: &str) -> Result<String, HubError> {
    parse_date(text, DateOrder::DayFirst)
        .map(|iso| iso[..10].to_string())
        .map_err(|reason| HubError::BadQuery(format!("{flag}: {reason}")))
}

/// The pieces of SQL shared by the base and theme queries.
struct SqlParts {
    /// The dimension expressions, comma-separated.
    select: String,
    /// `LEFT JOIN comment_meta …` per carried dimension.
    joins: String,
    /// `WHERE …` (possibly empty).
    filter: String,
    /// Parameters in order: carried names, then dates.
    params: Vec<Value>,
}

impl SqlParts {
    fn new(dims: &[Dimension], from: Option<&str>, to: Option<&str>) -> Self {
        let mut select = Vec::new();
        let mut joins = String::new();
        let mut params = Vec::new();
        for (i, dim) in dims.iter().enumerate() {
            match dim {
                Dimension::BuiltIn(_, expr) => select.push(expr.to_string()),
                Dimension::Carried(name) => {
                    params.push(Value::from(name.clone()));
                    joins.push_str(&format!(
                        " LEFT JOIN comment_meta m{i} ON m{i}.comment_key = c.comment_key AND m{i}.name = ?{}",
                        params.len()
                    ));
                    select.push(format!("m{i}.value"));
                }
            }
        }
        let mut conditions = Vec::new();
        for (bound, op) in [(from, ">="), (to, "<=")] {
            if let Some(d) = bound {
                params.push(Value::from(d.to_string()));
                conditions.push(format!("c.date {op} ?{}", params.len()));
            }
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        SqlParts {
            select: select.join(", "),
            joins,
            filter,
            params,
        }
    }
}

/// Reads the dimension values at `first..first + n` of a result row.
fn key_of(row: &rusqlite::Row<'_>, first: usize, n: usize) -> rusqlite::Result<Key> {
    (first..first + n)
        .map(|i| row.get::<_, Option<String>>(i))
        .collect()
}

/// Comments per column.
fn count_bases(conn: &Connection, sql: &SqlParts) -> Result<BTreeMap<Key, u64>, HubError> {
    let n = sql.select.split(", ").count();
    let text = format!(
        "SELECT {}, COUNT(*) FROM comments c{}{} GROUP BY {}",
        sql.select,
        sql.joins,
        sql.filter,
        (1..=n)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut stmt = conn.prepare(&text)?;
    let mut out = BTreeMap::new();
    let mut rows = stmt.query(rusqlite::params_from_iter(&sql.params))?;
    while let Some(row) = rows.next()? {
        out.insert(key_of(row, 0, n)?, row.get::<_, i64>(n)? as u64);
    }
    Ok(out)
}

/// Comments per theme (or major) and column.
fn count_themes(
    conn: &Connection,
    sql: &SqlParts,
    level: ThemeLevel,
) -> Result<BTreeMap<(String, Key), u64>, HubError> {
    let n = sql.select.split(", ").count();
    let (theme, count) = match level {
        ThemeLevel::Theme => ("t.label", "COUNT(*)"),
        ThemeLevel::Major => ("t.major", "COUNT(DISTINCT t.comment_key)"),
    };
    let text = format!(
        "SELECT {theme}, {}, {count} FROM comment_themes t JOIN comments c ON c.comment_key = t.comment_key{}{} GROUP BY {}",
        sql.select,
        sql.joins,
        sql.filter,
        (1..=n + 1).map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
    );
    let mut stmt = conn.prepare(&text)?;
    let mut out = BTreeMap::new();
    let mut rows = stmt.query(rusqlite::params_from_iter(&sql.params))?;
    while let Some(row) = rows.next()? {
        let theme: String = row.get(0)?;
        out.insert(
            (theme, key_of(row, 1, n)?),
            row.get::<_, i64>(n + 1)? as u64,
        );
    }
    Ok(out)
}

/// The themes present, in framework order (unknown names after, sorted), with majors.
fn theme_order<'a>(
    present: impl Iterator<Item = &'a String>,
    level: ThemeLevel,
) -> Vec<(String, String)> {
    let present: BTreeSet<&String> = present.collect();
    let framework: Vec<(String, String)> = match level {
        ThemeLevel::Theme => taxonomy::subcategories()
            .map(|l| {
                (
                    l.to_string(),
                    taxonomy::major_of(l).unwrap_or_default().to_string(),
                )
            })
            .collect(),
        ThemeLevel::Major => taxonomy::majors()
            .iter()
            .map(|m| (m.to_string(), m.to_string()))
            .collect(),
    };
    let mut rows: Vec<(String, String)> = framework
        .iter()
        .filter(|(t, _)| present.contains(t))
        .cloned()
        .collect();
    for theme in present {
        if !framework.iter().any(|(t, _)| t == theme) {
            let major = match level {
                ThemeLevel::Theme => taxonomy::major_of(theme).unwrap_or_default().to_string(),
                ThemeLevel::Major => theme.clone(),
            };
            rows.push((theme.clone(), major));
        }
    }
    rows
}
