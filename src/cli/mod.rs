//! The command line: one file per subcommand, each with its usage text beside its code.

pub mod alerts;
pub mod breakdown;
pub mod clusters;
pub mod eval;
pub mod eval_clusters;
pub mod eval_pii;
pub mod eval_themes;
pub mod gold_args;
pub mod load;
pub mod redact;
pub mod report;
pub mod retheme;
pub mod run;
pub mod stdout;
pub mod train;
pub mod train_pii;

use clap::{Parser, Subcommand};

/// Turn raw patient feedback into redacted, themed, clustered data.
#[derive(Debug, Parser)]
#[command(name = "feedback-themes", version, about, long_about = None)]
pub struct Cli {
    /// Print nothing but errors (no progress bars, no summary).
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the whole pipeline: ingest, clean, redact, theme, cluster, export.
    Run(Box<run::RunArgs>),
    /// Redact PII from CSV, JSON Lines or plain text, keeping the format.
    Redact(redact::RedactArgs),
    /// List a run's clusters: id, name, size, top terms, mapped and common themes.
    Clusters(clusters::ClustersArgs),
    /// Apply an analyst's edits file (cluster names and themes, overrides) to a run.
    Retheme(retheme::RethemeArgs),
    /// Load finished run (or retheme) output folders into a hub database.
    Load(load::LoadArgs),
    /// Comments per theme by site, period or group, small numbers suppressed.
    Breakdown(breakdown::BreakdownArgs),
    /// Themes rising in the latest period, by SPC rules on each series' history.
    Alerts(alerts::AlertsArgs),
    /// One self-contained HTML report from a hub or a run's folder.
    Report(report::ReportArgs),
    /// Train a theme and sentiment model from a labelled CSV.
    Train(Box<train::TrainArgs>),
    /// Train the person-name tagger of the redactor on generated comments.
    TrainPii(Box<train_pii::TrainPiiArgs>),
    /// Score the redactor or the classifier against gold labels.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
}

/// How a command failed, which decides the exit code.
#[derive(Debug)]
pub enum CliError {
    /// The user's input or arguments were unusable (exit code 2).
    BadInput(anyhow::Error),
    /// Something went wrong while working (exit code 1).
    Failure(anyhow::Error),
}

impl CliError {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::BadInput(_) => 2,
            CliError::Failure(_) => 1,
        }
    }

    /// Wraps a library error as bad input (exit 2) when `bad_input` says so, else as a
    /// failure (exit 1).
    fn from_library<E>(err: E, bad_input: bool) -> Self
    where
        E: std::error::Error + Send + Sync + 'static,
    {
        let err = anyhow::Error::new(err);
        if bad_input {
            CliError::BadInput(err)
        } else {
            CliError::Failure(err)
        }
    }

    /// The underlying error with its context chain.
    pub fn error(&self) -> &anyhow::Error {
        match self {
            CliError::BadInput(e) | CliError::Failure(e) => e,
        }
    }
}

impl From<anyhow::Error> for CliError {
    fn from(err: anyhow::Error) -> Self {
        CliError::Failure(err)
    }
}

/// A pipeline error is bad input or a failure as the error itself says.
impl From<feedback_themes::pipeline::PipelineError> for CliError {
    fn from(err: feedback_themes::pipeline::PipelineError) -> Self {
        let bad = err.is_bad_input();
        CliError::from_library(err, bad)
    }
}

/// A retheme error is bad input or a failure as the error itself says.
impl From<feedback_themes::retheme::RethemeError> for CliError {
    fn from(err: feedback_themes::retheme::RethemeError) -> Self {
        let bad = err.is_bad_input();
        CliError::from_library(err, bad)
    }
}

/// A hub error is bad input or a failure as the error itself says.
impl From<feedback_themes::hub::HubError> for CliError {
    fn from(err: feedback_themes::hub::HubError) -> Self {
        let bad = err.is_bad_input();
        CliError::from_library(err, bad)
    }
}

/// Refuses an `--out` that names an existing file (or `-`) with a message saying what
/// to give instead; a folder that does not exist yet is fine (it is created).
pub fn check_out_dir(out: &std::path::Path) -> CliResult {
    let problem = if out.as_os_str() == "-" {
        Some("writes several files, not standard output")
    } else if out.exists() && !out.is_dir() {
        Some("is a file, not a folder")
    } else {
        None
    };
    match problem {
        Some(problem) => Err(CliError::BadInput(anyhow::anyhow!(
            "--out {}: {problem}; give a folder (it is created if missing)",
            out.display()
        ))),
        None => Ok(()),
    }
}

/// Shorthand for a subcommand's result.
pub type CliResult = Result<(), CliError>;

/// Runs the parsed command line.
pub fn dispatch(cli: Cli) -> CliResult {
    match cli.command {
        Command::Run(args) => run::run(*args, cli.quiet),
        Command::Redact(args) => redact::run(args, cli.quiet),
        Command::Clusters(args) => clusters::run(args, cli.quiet),
        Command::Retheme(args) => retheme::run(args, cli.quiet),
        Command::Load(args) => load::run(args, cli.quiet),
        Command::Breakdown(args) => breakdown::run(args, cli.quiet),
        Command::Alerts(args) => alerts::run(args, cli.quiet),
        Command::Report(args) => report::run(args, cli.quiet),
        Command::Train(args) => train::run(*args, cli.quiet),
        Command::TrainPii(args) => train_pii::run(*args, cli.quiet),
        Command::Eval(cmd) => eval::run(cmd, cli.quiet),
    }
}
