//! [`TextSpill`]: the redacted texts of a run, end to end in an unnamed temporary file,
//! read back by id when asked ([`TextSpill::load`]); memory keeps one 8-byte end per
//! text and a buffer of the texts not yet written.
//!
//! A run keeps every distinct text until export, and those texts were the largest
//! thing it held that grows with the input (about 115 bytes a text). Export reads them
//! in row order (new texts come in id order, so most reads are of neighbouring bytes),
//! clustering reads a few thousand per cluster for labels, and the report a few
//! thousand for quotes, so a file read back by position costs little. The file has no
//! name, so the system removes it when the run ends, however it ends.

use std::fs::File;
use std::io::{Error, ErrorKind};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// Bytes of new texts buffered before they are written to the file.
const WRITE_BUFFER: usize = 1 << 20;

/// Texts read in one go are merged into one read when the bytes between them are
/// fewer than this (reading a few bytes more costs less than another system call).
const READ_GAP: u64 = 4096;

/// Sorted text ids read per parallel job by [`TextSpill::load`].
const LOAD_JOB_IDS: usize = 4096;

/// Bytes appended to an unnamed file (through a buffer), read back by position.
pub(super) struct ByteSpill {
    /// Folder of the file.
    dir: PathBuf,
    /// The file (made when first written to).
    file: Option<File>,
    /// Bytes appended since the last write to the file.
    pending: Vec<u8>,
    /// Bytes in the file.
    written: u64,
    /// Bytes buffered before they are written to the file.
    buffer: usize,
}

impl ByteSpill {
    /// An empty spill whose file goes into `dir`.
    pub(super) fn new(dir: &Path) -> Self {
        Self::with_buffer(dir, WRITE_BUFFER)
    }

    /// An empty spill whose file goes into `dir`, writing once `buffer` bytes are
    /// buffered (`usize::MAX`: only when flushed; many spills open at once take a
    /// small buffer each).
    pub(super) fn with_buffer(dir: &Path, buffer: usize) -> Self {
        ByteSpill {
            dir: dir.to_path_buf(),
            file: None,
            pending: Vec::new(),
            written: 0,
            buffer,
        }
    }

    /// Folder of the file (for naming it in an error).
    pub(super) fn dir(&self) -> &Path {
        &self.dir
    }

    /// Bytes written to the file so far.
    pub(super) fn written(&self) -> u64 {
        self.written
    }

    /// Appends `bytes`; returns where they end (written to the file once enough are
    /// buffered).
    pub(super) fn append(&mut self, bytes: &[u8]) -> std::io::Result<u64> {
        // Written out before the buffer would pass its size, and made that size at once,
        // so its capacity is `buffer` (growing by doubling overshoots it: a 64 KiB key
        // bucket of 20-byte records reached 80 KiB).
        if self.pending.len().saturating_add(bytes.len()) > self.buffer {
            self.flush()?;
        }
        if self.pending.capacity() == 0 && self.buffer <= WRITE_BUFFER {
            self.pending.reserve_exact(self.buffer);
        }
        self.pending.extend_from_slice(bytes);
        let end = self.written + self.pending.len() as u64;
        if self.pending.len() >= self.buffer {
            self.flush()?;
        }
        Ok(end)
    }

