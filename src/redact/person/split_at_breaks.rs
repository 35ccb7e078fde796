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
    split_where(spans, tokens, |token| token.gap.is_break())
}

/// Cuts each inclusive token range at every token that opens a sentence: the tagger's
/// finds are cut so before the vetoes weigh them, each sentence's part on its own
/// ("…Swagata Podeschi. Runner-up: the porter" is a name, then a word), while a firm
/// joined by "&" stays whole for the readings of things.
pub(crate) fn split_at_sentence_starts(
    spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    split_where(spans, tokens, |token| token.sentence_start)
}

/// Takes out of each inclusive token range every token between its first and its last
/// that `word` holds, cutting the range there: in a comment that uses capitals the
/// tagger may run a find across a small-letter word ("…whose operation in March means
/// Gran is…"), and each part is then kept only if `keep_part` holds for it (the caller
/// weighs it by the vetoes on its own). The end tokens are left whole to the vetoes
/// ("Hunter green walls" is read with its noun) and the readings of leading words.
/// Ranges with no such token come back as they came, and when none has one, with no new
/// vector.
pub(crate) fn cut_out_inner_words(
    spans: Vec<(usize, usize)>,
    word: impl Fn(usize) -> bool,
    keep_part: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let cut_inside = |&(first, last): &(usize, usize)| (first + 1..last).any(&word);
    if !spans.iter().any(cut_inside) {
        return spans;
    }
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len() + 1);
    for span in spans {
        if !cut_inside(&span) {
            out.push(span);
            continue;
        }
        let (first, last) = span;
        let mut keep = |part: (usize, usize)| {
            if keep_part(part.0, part.1) {
                out.push(part);
            }
        };
        let mut start = Some(first);
        for k in first + 1..last {
            if word(k) {
                if let Some(from) = start.take() {
                    keep((from, k - 1));
                }
            } else if start.is_none() {
                start = Some(k);
            }
        }
        keep((start.unwrap_or(last), last));
    }
    out
}

/// Cuts each inclusive token range before every token after its first that `cut` holds.
/// Most finds hold no such token: the ranges are then handed back as they came, with
/// no new vector (this runs on every comment the tagger reads).
fn split_where(
    spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
    cut: impl Fn(&Token<'_>) -> bool,
) -> Vec<(usize, usize)> {
    let cuts_inside = |&(first, last): &(usize, usize)| tokens[first + 1..=last].iter().any(&cut);
    if !spans.iter().any(cuts_inside) {
        return spans;
    }
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (first, last) in spans {
        let mut start = first;
        for (k, token) in tokens.iter().enumerate().take(last + 1).skip(first + 1) {
            if cut(token) {
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

    #[test]
    fn inner_words_are_taken_out_and_cut_the_range() {
        // "March means Gran": the verb goes, each capitalised part stays.
        assert_eq!(
            cut_out_inner_words(vec![(0, 2), (4, 4)], |k| k == 1, |_, _| true),
            [(0, 0), (2, 2), (4, 4)]
        );
        // Words at either end are left to the vetoes.
        assert_eq!(
            cut_out_inner_words(vec![(0, 2)], |k| k == 2 || k == 0, |_, _| false),
            [(0, 2)]
        );
        assert_eq!(
            cut_out_inner_words(vec![(0, 3)], |k| k == 1 || k == 2, |_, _| true),
            [(0, 0), (3, 3)]
        );
        assert_eq!(
            cut_out_inner_words(vec![(0, 2)], |_| false, |_, _| false),
            [(0, 2)]
        );
        // Only the parts of a cut range are weighed: the uncut range stays.
        assert_eq!(
            cut_out_inner_words(vec![(0, 2), (4, 5)], |k| k == 1, |from, _| from == 2),
            [(2, 2), (4, 5)]
        );
    }

    #[test]
    fn sentence_starts_cut_but_an_ampersand_does_not() {
        let tokens = tokenize("Sue Ryder. Runner-up: Ann");
        assert_eq!(
            split_at_sentence_starts(vec![(0, 3)], &tokens),
            [(0, 1), (2, 2), (3, 3)]
        );
        let tokens = tokenize("at bassetlaw & retford hospital");
        assert_eq!(split_at_sentence_starts(vec![(1, 2)], &tokens), [(1, 2)]);
        assert_eq!(split_at_breaks(vec![(1, 2)], &tokens), [(1, 1), (2, 2)]);
    }
}
