//! Rhyming pairs of words: "Hooley dooley", "okey dokey", "yo-yo", "walkie-talkie". A pair
//! of words that rhyme, the second the first with its opening consonants changed, is an
//! exclamation or a thing's name far more often than a person's.

/// Whether `a` and `b` (in lower case) rhyme as a reduplicated pair: the same letters from
/// the first vowel on, at least three of them ("ooley"), or the same word twice ("yo-yo").
pub(crate) fn rhymes(a: &str, b: &str) -> bool {
    /// The word from its first vowel on.
    fn rime(word: &str) -> &str {
        word.trim_start_matches(|c: char| !"aeiouy".contains(c))
    }
    let letters = |word: &str| !word.is_empty() && word.chars().all(char::is_alphabetic);
    letters(a) && letters(b) && (a == b || (rime(a).len() >= 3 && rime(a) == rime(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduplicated_pairs_rhyme() {
        assert!(rhymes("hooley", "dooley"));
        assert!(rhymes("okey", "dokey"));
        assert!(rhymes("walkie", "talkie"));
        assert!(rhymes("yo", "yo"));
    }

    #[test]
    fn other_pairs_do_not() {
        assert!(!rhymes("anna", "kowalski"));
        assert!(!rhymes("hunky", "dory"));
        assert!(!rhymes("by", "my"));
        assert!(!rhymes("", ""));
    }
}
