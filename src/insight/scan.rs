//! Reading the hub for aggregation: one sequential pass over a table at a time, values
//! turned into small integers as they are read, counts kept in arrays indexed by
//! `comment_key`. SQLite's own GROUP BY over the comment × theme join sorts millions of
//! text keys; these passes do not, which keeps a breakdown of a million comments well
//! under a second.

use std::collections::HashMap;

use rusqlite::types::ValueRef;
use rusqlite::Connection;

use crate::hub::HubError;

/// Distinct values (`None` for a missing one, always id 0) and their small ids.
#[derive(Debug, Clone)]
pub struct Values {
    ids: HashMap<String, u32>,
    /// The values by id.
    pub names: Vec<Option<String>>,
}

impl Default for Values {
    fn default() -> Self {
        Values {
            ids: HashMap::new(),
            names: vec![None],
        }
    }
}

impl Values {
    /// The id of a value, added when new.
    pub fn id(&mut self, value: Option<&str>) -> u32 {
        let Some(value) = value else { return 0 };
        if let Some(id) = self.ids.get(value) {
            return *id;
        }
        let id = self.names.len() as u32;
        self.ids.insert(value.to_string(), id);
        self.names.push(Some(value.to_string()));
        id
    }
}

/// A text (or number, as text) column value, `None` for NULL.
pub fn text_of<'a>(value: ValueRef<'a>, scratch: &'a mut String) -> Option<&'a str> {
    match value {
        ValueRef::Null => None,
        ValueRef::Text(t) => std::str::from_utf8(t).ok(),
        ValueRef::Integer(i) => {
            *scratch = i.to_string();
            Some(scratch.as_str())
        }
        ValueRef::Real(r) => {
            *scratch = r.to_string();
            Some(scratch.as_str())
        }
        ValueRef::Blob(_) => None,
    }
}

/// The largest `comment_key` (0 for an empty hub): arrays indexed by key have this + 1
/// entries.
pub fn max_comment_key(conn: &Connection) -> Result<usize, HubError> {
    let max: Option<i64> =
        conn.query_row("SELECT MAX(comment_key) FROM comments", [], |r| r.get(0))?;
    Ok(max.unwrap_or(0).max(0) as usize)
}

/// The hub's themes: (label, major) by `theme_id`.
pub fn themes(conn: &Connection) -> Result<HashMap<i64, (String, String)>, HubError> {
    let mut stmt = conn.prepare("SELECT theme_id, label, major FROM themes")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Calls `each(comment_key, theme_id)` for every comment theme, in `comment_key` order.
pub fn for_each_comment_theme(
    conn: &Connection,
    mut each: impl FnMut(usize, i64),
) -> Result<(), HubError> {
    let mut stmt =
        conn.prepare("SELECT comment_key, theme_id FROM comment_themes ORDER BY comment_key")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let key: i64 = row.get(0)?;
        each(key.max(0) as usize, row.get(1)?);
    }
    Ok(())
}
