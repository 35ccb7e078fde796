//! The shipped tagger's manifest names the bytes shipped beside it: `tagger_sha256`,
//! `word_counts_sha256` and the replay record's expected sha256s must be those of
//! models/pii/tagger.bin and word_counts.tsv, so weights swapped without the manifest
//! (or a manifest rewritten without its weights) fail here, and the replay steps start
//! from the commit named as `trained_at_commit`.

use std::path::Path;

use feedback_themes::ingest::hashing_reader::sha256_hex;
use serde_json::Value;

/// Every way the manifest disagrees with the files in `dir` (empty when it agrees).
fn mismatches(manifest: &Value, dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for (file_key, sha_key) in [
        ("tagger_file", "tagger_sha256"),
        ("word_counts_file", "word_counts_sha256"),
    ] {
        let Some(name) = manifest[file_key].as_str() else {
            out.push(format!("{file_key} missing"));
            continue;
        };
        let actual = std::fs::read(dir.join(name)).map(|b| sha256_hex(&b));
        let Ok(actual) = actual else {
            out.push(format!("{name} unreadable"));
            continue;
        };
        if manifest[sha_key].as_str() != Some(actual.as_str()) {
            out.push(format!("{sha_key} is not the sha256 of {name}"));
        }
        if manifest["replay"]["expect_sha256"][name].as_str() != Some(actual.as_str()) {
            out.push(format!(
                "replay.expect_sha256.{name} is not the sha256 of {name}"
            ));
        }
    }
    out
}

fn shipped() -> Value {
    let text = std::fs::read_to_string("models/pii/manifest.json").expect("manifest read");
    serde_json::from_str(&text).expect("manifest is JSON")
}

#[test]
fn the_shipped_manifest_names_the_shipped_files() {
    assert_eq!(
        mismatches(&shipped(), Path::new("models/pii")),
        Vec::<String>::new()
    );
}

#[test]
fn a_swapped_weight_file_is_caught() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["tagger.bin", "word_counts.tsv"] {
        std::fs::copy(Path::new("models/pii").join(name), dir.path().join(name)).expect("copy");
    }
    assert!(mismatches(&shipped(), dir.path()).is_empty());
    let mut bytes = std::fs::read(dir.path().join("tagger.bin")).expect("read");
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(dir.path().join("tagger.bin"), bytes).expect("write");
    assert_eq!(
        mismatches(&shipped(), dir.path()),
        vec![
            "tagger_sha256 is not the sha256 of tagger.bin".to_string(),
            "replay.expect_sha256.tagger.bin is not the sha256 of tagger.bin".to_string(),
        ]
    );
}

#[test]
fn the_replay_starts_from_the_commit_the_weights_were_trained_at() {
    let manifest = shipped();
    let commit = manifest["trained_at_commit"].as_str().expect("a commit");
    assert_eq!(commit.len(), 40);
    assert!(commit.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(
        manifest["replay"]["steps"][0].as_str(),
        Some(format!("git checkout {commit}").as_str())
    );
}
