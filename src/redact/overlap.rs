//! Turning every recognizer's candidates into one sorted, non-overlapping list.
//!
//! Longest span wins; at equal length the more specific kind wins (an email over a
//! name, an NHS number over a hospital number); then the earlier span. A loser keeps
//! whatever part of it no winner covers, if that part still holds letters or digits,
//! so a partial overlap never leaves PII readable. Spans inside existing redaction
//! markers or wholly inside a look-alike (duration, time, dose…) are dropped.

use std::collections::BTreeMap;

use super::date_of_birth::with_dotnet_wrapper;
use super::{PiiKind, PiiSpan};

/// Lower is more specific: used to break ties between spans of equal length.
fn specificity(kind: PiiKind) -> u8 {
    match kind {
        PiiKind::EmailAddress => 0,
        PiiKind::Url => 1,
        PiiKind::NhsNumber => 2,
        PiiKind::UkNino => 3,
        PiiKind::PhoneNumber => 4,
        PiiKind::UkPostcode => 5,
        PiiKind::HospitalNumber => 6,
        PiiKind::DateOfBirth => 7,
        PiiKind::StreetAddress => 8,
        PiiKind::Person => 9,
    }
}

/// Resolves `candidates` against each other, the `markers` (kept as they are) and the
/// `not_pii` look-alikes; returns sorted, non-overlapping spans.
pub fn resolve(
    text: &str,
    mut candidates: Vec<PiiSpan>,
    markers: &[(usize, usize)],
    not_pii: &[(usize, usize)],
) -> Vec<PiiSpan> {
    candidates
        .retain(|c| c.start < c.end && !not_pii.iter().any(|&(s, e)| s <= c.start && c.end <= e));
    match resolve_disjoint(text, &mut candidates, markers) {
        Some(disjoint) => disjoint,
        None => resolve_overlapping(text, candidates, markers),
    }
}

/// The general case: longest (then most specific, then earliest) span first, each
/// later one keeping only the pieces that nothing taken so far covers.
fn resolve_overlapping(
    text: &str,
    mut candidates: Vec<PiiSpan>,
    markers: &[(usize, usize)],
) -> Vec<PiiSpan> {
    candidates.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(specificity(a.kind).cmp(&specificity(b.kind)))
            .then(a.start.cmp(&b.start))
            .then(a.end.cmp(&b.end))
    });
    let mut taken = Covered::from_ranges(markers);
    let mut accepted: Vec<PiiSpan> = Vec::new();
    for candidate in candidates {
        for (start, end) in taken.uncovered_pieces(candidate.start, candidate.end) {
            let Some((start, end)) = tidy(text, start, end) else {
                continue;
            };
            taken.add(start, end);
            accepted.push(PiiSpan {
                start,
                end,
                kind: candidate.kind,
            });
        }
    }
    accepted.sort();
    accepted
}

/// The common case without allocation churn: when no two candidates overlap and none
/// touches a marker, the answer is the candidates themselves, sorted and tidied.
/// Returns `None` when there is an overlap to resolve.
fn resolve_disjoint(
    text: &str,
    candidates: &mut [PiiSpan],
    markers: &[(usize, usize)],
) -> Option<Vec<PiiSpan>> {
    candidates.sort();
    let overlapping = candidates.windows(2).any(|w| w[1].start < w[0].end)
        || candidates
            .iter()
            .any(|c| markers.iter().any(|&(s, e)| s < c.end && c.start < e));
    if overlapping {
        return None;
    }
    Some(
        candidates
            .iter()
            .filter_map(|c| {
                tidy(text, c.start, c.end).map(|(start, end)| PiiSpan {
                    start,
                    end,
                    kind: c.kind,
                })
            })
            .collect(),
    )
}

/// The ranges taken so far, kept as disjoint ranges by start (a range added overlapping
/// others is merged with them), so that the parts of a span nothing covers are found
/// from the few ranges near it, not by a pass over every range taken: a line with
/// thousands of spans (a pasted list of dates) stays linear-logarithmic.
#[derive(Debug, Default)]
struct Covered {
    ranges: BTreeMap<usize, usize>,
}

