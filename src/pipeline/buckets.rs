//! [`Buckets`]: fixed-size records split by hash into one temporary file per bucket in
//! a single read of their source, so each bucket can then be sorted on its own.
//!
//! Finding repeats among more records than memory should hold (the duplicate keys of a
//! run's texts, the ids of its rows) sorts them one slice at a time, a slice being the
//! records of one hash bucket, so equal records meet in one slice. Reading the whole
//! source once per slice made the bytes read grow with the square of the records (at
//! 30M rows, 30 reads of every row); here the source is read once, each record appended
//! to its bucket's file, and each bucket read back once, so every record is written once
//! and read twice however many slices there are. One bucket keeps its records in memory
//! (no file): that is the common case, a run small enough to sort in one slice.

use std::io::{Error, ErrorKind};
use std::path::{Path, PathBuf};

use super::text_spill::ByteSpill;

/// Bytes buffered per bucket before they are written to its file: 60 buckets (about
/// 16M keyed texts or 60M rows) hold 3.75 MiB (each buffer is made this size at once
/// and written out before it would grow past it, see [`ByteSpill::append`]).
const BUCKET_BUFFER: usize = 1 << 16;

/// Records of `record` bytes each, split into buckets, each read back whole once.
pub(super) struct Buckets {
    /// Folder of the bucket files (for naming them in an error).
    dir: PathBuf,
    /// Bytes of one record.
    record: usize,
    /// Each bucket's records, until it is taken.
    parts: Vec<Option<ByteSpill>>,
}

impl std::fmt::Debug for Buckets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Buckets")
            .field("buckets", &self.parts.len())
            .field("record_bytes", &self.record)
            .field("taken", &self.parts.iter().filter(|p| p.is_none()).count())
            .finish()
    }
}

impl Buckets {
    /// `count` empty buckets (at least one) of `record`-byte records, their files in
    /// `dir`. A single bucket keeps its records in memory.
    pub(super) fn new(dir: &Path, count: usize, record: usize) -> Self {
        let count = count.max(1);
        let buffer = if count == 1 {
            usize::MAX
        } else {
            BUCKET_BUFFER
        };
        Buckets {
            dir: dir.to_path_buf(),
            record,
            parts: (0..count)
                .map(|_| Some(ByteSpill::with_buffer(dir, buffer)))
                .collect(),
        }
    }

    /// Number of buckets.
    #[cfg(test)]
    fn count(&self) -> usize {
        self.parts.len()
    }

    /// The bucket of a record whose hash is `hash`: `hash` modulo the bucket count.
    pub(super) fn of_hash(&self, hash: u64) -> usize {
        (hash % self.parts.len() as u64) as usize
    }

    /// Appends `record` to bucket `bucket` (not yet taken).
    pub(super) fn push(&mut self, bucket: usize, record: &[u8]) -> std::io::Result<()> {
        if record.len() != self.record {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                "a record of the wrong size",
            ));
        }
        let part = self.parts.get_mut(bucket).and_then(Option::as_mut);
        let part = part.ok_or_else(|| Error::new(ErrorKind::InvalidInput, "no such bucket"))?;
        part.append(record)?;
        Ok(())
    }

    /// The records of bucket `bucket`, end to end in the order they were pushed; its
    /// file goes with them. A failure to read it back is an error naming the bucket
    /// file and its folder (never its bytes).
    pub(super) fn take(&mut self, bucket: usize) -> std::io::Result<Vec<u8>> {
        let count = self.parts.len();
        let part = self.parts.get_mut(bucket).and_then(Option::take);
        let part = part.ok_or_else(|| Error::new(ErrorKind::InvalidInput, "no such bucket"))?;
        let named = |e: Error| {
            Error::new(
                e.kind(),
                format!(
                    "reading back temporary bucket file {} of {count} in {}: {e}",
                    bucket + 1,
                    self.dir.display()
                ),
            )
        };
        let bytes = part.into_bytes().map_err(named)?;
        if bytes.len() % self.record != 0 {
            return Err(named(super::text_spill::damaged("bucket file size")));
        }
        Ok(bytes)
    }

    /// Bucket `bucket`'s file, for tests that damage it.
    #[cfg(test)]
    fn file_for_tests(&self, bucket: usize) -> Option<&std::fs::File> {
        self.parts[bucket].as_ref()?.file_for_tests()
    }
}

#[cfg(test)]
mod tests {
    use super::super::text_spill::test_dir;
    use super::*;

