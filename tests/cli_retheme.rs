//! Drives `feedback-themes retheme` and `clusters` end to end: `run` on `corpus-samples/`,
//! then the shipped `corpus-samples/analyst_edits.toml` applied to its output.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

mod support;
use support::{bin, row_themes as themes, run_samples};

const EDITS: &str = "corpus-samples/analyst_edits.toml";
const OUTPUTS: [&str; 4] = [
    "tagged.jsonl",
    "tagged.csv",
    "summary.json",
    "clusters.json",
];

/// The sample run's output folder, made once for all tests in this file.
fn sample_run() -> &'static Path {
    static RUN: OnceLock<PathBuf> = OnceLock::new();
    RUN.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("retheme-sample-run");
        let _ = fs::remove_dir_all(&out);
        run_samples(&out, &[]);
        out
    })
}

/// Runs `retheme` on `tagged` with `edits` into a fresh folder; returns it with stderr.
fn retheme(tagged: &Path, edits: &Path) -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = bin()
        .arg("retheme")
        .arg("--tagged")
        .arg(tagged)
        .arg("--edits")
        .arg(edits)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(output.status.success(), "retheme failed: {stderr}");
    (dir, out, stderr)
}

fn shipped_edits() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(EDITS)
}

/// The ids the shipped edits file gives each cluster name.
fn shipped_cluster_id(name: &str) -> u64 {
    let edits: toml::Value = fs::read_to_string(shipped_edits())
        .unwrap()
        .parse()
        .unwrap();
    edits["cluster"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"].as_str() == Some(name))
        .and_then(|c| c["id"].as_integer())
        .unwrap() as u64
}

/// The override ids of the shipped edits file.
fn shipped_override_ids() -> Vec<String> {
    let edits: toml::Value = fs::read_to_string(shipped_edits())
        .unwrap()
        .parse()
        .unwrap();
    edits["override"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_string())
        .collect()
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// Rows of a tagged.jsonl by id.
fn rows(dir: &Path) -> BTreeMap<String, Value> {
    fs::read_to_string(dir.join("tagged.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let row: Value = serde_json::from_str(l).unwrap();
            (row["id"].as_str().unwrap().to_string(), row)
        })
        .collect()
}

/// Comments per theme label in a summary.json.
fn summary_counts(dir: &Path) -> BTreeMap<String, u64> {
    read_json(&dir.join("summary.json"))["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["label"].as_str().unwrap().to_string(),
                t["total"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Every comment text of the sample run long enough to recognise in an error message.
fn comment_texts() -> Vec<String> {
    rows(sample_run())
        .values()
        .filter_map(|r| r["text"].as_str())
        .filter(|t| t.len() >= 12)
        .map(str::to_string)
        .collect()
}

fn sha256_hex(path: &Path) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(fs::read(path).unwrap())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn shipped_edits_add_cluster_and_override_themes() {
    let before = rows(sample_run());
    let (_dir, out, _) = retheme(sample_run(), &shipped_edits());
    let after = rows(&out);
    assert_eq!(before.len(), after.len(), "every row is written");
    let food = "Food & drink provision & facilities";
    let env = "Environment, facilities & equipment";
    let food_id = shipped_cluster_id("Food and drink");
    let parking_id = shipped_cluster_id("Parking");
    let mixed_id = shipped_cluster_id("Advocacy, tribunals and mixed");

    // `set` overrides replace every theme, whatever the cluster maps.
    let set_by_override = ["SYN-C0265", "SYN-J0004"];
    for id in set_by_override {
        assert_eq!(
            themes(&after[id]),
            [(env.to_string(), "override".to_string(), 1.0)]
        );
    }
    // The food cluster is mapped to food: every real answer in it carries it from the
    // cluster, once, with score 1.0, unless an override set its themes.
    let mut in_food_cluster = 0;
    for (id, row) in &after {
        if row["cluster"]["id"] != food_id || set_by_override.contains(&id.as_str()) {
            continue;
        }
        assert_eq!(row["cluster"]["label"], "Food and drink");
        in_food_cluster += 1;
        let t = themes(row);
        let mapped = (food.to_string(), "cluster".to_string(), 1.0);
        assert_eq!(
            t.iter().filter(|x| x.0 == food).collect::<Vec<_>>(),
            [&mapped],
            "{id}: one entry, from the cluster"
        );
        // Only an override's own additions come before the cluster's mapping.
        if !shipped_override_ids().contains(id) {
            assert_eq!(t[0], mapped, "{id}");
        }
    }
    // The sample food comments form a few clusters whose sizes follow the model's theme
    // scores (nineteenth round: 6, 4 and 4); the mapped one holds SYN-C0002.
    assert!(in_food_cluster >= 4, "{in_food_cluster}");

    let c0001 = themes(&after["SYN-C0001"]);
    assert_eq!(
        c0001[0],
        ("Mental Health Act".to_string(), "override".to_string(), 1.0)
    );
    assert_eq!(
        after["SYN-C0001"]["themes"][0]["major"],
        "Mental Health specifics"
    );
    // An override's addition comes before the cluster's mapping.
    let c0002 = themes(&after["SYN-C0002"]);
    assert_eq!(
        c0002[0],
        (
            "Transport to/ from services".to_string(),
            "override".to_string(),
            1.0
        )
    );
    assert_eq!(
        after["SYN-C0002"]["cluster"]["id"], food_id,
        "SYN-C0002 sits in the mapped food cluster, so the order below is checked"
    );
    if after["SYN-C0002"]["cluster"]["id"] == food_id {
        assert_eq!(c0002[1], (food.to_string(), "cluster".to_string(), 1.0));
    }
    assert!(themes(&after["SYN-C0056"])
        .iter()
        .all(|t| t.0 != "Timeliness of care"));

    // Rows no edit reaches are written exactly as read.
    let overridden = shipped_override_ids();
    let edited = [food_id, parking_id, mixed_id];
    for (id, row) in &before {
        let in_edited = row["cluster"]["id"]
            .as_u64()
            .is_some_and(|c| edited.contains(&c));
        if !in_edited && !overridden.contains(id) {
            assert_eq!(row, &after[id], "{id} untouched");
        }
    }

    // Summary counts follow the rows.
    let counts = summary_counts(&out);
    for (label, total) in &counts {
        let carrying = after
            .values()
            .filter(|r| themes(r).iter().any(|t| &t.0 == label))
            .count() as u64;
        assert_eq!(*total, carrying, "summary count of {label}");
    }
    let old = summary_counts(sample_run());
    // A mapped cluster adds its theme to each of its comments the model had not given it
    // (none, where the model gave it to all) and whose themes an override did not set,
    // and nothing else moves those counts.
    let gained = |cluster: u64, label: &str| {
        after
            .iter()
            .filter(|(id, r)| {
                r["cluster"]["id"] == cluster
                    && !set_by_override.contains(&id.as_str())
                    && themes(&before[*id]).iter().all(|t| t.0 != label)
            })
            .count() as u64
    };
    assert_eq!(counts[food], old[food] + gained(food_id, food));
    let parking = "Parking";
    assert_eq!(counts[parking], old[parking] + gained(parking_id, parking));
    // The two overrides add Mental Health Act where the model had not given it.
    let mha = "Mental Health Act";
    let newly = ["SYN-C0001", "SYN-J0104"]
        .iter()
        .filter(|id| themes(&before[**id]).iter().all(|t| t.0 != mha))
        .count() as u64;
    // The model may give Mental Health Act to both itself (then `newly` is 0); the
    // transport override adds what the model had not given, and is counted.
    let transport = "Transport to/ from services";
    assert!(themes(&before["SYN-C0002"])
        .iter()
        .all(|t| t.0 != transport));
    assert_eq!(counts[transport], old[transport] + 1);
    assert_eq!(counts[mha], old[mha] + newly);

    // clusters.json carries the analyst names; nothing else in it changes.
    let clusters = read_json(&out.join("clusters.json"));
    let name_of = |id: u64| {
        clusters["clusters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()["name"]
            .clone()
    };
    assert_eq!(name_of(food_id), "Food and drink");
    assert_eq!(name_of(mixed_id), "Advocacy, tribunals and mixed");
    let unnamed = (1..).find(|id| !edited.contains(id)).unwrap();
    assert!(name_of(unnamed).is_null());

    // The manifest records hashes and what changed.
    let manifest = read_json(&out.join("manifest.json"));
    assert_eq!(manifest["command"], "retheme");
    assert_eq!(
        manifest["inputs"][0]["sha256"],
        sha256_hex(&sample_run().join("tagged.jsonl"))
    );
    assert_eq!(
        manifest["inputs"][1]["sha256"],
        sha256_hex(&sample_run().join("clusters.json"))
    );
    assert_eq!(manifest["edits"]["sha256"], sha256_hex(&shipped_edits()));
    let changes = &manifest["changes"];
    assert_eq!(changes["comments"], before.len() as u64);
    assert_eq!(
        changes["themes_added"]["cluster"],
        gained(food_id, food) + gained(parking_id, parking)
    );
    // Transport, the two `set` environment themes, and Mental Health Act where new.
    assert_eq!(changes["themes_added"]["override"], 3 + newly);
    assert!(changes["themes_taken_over"]["cluster"].as_u64().unwrap() > 0);
    assert_eq!(changes["clusters_named"], 3);
    assert_eq!(changes["override_ids_not_found"], 0);
    let touched = before.iter().filter(|(id, r)| *r != &after[*id]).count();
    assert_eq!(changes["comments_touched"], touched as u64);
}

/// The shipped edits file is an example for the sample run: each cluster it maps to a
/// theme is, in that run, a cluster whose comments most often carry that theme. When
/// clustering changes, the file's ids must be brought up to date (this test says so).
#[test]
fn shipped_edits_map_sample_clusters_to_their_own_themes() {
    let clusters = read_json(&sample_run().join("clusters.json"));
    let edits: toml::Value = fs::read_to_string(shipped_edits())
        .unwrap()
        .parse()
        .unwrap();
    for edit in edits["cluster"].as_array().unwrap() {
        let id = edit["id"].as_integer().unwrap();
        let cluster = clusters["clusters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"].as_i64() == Some(id))
            .unwrap_or_else(|| panic!("{EDITS}: cluster {id} is not in the sample run"));
        let Some(mapped) = edit.get("themes").and_then(|t| t.as_array()) else {
            continue;
        };
        let top = cluster["themes"][0]["label"].as_str().unwrap_or("");
        for theme in mapped {
            assert_eq!(
                theme.as_str().unwrap(),
                top,
                "{EDITS}: cluster {id} ({}) is mostly about {top}; update its id",
                cluster["label"]
            );
        }
    }
}

#[test]
fn tagged_csv_lists_each_theme_with_its_source() {
    let (_dir, out, _) = retheme(sample_run(), &shipped_edits());
    let jsonl = rows(&out);
    let mut csv = csv::Reader::from_path(out.join("tagged.csv")).unwrap();
    let header = csv.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id_at, themes_at, sources_at) = (at("id"), at("themes"), at("theme_sources"));
    let mut sources_seen = BTreeMap::new();
    for record in csv.records() {
        let record = record.unwrap();
        let expected = themes(&jsonl[&record[id_at]]);
        let split = |field: &str| -> Vec<String> {
            field
                .split("; ")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        };
        let labels = split(&record[themes_at]);
        let sources = split(&record[sources_at]);
        assert_eq!(labels.len(), sources.len(), "one source per theme");
        assert_eq!(labels.len(), expected.len(), "the JSONL row's themes");
        for ((label, source), (want_label, want_source, _)) in
            labels.iter().zip(&sources).zip(&expected)
        {
            assert_eq!((label, source), (want_label, want_source));
            *sources_seen.entry(source.clone()).or_insert(0) += 1;
        }
    }
    for source in ["model", "rule", "cluster", "override"] {
        assert!(
            sources_seen.contains_key(source),
            "{source}: {sources_seen:?}"
        );
    }
}

#[test]
fn same_inputs_same_bytes_and_a_second_pass_changes_nothing() {
    let (_a, first, _) = retheme(sample_run(), &shipped_edits());
    let (_b, second, _) = retheme(sample_run(), &shipped_edits());
    for name in OUTPUTS.iter().chain(&["manifest.json"]) {
        assert_eq!(
            fs::read(first.join(name)).unwrap(),
            fs::read(second.join(name)).unwrap(),
            "{name} differs between two runs"
        );
    }
    let (_c, again, _) = retheme(&first.join("tagged.jsonl"), &shipped_edits());
    for name in OUTPUTS {
        assert_eq!(
            fs::read(first.join(name)).unwrap(),
            fs::read(again.join(name)).unwrap(),
            "retheme of its own output changed {name}"
        );
    }
    let changes = &read_json(&again.join("manifest.json"))["changes"];
    assert_eq!(changes["comments_touched"], 0);
    for kind in ["themes_added", "themes_removed", "themes_taken_over"] {
        for source in ["model", "rule", "cluster", "override"] {
            assert_eq!(changes[kind][source], 0, "{kind}.{source}");
        }
    }
}

#[test]
fn empty_edits_write_what_run_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let edits = dir.path().join("none.toml");
    fs::write(&edits, "# nothing yet\n").unwrap();
    let (_d, out, _) = retheme(sample_run(), &edits);
    for name in OUTPUTS {
        assert_eq!(
            fs::read(sample_run().join(name)).unwrap(),
            fs::read(out.join(name)).unwrap(),
            "{name} differs from run's"
        );
    }
}

#[test]
fn unknown_override_id_is_a_warning_with_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let edits = dir.path().join("edits.toml");
    fs::write(
        &edits,
        "[[override]]\nid = \"NO-SUCH-ID\"\nadd = [\"Parking\"]\n\n[[override]]\nid = \"SYN-C0003\"\nadd = [\"Parking\"]\n",
    )
    .unwrap();
    let (_d, out, stderr) = retheme(sample_run(), &edits);
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning"))
        .collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains("1 override id") && warnings[0].contains("NO-SUCH-ID"));
    let manifest = read_json(&out.join("manifest.json"));
    assert_eq!(manifest["changes"]["override_ids_not_found"], 1);
    assert_eq!(manifest["not_found"]["override_ids"][0], "NO-SUCH-ID");
    assert_eq!(manifest["changes"]["comments_touched"], 1);
    for text in comment_texts() {
        assert!(!stderr.contains(&text), "comment text on stderr");
    }
}

/// Runs `retheme` expecting bad input: exit 2, one line, no panic, no comment text.
fn assert_bad_input(tagged: &Path, edits_text: &str, must_mention: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let edits = dir.path().join("edits.toml");
    fs::write(&edits, edits_text).unwrap();
    let output = bin()
        .arg("retheme")
        .arg("--tagged")
        .arg(tagged)
        .arg("--edits")
        .arg(&edits)
        .arg("--out")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "exit code: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    for m in must_mention {
        assert!(stderr.contains(m), "mentions {m}: {stderr}");
    }
    for text in comment_texts() {
        assert!(!stderr.contains(&text), "comment text on stderr: {stderr}");
    }
    assert!(!dir.path().join("out").exists(), "nothing written");
}

