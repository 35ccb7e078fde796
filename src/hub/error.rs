//! [`HubError`]: why the hub could not be opened, loaded or queried. No message ever
//! holds comment text: SQLite's messages name tables and constraints, not values.

use crate::cluster::SavedClustersError;
use crate::export::ReadTaggedError;

/// A hub operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    /// The database file could not be opened (or is not a SQLite database).
    #[error(
        "cannot open hub {path} (give a SQLite file written by feedback-themes, or a new path)"
    )]
    Open {
        /// The hub path.
        path: String,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// The hub was written by a newer version of this tool.
    #[error("hub {path} has schema version {found}; this feedback-themes reads up to {supported}: use a newer feedback-themes")]
    TooNew {
        /// The hub path.
        path: String,
        /// Its `user_version`.
        found: u32,
        /// The newest version this tool knows.
        supported: u32,
    },
    /// The hub is older than this tool and was opened read-only, so it cannot be upgraded.
    #[error("hub {path} has schema version {found}, older than {supported}: load a run into it once (`feedback-themes load`) to upgrade it")]
    TooOld {
        /// The hub path.
        path: String,
        /// Its `user_version`.
        found: u32,
        /// The version this tool reads.
        supported: u32,
    },
    /// A query or write failed inside SQLite.
    #[error("hub database error")]
    Sqlite(#[from] rusqlite::Error),
    /// The folder holds no `tagged.jsonl`.
    #[error("{path}: no tagged.jsonl here (give a folder written by `feedback-themes run` or `retheme`)")]
    NotARunFolder {
        /// The folder given.
        path: String,
    },
    /// `tagged.jsonl` could not be read.
    #[error(transparent)]
    Tagged(#[from] ReadTaggedError),
    /// `clusters.json` could not be read.
    #[error(transparent)]
    Clusters(#[from] SavedClustersError),
    /// `manifest.json` could not be read.
    #[error("{path}: not a manifest.json written by feedback-themes: {message}")]
    Manifest {
        /// The file.
        path: String,
        /// What was wrong (no values).
        message: String,
    },
    /// A query named something the hub does not have, or asked for something impossible.
    #[error("{0}")]
    BadQuery(String),
}

impl HubError {
    /// True when the user's input or arguments are at fault (exit code 2).
    pub fn is_bad_input(&self) -> bool {
        !matches!(self, HubError::Sqlite(_))
    }
}
