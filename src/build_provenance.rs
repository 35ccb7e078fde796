//! Which sources built this binary, and the git commit they are when that can be told:
//! what `train-pii` writes into a manifest so that its weights can be replayed.
//!
//! The build embeds a digest of its inputs ([`crate::source_digest`]); at run time the
//! digest is recomputed over the checkout the binary was built in. Only when the two
//! agree is that checkout's `HEAD` the binary's commit, and only when git lists no
//! change to a build input is the commit alone enough to rebuild it ("dirty" otherwise).
//! Without git (a source tarball), or when the checkout moved on since the build, the
//! commit is "unknown" and the digest is all there is.

use std::path::Path;
use std::process::Command;

use crate::source_digest::{digest, INPUTS};

/// The digest of the sources this binary was compiled from (see `build.rs`).
pub const SOURCE_SHA256: &str = env!("FEEDBACK_THEMES_SOURCE_SHA256");

/// The folder the binary was built in.
const BUILT_IN: &str = env!("CARGO_MANIFEST_DIR");

/// A binary's sources, for a manifest.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BuiltFrom {
    /// The git commit (full hash) of the sources, or "unknown".
    pub commit: String,
    /// Whether the build inputs differed from the commit (None when the commit is unknown).
    pub dirty: Option<bool>,
    /// The digest of the compiled sources ([`SOURCE_SHA256`]).
    pub source_sha256: String,
    /// How the commit was told, or why it could not be.
    pub note: String,
}

/// The sources of this binary.
pub fn built_from() -> BuiltFrom {
    built_from_at(Path::new(BUILT_IN), SOURCE_SHA256)
}

/// The trimmed standard output of `git -C root ARGS`, when git runs and succeeds.
fn git(root: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// The sources of a binary built in `root` whose embedded digest is `embedded`.
pub fn built_from_at(root: &Path, embedded: &str) -> BuiltFrom {
    let unknown = |note: &str| BuiltFrom {
        commit: "unknown".to_string(),
        dirty: None,
        source_sha256: embedded.to_string(),
        note: note.to_string(),
    };
    match digest(root) {
        Ok(now) if now == embedded => {}
        Ok(_) => {
            return unknown(
                "the checkout the binary was built in has changed since (rebuild to name a commit)",
            )
        }
        Err(_) => return unknown("the checkout the binary was built in cannot be read"),
    }
    let top = git(root, &["rev-parse", "--show-toplevel"]);
    let same_root = match (top, root.canonicalize()) {
        (Some(top), Ok(root)) => Path::new(&top).canonicalize().ok() == Some(root),
        _ => false,
    };
    let head = git(root, &["rev-parse", "HEAD"]);
    let (Some(head), true) = (head, same_root) else {
        return unknown("built outside a git checkout of this crate");
    };
    let mut status_args = vec!["status", "--porcelain", "--"];
    status_args.extend(INPUTS);
    let Some(status) = git(root, &status_args) else {
        return unknown("git status failed");
    };
    let dirty = !status.is_empty();
    BuiltFrom {
        commit: head,
        dirty: Some(dirty),
        source_sha256: embedded.to_string(),
        note: if dirty {
            "the build inputs had changes not in the commit: the commit alone does not rebuild this binary"
        } else {
            "the build inputs are the commit's (digest checked at run time)"
        }
        .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, name: &str, text: &str) {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    fn git_ok(root: &Path, args: &[&str]) {
        let status = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
            .args(args)
            .status()
            .expect("git runs");
        assert!(status.success());
    }

    #[test]
    fn without_git_or_with_other_sources_the_commit_is_unknown() {
        let dir = tempfile::tempdir().expect("temp dir");
        write(dir.path(), "src/lib.rs", "x");
        let same = digest(dir.path()).expect("digest");
        let no_git = built_from_at(dir.path(), &same);
        assert_eq!((no_git.commit.as_str(), no_git.dirty), ("unknown", None));
        assert_eq!(no_git.source_sha256, same);
        let moved_on = built_from_at(dir.path(), "0".repeat(64).as_str());
        assert_eq!(moved_on.commit, "unknown");
        assert!(moved_on.note.contains("changed since"));
    }

    #[test]
    fn a_clean_checkout_names_its_commit_and_a_changed_input_is_dirty() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        write(root, "src/lib.rs", "x");
        git_ok(root, &["init", "-q"]);
        git_ok(root, &["add", "."]);
        git_ok(root, &["commit", "-q", "-m", "one"]);
        let head = git(root, &["rev-parse", "HEAD"]).expect("a commit");
        let clean = built_from_at(root, &digest(root).expect("digest"));
        assert_eq!(
            (clean.commit.as_str(), clean.dirty),
            (head.as_str(), Some(false))
        );
        write(root, "notes.txt", "not a build input");
        let still = built_from_at(root, &digest(root).expect("digest"));
        assert_eq!(still.dirty, Some(false));
        write(root, "src/new.rs", "y");
        let dirty = built_from_at(root, &digest(root).expect("digest"));
        assert_eq!(
            (dirty.commit.as_str(), dirty.dirty),
            (head.as_str(), Some(true))
        );
    }

    #[test]
    fn this_build_names_its_own_checkout_when_git_knows_it() {
        let built = built_from();
        assert_eq!(built.source_sha256, SOURCE_SHA256);
        let head = git(Path::new(BUILT_IN), &["rev-parse", "HEAD"]);
        match head {
            Some(head) if built.dirty.is_some() => assert_eq!(built.commit, head),
            _ => assert_eq!(built.commit, "unknown"),
        }
    }
}
