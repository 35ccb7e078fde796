//! [`OutputSet`]: a run's output files written into a staging folder beside `--out`
//! and swapped into place at the end, so the folder always holds one whole set.
//!
//! Files are written under `.NAME.feedback-themes-PID-N/` next to the output folder
//! `NAME`. At the end the two folders are exchanged in one atomic step
//! (`renameat2(RENAME_EXCHANGE)` on Linux; a plain rename when `NAME` does not exist yet)
//! and the old set, now in the staging folder, is removed. A process killed at any
//! moment leaves `NAME` with the previous set or the new one, never a mix; a signal
//! removes the staging folder ([`crate::interrupt`]); after `kill -9` a hidden staging
//! folder may remain beside it, which the next run into `NAME` removes.

use std::path::{Path, PathBuf};

use crate::interrupt;

/// The files a run writes; an existing output folder may hold only these (and hidden
/// temporaries of this tool), so a swap never throws away anything else.
pub const RUN_OUTPUTS: [&str; 6] = [
    "tagged.jsonl",
    "tagged.csv",
    "quarantine.csv",
    "summary.json",
    "clusters.json",
    "manifest.json",
];

/// The HTML report `run` writes into the set unless `--no-report` (so not in
/// [`RUN_OUTPUTS`], which every run writes); an output folder may hold it too.
pub const REPORT_FILE: &str = "report.html";

/// Marks staging folders and temporary files of this tool.
const STAGING_MARK: &str = ".feedback-themes-";

