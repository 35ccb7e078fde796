//! The dimensions a breakdown can be cut by: columns of `comments`, or a carried column
//! (protected characteristic or `--meta-col`) from `meta_values`. Names are matched
//! case-insensitively; protected characteristics by any of their usual names.

use rusqlite::Connection;

use crate::hub::HubError;
use crate::ingest::carried::meta_name;

/// The built-in dimensions and the `comments` expression each one reads.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("site", "c.site"),
    ("month", "c.month"),
    ("week", "c.week"),
    ("date", "c.date"),
    ("year", "substr(c.date, 1, 4)"),
    ("question_type", "c.question_type"),
    ("sentiment", "c.sentiment"),
    ("rating", "CAST(c.rating AS TEXT)"),
    ("cluster", "CAST(c.cluster_id AS TEXT)"),
];

/// One dimension, resolved against a hub.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dimension {
    /// A column of `comments`: canonical name and SQL expression.
    BuiltIn(&'static str, &'static str),
    /// A carried column (`meta_values.name`).
    Carried(String),
}

impl Dimension {
    /// The dimension's canonical name.
    pub fn name(&self) -> &str {
        match self {
            Dimension::BuiltIn(name, _) => name,
            Dimension::Carried(name) => name,
        }
    }

    /// Resolves a user-given name against the hub's columns and carried names.
    pub fn resolve(conn: &Connection, given: &str) -> Result<Dimension, HubError> {
        let wanted = meta_name(given);
        if let Some((name, expr)) = BUILT_IN.iter().find(|(n, _)| *n == wanted) {
            return Ok(Dimension::BuiltIn(name, expr));
        }
        let known: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM meta_values WHERE name = ?1)",
            [&wanted],
            |r| r.get(0),
        )?;
        if known {
            return Ok(Dimension::Carried(wanted));
        }
        let mut names: Vec<String> = BUILT_IN.iter().map(|(n, _)| n.to_string()).collect();
        names.extend(carried_names(conn)?);
        Err(HubError::BadQuery(format!(
            "unknown dimension '{given}'; this hub has: {}",
            names.join(", ")
        )))
    }
}

/// The carried column names in the hub, sorted.
pub fn carried_names(conn: &Connection) -> Result<Vec<String>, HubError> {
    let mut stmt = conn.prepare("SELECT DISTINCT name FROM meta_values ORDER BY name")?;
    let names = stmt.query_map([], |r| r.get(0))?;
    Ok(names.collect::<Result<_, _>>()?)
}
