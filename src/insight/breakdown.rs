//! Breakdowns: how many comments carry each theme, by each value of one or more
//! dimensions (site, month, ethnicity…), with totals and bases, small numbers
//! suppressed before the table leaves this module.

use std::collections::{BTreeMap, BTreeSet};

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use super::dimension::Dimension;
use super::scan::{for_each_comment_theme, max_comment_key, text_of, themes, Values};
use super::suppression::{suppress_line, Hidden, Line};
use crate::classify::taxonomy;
use crate::hub::HubError;
use crate::ingest::dates::{parse_date, DateOrder};

/// The NHS disclosure-control threshold: counts from 1 to 4 are hidden.
pub const DEFAULT_MIN_CELL: u64 = 5;

/// Rows of themes: QDC v7 subcategories, or their major categories.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
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

/// Most dimensions in one breakdown.
pub const MAX_DIMENSIONS: usize = 4;

/// Counts comments per theme and dimension values in the hub, then suppresses.
pub fn breakdown(conn: &Connection, query: &BreakdownQuery) -> Result<BreakdownTable, HubError> {
    if query.by.is_empty() || query.by.len() > MAX_DIMENSIONS {
        return Err(HubError::BadQuery(format!(
            "give 1 to {MAX_DIMENSIONS} dimensions with --by (e.g. site, month, ethnicity)"
        )));
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

    let grid = Grid::read(conn, &dims, from.as_deref(), to.as_deref())?;
    let counts = grid.count_themes(conn, query.level)?;
    let bases = grid.bases();
    let names: Vec<String> = dims.iter().map(|d| d.name().to_string()).collect();
    let counted = Counted {
        columns: grid.columns,
        bases,
        counts,
    };
    Ok(tabulate(names, counted, query, from, to))
}

/// Comments counted per column of a breakdown, before suppression: what
/// [`tabulate`] turns into a table. The hub's scan makes one; so does a run that
/// adds its rows up while it writes them (the report on a run).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counted {
    /// Each column's dimension values (`None` where a comment has none), in any order.
    pub columns: Vec<Vec<Option<String>>>,
    /// Comments in each column.
    pub bases: Vec<u64>,
    /// Comments per theme (or major) in each column; themes with no comment anywhere
    /// are left out of the table.
    pub counts: HashMap<String, Vec<u64>>,
}

