//! Guards the results of `run` on `corpus-samples/`: redactions, themes, sentiment,
//! flags and metadata of every row, and `summary.json`, must stay exactly what the
//! pipeline gave before it was made to stream (clusters are left out: they may move
//! when clustering changes on purpose).
//!
//! The golden files were written from the outputs of the non-streaming pipeline (commit
//! 5912fc2) with the shipped model. When a change to the model, the redactor or the
//! classifier is meant to change results, re-bless them and review the diff:
//! `BLESS_GOLDEN=1 cargo test --release --test cli_golden`.

// Test code may unwrap: a failure here is a failed test, not a user's error.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use serde_json::Value;

mod support;
use support::run_samples;

const ROWS: &str = "tests/golden/corpus_samples_rows.jsonl";
const SUMMARY: &str = "tests/golden/corpus_samples_summary.json";

/// Each row of a `tagged.jsonl` without its `cluster`, one compact JSON object a line.
fn rows_without_clusters(tagged: &str) -> Vec<Value> {
    tagged
        .lines()
        .map(|line| {
            let mut row: Value = serde_json::from_str(line).unwrap();
            row.as_object_mut().unwrap().remove("cluster");
            row
        })
        .collect()
}

/// A JSON document parsed, so formatting never matters.
fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn corpus_samples_results_match_the_golden_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    run_samples(&out, &[]);
    let rows = rows_without_clusters(&fs::read_to_string(out.join("tagged.jsonl")).unwrap());
    let summary = fs::read_to_string(out.join("summary.json")).unwrap();
    if std::env::var_os("BLESS_GOLDEN").is_some() {
        let lines: Vec<String> = rows.iter().map(Value::to_string).collect();
        fs::write(root.join(ROWS), lines.join("\n") + "\n").unwrap();
        fs::write(root.join(SUMMARY), &summary).unwrap();
        return;
    }
    let golden = rows_without_clusters(&fs::read_to_string(root.join(ROWS)).unwrap());
    assert_eq!(rows.len(), golden.len(), "row count");
    for (i, (row, gold)) in rows.iter().zip(&golden).enumerate() {
        assert_eq!(row, gold, "row {} differs from {ROWS}", i + 1);
    }
    assert_eq!(
        parsed(&summary),
        parsed(&fs::read_to_string(root.join(SUMMARY)).unwrap()),
        "summary.json differs from {SUMMARY}"
    );
}
