//! `feedback-themes redact [INPUT|-] [-o OUTPUT|-] [--format csv|jsonl|text]
//! [--style typed|numbered] [--text-col NAME]`: redact PII from a file or stdin,
//! writing the same format with only the text changed. Logic lives in
//! `feedback_themes::redact::stream`; this file maps arguments and errors.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read};
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use clap::{Args, ValueEnum};
use feedback_themes::atomic_file::AtomicFile;
use feedback_themes::csv_escape::CsvEscape;
use feedback_themes::export::write_quarantine;
use feedback_themes::ingest::{IngestError, InputFileInfo};
use feedback_themes::redact::stream::{
    redact_stream, StreamError, StreamFormat, StreamOptions, StreamSummary,
};
use feedback_themes::redact::{PlaceholderStyle, Redactor};

use super::{CliError, CliResult};

/// Arguments of `redact`.
#[derive(Debug, Args)]
pub struct RedactArgs {
    /// Input file, or `-` for standard input.
    #[arg(default_value = "-")]
    pub input: PathBuf,
    /// Output file, or `-` for standard output. A file is written under a temporary
    /// name and renamed into place, so a failed run never leaves half a file; a device
    /// or named pipe (`/dev/null`) is written straight through, never replaced.
    #[arg(short, long, default_value = "-")]
    pub output: PathBuf,
    /// Format of input and output; by default guessed from the file extension (plain text for standard input).
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Placeholder style: `[PERSON]`, or `[PERSON_1]`, `[PERSON_2]` within a comment.
    #[arg(long, value_enum, default_value_t = StyleArg::Typed)]
    pub style: StyleArg,
    /// The CSV column or JSON key holding the text (default: found by the same names
    /// as `run`, e.g. `FFT answer`, `text`, `comment`).
    #[arg(long)]
    pub text_col: Option<String>,
    /// Write CSV cells exactly as they are. By default a cell starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return gets a leading `'` so a spreadsheet shows it
    /// as text instead of running it as a formula.
    #[arg(long)]
    pub no_csv_escape: bool,
    /// Longest text field accepted, in bytes; longer rows are set aside (as in `run`).
    #[arg(long, value_name = "BYTES", default_value_t = 32 * 1024)]
    pub max_field_bytes: usize,
    /// Where rows that cannot be read safely (wrong field count, not text, too long,
    /// not a JSON object) are listed with line and reason, as `run`'s quarantine.csv.
    /// Without it, any such row makes the command fail (exit 2) and, for an output
    /// file, nothing is written.
    #[arg(long, value_name = "FILE")]
    pub quarantine: Option<PathBuf>,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// Comma-separated values with a header row.
    Csv,
    /// JSON Lines: one `{"id", "text", ...}` object per line.
    Jsonl,
    /// Plain text, one comment per line.
    Text,
}

/// `--style` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StyleArg {
    /// `[PERSON]`.
    Typed,
    /// `[PERSON_1]`, `[PERSON_2]`: the same value the same number within a comment.
    Numbered,
}

