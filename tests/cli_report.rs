//! Drives `feedback-themes report` and `run`'s report.html on `corpus-samples/`.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::PathBuf;

mod support;
use support::{bin, run_samples};

/// Runs the pipeline on the samples into `dir/name` with `extra` arguments.
fn run_into(dir: &tempfile::TempDir, name: &str, extra: &[&str]) -> PathBuf {
    let out = dir.path().join(name);
    run_samples(&out, extra);
    out
}

/// The outputs `manifest.json` lists.
fn outputs(out: &std::path::Path) -> Vec<String> {
    let manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    manifest["outputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn run_writes_the_same_report_every_time_and_report_tagged_matches_it() {
    let dir = tempfile::tempdir().unwrap();
    let first = run_into(&dir, "out", &[]);
    let page = fs::read_to_string(first.join("report.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("run folder out"));
    assert!(
        outputs(&first).contains(&"report.html".to_string()),
        "the report is one of the run's outputs, swapped in with the set"
    );
    let again = tempfile::tempdir().unwrap();
    let second = run_into(&again, "out", &[]);
    assert_eq!(
        page,
        fs::read_to_string(second.join("report.html")).unwrap(),
        "byte-identical"
    );
    let written = dir.path().join("again.html");
    bin()
        .args(["report", "--quiet", "--tagged"])
        .arg(&first)
        .arg("-o")
        .arg(&written)
        .assert()
        .success();
    assert_eq!(
        page,
        fs::read_to_string(&written).unwrap(),
        "report --tagged is run's report"
    );
}

#[test]
fn no_report_skips_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_into(&dir, "out", &["--no-report"]);
    assert!(out.join("tagged.jsonl").is_file());
    assert!(!out.join("report.html").exists());
    assert!(!outputs(&out).contains(&"report.html".to_string()));
}

#[test]
fn a_hub_report_for_one_site_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let hub = dir.path().join("hub.sqlite");
    run_into(
        &dir,
        "out",
        &["--no-report", "--hub", hub.to_str().unwrap()],
    );
    let page = dir.path().join("forensic.html");
    bin()
        .args(["report", "--quiet", "--hub"])
        .arg(&hub)
        .arg("-o")
        .arg(&page)
        .args([
            "--site",
            "Forensic",
            "--from",
            "01/03/2025",
            "--to",
            "2025-08-31",
            "--period",
            "month",
        ])
        .assert()
        .success();
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.contains("<h1>Patient feedback: Forensic</h1>"));
    assert!(html.contains("2025-03-01 to 2025-08-31 · Forensic · by month"));
    assert!(!html.contains("By site"), "one site needs no table by site");
    assert!(html.contains("hub.sqlite"));
}

#[test]
fn a_bad_date_is_a_usage_error_naming_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_into(&dir, "out", &["--no-report"]);
    let failed = bin()
        .args(["report", "--tagged"])
        .arg(&out)
        .args(["--from", "31/31/2025", "-o"])
        .arg(dir.path().join("x.html"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&failed.get_output().stderr).into_owned();
    assert!(stderr.contains("--from"), "{stderr}");
    assert!(!dir.path().join("x.html").exists());
    bin().args(["report", "-o", "x.html"]).assert().code(2);
}
