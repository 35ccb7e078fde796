//! A reader that computes the SHA-256 of everything read through it, so a file's hash
//! for the manifest comes from the same single streaming pass that parses it.

use std::io::{self, Read};

use sha2::{Digest, Sha256};

/// Wraps a reader and hashes the bytes that pass through.
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> HashingReader<R> {
    /// Starts hashing `inner` from its current position.
    pub fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hasher: Sha256::new(),
        }
    }

    /// Reads whatever is left (so the hash covers the whole input) and returns the
    /// lower-case hex digest.
    pub fn finish(mut self) -> io::Result<String> {
        io::copy(&mut self.inner, &mut HashSink(&mut self.hasher))?;
        Ok(hex(&self.hasher.finalize()))
    }
}

/// The lower-case hex SHA-256 of bytes already in memory.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The first 128 bits of the SHA-256 of `bytes`: a key for finding exact copies of a
/// text that neither keeps nor shows it (two different texts share one with
/// probability about 2^-128 per pair).
pub fn sha256_prefix128(bytes: &[u8]) -> [u8; 16] {
    let full = Sha256::digest(bytes);
    let mut first = [0u8; 16];
    first.copy_from_slice(&full[..16]);
    first
}

/// Lower-case hex of a digest.
fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// An `io::Write` that feeds a hasher, for draining the rest of a reader.
struct HashSink<'a>(&'a mut Sha256);

impl io::Write for HashSink<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_covers_read_and_unread_bytes() {
        assert_eq!(
            sha256_hex(b"abc"),
            HashingReader::new(&b"abc"[..]).finish().unwrap()
        );
        let mut reader = HashingReader::new(&b"abc"[..]);
        let mut first = [0u8; 1];
        reader.read_exact(&mut first).unwrap();
        assert_eq!(
            reader.finish().unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
