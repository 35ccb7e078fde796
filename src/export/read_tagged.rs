//! Reading a `tagged.jsonl` this tool wrote back into [`TaggedRow`]s, so later commands
//! (`retheme`, `clusters`) work on a finished run without re-running it.
//!
//! The file is streamed line by line and hashed in the same pass (for the manifest).
//! Errors name the file, line and column, never the row's text: serde's messages are
//! stripped of quoted values before they reach an error.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::de::{Deserializer, Error as _};
use serde::Deserialize;

use super::tagged::TaggedRow;
use crate::clean::Flags;
use crate::error_text::without_values;
use crate::ingest::hashing_reader::HashingReader;
use crate::redact::{PiiKind, RedactedText};

/// A `tagged.jsonl` that could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum ReadTaggedError {
    /// The file could not be opened or read.
    #[error(
        "cannot read {path} (pass the folder or tagged.jsonl written by `feedback-themes run`)"
    )]
    Read {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line is not a row written by this tool.
    #[error("{path}:{line}:{column}: not a tagged row written by feedback-themes: {message}")]
    Parse {
        /// The file.
        path: String,
        /// 1-based line.
        line: u64,
        /// 1-based column within the line.
        column: usize,
        /// What was wrong, with any quoted values removed.
        message: String,
    },
}

/// Rows read back, with the sha256 of the file's bytes.
#[derive(Debug, Clone)]
pub struct TaggedFile {
    /// The rows, in file order.
    pub rows: Vec<TaggedRow>,
    /// Lower-case hex SHA-256 of the whole file.
    pub sha256: String,
}

/// Reads every row of a `tagged.jsonl` (blank lines are skipped), in order.
pub fn read_jsonl(path: &Path) -> Result<TaggedFile, ReadTaggedError> {
    let mut rows = Vec::new();
    let sha256 = stream_jsonl_batches(path, |batch| {
        rows.extend(batch.into_iter().map(|(row, _)| row));
        Ok::<(), ReadTaggedError>(())
    })?;
    Ok(TaggedFile { rows, sha256 })
}

/// Lines parsed per batch by [`stream_jsonl_batches`].
const BATCH_LINES: usize = 8192;

/// Streams the rows of a `tagged.jsonl` without holding the file in memory: batches of
/// lines are parsed in parallel (rayon) and each batch is handed to `each` in file order,
/// every row with its line's text (e.g. to hash its content), so a sequential consumer
/// (a database load) works beside the parsing. Returns the sha256 of the whole file;
/// stops at the first error in file order, from the file or from `each`.
pub fn stream_jsonl_batches<E: From<ReadTaggedError> + Send>(
    path: &Path,
    mut each: impl FnMut(Vec<(TaggedRow, String)>) -> Result<(), E>,
) -> Result<String, E> {
    use rayon::prelude::*;
    let read_err = |source| ReadTaggedError::Read {
        path: path.display().to_string(),
        source,
    };
    let file = File::open(path).map_err(read_err)?;
    let mut reader = BufReader::with_capacity(1 << 16, HashingReader::new(file));
    let mut number = 0u64;
    loop {
        let mut lines: Vec<(u64, String)> = Vec::with_capacity(BATCH_LINES);
        while lines.len() < BATCH_LINES {
            let mut line = String::new();
            if reader.read_line(&mut line).map_err(read_err)? == 0 {
                break;
            }
            number += 1;
            let kept = line.trim_end().len();
            line.truncate(kept);
            if !line.trim_start().is_empty() {
                lines.push((number, line));
            }
        }
        if lines.is_empty() {
            break;
        }
        let parsed: Vec<Result<(TaggedRow, String), ReadTaggedError>> = lines
            .into_par_iter()
            .map(|(at, line)| {
                serde_json::from_str::<TaggedRow>(&line)
                    .map(|row| (row, line))
                    .map_err(|e| ReadTaggedError::Parse {
                        path: path.display().to_string(),
                        line: at,
                        column: e.column(),
                        message: without_values(&e.to_string()),
                    })
            })
            .collect();
        // The first error in file order, whichever thread found it.
        let parsed: Result<Vec<_>, ReadTaggedError> = parsed.into_iter().collect();
        each(parsed?)?;
    }
    Ok(reader.into_inner().finish().map_err(read_err)?)
}

/// Text read back from `tagged.jsonl`: it was redacted before it was written.
pub(crate) fn redacted_text<'de, D: Deserializer<'de>>(d: D) -> Result<RedactedText, D::Error> {
    String::deserialize(d).map(RedactedText::read_back)
}

/// Flags, each one of [`Flags::NAMES`].
pub(crate) fn flags<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<&'static str>, D::Error> {
    Vec::<String>::deserialize(d)?
        .iter()
        .map(|name| {
            Flags::NAMES
                .into_iter()
                .find(|known| known == name)
                .ok_or_else(|| D::Error::unknown_variant(name, &Flags::NAMES))
        })
        .collect()
}

/// Redaction counts keyed by PII type name.
pub(crate) fn redactions<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<&'static str, u32>, D::Error> {
    BTreeMap::<String, u32>::deserialize(d)?
        .into_iter()
        .map(|(name, n)| match PiiKind::from_name(&name) {
            Some(kind) => Ok((kind.name(), n)),
            None => Err(D::Error::custom(format!(
                "unknown PII type `{name}` in redactions"
            ))),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROW: &str = r#"{"id":"A-1","text":"Waited 3 hours, [PERSON] was lovely","question_type":"could_improve","themes":[{"label":"Timeliness of care","major":"Access to medical care & support","score":0.83,"source":"model"}],"sentiment":{"label":"negative","score":0.71},"cluster":{"id":3,"label":"wait hour appoint"},"flags":["duplicate"],"redactions":{"PERSON":1},"meta":{"file":"in.csv","line":43,"date":"01/02/2024","site":null,"rating":4}}"#;

    #[test]
    fn a_row_round_trips_byte_for_byte() {
        let row: TaggedRow = serde_json::from_str(ROW).unwrap();
        assert_eq!(row.flags, ["duplicate"]);
        assert_eq!(row.redactions.get("PERSON"), Some(&1));
        assert_eq!(serde_json::to_string(&row).unwrap(), ROW);
    }

    #[test]
    fn errors_name_line_and_column_but_no_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tagged.jsonl");
        let bad = ROW.replace(r#""source":"model""#, r#""source":"Waited so long"#);
        std::fs::write(&path, format!("{ROW}\n\n{bad}\"\n")).unwrap();
        let err = read_jsonl(&path).unwrap_err().to_string();
        assert!(err.contains("tagged.jsonl:3:"), "{err}");
        assert!(err.contains("unknown variant"), "{err}");
        assert!(!err.contains("Waited"), "no text in errors: {err}");
    }

    #[test]
    fn unknown_flag_is_an_error() {
        let bad = ROW.replace(r#"["duplicate"]"#, r#"["shouting"]"#);
        assert!(serde_json::from_str::<TaggedRow>(&bad).is_err());
    }
}
