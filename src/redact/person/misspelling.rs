//! Whether an unknown capitalised word is an everyday word misspelt ("Recieved",
//! "Docter", "Brillant"): one edit (a letter dropped, added, changed, or two neighbours
//! swapped) away from a word that real comments write in small letters.
//!
//! Patients often misspell, and a misspelling opening a sentence is capitalised and in
//! no word list, which is what an unknown name looks like to the tagger. Short names are
//! often one edit from some word ("Senta" / "sent", "Christense" / "christens"), so only
//! words of [`MIN_LETTERS`] letters or more are tried, and only against words real
//! comments use ([`FREQUENT`] comments or more of the training background,
//! [`super::corpus_counts`]), not against the whole English word list.
//! Only the tagger's own lone finds are checked (a handful per thousand comments), so
//! the variants are built as strings without a cost on the hot path.

use super::corpus_counts::counts;

/// Shortest word tried.
const MIN_LETTERS: usize = 6;
/// Comments of the training background that must write the corrected word in small letters.
const FREQUENT: u32 = 5;

/// Every string one edit from `word` (ASCII small letters), `word` excluded.
fn one_edit_away(word: &[u8], mut visit: impl FnMut(&str) -> bool) -> bool {
    let mut buf: Vec<u8> = Vec::with_capacity(word.len() + 1);
    let mut check = |buf: &[u8]| std::str::from_utf8(buf).is_ok_and(|s| !s.is_empty() && visit(s));
    for i in 0..=word.len() {
        // Deletion and transposition.
        if i < word.len() {
            buf.clear();
            buf.extend_from_slice(&word[..i]);
            buf.extend_from_slice(&word[i + 1..]);
            if check(&buf) {
                return true;
            }
        }
        if i + 1 < word.len() && word[i] != word[i + 1] {
            buf.clear();
            buf.extend_from_slice(word);
            buf.swap(i, i + 1);
            if check(&buf) {
                return true;
            }
        }
        for c in b'a'..=b'z' {
            // Insertion.
            buf.clear();
            buf.extend_from_slice(&word[..i]);
            buf.push(c);
            buf.extend_from_slice(&word[i..]);
            if check(&buf) {
                return true;
            }
            // Substitution.
            if i < word.len() && word[i] != c {
                buf.clear();
                buf.extend_from_slice(word);
                buf[i] = c;
                if check(&buf) {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether `lower` (a lower-cased word in no name list) reads as an everyday word
/// misspelt.
pub(crate) fn misspelt_everyday_word(lower: &str) -> bool {
    lower.len() >= MIN_LETTERS && one_edit_from_a_frequent_word(lower)
}

/// Whether `lower` (ASCII small letters) is one edit from a word real comments write in
/// small letters, whatever its length: the test of [`misspelt_everyday_word`] without the
/// length floor, for callers whose other evidence is weak ("fone", "pik").
pub(crate) fn one_edit_from_a_frequent_word(lower: &str) -> bool {
    if lower.is_empty() || !lower.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    // Every variant of a word of at least MIN_LETTERS small letters has at least
    // MIN_LETTERS - 1 of them.
    one_edit_away(lower.as_bytes(), |variant| {
        counts(variant).lower >= FREQUENT
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspellings_of_everyday_words_are_found() {
        for word in ["recieved", "docter", "brillant", "appointmnet"] {
            assert!(misspelt_everyday_word(word), "{word}");
        }
    }

    #[test]
    fn names_and_short_or_unrelated_words_are_not() {
        for word in [
            "zanele",
            "okonkwo",
            "senta",
            "bob",
            "dilek",
            "ikechukwu",
            "christense",
        ] {
            assert!(!misspelt_everyday_word(word), "{word}");
        }
        // Not ASCII letters: left alone.
        assert!(!misspelt_everyday_word("zoë-ann"));
    }

    #[test]
    fn every_kind_of_edit_is_tried() {
        let found = |w: &str, target: &str| one_edit_away(w.as_bytes(), |v| v == target);
        assert!(found("docter", "doctor")); // substitution
        assert!(found("recieved", "received")); // transposition
        assert!(found("brillant", "brilliant")); // insertion
        assert!(found("nurrse", "nurse")); // deletion
        assert!(!found("docter", "docter"));
        assert!(!found("docter", "dancer"));
    }
}