#[test]
fn unknown_label_names_file_line_column_and_nearest() {
    let edits = "[[cluster]]\nid = 9\nname = \"Food\"\nthemes = [\"Food and drink\"]\n";
    assert_bad_input(
        sample_run(),
        edits,
        &[
            "edits.toml:4:11:",
            "\"Food and drink\"",
            "nearest valid label: \"Food & drink provision & facilities\"",
        ],
    );
}

#[test]
fn bad_toml_unknown_keys_and_contradictions_are_exit_2() {
    let run = sample_run();
    assert_bad_input(run, "[[cluster]\nid = 9\n", &["edits.toml:1:"]);
    assert_bad_input(
        run,
        "[[override]]\nid = \"SYN-C0002\"\nadd = [\"Discharge\"]\nkeep = [\"Parking\"]\n",
        &["edits.toml:4:1:", "unknown field `keep`"],
    );
    assert_bad_input(
        run,
        "[[override]]\nid = \"SYN-C0002\"\nset = []\nremove = [\"Parking\"]\n",
        &["edits.toml:2:6:", "not both"],
    );
}

#[test]
fn damaged_tagged_file_is_exit_2_without_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let tagged = dir.path().join("tagged.jsonl");
    let original = fs::read_to_string(sample_run().join("tagged.jsonl")).unwrap();
    let second = original.lines().nth(1).unwrap();
    let row: Value = serde_json::from_str(second).unwrap();
    let text = row["text"].as_str().unwrap();
    // The comment text lands where a theme source should be.
    let damaged = second.replacen(
        "\"source\":\"model\"",
        &format!("\"source\":{}", serde_json::to_string(text).unwrap()),
        1,
    );
    assert_ne!(damaged, second, "the second row has a model theme");
    fs::write(
        &tagged,
        format!("{}\n{damaged}\n", original.lines().next().unwrap()),
    )
    .unwrap();
    assert_bad_input(&tagged, "", &["tagged.jsonl:2:", "unknown variant"]);
}

