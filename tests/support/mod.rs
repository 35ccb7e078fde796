//! What the integration tests share: the binary run from the project root, and `run` on
//! the sample inputs of the README's main command. Each test crate uses part of it.
#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// The sample inputs of the README's main command.
pub const SAMPLE_INPUTS: [&str; 2] = [
    "corpus-samples/fft_sample.csv",
    "corpus-samples/fft_sample.jsonl",
];

/// The binary, run from the project root (where `corpus-samples/` is).
pub fn bin() -> Command {
    let mut cmd = Command::cargo_bin("feedback-themes").expect("the binary is built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Runs `run --quiet` on the samples into `out` with `extra` arguments; the test fails
/// if the run does.
pub fn run_samples(out: &Path, extra: &[&str]) {
    bin()
        .arg("run")
        .args(SAMPLE_INPUTS)
        .args(["--quiet", "--out"])
        .arg(out)
        .args(extra)
        .assert()
        .success();
}

/// `(label, source, score)` of each theme of a `tagged.jsonl` row, in order.
pub fn row_themes(row: &Value) -> Vec<(String, String, f64)> {
    row["themes"]
        .as_array()
        .expect("a tagged row has a themes list")
        .iter()
        .map(|t| {
            (
                t["label"].as_str().unwrap_or_default().to_string(),
                t["source"].as_str().unwrap_or_default().to_string(),
                t["score"].as_f64().unwrap_or_default(),
            )
        })
        .collect()
}

/// `text` as one CSV field: quoted, inner quotes doubled.
pub fn csv_field(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// `redact` on one plain-text comment per line, with the given extra arguments: the
/// output lines, one per comment (the test fails if the run does).
pub fn redact_with(lines: &[&str], extra: &[&str]) -> Vec<String> {
    let mut args = vec!["redact", "-q", "--format", "text"];
    args.extend_from_slice(extra);
    let out = bin()
        .args(&args)
        .write_stdin(lines.join("\n") + "\n")
        .output()
        .expect("redact runs");
    assert!(out.status.success());
    let lines_out: Vec<String> = String::from_utf8(out.stdout)
        .expect("redact writes UTF-8")
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines_out.len(), lines.len());
    lines_out
}

/// Whether `word` is still readable as a word of `redacted` (a possessive's "'s" and a
/// closing quote do not hide it).
pub fn readable(redacted: &str, word: &str) -> bool {
    redacted
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(|w| w.trim_end_matches("'s").trim_end_matches('\''))
        .any(|w| w == word)
}

/// `redact` on each case's comment; fails, naming the word and the case, if any word of
/// the case is left readable ([`readable`]).
pub fn assert_words_not_readable(cases: &[(&str, &[&str])]) {
    let lines: Vec<&str> = cases.iter().map(|(line, _)| *line).collect();
    let out = redact_with(&lines, &[]);
    for ((line, names), redacted) in cases.iter().zip(&out) {
        for name in *names {
            assert!(
                !readable(redacted, name),
                "{name} left readable in case {line:?}"
            );
        }
    }
}

/// `redact` on each case's comment; fails unless the comment gets a `[PERSON]` and its
/// name is no longer a word of the output.
pub fn assert_name_replaced(cases: &[(&str, &str)]) {
    let lines: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let out = redact_with(&lines, &[]);
    for ((line, name), redacted) in cases.iter().zip(&out) {
        assert!(redacted.contains("[PERSON]"), "{line} -> {redacted}");
        let words: Vec<&str> = redacted.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(!words.contains(name), "{name} left readable: {redacted}");
    }
}

/// `redact` on each comment; fails, naming the comment, unless every one comes back as
/// written (comments that hold no one: look-alikes, words that are also names).
pub fn assert_left_as_written(lines: &[&str]) {
    let out = redact_with(lines, &[]);
    for (line, redacted) in lines.iter().zip(&out) {
        assert_eq!(line, redacted, "a word was redacted as a person");
    }
}
