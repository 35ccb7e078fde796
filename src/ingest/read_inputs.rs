//! [`read_inputs`]: reads every input file in order into one [`IngestOutput`].

use std::fs::File;
use std::io::{BufReader, ErrorKind};
use std::path::{Path, PathBuf};

use super::csv_reader::read_csv;
use super::date_scan::date_orders_of;
use super::error::IngestError;
use super::hashing_reader::HashingReader;
use super::jsonl_reader::read_jsonl;
use super::options::IngestOptions;
use super::record::{IngestChunk, IngestOutput, InputFileInfo, QuarantinedRow, Row};
use super::record_sink::RecordSink;
use super::source_file::SourceFile;

/// The formats an input file can be in, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Delimited values with a header row (`.csv`, `.tsv`; the delimiter is detected).
    Csv,
    /// One JSON object per line (`.jsonl`, `.ndjson`, `.json`).
    JsonLines,
}

impl InputFormat {
    /// The format a path's extension names, if any (case-insensitive).
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" | "tsv" => Some(InputFormat::Csv),
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
    let mut rows = IngestChunk::default();
    let files = read_inputs_with(paths, opts, &mut |row| rows.push(row))?;
    Ok(IngestOutput {
        records: rows.records,
        quarantined: rows.quarantined,
        files,
    })
}

/// Reads the input files like [`read_inputs`], but hands the rows over in batches of
/// `chunk_rows` (the last may be smaller), in input order, so a caller can process a
/// file larger than memory. Returns the file facts once every file has been read.
pub fn read_inputs_in_chunks(
    paths: &[PathBuf],
    opts: &IngestOptions,
    chunk_rows: usize,
    mut on_chunk: impl FnMut(IngestChunk),
) -> Result<Vec<InputFileInfo>, IngestError> {
    let chunk_rows = chunk_rows.max(1);
    let mut chunk = IngestChunk::default();
    let files = read_inputs_with(paths, opts, &mut |row| {
        chunk.push(row);
        if chunk.len() >= chunk_rows {
            on_chunk(std::mem::take(&mut chunk));
        }
    })?;
    if !chunk.is_empty() {
        on_chunk(chunk);
    }
    Ok(files)
}

/// [`read_inputs`], handing each usable row to `records` as soon as it is read (so a
/// streaming caller holds only a chunk at a time); returns the set-aside rows and the
/// file facts.
pub fn read_inputs_into(
    paths: &[PathBuf],
    opts: &IngestOptions,
    records: &mut impl RecordSink,
) -> Result<(Vec<QuarantinedRow>, Vec<InputFileInfo>), IngestError> {
    let mut quarantined = Vec::new();
    let files = read_inputs_with(paths, opts, &mut |row| match row {
        Row::Record(record) => records.push(record),
        Row::Quarantined(row) => quarantined.push(row),
    })?;
    Ok((quarantined, files))
}

/// Reads the input files in order, passing every row to `emit`.
pub fn read_inputs_with(
    paths: &[PathBuf],
    opts: &IngestOptions,
    emit: &mut dyn FnMut(Row),
) -> Result<Vec<InputFileInfo>, IngestError> {
    let mut files = Vec::with_capacity(paths.len());
    for (index, path) in paths.iter().enumerate() {
        let (format, handle) = open_input(path)?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| format!("input{index}"));
        let mut file = SourceFile {
            path,
            source: u32::try_from(index).unwrap_or(u32::MAX),
            stem: &stem,
            opts,
            dates: &super::date_orders::DAY_FIRST_ONLY,
        };
        let dates = date_orders_of(path, file)?;
        file.dates = &dates;
        let hashing = HashingReader::new(handle);
        let (rows_read, hashing) = match format {
            InputFormat::Csv => read_csv(hashing, file, emit)?,
            InputFormat::JsonLines => {
                let (rows, reader) = read_jsonl(BufReader::new(hashing), file, emit)?;
                (rows, reader.into_inner())
            }
        };
        let sha256 = hashing.finish().map_err(|source| IngestError::Read {
            path: path.clone(),
            line: 0,
            source,
        })?;
        files.push(InputFileInfo {
            path: path.display().to_string(),
            sha256,
            rows_read,
            date_orders: dates.manifest_groups(),
        });
    }
    Ok(files)
}

/// Opens one input file and tells its format, with a clear error for a missing file,
/// a folder, standard input (`-`) or an extension that names no format.
pub fn open_input(path: &Path) -> Result<(InputFormat, File), IngestError> {
    if path.as_os_str() == "-" {
        return Err(IngestError::StandardInput);
    }
    if path.is_dir() {
        return Err(IngestError::IsDirectory {
            path: path.to_path_buf(),
        });
    }
    let handle = File::open(path).map_err(|source| match source.kind() {
        ErrorKind::NotFound => IngestError::NotFound {
            path: path.to_path_buf(),
        },
        _ => IngestError::Open {
            path: path.to_path_buf(),
            source,
        },
    })?;
    let format = InputFormat::from_path(path).ok_or_else(|| IngestError::UnsupportedFormat {
        path: path.to_path_buf(),
    })?;
    Ok((format, handle))
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
        let err = read_inputs(&[dir.path().to_path_buf()], &IngestOptions::default()).unwrap_err();
        assert!(err.to_string().contains("is a folder"), "{err}");
        let err = read_inputs(&[PathBuf::from("-")], &IngestOptions::default()).unwrap_err();
        assert!(err.to_string().contains("standard input"), "{err}");
        assert!(err.is_bad_input());
    }

    #[test]
    fn chunks_hold_every_row_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let a = write(dir.path(), "a.csv", b"id,text\n1,x\n2,y,z\n3,w\n");
        let b = write(dir.path(), "b.jsonl", b"{\"text\":\"q\"}\nnot json\n");
        let whole = read_inputs(&[a.clone(), b.clone()], &IngestOptions::default()).unwrap();
        let mut chunks = Vec::new();
        let files =
            read_inputs_in_chunks(&[a, b], &IngestOptions::default(), 2, |c| chunks.push(c))
                .unwrap();
        assert_eq!(files, whole.files);
        assert_eq!(
            chunks.iter().map(IngestChunk::len).collect::<Vec<_>>(),
            [2, 2, 1]
        );
        let ids: Vec<String> = chunks
            .iter()
            .flat_map(|c| c.records.iter().map(|r| r.id.clone()))
            .collect();
        let whole_ids: Vec<String> = whole.records.iter().map(|r| r.id.clone()).collect();
        assert_eq!(ids, whole_ids);
        let lines: Vec<u64> = chunks
            .iter()
            .flat_map(|c| c.quarantined.iter().map(|q| q.line))
            .collect();
        assert_eq!(lines, [3, 2]);
    }
}
