//! Bad arguments get one clear line and exit code 2: a folder or `-` as an input,
//! `--out` naming a file, `--model` naming a missing or damaged folder, `--clusters 0`,
//! and a text column that is not found (the user's own column names are shown).

// Test code may unwrap: a failure here is a failed test, not a user's error.
#![allow(clippy::unwrap_used)]

use std::fs;

use assert_cmd::Command;

const CSV_SAMPLE: &str = "corpus-samples/fft_sample.csv";

/// Runs `run` with `args` and returns stderr, checking exit 2, one line, no panic.
fn bad_run(args: &[&str]) -> String {
    let output = Command::cargo_bin("feedback-themes")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("run")
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let shown = stderr.trim();
    let lines: Vec<&str> = shown.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(
        lines.len() == 1 || shown.contains("For more information"),
        "one line (or clap's usage): {stderr}"
    );
    stderr
}

#[test]
fn a_folder_or_standard_input_as_input_says_what_to_give() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out = out.to_str().unwrap();
    let msg = bad_run(&[dir.path().to_str().unwrap(), "--out", out]);
    assert!(
        msg.contains("is a folder") && msg.contains("*.csv"),
        "{msg}"
    );
    let msg = bad_run(&["-", "--out", out]);
    assert!(msg.contains("standard input"), "{msg}");
}

#[test]
fn out_naming_a_file_says_to_give_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.txt");
    fs::write(&file, "x").unwrap();
    let msg = bad_run(&[CSV_SAMPLE, "--out", file.to_str().unwrap()]);
    assert!(
        msg.contains("is a file, not a folder") && msg.contains("--out"),
        "{msg}"
    );
}

#[test]
fn missing_and_damaged_model_folders_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out = out.to_str().unwrap();
    let msg = bad_run(&[CSV_SAMPLE, "--out", out, "--model", "models/no-such-model"]);
    assert!(
        msg.contains("no-such-model") && msg.contains("not found"),
        "{msg}"
    );
    assert!(!msg.contains("os error"), "no raw OS error: {msg}");

    let model = dir.path().join("model");
    fs::create_dir(&model).unwrap();
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models/default");
    for entry in fs::read_dir(&shipped).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, model.join(path.file_name().unwrap())).unwrap();
    }
    let features = model.join("features.json");
    let text = fs::read_to_string(&features).unwrap();
    fs::write(&features, &text[..text.len() / 2]).unwrap();
    let msg = bad_run(&[CSV_SAMPLE, "--out", out, "--model", model.to_str().unwrap()]);
    assert!(
        msg.contains("features.json") && msg.contains("retrain"),
        "{msg}"
    );
}

#[test]
fn zero_clusters_is_refused_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let msg = bad_run(&[
        CSV_SAMPLE,
        "--out",
        out.to_str().unwrap(),
        "--clusters",
        "0",
    ]);
    assert!(msg.contains("--clusters"), "{msg}");
    assert_eq!(msg.matches("0 is not in 1..").count(), 1, "{msg}");
}

#[test]
fn no_text_column_shows_the_users_column_names() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("survey.csv");
    fs::write(
        &file,
        "Respondent,Please tell us about your visit today\n1,fine\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let msg = bad_run(&[file.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(
        msg.contains("'Please tell us about your visit today'") && msg.contains("--text-col"),
        "{msg}"
    );
}
