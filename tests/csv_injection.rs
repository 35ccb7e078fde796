//! Every CSV the tool writes (`run`'s tagged.csv and quarantine.csv, `retheme`'s
//! tagged.csv, `redact`'s CSV output) guards cells a spreadsheet would run as formulas,
//! unless `--no-csv-escape` is given. JSON outputs keep the text as it is.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;

mod support;
use support::bin;

/// Comments and ids that a spreadsheet would run as formulas; the last row has a
/// field too many, so it goes to quarantine.csv with its (hostile) id.
const HOSTILE: &str = "id,text,site\n\
=1+1,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click for results\"\")\",@ward\n\
+2,-- the call bell was ignored,-\n\
3,@Dr was lovely,=SUM(A1)\n\
4,\tplain tab start,A\n\
5,\"Kind staff, -3 degrees outside\",B\n\
=cmd|' /C calc'!A0,too,many,fields\n";

/// Cells of a CSV file (header included).
fn cells(path: &Path) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .unwrap();
    reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// True when a spreadsheet could run the cell (a plain number cannot).
fn risky(cell: &str) -> bool {
    let plain_number = cell
        .trim_start_matches(['+', '-'])
        .split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !plain_number
}

fn assert_guarded(path: &Path) {
    let cells = cells(path);
    let bad: Vec<&String> = cells.iter().filter(|c| risky(c)).collect();
    assert!(bad.is_empty(), "{}: unguarded {bad:?}", path.display());
}

fn assert_unguarded(path: &Path, expected: &str) {
    assert!(
        cells(path).iter().any(|c| c == expected),
        "{} keeps {expected:?} with --no-csv-escape",
        path.display()
    );
}

/// Runs `run` on the hostile file (plus `extra` flags) into `dir/out`.
fn run(dir: &Path, extra: &[&str]) -> std::path::PathBuf {
    let input = dir.join("hostile.csv");
    fs::write(&input, HOSTILE).unwrap();
    let out = dir.join("out");
    bin()
        .args(["run", "--quiet", "--out"])
        .arg(&out)
        .arg(&input)
        .args(extra)
        .assert()
        .success();
    out
}

#[test]
fn run_and_retheme_guard_every_csv_cell_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &[]);
    assert_guarded(&out.join("tagged.csv"));
    assert_guarded(&out.join("quarantine.csv"));
    let tagged = cells(&out.join("tagged.csv"));
    assert!(tagged.contains(&"'-- the call bell was ignored".to_string()));
    assert!(tagged.contains(&"'=1+1".to_string()), "ids are guarded too");
    assert!(cells(&out.join("quarantine.csv")).contains(&"'=cmd|' /C calc'!A0".to_string()));
    // tagged.jsonl is data, not a spreadsheet: the text is kept as written.
    let jsonl = fs::read_to_string(out.join("tagged.jsonl")).unwrap();
    assert!(jsonl.contains("\"text\":\"-- the call bell was ignored\""));

    let edits = dir.path().join("edits.toml");
    fs::write(&edits, "").unwrap();
    let again = dir.path().join("again");
    bin()
        .args(["retheme", "--quiet", "--tagged"])
        .arg(&out)
        .arg("--edits")
        .arg(&edits)
        .arg("--out")
        .arg(&again)
        .assert()
        .success();
    assert_eq!(
        fs::read(out.join("tagged.csv")).unwrap(),
        fs::read(again.join("tagged.csv")).unwrap(),
        "retheme reads tagged.jsonl, so its CSV is escaped once, not twice"
    );
}

#[test]
fn no_csv_escape_writes_cells_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--no-csv-escape"]);
    assert_unguarded(&out.join("tagged.csv"), "-- the call bell was ignored");
    assert_unguarded(&out.join("quarantine.csv"), "=cmd|' /C calc'!A0");

    let edits = dir.path().join("edits.toml");
    fs::write(&edits, "").unwrap();
    let again = dir.path().join("again");
    bin()
        .args(["retheme", "--quiet", "--no-csv-escape", "--tagged"])
        .arg(&out)
        .arg("--edits")
        .arg(&edits)
        .arg("--out")
        .arg(&again)
        .assert()
        .success();
    assert_unguarded(&again.join("tagged.csv"), "-- the call bell was ignored");
}

#[test]
fn redact_guards_csv_output_unless_asked_not_to() {
    let input = "id,text,site\n=1+1,-- ring 07700 900063,@ward\n2,fine,-3\n";
    let redact = |extra: &[&str]| {
        let output = bin()
            .args(["redact", "--quiet", "--format", "csv"])
            .args(extra)
            .write_stdin(input)
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(
        redact(&[]),
        "id,text,site\n'=1+1,'-- ring [PHONE_NUMBER],'@ward\n2,fine,-3\n"
    );
    assert_eq!(
        redact(&["--no-csv-escape"]),
        "id,text,site\n=1+1,-- ring [PHONE_NUMBER],@ward\n2,fine,-3\n"
    );
}
