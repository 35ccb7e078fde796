//! `feedback-themes run INPUT... --out DIR`: the whole batch pipeline.

use std::path::PathBuf;

use clap::Args;

use feedback_themes::cluster::KMeansParams;
use feedback_themes::config::{load_run_config, RunConfig};
use feedback_themes::csv_escape::CsvEscape;
use feedback_themes::ingest::dates::DateOrder;
use feedback_themes::ingest::IngestOptions;
use feedback_themes::pipeline::{resolve_model_dir, run_pipeline, RunOptions};
use feedback_themes::progress::Progress;
use feedback_themes::unchanged_inputs;

use super::{check_out_dir, CliError, CliResult};

/// Longest field accepted when neither the command line nor the config says.
const DEFAULT_MAX_FIELD_BYTES: usize = 32 * 1024;
/// Clustering seed when neither the command line nor the config says.
const DEFAULT_SEED: u64 = 42;

/// Arguments of `run`.
#[derive(Debug, Args)]
#[command(
    after_help = "Outputs in DIR: tagged.jsonl, tagged.csv (one row per usable input row, \
in input order), quarantine.csv (rows that could not be used, with file, line and reason), \
summary.json, clusters.json, manifest.json, and report.html (the HTML report; --no-report \
to skip).\n\nEvery option can also be a key of a \
TOML file given with --config (keys spelled as the flags: text-col, previous-clusters…; inputs \
as globs; paths relative to the file); options on the command line win.\n\nExamples:\n  \
feedback-themes run corpus-samples/fft_sample.csv --out out/\n  \
feedback-themes run --config nightly.toml"
)]
pub struct RunArgs {
    /// Input files: CSV (.csv) or JSON Lines (.jsonl, .ndjson).
    #[arg(required_unless_present = "config", value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// A TOML file holding any of these options (e.g. a nightly job's).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Output folder (created if missing).
    #[arg(long, short, required_unless_present = "config", value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Model folder [default: models/default].
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,
    /// Column holding the comment text [default: FFT answer, text, comment…].
    #[arg(long, value_name = "NAME")]
    pub text_col: Option<String>,
    /// Column holding the row id [default: Comment ID, id…; else file:line].
    #[arg(long, value_name = "NAME")]
    pub id_col: Option<String>,
    /// Column holding the survey question [default: FFT question, question].
    #[arg(long, value_name = "NAME")]
    pub question_col: Option<String>,
    /// Column holding the date [default: Date, date].
    #[arg(long, value_name = "NAME")]
    pub date_col: Option<String>,
    /// Column holding the site or service [default: Service type 1, site, service].
    #[arg(long, value_name = "NAME")]
    pub site_col: Option<String>,
    /// Column holding the FFT rating 1-5 [default: FFT categorical answer, rating].
    #[arg(long, value_name = "NAME")]
    pub rating_col: Option<String>,
    /// Longest field accepted, in bytes; longer rows are quarantined [default: 32768].
    #[arg(long, value_name = "BYTES")]
    pub max_field_bytes: Option<usize>,
    /// Number of clusters, at least 1 [default: about √(n/4), 2 to 40].
    #[arg(long, value_name = "K", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub clusters: Option<usize>,
    /// Seed for clustering (same input + model + seed ⇒ identical output) [default: 42].
    #[arg(long)]
    pub seed: Option<u64>,
    /// A previous run's clusters.json: keeps cluster ids and analyst names stable.
    #[arg(long, value_name = "FILE")]
    pub previous_clusters: Option<PathBuf>,
    /// Read every numeric date month-first (MM/DD/YYYY). By default the order is
    /// chosen per file and organisation (Trust column) from its unambiguous dates.
    #[arg(long, conflicts_with = "day_first")]
    pub month_first: bool,
    /// Read every numeric date day-first (DD/MM/YYYY, UK), whatever the dates show.
    #[arg(long)]
    pub day_first: bool,
    /// Column holding the trust or organisation, whose dates choose their own order
    /// [default: Trust, organisation…].
    #[arg(long, value_name = "NAME")]
    pub org_col: Option<String>,
    /// A further column to carry into meta and the hub (repeat for more); protected
    /// characteristics (age band, sex, gender, ethnicity, disability, religion, sexual
    /// orientation…) are carried without it.
    #[arg(long, value_name = "NAME")]
    pub meta_col: Vec<String>,
    /// Load the outputs into this hub database (SQLite; created if missing) once written.
    #[arg(long, value_name = "HUB.sqlite")]
    pub hub: Option<PathBuf>,
    /// Do nothing when the inputs (sha256), model and seed are those of the last run in
    /// the output folder.
    #[arg(long)]
    pub skip_unchanged: bool,
    /// Write CSV cells exactly as they are. By default a cell starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return gets a leading `'` so a spreadsheet shows it
    /// as text instead of running it as a formula.
    #[arg(long)]
    pub no_csv_escape: bool,
    /// Do not write report.html (the HTML report on this run) beside the outputs.
    #[arg(long)]
    pub no_report: bool,
}

