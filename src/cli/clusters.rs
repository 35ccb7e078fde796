//! `feedback-themes clusters --tagged DIR [--edits FILE] [--json]`: list a run's clusters
//! for the analyst who names and maps them; the only comment text it prints is the redacted
//! representative comments clusters.json holds.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

use feedback_themes::retheme::cluster_list::{list_clusters, render_table};
use feedback_themes::retheme::{read_run, Edits, RethemeError};

use super::stdout::say;
use super::CliResult;

/// Arguments of `clusters`.
#[derive(Debug, Args)]
#[command(
    after_help = "For each cluster: id, name (analyst's or generated), size, top terms, \
themes mapped by --edits, the most common model themes of its comments, its sentiment mix and \
its three most representative comments (redacted text from clusters.json). No example ids or \
other comment text are printed.\n\nExample:\n  feedback-themes clusters --tagged out/ --edits \
corpus-samples/analyst_edits.toml"
)]
pub struct ClustersArgs {
    /// A `run` (or `retheme`) output folder, or its tagged.jsonl.
    #[arg(long, value_name = "DIR_OR_FILE")]
    pub tagged: PathBuf,
    /// An edits file whose names and mappings to show.
    #[arg(long, value_name = "FILE")]
    pub edits: Option<PathBuf>,
    /// Print one JSON document instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Runs `clusters`.
pub fn run(args: ClustersArgs, quiet: bool) -> CliResult {
    let edits = args
        .edits
        .as_deref()
        .map(Edits::read)
        .transpose()
        .map_err(RethemeError::from)?;
    let run = read_run(&args.tagged)?;
    let list = list_clusters(
        &run.rows,
        run.clusters.as_ref().map(|c| &c.saved),
        edits.as_ref().map(|e| &e.edits),
    );
    if args.json {
        // The list holds ids, names, sizes, terms, label counts and the redacted
        // representative comments of clusters.json: no other comment text.
        let document =
            serde_json::to_string_pretty(&list).context("serialising the cluster list")?;
        say!("{document}");
    } else {
        print!("{}", render_table(&list));
    }
    if !quiet && !list.edited_ids_not_found.is_empty() {
        let ids: Vec<String> = list
            .edited_ids_not_found
            .iter()
            .map(u32::to_string)
            .collect();
        eprintln!(
            "warning: {} cluster id(s) in the edits file are not in this run: {}",
            ids.len(),
            ids.join(", ")
        );
    }
    Ok(())
}
