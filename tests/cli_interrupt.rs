//! Kills `run` at many moments (times into the run, and the moments its staging folder
//! reaches given stages, up to the swap itself) and checks the output folder always
//! holds one whole set (the previous run's or the new one's, never a mix), that
//! SIGTERM / SIGINT stop cleanly (exit 143 / 130, one line, no staging folder left),
//! and that a staging folder left by `kill -9` is swept by the next run.

// Test code may unwrap: a failure here is a failed test, not a user's error.
#![allow(clippy::unwrap_used)]
#![cfg(target_os = "linux")]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rustix::process::{Pid, Signal};
use sha2::{Digest, Sha256};

/// Rows in the generated input: enough for a run to take a while.
const ROWS: usize = 30_000;

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("feedback-themes")
}

/// A varied FFT-style CSV of `ROWS` rows.
fn write_input(path: &Path) {
    let openers = [
        "The staff were",
        "Reception was",
        "The ward was",
        "Parking was",
    ];
    let middles = [
        "very kind",
        "rude",
        "slow to answer",
        "clean and calm",
        "expensive",
    ];
    let tails = ["on ward", "after", "at bed", "in room"];
    let mut csv = String::from("Comment ID,FFT question,FFT answer,FFT categorical answer\n");
    for i in 0..ROWS {
        let text = format!(
            "{} {} {} {}.",
            openers[i % 4],
            middles[(i / 4) % 5],
            tails[(i / 20) % 4],
            i % 997
        );
        let question = ["What was good?", "What could we do better?"][i % 2];
        csv.push_str(&format!("K-{i},{question},{text},{}\n", 1 + i % 5));
    }
    fs::write(path, csv).unwrap();
}

fn start(input: &Path, out: &Path, seed: u64) -> Child {
    Command::new(binary())
        .args(["run", "--quiet", "--seed", &seed.to_string(), "--out"])
        .arg(out)
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// A digest of every output file (the manifest without its timings).
fn fingerprint(out: &Path) -> String {
    let mut names: Vec<String> = fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut hash = Sha256::new();
    for name in &names {
        hash.update(name.as_bytes());
        let bytes = fs::read(out.join(name)).unwrap();
        if name == "manifest.json" {
            let mut manifest: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            manifest.as_object_mut().unwrap().remove("timings");
            hash.update(manifest.to_string().as_bytes());
        } else {
            hash.update(&bytes);
        }
    }
    format!("{:x}", hash.finalize())
}

/// Entries beside the output folder other than the input and the folder itself.
fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "in.csv" && n != "out" && n != "ref")
        .collect()
}

/// Sends `signal` to the child straight away (no `kill` process in between, so the
/// moment it lands is close to the moment chosen).
fn send(child: &Child, signal: Signal) {
    let pid = Pid::from_raw(child.id() as i32).unwrap();
    rustix::process::kill_process(pid, signal).unwrap();
}