impl Covered {
    /// The union of `ranges` (which may overlap, as markers may).
    fn from_ranges(ranges: &[(usize, usize)]) -> Self {
        let mut covered = Covered::default();
        for &(start, end) in ranges {
            covered.add(start, end);
        }
        covered
    }

    /// Covers `start..end`, merging it with the ranges it overlaps.
    fn add(&mut self, mut start: usize, mut end: usize) {
        if start >= end {
            return;
        }
        for (s, e) in self.overlapping(start, end) {
            self.ranges.remove(&s);
            start = start.min(s);
            end = end.max(e);
        }
        self.ranges.insert(start, end);
    }

    /// The covered ranges that overlap `start..end`, last first: walking back from the
    /// last range starting before `end`, the disjoint ranges' ends fall too, so the walk
    /// stops at the first that ends by `start`.
    fn overlapping(&self, start: usize, end: usize) -> Vec<(usize, usize)> {
        self.ranges
            .range(..end)
            .rev()
            .take_while(|&(_, &e)| e > start)
            .map(|(&s, &e)| (s, e))
            .collect()
    }

    /// The parts of `start..end` that no covered range covers, in order.
    fn uncovered_pieces(&self, start: usize, end: usize) -> Vec<(usize, usize)> {
        let mut near = self.overlapping(start, end);
        near.reverse();
        let mut pieces = Vec::new();
        let mut from = start;
        for (s, e) in near {
            if from < s {
                pieces.push((from, s.min(end)));
            }
            from = from.max(e);
        }
        if from < end {
            pieces.push((from, end));
        }
        pieces
    }
}

