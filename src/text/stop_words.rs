//! Stop-word lists, read from `lexicons/` (embedded at build time).

use std::collections::HashSet;

/// The English stop words of `lexicons/stop_words_en.txt`.
pub const ENGLISH_STOP_WORDS: &str = include_str!("../../lexicons/stop_words_en.txt");

/// Words of tone (good, great, poor…) that clustering ignores: `lexicons/cluster_stop_words.txt`.
pub const CLUSTER_STOP_WORDS: &str = include_str!("../../lexicons/cluster_stop_words.txt");

/// A set of words to leave out of terms.
#[derive(Debug, Clone, Default)]
pub struct StopWords {
    words: HashSet<String>,
}

impl StopWords {
    /// Parses a word list: one word per line, `#` starts a comment, blank lines ignored.
    pub fn parse(list: &str) -> Self {
        let words = list
            .lines()
            .map(|line| line.split('#').next().unwrap_or("").trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        StopWords { words }
    }

    /// The standard English list.
    pub fn english() -> Self {
        Self::parse(ENGLISH_STOP_WORDS)
    }

    /// Adds every word of another list.
    pub fn extend(&mut self, other: &StopWords) {
        self.words.extend(other.words.iter().cloned());
    }

    /// True when `word` (already lower-case) is a stop word.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// The words, sorted (for saving into a model folder).
    pub fn sorted(&self) -> Vec<&str> {
        let mut words: Vec<&str> = self.words.iter().map(String::as_str).collect();
        words.sort_unstable();
        words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_comments_and_blanks() {
        let stop = StopWords::parse("# header\nthe\n\n  And  # trailing\n");
        assert!(stop.contains("the"));
        assert!(stop.contains("and"));
        assert!(!stop.contains("# header"));
        assert_eq!(stop.sorted(), vec!["and", "the"]);
    }

    #[test]
    fn english_list_keeps_negations() {
        let stop = StopWords::english();
        assert!(stop.contains("the"));
        for negation in ["not", "no", "nothing", "never"] {
            assert!(!stop.contains(negation), "{negation} must stay a term");
        }
    }
}
