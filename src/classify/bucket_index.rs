//! [`BucketIndex`]: which character n-gram buckets a model kept, and their columns.
//!
//! A lookup table over all 2^20 buckets costs 2 MB, most of it zeros, and scoring hits
//! it hundreds of times per comment at random places. This index holds one bit per
//! bucket (128 KB) plus, per 64 buckets, how many kept buckets come before them, so the
//! rank of a kept bucket is one load and a popcount; a small table maps rank to column.
//! About 160 KB in all, which stays in cache.

use super::char_ngrams::BUCKETS;

/// Kept buckets → feature column within the character block.
#[derive(Debug, Clone, Default)]
pub struct BucketIndex {
    bits: Vec<u64>,
    before: Vec<u16>,
    columns: Vec<u16>,
    /// True when the column of the k-th kept bucket is k (buckets saved ascending, as
    /// fitting writes them), so lookups can skip `columns`.
    ascending: bool,
}

impl BucketIndex {
    /// Indexes `buckets[col]` → `col`. A bucket listed twice maps to its last column, and
    /// buckets outside [`BUCKETS`] are ignored, as with a plain lookup table.
    pub fn new(buckets: &[u32]) -> Self {
        if buckets.is_empty() {
            return BucketIndex::default();
        }
        let mut bits = vec![0u64; (BUCKETS / 64) as usize];
        for &b in buckets.iter().filter(|&&b| b < BUCKETS) {
            bits[(b / 64) as usize] |= 1 << (b % 64);
        }
        let mut before = Vec::with_capacity(bits.len());
        let mut total = 0u32;
        for w in &bits {
            before.push(total as u16);
            total += w.count_ones();
        }
        let mut index = BucketIndex {
            bits,
            before,
            columns: vec![0; total as usize],
            ascending: false,
        };
        for (col, &b) in buckets.iter().enumerate() {
            if let Some(rank) = index.rank(b) {
                index.columns[rank] = col as u16;
            }
        }
        index.ascending = index
            .columns
            .iter()
            .enumerate()
            .all(|(r, &c)| usize::from(c) == r);
        index
    }

    /// True when no bucket is kept.
    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }

    /// Position of a kept bucket among the kept buckets, ascending.
    #[inline]
    fn rank(&self, bucket: u32) -> Option<usize> {
        let word = *self.bits.get((bucket / 64) as usize)?;
        let bit = 1u64 << (bucket % 64);
        if word & bit == 0 {
            return None;
        }
        let below = (word & (bit - 1)).count_ones() as usize;
        Some(usize::from(self.before[(bucket / 64) as usize]) + below)
    }

    /// The column of a bucket, if the model kept it.
    #[inline]
    pub fn column(&self, bucket: u32) -> Option<u16> {
        let rank = self.rank(bucket)?;
        Some(if self.ascending {
            rank as u16
        } else {
            self.columns[rank]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_answers_as_a_full_table() {
        let buckets = [7u32, 3, 64, 65, 1_000_000, BUCKETS - 1, 128, 3, BUCKETS + 5];
        let index = BucketIndex::new(&buckets);
        let mut table = vec![0u16; BUCKETS as usize];
        for (col, &b) in buckets.iter().enumerate() {
            if let Some(slot) = table.get_mut(b as usize) {
                *slot = (col + 1) as u16;
            }
        }
        for b in (0..BUCKETS)
            .step_by(1)
            .filter(|b| b % 997 == 0 || buckets.contains(b))
        {
            let expected = table[b as usize].checked_sub(1);
            assert_eq!(index.column(b), expected, "bucket {b}");
        }
        assert_eq!(
            index.column(3),
            Some(7),
            "a repeated bucket keeps its last column"
        );
        assert_eq!(index.column(BUCKETS + 5), None);
        assert!(BucketIndex::new(&[]).is_empty());
        let sorted = BucketIndex::new(&[2, 9, 700]);
        assert!(sorted.ascending);
        assert_eq!(sorted.column(700), Some(2));
        assert_eq!(BucketIndex::new(&[]).column(3), None);
    }
}
