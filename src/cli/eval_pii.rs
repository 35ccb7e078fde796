//! `feedback-themes eval pii --gold FILE [--json] [--misses] [--false-hits] [--tagger FILE]`: score the redactor
//! against gold PII spans (recall and leak rate per type, false redactions, speed).

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use feedback_themes::eval::pii::{evaluate, read_gold, render_table};
use feedback_themes::redact::person::PersonTagger;
use feedback_themes::redact::Redactor;

use super::stdout::say;
use super::{CliError, CliResult};

/// Arguments of `eval pii`.
#[derive(Debug, Args)]
pub struct EvalPiiArgs {
    /// Gold JSON Lines file (the format of `pii_dev.jsonl`).
    #[arg(long)]
    pub gold: PathBuf,
    /// Print one JSON line instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also list every gold span not fully redacted, by comment id and offsets (never text).
    #[arg(long)]
    pub misses: bool,
    /// Also list every redaction that overlaps no gold span, by comment id and offsets
    /// (never text), marking PII-free comments and look-alikes touched.
    #[arg(long)]
    pub false_hits: bool,
    /// Measure with this name-tagger weight file (written by `train-pii`, with its own
    /// name bias) instead of the shipped one, to judge retrained weights before shipping.
    #[arg(long)]
    pub tagger: Option<PathBuf>,
}

/// Reads a name-tagger weight file written by `train-pii` (with its own name bias).
pub(super) fn read_tagger(path: &Path) -> Result<PersonTagger, CliError> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    PersonTagger::from_bytes(&bytes).map_err(|e| {
        CliError::BadInput(anyhow::Error::new(e).context(format!(
            "{} is not a tagger weight file: pass one written by train-pii",
            path.display()
        )))
    })
}

/// Runs `eval pii`.
pub fn run(args: EvalPiiArgs, _quiet: bool) -> CliResult {
    if !args.gold.is_file() {
        return Err(CliError::BadInput(anyhow::anyhow!(
            "gold file {} not found: pass --gold with a JSON Lines file of gold PII spans",
            args.gold.display()
        )));
    }
    let gold = read_gold(&args.gold).map_err(|e| CliError::BadInput(e.into()))?;
    let redactor = match &args.tagger {
        None => Redactor::new(),
        Some(path) => Redactor::with_person_tagger(Some(read_tagger(path)?)),
    };
    let (report, misses, false_hits) = evaluate(&redactor, &gold);
    if args.json {
        let line = serde_json::to_string(&report).context("serialising the report")?;
        say!("{line}");
    } else {
        print!("{}", render_table(&report));
    }
    if args.misses {
        for miss in &misses {
            if args.json {
                let line = serde_json::to_string(miss).context("serialising a miss")?;
                say!("{line}");
            } else {
                say!(
                    "miss {} {} chars {}..{} leaked {}",
                    miss.id,
                    miss.kind,
                    miss.start,
                    miss.end,
                    miss.leaked_chars
                );
            }
        }
    }
    if args.false_hits {
        for hit in false_hits {
            if args.json {
                let line = serde_json::to_string(&hit).context("serialising a false hit")?;
                say!("{line}");
            } else {
                say!(
                    "false {} {} chars {}..{}{}{}",
                    hit.id,
                    hit.kind,
                    hit.start,
                    hit.end,
                    if hit.pii_free { " pii-free" } else { "" },
                    hit.decoy.map(|d| format!(" decoy {d}")).unwrap_or_default()
                );
            }
        }
    }
    Ok(())
}
