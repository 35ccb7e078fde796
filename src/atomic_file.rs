//! Writing a file under a temporary name and renaming it into place: the one way every
//! output of this crate (tagged data, summaries, model folders, redacted files) is written.
//!
//! A crash mid-write leaves only a hidden temporary file, never a half-written file
//! under the real name that looks complete.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// A buffered writer to a temporary file in the target's folder.
pub struct AtomicFile {
    target: PathBuf,
    writer: BufWriter<NamedTempFile>,
}

/// A failure writing an output file, naming it.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {path} (check the output folder exists and is writable)")]
pub struct WriteError {
    /// The file being written.
    pub path: String,
    /// The cause.
    #[source]
    pub source: io::Error,
}

impl AtomicFile {
    /// Starts writing `target` (created in the same folder, so the rename is atomic).
    pub fn create(target: &Path) -> Result<Self, WriteError> {
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let temp = tempfile::Builder::new()
            .prefix(".feedback-themes-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|source| WriteError {
                path: target.display().to_string(),
                source,
            })?;
        Ok(AtomicFile {
            target: target.to_path_buf(),
            writer: BufWriter::with_capacity(1 << 16, temp),
        })
    }

    /// The buffered writer.
    pub fn writer(&mut self) -> &mut BufWriter<NamedTempFile> {
        &mut self.writer
    }

    /// Wraps an I/O error with this file's name.
    pub fn error(&self, source: io::Error) -> WriteError {
        WriteError {
            path: self.target.display().to_string(),
            source,
        }
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(self) -> Result<(), WriteError> {
        let target = self.target;
        let err = |source| WriteError {
            path: target.display().to_string(),
            source,
        };
        let temp = self.writer.into_inner().map_err(|e| err(e.into_error()))?;
        readable_by_all(temp.as_file()).map_err(err)?;
        temp.as_file().sync_all().map_err(err)?;
        temp.persist(&target).map_err(|e| err(e.error))?;
        Ok(())
    }
}

/// Gives the file ordinary `rw-r--r--` permissions (temporary files start private).
#[cfg(unix)]
fn readable_by_all(file: &std::fs::File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

/// Nothing to do where permissions are not Unix modes.
#[cfg(not(unix))]
fn readable_by_all(_file: &std::fs::File) -> io::Result<()> {
    Ok(())
}

/// Writes `bytes` to `target` atomically.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut file = AtomicFile::create(target)?;
    file.writer().write_all(bytes).map_err(|e| WriteError {
        path: target.display().to_string(),
        source: e,
    })?;
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_appears_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.txt");
        let mut file = AtomicFile::create(&target).unwrap();
        file.writer().write_all(b"hello").unwrap();
        assert!(!target.exists(), "not visible before commit");
        file.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "hello");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
    }

    #[test]
    fn dropped_writer_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.txt");
        {
            let mut file = AtomicFile::create(&target).unwrap();
            file.writer().write_all(b"partial").unwrap();
        }
        assert!(!target.exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn missing_folder_is_a_named_error() {
        let err = write_atomic(Path::new("/nonexistent-dir-xyz/out.txt"), b"x").unwrap_err();
        assert!(err.to_string().contains("/nonexistent-dir-xyz/out.txt"));
    }
}
