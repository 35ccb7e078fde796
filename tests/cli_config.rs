//! `run --config FILE` and `--skip-unchanged`: a nightly job driven by one TOML file.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

mod support;
use support::bin;

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-samples")
}

/// A config folder holding copies of the samples under `exports/` and a `nightly.toml`.
fn nightly_folder(extra_keys: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let exports = dir.path().join("exports");
    fs::create_dir(&exports).expect("mkdir");
    for name in ["fft_sample.csv", "fft_sample.jsonl"] {
        fs::copy(samples().join(name), exports.join(name)).expect("copy sample");
    }
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/default");
    fs::write(
        dir.path().join("nightly.toml"),
        format!(
            "inputs = [\"exports/*.csv\", \"exports/*.jsonl\"]\nout = \"out\"\nmodel = \"{}\"\nseed = 7\n{extra_keys}",
            model.display()
        ),
    )
    .expect("write config");
    dir
}

#[test]
fn a_config_file_runs_the_same_job_as_the_flags() {
    let dir = nightly_folder("");
    bin()
        .args(["run", "--quiet", "--config"])
        .arg(dir.path().join("nightly.toml"))
        .assert()
        .success();
    let flags_out = dir.path().join("flags");
    bin()
        .args(["run", "--quiet", "--seed", "7", "--out"])
        .arg(&flags_out)
        .arg(dir.path().join("exports/fft_sample.csv"))
        .arg(dir.path().join("exports/fft_sample.jsonl"))
        .assert()
        .success();
    for file in [
        "tagged.jsonl",
        "tagged.csv",
        "summary.json",
        "clusters.json",
    ] {
        assert_eq!(
            fs::read(dir.path().join("out").join(file)).expect("config output"),
            fs::read(flags_out.join(file)).expect("flags output"),
            "{file} differs between --config and flags"
        );
    }
}

#[test]
fn command_line_wins_over_the_file() {
    let dir = nightly_folder("");
    let elsewhere = dir.path().join("elsewhere");
    bin()
        .args(["run", "--quiet", "--config"])
        .arg(dir.path().join("nightly.toml"))
        .arg("--out")
        .arg(&elsewhere)
        .assert()
        .success();
    assert!(elsewhere.join("tagged.jsonl").is_file());
    assert!(!dir.path().join("out").exists());
}

#[test]
fn unknown_key_is_exit_2_with_file_and_line() {
    let dir = nightly_folder("text_column = \"FFT answer\"\n");
    let out = bin()
        .args(["run", "--config"])
        .arg(dir.path().join("nightly.toml"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("nightly.toml:5:1: unknown field `text_column`"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
}

#[test]
fn skip_unchanged_skips_only_an_unchanged_night() {
    let dir = nightly_folder("skip-unchanged = true\n");
    let config = dir.path().join("nightly.toml");
    bin()
        .args(["run", "--config"])
        .arg(&config)
        .assert()
        .success();
    let manifest = dir.path().join("out/manifest.json");
    let first = fs::read(&manifest).expect("manifest");

    let second = bin()
        .args(["run", "--config"])
        .arg(&config)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&second.get_output().stderr).to_string();
    assert!(stderr.contains("nothing to do"), "{stderr}");
    assert_eq!(
        fs::read(&manifest).expect("manifest"),
        first,
        "not rewritten"
    );

    let csv = dir.path().join("exports/fft_sample.csv");
    let mut bytes = fs::read(&csv).expect("sample");
    bytes.extend_from_slice(b"NEW-1,What was good?,A new comment tonight,01/02/2024,A&E,1\n");
    fs::write(&csv, bytes).expect("append");
    let third = bin()
        .args(["run", "--config"])
        .arg(&config)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&third.get_output().stderr).to_string();
    assert!(!stderr.contains("nothing to do"), "{stderr}");
    assert_ne!(fs::read(&manifest).expect("manifest"), first, "rerun");
}

#[test]
fn neither_inputs_nor_config_is_a_usage_error() {
    bin().args(["run", "--out", "x"]).assert().code(2);
}