    /// Writes the buffered bytes to the file, so every byte appended can be read.
    pub(super) fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            let file = match &self.file {
                Some(file) => file,
                None => self.file.insert(tempfile::tempfile_in(&self.dir)?),
            };
            file.write_all_at(&self.pending, self.written)?;
            self.written += self.pending.len() as u64;
            self.pending.clear();
            if self.pending.capacity() > 2 * self.buffer.min(WRITE_BUFFER) {
                self.pending.shrink_to(self.buffer.min(WRITE_BUFFER));
            }
        }
        Ok(())
    }

    /// Every byte appended, in order: the buffer itself when nothing was written to
    /// the file, else the file read back whole (an error when it holds fewer bytes
    /// than were written). The file goes with the spill.
    pub(super) fn into_bytes(mut self) -> std::io::Result<Vec<u8>> {
        if self.file.is_none() {
            return Ok(std::mem::take(&mut self.pending));
        }
        self.flush()?;
        let len = usize::try_from(self.written)
            .map_err(|_| Error::new(ErrorKind::OutOfMemory, "spill file too large"))?;
        let mut bytes = vec![0u8; len];
        self.read_at(&mut bytes, 0)?;
        Ok(bytes)
    }

    /// Fills `block` with the bytes from `start` on (all written; an error naming what
    /// is wrong when the file holds fewer).
    pub(super) fn read_at(&self, block: &mut [u8], start: u64) -> std::io::Result<()> {
        if block.is_empty() {
            return Ok(());
        }
        if start + block.len() as u64 > self.written {
            return Err(Error::new(ErrorKind::NotFound, "bytes not written yet"));
        }
        let file = self.file.as_ref().ok_or_else(|| damaged("no file"))?;
        file.read_exact_at(block, start).map_err(|e| {
            if e.kind() == ErrorKind::UnexpectedEof {
                damaged("shorter than written")
            } else {
                e
            }
        })
    }

    /// The file, for tests that damage it.
    #[cfg(test)]
    pub(super) fn file_for_tests(&self) -> Option<&File> {
        self.file.as_ref()
    }
}

/// Texts appended in id order to an unnamed file, read back by id.
pub(super) struct TextSpill {
    /// The texts end to end.
    bytes: ByteSpill,
    /// Where text `i` ends in the file (it starts where text `i - 1` ends, or at 0).
    ends: Vec<u64>,
    /// Texts whose bytes are all in the file.
    flushed: usize,
}

/// Some texts read back from a [`TextSpill`], by id.
#[derive(Default)]
pub(super) struct LoadedTexts {
    /// The ids held, ascending.
    ids: Vec<u32>,
    /// The texts end to end; text `ids[k]` ends at `ends[k]`.
    arena: String,
    ends: Vec<usize>,
}

impl LoadedTexts {
    /// Text `id`, when it was loaded.
    pub(super) fn get(&self, id: u32) -> Option<&str> {
        let k = self.ids.binary_search(&id).ok()?;
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        self.arena.get(start..self.ends[k])
    }

    /// Texts held.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.ids.len()
    }

    /// Appends the texts of `other`, whose ids all come after this one's.
    fn append(&mut self, other: LoadedTexts) {
        let base = self.arena.len();
        self.ids.extend_from_slice(&other.ids);
        self.arena.push_str(&other.arena);
        self.ends.extend(other.ends.iter().map(|e| e + base));
    }
}

// The spill types hold comment text (redacted, but still possibly personal), so their
// `Debug` shows sizes and counts only, never the bytes (standards: no comment text in a
// log line, an error or a panic message).

impl std::fmt::Debug for ByteSpill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ByteSpill")
            .field("written_bytes", &self.written)
            .field("buffered_bytes", &self.pending.len())
            .field("has_file", &self.file.is_some())
            .finish()
    }
}

impl std::fmt::Debug for TextSpill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextSpill")
            .field("texts", &self.ends.len())
            .field("flushed_texts", &self.flushed)
            .field("bytes", &self.bytes)
            .finish()
    }
}

impl std::fmt::Debug for LoadedTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedTexts")
            .field("texts", &self.ids.len())
            .field("text_bytes", &self.arena.len())
            .finish()
    }
}

/// The error for bytes that are not what was written.
pub(super) fn damaged(what: &str) -> Error {
    Error::new(
        ErrorKind::InvalidData,
        format!("a temporary file was changed or damaged while the run used it ({what})"),
    )
}

impl TextSpill {
    /// An empty store whose file goes into `dir`.
    pub(super) fn new(dir: &Path) -> Self {
        TextSpill {
            bytes: ByteSpill::new(dir),
            ends: Vec::new(),
            flushed: 0,
        }
    }

