//! The insights hub: a SQLite database that accumulates every night's tagged comments,
//! so questions can be asked across nights, sites and groups of people.
//!
//! ```text
//! run / retheme output folder ─▶ load (one transaction) ─▶ hub.sqlite ─▶ insight::{breakdown, alerts}
//!  tagged.jsonl, manifest.json,                             runs, comments, comment_themes,
//!  clusters.json                                            comment_meta, clusters
//! ```
//!
//! - [`schema`]: the tables, as numbered migrations (`PRAGMA user_version`).
//! - [`open`](mod@open): opening for writing (created, upgraded), read-only, or in memory.
//! - [`load`]: loading a run folder, idempotently, in one transaction.
//! - [`run_folder`]: the files of a run folder as the hub reads them.
//! - [`synthetic`]: generated nights with a planted rise and small group (tests, benches).
//!
//! Only what a run wrote reaches the hub: redacted text, never raw text.

pub mod error;
pub mod load;
pub mod open;
pub mod run_folder;
pub mod schema;
pub mod synthetic;

use std::path::Path;

use rusqlite::Connection;

pub use error::HubError;
pub use load::{load_run_folder, LoadReport};
pub use open::{open, open_in_memory, open_read_only};
pub use schema::SCHEMA_VERSION;

/// A new in-memory hub holding one run folder: lets tools that read a hub (breakdowns,
/// alerts, reports) work on a single run's outputs too.
pub fn hub_of_run_folder(folder: &Path) -> Result<Connection, HubError> {
    let mut conn = open_in_memory()?;
    load_run_folder(&mut conn, folder)?;
    Ok(conn)
}

/// Opens (or creates) the hub file at `hub` and loads the run folder `folder` into it:
/// what `run --hub` and `retheme --hub` do once their outputs are written.
pub fn load_into(hub: &Path, folder: &Path) -> Result<LoadReport, HubError> {
    let mut conn = open(hub)?;
    load_run_folder(&mut conn, folder)
}
