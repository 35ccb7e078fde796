//! Every JSON output of `run` and `retheme` on the samples is valid against its JSON
//! Schema in `schemas/`, and each schema describes what the code writes.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

mod support;
use support::{bin, run_samples};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator(schema: &str) -> jsonschema::Validator {
    let schema = read_json(&root().join("schemas").join(schema));
    jsonschema::validator_for(&schema).expect("schema itself is valid")
}

/// Asserts `doc` is valid, listing every error with where it is.
fn assert_valid(validator: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match its schema:\n{}",
        errors.join("\n")
    );
}

/// Checks every output file of a run or retheme folder against its schema.
fn check_folder(out: &Path) {
    let row = validator("tagged-row.schema.json");
    let text = fs::read_to_string(out.join("tagged.jsonl")).expect("tagged.jsonl");
    let mut rows = 0;
    for (i, line) in text.lines().enumerate() {
        let doc: Value = serde_json::from_str(line).expect("a JSON line");
        assert_valid(&row, &doc, &format!("tagged.jsonl line {}", i + 1));
        rows += 1;
    }
    assert!(rows > 300, "the samples give a few hundred rows");
    for (file, schema) in [
        ("summary.json", "summary.schema.json"),
        ("clusters.json", "clusters.schema.json"),
        ("manifest.json", "manifest.schema.json"),
    ] {
        let doc = read_json(&out.join(file));
        assert_eq!(doc["schema_version"], 1, "{file} states its schema version");
        assert_valid(&validator(schema), &doc, file);
    }
}

#[test]
fn run_and_retheme_outputs_match_their_schemas() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    run_samples(&out, &[]);
    check_folder(&out);
    let edited = dir.path().join("edited");
    bin()
        .args([
            "retheme",
            "--quiet",
            "--edits",
            "corpus-samples/analyst_edits.toml",
            "--tagged",
        ])
        .arg(&out)
        .arg("--out")
        .arg(&edited)
        .assert()
        .success();
    check_folder(&edited);
}

#[test]
fn schemas_reject_what_the_tool_never_writes() {
    let row = validator("tagged-row.schema.json");
    let good: Value = serde_json::json!({
        "schema_version": 1, "id": "A1", "text": "Waited [PERSON]", "question_type": "could_improve",
        "themes": [{"label": "Timeliness of care", "major": "Access to medical care & support",
                    "score": 0.8, "source": "model"}],
        "sentiment": {"label": "negative", "score": 0.9}, "cluster": {"id": 3, "label": "wait"},
        "flags": [], "redactions": {"PERSON": 1},
        "meta": {"file": "in.csv", "line": 2, "date": null, "site": null, "rating": null}
    });
    assert!(row.is_valid(&good));
    let broken = [
        ("/themes/0/label", serde_json::json!("Timeliness")),
        ("/themes/0/source", serde_json::json!("guess")),
        ("/redactions", serde_json::json!({"NAME": 1})),
        ("/schema_version", serde_json::json!(2)),
        ("/sentiment/label", serde_json::json!("mixed")),
    ];
    for (pointer, value) in broken {
        let mut doc = good.clone();
        *doc.pointer_mut(pointer).expect("pointer exists") = value;
        assert!(!row.is_valid(&doc), "{pointer} should be refused");
    }
    let mut extra = good.clone();
    extra["raw_text"] = serde_json::json!("x");
    assert!(!row.is_valid(&extra), "an undocumented field is refused");
}

#[test]
fn label_lists_in_the_schemas_are_the_framework() {
    let schema = read_json(&root().join("schemas/tagged-row.schema.json"));
    let labels: Vec<&str> = schema["properties"]["themes"]["items"]["properties"]["label"]["enum"]
        .as_array()
        .expect("label enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let framework: Vec<&str> = feedback_themes::classify::taxonomy::subcategories().collect();
    assert_eq!(labels, framework);
}
