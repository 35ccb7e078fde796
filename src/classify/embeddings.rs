//! [`EmbeddingTable`]: a static word-embedding table, distilled from a sentence encoder,
//! that gives each comment a dense vector (the mean of its words' vectors).
//!
//! Bag-of-words features know only the words seen in training; the table knows that
//! "superb", "brilliant" and "fantastic" are alike, which is where the sentiment model
//! gains. The table shipped in `models/embeddings/` is made by
//! `scripts/distill_static_embeddings.py` from all-MiniLM-L6-v2 (its `manifest.json`
//! says how); a model folder that uses it keeps a copy as `embeddings.bin`.
//!
//! File layout (little-endian): `b"FTE1"`, `u32 rows`, `u32 dims`; per row a `u8`
//! length and the word's UTF-8 bytes, words strictly ascending; `rows × f32` scale; then
//! `rows × dims` `i8` values (a weight is value × its row's scale).

use std::path::Path;
use std::sync::Arc;

use ndarray::{Array1, Array2};

use super::short_str_map::ShortStrMap;
use crate::model::files::{read_bytes, read_json};
use crate::model::ModelError;

const MAGIC: &[u8; 4] = b"FTE1";

/// Widest table accepted (a guard against a damaged header asking for gigabytes).
const MAX_DIMS: usize = 1024;

/// Word → dense vector, held as the file's `i8` values in an `ndarray` matrix (one row
/// per word) and one scale per row; a weight is worked out when used, as
/// `f32::from(value) × scale`. A quarter of the bytes of an `f32` matrix, so the rows
/// tagging reads stay in cache.
pub struct EmbeddingTable {
    rows: ShortStrMap<u32>,
    values: Array2<i8>,
    scales: Vec<f32>,
    /// The file's bytes, so a model folder saves exactly what it was trained with.
    bytes: Arc<[u8]>,
    /// The distillation manifest read beside the file, if any.
    source: Option<serde_json::Value>,
}

impl std::fmt::Debug for EmbeddingTable {
    /// The table's shape, not its megabytes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EmbeddingTable({} words × {})", self.len(), self.dims())
    }
}

impl PartialEq for EmbeddingTable {
    /// Two tables are equal when their files are.
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes
    }
}

/// A reader over the file's bytes that reports running out as a format error.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    fn u32(&mut self) -> Option<usize> {
        let b = self.take(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
}

impl EmbeddingTable {
    /// Reads a table file, and the `manifest.json` beside it (its provenance) if there
    /// is one; a missing, truncated or damaged table is an error naming it.
    pub fn load(path: &Path) -> Result<EmbeddingTable, ModelError> {
        let mut table = EmbeddingTable::from_bytes(read_bytes(path)?, path)?;
        let beside = path.with_file_name("manifest.json");
        if beside.is_file() {
            table.source = Some(read_json(&beside)?);
        }
        Ok(table)
    }

    /// What a model manifest records about this table: its sha256, size and, if it was
    /// loaded with one, the distillation manifest (source, licence, method).
    pub fn provenance(&self) -> serde_json::Value {
        serde_json::json!({
            "file": "embeddings.bin",
            "sha256": crate::ingest::hashing_reader::sha256_hex(&self.bytes),
            "rows": self.len(),
            "dims": self.dims(),
            "distilled": self.source,
        })
    }

