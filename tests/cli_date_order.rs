//! Drives `run` on a synthetic export joining trusts that write dates in different
//! orders (`tests/data/mixed_trusts.csv`, synthetic text only): each trust's numeric
//! dates are read in the order its own unambiguous dates show, a trust showing both
//! orders has its ambiguous dates read in its majority order (a tie: day-first) and
//! none quarantined, and `--day-first` /
//! `--month-first` (or the config key) force one order. The same rows as JSON Lines
//! are read the same way.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

mod support;
use support::bin;

const MIXED: &str = "tests/data/mixed_trusts.csv";

/// Runs `run --quiet --no-report` on `inputs` with `extra` options into a fresh folder.
fn run(inputs: &[&Path], extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    bin()
        .args(["run", "--quiet", "--no-report", "--out"])
        .arg(&out)
        .args(extra)
        .args(inputs)
        .assert()
        .success();
    (dir, out)
}

/// Each tagged row's id and ISO date.
fn iso_dates(out: &Path) -> BTreeMap<String, Option<String>> {
    fs::read_to_string(out.join("tagged.jsonl"))
        .unwrap()
        .lines()
        .map(|line| {
            let row: Value = serde_json::from_str(line).unwrap();
            let iso = row["meta"]["date_iso"].as_str().map(str::to_string);
            (row["id"].as_str().unwrap().to_string(), iso)
        })
        .collect()
}

