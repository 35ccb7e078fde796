//! Character n-grams within words, hashed into a fixed number of buckets.
//!
//! Misspellings are everywhere in feedback ("recieved", "apointment"); n-grams of
//! characters inside each word (padded with a space on either side) let the model see
//! that they are near their correct forms. Hashing (FNV-1a, fixed, so stable across runs
//! and machines) avoids building a string per n-gram.

/// Number of hash buckets (2^20).
pub const BUCKETS: u32 = 1 << 20;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Extends an FNV-1a state with bytes.
fn fnv_extend(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// Folds an FNV-1a state into [`BUCKETS`].
fn fold(hash: u64) -> u32 {
    ((hash ^ (hash >> 32)) as u32) & (BUCKETS - 1)
}

/// FNV-1a over bytes, folded into [`BUCKETS`].
#[cfg(test)]
fn bucket_of(bytes: &[u8]) -> u32 {
    fold(fnv_extend(FNV_OFFSET, bytes))
}

/// Calls `emit(bucket)` for every n-gram of length `min_n..=max_n` (in characters) of
/// ` word ` (the word padded with spaces), for every word. The hash of each n-gram is
/// extended from the (n-1)-gram at the same start, so each start is hashed once.
pub fn for_each_bucket(
    words: &[impl AsRef<str>],
    min_n: usize,
    max_n: usize,
    mut emit: impl FnMut(u32),
) {
    let mut padded: Vec<u8> = Vec::with_capacity(32);
    let mut starts: Vec<usize> = Vec::with_capacity(32);
    for word in words {
        let word = word.as_ref();
        padded.clear();
        starts.clear();
        padded.push(b' ');
        padded.extend_from_slice(word.as_bytes());
        padded.push(b' ');
        if word.is_ascii() {
            // One byte per character: no offsets needed.
            let chars = padded.len();
            for i in 0..chars {
                let mut hash = FNV_OFFSET;
                for (n, &b) in padded[i..chars.min(i + max_n)].iter().enumerate() {
                    hash = (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                    if n + 1 >= min_n {
                        emit(fold(hash));
                    }
                }
            }
            continue;
        }
        // Byte offsets of character starts, plus the end, so n-grams never split a char.
        starts.extend((0..padded.len()).filter(|&i| (padded[i] & 0xC0) != 0x80));
        starts.push(padded.len());
        let chars = starts.len() - 1;
        for i in 0..chars {
            let mut hash = FNV_OFFSET;
            for n in 1..=max_n.min(chars - i) {
                hash = fnv_extend(hash, &padded[starts[i + n - 1]..starts[i + n]]);
                if n >= min_n {
                    emit(fold(hash));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buckets(words: &[&str], min_n: usize, max_n: usize) -> Vec<u32> {
        let mut out = Vec::new();
        for_each_bucket(words, min_n, max_n, |b| out.push(b));
        out
    }

    #[test]
    fn counts_ngrams_of_padded_words() {
        // " ab " has 3 bigrams, 2 trigrams, 1 four-gram.
        assert_eq!(buckets(&["ab"], 2, 4).len(), 6);
        assert_eq!(
            buckets(&["ab"], 5, 5).len(),
            0,
            "longer than the padded word"
        );
        assert_eq!(buckets(&["ab", "ab"], 3, 3).len(), 4);
    }

    #[test]
    fn shared_ngrams_share_buckets_and_others_differ() {
        let a = buckets(&["appointment"], 3, 3);
        let b = buckets(&["apointment"], 3, 3);
        let shared = a.iter().filter(|x| b.contains(x)).count();
        assert!(shared >= 7, "misspelling keeps most trigrams: {shared}");
        let c = buckets(&["parking"], 3, 3);
        assert!(a.iter().filter(|x| c.contains(x)).count() <= 1);
    }

    #[test]
    fn ascii_fast_path_hashes_like_the_general_path() {
        // The general path, written out: every n-gram's bytes hashed from scratch.
        let word = "waiting";
        let padded = format!(" {word} ");
        let mut expected = Vec::new();
        for i in 0..padded.len() {
            for n in 1..=4.min(padded.len() - i) {
                if n >= 2 {
                    expected.push(bucket_of(&padded.as_bytes()[i..i + n]));
                }
            }
        }
        assert_eq!(buckets(&[word], 2, 4), expected);
    }

    #[test]
    fn multibyte_characters_are_not_split() {
        // " café " is 6 characters: 5 bigrams.
        assert_eq!(buckets(&["café"], 2, 2).len(), 5);
        assert_eq!(bucket_of("é".as_bytes()), bucket_of("é".as_bytes()));
    }
}
