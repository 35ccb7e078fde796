//! Viterbi decoding of the best O / B / I tag sequence.
//!
//! Tokens that are not candidates may only be `O`; `I` may only follow `B` or `I`. Scores
//! are the emission scores of each candidate token plus a transition score per pair of
//! tags (and from the start).

/// Outside any name.
pub(crate) const O: u8 = 0;
/// First word of a name.
pub(crate) const B: u8 = 1;
/// A later word of a name.
pub(crate) const I: u8 = 2;
/// Number of tags.
pub(crate) const TAGS: usize = 3;
/// Rows of the transition table: one per previous tag, then one for the start.
pub(crate) const TRANSITION_ROWS: usize = TAGS + 1;

/// The best tags for a comment, written into `tags` (same length as `emissions`).
///
/// `emissions[i]` is `None` for a token that must be `O`. `transitions[prev][cur]`, with
/// `prev == TAGS` for the start. `back` is reusable scratch.
pub(crate) fn decode(
    emissions: &[Option<[f32; TAGS]>],
    transitions: &[[f32; TAGS]; TRANSITION_ROWS],
    tags: &mut Vec<u8>,
    back: &mut Vec<[u8; TAGS]>,
) {
    let n = emissions.len();
    tags.clear();
    back.clear();
    if n == 0 {
        return;
    }
    const NEG: f32 = f32::NEG_INFINITY;
    let allowed = |i: usize, tag: usize| emissions[i].is_some() || tag == O as usize;
    let mut score = [NEG; TAGS];
    for (tag, slot) in score.iter_mut().enumerate() {
        if allowed(0, tag) && tag != I as usize {
            *slot = transitions[TAGS][tag] + emissions[0].map_or(0.0, |e| e[tag]);
        }
    }
    back.push([O; TAGS]);
    for (i, emission) in emissions.iter().enumerate().skip(1) {
        let mut next = [NEG; TAGS];
        let mut from = [O; TAGS];
        for (cur, slot) in next.iter_mut().enumerate() {
            if !allowed(i, cur) {
                continue;
            }
            for prev in 0..TAGS {
                if score[prev] == NEG || (cur == I as usize && prev == O as usize) {
                    continue;
                }
                let s = score[prev] + transitions[prev][cur];
                if s > *slot {
                    *slot = s;
                    from[cur] = prev as u8;
                }
            }
            if *slot > NEG {
                *slot += emission.map_or(0.0, |e| e[cur]);
            }
        }
        score = next;
        back.push(from);
    }
    let mut best = O;
    for tag in 0..TAGS {
        if score[tag] > score[best as usize] {
            best = tag as u8;
        }
    }
    tags.resize(n, O);
    let mut tag = best;
    for i in (0..n).rev() {
        tags[i] = tag;
        tag = back[i][tag as usize];
    }
}

/// The names in a tag sequence, as inclusive token ranges.
pub(crate) fn spans(tags: &[u8]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, &tag) in tags.iter().enumerate() {
        match tag {
            B => out.push((i, i)),
            I => {
                if let Some(last) = out.last_mut().filter(|s| s.1 + 1 == i) {
                    last.1 = i;
                } else {
                    out.push((i, i));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(emissions: &[Option<[f32; TAGS]>], transitions: [[f32; TAGS]; 4]) -> Vec<u8> {
        let (mut tags, mut back) = (Vec::new(), Vec::new());
        decode(emissions, &transitions, &mut tags, &mut back);
        tags
    }

    #[test]
    fn picks_the_best_emissions_when_transitions_are_flat() {
        let e = [Some([0.0, 2.0, 1.0]), Some([0.0, 0.5, 3.0]), None];
        assert_eq!(run(&e, [[0.0; 3]; 4]), vec![B, I, O]);
    }

    #[test]
    fn non_candidates_are_outside_and_i_never_follows_o() {
        // The second token would like I, but the first must be O: so B.
        let e = [None, Some([0.0, 1.0, 5.0])];
        assert_eq!(run(&e, [[0.0; 3]; 4]), vec![O, B]);
        // I never opens a comment.
        assert_eq!(run(&[Some([0.0, 1.0, 9.0])], [[0.0; 3]; 4]), vec![B]);
    }

    #[test]
    fn transitions_can_change_the_answer() {
        let e = [Some([0.0, 1.0, 0.0]), Some([0.9, 0.0, 0.0])];
        let mut t = [[0.0; 3]; 4];
        assert_eq!(run(&e, t), vec![B, O]);
        t[B as usize][I as usize] = 2.0;
        assert_eq!(run(&e, t), vec![B, I]);
    }

    #[test]
    fn spans_join_b_and_following_i() {
        assert_eq!(spans(&[O, B, I, O, B, B, I]), vec![(1, 2), (4, 4), (5, 6)]);
        assert!(spans(&[O, O]).is_empty());
    }
}
