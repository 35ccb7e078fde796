//! Writing a file under a temporary name and renaming it into place: the one way every
//! output of this crate (tagged data, summaries, model folders, redacted files) is written.
//!
//! A crash mid-write leaves only a hidden temporary file, never a half-written file
//! under the real name that looks complete.
//!
//! Two targets are not replaced by a rename, as users of `sed -i` or `cp` would expect:
//! a symbolic link is followed, so the file it points at gets the new contents and the
//! link stays; and a target that exists but is no regular file (`/dev/null`, a named
//! pipe, `/dev/stdout`) is written straight through, since renaming over it would swap
//! a device for a plain file for every other program on the machine.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// A buffered writer to a temporary file in the target's folder.
pub struct AtomicFile {
    target: PathBuf,
    writer: BufWriter<Destination>,
}

/// Where an [`AtomicFile`]'s bytes go until it is committed.
pub enum Destination {
    /// A hidden temporary file beside the target, renamed over it on commit.
    Temporary(NamedTempFile),
    /// The target itself, when it is a device or pipe that must not be replaced.
    Direct(File),
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Destination::Temporary(file) => file.write(buf),
            Destination::Direct(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Destination::Temporary(file) => file.flush(),
            Destination::Direct(file) => file.flush(),
        }
    }
}

/// The path to write: a symbolic link's resolved target (so the link survives), or the
/// path itself.
fn resolved(target: &Path) -> PathBuf {
    let is_link = std::fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_symlink());
    if is_link {
        if let Ok(real) = std::fs::canonicalize(target) {
            return real;
        }
    }
    target.to_path_buf()
}

/// True when `target` exists and is neither a regular file nor a folder: a device, a
/// named pipe or a socket, which a rename must never replace.
fn is_special(target: &Path) -> bool {
    std::fs::metadata(target).is_ok_and(|m| !m.is_file() && !m.is_dir())
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
    /// A device or named pipe is opened and written directly instead.
    pub fn create(target: &Path) -> Result<Self, WriteError> {
        let named_error = |source| WriteError {
            path: target.display().to_string(),
            source,
        };
        let real = resolved(target);
        let destination = if is_special(target) {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(target)
                .map_err(named_error)?;
            Destination::Direct(file)
        } else {
            let dir = real
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let temp = tempfile::Builder::new()
                .prefix(".feedback-themes-")
                .suffix(".tmp")
                .tempfile_in(dir)
                .map_err(named_error)?;
            Destination::Temporary(temp)
        };
        Ok(AtomicFile {
            target: real,
            writer: BufWriter::with_capacity(1 << 16, destination),
        })
    }

    /// The buffered writer.
    pub fn writer(&mut self) -> &mut BufWriter<Destination> {
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
        match self.writer.into_inner().map_err(|e| err(e.into_error()))? {
            Destination::Temporary(temp) => {
                readable_by_all(temp.as_file()).map_err(err)?;
                temp.as_file().sync_all().map_err(err)?;
                temp.persist(&target).map_err(|e| err(e.error))?;
            }
            Destination::Direct(mut file) => file.flush().map_err(err)?,
        }
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

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_followed_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        let link_kind = std::fs::symlink_metadata(&link).unwrap().file_type();
        assert!(link_kind.is_symlink(), "the link is still a link");
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_written_through_not_replaced() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if !made.is_ok_and(|status| status.success()) {
            eprintln!("skipped: mkfifo is not available here");
            return;
        }
        let reader_path = pipe.clone();
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            File::open(reader_path)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        });
        write_atomic(&pipe, b"through the pipe").unwrap();
        // Checked before joining: a replaced pipe would leave the reader waiting.
        let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
        assert!(!kind.is_file(), "the pipe was not swapped for a plain file");
        assert_eq!(reader.join().unwrap(), "through the pipe");
    }

    #[test]
    fn missing_folder_is_a_named_error() {
        let err = write_atomic(Path::new("/nonexistent-dir-xyz/out.txt"), b"x").unwrap_err();
        assert!(err.to_string().contains("/nonexistent-dir-xyz/out.txt"));
    }
}
