//! The `redact` and `eval pii` commands end to end: formats, exit codes, and that
//! errors name lines without echoing comment text.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;

fn bin() -> Command {
    Command::cargo_bin("feedback-themes").expect("binary builds")
}

#[test]
fn redacts_jsonl_from_stdin_keeping_other_fields() {
    let out = bin()
        .args(["redact", "--format", "jsonl", "-q"])
        .write_stdin("{\"id\":\"a1\",\"text\":\"ring 07700 900063\",\"site\":3}\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "{\"id\":\"a1\",\"text\":\"ring [PHONE_NUMBER]\",\"site\":3,\"redactions\":[{\"start\":5,\"end\":17,\"type\":\"PHONE_NUMBER\"}]}\n"
    );
}

#[test]
fn bad_jsonl_line_exits_2_naming_the_line_not_the_text() {
    let out = bin()
        .args(["redact", "--format", "jsonl"])
        .write_stdin("{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\": secretword}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("line 2"), "{err}");
    assert!(!err.contains("secretword"), "{err}");
}

#[test]
fn csv_file_is_written_whole_with_numbered_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    let output = dir.path().join("out.csv");
    std::fs::write(
        &input,
        "id,comment\n1,\"LE1 4SP then LE2 7LX then LE1 4SP\"\n",
    )
    .unwrap();
    bin()
        .args(["redact", "--style", "numbered", "-q"])
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&output).unwrap(),
        "id,comment\n1,[UK_POSTCODE_1] then [UK_POSTCODE_2] then [UK_POSTCODE_1]\n"
    );
}

#[test]
fn standard_input_defaults_to_plain_text() {
    bin()
        .args(["redact", "-q"])
        .write_stdin("Call 07700 900123\nno pii here\n")
        .assert()
        .success()
        .stdout("Call [PHONE_NUMBER]\nno pii here\n");
}

#[test]
fn unknown_format_and_missing_files_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let unknown = dir.path().join("notes.xyz");
    std::fs::write(&unknown, "x\n").unwrap();
    bin().arg("redact").arg(&unknown).assert().code(2);
    bin().args(["redact", "/no/such/file.csv"]).assert().code(2);
    bin()
        .args(["eval", "pii", "--gold", "/no/such/gold.jsonl"])
        .assert()
        .code(2);
}

#[test]
fn eval_pii_prints_one_json_line() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        "{\"id\":\"g1\",\"text\":\"call 07700 900063\",\"has_pii\":true,\"spans\":[{\"start\":5,\"end\":17,\"type\":\"PHONE_NUMBER\",\"value\":\"x\"}],\"decoys\":[]}\n",
    )
    .unwrap();
    let out = bin()
        .args(["eval", "pii", "--json", "--gold"])
        .arg(&gold)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["per_type"]["PHONE_NUMBER"]["recall"], 1.0);
    assert_eq!(report["overall"]["leaked_chars"], 0);
}

/// `eval pii --tagger FILE` measures that weight file: the shipped one gives the shipped
/// figures byte for byte, and a file that is no weight file is a clear error (exit 2)
/// naming it.
#[test]
fn eval_pii_measures_a_given_tagger_file() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        "{\"id\":\"g1\",\"text\":\"Thanks to Zanele Okonkwo on ward 4\",\"has_pii\":true,\"spans\":[{\"start\":10,\"end\":24,\"type\":\"PERSON\",\"value\":\"x\"}],\"decoys\":[]}\n",
    )
    .unwrap();
    let report = |extra: &[&std::ffi::OsStr]| {
        let out = bin()
            .args(["eval", "pii", "--json", "--gold"])
            .arg(&gold)
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success());
        let line = String::from_utf8(out.stdout).unwrap();
        let mut report: serde_json::Value = serde_json::from_str(&line).unwrap();
        report
            .as_object_mut()
            .unwrap()
            .remove("comments_per_second");
        report
    };
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models/pii/tagger.bin");
    let compiled_in = report(&[]);
    assert_eq!(compiled_in["per_type"]["PERSON"]["recall"], 1.0);
    assert_eq!(
        report(&["--tagger".as_ref(), shipped.as_os_str()]),
        compiled_in
    );
    let not_weights = dir.path().join("weights.bin");
    std::fs::write(&not_weights, b"not a weight file").unwrap();
    let out = bin()
        .args(["eval", "pii", "--gold"])
        .arg(&gold)
        .arg("--tagger")
        .arg(&not_weights)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("weights.bin") && stderr.contains("not a tagger weight file"));
}

/// `redact … | head`: the reader closes the pipe early. The run stops quietly with 141
/// (128 + SIGPIPE, as a tool SIGPIPE stopped) instead of a panic or an error line.
#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command as Process, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("lines.txt");
    let mut text = String::new();
    for i in 0..50_000 {
        text.push_str(&format!("Seen by Nurse Okafor on visit {i}, all fine\n"));
    }
    std::fs::write(&input, text).unwrap();
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("feedback-themes"))
        .args(["redact", "-q"])
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("Seen by Nurse [PERSON]"), "{first}");
    // The reader is dropped here: the pipe is closed with most rows unwritten.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(141));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
