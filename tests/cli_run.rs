//! Drives `feedback-themes run` end to end on `corpus-samples/`.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

mod support;
use support::bin;

const CSV_SAMPLE: &str = "corpus-samples/fft_sample.csv";
const JSONL_SAMPLE: &str = "corpus-samples/fft_sample.jsonl";
const PLANTED: &str = "corpus-samples/planted_pii.txt";

/// Runs the pipeline on `inputs` into a fresh folder and returns it.
fn run_into(inputs: &[&str], extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    bin()
        .arg("run")
        .args(inputs)
        .arg("--out")
        .arg(&out)
        .arg("--quiet")
        .args(extra)
        .assert()
        .success();
    (dir, out)
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

fn csv_rows(path: &Path) -> usize {
    csv::Reader::from_path(path).unwrap().records().count()
}

#[test]
fn every_row_is_accounted_for() {
    let (_dir, out) = run_into(&[CSV_SAMPLE, JSONL_SAMPLE], &[]);
    let manifest = read_json(&out.join("manifest.json"));
    let rows = &manifest["rows"];
    let read = rows["read"].as_u64().unwrap();
    let tagged = rows["tagged"].as_u64().unwrap();
    let quarantined = rows["quarantined"].as_u64().unwrap();
    assert_eq!(
        read,
        tagged + quarantined,
        "rows read = tagged + quarantined"
    );
    assert!(quarantined > 0, "the samples plant bad rows");
    assert!(tagged > 300, "the samples hold a few hundred usable rows");
    let lines = fs::read_to_string(out.join("tagged.jsonl"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(lines as u64, tagged);
    assert_eq!(csv_rows(&out.join("tagged.csv")) as u64, tagged);
    assert_eq!(csv_rows(&out.join("quarantine.csv")) as u64, quarantined);
    assert_eq!(manifest["framework"], "QDC v7");
    assert_eq!(manifest["inputs"].as_array().unwrap().len(), 2);
    for input in manifest["inputs"].as_array().unwrap() {
        assert_eq!(input["sha256"].as_str().unwrap().len(), 64);
    }
}

#[test]
fn tagged_rows_have_the_documented_shape() {
    let (_dir, out) = run_into(&[CSV_SAMPLE], &[]);
    let text = fs::read_to_string(out.join("tagged.jsonl")).unwrap();
    let mut labelled = 0;
    let mut non_answers = 0;
    for line in text.lines() {
        let row: Value = serde_json::from_str(line).unwrap();
        for key in [
            "id",
            "text",
            "question_type",
            "themes",
            "sentiment",
            "cluster",
            "flags",
            "redactions",
            "meta",
        ] {
            assert!(row.get(key).is_some(), "missing {key}");
        }
        let themes = row["themes"].as_array().unwrap();
        for theme in themes {
            assert!(theme["score"].as_f64().unwrap() >= 0.0);
            assert!(theme["major"].is_string());
            assert!(theme["source"].is_string());
        }
        let flags: Vec<&str> = row["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap())
            .collect();
        if flags.contains(&"non_answer") || flags.contains(&"blank") {
            non_answers += 1;
            assert_eq!(themes[0]["label"], "Labelling not possible");
            assert!(row["cluster"].is_null());
            assert!(row["sentiment"].is_null(), "a non-answer has no sentiment");
        } else {
            assert!(row["sentiment"]["label"].is_string());
            assert!(row["sentiment"]["score"].is_f64());
            if !themes.is_empty() {
                labelled += 1;
            }
        }
    }
    assert!(non_answers > 0, "the samples plant non-answers");
    assert!(labelled > 100, "most real answers get a theme");
    let summary = read_json(&out.join("summary.json"));
    let counts = &summary["sentiment"];
    let part = |key: &str| counts[key].as_u64().unwrap();
    assert_eq!(part("unscored"), non_answers);
    assert_eq!(
        part("positive") + part("neutral") + part("negative") + part("unscored"),
        part("total")
    );
}

/// Every planted identifier, and its digits-only form for numbers.
fn planted_values() -> Vec<String> {
    let mut values = Vec::new();
    for line in fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(PLANTED))
        .unwrap()
        .lines()
    {
        let v = line.trim();
        if v.is_empty() || v.starts_with('#') {
            continue;
        }
        values.push(v.to_string());
        let digits: String = v.chars().filter(char::is_ascii_digit).collect();
        if digits.len() >= 8 {
            values.push(digits);
        }
    }
    assert!(
        values.len() > 20,
        "planted_pii.txt lists the planted identifiers"
    );
    values
}

#[test]
fn no_planted_identifier_survives_into_any_output() {
    let (_dir, out) = run_into(&[CSV_SAMPLE, JSONL_SAMPLE], &[]);
    let planted = planted_values();
    for entry in fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        let content = fs::read_to_string(&path).unwrap();
        let squashed: String = content.chars().filter(char::is_ascii_digit).collect();
        for value in &planted {
            assert!(
                !content.contains(value.as_str()),
                "a planted identifier survives in {}",
                path.display()
            );
            if value.chars().all(|c| c.is_ascii_digit()) {
                // Digits-only form: look for it inside runs of digits of the whole file.
                assert!(
                    !squashed_contains_run(&content, value),
                    "planted digits survive in {}",
                    path.display()
                );
            }
        }
        let _ = squashed;
    }
}

/// True when `digits` appears as a whole run of digits (spaces and dashes ignored).
fn squashed_contains_run(content: &str, digits: &str) -> bool {
    let mut run = String::new();
    for c in content.chars().chain(std::iter::once('\n')) {
        if c.is_ascii_digit() {
            run.push(c);
        } else if c == ' ' || c == '-' {
            continue;
        } else {
            if run.contains(digits) {
                return true;
            }
            run.clear();
        }
    }
    false
}

#[test]
fn same_input_same_bytes() {
    let (_a, out_a) = run_into(&[CSV_SAMPLE, JSONL_SAMPLE], &[]);
    let (_b, out_b) = run_into(&[CSV_SAMPLE, JSONL_SAMPLE], &[]);
    for name in [
        "tagged.jsonl",
        "tagged.csv",
        "summary.json",
        "clusters.json",
        "quarantine.csv",
    ] {
        assert_eq!(
            fs::read(out_a.join(name)).unwrap(),
            fs::read(out_b.join(name)).unwrap(),
            "{name} differs"
        );
    }
}

#[test]
fn previous_clusters_keep_ids() {
    let (_a, first) = run_into(&[CSV_SAMPLE], &[]);
    let previous = first.join("clusters.json");
    let (_b, second) = run_into(
        &[CSV_SAMPLE],
        &["--previous-clusters", previous.to_str().unwrap()],
    );
    let ids = |dir: &Path| -> Vec<Value> {
        fs::read_to_string(dir.join("tagged.jsonl"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["cluster"]["id"].clone())
            .collect()
    };
    assert_eq!(ids(&first), ids(&second));
}

/// Runs with bad input and checks: exit 2, one line on stderr, no panic, no comment text.
fn assert_bad_input(args: &[&str], must_mention: &str) {
    let dir = tempfile::tempdir().unwrap();
    let output = bin()
        .arg("run")
        .args(args)
        .arg("--out")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "exit code for {args:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one-line error: {stderr}");
    assert!(
        stderr.contains(must_mention),
        "error names {must_mention}: {stderr}"
    );
    let parts: Vec<&str> = stderr.trim().split(": ").collect();
    assert!(
        parts.windows(2).all(|w| w[0] != w[1]),
        "no cause printed twice: {stderr}"
    );
}

#[test]
fn missing_input_file_is_a_clear_error() {
    assert_bad_input(&["corpus-samples/no-such-file.csv"], "no-such-file.csv");
}

#[test]
fn missing_text_column_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("no_text.csv");
    fs::write(&file, "id,score\n1,5\n").unwrap();
    assert_bad_input(&[file.to_str().unwrap()], "--text-col");
}

#[test]
fn empty_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("empty.csv");
    fs::write(&file, "").unwrap();
    assert_bad_input(&[file.to_str().unwrap()], "empty.csv");
}

#[test]
fn missing_model_is_a_clear_error() {
    assert_bad_input(
        &[CSV_SAMPLE, "--model", "models/no-such-model"],
        "no-such-model",
    );
}