/// When to stop a run: after a share of a full run's time, or as soon as its staging
/// folder (`.out.feedback-themes-PID-0` beside `out`) holds a given entry.
#[derive(Debug, Clone, Copy)]
enum Moment {
    /// This share of the full run's wall time after the start.
    After(f64),
    /// The staging folder exists (the run has begun: the model is loading).
    Staged,
    /// A temporary file is being written in the staging folder (export under way).
    Exporting,
    /// This output file is complete in the staging folder. `report.html` is the last
    /// before the swap, so a signal sent then lands just before, during or just after
    /// the exchange of the two folders.
    Written(&'static str),
}

/// Waits for `moment` in the child's run; false when the run ended first.
fn wait_for(child: &mut Child, moment: Moment, full: Duration, parent: &Path) -> bool {
    let staging = parent.join(format!(".out.feedback-themes-{}-0", child.id()));
    let began = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        let reached = match moment {
            Moment::After(share) => began.elapsed() >= full.mul_f64(share),
            Moment::Staged => staging.is_dir(),
            Moment::Exporting => fs::read_dir(&staging).is_ok_and(|mut entries| {
                entries.any(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".tmp")))
            }),
            Moment::Written(name) => staging.join(name).is_file(),
        };
        if reached {
            return true;
        }
        assert!(
            began.elapsed() < Duration::from_secs(120),
            "{moment:?} never came"
        );
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// Stops runs of seed 2 into `out` (holding the seed-1 set, or the seed-2 set once a
/// run got through) at each moment and checks after each that `out` holds one whole
/// set, that a stopped run said so in one line with the signal's exit code, and that
/// nothing is left beside `out`. Moments that leave a run much work to do must stop it.
#[test]
fn killed_runs_leave_one_whole_set() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    write_input(&input);
    let out = dir.path().join("out");
    // The reference set is made in a folder also named `out` (elsewhere): report.html
    // names its run folder.
    let ref_dir = tempfile::tempdir().unwrap();
    let reference = ref_dir.path().join("out");

    // The old set (seed 1) in `out`; the new set (seed 2) computed aside, timed.
    assert!(start(&input, &out, 1).wait().unwrap().success());
    let old = fingerprint(&out);
    let began = Instant::now();
    assert!(start(&input, &reference, 2).wait().unwrap().success());
    let full = began.elapsed();
    let new = fingerprint(&reference);
    assert_ne!(old, new, "the two seeds must give different sets");

    let moments = [
        (Moment::Staged, Signal::TERM, true),
        (Moment::After(0.3), Signal::TERM, false),
        (Moment::After(0.6), Signal::INT, false),
        (Moment::Exporting, Signal::INT, true),
        (Moment::Exporting, Signal::TERM, true),
        (Moment::Written("tagged.csv"), Signal::TERM, false),
        (Moment::Written("clusters.json"), Signal::TERM, false),
        (Moment::Written("manifest.json"), Signal::TERM, false),
        (Moment::Written("report.html"), Signal::INT, false),
        (Moment::Written("report.html"), Signal::TERM, false),
    ];
    for (moment, signal, must_stop) in moments {
        let (name, code) = if signal == Signal::INT {
            ("SIGINT", 130)
        } else {
            ("SIGTERM", 143)
        };
        let mut child = start(&input, &out, 2);
        if wait_for(&mut child, moment, full, dir.path()) {
            send(&child, signal);
        }
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        match output.status.code() {
            Some(c) if c == code => {
                assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
                assert!(stderr.contains(name), "{stderr}");
            }
            Some(0) if !must_stop => {} // finished before the signal
            other => panic!("exit {other:?} after {name} at {moment:?}: {stderr}"),
        }
        let now = fingerprint(&out);
        if stderr.contains("complete and in place") {
            assert!(
                now == new,
                "said complete after {name} at {moment:?}, but is not"
            );
        }
        assert!(
            now == old || now == new,
            "a mixed set after {name} at {moment:?} (exit {:?})",
            output.status.code()
        );
        assert!(
            leftovers(dir.path()).is_empty(),
            "after {name} at {moment:?}: {:?}",
            leftovers(dir.path())
        );
    }

    // kill -9: nothing can clean up, the folder is still one set; the next run sweeps.
    for moment in [Moment::Exporting, Moment::Written("report.html")] {
        let mut child = start(&input, &out, 3);
        if wait_for(&mut child, moment, full, dir.path()) {
            send(&child, Signal::KILL);
        }
        child.wait().unwrap();
        let now = fingerprint(&out);
        assert!(
            now == old || now == new || child_finished(&out),
            "mixed after kill -9 at {moment:?}"
        );
    }
    assert!(start(&input, &out, 2).wait().unwrap().success());
    assert_eq!(fingerprint(&out), new);
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
}

/// True when `out` holds a whole seed-3 set (a run that finished before `kill -9`).
fn child_finished(out: &Path) -> bool {
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let listed = manifest["outputs"].as_array().unwrap().len();
    manifest["seed"] == 3 && fs::read_dir(out).unwrap().count() == listed
}

#[test]
fn an_output_folder_with_other_files_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    fs::write(&input, "text\nLovely staff\n").unwrap();
    let out = dir.path().join("mine");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("notes.txt"), "keep me").unwrap();
    let output = start(&input, &out, 1).wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("notes.txt"), "{stderr}");
    assert_eq!(
        fs::read_to_string(out.join("notes.txt")).unwrap(),
        "keep me"
    );
}
