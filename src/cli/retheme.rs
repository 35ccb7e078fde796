//! `feedback-themes retheme --tagged DIR --edits FILE --out DIR`: apply an analyst's
//! edits file to a finished run, without refitting anything.

use std::path::PathBuf;

use clap::Args;

use feedback_themes::csv_escape::CsvEscape;
use feedback_themes::retheme::{retheme, RethemeOptions, SourceCounts};

use super::{check_out_dir, CliResult};

/// Arguments of `retheme`.
#[derive(Debug, Args)]
#[command(
    after_help = "Reads DIR/tagged.jsonl (and DIR/clusters.json when there) written by \
`run`, applies the edits and writes tagged.jsonl, tagged.csv, summary.json, clusters.json \
(with analyst names) and manifest.json into OUT. Precedence: override > cluster > model/rule; \
analyst themes score 1.0. Always re-theme `run`'s output: earlier cluster and override themes \
are worked out again from the edits file.\n\nEdits file (TOML):\n  [[cluster]]\n  id = 7\n  \
name = \"Advocacy and tribunals\"\n  themes = [\"Mental Health Act\"]\n\n  [[override]]\n  \
id = \"SYN-C0002\"\n  add = [\"Discharge\"]\n  remove = [\"Food & drink provision & facilities\"]\n  \
# or: set = [...]\n\nExample:\n  feedback-themes retheme --tagged out/ --edits \
corpus-samples/analyst_edits.toml --out out-edited/"
)]
pub struct RethemeArgs {
    /// A `run` output folder, or its tagged.jsonl.
    #[arg(long, value_name = "DIR_OR_FILE")]
    pub tagged: PathBuf,
    /// The analyst's edits file (TOML).
    #[arg(long, value_name = "FILE")]
    pub edits: PathBuf,
    /// Output folder (created if missing; not the folder read from).
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// Load the re-themed outputs into this hub database once written (the analyst's
    /// themes replace the comments' earlier ones there).
    #[arg(long, value_name = "HUB.sqlite")]
    pub hub: Option<PathBuf>,
    /// Write CSV cells exactly as they are. By default a cell starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return gets a leading `'` so a spreadsheet shows it
    /// as text instead of running it as a formula.
    #[arg(long)]
    pub no_csv_escape: bool,
}

/// Most ids named in one warning line.
const IDS_SHOWN: usize = 5;

/// `n` ids, at most [`IDS_SHOWN`] of them, joined for one line.
fn some_ids<T: ToString>(ids: &[T]) -> String {
    let mut shown: Vec<String> = ids.iter().take(IDS_SHOWN).map(T::to_string).collect();
    if ids.len() > IDS_SHOWN {
        shown.push("…".to_string());
    }
    shown.join(", ")
}

/// Runs `retheme`.
pub fn run(args: RethemeArgs, quiet: bool) -> CliResult {
    check_out_dir(&args.out)?;
    let options = RethemeOptions {
        tagged: args.tagged,
        edits: args.edits,
        out_dir: args.out,
        csv_escape: CsvEscape::from_no_escape_flag(args.no_csv_escape),
    };
    let manifest = retheme(&options)?;
    let loaded = args
        .hub
        .as_deref()
        .map(|hub| feedback_themes::hub::load_into(hub, &options.out_dir))
        .transpose()?;
    if quiet {
        return Ok(());
    }
    if let (Some(load), Some(hub)) = (&loaded, &args.hub) {
        super::load::print_load(load, hub);
    }
    let missing = &manifest.not_found;
    let edits = options.edits.display();
    if !missing.override_ids.is_empty() {
        eprintln!(
            "warning: {} override id(s) in {edits} match no comment (counted in manifest.json): {}",
            missing.override_ids.len(),
            some_ids(&missing.override_ids)
        );
    }
    if !missing.cluster_ids.is_empty() {
        eprintln!(
            "warning: {} cluster id(s) in {edits} are not in this run (counted in manifest.json): {}",
            missing.cluster_ids.len(),
            some_ids(&missing.cluster_ids)
        );
    }
    let c = &manifest.changes;
    let total = |n: &SourceCounts| n.model + n.rule + n.cluster + n.override_;
    eprintln!(
        "{} comments, {} touched; themes added: {} cluster, {} override; taken over by an analyst: {}; removed: {}; {} clusters named; outputs in {}",
        c.comments,
        c.comments_touched,
        c.themes_added.cluster,
        c.themes_added.override_,
        total(&c.themes_taken_over),
        total(&c.themes_removed),
        c.clusters_named,
        options.out_dir.display()
    );
    Ok(())
}