    /// Folder of the file (for naming it in an error).
    pub(super) fn dir(&self) -> &Path {
        self.bytes.dir()
    }

    /// Texts pushed so far (written to the file or still buffered).
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Appends the next text (written to the file once enough are buffered).
    pub(super) fn push(&mut self, text: &str) -> std::io::Result<()> {
        let end = self.bytes.append(text.as_bytes())?;
        self.ends.push(end);
        Ok(())
    }

    /// Writes the buffered texts to the file, so every text stored can be read.
    pub(super) fn flush(&mut self) -> std::io::Result<()> {
        self.bytes.flush()?;
        self.flushed = self.ends.len();
        Ok(())
    }

    /// Where text `id` lies in the file.
    fn span(&self, id: usize) -> (u64, u64) {
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        (start, self.ends[id])
    }

    /// Text `id` (it must have been flushed).
    pub(super) fn read(&self, id: u32) -> std::io::Result<String> {
        let loaded = self.load_sorted(&[id])?;
        Ok(loaded.arena)
    }

    /// The texts `ids` (any order, repeats allowed; all flushed), read in parallel,
    /// neighbouring texts in one read.
    pub(super) fn load(&self, ids: impl IntoIterator<Item = u32>) -> std::io::Result<LoadedTexts> {
        let mut ids: Vec<u32> = ids.into_iter().collect();
        ids.par_sort_unstable();
        ids.dedup();
        let parts: Vec<std::io::Result<LoadedTexts>> = ids
            .par_chunks(LOAD_JOB_IDS)
            .map(|chunk| self.load_sorted(chunk))
            .collect();
        let mut loaded = LoadedTexts::default();
        for part in parts {
            loaded.append(part?);
        }
        Ok(loaded)
    }

    /// The texts `ids` (ascending, distinct, all flushed), neighbours in one read.
    fn load_sorted(&self, ids: &[u32]) -> std::io::Result<LoadedTexts> {
        let mut loaded = LoadedTexts {
            ids: ids.to_vec(),
            arena: String::new(),
            ends: Vec::with_capacity(ids.len()),
        };
        let Some(&last) = ids.last() else {
            return Ok(loaded);
        };
        if last as usize >= self.flushed {
            return Err(Error::new(ErrorKind::NotFound, "text not written yet"));
        }
        let mut block = Vec::new();
        let mut at = 0;
        while at < ids.len() {
            // One read from the first text of the group to the last.
            let (start, mut end) = self.span(ids[at] as usize);
            let mut to = at + 1;
            while to < ids.len() {
                let (next_start, next_end) = self.span(ids[to] as usize);
                if next_start - end >= READ_GAP {
                    break;
                }
                end = next_end;
                to += 1;
            }
            block.resize((end - start) as usize, 0);
            self.bytes.read_at(&mut block, start)?;
            for &id in &ids[at..to] {
                let (s, e) = self.span(id as usize);
                let bytes = &block[(s - start) as usize..(e - start) as usize];
                let text = std::str::from_utf8(bytes).map_err(|_| damaged("not UTF-8"))?;
                loaded.arena.push_str(text);
                loaded.ends.push(loaded.arena.len());
            }
            at = to;
        }
        Ok(loaded)
    }

    /// The file, for tests that damage it.
    #[cfg(test)]
    pub(super) fn file_for_tests(&self) -> Option<&File> {
        self.bytes.file_for_tests()
    }
}