impl RunArgs {
    /// Fills every option the command line left out from a config file's keys.
    fn with_config(mut self, config: RunConfig, inputs: Vec<PathBuf>) -> Self {
        if self.inputs.is_empty() {
            self.inputs = inputs;
        }
        let RunConfig {
            inputs: _,
            out,
            model,
            text_col,
            id_col,
            question_col,
            date_col,
            site_col,
            rating_col,
            max_field_bytes,
            clusters,
            seed,
            previous_clusters,
            skip_unchanged,
            month_first,
            day_first,
            org_col,
            meta_col,
            hub,
            no_csv_escape,
            no_report,
            quiet: _,
        } = config;
        self.out = self.out.or(out);
        self.model = self.model.or(model);
        self.text_col = self.text_col.or(text_col);
        self.id_col = self.id_col.or(id_col);
        self.question_col = self.question_col.or(question_col);
        self.date_col = self.date_col.or(date_col);
        self.site_col = self.site_col.or(site_col);
        self.rating_col = self.rating_col.or(rating_col);
        self.max_field_bytes = self.max_field_bytes.or(max_field_bytes);
        self.clusters = self.clusters.or(clusters);
        self.seed = self.seed.or(seed);
        self.previous_clusters = self.previous_clusters.or(previous_clusters);
        self.skip_unchanged |= skip_unchanged.unwrap_or(false);
        // A date order given on the command line wins over the config's.
        if !self.month_first && !self.day_first {
            self.month_first = month_first.unwrap_or(false);
            self.day_first = day_first.unwrap_or(false);
        }
        self.org_col = self.org_col.or(org_col);
        self.no_report |= no_report.unwrap_or(false);
        if self.meta_col.is_empty() {
            self.meta_col = meta_col;
        }
        self.hub = self.hub.or(hub);
        self.no_csv_escape |= no_csv_escape.unwrap_or(false);
        self
    }
}

/// Runs `run`.
pub fn run(mut args: RunArgs, mut quiet: bool) -> CliResult {
    if let Some(path) = args.config.take() {
        let loaded = load_run_config(&path).map_err(|e| CliError::BadInput(e.into()))?;
        quiet |= loaded.run.quiet.unwrap_or(false);
        args = args.with_config(loaded.run, loaded.inputs);
    }
    let Some(out_dir) = args.out.take() else {
        return Err(CliError::BadInput(anyhow::anyhow!(
            "no output folder: give --out DIR, or `out = \"DIR\"` in the config file"
        )));
    };
    if args.inputs.is_empty() {
        return Err(CliError::BadInput(anyhow::anyhow!(
            "no input files: name them on the command line, or as `inputs = [\"…\"]` in the config file"
        )));
    }
    check_out_dir(&out_dir)?;
    let model_dir = resolve_model_dir(args.model.as_deref());
    let seed = args.seed.unwrap_or(DEFAULT_SEED);
    if args.skip_unchanged {
        let tonight = unchanged_inputs::tonight(&args.inputs, &model_dir, seed)
            .map_err(|e| CliError::BadInput(e.into()))?;
        if unchanged_inputs::last_run(&out_dir).as_ref() == Some(&tonight) {
            if !quiet {
                eprintln!(
                    "inputs, model and seed unchanged since the last run in {}: nothing to do (drop --skip-unchanged to run anyway)",
                    out_dir.display()
                );
            }
            return Ok(());
        }
    }
    let options = RunOptions {
        inputs: args.inputs,
        out_dir,
        ingest: IngestOptions {
            text_col: args.text_col,
            id_col: args.id_col,
            question_col: args.question_col,
            date_col: args.date_col,
            site_col: args.site_col,
            rating_col: args.rating_col,
            max_field_bytes: args.max_field_bytes.unwrap_or(DEFAULT_MAX_FIELD_BYTES),
            org_col: args.org_col,
            date_order: match (args.month_first, args.day_first) {
                (true, true) => {
                    return Err(CliError::BadInput(anyhow::anyhow!(
                        "month-first and day-first are both set (in the config file): keep one, or neither to choose the order per file and organisation"
                    )))
                }
                (true, false) => Some(DateOrder::MonthFirst),
                (false, true) => Some(DateOrder::DayFirst),
                (false, false) => None,
            },
            meta_cols: args.meta_col,
        },
        model_dir,
        kmeans: KMeansParams {
            k: args.clusters,
            seed,
            ..KMeansParams::default()
        },
        previous_clusters: args.previous_clusters,
        hub: args.hub,
        csv_escape: CsvEscape::from_no_escape_flag(args.no_csv_escape),
        report: !args.no_report,
    };
    // Ctrl-C / SIGTERM: the run's staging folder is removed and the process exits
    // 130 / 143; without the handler (it could not start) a signal still leaves the
    // output folder whole, only the hidden staging folder stays until the next run.
    let _ = feedback_themes::interrupt::install();
    let report = run_pipeline(&options, &Progress::new(quiet))?;
    if !quiet {
        let rows = report.manifest.rows;
        eprintln!(
            "{} rows read: {} tagged ({} non-answers, {} duplicates), {} quarantined; {} clusters; outputs in {}",
            rows.read,
            rows.tagged,
            rows.non_answers,
            rows.duplicates,
            rows.quarantined,
            report.manifest.clusters,
            options.out_dir.display()
        );
        if let (Some(load), Some(hub)) = (&report.hub, &options.hub) {
            super::load::print_load(load, hub);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::{Args, Command};

    use feedback_themes::config::RunConfig;

    /// Every flag of `run` (but `--config` itself) is a key of the config file, spelled the
    /// same: a new flag without its key fails here.
    #[test]
    fn every_flag_is_a_config_key() {
        let command = super::RunArgs::augment_args(Command::new("run"));
        let mut checked = 0;
        for arg in command.get_arguments() {
            let key = arg.get_id().as_str().replace('_', "-");
            if key == "config" {
                continue;
            }
            let parsed = toml::from_str::<RunConfig>(&format!("{key} = []"));
            if let Err(e) = parsed {
                assert!(
                    !e.message().contains("unknown field"),
                    "--{key} has no config key: {}",
                    e.message()
                );
            }
            checked += 1;
        }
        assert!(checked >= 14, "only {checked} flags seen");
        let unknown = toml::from_str::<RunConfig>("no-such-flag = 1").expect_err("unknown");
        assert!(unknown.message().contains("unknown field"));
    }
}
