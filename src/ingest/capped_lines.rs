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

#[cfg(test)]
mod tests {
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
