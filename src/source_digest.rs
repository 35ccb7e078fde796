//! A SHA-256 over the files a build of this crate reads (its sources, manifest, lock
//! file, build script, the lexicons compiled in or read by `train-pii`, and the shipped
//! PII tagger files compiled in).
//!
//! `build.rs` includes this file to embed the digest of what it compiled; at run time
//! [`crate::build_provenance`] recomputes it over the checkout the binary was built from,
//! so a manifest can name the git commit only when the binary's sources are that
//! checkout's. A digest, not the commit, is embedded because a build script that
//! watched `.git` would rerun on every commit, and its rerun recompiles the whole crate
//! and every test, while one that watches the sources reruns only when they change
//! (and the crate recompiles then anyway).

use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The build inputs, relative to the crate root: files, or folders read whole.
pub const INPUTS: [&str; 6] = [
    "Cargo.toml",
    "Cargo.lock",
    "build.rs",
    "src",
    "lexicons",
    "models/pii",
];

/// Every file under `path` (or `path` itself), relative to `root`, sorted.
fn files_under(root: &Path, path: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let full = root.join(path);
    if full.is_dir() {
        for entry in std::fs::read_dir(&full)? {
            files_under(root, &path.join(entry?.file_name()), out)?;
        }
    } else if full.is_file() {
        out.push(path.to_path_buf());
    }
    Ok(())
}

/// The hex SHA-256 of every input file's relative path (with `/` separators) and bytes,
/// in path order, each length-prefixed so no two different trees hash the same way.
/// A missing input adds nothing (a tarball may lack `Cargo.lock`); an unreadable one is
/// an error.
pub fn digest(root: &Path) -> io::Result<String> {
    let mut files = Vec::new();
    for input in INPUTS {
        files_under(root, Path::new(input), &mut files)?;
    }
    let mut named: Vec<(String, PathBuf)> = files
        .into_iter()
        .map(|p| {
            let name = p
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            (name, p)
        })
        .collect();
    named.sort();
    let mut hasher = Sha256::new();
    for (name, path) in named {
        let bytes = std::fs::read(root.join(path))?;
        hasher.update((name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
            std::fs::write(path, text).expect("write");
        }
        dir
    }

    #[test]
    fn the_same_sources_give_the_same_digest_and_other_files_are_ignored() {
        let a = tree(&[("src/lib.rs", "x"), ("Cargo.toml", "[package]")]);
        let b = tree(&[
            ("src/lib.rs", "x"),
            ("Cargo.toml", "[package]"),
            ("README.md", "not an input"),
        ]);
        let da = digest(a.path()).expect("digest");
        assert_eq!(da.len(), 64);
        assert_eq!(da, digest(b.path()).expect("digest"));
    }

    #[test]
    fn a_changed_byte_a_renamed_file_or_an_added_file_changes_the_digest() {
        let base = digest(tree(&[("src/lib.rs", "x")]).path()).expect("digest");
        for other in [
            tree(&[("src/lib.rs", "y")]),
            tree(&[("src/main.rs", "x")]),
            tree(&[("src/lib.rs", "x"), ("lexicons/a.txt", "")]),
        ] {
            assert_ne!(base, digest(other.path()).expect("digest"));
        }
    }
}
