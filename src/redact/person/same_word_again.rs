//! A name found once is a name wherever it is written again in the same comment.
//!
//! "Sister Smith. Smith was lovely" had its first Smith taken by the title cue and its
//! second left, because a surname that is also a word needs a cue; the placeholder then
//! gives the name away ("Sister [PERSON]. Smith was lovely"). Each word of a found name,
//! written the same way (the same letters, the same case) elsewhere in the comment, is
//! taken too. Only exact spellings count, so "Nurse Will was kind, he will be missed"
//! keeps "will", and a lone initial or a word with a digit never spreads.

use super::tokens::{Shape, Token};

/// Adds a one-token span for every token outside `spans` written exactly like a word
/// inside one of them; returns all spans sorted by their first token.
pub(crate) fn same_word_again(
    mut spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    if spans.is_empty() {
        return spans;
    }
    let mut inside = vec![false; tokens.len()];
    for &(first, last) in &spans {
        for flag in inside.iter_mut().take(last + 1).skip(first) {
            *flag = true;
        }
    }
    let spreads = |token: &Token<'_>| {
        !token.in_brackets
            && token.text.chars().count() >= 2
            && matches!(
                token.shape,
                Shape::Capitalised | Shape::Upper | Shape::Lower
            )
    };
    // The words of the found names, read once, each kept once and sorted: a comment
    // holds a handful, but a pasted list may hold thousands, and each word outside them
    // is looked up.
    let mut named: Vec<&str> = spans
        .iter()
        .flat_map(|&(first, last)| &tokens[first..=last])
        .filter(|found| spreads(found))
        .map(|found| found.text)
        .collect();
    named.sort_unstable();
    named.dedup();
    let added: Vec<(usize, usize)> = tokens
        .iter()
        .enumerate()
        .filter(|&(j, token)| {
            !inside[j] && spreads(token) && named.binary_search(&token.text).is_ok()
        })
        .map(|(j, _)| (j, j))
        .collect();
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_unstable();
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{span_texts, tokenize};
    use super::*;

    fn again(text: &str, spans: Vec<(usize, usize)>) -> Vec<&str> {
        let tokens = tokenize(text);
        span_texts(text, &tokens, same_word_again(spans, &tokens))
    }

    #[test]
    fn a_found_name_is_taken_where_it_is_written_again() {
        assert_eq!(
            again("Sister Smith. Smith was lovely.", vec![(1, 1)]),
            ["Smith", "Smith"]
        );
        assert_eq!(
            again(
                "Sarah Jones came. Later Jones rang and Sarah too.",
                vec![(0, 1)]
            ),
            ["Sarah Jones", "Jones", "Sarah"]
        );
    }

    #[test]
    fn other_spellings_initials_and_no_finds_are_left() {
        assert_eq!(
            again("Nurse Will was kind, he will be missed.", vec![(1, 1)]),
            ["Will"]
        );
        assert_eq!(again("J. Smith and J. Brown", vec![(0, 1)]), ["J. Smith"]);
        assert!(again("Smith was kind. Smith rang.", vec![]).is_empty());
    }
}