/// Trims white space and edge punctuation; `None` if no letter or digit remains. A minus
/// right before a digit at the start is a number's sign and stays (a Unix time before
/// 1970, "-420595200").
fn tidy(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let piece = text.get(start..end)?;
    let is_edge = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '/' | '-');
    let mut trimmed_start = piece.trim_start_matches(is_edge);
    let signed = &piece[..piece.len() - trimmed_start.len()];
    if signed.ends_with('-') && trimmed_start.starts_with(|c: char| c.is_ascii_digit()) {
        trimmed_start = &piece[piece.len() - trimmed_start.len() - 1..];
    }
    let start = start + (piece.len() - trimmed_start.len());
    let trimmed = trimmed_start.trim_end_matches(is_edge);
    let end = start + trimmed.len();
    trimmed
        .chars()
        .any(char::is_alphanumeric)
        .then(|| with_dotnet_wrapper(text, start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, kind: PiiKind) -> PiiSpan {
        PiiSpan { start, end, kind }
    }

    /// Resolves candidates with no markers and no look-alikes.
    fn resolve_plain(text: &str, candidates: Vec<PiiSpan>) -> Vec<PiiSpan> {
        resolve(text, candidates, &[], &[])
    }

    /// `start..end` minus every range of `taken`, one range at a time: the plain
    /// reading [`Covered::uncovered_pieces`] must agree with.
    fn uncovered_one_by_one(
        start: usize,
        end: usize,
        taken: &[(usize, usize)],
    ) -> Vec<(usize, usize)> {
        let mut pieces = vec![(start, end)];
        for &(ts, te) in taken {
            pieces = pieces
                .into_iter()
                .flat_map(|(s, e)| {
                    if te <= s || e <= ts {
                        vec![(s, e)]
                    } else {
                        [(s, ts.min(e)), (te.max(s), e)]
                            .into_iter()
                            .filter(|&(a, b)| a < b)
                            .collect()
                    }
                })
                .collect();
        }
        pieces
    }

    #[test]
    fn covered_ranges_leave_the_same_pieces_as_subtracting_one_by_one() {
        // Overlapping, nested, touching and disjoint ranges from a fixed sequence.
        let mut seed = 7_u64;
        let mut next = |below: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            usize::try_from((seed >> 33) % below).expect("small")
        };
        let mut taken = Vec::new();
        let mut covered = Covered::default();
        for _ in 0..300 {
            let start = next(500);
            let end = start + 1 + next(12);
            assert_eq!(
                covered.uncovered_pieces(start, end),
                uncovered_one_by_one(start, end, &taken),
                "{start}..{end}"
            );
            let (s, e) = (next(500), 0);
            let e = s + 1 + e + next(9);
            covered.add(s, e);
            taken.push((s, e));
        }
    }

    #[test]
    fn tidying_keeps_a_numbers_sign_and_trims_other_edges() {
        let text = "born -309398400, ok";
        assert_eq!(tidy(text, 4, 16), Some((5, 15)));
        assert_eq!(tidy(text, 5, 15), Some((5, 15)));
        let text = "DOB - 3 May 1956 -";
        assert_eq!(tidy(text, 3, 18), Some((6, 16)));
        assert_eq!(tidy("a - , b", 1, 5), None);
        // A .NET date keeps its wrapper's slashes, escaped or not.
        let text = "DOB /Date(-420595200000)/ ok";
        assert_eq!(tidy(text, 5, 25), Some((4, 25)));
        let text = r"DOB \/Date(-420595200000)\/ ok";
        assert_eq!(tidy(text, 4, 26), Some((4, 27)));
        assert_eq!(tidy(text, 6, 25), Some((4, 27)));
        assert_eq!(tidy("DOB Date(1) ok", 4, 11), Some((4, 11)));
    }

    #[test]
    fn longest_wins_then_most_specific() {
        let text = "abcdefghijklmnopqrstuvwxyz";
        let out = resolve_plain(
            text,
            vec![
                span(0, 5, PiiKind::Person),
                span(0, 10, PiiKind::StreetAddress),
                span(12, 16, PiiKind::Person),
                span(12, 16, PiiKind::EmailAddress),
            ],
        );
        assert_eq!(
            out,
            vec![
                span(0, 10, PiiKind::StreetAddress),
                span(12, 16, PiiKind::EmailAddress)
            ]
        );
    }

    #[test]
    fn loser_keeps_its_uncovered_part() {
        let text = "Jo Bloggs 12 Mill Lane";
        let out = resolve_plain(
            text,
            vec![
                span(0, 12, PiiKind::Person),
                span(10, 22, PiiKind::StreetAddress),
            ],
        );
        assert_eq!(
            out,
            vec![
                span(0, 9, PiiKind::Person),
                span(10, 22, PiiKind::StreetAddress)
            ]
        );
    }

    #[test]
    fn markers_are_kept_and_look_alikes_dropped() {
        let text = "[name redacted] Smith waited 3 hours";
        let out = resolve(
            text,
            vec![span(0, 21, PiiKind::Person), span(29, 36, PiiKind::Person)],
            &[(0, 15)],
            &[(29, 36)],
        );
        assert_eq!(out, vec![span(16, 21, PiiKind::Person)]);
    }

    #[test]
    fn order_of_candidates_does_not_matter() {
        let text = "0123456789012345678901234567890";
        let a = vec![
            span(0, 8, PiiKind::Person),
            span(4, 12, PiiKind::PhoneNumber),
        ];
        let mut b = a.clone();
        b.reverse();
        assert_eq!(resolve_plain(text, a), resolve_plain(text, b));
    }

    #[test]
    fn disjoint_fast_path_agrees_with_the_general_path() {
        let text = "call 07700 900063, Jo Smith, [name redacted] at 12 Mill Lane";
        let disjoint = vec![
            span(40, 60, PiiKind::StreetAddress),
            span(5, 18, PiiKind::PhoneNumber),
            span(19, 28, PiiKind::Person),
        ];
        let markers = [(29, 44)];
        let mut fast_input = disjoint.clone();
        assert_eq!(
            resolve_disjoint(text, &mut fast_input, &[]),
            Some(resolve_overlapping(text, disjoint.clone(), &[]))
        );
        // Touching a marker or each other sends the candidates down the general path.
        assert_eq!(
            resolve_disjoint(text, &mut disjoint.clone(), &markers),
            None
        );
        let mut overlapping = vec![
            span(0, 10, PiiKind::Person),
            span(5, 18, PiiKind::PhoneNumber),
        ];
        assert_eq!(resolve_disjoint(text, &mut overlapping, &[]), None);
    }
}
