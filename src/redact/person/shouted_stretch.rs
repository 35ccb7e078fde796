//! Stretches written all in capitals inside a comment that otherwise uses case ("The
//! staff were kind. WHY DID ELENOIRE FROM PHARMACY TELL ME MY TABLETS WERE READY",
//! "BEST MIDWIFE EVER - VIRNA!!!"): read as a comment without case.
//!
//! In a cased comment an all-capitals word is read as an acronym (NHS, GP, A&E), never a
//! name, and rightly so for single words. But a writer who shouts a sentence writes the
//! names in it in capitals too, and there capitals say nothing about names: the stretch
//! is text without case, as a comment typed wholly in capitals is. So each stretch of at
//! least [`MIN_SHOUTED_WORDS`] all-capital words (with digits, single capital letters
//! and punctuation between them, but no small letter) is read again on its own by the
//! whole recognizer, which then gives the lexicons and cues the weight it gives them in
//! a comment without case, and the names it finds there are kept. A comment with no
//! such stretch pays one pass over its tokens.

use super::tokens::{Shape, Token};

/// Fewest all-capital words of two letters or more that make a stretch shouted: one or
/// two are acronyms or a heading ("NHS", "A&E DEPT").
const MIN_SHOUTED_WORDS: usize = 3;

/// Whether the token may stand inside a shouted stretch: an all-capital word, a single
/// capital letter ("I", "A"), or digits without small letters ("3", "111").
fn shouted_or_neutral(token: &Token<'_>) -> bool {
    match token.shape {
        Shape::Upper => true,
        Shape::Capitalised => token.text.chars().count() == 1,
        Shape::Other => !token.text.chars().any(char::is_lowercase),
        Shape::Lower | Shape::Initial => false,
    }
}

/// The shouted stretches of a cased comment's tokens, as inclusive token ranges, each
/// opening and closing on an all-capital word.
pub(crate) fn shouted_stretches(tokens: &[Token<'_>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].shape != Shape::Upper || tokens[i].in_brackets {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        let mut words = 0;
        while i < tokens.len() && shouted_or_neutral(&tokens[i]) && !tokens[i].in_brackets {
            if tokens[i].shape == Shape::Upper {
                words += 1;
                last = i;
            }
            i += 1;
        }
        if words >= MIN_SHOUTED_WORDS {
            out.push((first, last));
        }
    }
    out
}

/// The names in the shouted stretches of a cased comment, as inclusive token ranges of
/// `tokens`. `read` reads one stretch of `text` as a comment and returns its names as
/// byte ranges within the stretch; a name whose ends fall inside a token of `tokens`
/// rather than on its edges is dropped (the two tokenisations agree on whole words).
pub(crate) fn names_in_shouted_stretches<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    mut read: impl FnMut(&'a str) -> Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (first, last) in shouted_stretches(tokens) {
        let offset = tokens[first].start;
        let Some(stretch) = text.get(offset..tokens[last].end) else {
            continue;
        };
        for (start, end) in read(stretch) {
            let at_start = tokens[first..=last]
                .iter()
                .position(|t| t.start == offset + start);
            let at_end = tokens[first..=last]
                .iter()
                .position(|t| t.end == offset + end);
            if let (Some(a), Some(b)) = (at_start, at_end) {
                out.push((first + a, first + b));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn stretches(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        shouted_stretches(&tokens)
            .into_iter()
            .map(|(a, b)| text[tokens[a].start..tokens[b].end].to_string())
            .collect()
    }

    #[test]
    fn a_shouted_sentence_is_a_stretch() {
        assert_eq!(
            stretches("Kind staff. WHY DID ELENOIRE FROM PHARMACY TELL ME. Thanks"),
            vec!["WHY DID ELENOIRE FROM PHARMACY TELL ME"]
        );
        assert_eq!(
            stretches("Good. BEST MIDWIFE EVER - VIRNA!!!"),
            vec!["BEST MIDWIFE EVER - VIRNA"]
        );
        assert_eq!(
            stretches("THE CAFE CLOSES AT 3 WHICH IS SILLY But fine"),
            vec!["THE CAFE CLOSES AT 3 WHICH IS SILLY"]
        );
        assert_eq!(
            stretches("Thank you THANK YOU AOMAR for it"),
            vec!["THANK YOU AOMAR"]
        );
    }

    #[test]
    fn acronyms_and_headings_are_not() {
        assert!(stretches("Seen in A&E by the GP and the NHS was great").is_empty());
        assert!(stretches("The ICU DEPT was calm").is_empty());
        assert!(stretches("all in small letters here").is_empty());
        assert!(stretches("The AMU, the CDU and ICU staff").is_empty());
    }

    #[test]
    fn names_map_back_to_the_comment_tokens() {
        let text = "Lovely. DR KPUINEN IS THE ONLY GP WHO LISTENS";
        let tokens = tokenize(text);
        let found = names_in_shouted_stretches(text, &tokens, |stretch| {
            assert_eq!(stretch, "DR KPUINEN IS THE ONLY GP WHO LISTENS");
            vec![(3, 10)]
        });
        assert_eq!(found.len(), 1);
        let (a, b) = found[0];
        assert_eq!(&text[tokens[a].start..tokens[b].end], "KPUINEN");
        // A range that does not fall on token edges is dropped.
        let found = names_in_shouted_stretches(text, &tokens, |_| vec![(4, 10)]);
        assert!(found.is_empty());
    }
}
