//! [`IngestError`]: why an input could not be read at all (as opposed to one bad row).

use std::path::PathBuf;

use thiserror::Error;

/// A problem that stops reading an input file as a whole.
///
/// Rows that are merely unusable do not produce an `IngestError`; they become
/// [`super::QuarantinedRow`]s. Every message is one line, names the file (and the line
/// where relevant), says what to do, and never contains comment text.
#[derive(Debug, Error)]
pub enum IngestError {
    /// The input file does not exist.
    #[error("{}: input file not found; check the path", path.display())]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// The input file exists but could not be opened.
    #[error("{}: cannot open input file (check its permissions)", path.display())]
    Open {
        /// The path as given.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The path names a directory, not a file.
    #[error("{}: is a folder, not a file; give the .csv or .jsonl files inside it (e.g. {}/*.csv)", path.display(), path.display())]
    IsDirectory {
        /// The path as given.
        path: PathBuf,
    },
    /// `-` (standard input) was given where a named file is needed.
    #[error("-: `run` reads named files, not standard input; save the input to a .csv or .jsonl file and give its path")]
    StandardInput,
    /// The extension does not say which format the file is in.
    #[error(
        "{}: unsupported file type; give a .csv, .jsonl, .ndjson or .json (JSON Lines) file",
        path.display()
    )]
    UnsupportedFormat {
        /// The path as given.
        path: PathBuf,
    },
    /// The file holds no data rows (it is empty, or has a header only).
    #[error("{}: {what}; give a file with at least one data row", path.display())]
    EmptyFile {
        /// The path as given.
        path: PathBuf,
        /// What was found instead of data (e.g. "file is empty").
        what: &'static str,
    },
    /// No column holds the comment text.
    #[error(
        "{}: no comment text column found (columns: {found}); name it with --text-col",
        path.display()
    )]
    MissingTextColumn {
        /// The path as given.
        path: PathBuf,
        /// The column names that were found, comma-separated (possibly shortened).
        found: String,
    },
    /// A column named by an override option is not in the file.
    #[error(
        "{}: column '{name}' given with {flag} not found (columns: {found}); check the name",
        path.display()
    )]
    MissingColumn {
        /// The path as given.
        path: PathBuf,
        /// The option that named the column, e.g. `--id-col`.
        flag: &'static str,
        /// The column name asked for.
        name: String,
        /// The column names that were found, comma-separated (possibly shortened).
        found: String,
    },
    /// The CSV structure could not be parsed at all.
    #[error("{}: line {line}: malformed CSV ({message}); fix or re-export the file", path.display())]
    MalformedCsv {
        /// The path as given.
        path: PathBuf,
        /// 1-based line where parsing failed.
        line: u64,
        /// The parser's description (never holds field contents).
        message: String,
    },
    /// Reading failed part-way through (disk or device error).
    #[error("{}: read failed near line {line} (check the file and retry)", path.display())]
    Read {
        /// The path as given.
        path: PathBuf,
        /// 1-based line near which reading failed.
        line: u64,
        /// The operating system's error.
        source: std::io::Error,
    },
}

impl IngestError {
    /// True when the user's input is at fault (exit code 2), false for a machine failure.
    pub fn is_bad_input(&self) -> bool {
        !matches!(self, IngestError::Read { .. })
    }
}

/// Whether a header cell looks like a column name rather than data, so it may be shown
/// in a message. In a file without a header row the "names" are the first row's
/// values, which may be comment text, so a cell is shown only when it is shaped like a
/// column name: at most 8 words and 60 characters with no sentence punctuation inside
/// (`Comment ID`, `Please tell us about your visit`), or a survey question of at most
/// 12 words and 80 characters ending in `?` or `:`; never with an e-mail sign or a
/// long number.
fn looks_like_a_name(name: &str) -> bool {
    let digits = name.chars().filter(char::is_ascii_digit).count();
    if name.contains('@') || digits >= 5 {
        return false;
    }
    let (chars, words) = (name.chars().count(), name.split_whitespace().count());
    let body = name.trim_end_matches(['?', ':', '.']);
    let sentence_inside = body.contains(['.', '!', ';', ',']);
    let label = chars <= 60 && words <= 8 && !sentence_inside;
    let question = chars <= 80 && words <= 12 && name.ends_with(['?', ':']) && !sentence_inside;
    label || question
}

/// Joins column names for an error message, shortening long lists and hiding cells
/// that look like data rather than names (see [`looks_like_a_name`]).
pub(crate) fn describe_columns(names: &[String]) -> String {
    const SHOWN: usize = 15;
    if names.is_empty() {
        return "none".to_string();
    }
    let mut out = names
        .iter()
        .take(SHOWN)
        .map(|n| {
            if looks_like_a_name(n) {
                format!("'{n}'")
            } else {
                format!("<{}-character value hidden>", n.chars().count())
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > SHOWN {
        out.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_one_line_and_say_what_to_do() {
        let err = IngestError::MissingTextColumn {
            path: PathBuf::from("a.csv"),
            found: describe_columns(&["id".into(), "when".into()]),
        };
        let msg = err.to_string();
        assert!(!msg.contains('\n'));
        assert!(msg.contains("a.csv"));
        assert!(msg.contains("--text-col"));
        assert!(msg.contains("'when'"));
        assert!(err.is_bad_input());
    }

    #[test]
    fn read_failures_are_not_bad_input() {
        let err = IngestError::Read {
            path: PathBuf::from("a.csv"),
            line: 3,
            source: std::io::Error::other("disk"),
        };
        assert!(!err.is_bad_input());
    }

    #[test]
    fn data_like_header_cells_are_hidden() {
        let names = vec![
            "comment id".to_string(),
            "the nurse on the ward was really kind to me".to_string(),
            "07700 900123".to_string(),
            "someone@example.com".to_string(),
            "Lovely staff. Thank you".to_string(),
        ];
        let shown = describe_columns(&names);
        assert!(shown.contains("'comment id'"));
        assert!(!shown.contains("nurse"));
        assert!(!shown.contains("900123"));
        assert!(!shown.contains("example"));
        assert!(!shown.contains("Lovely"));
        assert_eq!(shown.matches("hidden").count(), 4);
    }

    #[test]
    fn the_users_own_column_names_are_shown() {
        let names = vec![
            "Please tell us about your visit".to_string(),
            "What was the main reason for the score you gave?".to_string(),
            "Q2: Free text".to_string(),
        ];
        let shown = describe_columns(&names);
        assert!(!shown.contains("hidden"), "{shown}");
        assert!(shown.contains("'What was the main reason for the score you gave?'"));
    }

    #[test]
    fn long_column_lists_are_shortened() {
        let names: Vec<String> = (0..40).map(|i| format!("c{i}")).collect();
        let shown = describe_columns(&names);
        assert!(shown.ends_with("and 25 more"));
    }
}