#[test]
fn output_folder_must_not_be_the_input_folder() {
    let output = bin()
        .arg("retheme")
        .arg("--tagged")
        .arg(sample_run())
        .arg("--edits")
        .arg(shipped_edits())
        .arg("--out")
        .arg(sample_run())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("another folder"));
}

#[test]
fn clusters_lists_names_sizes_and_themes_without_text() {
    let output = bin()
        .arg("clusters")
        .arg("--tagged")
        .arg(sample_run())
        .arg("--edits")
        .arg(shipped_edits())
        .output()
        .unwrap();
    assert!(output.status.success());
    let table = String::from_utf8(output.stdout).unwrap();
    let clusters = read_json(&sample_run().join("clusters.json"));
    let food_id = shipped_cluster_id("Food and drink");
    let food = clusters["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == food_id)
        .unwrap();
    let generated = food["label"].as_str().unwrap();
    assert!(
        table.contains(&format!("Food and drink (analyst; generated: {generated})")),
        "{table}"
    );
    for example in food["example_texts"].as_array().unwrap() {
        let shown = format!("e.g. \"{}\"", example.as_str().unwrap());
        assert!(table.contains(&shown), "{table}");
    }
    assert!(
        table.contains("mapped themes: Food & drink provision & facilities"),
        "{table}"
    );
    assert!(table.contains("model themes: "), "{table}");
    for c in clusters["clusters"].as_array().unwrap() {
        for example in c["examples"].as_array().unwrap() {
            assert!(!table.contains(example.as_str().unwrap()), "no example ids");
        }
    }
    // The only comment text printed is each cluster's representative comments.
    let representative: Vec<String> = clusters["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["example_texts"].as_array().cloned().unwrap_or_default())
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    for text in comment_texts() {
        if !representative.contains(&text) {
            assert!(
                !table.contains(&format!("\"{text}\"")),
                "no other comment text"
            );
        }
    }

    let output = bin()
        .args(["clusters", "--json", "--tagged"])
        .arg(sample_run())
        .output()
        .unwrap();
    assert!(output.status.success());
    let list: Value = serde_json::from_slice(&output.stdout).unwrap();
    let sizes: u64 = list["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["size"].as_u64().unwrap())
        .sum();
    assert_eq!(
        sizes + list["unclustered"].as_u64().unwrap(),
        list["comments"].as_u64().unwrap()
    );
    let listed = list["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == food_id)
        .unwrap();
    assert_eq!(
        listed["name"], food["label"],
        "no edits: the generated label"
    );
    assert_eq!(listed["named_by_analyst"], false);
    assert_eq!(listed["example_texts"], food["example_texts"]);
    assert!(listed.get("examples").is_none(), "no example ids");
}
