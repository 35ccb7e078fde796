//! [`ModelError`]: why a model folder could not be read or written, naming the file.

use std::path::PathBuf;

/// A model folder problem. Every variant names the file so the user knows what to fix.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// A file could not be read or written.
    #[error("model file {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A JSON file did not parse into what it should hold.
    #[error("model file {path} is not valid")]
    Json {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: serde_json::Error,
    },
    /// A file parsed but its content is inconsistent (wrong sizes, unknown version…).
    #[error("model file {path} is not usable: {message}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}
