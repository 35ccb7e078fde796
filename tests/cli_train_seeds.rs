//! `train --seed-examples`: hand-written seed comments join the training rows, so a label
//! the labelled file never shows can still be learnt, and the model's manifest says which
//! seed file it was trained with.

// Test code may unwrap: a failure here is a failed test, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;

use std::fs;
use std::path::Path;

use serde_json::Value;
use support::{bin, row_themes};

/// The shipped seed examples (relative to the project root).
const SEEDS: &str = "lexicons/qdc_v7_seed_examples.csv";

/// A small labelled file in the QDC layout with two labels and no `Parking` row.
fn write_gold(path: &Path) {
    let comments = [
        (
            "The nurses were kind and caring",
            "Staff manner & personal attributes",
        ),
        ("Waited four hours to be seen", "Timeliness of care"),
        (
            "Lovely friendly staff on the ward",
            "Staff manner & personal attributes",
        ),
        ("Very long wait in the clinic", "Timeliness of care"),
    ];
    let mut csv = csv::Writer::from_path(path).unwrap();
    csv.write_record([
        "Comment ID",
        "FFT question",
        "FFT answer",
        "Staff manner & personal attributes",
        "Timeliness of care",
    ])
    .unwrap();
    let fillers = ["", " today", " again", " this week", " as usual", " sadly"];
    for (round, filler) in fillers.iter().enumerate() {
        for (i, (text, label)) in comments.iter().enumerate() {
            let staff = *label == "Staff manner & personal attributes";
            csv.write_record([
                format!("G{round}-{i}"),
                "FFT Why?".to_string(),
                format!("{text}{filler}"),
                if staff { "1" } else { "" }.to_string(),
                if staff { "" } else { "1" }.to_string(),
            ])
            .unwrap();
        }
    }
    csv.flush().unwrap();
}

/// Trains a model from `gold` into `out`, with the shipped seeds when `seeded`.
fn train(gold: &Path, out: &Path, seeded: bool) {
    let mut cmd = bin();
    cmd.args(["train", "--cv", "0", "--quiet", "--gold"])
        .arg(gold)
        .arg("--out")
        .arg(out);
    if seeded {
        cmd.args(["--seed-examples", SEEDS]);
    }
    cmd.assert().success();
}

/// The labels the model in `model` gives one parking comment, each with its source
/// (`model` or `rule`).
fn parking_comment_labels(dir: &Path, model: &Path) -> Vec<(String, String)> {
    let input = dir.join("parking.csv");
    fs::write(
        &input,
        "Comment ID,FFT question,FFT answer\nX1,What could be improved?,The car park was full and parking costs far too much\n",
    )
    .unwrap();
    let out = dir.join(format!(
        "out-{}",
        model.file_name().unwrap().to_string_lossy()
    ));
    bin()
        .args(["run", "--quiet", "--no-report", "--model"])
        .arg(model)
        .arg("--out")
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let row: Value =
        serde_json::from_str(fs::read_to_string(out.join("tagged.jsonl")).unwrap().trim()).unwrap();
    row_themes(&row)
        .into_iter()
        .map(|(label, source, _)| (label, source))
        .collect()
}

#[test]
fn seed_examples_teach_a_label_the_file_lacks_and_are_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.csv");
    write_gold(&gold);
    let plain = dir.path().join("plain");
    let seeded = dir.path().join("seeded");
    train(&gold, &plain, false);
    train(&gold, &seeded, true);

    // Without seeds only the keyword rule can give Parking; with them the model does.
    let learnt = ("Parking".to_string(), "model".to_string());
    let without = parking_comment_labels(dir.path(), &plain);
    assert!(!without.contains(&learnt), "{without:?}");
    let with = parking_comment_labels(dir.path(), &seeded);
    assert!(with.contains(&learnt), "{with:?}");

    let manifest = |m: &Path| -> Value {
        serde_json::from_str(&fs::read_to_string(m.join("manifest.json")).unwrap()).unwrap()
    };
    assert!(manifest(&plain)["training"].get("seed_examples").is_none());
    let seeds = &manifest(&seeded)["training"]["seed_examples"];
    assert_eq!(seeds["file"], "qdc_v7_seed_examples.csv");
    assert_eq!(seeds["sha256"].as_str().unwrap().len(), 64);
    let rows = csv::Reader::from_path(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEEDS))
        .unwrap()
        .records()
        .count();
    assert_eq!(seeds["rows"], rows);
}

#[test]
fn a_missing_seed_file_is_bad_input_named_in_the_error() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.csv");
    write_gold(&gold);
    let output = bin()
        .args(["train", "--cv", "0", "--quiet", "--gold"])
        .arg(&gold)
        .args(["--seed-examples", "no/such/seeds.csv", "--out"])
        .arg(dir.path().join("m"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no/such/seeds.csv"));
}
