//! [`ColumnCounts`]: term counts of one comment's text block, read back in ascending
//! column order without sorting.
//!
//! A row needs each distinct column once, ascending, with its count. Sorting the
//! hundreds of n-gram ids of a comment was a tenth of tagging time. Instead, counts go
//! into a per-column array and a bit per column marks the ones touched; reading the
//! marks word by word gives the columns in order. Both are left zeroed afterwards, so
//! one instance serves comment after comment (see [`super::features`]' scratch).

/// A column's count in the current comment, next to its IDF so that reading the block
/// back touches one cache line per column.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    count: u32,
    idf: f32,
}

/// Sublinear TF values `1 + ln(count)` precomputed for small counts.
const TF_TABLE: usize = 64;

/// Per-column counts and marks, sized for the widest block.
#[derive(Debug, Clone, Default)]
pub struct ColumnCounts {
    slots: Vec<Slot>,
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
        if self.slots.len() < columns {
            self.slots.resize(columns, Slot::default());
            self.marks.resize(columns.div_ceil(64), 0);
        }
        if self.tf.is_empty() {
            self.tf = (0..TF_TABLE as u32).map(sublinear_tf).collect();
        }
        self.lo = usize::MAX;
        self.hi = 0;
        self.distinct = 0;
    }

    /// Counts one occurrence of `column` (below the size given to [`Self::ensure`]),
    /// whose IDF is `idf`.
    #[inline]
    pub fn add(&mut self, column: u32, idf: f32) {
        let c = column as usize;
        let slot = &mut self.slots[c];
        if slot.count == 0 {
            slot.idf = idf;
            let w = c / 64;
            self.marks[w] |= 1 << (c % 64);
            self.lo = self.lo.min(w);
            self.hi = self.hi.max(w);
            self.distinct += 1;
        }
        slot.count += 1;
    }

    /// Appends the counted columns ascending as `(column + offset, tf × idf)`, with
    /// sublinear TF `1 + ln(count)`, the block L2-normalised then scaled; resets the counts.
    ///
    /// The block is written into slots made for it up front (no capacity check per
    /// column) and its squared norm summed on the way, in the same order as a second
    /// pass would, so the values are the same bits.
    pub fn drain_tfidf(&mut self, scale: f32, offset: u32, out: &mut Vec<(u32, f32)>) {
        let start = out.len();
        out.resize(start + self.distinct, (0, 0.0));
        let block = &mut out[start..];
        let mut norm2 = 0f32;
        if self.lo <= self.hi {
            let slots = &mut self.slots[..];
            let tf_table = &self.tf[..];
            let mut next = block.iter_mut();
            for (w, marks) in (self.lo..=self.hi).zip(&mut self.marks[self.lo..=self.hi]) {
                let mut bits = std::mem::take(marks);
                while bits != 0 {
                    let col = w * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let slot = std::mem::take(&mut slots[col]);
                    let tf = match tf_table.get(slot.count as usize) {
                        Some(&tf) => tf,
                        None => sublinear_tf(slot.count),
                    };
                    let value = tf * slot.idf;
                    norm2 += value * value;
                    if let Some(entry) = next.next() {
                        *entry = (col as u32 + offset, value);
                    }
                }
            }
        }
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
        for ids in [
            vec![5u32, 300, 5, 64, 63, 0, 5, 299, 64],
            vec![],
            vec![1, 1, 1, 1],
            vec![2; 70],
            vec![200, 7],
        ] {
            counts.ensure(301);
            ids.iter()
                .for_each(|&i| counts.add(i, 1.0 + i as f32 / 10.0));
            let mut got = vec![(1, 1.0)];
            counts.drain_tfidf(0.7, 40, &mut got);
            let mut expected = vec![(1, 1.0)];
            sorted(ids, 40, &mut expected);
            assert_eq!(got, expected);
        }
        assert!(counts.slots.iter().all(|s| s.count == 0));
        assert!(counts.marks.iter().all(|&m| m == 0));
    }
}
