//! [`read_inputs`]: reads every input file in order into one [`IngestOutput`].

use std::fs::File;
use std::io::{BufReader, ErrorKind};
use std::path::{Path, PathBuf};

use super::csv_reader::read_csv;
use super::error::IngestError;
use super::hashing_reader::HashingReader;
use super::jsonl_reader::read_jsonl;
use super::options::IngestOptions;
use super::record::{IngestOutput, InputFileInfo, QuarantinedRow};
use super::record_sink::RecordSink;
use super::source_file::SourceFile;

/// The formats an input file can be in, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Comma-separated values with a header row (`.csv`).
    Csv,
    /// One JSON object per line (`.jsonl`, `.ndjson`, `.json`).
    JsonLines,
}

impl InputFormat {
    /// The format a path's extension names, if any (case-insensitive).
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(InputFormat::Csv),
            "jsonl" | "ndjson" | "json" => Some(InputFormat::JsonLines),
            _ => None,
        }
    }
}

/// Reads the input files in the order given, streaming each one row at a time.
///
/// Every data row becomes a [`super::Record`] or a [`super::QuarantinedRow`], so for
/// each file `rows_read` = its records + its quarantined rows. Whole-file problems
/// (missing file, unknown type, no text column, no rows) stop with an [`IngestError`].
pub fn read_inputs(paths: &[PathBuf], opts: &IngestOptions) -> Result<IngestOutput, IngestError> {
    let mut records = Vec::new();
    let (quarantined, files) = read_inputs_into(paths, opts, &mut records)?;
    Ok(IngestOutput {
        records,
        quarantined,
        files,
    })
}

/// [`read_inputs`], handing each usable row to `records` as soon as it is read (so a
/// streaming caller holds only a chunk at a time); returns the set-aside rows and the
/// file facts.
pub fn read_inputs_into(
    paths: &[PathBuf],
    opts: &IngestOptions,
    records: &mut impl RecordSink,
) -> Result<(Vec<QuarantinedRow>, Vec<InputFileInfo>), IngestError> {
    let mut output = IngestOutput::default();
    for (index, path) in paths.iter().enumerate() {
        let format = InputFormat::from_path(path)
            .ok_or_else(|| IngestError::UnsupportedFormat { path: path.clone() })?;
        let handle = File::open(path).map_err(|source| match source.kind() {
            ErrorKind::NotFound => IngestError::NotFound { path: path.clone() },
            _ => IngestError::Open {
                path: path.clone(),
                source,
            },
        })?;
        if handle.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(IngestError::IsDirectory { path: path.clone() });
        }
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| format!("input{index}"));
        let file = SourceFile {
            path,
            source: u32::try_from(index).unwrap_or(u32::MAX),
            stem: &stem,
            opts,
        };
        let hashing = HashingReader::new(handle);
        let (rows_read, hashing) = match format {
            InputFormat::Csv => read_csv(hashing, file, records, &mut output.quarantined)?,
            InputFormat::JsonLines => {
                let (rows, reader) = read_jsonl(
                    BufReader::new(hashing),
                    file,
                    records,
                    &mut output.quarantined,
                )?;
                (rows, reader.into_inner())
            }
        };
        let sha256 = hashing.finish().map_err(|source| IngestError::Read {
            path: path.clone(),
            line: 0,
            source,
        })?;
        output.files.push(InputFileInfo {
            path: path.display().to_string(),
            sha256,
            rows_read,
        });
    }
    Ok((output.quarantined, output.files))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        File::create(&path).unwrap().write_all(bytes).unwrap();
        path
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(
            InputFormat::from_path(Path::new("a.CSV")),
            Some(InputFormat::Csv)
        );
        assert_eq!(
            InputFormat::from_path(Path::new("a.ndjson")),
            Some(InputFormat::JsonLines)
        );
        assert_eq!(InputFormat::from_path(Path::new("a.xlsx")), None);
        assert_eq!(InputFormat::from_path(Path::new("noext")), None);
    }

    #[test]
    fn several_files_in_order_with_hashes_and_counts() {
        let dir = tempfile::tempdir().unwrap();
        let a = write(dir.path(), "a.csv", b"id,text\n1,x\n2,y,z\n");
        let b = write(dir.path(), "b.jsonl", b"{\"text\":\"q\"}\nnot json\n");
        let out = read_inputs(&[a, b], &IngestOptions::default()).unwrap();
        assert_eq!(out.records.len(), 2);
        assert_eq!(out.quarantined.len(), 2);
        assert_eq!(out.records[1].source, 1);
        assert_eq!(out.records[1].id, "b:1");
        assert_eq!(out.files[0].rows_read, 2);
        assert_eq!(out.files[1].rows_read, 2);
        // sha256 of the exact bytes of a.csv, computed independently
        use sha2::{Digest, Sha256};
        let expected: String = Sha256::digest(b"id,text\n1,x\n2,y,z\n")
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(out.files[0].sha256, expected);
        assert_eq!(out.files[0].sha256.len(), 64);
        assert_ne!(out.files[0].sha256, out.files[1].sha256);
    }

    #[test]
    fn missing_file_and_unknown_type_are_bad_input() {
        let dir = tempfile::tempdir().unwrap();
        let err =
            read_inputs(&[dir.path().join("nope.csv")], &IngestOptions::default()).unwrap_err();
        assert!(matches!(err, IngestError::NotFound { .. }));
        assert!(err.is_bad_input());
        let txt = write(dir.path(), "a.txt", b"hello\n");
        let err = read_inputs(&[txt], &IngestOptions::default()).unwrap_err();
        assert!(matches!(err, IngestError::UnsupportedFormat { .. }));
        assert!(err.is_bad_input());
        let folder = dir.path().join("folder.csv");
        std::fs::create_dir(&folder).unwrap();
        let err = read_inputs(&[folder], &IngestOptions::default()).unwrap_err();
        assert!(matches!(err, IngestError::IsDirectory { .. }));
        assert!(err.is_bad_input());
    }
}
