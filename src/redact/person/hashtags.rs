//! Hashtags of everyday words: "#ThankYouNHS", "#NotGoodEnough", "#Blessed". Written
//! glued after "#" and capitalised word by word, they look like a name no list holds to
//! the tagger. A hashtag every part of which is an everyday English word or an acronym
//! is a topic, not a person; one with a name in it ("#TeamSarah") keeps the name.

use super::tokens::Token;

/// Whether the found name `first..=last` is a hashtag of words: one token written right
/// after "#", whose parts (split where a capital follows a small letter, and at the end of
/// a run of capitals: "NHSEngland" is "NHS" and "England") are each an acronym of two to
/// five capitals or an English word no given-name list holds as a name only
/// (`is_word_not_name`).
pub(crate) fn is_hashtag_of_words(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    is_word_not_name: impl Fn(&str) -> bool,
) -> bool {
    let token = &tokens[first];
    first == last
        && text[..token.start].ends_with('#')
        && parts(token.text).into_iter().all(|part| {
            let acronym = (2..=5).contains(&part.len()) && part.chars().all(char::is_uppercase);
            acronym || is_word_not_name(&part.to_lowercase())
        })
}

/// The parts of a hashtag written in capitals word by word ("ThankYouNHS" gives "Thank",
/// "You", "NHS").
fn parts(word: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut cuts = vec![0];
    for k in 1..chars.len() {
        let (at, c) = chars[k];
        let before = chars[k - 1].1;
        let next_small = chars.get(k + 1).is_some_and(|&(_, n)| n.is_lowercase());
        let new_word =
            c.is_uppercase() && (before.is_lowercase() || (before.is_uppercase() && next_small));
        if new_word {
            cuts.push(at);
        }
    }
    cuts.push(word.len());
    cuts.windows(2).map(|w| &word[w[0]..w[1]]).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn words(text: &str, k: usize) -> bool {
        let everyday = ["thank", "you", "not", "good", "enough", "blessed", "team"];
        is_hashtag_of_words(text, &tokenize(text), k, k, |w| everyday.contains(&w))
    }

    #[test]
    fn parts_split_at_capitals_and_acronyms() {
        assert_eq!(parts("ThankYouNHS"), ["Thank", "You", "NHS"]);
        assert_eq!(parts("NHSEngland"), ["NHS", "England"]);
        assert_eq!(parts("Blessed"), ["Blessed"]);
    }

    #[test]
    fn hashtags_of_words_are_no_names() {
        assert!(words("Massive thanks #ThankYouNHS", 2));
        assert!(words("Six hours #NotGoodEnough", 2));
        assert!(words("so #Blessed today", 1));
    }

    #[test]
    fn names_in_hashtags_and_words_without_one_stay() {
        assert!(!words("#TeamSarah was great", 0));
        assert!(!words("Thank You NHS", 1));
        assert!(!words("Thanks to Blessed on nights", 2));
    }
}
