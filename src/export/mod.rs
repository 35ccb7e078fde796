//! Stage 7: write tagged CSV / JSON Lines, summary, clusters and manifest, atomically;
//! and read a written `tagged.jsonl` back for the commands that work on a finished run.

pub mod manifest;
pub mod output_set;
pub mod quarantine;
pub mod read_tagged;
pub mod schema;
pub mod summary;
pub mod tagged;

pub use crate::atomic_file::{write_atomic, AtomicFile, WriteError};
pub use manifest::{Manifest, ManifestInput, ManifestModel, RowCounts, StageTiming};
pub use output_set::{OutputSet, OutputSetError};
pub use quarantine::write_quarantine;
pub use read_tagged::{read_jsonl, stream_jsonl_batches, ReadTaggedError, TaggedFile};
pub use schema::{Document, Versioned};
pub use summary::{summarise, Summary, SummaryBuilder};
pub use tagged::{
    encode_rows, write_csv, write_jsonl, ClusterRef, EncodedRows, RowMeta, TaggedFiles, TaggedRow,
};

use std::path::Path;

/// Writes an output document as pretty JSON (with a final newline) atomically, its
/// `schema_version` first.
pub fn write_json<T: Document>(path: &Path, value: &T) -> Result<(), WriteError> {
    let mut bytes =
        serde_json::to_vec_pretty(&Versioned::document(value)).map_err(|e| WriteError {
            path: path.display().to_string(),
            source: e.into(),
        })?;
    bytes.push(b'\n');
    write_atomic(path, &bytes)
}
