//! [`remembered`]: both readings of a date text, worked out once per distinct text and
//! thread.
//!
//! Ingest reads every row's date up to five times (twice in the first pass, which
//! counts each trust's order evidence, then twice more for the evidence and once in
//! the chosen order when the row is read), each reading building strings with
//! `format!`: about 3% of a million-row run's CPU, the first pass alone while the
//! other core waits. An export holds few distinct dates (one per day, a few hundred a
//! year), so each distinct text is read both ways once and its readings copied out
//! after. Reading is a pure function of the text, so the results are the same; the
//! memo stops growing at [`MEMO_TEXTS`] texts (a file of timestamps with seconds
//! rarely repeats one), after which texts are read each time as before.

use std::cell::RefCell;

use crate::fast_hash::FastHashMap;

/// Distinct date texts remembered per thread (a few hundred KB at most).
const MEMO_TEXTS: usize = 4096;

/// A date text read in each order (as [`super::dates::parse_date`] returns it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Readings {
    /// Read day-first.
    pub(super) day_first: Result<String, &'static str>,
    /// Read month-first.
    pub(super) month_first: Result<String, &'static str>,
}

thread_local! {
    static MEMO: RefCell<FastHashMap<Box<str>, Readings>> = RefCell::new(FastHashMap::default());
}

/// `f` given the readings of the trimmed `text`: from this thread's memo when the text
/// was read before, else from `read` (which reads it both ways), remembered while the
/// memo has room.
pub(super) fn remembered<R>(
    text: &str,
    read: impl FnOnce(&str) -> Readings,
    f: impl FnOnce(&Readings) -> R,
) -> R {
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(readings) = memo.get(text) {
            return f(readings);
        }
        let readings = read(text);
        let out = f(&readings);
        if memo.len() < MEMO_TEXTS {
            memo.insert(text.into(), readings);
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn readings(text: &str) -> Readings {
        Readings {
            day_first: Ok(format!("d{text}")),
            month_first: Err("no"),
        }
    }

    #[test]
    fn a_text_is_read_once_then_remembered() {
        let reads = Cell::new(0);
        let read = |t: &str| {
            reads.set(reads.get() + 1);
            readings(t)
        };
        for _ in 0..3 {
            let got = remembered("memo-test-once", read, |r| r.day_first.clone());
            assert_eq!(got, Ok("dmemo-test-once".to_string()));
        }
        assert_eq!(reads.get(), 1);
        let other = remembered("memo-test-other", read, |r| r.month_first.clone());
        assert_eq!(other, Err("no"));
        assert_eq!(reads.get(), 2);
    }

    #[test]
    fn past_its_size_texts_are_read_each_time_with_the_same_results() {
        // On a thread of its own, so the memo starts empty.
        std::thread::spawn(|| {
            for i in 0..MEMO_TEXTS {
                remembered(&format!("fill {i}"), readings, |_| ());
            }
            let reads = Cell::new(0);
            let read = |t: &str| {
                reads.set(reads.get() + 1);
                readings(t)
            };
            for _ in 0..2 {
                let got = remembered("one too many", read, |r| r.clone());
                assert_eq!(got, readings("one too many"));
            }
            assert_eq!(reads.get(), 2);
        })
        .join()
        .expect("the test thread does not panic");
    }
}
