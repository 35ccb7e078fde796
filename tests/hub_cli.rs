//! Drives `run --hub`, `load`, `retheme --hub`, `breakdown` and `alerts` end to end:
//! planted identifiers never reach the hub, dates and equality columns arrive at
//! ingest, reloading changes nothing.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

mod support;
use support::bin;

const CSV_SAMPLE: &str = "corpus-samples/fft_sample.csv";
const JSONL_SAMPLE: &str = "corpus-samples/fft_sample.jsonl";
const PLANTED: &str = "corpus-samples/planted_pii.txt";

fn stderr_of(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().clone();
    String::from_utf8(out.stderr).unwrap()
}

/// An export with equality columns, a carried ward column, dates in several forms
/// (one undecodable; one day-first and one month-first, so the file is mixed and each
/// is read in its only order) and identifiers in the text.
fn equality_csv(dir: &Path) -> PathBuf {
    let path = dir.join("equality.csv");
    fs::write(
        &path,
        "Comment ID,Date,Site,Ethnic group,Age band,Ward,FFT question,FFT answer\n\
         E1,31/05/2024,North,White British,35-49,Ward 1,What was good?,Dr Amelia Hughes was lovely\n\
         E2,2024-06-01 14:05,North,Indian,50-64,Ward 2,What could be improved?,Call me on 07700 900123 please\n\
         E3,1 Jun 2024,South,Indian,,Ward 1,What was good?,Email jo.bloggs@example.com any time\n\
         E4,05/31/2024,South,Mixed,18-34,Ward 2,What was good?,Kind staff\n\
         E5,not a date,South,Mixed,18-34,Ward 2,What was good?,Kind staff\n\
         E6,,South,,80+,Ward 3,What could be improved?,NHS number 943 476 5919 was wrong\n",
    )
    .unwrap();
    path
}

#[test]
fn dates_and_equality_columns_are_parsed_at_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let csv = equality_csv(dir.path());
    let out = dir.path().join("out");
    bin()
        .args(["run", "--quiet", "--meta-col", "Ward", "--out"])
        .arg(&out)
        .arg(&csv)
        .assert()
        .success();
    let tagged = fs::read_to_string(out.join("tagged.jsonl")).unwrap();
    let rows: Vec<Value> = tagged
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["E1", "E2", "E3", "E4", "E6"]);
    let meta = |i: usize| &rows[i]["meta"];
    assert_eq!(meta(0)["date"], "31/05/2024", "the verbatim date is kept");
    assert_eq!(meta(0)["date_iso"], "2024-05-31");
    assert_eq!(meta(1)["date_iso"], "2024-06-01T14:05:00");
    assert_eq!(meta(2)["date_iso"], "2024-06-01");
    assert_eq!(meta(3)["date_iso"], "2024-05-31", "its only reading");
    assert!(meta(4).get("date_iso").is_none());
    assert_eq!(meta(0)["carried"]["ethnicity"], "White British");
    assert_eq!(meta(0)["carried"]["age_band"], "35-49");
    assert_eq!(meta(0)["carried"]["ward"], "Ward 1");
    assert!(
        meta(2)["carried"].get("age_band").is_none(),
        "blank values are left out"
    );

    let quarantine = fs::read_to_string(out.join("quarantine.csv")).unwrap();
    let lines: Vec<&str> = quarantine.lines().skip(1).collect();
    assert_eq!(lines.len(), 1, "{quarantine}");
    for line in &lines {
        assert!(line.contains(",2,"), "the date column is named: {line}");
        assert!(line.contains("undecodable date"), "{line}");
        assert!(
            !line.contains("not a date") && !line.contains("05/31"),
            "{line}"
        );
    }

    // Month-first on request: 05/31/2024 is read, 31/05/2024 is not.
    let us = dir.path().join("us");
    bin()
        .args(["run", "--quiet", "--month-first", "--out"])
        .arg(&us)
        .arg(&csv)
        .assert()
        .success();
    let tagged = fs::read_to_string(us.join("tagged.jsonl")).unwrap();
    assert!(tagged.contains(r#""id":"E4""#));
    assert!(!tagged.contains(r#""id":"E1""#));
}

#[test]
fn a_missing_meta_col_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let csv = equality_csv(dir.path());
    let out = bin()
        .args(["run", "--meta-col", "Division", "--out"])
        .arg(dir.path().join("out"))
        .arg(&csv)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--meta-col") && err.contains("Division"),
        "{err}"
    );
}

#[test]
fn no_planted_identifier_reaches_the_hub() {
    let dir = tempfile::tempdir().unwrap();
    let hub = dir.path().join("hub.sqlite");
    let csv = equality_csv(dir.path());
    for (inputs, out, extra) in [
        (
            vec![PathBuf::from(CSV_SAMPLE), PathBuf::from(JSONL_SAMPLE)],
            "samples",
            vec![],
        ),
        (vec![csv], "equality", vec!["--meta-col", "ward"]),
    ] {
        bin()
            .args(["run", "--quiet"])
            .args(extra)
            .arg("--hub")
            .arg(&hub)
            .arg("--out")
            .arg(dir.path().join(out))
            .args(&inputs)
            .assert()
            .success();
    }
    let bytes = fs::read(&hub).unwrap();
    let has = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(has("[PERSON]"), "the hub holds the redacted texts");
    assert!(has("was lovely"), "and the comments themselves");
    let mut planted: Vec<String> =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(PLANTED))
            .unwrap()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
    planted.extend(
        [
            "Amelia Hughes",
            "07700 900123",
            "jo.bloggs@example.com",
            "943 476 5919",
        ]
        .map(String::from),
    );
    assert!(planted.len() > 20);
    for identifier in &planted {
        assert!(
            !has(identifier),
            "planted identifier in the hub: {identifier}"
        );
    }
    assert!(!dir.path().join("hub.sqlite-journal").exists());
}

