//! The manifest's replay record: the commit whose build trained the weights
//! (`trained_at_commit`) and the steps that rebuild the written files byte for byte
//! (`replay`), so a recipe stays replayable after the generator and features move on.

use feedback_themes::build_provenance::BuiltFrom;
use serde_json::{json, Value};

/// `trained_at_commit` and `replay` for a manifest.
///
/// Weights trained by this run: the binary's commit, with replay steps when its build
/// inputs were the commit's ("-dirty" and no steps otherwise, "unknown" without git).
/// Weights read with `--tagger`: carried over from `previous` (the manifest beside the
/// weight file) when it describes the very bytes written now, else "unknown": a
/// re-chosen bias writes other bytes, which that record no longer replays.
pub(super) fn record(
    built: &BuiltFrom,
    command: &str,
    trained_here: bool,
    files: &[(&str, String)],
    previous: Option<&Value>,
) -> (Value, Value) {
    let expect: serde_json::Map<String, Value> = files
        .iter()
        .map(|(name, sha)| (name.to_string(), Value::from(sha.as_str())))
        .collect();
    if !trained_here {
        let tagger_sha = files.iter().find(|(n, _)| *n == "tagger.bin").map(|f| &f.1);
        return match previous {
            Some(p) if p["tagger_sha256"].as_str() == tagger_sha.map(String::as_str) => (
                p.get("trained_at_commit").cloned().unwrap_or(Value::Null),
                p.get("replay").cloned().unwrap_or(Value::Null),
            ),
            _ => ("unknown".into(), Value::Null),
        };
    }
    match built.dirty {
        Some(false) => (
            built.commit.as_str().into(),
            json!({
                "steps": [
                    format!("git checkout {}", built.commit),
                    "cargo build --release",
                    format!("{command} --out DIR (--background: the path of the file named)"),
                ],
                "expect_sha256": expect,
            }),
        ),
        Some(true) => (format!("{}-dirty", built.commit).into(), Value::Null),
        None => ("unknown".into(), Value::Null),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built(dirty: Option<bool>) -> BuiltFrom {
        BuiltFrom {
            commit: if dirty.is_some() { "abc" } else { "unknown" }.to_string(),
            dirty,
            source_sha256: "d".repeat(64),
            note: String::new(),
        }
    }

    fn files() -> Vec<(&'static str, String)> {
        vec![
            ("tagger.bin", "t1".to_string()),
            ("word_counts.tsv", "w1".to_string()),
        ]
    }

    #[test]
    fn a_clean_build_that_trains_records_its_commit_and_the_steps() {
        let (commit, replay) = record(&built(Some(false)), "cmd", true, &files(), None);
        assert_eq!(commit, "abc");
        assert_eq!(replay["steps"][0], "git checkout abc");
        assert_eq!(replay["expect_sha256"]["tagger.bin"], "t1");
        assert_eq!(replay["expect_sha256"]["word_counts.tsv"], "w1");
    }

    #[test]
    fn a_dirty_or_unknown_build_records_no_steps() {
        let (commit, replay) = record(&built(Some(true)), "cmd", true, &files(), None);
        assert_eq!((commit, replay), (Value::from("abc-dirty"), Value::Null));
        let (commit, replay) = record(&built(None), "cmd", true, &files(), None);
        assert_eq!((commit, replay), (Value::from("unknown"), Value::Null));
    }

    #[test]
    fn measured_weights_keep_the_record_only_of_the_same_bytes() {
        let previous =
            json!({"tagger_sha256": "t1", "trained_at_commit": "old", "replay": {"steps": []}});
        let (commit, replay) = record(&built(Some(false)), "cmd", false, &files(), Some(&previous));
        assert_eq!((commit, replay), (Value::from("old"), json!({"steps": []})));
        let rewritten = vec![("tagger.bin", "t2".to_string())];
        let (commit, replay) = record(
            &built(Some(false)),
            "cmd",
            false,
            &rewritten,
            Some(&previous),
        );
        assert_eq!((commit, replay), (Value::from("unknown"), Value::Null));
        let (commit, _) = record(&built(Some(false)), "cmd", false, &files(), None);
        assert_eq!(commit, "unknown");
    }
}