    /// Parses the bytes of a table file; `path` names it in errors. Any damage (bad
    /// header, sizes that disagree, words out of order or not UTF-8, a scale that is not
    /// finite) is an error, never a panic.
    pub fn from_bytes(bytes: Vec<u8>, path: &Path) -> Result<EmbeddingTable, ModelError> {
        let bad = |message: &str| ModelError::Format {
            path: path.to_owned(),
            message: format!("embedding table: {message}"),
        };
        let truncated = || bad("the file is shorter than its header says");
        let mut cur = Cursor {
            bytes: &bytes,
            at: 0,
        };
        if cur.take(4) != Some(MAGIC.as_slice()) {
            return Err(bad("not a feedback-themes embedding table (bad header)"));
        }
        let n_rows = cur.u32().ok_or_else(truncated)?;
        let dims = cur.u32().ok_or_else(truncated)?;
        if dims == 0 || dims > MAX_DIMS || n_rows == 0 || n_rows > bytes.len() {
            return Err(bad("implausible row or dimension count"));
        }
        let mut rows = ShortStrMap::default();
        let mut previous: Option<&str> = None;
        for i in 0..n_rows {
            let len = usize::from(cur.take(1).ok_or_else(truncated)?[0]);
            let word = std::str::from_utf8(cur.take(len).ok_or_else(truncated)?)
                .map_err(|_| bad("a word is not UTF-8"))?;
            if word.is_empty() || previous.is_some_and(|p| p >= word) {
                return Err(bad("words are not strictly ascending"));
            }
            previous = Some(word);
            rows.insert(word, i as u32);
        }
        let scales: Vec<f32> = cur
            .take(n_rows * 4)
            .ok_or_else(truncated)?
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if scales.iter().any(|s| !s.is_finite()) {
            return Err(bad("a row scale is not a finite number"));
        }
        let values = cur.take(n_rows * dims).ok_or_else(truncated)?;
        if cur.at != bytes.len() {
            return Err(bad("the file is longer than its header says"));
        }
        let values =
            Array2::from_shape_vec((n_rows, dims), values.iter().map(|&b| b as i8).collect())
                .expect("take(n_rows * dims) gave exactly n_rows * dims values");
        Ok(EmbeddingTable {
            rows,
            values,
            scales,
            bytes: bytes.into(),
            source: None,
        })
    }

    /// The bytes of the table file (as read).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Width of a vector.
    pub fn dims(&self) -> usize {
        self.values.ncols()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.values.nrows()
    }

    /// True when the table holds no word (a parsed table never is).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The vector of `word`, if the table has it.
    pub fn vector(&self, word: &str) -> Option<Array1<f32>> {
        let r = *self.rows.get(word)? as usize;
        Some(self.values.row(r).mapv(|q| f32::from(q) * self.scales[r]))
    }

    /// The row of `word` in the table, if it has it (see [`EmbeddingTable::mean_unit_of_rows`]).
    pub fn row_of(&self, word: &str) -> Option<u32> {
        self.rows.get(word).copied()
    }

    /// Writes into `out` (length [`EmbeddingTable::dims`]) the mean of the vectors of
    /// the `words` the table has, scaled to unit length; returns how many were found
    /// (when none, `out` is all zeros).
    pub fn mean_unit(&self, words: &[String], out: &mut [f32]) -> usize {
        let rows: Vec<u32> = words.iter().filter_map(|w| self.row_of(w)).collect();
        self.mean_unit_of_rows(&rows, out)
    }

    /// [`EmbeddingTable::mean_unit`] of words already looked up with
    /// [`EmbeddingTable::row_of`] (tagging remembers each word's row, so it looks a word
    /// up once): the vectors are summed in the order given, then divided by the sum's
    /// length, so the result is the same bits either way. Returns `rows.len()`.
    pub fn mean_unit_of_rows(&self, rows: &[u32], out: &mut [f32]) -> usize {
        out.iter_mut().for_each(|x| *x = 0.0);
        let all = self
            .values
            .as_slice()
            .expect("built in standard layout, so rows are contiguous");
        let dims = self.dims();
        for &r in rows {
            let start = r as usize * dims;
            let scale = self.scales[r as usize];
            let q = &all[start..start + dims];
            out.iter_mut()
                .zip(q)
                .for_each(|(o, &q)| *o += f32::from(q) * scale);
        }
        let norm = out.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            out.iter_mut().for_each(|x| *x /= norm);
        }
        rows.len()
    }
}

