//! The tagger's weight file: a small header, then every weight as a little-endian `i16`.
//!
//! Layout: the 8 bytes `FTPIIT2\n`, the bucket bits (`u32`), the number of weights
//! (`u32`), the scale (`f32`: weight = stored / scale), the name bias (`f32`, see
//! [`super::PersonTagger`]), then the weights. Storing `i16`
//! halves the file against `f32`, and the rounding costs nothing measurable.

use super::features::BUCKET_BITS;
use super::perceptron::WEIGHTS;

const MAGIC: &[u8; 8] = b"FTPIIT2\n";
const HEADER: usize = 8 + 4 + 4 + 4 + 4;

/// Why a weight file could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum TaggerFileError {
    /// Not a tagger weight file at all.
    #[error("not a PII tagger weight file (bad header); retrain with `feedback-themes train-pii`")]
    BadHeader,
    /// Written for another feature table size.
    #[error("PII tagger weight file has {found} weights, this build expects {expected}; retrain with `feedback-themes train-pii`")]
    WrongSize {
        /// What the file holds.
        found: usize,
        /// What this build needs.
        expected: usize,
    },
}

/// Encodes weights and the name bias into the file format.
pub(crate) fn encode(weights: &[f32], name_bias: f32) -> Vec<u8> {
    let max = weights.iter().fold(0.0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { 32_767.0 / max } else { 1.0 };
    let mut out = Vec::with_capacity(HEADER + weights.len() * 2);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&BUCKET_BITS.to_le_bytes());
    out.extend_from_slice(&(weights.len() as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&name_bias.to_le_bytes());
    for &w in weights {
        let q = (w * scale).round().clamp(-32_767.0, 32_767.0) as i16;
        out.extend_from_slice(&q.to_le_bytes());
    }
    out
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(b)
}

/// Decodes a weight file into weights and the name bias.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Vec<f32>, f32), TaggerFileError> {
    if bytes.len() < HEADER || &bytes[..8] != MAGIC || u32_at(bytes, 8) != BUCKET_BITS {
        return Err(TaggerFileError::BadHeader);
    }
    let count = u32_at(bytes, 12) as usize;
    let scale = f32::from_bits(u32_at(bytes, 16));
    let name_bias = f32::from_bits(u32_at(bytes, 20));
    if count != WEIGHTS || bytes.len() != HEADER + count * 2 {
        return Err(TaggerFileError::WrongSize {
            found: count,
            expected: WEIGHTS,
        });
    }
    if !(scale.is_finite() && scale > 0.0 && name_bias.is_finite()) {
        return Err(TaggerFileError::BadHeader);
    }
    let weights = bytes[HEADER..]
        .chunks_exact(2)
        .map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])) / scale)
        .collect();
    Ok((weights, name_bias))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_within_rounding() {
        let mut w = vec![0.0f32; WEIGHTS];
        w[0] = 3.0;
        w[10] = -1.5;
        w[WEIGHTS - 1] = 0.25;
        let (back, bias) = decode(&encode(&w, 2.5)).expect("own encoding decodes");
        assert_eq!(bias, 2.5);
        for i in [0, 10, WEIGHTS - 1, 5] {
            assert!((back[i] - w[i]).abs() < 1e-3, "{i}");
        }
    }

    #[test]
    fn rejects_other_files() {
        assert_eq!(decode(b"hello"), Err(TaggerFileError::BadHeader));
        let mut short = encode(&vec![0.0; WEIGHTS], 0.0);
        short.truncate(100);
        assert!(matches!(
            decode(&short),
            Err(TaggerFileError::WrongSize { .. })
        ));
    }
}
