//! Re-theming a finished run with an analyst's edits, without refitting anything.
//!
//! ```text
//! tagged.jsonl + clusters.json ─▶ apply edits.toml ─▶ tagged.{jsonl,csv}, summary.json,
//!   (a `run` output)              (names, mappings,    clusters.json, manifest.json
//!                                  overrides)
//! ```
//!
//! - [`edits`]: the human-edited TOML file, checked with line and column in every error.
//! - [`label_names`]: exact QDC v7 names, and the nearest one for a typo.
//! - [`apply`](mod@apply): the precedence rules (override ▸ cluster ▸ model / rule).
//! - [`changes`]: the counts of what changed, for the manifest.
//! - [`inputs`]: reading a run's `tagged.jsonl` and `clusters.json` back.
//! - [`cluster_list`]: the overview of clusters that `feedback-themes clusters` prints.
//! - [`manifest`]: what `retheme` records.
//!
//! Outputs go through the same writers and summary as `run`'s, so a retheme with an
//! empty edits file writes byte-identical `tagged.jsonl`, `tagged.csv`, `summary.json`
//! and `clusters.json`.

pub mod apply;
pub mod changes;
pub mod cluster_list;
pub mod edits;
pub mod error;
pub mod inputs;
pub mod label_names;
pub mod manifest;

use std::path::{Path, PathBuf};

pub use apply::{apply, Applied, ANALYST_SCORE};
pub use changes::{Changes, NotFound, SourceCounts};
pub use edits::{ClusterEdit, CommentOverride, Edits, EditsError, EditsFile, OverrideChange};
pub use error::RethemeError;
pub use inputs::{read_run, TaggedRun};
pub use manifest::RethemeManifest;

use crate::export;
use manifest::{EditsInfo, ReadFile, FRAMEWORK};

/// What `retheme` needs to know.
#[derive(Debug, Clone)]
pub struct RethemeOptions {
    /// A run's output folder, or its `tagged.jsonl`.
    pub tagged: PathBuf,
    /// The edits file.
    pub edits: PathBuf,
    /// Output folder (created if missing); must not be the folder read from.
    pub out_dir: PathBuf,
    /// Whether CSV cells a spreadsheet would run as formulas get a leading `'`.
    pub csv_escape: crate::csv_escape::CsvEscape,
}

/// Applies the edits to a run's outputs and writes the re-themed outputs into
/// `opts.out_dir`; returns the manifest written.
pub fn retheme(opts: &RethemeOptions) -> Result<RethemeManifest, RethemeError> {
    let edits = Edits::read(&opts.edits)?;
    let mut run = read_run(&opts.tagged)?;
    if same_folder(&run.tagged_path, &opts.out_dir) {
        return Err(RethemeError::SameFolder {
            out: opts.out_dir.display().to_string(),
        });
    }
    let applied = apply(
        &mut run.rows,
        run.clusters.as_mut().map(|c| &mut c.saved),
        &edits.edits,
    );

    std::fs::create_dir_all(&opts.out_dir).map_err(|source| RethemeError::OutDir {
        path: opts.out_dir.display().to_string(),
        source,
    })?;
    let out = |name: &str| opts.out_dir.join(name);
    let mut outputs = vec!["tagged.jsonl", "tagged.csv", "summary.json"];
    export::write_jsonl(&out("tagged.jsonl"), &run.rows)?;
    export::write_csv(&out("tagged.csv"), &run.rows, opts.csv_escape)?;
    export::write_json(&out("summary.json"), &export::summarise(&run.rows))?;
    if let Some(clusters) = &run.clusters {
        export::write_json(&out("clusters.json"), &clusters.saved)?;
        outputs.push("clusters.json");
    }
    outputs.push("manifest.json");

    let mut inputs = vec![ReadFile {
        role: "tagged",
        path: run.tagged_path.display().to_string(),
        sha256: run.tagged_sha256.clone(),
    }];
    if let Some(clusters) = &run.clusters {
        inputs.push(ReadFile {
            role: "clusters",
            path: clusters.path.display().to_string(),
            sha256: clusters.sha256.clone(),
        });
    }
    let manifest = RethemeManifest {
        tool: "feedback-themes",
        tool_version: env!("CARGO_PKG_VERSION"),
        command: "retheme",
        framework: FRAMEWORK,
        inputs,
        edits: EditsInfo {
            path: opts.edits.display().to_string(),
            sha256: edits.sha256,
            clusters: edits.edits.clusters.len(),
            overrides: edits.edits.overrides.len(),
        },
        changes: applied.changes,
        not_found: applied.not_found,
        outputs,
    };
    export::write_json(&out("manifest.json"), &manifest)?;
    Ok(manifest)
}

/// True when `out_dir` is the folder holding `tagged_path` (compared after resolving
/// links; a folder that does not exist yet is never the same).
fn same_folder(tagged_path: &Path, out_dir: &Path) -> bool {
    let parent = tagged_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match (parent.canonicalize(), out_dir.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