/// Whether a path argument means a standard stream.
fn is_std(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Picks the format: the flag, else the input's extension, else the output's, else
/// plain text when reading standard input (`echo '…' | feedback-themes redact`).
fn choose_format(args: &RedactArgs) -> Result<StreamFormat, CliError> {
    if let Some(format) = args.format {
        return Ok(match format {
            FormatArg::Csv => StreamFormat::Csv,
            FormatArg::Jsonl => StreamFormat::Jsonl,
            FormatArg::Text => StreamFormat::Text,
        });
    }
    StreamFormat::from_path(&args.input)
        .or_else(|| StreamFormat::from_path(&args.output))
        .or_else(|| is_std(&args.input).then_some(StreamFormat::Text))
        .ok_or_else(|| {
            CliError::BadInput(anyhow!(
                "cannot tell the format of {}: pass --format csv|jsonl|text",
                args.input.display()
            ))
        })
}

/// Runs `redact`.
pub fn run(args: RedactArgs, quiet: bool) -> CliResult {
    let format = choose_format(&args)?;
    let options = StreamOptions {
        format,
        style: match args.style {
            StyleArg::Typed => PlaceholderStyle::Typed,
            StyleArg::Numbered => PlaceholderStyle::Numbered,
        },
        text_column: args.text_col.clone(),
        csv_escape: CsvEscape::from_no_escape_flag(args.no_csv_escape),
        input_name: args.input.clone(),
        max_field_bytes: args.max_field_bytes,
    };
    let input: Box<dyn Read> = if is_std(&args.input) {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(open_input(&args.input)?)
    };
    let reader = BufReader::with_capacity(1 << 16, input);
    let redactor = Redactor::new();

    let summary = if is_std(&args.output) {
        let stdout = std::io::stdout().lock();
        let summary = redact_stream(&redactor, reader, BufWriter::new(stdout), &options)
            .map_err(stream_error)?;
        set_aside(&summary, &args)?;
        summary
    } else {
        let mut file =
            AtomicFile::create(&args.output).map_err(|e| CliError::Failure(anyhow!(e)))?;
        let summary =
            redact_stream(&redactor, reader, file.writer(), &options).map_err(stream_error)?;
        set_aside(&summary, &args)?;
        file.commit().map_err(|e| CliError::Failure(anyhow!(e)))?;
        summary
    };
    if !quiet {
        eprintln!("{}", describe(&summary));
    }
    Ok(())
}

/// Opens the input file with the messages `run` gives (missing file, folder).
fn open_input(path: &Path) -> Result<File, CliError> {
    let bad = |err: IngestError| CliError::BadInput(anyhow!(err));
    if path.is_dir() {
        return Err(bad(IngestError::IsDirectory {
            path: path.to_path_buf(),
        }));
    }
    File::open(path).map_err(|source| {
        bad(match source.kind() {
            std::io::ErrorKind::NotFound => IngestError::NotFound {
                path: path.to_path_buf(),
            },
            _ => IngestError::Open {
                path: path.to_path_buf(),
                source,
            },
        })
    })
}

/// Writes the rows set aside to `--quarantine`, or, without it, fails naming the first.
fn set_aside(summary: &StreamSummary, args: &RedactArgs) -> CliResult {
    let rows = &summary.quarantined;
    match (&args.quarantine, rows.first()) {
        (Some(path), _) => {
            let input = InputFileInfo {
                path: args.input.display().to_string(),
                sha256: String::new(),
                rows_read: 0,
                date_orders: Vec::new(),
            };
            let escape = CsvEscape::from_no_escape_flag(args.no_csv_escape);
            write_quarantine(path, rows, &[input], escape)
                .map_err(|e| CliError::Failure(anyhow!(e)))
        }
        (None, Some(first)) => Err(CliError::BadInput(anyhow!(
            "{}: {} row(s) could not be read safely and are not in the output (first: line {}{}: {}); pass --quarantine FILE to list them and redact the rest",
            args.input.display(),
            rows.len(),
            first.line,
            first.column.map(|c| format!(", column {c}")).unwrap_or_default(),
            first.reason
        ))),
        (None, None) => Ok(()),
    }
}

/// Maps a stream error to an exit code: unreadable input is the user's (2), a failed
/// write is ours (1).
fn stream_error(err: StreamError) -> CliError {
    match err {
        StreamError::Io(e) => CliError::Failure(anyhow!(e).context("reading or writing")),
        StreamError::Input(e) if e.is_bad_input() => CliError::BadInput(anyhow!(e)),
        StreamError::Input(e) => CliError::Failure(anyhow!(e)),
    }
}

/// One summary line: records and counts per kind, never values.
fn describe(summary: &StreamSummary) -> String {
    let counts: Vec<String> = summary
        .counts
        .iter()
        .map(|(kind, n)| format!("{} {n}", kind.name()))
        .collect();
    let total: u32 = summary.counts.values().sum();
    format!(
        "redacted {total} spans in {} records{}{}",
        summary.records,
        if counts.is_empty() { "" } else { ": " },
        counts.join(", ")
    )
}
