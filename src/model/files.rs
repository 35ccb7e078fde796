//! Atomic file writes and typed reads for model folders.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::ModelError;

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ModelError + '_ {
    move |source| ModelError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Writes `bytes` to `path` via a temporary file in the same folder and a rename
/// ([`crate::atomic_file`]), creating the folder first, so a crash never leaves a
/// half-written file under the final name.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ModelError> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    crate::atomic_file::write_atomic(path, bytes).map_err(|e| ModelError::Io {
        path: path.to_owned(),
        source: e.source,
    })
}

/// A value as pretty JSON with a final newline; `path` names the file in errors.
pub fn json_bytes<T: Serialize>(path: &Path, value: &T) -> Result<Vec<u8>, ModelError> {
    let mut bytes = serde_json::to_vec_pretty(value).map_err(|source| ModelError::Json {
        path: path.to_owned(),
        source,
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Writes a value as pretty JSON (with a final newline), atomically.
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), ModelError> {
    write_atomic(path, &json_bytes(path, value)?)
}

/// Reads a whole file.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ModelError> {
    std::fs::read(path).map_err(io(path))
}

/// Reads a UTF-8 text file.
pub fn read_text(path: &Path) -> Result<String, ModelError> {
    std::fs::read_to_string(path).map_err(io(path))
}

/// Reads a JSON file into `T`.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T, ModelError> {
    let bytes = read_bytes(path)?;
    serde_json::from_slice(&bytes).map_err(|source| ModelError::Json {
        path: path.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip_and_errors_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("x.json");
        write_json(&path, &vec![1, 2, 3]).unwrap();
        let back: Vec<i32> = read_json(&path).unwrap();
        assert_eq!(back, vec![1, 2, 3]);
        let err = read_json::<Vec<i32>>(&dir.path().join("missing.json")).unwrap_err();
        assert!(err.to_string().contains("missing.json"), "{err}");
        write_atomic(&path, b"not json").unwrap();
        let err = read_json::<Vec<i32>>(&path).unwrap_err();
        assert!(err.to_string().contains("x.json"), "{err}");
    }
}