    /// A record of 12 bytes: the value twice over and its bucket's tag.
    fn record(value: u64) -> [u8; 12] {
        let mut r = [0u8; 12];
        r[..8].copy_from_slice(&value.to_le_bytes());
        r[8..].copy_from_slice(&(value as u32).wrapping_mul(7).to_le_bytes());
        r
    }

    /// Pushes `values` into `count` buckets by value, then takes every bucket.
    fn split(values: &[u64], count: usize) -> (Buckets, Vec<Vec<u8>>) {
        let mut buckets = Buckets::new(&test_dir(), count, 12);
        for &v in values {
            let b = buckets.of_hash(v);
            buckets.push(b, &record(v)).unwrap();
        }
        let taken = (0..buckets.count())
            .map(|b| buckets.take(b).unwrap())
            .collect();
        (buckets, taken)
    }

    #[test]
    fn every_record_comes_back_once_in_its_bucket_in_push_order() {
        // Enough records that several buckets write their buffers out more than once.
        let values: Vec<u64> = (0..40_000u64)
            .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 3)
            .collect();
        for count in [1, 2, 3, 7] {
            let (_, taken) = split(&values, count);
            assert_eq!(taken.len(), count);
            for (b, bytes) in taken.iter().enumerate() {
                let expected: Vec<u8> = values
                    .iter()
                    .filter(|&&v| (v % count as u64) as usize == b)
                    .flat_map(|&v| record(v))
                    .collect();
                assert_eq!(bytes, &expected, "bucket {b} of {count}");
            }
            let total: usize = taken.iter().map(Vec::len).sum();
            assert_eq!(total, values.len() * 12, "{count} buckets");
        }
    }

    #[test]
    fn empty_buckets_and_no_buckets_at_all() {
        let (_, taken) = split(&[], 4);
        assert!(taken.iter().all(Vec::is_empty));
        let (buckets, taken) = split(&[5, 6], 0);
        assert_eq!(buckets.count(), 1, "at least one bucket");
        assert_eq!(taken[0].len(), 24);
        // Only bucket 2 of 3 gets anything.
        let (_, taken) = split(&[2, 5, 8], 3);
        assert!(taken[0].is_empty() && taken[1].is_empty());
        assert_eq!(taken[2].len(), 36);
    }

    #[test]
    fn one_bucket_stays_in_memory_and_many_spill_to_files() {
        let values: Vec<u64> = (0..20_000).collect();
        let mut one = Buckets::new(&test_dir(), 1, 12);
        let mut two = Buckets::new(&test_dir(), 2, 12);
        for &v in &values {
            one.push(0, &record(v)).unwrap();
            let b = two.of_hash(v);
            two.push(b, &record(v)).unwrap();
        }
        assert!(one.file_for_tests(0).is_none(), "no file for one bucket");
        assert!(two.file_for_tests(0).is_some(), "written past its buffer");
        assert_eq!(one.take(0).unwrap().len(), 20_000 * 12);
    }

    #[test]
    fn misuse_is_an_error_not_a_panic() {
        let mut buckets = Buckets::new(&test_dir(), 2, 12);
        assert_eq!(
            buckets.push(0, &[1, 2, 3]).unwrap_err().kind(),
            ErrorKind::InvalidInput
        );
        assert!(buckets.push(2, &record(1)).is_err(), "no bucket 2");
        buckets.push(1, &record(1)).unwrap();
        assert_eq!(buckets.take(1).unwrap(), record(1));
        assert!(buckets.take(1).is_err(), "taken twice");
        assert!(buckets.push(1, &record(3)).is_err(), "pushed after taken");
        assert!(buckets.take(5).is_err());
    }

    #[test]
    fn a_damaged_bucket_file_is_an_error_naming_it() {
        let mut buckets = Buckets::new(&test_dir(), 3, 12);
        for v in 0..30_000u64 {
            let b = buckets.of_hash(v);
            buckets.push(b, &record(v)).unwrap();
        }
        // Cut bucket 2's file short (mid-record) once all is written: its take fails,
        // the others do not.
        for part in buckets.parts.iter_mut().flatten() {
            part.flush().unwrap();
        }
        buckets.file_for_tests(1).unwrap().set_len(100).unwrap();
        assert!(buckets.take(0).is_ok());
        let err = buckets.take(1).unwrap_err();
        let shown = err.to_string();
        assert_eq!(err.kind(), ErrorKind::InvalidData, "{shown}");
        assert!(shown.contains("temporary bucket file 2 of 3"), "{shown}");
        assert!(shown.contains(&test_dir().display().to_string()), "{shown}");
        assert!(buckets.take(2).is_ok());
        assert!(format!("{buckets:?}").contains("taken: 3"));
    }
}
