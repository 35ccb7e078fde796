//! `run --skip-unchanged`: a nightly job whose inputs are byte for byte the ones the last
//! run in the output folder read (same sha256s, same model, same seed) has nothing new to
//! say, so it is skipped instead of rewriting the same outputs.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use crate::ingest::hashing_reader::HashingReader;

/// What the last run in an output folder was made from, as its `manifest.json` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunFingerprint {
    /// The inputs' sha256 digests, sorted (the order of the inputs does not matter).
    pub input_sha256: Vec<String>,
    /// The model's name and version.
    pub model: (String, String),
    /// The clustering seed.
    pub seed: u64,
}

/// Why the inputs could not be compared.
#[derive(Debug, thiserror::Error)]
pub enum UnchangedError {
    /// An input could not be read to hash it.
    #[error("cannot read input {path} to compare it with the last run")]
    Read {
        /// The input.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
}

/// The fingerprint of the last run written in `out_dir`, or `None` when there is no
/// readable manifest there (no last run, or one from a tool that wrote another shape:
/// then the run goes ahead).
pub fn last_run(out_dir: &Path) -> Option<RunFingerprint> {
    let file = File::open(out_dir.join("manifest.json")).ok()?;
    let manifest: serde_json::Value = serde_json::from_reader(BufReader::new(file)).ok()?;
    let mut input_sha256 = manifest
        .get("inputs")?
        .as_array()?
        .iter()
        .map(|input| input.get("sha256")?.as_str().map(str::to_string))
        .collect::<Option<Vec<_>>>()?;
    input_sha256.sort();
    let model = manifest.get("model")?;
    let text = |v: &serde_json::Value, key: &str| v.get(key)?.as_str().map(str::to_string);
    Some(RunFingerprint {
        input_sha256,
        model: (text(model, "name")?, text(model, "version")?),
        seed: manifest.get("seed")?.as_u64()?,
    })
}

/// The fingerprint tonight's run would have: its inputs' digests, the model folder's
/// name and version (from its `manifest.json`; empty when unreadable, which never
/// matches a real last run) and the seed.
pub fn tonight(
    inputs: &[PathBuf],
    model_dir: &Path,
    seed: u64,
) -> Result<RunFingerprint, UnchangedError> {
    let model: Option<serde_json::Value> = File::open(model_dir.join("manifest.json"))
        .ok()
        .and_then(|f| serde_json::from_reader(BufReader::new(f)).ok());
    let field = |key: &str| {
        model
            .as_ref()
            .and_then(|m| m.get(key)?.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    Ok(RunFingerprint {
        input_sha256: input_digests(inputs)?,
        model: (field("name"), field("version")),
        seed,
    })
}

/// The sorted sha256 digests of `inputs`, read in one streaming pass each.
pub fn input_digests(inputs: &[PathBuf]) -> Result<Vec<String>, UnchangedError> {
    let mut digests = inputs
        .iter()
        .map(|path| {
            let read_error = |source| UnchangedError::Read {
                path: path.display().to_string(),
                source,
            };
            let file = File::open(path).map_err(read_error)?;
            HashingReader::new(BufReader::new(file))
                .finish()
                .map_err(read_error)
        })
        .collect::<Result<Vec<_>, _>>()?;
    digests.sort();
    Ok(digests)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(dir: &Path, sha: &[&str], seed: u64) {
        let inputs: Vec<_> = sha
            .iter()
            .map(|s| serde_json::json!({"path": "x.csv", "sha256": s, "rows_read": 1}))
            .collect();
        let doc = serde_json::json!({
            "inputs": inputs,
            "model": {"path": "m", "name": "default", "version": "2"},
            "seed": seed,
        });
        std::fs::write(dir.join("manifest.json"), doc.to_string()).expect("write manifest");
    }

    #[test]
    fn reads_the_last_runs_inputs_sorted() {
        let dir = tempfile::tempdir().expect("tempdir");
        manifest(dir.path(), &["bb", "aa"], 42);
        let last = last_run(dir.path()).expect("fingerprint");
        assert_eq!(last.input_sha256, ["aa", "bb"]);
        assert_eq!(last.model, ("default".to_string(), "2".to_string()));
        assert_eq!(last.seed, 42);
    }

    #[test]
    fn no_or_odd_manifest_means_no_last_run() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(last_run(dir.path()), None);
        std::fs::write(dir.path().join("manifest.json"), "{\"inputs\": 3}").expect("write");
        assert_eq!(last_run(dir.path()), None);
    }

    #[test]
    fn digests_change_with_content_not_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("a.csv");
        let b = dir.path().join("b.csv");
        std::fs::write(&a, "one").expect("write");
        std::fs::write(&b, "two").expect("write");
        let ab = input_digests(&[a.clone(), b.clone()]).expect("hash");
        assert_eq!(ab, input_digests(&[b.clone(), a.clone()]).expect("hash"));
        std::fs::write(&b, "three").expect("write");
        assert_ne!(ab, input_digests(&[a, b]).expect("hash"));
        assert!(input_digests(&[dir.path().join("missing.csv")]).is_err());
    }
}
