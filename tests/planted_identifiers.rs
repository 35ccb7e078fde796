//! Plants made-up identifiers (a name, an NHS number, a phone number, an e-mail address
//! and a postcode) in a small labelled CSV, then trains a model on it, runs the pipeline
//! with that model, redacts it, lists its clusters, scores it and drives a few errors:
//! none of the identifiers may appear in any file written, in the model folder, or in
//! anything printed (stdout or stderr).

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

mod support;
use support::bin;

/// The planted values, as written and in the forms a leak could take (stemmed terms
/// in a model's vocabulary: `zebede`, `quillfeath`; one group of a phone number).
const PLANTED: [&str; 12] = [
    "Zebedee",
    "Quillfeather",
    "zebede",
    "quillfeat",
    "900063",
    "943 476 5919",
    "9434765919",
    "07700 900063",
    "07700900063",
    "zeb.quill@example.org",
    "zeb.quill",
    "M60 2LA",
];

/// Comments that carry the identifiers, each with a theme a model can learn.
const COMMENTS: [(&str, &str); 6] = [
    (
        "Nurse Zebedee Quillfeather was so kind and there were enough staff on the ward",
        "Staffing levels & responsiveness",
    ),
    (
        "The food was cold and the meals came late, ring me on 07700 900063",
        "Food & drink provision & facilities",
    ),
    (
        "Waited four hours to be seen, my NHS number is 943 476 5919",
        "Timeliness of care",
    ),
    (
        "No transport home after discharge, write to zeb.quill@example.org",
        "Transport to/ from services",
    ),
    (
        "Not enough nurses at night, I live at M60 2LA",
        "Staffing levels & responsiveness",
    ),
    (
        "Dr Zebedee Quillfeather kept us waiting a long time for the appointment",
        "Timeliness of care",
    ),
];

const LABELS: [&str; 4] = [
    "Staffing levels & responsiveness",
    "Food & drink provision & facilities",
    "Timeliness of care",
    "Transport to/ from services",
];

/// A labelled CSV in the QDC layout: every comment ten times with small variations,
/// plus a row with a field too many (quarantined by `run` and `redact`).
fn write_gold(path: &Path) {
    let mut csv = csv::Writer::from_path(path).unwrap();
    let mut header = vec![
        "Comment ID",
        "FFT question",
        "FFT answer",
        "FFT categorical answer",
        "Comment sentiment",
    ];
    header.extend(LABELS);
    csv.write_record(&header).unwrap();
    let fillers = ["", " today", " again", " sadly", " this week", " as usual"];
    for round in 0..10 {
        for (i, (text, label)) in COMMENTS.iter().enumerate() {
            let mut row = vec![
                format!("P{round}-{i}"),
                "What could we do better?".to_string(),
                format!("{text}{}", fillers[(round + i) % fillers.len()]),
                "4".to_string(),
                "4".to_string(),
            ];
            row.extend(
                LABELS
                    .iter()
                    .map(|l| if l == label { "1" } else { "" }.to_string()),
            );
            csv.write_record(&row).unwrap();
        }
    }
    csv.flush().unwrap();
    drop(csv);
    let mut bytes = fs::read(path).unwrap();
    bytes.extend_from_slice(
        b"BAD1,What was good?,Zebedee Quillfeather 07700 900063,1,1,,,,,extra\n",
    );
    fs::write(path, bytes).unwrap();
}

/// Everything a command printed.
fn printed(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Runs a command and returns what it printed (whatever its exit code).
fn run(args: &[&str], paths: &[&Path]) -> String {
    let mut cmd = bin();
    cmd.args(args);
    for path in paths {
        cmd.arg(path);
    }
    printed(&cmd.output().unwrap())
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn assert_clean(what: &str, content: &str) {
    let lower = content.to_lowercase();
    for value in PLANTED {
        assert!(
            !lower.contains(&value.to_lowercase()),
            "{value:?} leaks into {what}"
        );
    }
}

#[test]
fn planted_identifiers_reach_no_output_model_file_or_message() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let gold = root.join("planted.csv");
    write_gold(&gold);
    let model = root.join("model");
    let out = root.join("out");
    let mut messages = Vec::new();

    // Training refuses the file while it has a bad row, naming the line only.
    let refused = bin()
        .args(["train", "--cv", "0", "--gold"])
        .arg(&gold)
        .arg("--out")
        .arg(&model)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2), "{}", printed(&refused));
    messages.push(("train (bad row)", printed(&refused)));
    let good = root.join("planted_good.csv");
    let text = fs::read_to_string(&gold).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("BAD1")).collect();
    fs::write(&good, kept.join("\n") + "\n").unwrap();

    let trained = bin()
        .args(["train", "--cv", "2", "--gold"])
        .arg(&good)
        .arg("--out")
        .arg(&model)
        .output()
        .unwrap();
    assert!(trained.status.success(), "{}", printed(&trained));
    messages.push(("train", printed(&trained)));

    let m = model.to_str().unwrap();
    let o = out.to_str().unwrap();
    messages.push(("run", run(&["run", "--model", m, "--out", o], &[&gold])));
    assert!(out.join("tagged.jsonl").is_file(), "{}", messages[2].1);
    assert!(
        fs::read_to_string(out.join("tagged.jsonl"))
            .unwrap()
            .contains("[PERSON]"),
        "the redactor ran"
    );
    messages.push(("clusters", run(&["clusters", "--json", "--tagged", o], &[])));
    messages.push(("clusters", run(&["clusters", "--tagged", o], &[])));
    let redacted = root.join("redacted");
    fs::create_dir(&redacted).unwrap();
    let r = redacted.join("planted.csv");
    let q = redacted.join("quarantine.csv");
    messages.push((
        "redact",
        run(
            &[
                "redact",
                "-o",
                r.to_str().unwrap(),
                "--quarantine",
                q.to_str().unwrap(),
            ],
            &[&gold],
        ),
    ));
    messages.push(("redact without --quarantine", run(&["redact"], &[&gold])));
    messages.push((
        "eval themes",
        run(&["eval", "themes", "--model", m, "--gold"], &[&good]),
    ));
    // Errors: a wrong text column in a file whose first row is a planted comment.
    let headerless = root.join("headerless.csv");
    fs::write(
        &headerless,
        "Zebedee Quillfeather rang 07700 900063,5\nfine,4\n",
    )
    .unwrap();
    messages.push((
        "run on a headerless file",
        run(&["run", "--out", o], &[&headerless]),
    ));
    messages.push((
        "redact on a headerless file",
        run(&["redact"], &[&headerless]),
    ));

    for (what, message) in &messages {
        assert_clean(what, message);
    }
    let mut checked = 0;
    for folder in [&model, &out, &redacted] {
        for file in files_under(folder) {
            let bytes = fs::read(&file).unwrap();
            assert_clean(
                &file.display().to_string(),
                &String::from_utf8_lossy(&bytes),
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 7 + 6 + 2,
        "model, run and redact files all checked: {checked}"
    );
}
