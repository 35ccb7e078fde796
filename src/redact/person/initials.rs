//! Initials beside found names.
//!
//! - Written before a found name they belong to it: "J. Smith looked after me" left "J."
//!   readable before "[PERSON]", which narrows who it was. One or two capital initials
//!   ("J.", "J. R.") right before a found name, with only spaces between, join its span.
//!   A lone initial with no name after it is left; one ending a sentence before a name
//!   is taken ("plan B. Smith came" loses the "B.", a cost accepted for a name).
//! - A name written again right after an initial is a second mention, not one long
//!   name: "Sarah A. Sarah was kind" was one span (one placeholder for two mentions, and
//!   `--style numbered` gave the pair a number of its own); it is cut after the initial.

use super::tokens::{Gap, Shape, Token};

/// The most initials taken before one name ("J. R. R. Smith" keeps its first).
const MAX_INITIALS: usize = 2;

/// Widens each span of `spans` (sorted inclusive token ranges) leftward over the
/// initials right before it that no other span holds.
pub(crate) fn initials_before(
    mut spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
    caseless: bool,
) -> Vec<(usize, usize)> {
    let mut previous_end: Option<usize> = None;
    for span in spans.iter_mut() {
        let mut first = span.0;
        let mut taken = 0;
        while taken < MAX_INITIALS && first > 0 && tokens[first].gap == Gap::Space {
            let before = &tokens[first - 1];
            let capital = caseless || before.text.starts_with(|c: char| c.is_uppercase());
            let free = previous_end.is_none_or(|end| end < first - 1);
            if before.shape != Shape::Initial || before.in_brackets || !capital || !free {
                break;
            }
            first -= 1;
            taken += 1;
        }
        span.0 = first;
        previous_end = Some(span.1);
    }
    spans
}

/// Cuts a span after an initial when the word after the initial is written exactly as a
/// word before it in the same span: "Sarah A. Sarah" becomes "Sarah A." and "Sarah".
pub(crate) fn split_repeated_after_initial(
    spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    for (first, last) in spans {
        let mut start = first;
        for k in first + 1..last {
            let repeated = tokens[k].shape == Shape::Initial
                && tokens[start..k].iter().any(|before| {
                    before.shape != Shape::Initial && before.text == tokens[k + 1].text
                });
            if repeated {
                out.push((start, k));
                start = k + 1;
            }
        }
        out.push((start, last));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{span_texts, tokenize};
    use super::*;

    fn widened(text: &str, spans: Vec<(usize, usize)>) -> Vec<&str> {
        let tokens = tokenize(text);
        span_texts(text, &tokens, initials_before(spans, &tokens, false))
    }

    #[test]
    fn initials_before_a_name_join_it() {
        assert_eq!(
            widened("J. Smith looked after me", vec![(1, 1)]),
            ["J. Smith"]
        );
        assert_eq!(
            widened("Thanks to A. B. Okafor", vec![(4, 4)]),
            ["A. B. Okafor"]
        );
    }

    fn split(text: &str, spans: Vec<(usize, usize)>) -> Vec<&str> {
        let tokens = tokenize(text);
        span_texts(text, &tokens, split_repeated_after_initial(spans, &tokens))
    }

    #[test]
    fn a_name_repeated_after_an_initial_is_a_second_mention() {
        assert_eq!(
            split("Sarah A. Sarah was kind", vec![(0, 2)]),
            ["Sarah A.", "Sarah"]
        );
        assert_eq!(
            split("Sarah A. Jones was kind", vec![(0, 2)]),
            ["Sarah A. Jones"]
        );
        assert_eq!(
            split("Duncan J. Howard", vec![(0, 2)]),
            ["Duncan J. Howard"]
        );
    }

    #[test]
    fn words_breaks_and_other_names_stop_it() {
        assert_eq!(widened("Thanks to Smith", vec![(2, 2)]), ["Smith"]);
        assert_eq!(
            widened("It was plan B. Smith came", vec![(4, 4)]),
            ["B. Smith"]
        );
        assert_eq!(widened("Seen by Jo. Smith came", vec![(3, 3)]), ["Smith"]);
    }
}
