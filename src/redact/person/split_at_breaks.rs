//! One placeholder per mention: a found name never runs across a sentence break.
//!
//! The tagger can tag two mentions of a name in a row as one ("Sarah. Sarah was lovely"
//! as B, I), and a join of the rules' and the tagger's finds can touch across a full
//! stop; one span then swallows the stop, and `--style numbered` gives the pair a number
//! of its own. A name's words are joined by spaces, commas or an initial's own stop
//! ("Duncan J. Howard": the stop is inside the initial's token), never by a sentence
//! break, colon, bracket or line break, so a span is cut wherever one lies inside it.

use super::tokens::Token;

/// Cuts each inclusive token range at every token whose gap before it is a break.
pub(crate) fn split_at_breaks(
    spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (first, last) in spans {
        let mut start = first;
        for (k, token) in tokens.iter().enumerate().take(last + 1).skip(first + 1) {
            if token.gap.is_break() {
                out.push((start, k - 1));
                start = k;
            }
        }
        out.push((start, last));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn a_span_across_a_full_stop_becomes_two() {
        let tokens = tokenize("Sarah. Sarah was lovely");
        assert_eq!(split_at_breaks(vec![(0, 1)], &tokens), [(0, 0), (1, 1)]);
    }

    #[test]
    fn a_name_with_an_initial_or_a_comma_stays_whole() {
        let tokens = tokenize("Duncan J. Howard was kind");
        assert_eq!(split_at_breaks(vec![(0, 2)], &tokens), [(0, 2)]);
        let tokens = tokenize("Howard, Duncan was kind");
        assert_eq!(split_at_breaks(vec![(0, 1)], &tokens), [(0, 1)]);
    }
}
