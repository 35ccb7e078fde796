//! A run's output folder as the hub reads it: `tagged.jsonl` (required), and the
//! `manifest.json` and `clusters.json` beside it when there.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::error::HubError;
use crate::cluster::{SavedClusters, SavedClustersError};
use crate::error_text::without_values;
use crate::ingest::hashing_reader::sha256_hex;

/// What a run's `manifest.json` says about the run (every field optional: a folder
/// without a manifest still loads).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunInfo {
    /// `run`, `retheme`, or `tagged` when there is no manifest.
    pub kind: String,
    /// The tool version that wrote the outputs.
    pub tool_version: Option<String>,
    /// The model's name.
    pub model_name: Option<String>,
    /// The model's version.
    pub model_version: Option<String>,
    /// The theme framework.
    pub framework: Option<String>,
    /// The inputs' sha256, comma-separated in the manifest's order.
    pub input_sha256: Option<String>,
    /// Input rows read.
    pub rows_read: Option<i64>,
    /// Input rows quarantined.
    pub rows_quarantined: Option<i64>,
}

/// A run folder's files, found and (apart from `tagged.jsonl`, which is streamed) read.
#[derive(Debug, Clone)]
pub struct RunFolder {
    /// The folder, as given.
    pub folder: PathBuf,
    /// Its `tagged.jsonl`.
    pub tagged: PathBuf,
    /// What its manifest says.
    pub info: RunInfo,
    /// Its clusters with the sha256 of `clusters.json`, when there.
    pub clusters: Option<(SavedClusters, String)>,
}

impl RunFolder {
    /// Finds the files of the run in `given` (a folder, or a `tagged.jsonl` in one).
    pub fn open(given: &Path) -> Result<RunFolder, HubError> {
        let (folder, tagged) = if given.is_dir() {
            (given.to_path_buf(), given.join("tagged.jsonl"))
        } else {
            let parent = given.parent().unwrap_or(Path::new("."));
            (parent.to_path_buf(), given.to_path_buf())
        };
        if !tagged.is_file() {
            return Err(HubError::NotARunFolder {
                path: given.display().to_string(),
            });
        }
        let manifest = folder.join("manifest.json");
        let info = if manifest.is_file() {
            read_manifest(&manifest)?
        } else {
            RunInfo {
                kind: "tagged".to_string(),
                ..RunInfo::default()
            }
        };
        let clusters_path = folder.join("clusters.json");
        let clusters = if clusters_path.is_file() {
            let bytes =
                std::fs::read(&clusters_path).map_err(|source| SavedClustersError::Read {
                    path: clusters_path.display().to_string(),
                    source,
                })?;
            let sha = sha256_hex(&bytes);
            Some((SavedClusters::read(&clusters_path)?, sha))
        } else {
            None
        };
        Ok(RunFolder {
            folder,
            tagged,
            info,
            clusters,
        })
    }
}

/// Reads the fields the hub records from a `run` or `retheme` manifest.
fn read_manifest(path: &Path) -> Result<RunInfo, HubError> {
    let err = |message: String| HubError::Manifest {
        path: path.display().to_string(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
    let doc: Value =
        serde_json::from_str(&text).map_err(|e| err(without_values(&e.to_string())))?;
    if doc.get("tool").and_then(Value::as_str) != Some("feedback-themes") {
        return Err(err("no \"tool\": \"feedback-themes\"".to_string()));
    }
    let text_at = |pointer: &str| {
        doc.pointer(pointer)
            .and_then(Value::as_str)
            .map(String::from)
    };
    let int_at = |pointer: &str| doc.pointer(pointer).and_then(Value::as_i64);
    let inputs: Vec<&str> = doc
        .get("inputs")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|i| i.get("sha256")?.as_str()).collect())
        .unwrap_or_default();
    Ok(RunInfo {
        kind: text_at("/command").unwrap_or_else(|| "run".to_string()),
        tool_version: text_at("/tool_version"),
        model_name: text_at("/model/name"),
        model_version: text_at("/model/version"),
        framework: text_at("/framework"),
        input_sha256: (!inputs.is_empty()).then(|| inputs.join(",")),
        rows_read: int_at("/rows/read"),
        rows_quarantined: int_at("/rows/quarantined"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_and_retheme_manifests_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.json");
        std::fs::write(&path, r#"{"tool":"feedback-themes","tool_version":"0.1.0","framework":"QDC v7","inputs":[{"path":"a.csv","sha256":"aa","rows_read":3},{"path":"b.csv","sha256":"bb","rows_read":1}],"rows":{"read":4,"tagged":3,"quarantined":1},"model":{"name":"m","version":"2"}}"#).unwrap();
        let info = read_manifest(&path).unwrap();
        assert_eq!(info.kind, "run");
        assert_eq!(info.input_sha256.as_deref(), Some("aa,bb"));
        assert_eq!(info.rows_quarantined, Some(1));
        assert_eq!(info.model_version.as_deref(), Some("2"));
        std::fs::write(&path, r#"{"tool":"feedback-themes","tool_version":"0.1.0","command":"retheme","inputs":[{"role":"tagged","path":"x","sha256":"cc"}]}"#).unwrap();
        let info = read_manifest(&path).unwrap();
        assert_eq!(info.kind, "retheme");
        assert_eq!(info.input_sha256.as_deref(), Some("cc"));
        assert_eq!(info.rows_read, None);
        std::fs::write(&path, r#"{"tool":"other"}"#).unwrap();
        assert!(read_manifest(&path).is_err());
    }

    #[test]
    fn a_folder_without_tagged_jsonl_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = RunFolder::open(dir.path()).unwrap_err();
        assert!(matches!(err, HubError::NotARunFolder { .. }));
    }
}
