//! Finding and reading a finished run: its `tagged.jsonl` and, when there, the
//! `clusters.json` beside it.

use std::path::{Path, PathBuf};

use crate::cluster::{SavedClusters, SavedClustersError};
use crate::export::{read_jsonl, TaggedRow};
use crate::ingest::hashing_reader::sha256_hex;

use super::error::RethemeError;

/// A run's outputs read back, with the hash of each file read.
#[derive(Debug, Clone)]
pub struct TaggedRun {
    /// The `tagged.jsonl` read.
    pub tagged_path: PathBuf,
    /// Its SHA-256.
    pub tagged_sha256: String,
    /// Its rows, in order.
    pub rows: Vec<TaggedRow>,
    /// The `clusters.json` beside it, when there is one.
    pub clusters: Option<ClustersFile>,
}

/// A `clusters.json` read back.
#[derive(Debug, Clone)]
pub struct ClustersFile {
    /// Where it was.
    pub path: PathBuf,
    /// Its SHA-256.
    pub sha256: String,
    /// Its clusters.
    pub saved: SavedClusters,
}

/// The `tagged.jsonl` meant by `given`: the file itself, or `tagged.jsonl` in a folder.
pub fn tagged_path(given: &Path) -> PathBuf {
    if given.is_dir() {
        given.join("tagged.jsonl")
    } else {
        given.to_path_buf()
    }
}

/// Reads `tagged.jsonl` (a file or a run's folder) and the `clusters.json` beside it.
pub fn read_run(given: &Path) -> Result<TaggedRun, RethemeError> {
    let tagged_path = tagged_path(given);
    let tagged = read_jsonl(&tagged_path)?;
    let clusters_path = tagged_path
        .parent()
        .unwrap_or(Path::new("."))
        .join("clusters.json");
    let clusters = if clusters_path.is_file() {
        Some(read_clusters(&clusters_path)?)
    } else {
        None
    };
    Ok(TaggedRun {
        tagged_path,
        tagged_sha256: tagged.sha256,
        rows: tagged.rows,
        clusters,
    })
}

/// Reads a `clusters.json` and hashes its bytes.
fn read_clusters(path: &Path) -> Result<ClustersFile, SavedClustersError> {
    let read_err = |source| SavedClustersError::Read {
        path: path.display().to_string(),
        source,
    };
    let bytes = std::fs::read(path).map_err(read_err)?;
    let sha256 = sha256_hex(&bytes);
    let text = String::from_utf8(bytes).map_err(|e| {
        read_err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            e.utf8_error(),
        ))
    })?;
    Ok(ClustersFile {
        path: path.to_path_buf(),
        sha256,
        saved: SavedClusters::parse(&text, path)?,
    })
}
