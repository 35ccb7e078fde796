//! A name written in capital letters in a comment that otherwise uses small letters too:
//! "I think the badge said ELAMURUGU.", "the nurse on the board was SUGANYA". The rules
//! and the tagger take a word in capitals in a cased comment for a short form ("NHS",
//! "ADHD", "ASAP"), so such a word is never a candidate there. A long one that no list
//! holds and that real comments do not use ([`super::corpus_counts`]: "COVID" is
//! written so, and as "covid") is read as a name: the comment is read again with the
//! word capitalised, the word taken as a rule's name is ("Spotted the plate GILEABART
//! 60 in the car park", "had NANAG cut into the back of it": the writer singled it out,
//! and nothing around it need say a person), and only the filters of things, places and
//! kinds that read every find can drop it.
//!
//! Short forms are kept out by their shape, and by the service they run on into ("ICATT
//! South Team"): five letters or more, at least two vowels
//! and no run of four consonants ("LCMHT" and "RODBT" are left). The real QDC comments'
//! short forms are in the counts (read from those comments), and a hospital's own
//! sayable short form that they lack ("RESUS") is listed as a word. A
//! word in capitals right before a colon is a form's label ("CODENAME: Night Owl"); no
//! gold name in thirty-seven measuring rounds stood so.

use super::corpus_counts::counts;
use super::lexicon::WordFacts;
use super::tokens::{Gap, Shape, Token};

/// Fewest letters of a word in capitals read again.
const MIN_LETTERS: usize = 5;

/// Whether `word` (lower case) is spelt as a word can be said, not as a short form:
/// two vowels or more ("y" counts) and no four consonants in a row.
pub(crate) fn sayable(word: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let vowels = word.chars().filter(|&c| vowel(c)).count();
    let mut run = 0;
    for c in word.chars() {
        run = if vowel(c) { 0 } else { run + 1 };
        if run >= 4 {
            return false;
        }
    }
    vowels >= 2
}

/// Whether token `i` is a word in capitals that may be a name (see the module doc).
fn may_be_a_capital_letter_name(tokens: &[Token<'_>], facts: &[WordFacts], i: usize) -> bool {
    let token = &tokens[i];
    let word_facts = &facts[i];
    if token.shape != Shape::Upper || token.in_brackets {
        return false;
    }
    if word_facts.listed_as_a_word() {
        return false;
    }
    let word = token.lower.as_str();
    if word.len() < MIN_LETTERS || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    // A short form runs on into the service it names ("ICATT South Team").
    let runs_on = tokens.get(i + 1).is_some_and(|next| {
        next.gap == Gap::Space && matches!(next.shape, Shape::Capitalised | Shape::Upper)
    });
    // A label before its colon, as a form writes it ("CODENAME: Night Owl").
    let labels_what_follows = tokens.get(i + 1).is_some_and(|next| next.gap == Gap::Colon);
    let seen = counts(word);
    !runs_on && !labels_what_follows && sayable(word) && seen.lower == 0 && seen.capitalised == 0
}

/// The words in capitals of a cased comment worth a second reading, in order (none in a
/// comment without case, where capitals are already read as any letters are).
pub(crate) fn promotable_capital_words(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<usize> {
    if caseless {
        return Vec::new();
    }
    (0..tokens.len())
        .filter(|&i| may_be_a_capital_letter_name(tokens, facts, i))
        .collect()
}

/// `text` with each word of `capitals` written as a name is, its first letter capital
/// and the rest small ("ELAMURUGU" -> "Elamurugu"). Only ASCII words are promoted
/// ([`may_be_a_capital_letter_name`]), so every byte offset stays where it was.
pub(crate) fn written_as_names(text: &str, tokens: &[Token<'_>], capitals: &[usize]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &i in capitals {
        let token = &tokens[i];
        for b in &mut bytes[token.start + 1..token.end] {
            b.make_ascii_lowercase();
        }
    }
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::name_word_position::read_for_test;
    use super::super::tokens::tokenize;
    use super::*;

    fn promoted(text: &str) -> Vec<String> {
        let (tokens, facts, caseless) = read_for_test(text);
        promotable_capital_words(&tokens, &facts, caseless)
            .into_iter()
            .map(|i| tokens[i].text.to_string())
            .collect()
    }

    #[test]
    fn long_unlisted_words_in_capitals_are_read_again() {
        assert_eq!(promoted("I think the badge said ELAMURUGU."), ["ELAMURUGU"]);
        assert_eq!(promoted("the board said SUGANYA for nights"), ["SUGANYA"]);
    }

    #[test]
    fn short_forms_listed_and_everyday_words_are_not() {
        assert!(promoted("Seen by CAMHS and the LCMHT and RODBT.").is_empty());
        // A word running on into capitalised words names a service.
        assert!(promoted("ICATT South Team were excellent").is_empty());
        assert!(promoted("FILE 0047. CODENAME: Night Owl, on nights").is_empty());
        assert!(promoted("Due to COVID we waited. NHS, ADHD, ASAP.").is_empty());
        assert!(promoted("It was AMAZING and the staff were BRILLIANT").is_empty());
        // A comment all in capitals is read as it is, not word by word.
        assert!(promoted("THE BADGE SAID ELAMURUGU").is_empty());
    }

    #[test]
    fn words_are_rewritten_as_names_in_place() {
        let text = "the badge said ELAMURUGU. NHS";
        let tokens = tokenize(text);
        assert_eq!(
            written_as_names(text, &tokens, &[3]),
            "the badge said Elamurugu. NHS"
        );
    }

    #[test]
    fn sayable_words_have_vowels_and_no_long_consonant_runs() {
        assert!(sayable("elamurugu"));
        assert!(!sayable("lcmht"));
        assert!(!sayable("nsec"));
    }
}