/// The table of `counted` for the dimensions `names` (its `from` and `to` as the
/// query's ISO days): columns sorted, rows in framework order, small numbers
/// suppressed. `breakdown` and the run's own report both make their tables here.
pub fn tabulate(
    names: Vec<String>,
    counted: Counted,
    query: &BreakdownQuery,
    from: Option<String>,
    to: Option<String>,
) -> BreakdownTable {
    let Counted {
        columns: grid_columns,
        bases,
        mut counts,
    } = counted;
    counts.retain(|_, cells| cells.iter().any(|c| *c > 0));
    // Columns sorted by value, missing values after the present ones.
    let mut order: Vec<usize> = (0..grid_columns.len()).collect();
    order.sort_by(|&a, &b| {
        let (ka, kb) = (&grid_columns[a], &grid_columns[b]);
        let missing = |k: &Key| k.iter().map(Option::is_none).collect::<Vec<_>>();
        missing(ka).cmp(&missing(kb)).then_with(|| ka.cmp(kb))
    });
    let columns: Vec<Key> = order.iter().map(|&c| grid_columns[c].clone()).collect();
    let bases: Vec<u64> = order.iter().map(|&c| bases[c]).collect();
    let counts: BTreeMap<String, Vec<u64>> = counts
        .into_iter()
        .map(|(theme, by_col)| (theme, order.iter().map(|&c| by_col[c]).collect()))
        .collect();

    let mut base_line = Line::new(bases);
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

    let rows = theme_order(counts.keys(), query.level)
        .into_iter()
        .map(|(theme, major)| {
            let mut line = Line::new(
                counts
                    .get(&theme)
                    .cloned()
                    .unwrap_or_else(|| vec![0; columns.len()]),
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

    BreakdownTable {
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
    }
}

/// A `--from` / `--to` date as an ISO day.
fn day(text: &str, flag: &str) -> Result<String, HubError> {
    parse_date(text, DateOrder::DayFirst)
        .map(|iso| iso[..10].to_string())
        .map_err(|reason| HubError::BadQuery(format!("{flag}: {reason}")))
}

/// Every comment in scope placed in its column (the combination of its dimension
/// values).
struct Grid {
    /// Column of each `comment_key`; [`OUT`] when the comment is out of scope.
    column_of: Vec<u32>,
    /// Each column's dimension values.
    columns: Vec<Key>,
}

/// A comment outside the date range (or not in the hub).
const OUT: u32 = u32::MAX;

impl Grid {
    /// Reads each comment's dimension values (one pass over `comments`, one over
    /// `comment_meta` per carried dimension) and numbers the columns.
    fn read(
        conn: &Connection,
        dims: &[Dimension],
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Grid, HubError> {
        let slots = max_comment_key(conn)? + 1;
        let mut values: Vec<Values> = vec![Values::default(); dims.len()];
        let mut ids: Vec<Vec<u32>> = vec![vec![0; slots]; dims.len()];
        let mut in_scope = vec![false; slots];

        let built_in: Vec<(usize, &str)> = dims
            .iter()
            .enumerate()
            .filter_map(|(i, d)| match d {
                Dimension::BuiltIn(_, expr) => Some((i, *expr)),
                Dimension::Carried(_) => None,
            })
            .collect();
        let mut select = vec!["c.comment_key".to_string()];
        select.extend(built_in.iter().map(|(_, e)| e.to_string()));
        let mut conditions = Vec::new();
        let mut params = Vec::new();
        for (bound, op) in [(from, ">="), (to, "<=")] {
            if let Some(d) = bound {
                params.push(d.to_string());
                conditions.push(format!("c.date {op} ?{}", params.len()));
            }
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        let mut stmt = conn.prepare(&format!(
            "SELECT {} FROM comments c{filter}",
            select.join(", ")
        ))?;
        let mut rows = stmt.query(rusqlite::params_from_iter(&params))?;
        let mut scratch = String::new();
        while let Some(row) = rows.next()? {
            let key = row.get::<_, i64>(0)?.max(0) as usize;
            if key >= slots {
                continue;
            }
            in_scope[key] = true;
            for (at, (dim, _)) in built_in.iter().enumerate() {
                let value = text_of(row.get_ref(at + 1)?, &mut scratch);
                ids[*dim][key] = values[*dim].id(value);
            }
        }

        for (dim, d) in dims.iter().enumerate() {
            let Dimension::Carried(name) = d else {
                continue;
            };
            let mut stmt = conn.prepare(
                "SELECT cm.comment_key, mv.value FROM meta_values mv
                 JOIN comment_meta cm ON cm.value_id = mv.value_id
                 WHERE mv.name = ?1",
            )?;
            let mut rows = stmt.query([name])?;
            while let Some(row) = rows.next()? {
                let key = row.get::<_, i64>(0)?.max(0) as usize;
                if key < slots {
                    let value = text_of(row.get_ref(1)?, &mut scratch);
                    ids[dim][key] = values[dim].id(value);
                }
            }
        }

        let mut column_of = vec![OUT; slots];
        let mut numbered: HashMap<[u32; MAX_DIMENSIONS], u32> = HashMap::new();
        let mut columns = Vec::new();
        for key in (0..slots).filter(|k| in_scope[*k]) {
            let mut combo = [0u32; MAX_DIMENSIONS];
            for (dim, slot) in combo.iter_mut().enumerate().take(dims.len()) {
                *slot = ids[dim][key];
            }
            let column = *numbered.entry(combo).or_insert_with(|| {
                columns.push(
                    (0..dims.len())
                        .map(|dim| values[dim].names[combo[dim] as usize].clone())
                        .collect(),
                );
                columns.len() as u32 - 1
            });
            column_of[key] = column;
        }
        Ok(Grid { column_of, columns })
    }

    /// Comments per column.
    fn bases(&self) -> Vec<u64> {
        let mut bases = vec![0u64; self.columns.len()];
        for &c in self.column_of.iter().filter(|c| **c != OUT) {
            bases[c as usize] += 1;
        }
        bases
    }

    /// Comments per theme (or major: each comment once per major) and column.
    fn count_themes(
        &self,
        conn: &Connection,
        level: ThemeLevel,
    ) -> Result<HashMap<String, Vec<u64>>, HubError> {
        let themes = themes(conn)?;
        let mut rows: Values = Values::default();
        let row_of: HashMap<i64, u32> = themes
            .iter()
            .map(|(id, (label, major))| {
                let name = match level {
                    ThemeLevel::Theme => label,
                    ThemeLevel::Major => major,
                };
                (*id, rows.id(Some(name)))
            })
            .collect();
        let width = self.columns.len();
        let mut counts = vec![0u64; rows.names.len() * width];
        // The rows a comment already counted in (a comment with two themes of one major
        // counts once for it); comment_themes is read in comment order.
        let mut current = usize::MAX;
        let mut seen: Vec<u32> = Vec::new();
        for_each_comment_theme(conn, |key, theme_id| {
            let Some(&column) = self.column_of.get(key) else {
                return;
            };
            let Some(&row) = row_of.get(&theme_id) else {
                return;
            };
            if column == OUT {
                return;
            }
            if key != current {
                current = key;
                seen.clear();
            }
            if seen.contains(&row) {
                return;
            }
            seen.push(row);
            counts[row as usize * width + column as usize] += 1;
        })?;
        Ok(rows
            .names
            .iter()
            .enumerate()
            .filter_map(|(row, name)| {
                let cells = counts[row * width..(row + 1) * width].to_vec();
                let name = name.clone()?;
                cells.iter().any(|c| *c > 0).then_some((name, cells))
            })
            .collect())
    }
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