/// The folder unit tests spill into (production code always passes the output set's
/// staging folder).
#[cfg(test)]
pub(super) fn test_dir() -> PathBuf {
    std::env::temp_dir()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_buffer_holds_its_size_and_every_byte_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut spill = ByteSpill::with_buffer(dir.path(), 1000);
        let mut expected = Vec::new();
        for i in 0..500u32 {
            let record = [i.to_le_bytes(), (i * 7).to_le_bytes(), [3; 4]].concat();
            let end = spill.append(&record).unwrap();
            expected.extend_from_slice(&record);
            assert_eq!(end, expected.len() as u64);
            assert!(
                spill.pending.capacity() <= 1000,
                "{}",
                spill.pending.capacity()
            );
        }
        assert_eq!(spill.into_bytes().unwrap(), expected);
    }

    #[test]
    fn debug_shows_sizes_never_text() {
        let secret = "my neighbour Alice Smith said";
        let mut store = store(&[secret]);
        store.push(secret).unwrap();
        let loaded = store.load([0]).unwrap();
        for shown in [format!("{store:?}"), format!("{loaded:?}")] {
            assert!(!shown.contains("Alice"), "{shown}");
            assert!(!shown.contains("65, 108"), "no bytes either: {shown}");
        }
        assert!(format!("{store:?}").contains("texts: 2"));
        assert!(format!("{loaded:?}").contains("texts: 1"));
    }

    fn store(texts: &[&str]) -> TextSpill {
        let mut store = TextSpill::new(&test_dir());
        for t in texts {
            store.push(t).unwrap();
        }
        store.flush().unwrap();
        store
    }

    #[test]
    fn texts_come_back_by_id_in_any_order() {
        let long = "é".repeat(3000);
        let texts = ["", "first", long.as_str(), "next", "", "x"];
        let store = store(&texts);
        for (i, t) in texts.iter().enumerate() {
            assert_eq!(store.read(i as u32).unwrap(), *t, "text {i}");
        }
        let loaded = store.load([5, 0, 2, 5, 3]).unwrap();
        assert_eq!(loaded.len(), 4);
        assert_eq!(loaded.get(5), Some("x"));
        assert_eq!(loaded.get(0), Some(""));
        assert_eq!(loaded.get(2), Some(long.as_str()));
        assert_eq!(loaded.get(3), Some("next"));
        assert_eq!(loaded.get(1), None, "not asked for");
    }

    #[test]
    fn many_texts_across_buffers_and_jobs() {
        let texts: Vec<String> = (0..3 * LOAD_JOB_IDS)
            .map(|i| format!("comment {i} {}", "w".repeat(i % 700)))
            .collect();
        let mut store = TextSpill::new(&test_dir());
        for t in &texts {
            store.push(t).unwrap();
        }
        // Far apart and neighbouring ids, some not yet flushed.
        assert!(store.bytes.written > 0, "written once the buffer filled");
        store.flush().unwrap();
        let ids: Vec<u32> = (0..texts.len() as u32).rev().step_by(3).collect();
        let loaded = store.load(ids.iter().copied()).unwrap();
        for &id in &ids {
            assert_eq!(loaded.get(id), Some(texts[id as usize].as_str()));
        }
        let all = store.load(0..texts.len() as u32).unwrap();
        assert_eq!(all.len(), texts.len());
        assert_eq!(all.get(1234), Some(texts[1234].as_str()));
    }

    #[test]
    fn texts_not_yet_written_are_an_error() {
        let mut store = store(&["a"]);
        store.push("b").unwrap();
        let err = store.load([1]).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
        store.flush().unwrap();
        assert_eq!(store.read(1).unwrap(), "b");
    }

    #[test]
    fn a_truncated_file_is_a_clear_error() {
        let store = store(&["first text", "second text"]);
        store.file_for_tests().unwrap().set_len(12).unwrap();
        assert_eq!(store.read(0).unwrap(), "first text");
        let err = store.read(1).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidData);
        assert!(err.to_string().contains("shorter than written"), "{err}");
        assert!(store.load([0, 1]).is_err());
    }

    #[test]
    fn damaged_bytes_are_a_clear_error() {
        let store = store(&["fine", "also fine"]);
        let file = store.file_for_tests().unwrap();
        file.write_all_at(&[0xff, 0xfe], 5).unwrap();
        let err = store.read(1).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidData);
        assert!(err.to_string().contains("not UTF-8"), "{err}");
        assert!(
            !err.to_string().contains("fine"),
            "no comment text in errors"
        );
        assert_eq!(store.read(0).unwrap(), "fine");
    }
}
