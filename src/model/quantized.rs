//! [`QuantizedMatrix`]: a dense `f32` matrix stored as `i16` with one scale per column,
//! which keeps a committed model folder to a few MB. Binary layout (little-endian):
//! `b"FTQ1"`, `u32 rows`, `u32 cols`, `cols × f32 scale`, `rows × cols × i16` row-major.

use std::path::Path;

use super::error::ModelError;
use super::files::{read_bytes, write_atomic};

const MAGIC: &[u8; 4] = b"FTQ1";

/// A row-major matrix of `i16` values with per-column scales.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantizedMatrix {
    rows: usize,
    cols: usize,
    scales: Vec<f32>,
    values: Vec<i16>,
}

impl QuantizedMatrix {
    /// Quantises a row-major `rows × cols` matrix.
    pub fn quantize(rows: usize, cols: usize, data: &[f32]) -> Self {
        assert_eq!(data.len(), rows * cols, "matrix size");
        let mut scales = vec![0f32; cols];
        for (i, &x) in data.iter().enumerate() {
            let s = &mut scales[i % cols];
            *s = s.max(x.abs());
        }
        scales
            .iter_mut()
            .for_each(|s| *s = if *s > 0.0 { *s / 32_767.0 } else { 1.0 });
        let values = data
            .iter()
            .enumerate()
            .map(|(i, &x)| (x / scales[i % cols]).round().clamp(-32_767.0, 32_767.0) as i16)
            .collect();
        QuantizedMatrix {
            rows,
            cols,
            scales,
            values,
        }
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Number of columns.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// The stored values, row-major (`value × its column's scale` is the weight).
    pub fn values(&self) -> &[i16] {
        &self.values
    }

    /// The scale of each column.
    pub fn scales(&self) -> &[f32] {
        &self.scales
    }

    /// The matrix back as row-major `f32`.
    pub fn dequantize(&self) -> Vec<f32> {
        self.values
            .iter()
            .enumerate()
            .map(|(i, &v)| f32::from(v) * self.scales[i % self.cols])
            .collect()
    }

    /// Writes the binary file atomically.
    pub fn save(&self, path: &Path) -> Result<(), ModelError> {
        write_atomic(path, &self.to_bytes())
    }

    /// The bytes of the binary file (layout in the module documentation).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(12 + self.cols * 4 + self.values.len() * 2);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&(self.rows as u32).to_le_bytes());
        bytes.extend_from_slice(&(self.cols as u32).to_le_bytes());
        for s in &self.scales {
            bytes.extend_from_slice(&s.to_le_bytes());
        }
        for v in &self.values {
            bytes.extend_from_slice(&v.to_le_bytes());
        }
        bytes
    }

    /// Reads a binary file written by [`QuantizedMatrix::save`].
    pub fn load(path: &Path) -> Result<Self, ModelError> {
        Self::from_bytes(&read_bytes(path)?, path)
    }

    /// Parses the bytes of a file written by [`QuantizedMatrix::save`]; `path` names
    /// the file in errors. Any damage is an error, never a panic.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Self, ModelError> {
        let bad = |message: &str| ModelError::Format {
            path: path.to_owned(),
            message: message.to_string(),
        };
        if bytes.len() < 12 || &bytes[..4] != MAGIC {
            return Err(bad("not a feedback-themes weight file (bad header)"));
        }
        let u32_at = |at: usize| {
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize
        };
        let (rows, cols) = (u32_at(4), u32_at(8));
        let expected = rows
            .checked_mul(cols)
            .and_then(|n| n.checked_mul(2))
            .and_then(|n| n.checked_add(12 + cols * 4));
        if expected != Some(bytes.len()) {
            return Err(bad("file size does not match its header"));
        }
        let start = 12 + cols * 4;
        let scales: Vec<f32> = bytes[12..start]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if scales.iter().any(|s| !s.is_finite()) {
            return Err(bad("a column scale is not a finite number"));
        }
        let values = bytes[start..]
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        Ok(QuantizedMatrix {
            rows,
            cols,
            scales,
            values,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantize_is_close_and_file_round_trips_exactly() {
        let data = [0.5, -2.0, 0.25, 1.0, -0.125, 0.0];
        let q = QuantizedMatrix::quantize(3, 2, &data);
        for (a, b) in q.dequantize().iter().zip(data) {
            assert!((a - b).abs() < 1e-4, "{a} vs {b}");
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.bin");
        q.save(&path).unwrap();
        assert_eq!(QuantizedMatrix::load(&path).unwrap(), q);
    }

    #[test]
    fn truncated_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.bin");
        QuantizedMatrix::quantize(2, 2, &[1.0; 4])
            .save(&path)
            .unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.pop();
        std::fs::write(&path, bytes).unwrap();
        let err = QuantizedMatrix::load(&path).unwrap_err().to_string();
        assert!(err.contains("w.bin") && err.contains("size"), "{err}");
    }
}
