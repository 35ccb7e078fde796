//! Reading input one line at a time with a cap on how much of a line is kept, so a
//! single enormous line (a broken export) never has to fit in memory.

use std::io::BufRead;

/// The longest line kept in memory: room for a field at the limit even with every
/// character `\u`-escaped, plus the other keys.
pub fn line_cap(field_limit: usize) -> usize {
    field_limit.saturating_mul(8).saturating_add(64 * 1024)
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `cap` bytes.
/// Returns `None` at end of input, else whether the line was longer than `cap` (its
/// remainder is skipped, so one huge line never has to fit in memory).
pub fn read_capped_line<R: BufRead>(
    input: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> std::io::Result<Option<bool>> {
    buf.clear();
    let mut consumed_any = false;
    let mut overflowed = false;
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            return Ok(consumed_any.then_some(overflowed));
        }
        consumed_any = true;
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(at) => (&available[..at], Some(at + 1)),
            None => (available, None),
        };
        if !overflowed {
            if buf.len() + chunk.len() > cap {
                overflowed = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(available.len());
        input.consume(used);
        if done.is_some() {
            return Ok(Some(overflowed));
        }
    }
}

/// One line of a [`CappedLines`] stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line<'a> {
    /// The line's bytes, without its `\n` (and, on line 1, without a UTF-8 BOM).
    Bytes(&'a [u8]),
    /// The line was longer than the cap; its bytes were skipped.
    TooLong,
}

/// Numbered lines of a stream, each at most `cap` bytes held (see
/// [`read_capped_line`]); the one line loop of the JSON Lines and plain-text readers.
#[derive(Debug)]
pub struct CappedLines<R> {
    input: R,
    buf: Vec<u8>,
    cap: usize,
    line: u64,
}

impl<R: BufRead> CappedLines<R> {
    /// Lines of `input`, keeping at most `cap` bytes of each.
    pub fn new(input: R, cap: usize) -> Self {
        CappedLines {
            input,
            buf: Vec::new(),
            cap,
            line: 0,
        }
    }

    /// The 1-based number of the last line returned (0 before the first).
    pub fn line(&self) -> u64 {
        self.line
    }

    /// The next line and its 1-based number, or `None` at the end of the input.
    pub fn next_line(&mut self) -> std::io::Result<Option<(u64, Line<'_>)>> {
        let Some(overflowed) = read_capped_line(&mut self.input, &mut self.buf, self.cap)? else {
            return Ok(None);
        };
        self.line += 1;
        if overflowed {
            return Ok(Some((self.line, Line::TooLong)));
        }
        let mut bytes = self.buf.as_slice();
        if self.line == 1 {
            bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        }
        Ok(Some((self.line, Line::Bytes(bytes))))
    }

    /// Gives back the input stream.
    pub fn into_inner(self) -> R {
        self.input
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lines_are_numbered_bom_stripped_and_long_ones_flagged() {
        let mut lines = CappedLines::new(&b"\xef\xbb\xbfab\nabcdefgh\n\ncd"[..], 5);
        assert_eq!(lines.next_line().unwrap(), Some((1, Line::Bytes(b"ab"))));
        assert_eq!(lines.next_line().unwrap(), Some((2, Line::TooLong)));
        assert_eq!(lines.next_line().unwrap(), Some((3, Line::Bytes(b""))));
        assert_eq!(lines.next_line().unwrap(), Some((4, Line::Bytes(b"cd"))));
        assert_eq!(lines.next_line().unwrap(), None);
        assert_eq!(lines.line(), 4);
    }

    use super::*;

    #[test]
    fn long_lines_are_skipped_not_held() {
        let mut input: &[u8] = b"abc\nabcdefghij\nxy";
        let mut buf = Vec::new();
        assert_eq!(
            read_capped_line(&mut input, &mut buf, 5).unwrap(),
            Some(false)
        );
        assert_eq!(buf, b"abc");
        assert_eq!(
            read_capped_line(&mut input, &mut buf, 5).unwrap(),
            Some(true)
        );
        assert!(buf.is_empty());
        assert_eq!(
            read_capped_line(&mut input, &mut buf, 5).unwrap(),
            Some(false)
        );
        assert_eq!(buf, b"xy");
        assert_eq!(read_capped_line(&mut input, &mut buf, 5).unwrap(), None);
    }

    #[test]
    fn cap_leaves_room_for_escaped_fields() {
        assert!(line_cap(1000) >= 6 * 1000);
    }
}
