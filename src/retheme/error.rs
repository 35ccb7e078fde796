//! [`RethemeError`]: why `retheme` or `clusters` could not finish, and whose fault it was.

use crate::atomic_file::WriteError;
use crate::cluster::SavedClustersError;
use crate::export::ReadTaggedError;

use super::edits::EditsError;

/// Why re-theming (or listing clusters) failed.
#[derive(Debug, thiserror::Error)]
pub enum RethemeError {
    /// The edits file is missing or wrong.
    #[error(transparent)]
    Edits(#[from] EditsError),
    /// The tagged data could not be read.
    #[error(transparent)]
    Tagged(#[from] ReadTaggedError),
    /// The `clusters.json` beside the tagged data could not be read.
    #[error(transparent)]
    Clusters(#[from] SavedClustersError),
    /// The output folder is the folder being read.
    #[error("--out {out} is the folder the tagged data is read from: write to another folder, so the run's own outputs stay as they are")]
    SameFolder {
        /// The output folder.
        out: String,
    },
    /// The output folder could not be made.
    #[error("cannot create output folder {path}")]
    OutDir {
        /// The folder.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// An output could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl RethemeError {
    /// True when the user's input or arguments are at fault (exit code 2).
    pub fn is_bad_input(&self) -> bool {
        match self {
            RethemeError::Edits(_)
            | RethemeError::Tagged(_)
            | RethemeError::Clusters(_)
            | RethemeError::SameFolder { .. } => true,
            RethemeError::OutDir { .. } | RethemeError::Write(_) => false,
        }
    }
}
