//! Line numbers for CSV records, counted from the bytes themselves.
//!
//! The csv crate's own `Position::line()` falls one behind per record in CRLF files
//! (it counts a record's `\n` only when the next record starts) and does not count
//! skipped blank lines, so the line a row starts on is worked out here instead: a reader
//! wrapper notes the byte offset of every `\r` and `\n` it passes on, and
//! [`LineCounter::line_at`] counts the `\n`s before a record's first content byte.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Read};
use std::rc::Rc;

/// Line-break bytes read but not yet counted (offset, whether it is `\n` rather than
/// `\r`), shared by reader and counter.
type Pending = Rc<RefCell<VecDeque<(u64, bool)>>>;

/// A reader that records the offset of every newline passing through it.
pub struct NewlineTrackingReader<R> {
    inner: R,
    offset: u64,
    pending: Pending,
}

/// Turns record start offsets into 1-based line numbers.
pub struct LineCounter {
    pending: Pending,
    newlines_before: u64,
}

/// Wraps `inner`, returning the tracking reader and the counter that reads its notes.
pub fn track_lines<R: Read>(inner: R) -> (NewlineTrackingReader<R>, LineCounter) {
    let pending: Pending = Rc::default();
    let reader = NewlineTrackingReader {
        inner,
        offset: 0,
        pending: Rc::clone(&pending),
    };
    let counter = LineCounter {
        pending,
        newlines_before: 0,
    };
    (reader, counter)
}

impl<R> NewlineTrackingReader<R> {
    /// Gives back the wrapped reader.
    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Read> Read for NewlineTrackingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut pending = self.pending.borrow_mut();
        // Line breaks are found with a vectorised search: most bytes are not one.
        let read = &buf[..n];
        for i in memchr::memchr2_iter(b'\n', b'\r', read) {
            pending.push_back((self.offset + i as u64, read[i] == b'\n'));
        }
        self.offset += n as u64;
        Ok(n)
    }
}

impl LineCounter {
    /// The 1-based line of the record whose position the csv crate gives as `byte`.
    ///
    /// That position may point at the `\n` that ends the previous line (CRLF files) or
    /// at skipped blank lines, so the run of line breaks starting *at* `byte` counts as
    /// before the record. Calls must come with non-decreasing offsets.
    pub fn line_at(&mut self, byte: u64) -> u64 {
        let mut pending = self.pending.borrow_mut();
        let mut cursor = byte;
        while let Some(&(offset, is_newline)) = pending.front() {
            if offset > cursor {
                break;
            }
            if offset == cursor {
                cursor += 1;
            }
            pending.pop_front();
            self.newlines_before += u64::from(is_newline);
        }
        self.newlines_before + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The start lines of the data records of `data`, as the CSV reader sees them.
    fn record_lines(data: &[u8]) -> Vec<u64> {
        let (reader, mut counter) = track_lines(data);
        let mut csv = csv::ReaderBuilder::new().from_reader(reader);
        let mut lines = Vec::new();
        let mut row = csv::ByteRecord::new();
        while csv.read_byte_record(&mut row).unwrap() {
            lines.push(counter.line_at(row.position().unwrap().byte()));
        }
        lines
    }

    #[test]
    fn lf_crlf_and_bom_give_the_same_lines() {
        assert_eq!(record_lines(b"a,b\n1,2\n3,4\n"), [2, 3]);
        assert_eq!(record_lines(b"a,b\r\n1,2\r\n3,4\r\n"), [2, 3]);
        assert_eq!(record_lines(b"\xef\xbb\xbfa,b\r\n1,2\r\n3,4"), [2, 3]);
    }

    /// A reader handing out at most three bytes a call, so line breaks fall at every
    /// position of a read and across reads.
    struct Dribble<'a>(&'a [u8]);

    impl Read for Dribble<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.0.len().min(buf.len()).min(3);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn breaks_are_placed_whatever_the_reads() {
        let data = b"a,b\r\n1,\"x\r\ny\"\r\n\r\n3,4\n\n5,6\r7,8\n";
        let (reader, counter) = track_lines(Dribble(data));
        let mut reader = reader;
        io::copy(&mut reader, &mut io::sink()).unwrap();
        let expected: Vec<(u64, bool)> = (data.iter().enumerate())
            .filter(|(_, &b)| b == b'\n' || b == b'\r')
            .map(|(i, &b)| (i as u64, b == b'\n'))
            .collect();
        let found: Vec<(u64, bool)> = counter.pending.borrow().iter().copied().collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn multi_line_fields_and_blank_lines() {
        assert_eq!(record_lines(b"a,b\r\n1,\"x\r\ny\"\r\n\r\n3,4\r\n"), [2, 5]);
        assert_eq!(record_lines(b"a,b\n1,\"x\ny\nz\"\n3,4\n"), [2, 5]);
        assert_eq!(record_lines(b"a,b\n\n\n1,2\n"), [4]);
    }
}
