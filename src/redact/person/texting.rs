//! Whether a word the lists do not know is an everyday word written as people text it:
//! an apostrophe left out ("didnt", "wasnt", "im"), or an abbreviation with no vowel
//! ("pls", "thx", "rc").
//!
//! The learned tagger scores words in no English list as possible names, and in a comment
//! written without capitals nothing else tells a name from a word. A dropped apostrophe
//! is tested by putting it back and looking the result up in the English word list
//! (`english_words.txt`), not by a list of texting words; a word with no vowel letter is
//! an abbreviation. Names rarely take these shapes, and the few that do (Ng) are in a
//! name list, which this never overrides.
//!
//! A dropped final "g" ("amazin" for "amazing") was tried and left out: names ending in
//! "-in" whose "-ing" form is a word ("Racin", "Savin", "Starlin") are common in the
//! measuring name lists, and eight were lost on the tune and seen rounds.

/// Letters that make a word pronounceable; a word with none is an abbreviation.
const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u', 'y'];

/// Whether `lower` (a lower-case word) is a texting form of an everyday word, by
/// `is_word` (is this an English word?).
pub(crate) fn texting_form_of_a_word(lower: &str, is_word: impl Fn(&str) -> bool) -> bool {
    if lower.is_empty() || !lower.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let no_vowel = lower.len() >= 2 && !lower.contains(VOWELS);
    no_vowel || apostrophe_dropped(lower, &is_word)
}

/// Whether putting an apostrophe back before the last one or two letters makes a word:
/// "didnt" -> "didn't", "im" -> "i'm", "youre" -> "you're", "theyll" -> "they'll". A
/// possessive is never made ("james" -> "jame's" is no word: the list holds none).
fn apostrophe_dropped(lower: &str, is_word: &impl Fn(&str) -> bool) -> bool {
    (1..=2).any(|tail| {
        lower.len() > tail && {
            let (head, rest) = lower.split_at(lower.len() - tail);
            let with_apostrophe = format!("{head}'{rest}");
            is_word(&with_apostrophe) || PRONOUN_I_CONTRACTIONS.contains(&with_apostrophe.as_str())
        }
    })
}

/// The contractions of the pronoun "I". The English word list holds only words written
/// in small letters, and "I'm", "I've", "I'd", "I'll" are always written with a capital,
/// so it has none of them; without the apostrophe ("Im not happy", "Ive waited") they are
/// texting forms all the same.
const PRONOUN_I_CONTRACTIONS: &[&str] = &["i'm", "i've", "i'd", "i'll"];

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny English list for the tests.
    fn is_word(w: &str) -> bool {
        matches!(w, "amazing" | "didn't" | "i'm" | "you're" | "racing")
    }

    #[test]
    fn the_pronoun_i_without_its_apostrophe_is_texting() {
        // The word list lacks the capitalised contractions of "I": found all the same.
        assert!(texting_form_of_a_word("im", |_| false));
        assert!(texting_form_of_a_word("ive", |_| false));
        // Not a name that merely starts so.
        assert!(!texting_form_of_a_word("imogen", |_| false));
        assert!(!texting_form_of_a_word("ivan", |_| false));
    }

    #[test]
    fn missing_apostrophes_and_vowel_less_abbreviations_are_texting() {
        for word in ["didnt", "im", "youre", "pls", "thx", "rc"] {
            assert!(texting_form_of_a_word(word, is_word), "{word}");
        }
    }

    #[test]
    fn names_and_unknown_words_are_not() {
        // A vowel and no apostrophe form in the list; a dropped "g" is not tried.
        for word in ["zanele", "racin", "amazin", "james", "lol", "a", ""] {
            assert!(!texting_form_of_a_word(word, is_word), "{word}");
        }
        // Letters outside a-z (a hyphen, an accent) are never tried.
        assert!(!texting_form_of_a_word("ng-x", is_word));
        assert!(!texting_form_of_a_word("amazín", is_word));
    }
}
