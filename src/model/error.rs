//! [`ModelError`]: why a model folder could not be read or written, naming the file.

use std::path::PathBuf;

/// What to do about a damaged model folder, appended to every message about one.
pub const REPAIR: &str =
    "retrain it with `feedback-themes train` or restore the folder from its source (git checkout / re-download)";

/// A model folder problem. Every variant names the file so the user knows what to fix.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The model folder does not exist or is not a folder.
    #[error("model folder {path} not found; give --model a folder written by `feedback-themes train` (default: models/default)")]
    NoFolder {
        /// The folder.
        path: PathBuf,
    },
    /// A file could not be read or written.
    #[error("model file {path}: cannot read or write it; check it exists and its permissions, or {REPAIR}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A JSON file did not parse into what it should hold.
    #[error("model file {path} is not valid; {REPAIR}")]
    Json {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: serde_json::Error,
    },
    /// A file parsed but its content is inconsistent (wrong sizes, unknown version…).
    #[error("model file {path} is not usable: {message}; {REPAIR}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}
