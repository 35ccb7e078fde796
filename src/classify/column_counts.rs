//! [`ColumnCounts`]: term counts of one comment's text block, read back in ascending
//! column order without sorting.
//!
//! A row needs each distinct column once, ascending, with its count. Sorting the
//! hundreds of n-gram ids of a comment was a tenth of tagging time. Instead, counts go
//! into a per-column array and a bit per column marks the ones touched; reading the
//! marks word by word gives the columns in order. Both are left zeroed afterwards, so
//! one instance serves comment after comment (see [`super::features`]' scratch).
//!
//! Counts are `u16` so that the array of the widest block (about 13,000 n-gram columns)
//! fits in the first-level cache, where counting's scattered updates are cheap; the
//! rare count past `u16::MAX` is kept exactly in a side list.

/// Sublinear TF values `1 + ln(count)` precomputed for small counts.
const TF_TABLE: usize = 64;

/// Per-column counts and marks, sized for the widest block.
#[derive(Debug, Clone, Default)]
pub struct ColumnCounts {
    counts: Vec<u16>,
    /// One entry per occurrence of a column beyond `u16::MAX` in the current block.
    overflow: Vec<u32>,
    marks: Vec<u64>,
    lo: usize,
    hi: usize,
    /// Columns counted since the last drain.
    distinct: usize,
    tf: Vec<f32>,
}

/// Sublinear TF of a count of at least 1, exactly as `1.0 + (count as f32).ln()`.
fn sublinear_tf(count: u32) -> f32 {
    1.0 + (count as f32).ln()
}

impl ColumnCounts {
    /// Makes room for columns `0..columns` (keeps what is there; all zero between uses).
    pub fn ensure(&mut self, columns: usize) {
        if self.counts.len() < columns {
            self.counts.resize(columns, 0);
            self.marks.resize(columns.div_ceil(64), 0);
        }
        if self.tf.is_empty() {
            self.tf = (0..TF_TABLE as u32).map(sublinear_tf).collect();
        }
        self.lo = usize::MAX;
        self.hi = 0;
        self.distinct = 0;
    }

    /// Counts one occurrence of `column` (below the size given to [`Self::ensure`]).
    #[inline]
    pub fn add(&mut self, column: u32) {
        let c = column as usize;
        let count = &mut self.counts[c];
        match *count {
            0 => {
                let w = c / 64;
                self.marks[w] |= 1 << (c % 64);
                self.lo = self.lo.min(w);
                self.hi = self.hi.max(w);
                self.distinct += 1;
                *count = 1;
            }
            u16::MAX => self.overflow.push(column),
            _ => *count += 1,
        }
    }

    /// Appends the counted columns ascending as `(column + offset, tf × idf[column])`,
    /// with sublinear TF `1 + ln(count)`, the block L2-normalised then scaled; resets the
    /// counts.
    ///
    /// The block is written into slots made for it up front (no capacity check per
    /// column) and its squared norm summed on the way, in the same order as a second
    /// pass would, so the values are the same bits.
    pub fn drain_tfidf(&mut self, idf: &[f32], scale: f32, offset: u32, out: &mut Vec<(u32, f32)>) {
        let start = out.len();
        out.resize(start + self.distinct, (0, 0.0));
        let block = &mut out[start..];
        let mut norm2 = 0f32;
        if self.lo <= self.hi {
            let counts = &mut self.counts[..];
            let tf_table = &self.tf[..];
            let overflow = &self.overflow;
            let mut next = block.iter_mut();
            for (w, marks) in (self.lo..=self.hi).zip(&mut self.marks[self.lo..=self.hi]) {
                let mut bits = std::mem::take(marks);
                while bits != 0 {
                    let col = w * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let mut count = u32::from(std::mem::take(&mut counts[col]));
                    if count == u32::from(u16::MAX) && !overflow.is_empty() {
                        count += overflow.iter().filter(|&&c| c as usize == col).count() as u32;
                    }
                    let tf = match tf_table.get(count as usize) {
                        Some(&tf) => tf,
                        None => sublinear_tf(count),
                    };
                    let value = tf * idf[col];
                    norm2 += value * value;
                    if let Some(entry) = next.next() {
                        *entry = (col as u32 + offset, value);
                    }
                }
            }
        }
        self.overflow.clear();
        self.lo = usize::MAX;
        self.hi = 0;
        self.distinct = 0;
        let norm = norm2.sqrt();
        if norm > 0.0 {
            block.iter_mut().for_each(|(_, w)| *w *= scale / norm);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sort-based version this replaces.
    fn sorted(mut ids: Vec<u32>, offset: u32, out: &mut Vec<(u32, f32)>) {
        ids.sort_unstable();
        let start = out.len();
        for id in ids {
            match out[start..].last_mut() {
                Some((last, count)) if *last == id + offset => *count += 1.0,
                _ => out.push((id + offset, 1.0)),
            }
        }
        for (col, w) in out[start..].iter_mut() {
            *w = (1.0 + w.ln()) * (1.0 + (*col - offset) as f32 / 10.0);
        }
        let norm = out[start..].iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            out[start..].iter_mut().for_each(|(_, w)| *w *= 0.7 / norm);
        }
    }

    #[test]
    fn same_rows_as_sorting_and_reusable() {
        let mut counts = ColumnCounts::default();
        let idf: Vec<f32> = (0..301).map(|i| 1.0 + i as f32 / 10.0).collect();
        for ids in [
            vec![5u32, 300, 5, 64, 63, 0, 5, 299, 64],
            vec![],
            vec![1, 1, 1, 1],
            vec![2; 70],
            vec![200, 7],
            vec![9; 70_000],
            [vec![3; 65_540], vec![4; 65_535], vec![3, 8]].concat(),
        ] {
            counts.ensure(301);
            ids.iter().for_each(|&i| counts.add(i));
            let mut got = vec![(1, 1.0)];
            counts.drain_tfidf(&idf, 0.7, 40, &mut got);
            let mut expected = vec![(1, 1.0)];
            sorted(ids, 40, &mut expected);
            assert_eq!(got, expected);
        }
        assert!(counts.counts.iter().all(|&c| c == 0));
        assert!(counts.marks.iter().all(|&m| m == 0));
        assert!(counts.overflow.is_empty());
    }
}
