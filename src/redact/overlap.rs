//! Turning every recognizer's candidates into one sorted, non-overlapping list.
//!
//! Longest span wins; at equal length the more specific kind wins (an email over a
//! name, an NHS number over a hospital number); then the earlier span. A loser keeps
//! whatever part of it no winner covers, if that part still holds letters or digits,
//! so a partial overlap never leaves PII readable. Spans inside existing redaction
//! markers or wholly inside a look-alike (duration, time, dose…) are dropped.

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
    let mut taken: Vec<(usize, usize)> = markers.to_vec();
    let mut accepted: Vec<PiiSpan> = Vec::new();
    for candidate in candidates {
        for (start, end) in uncovered_pieces(candidate.start, candidate.end, &taken) {
            let Some((start, end)) = tidy(text, start, end) else {
                continue;
            };
            taken.push((start, end));
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

/// The parts of `start..end` that no range in `taken` covers.
fn uncovered_pieces(start: usize, end: usize, taken: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut pieces = vec![(start, end)];
    for &(ts, te) in taken {
        pieces = pieces
            .into_iter()
            .flat_map(|(s, e)| {
                if te <= s || e <= ts {
                    vec![(s, e)]
                } else {
                    let mut parts = Vec::new();
                    if s < ts {
                        parts.push((s, ts));
                    }
                    if te < e {
                        parts.push((te, e));
                    }
                    parts
                }
            })
            .collect();
    }
    pieces
}

/// Trims white space and edge punctuation; `None` if no letter or digit remains.
fn tidy(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let piece = text.get(start..end)?;
    let is_edge = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '/' | '-');
    let trimmed_start = piece.trim_start_matches(is_edge);
    let start = start + (piece.len() - trimmed_start.len());
    let trimmed = trimmed_start.trim_end_matches(is_edge);
    let end = start + trimmed.len();
    trimmed
        .chars()
        .any(char::is_alphanumeric)
        .then_some((start, end))
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