#[test]
fn run_retheme_and_load_into_one_hub_then_query_it() {
    let dir = tempfile::tempdir().unwrap();
    let hub = dir.path().join("hub.sqlite");
    let out = dir.path().join("out");
    let err = stderr_of(
        bin()
            .args(["run", CSV_SAMPLE, JSONL_SAMPLE, "--hub"])
            .arg(&hub)
            .arg("--out")
            .arg(&out),
    );
    assert!(err.contains("418 new, 0 updated"), "{err}");
    let err = stderr_of(bin().arg("load").arg("--hub").arg(&hub).arg(&out));
    assert!(err.contains("nothing changed"), "{err}");
    let err = stderr_of(
        bin()
            .args([
                "retheme",
                "--edits",
                "corpus-samples/analyst_edits.toml",
                "--tagged",
            ])
            .arg(&out)
            .arg("--out")
            .arg(dir.path().join("edited"))
            .arg("--hub")
            .arg(&hub),
    );
    // Every comment the edits touched is updated in the hub, and nothing else.
    let touched = err
        .split(" touched")
        .next()
        .and_then(|before| before.rsplit(' ').next())
        .unwrap();
    assert!(err.contains(&format!("0 new, {touched} updated")), "{err}");

    let csv = bin()
        .args(["breakdown", "--by", "Site", "--csv", "--hub"])
        .arg(&hub)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(csv).unwrap();
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with("theme,") && header.ends_with(",total"),
        "{header}"
    );
    assert!(lines.next().unwrap().starts_with("All comments,"));
    for line in lines {
        for cell in line.split(',').skip(1) {
            assert!(
                !matches!(cell, "1" | "2" | "3" | "4"),
                "a small count is shown: {line}"
            );
        }
    }
    let json = bin()
        .args([
            "breakdown",
            "--by",
            "month,sentiment",
            "--major",
            "--json",
            "--hub",
        ])
        .arg(&hub)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let table: Value = serde_json::from_slice(&json).unwrap();
    let cells = table["rows"][0]["cells"].as_array().unwrap();
    assert!(cells
        .iter()
        .any(|c| c["suppressed"] == true && c["count"].is_null()));
    assert!(cells.iter().any(|c| c["share"].is_f64()));

    let json = bin()
        .args(["alerts", "--period", "month", "--json", "--hub"])
        .arg(&hub)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let alerts: Value = serde_json::from_slice(&json).unwrap();
    assert!(alerts.is_array());

    let err = bin()
        .args(["breakdown", "--by", "shoe_size", "--hub"])
        .arg(&hub)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).unwrap();
    assert!(
        err.contains("unknown dimension 'shoe_size'") && err.contains("site"),
        "{err}"
    );
}

#[test]
fn alerts_json_has_the_flat_keys_on_a_generated_hub() {
    use feedback_themes::hub::synthetic::{write_weekly_folders, SyntheticSpec, RISING_THEME};
    let dir = tempfile::tempdir().unwrap();
    let folders =
        write_weekly_folders(&dir.path().join("nights"), &SyntheticSpec::default()).unwrap();
    let hub = dir.path().join("hub.sqlite");
    bin()
        .arg("load")
        .arg("--quiet")
        .arg("--hub")
        .arg(&hub)
        .args(&folders)
        .assert()
        .success();
    let json = bin()
        .args(["alerts", "--json", "--hub"])
        .arg(&hub)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let alerts: Vec<Value> = serde_json::from_slice(&json).unwrap();
    let rise = alerts
        .iter()
        .find(|a| a["theme"] == RISING_THEME && a["site"] == "Site C")
        .expect("the planted rise");
    let mut keys: Vec<&str> = rise
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "count",
            "examples",
            "expected",
            "major",
            "period",
            "rose_overall_too",
            "rule",
            "site",
            "theme",
            "upper_limit"
        ]
    );
    assert_eq!(rise["rule"], "above_upper_limit");
    assert_eq!(
        rise["rose_overall_too"], true,
        "the rise shows across all sites too"
    );
    assert!(
        !alerts
            .iter()
            .any(|a| a["theme"] == RISING_THEME && a["site"].is_null()),
        "shown at its site, not also overall: the difference would give the other sites' count away"
    );
}