/// The bytes of a table file with `words` (strictly ascending) and their `vectors`
/// (row-major, `dims` wide), each row quantised to `i8` with its own scale, as the
/// distillation script writes them. For tests and tools that make small tables.
pub fn table_bytes(words: &[&str], dims: usize, vectors: &[f32]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&(words.len() as u32).to_le_bytes());
    out.extend_from_slice(&(dims as u32).to_le_bytes());
    for w in words {
        out.push(w.len() as u8);
        out.extend_from_slice(w.as_bytes());
    }
    let rows: Vec<&[f32]> = vectors.chunks(dims).collect();
    let scales: Vec<f32> = rows
        .iter()
        .map(|r| {
            let m = r.iter().fold(0f32, |m, x| m.max(x.abs()));
            if m > 0.0 {
                m / 127.0
            } else {
                1.0
            }
        })
        .collect();
    scales
        .iter()
        .for_each(|s| out.extend_from_slice(&s.to_le_bytes()));
    for (r, s) in rows.iter().zip(&scales) {
        out.extend(
            r.iter()
                .map(|x| (x / s).round().clamp(-127.0, 127.0) as i8 as u8),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Vec<u8> {
        table_bytes(
            &["bad", "good", "great"],
            2,
            &[-1.0, 0.0, 1.0, 0.1, 0.9, 0.2],
        )
    }

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn good_file_loads_and_means_known_words() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("embeddings.bin");
        std::fs::write(&path, small()).unwrap();
        let table = EmbeddingTable::load(&path).unwrap();
        assert_eq!((table.len(), table.dims()), (3, 2));
        assert_eq!(table.bytes(), small().as_slice());
        let good = table.vector("good").unwrap();
        assert!((good[0] - 1.0).abs() < 0.01 && (good[1] - 0.1).abs() < 0.01);
        assert!(table.vector("awful").is_none());
        let mut out = [0f32; 2];
        assert_eq!(table.mean_unit(&words("good great awful"), &mut out), 2);
        let expected = [1.9f32, 0.3];
        let norm = (1.9f32 * 1.9 + 0.09).sqrt();
        for (o, e) in out.iter().zip(expected) {
            assert!((o - e / norm).abs() < 0.01, "{out:?}");
        }
        assert_eq!(table.mean_unit(&words("awful"), &mut out), 0);
        assert_eq!(out, [0.0, 0.0], "no known word: zeros");
        assert!(table.provenance()["distilled"].is_null());
        std::fs::write(
            dir.path().join("manifest.json"),
            r#"{"licence": "Apache-2.0"}"#,
        )
        .unwrap();
        let table = EmbeddingTable::load(&path).unwrap();
        let provenance = table.provenance();
        assert_eq!(provenance["distilled"]["licence"], "Apache-2.0");
        assert_eq!(provenance["rows"], 3);
    }

    #[test]
    fn missing_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let err = EmbeddingTable::load(&dir.path().join("gone.bin"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("gone.bin"), "{err}");
    }

    #[test]
    fn every_truncation_and_damage_is_an_error_never_a_panic() {
        let path = Path::new("models/embeddings/embeddings.bin");
        let good = small();
        for cut in 0..good.len() {
            let err = EmbeddingTable::from_bytes(good[..cut].to_vec(), path).unwrap_err();
            assert!(err.to_string().contains("embeddings.bin"), "{err}");
        }
        let mut longer = good.clone();
        longer.push(0);
        assert!(EmbeddingTable::from_bytes(longer, path).is_err());
        let mut unordered = good.clone();
        unordered[13..16].copy_from_slice(b"zzz"); // "bad" → "zzz", before "good"
        let err = EmbeddingTable::from_bytes(unordered, path).unwrap_err();
        assert!(err.to_string().contains("ascending"), "{err}");
        let mut nan = good.clone();
        let scales_at = good.len() - 6 - 12;
        nan[scales_at..scales_at + 4].copy_from_slice(&f32::NAN.to_le_bytes());
        let err = EmbeddingTable::from_bytes(nan, path).unwrap_err();
        assert!(err.to_string().contains("finite"), "{err}");
        let mut header = good;
        header[8..12].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(EmbeddingTable::from_bytes(header, path).is_err());
    }
}