/// The quarantine rows (file, line, column, id, reason), header dropped.
fn quarantine(out: &Path) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_path(out.join("quarantine.csv")).unwrap();
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn manifest_orders(out: &Path) -> Value {
    let manifest: Value =
        serde_json::from_str(&fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    manifest["inputs"][0]["date_orders"].clone()
}

/// Checks what every run over the mixed rows (CSV or JSON Lines) must give.
fn assert_read_per_trust(out: &Path) {
    let dates = iso_dates(out);
    let date = |id: &str| dates[id].as_deref().unwrap().to_string();
    // Trust UK shows day-first dates: its 03/04/2024 is 3 April.
    assert_eq!(date("UK-2"), "2024-04-03");
    assert_eq!(date("UK-3"), "2023-01-13T14:05:00");
    // Trust US shows month-first dates: the same 03/04/2024 is 4 March.
    assert_eq!(date("US-1"), "2022-09-24");
    assert_eq!(date("US-2"), "2024-03-04");
    assert_eq!(date("US-3"), "2023-12-31");
    assert_eq!(date("US-4"), "2024-05-01");
    // Trust Quiet has only ambiguous dates: the UK default.
    assert_eq!(date("AMB-1"), "2024-04-03");
    // Trust Mixed shows both, one date each way: dates with one reading are read
    // that way; the ambiguous one is read in the tie's order, day-first, not quarantined.
    assert_eq!(date("MIX-1"), "2023-12-25");
    assert_eq!(date("MIX-2"), "2023-12-26");
    assert_eq!(date("MIX-3"), "2023-08-07");
    assert_eq!(date("MIX-4"), "2023-09-09");
    // Trust Mostly UK: 2 day-first, 1 month-first. Its ambiguous date is day-first; its
    // month-first date keeps its only reading.
    assert_eq!(date("MUK-3"), "2023-02-15");
    assert_eq!(date("MUK-4"), "2024-04-03");
    // Trust Mostly US: 2 month-first, 1 day-first. Its ambiguous date is month-first.
    assert_eq!(date("MUS-1"), "2023-02-13");
    assert_eq!(date("MUS-3"), "2023-02-15");
    assert_eq!(date("MUS-4"), "2024-03-04");
    assert!(!dates.contains_key("BAD-1"));

    // Only the date with no reading at all is quarantined.
    let rows = quarantine(out);
    assert_eq!(rows.len(), 1, "{rows:?}");
    let bad = &rows[0];
    assert_eq!(bad[3], "BAD-1");
    assert!(bad[0].ends_with(".csv") || bad[0].ends_with(".jsonl"));
    assert_eq!(bad[1], "16", "the line is named");
    assert!(bad[4].starts_with("undecodable date"), "{}", bad[4]);
    assert!(!bad[4].contains("31/04"), "the date is never quoted");
    for row in &rows {
        assert!(!row.join(",").contains("Synthetic"), "no comment text");
    }

    let orders = manifest_orders(out);
    let by_name = |name: &str| {
        orders
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["organisation"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(by_name("Trust UK")["order"], "day-first");
    assert_eq!(by_name("Trust UK")["basis"], "evidence");
    assert_eq!(by_name("Trust UK")["day_first_dates"], 2);
    assert_eq!(by_name("Trust US")["order"], "month-first");
    assert_eq!(by_name("Trust US")["month_first_dates"], 2);
    assert_eq!(by_name("Trust US")["ambiguous_dates"], 1);
    assert_eq!(by_name("Trust US")["ambiguous_read_in_majority_order"], 0);
    assert_eq!(by_name("Trust Quiet")["basis"], "default");
    let mixed = "mixed: ambiguous dates read in the majority order";
    for (name, order) in [
        ("Trust Mixed", "day-first"),
        ("Trust Mostly UK", "day-first"),
        ("Trust Mostly US", "month-first"),
    ] {
        let group = by_name(name);
        assert_eq!(group["order"], order, "{name}");
        assert_eq!(group["basis"], mixed, "{name}");
        assert_eq!(group["ambiguous_dates"], 1, "{name}");
        assert_eq!(group["ambiguous_read_in_majority_order"], 1, "{name}");
    }
    assert_eq!(by_name("Trust Mostly US")["month_first_dates"], 2);
    assert_eq!(by_name("Trust Mostly US")["day_first_dates"], 1);
}

#[test]
fn each_trust_is_read_in_its_own_order() {
    let (_dir, out) = run(&[Path::new(MIXED)], &[]);
    assert_read_per_trust(&out);
    let quarantined = quarantine(&out);
    assert_eq!(quarantined[0][2], "3", "the date column is named");
}

#[test]
fn json_lines_are_read_per_trust_too() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("mixed_trusts.jsonl");
    let mut reader = csv::Reader::from_path(MIXED).unwrap();
    let mut text = String::from("\n"); // a blank first line keeps the CSV line numbers
    for record in reader.records() {
        let r = record.unwrap();
        let object = json!({"id": &r[0], "trust": &r[1], "date": &r[2], "text": &r[5]});
        text.push_str(&object.to_string());
        text.push('\n');
    }
    fs::write(&jsonl, text).unwrap();
    let (_out_dir, out) = run(&[&jsonl], &[]);
    assert_read_per_trust(&out);
}

#[test]
fn a_forced_order_reads_every_trust_alike() {
    let (_dir, out) = run(&[Path::new(MIXED)], &["--month-first"]);
    let dates = iso_dates(&out);
    assert_eq!(dates["UK-2"].as_deref(), Some("2024-03-04"));
    assert!(
        !dates.contains_key("UK-1"),
        "24/09 has no month-first reading"
    );
    assert_eq!(manifest_orders(&out)[0]["basis"], "forced");

    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("nightly.toml");
    fs::write(&config, "day-first = true\n").unwrap();
    let (_out_dir, out) = run(&[Path::new(MIXED)], &["--config", config.to_str().unwrap()]);
    let dates = iso_dates(&out);
    assert_eq!(dates["US-2"].as_deref(), Some("2024-04-03"));
    assert!(!dates.contains_key("US-1"), "9/24 has no day-first reading");
    assert_eq!(manifest_orders(&out)[0]["order"], "day-first");
}

#[test]
fn both_orders_at_once_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    bin()
        .args(["run", "--day-first", "--month-first", "--out"])
        .arg(dir.path().join("out"))
        .arg(MIXED)
        .assert()
        .code(2);
    let config = dir.path().join("both.toml");
    fs::write(&config, "day-first = true\nmonth-first = true\n").unwrap();
    let out = bin()
        .args(["run", "--config"])
        .arg(&config)
        .args(["--out"])
        .arg(dir.path().join("out2"))
        .arg(MIXED)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("keep one"), "{stderr}");
}