/// Why the output folder could not be prepared or swapped.
#[derive(Debug, thiserror::Error)]
pub enum OutputSetError {
    /// `--out` names a file, or a path with no folder name (such as `/` or `..`).
    #[error("--out {path} is not a folder name a run can write; give a new or empty folder, or a previous run's output folder")]
    NotAFolder {
        /// The path given.
        path: String,
    },
    /// The folder holds files a run did not write; replacing it would lose them.
    #[error("--out {path} holds '{name}', which a run does not write; give a new or empty folder, or a previous run's output folder")]
    Foreign {
        /// The folder.
        path: String,
        /// The first unknown entry (a file name of the user's, never comment text).
        name: String,
    },
    /// A file-system operation failed.
    #[error("cannot {action} {path} (check the folder is writable and the disk not full)")]
    Io {
        /// What was being done.
        action: &'static str,
        /// The path concerned.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

impl OutputSetError {
    /// True when the user's `--out` is at fault (exit code 2).
    pub fn is_bad_input(&self) -> bool {
        !matches!(self, OutputSetError::Io { .. })
    }
}

/// An output set being written; dropped without [`OutputSet::commit`], it leaves no
/// trace and the output folder untouched.
#[derive(Debug)]
pub struct OutputSet {
    target: PathBuf,
    staging: PathBuf,
    committed: bool,
}

fn io_error(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> OutputSetError {
    let path = path.display().to_string();
    move |source| OutputSetError::Io {
        action,
        path,
        source,
    }
}

/// Checks that `target` is missing, or a folder holding only a run's outputs.
fn check_target(target: &Path) -> Result<(), OutputSetError> {
    let shown = || target.display().to_string();
    let Ok(meta) = std::fs::metadata(target) else {
        return Ok(());
    };
    if !meta.is_dir() {
        return Err(OutputSetError::NotAFolder { path: shown() });
    }
    let entries = std::fs::read_dir(target).map_err(io_error("read", target))?;
    for entry in entries {
        let entry = entry.map_err(io_error("read", target))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = RUN_OUTPUTS.contains(&name.as_str())
            || name == REPORT_FILE
            || name.starts_with(STAGING_MARK);
        if !ours {
            return Err(OutputSetError::Foreign {
                path: shown(),
                name,
            });
        }
    }
    Ok(())
}

/// Removes staging folders of `name` left beside it by runs that were killed outright
/// (their process is gone).
fn sweep_stale(parent: &Path, name: &str) {
    let prefix = format!(".{name}{STAGING_MARK}");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let pid = rest.split('-').next().unwrap_or("");
        let alive = Path::new("/proc").join(pid).exists();
        if !alive && pid != std::process::id().to_string() {
            // Best effort: what cannot be removed now is tried again next run.
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

impl OutputSet {
    /// Prepares a staging folder beside `target` (checked first: see [`RUN_OUTPUTS`]).
    pub fn begin(target: &Path) -> Result<Self, OutputSetError> {
        check_target(target)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| n != "." && n != "..")
            .ok_or_else(|| OutputSetError::NotAFolder {
                path: target.display().to_string(),
            })?;
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        std::fs::create_dir_all(&parent).map_err(io_error("create", &parent))?;
        if cfg!(target_os = "linux") {
            sweep_stale(&parent, &name);
        }
        let pid = std::process::id();
        let mut attempt = 0u32;
        // Created and registered under the signal lock: a signal in between would
        // otherwise leave an unregistered folder behind.
        let mut registry = interrupt::hold();
        let staging = loop {
            let candidate = parent.join(format!(".{name}{STAGING_MARK}{pid}-{attempt}"));
            match std::fs::create_dir(&candidate) {
                Ok(()) => break candidate,
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 1000 => {
                    attempt += 1
                }
                Err(e) => return Err(io_error("create", &candidate)(e)),
            }
        };
        registry.push(staging.clone());
        drop(registry);
        Ok(OutputSet {
            target: target.to_path_buf(),
            staging,
            committed: false,
        })
    }

    /// The staging folder (where a run may also keep unnamed temporary files).
    pub fn staging_dir(&self) -> &Path {
        &self.staging
    }

    /// Where to write output `name` (inside the staging folder).
    pub fn file(&self, name: &str) -> PathBuf {
        self.staging.join(name)
    }

    /// Swaps the finished set into place and removes the previous one.
    pub fn commit(mut self) -> Result<(), OutputSetError> {
        let mut held = interrupt::hold();
        sync_dir(&self.staging);
        if self.target.exists() {
            exchange(&self.staging, &self.target)?;
            // The staging path now holds the previous set.
            let _ = std::fs::remove_dir_all(&self.staging);
        } else {
            std::fs::rename(&self.staging, &self.target)
                .map_err(io_error("move into place", &self.target))?;
        }
        if let Some(parent) = self.target.parent() {
            sync_dir(parent);
        }
        self.committed = true;
        interrupt::committed(&mut held, &self.staging);
        Ok(())
    }
}

impl Drop for OutputSet {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
            interrupt::unregister(&self.staging);
        }
    }
}

/// Flushes a folder's entries to disk (best effort: not every file system allows it).
fn sync_dir(dir: &Path) {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    if let Ok(handle) = std::fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

/// Exchanges two folders in one atomic step.
#[cfg(target_os = "linux")]
fn exchange(staging: &Path, target: &Path) -> Result<(), OutputSetError> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, staging, CWD, target, RenameFlags::EXCHANGE)
        .map_err(|e| io_error("swap in", target)(e.into()))
}

/// Where folders cannot be exchanged atomically: move the old set aside, the new one
/// in, then drop the old one (a reader may briefly find no folder, never a mix).
#[cfg(not(target_os = "linux"))]
fn exchange(staging: &Path, target: &Path) -> Result<(), OutputSetError> {
    let aside = staging.with_extension("old");
    std::fs::rename(target, &aside).map_err(io_error("move aside", target))?;
    std::fs::rename(staging, target).map_err(io_error("move into place", target))?;
    std::fs::rename(&aside, staging).map_err(io_error("move aside", staging))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(set: &OutputSet, name: &str, text: &str) {
        std::fs::write(set.file(name), text).unwrap();
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn new_set_replaces_the_old_whole_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let first = OutputSet::begin(&out).unwrap();
        write(&first, "tagged.csv", "one");
        write(&first, "summary.json", "one");
        assert!(!out.exists(), "nothing visible before commit");
        first.commit().unwrap();
        assert_eq!(entries(&out), ["summary.json", "tagged.csv"]);

        let second = OutputSet::begin(&out).unwrap();
        write(&second, "tagged.csv", "two");
        assert_eq!(
            std::fs::read_to_string(out.join("tagged.csv")).unwrap(),
            "one"
        );
        second.commit().unwrap();
        assert_eq!(entries(&out), ["tagged.csv"], "old files do not linger");
        assert_eq!(
            std::fs::read_to_string(out.join("tagged.csv")).unwrap(),
            "two"
        );
        assert_eq!(entries(dir.path()), ["out"], "no staging folder left");
    }

    #[test]
    fn an_abandoned_set_leaves_the_folder_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("manifest.json"), "old").unwrap();
        {
            let set = OutputSet::begin(&out).unwrap();
            write(&set, "manifest.json", "new");
        }
        assert_eq!(entries(dir.path()), ["out"]);
        assert_eq!(
            std::fs::read_to_string(out.join("manifest.json")).unwrap(),
            "old"
        );
    }

    #[test]
    fn folders_with_other_files_or_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let err = OutputSet::begin(dir.path()).unwrap_err();
        assert!(err.is_bad_input());
        assert!(err.to_string().contains("notes.txt"), "{err}");
        let file = dir.path().join("notes.txt");
        assert!(matches!(
            OutputSet::begin(&file),
            Err(OutputSetError::NotAFolder { .. })
        ));
    }

    #[test]
    fn stale_staging_of_a_dead_process_is_swept() {
        let dir = tempfile::tempdir().unwrap();
        // pid 0 is never a user process, so /proc/0 does not exist.
        let stale = dir.path().join(".out.feedback-themes-0-0");
        std::fs::create_dir(&stale).unwrap();
        let set = OutputSet::begin(&dir.path().join("out")).unwrap();
        assert!(!stale.exists());
        drop(set);
    }
}
