//! SIGINT / SIGTERM during `run`: remove this run's unfinished output folder and stop
//! with exit code 130 / 143 and one line, leaving the real output folder as it was.
//!
//! A run writes into a staging folder ([`crate::export::OutputSet`]) and swaps it into
//! place at the end. The staging folders in use are registered here; a signal removes
//! them and exits. The swap itself holds the same lock, so a signal during the swap
//! waits for it: the output folder then holds the new set whole, never a mix.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

/// Staging folders to remove if a signal arrives.
static STAGING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Whether an output set has been swapped into place: a signal after that stops the
/// steps that follow (loading the hub), but the outputs are this run's, whole.
static COMMITTED: AtomicBool = AtomicBool::new(false);

/// The registry, even if a thread panicked while holding it (it is only a list).
fn staging() -> MutexGuard<'static, Vec<PathBuf>> {
    STAGING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Starts listening for SIGINT and SIGTERM on a background thread. Call once, before
/// the run starts writing.
pub fn install() -> std::io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                stop(signal);
            }
        })?;
    Ok(())
}

/// Removes every registered staging folder, says so in one line and exits 128 + signal.
fn stop(signal: i32) -> ! {
    let folders = staging();
    for folder in folders.iter() {
        remove_staging(folder);
    }
    let name = if signal == signal_hook::consts::SIGINT {
        "SIGINT"
    } else {
        "SIGTERM"
    };
    if folders.is_empty() && COMMITTED.load(Ordering::SeqCst) {
        eprintln!(
            "feedback-themes: interrupted by {name} after this run's outputs were complete and in place; steps after them (such as loading the hub) may not have finished: run again to finish them"
        );
    } else {
        eprintln!(
            "feedback-themes: interrupted by {name}; stopped cleanly (the output folder holds a whole set: the previous one or this run's)"
        );
    }
    std::process::exit(128 + signal)
}

/// Removes a staging folder that the main thread may still be writing into.
///
/// The folder is first renamed, so the writer can add no new file to it (its paths
/// name the old place, which is gone): removing it in place could fail with "directory
/// not empty" when a file was created between listing the folder and removing it, and
/// leave the folder behind. The new name keeps the staging prefix and process id, so
/// what cannot be removed now is swept by the next run.
fn remove_staging(folder: &Path) {
    let mut doomed = folder.as_os_str().to_owned();
    doomed.push("-stopped");
    let doomed = PathBuf::from(doomed);
    let target = match std::fs::rename(folder, &doomed) {
        Ok(()) => doomed.as_path(),
        Err(_) => folder,
    };
    // Best effort: a folder that cannot be removed is left for the next run.
    let _ = std::fs::remove_dir_all(target);
}

/// Forgets a staging folder (committed or removed).
pub fn unregister(folder: &Path) {
    staging().retain(|f| f != folder);
}

/// Forgets a staging folder that has just been swapped into place, under the `held`
/// registry (so no signal can fall between the swap and this), and remembers that a
/// whole set is in place.
pub fn committed(held: &mut MutexGuard<'static, Vec<PathBuf>>, folder: &Path) {
    held.retain(|f| f != folder);
    COMMITTED.store(true, Ordering::SeqCst);
}

/// Holds off signal handling while the guard lives (around creating and registering a
/// staging folder, and around the final swap); the guard is the registry itself.
pub fn hold() -> MutexGuard<'static, Vec<PathBuf>> {
    staging()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_staging_folder_being_written_is_removed_whole() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join(".out.feedback-themes-1-0");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("tagged.csv"), "x").unwrap();
        remove_staging(&folder);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        remove_staging(&folder); // already gone: nothing to do, no panic
    }
}
