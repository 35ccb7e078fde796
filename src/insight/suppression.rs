//! Small-number suppression for tables of counts (NHS statistical disclosure practice).
//!
//! Primary: every count from 1 to N−1 is hidden (shown `<N`). Secondary: in a line whose
//! total is shown, the hidden cells must not be workable out from the total: a line
//! with hidden cells hides more cells (the smallest counts of at least N, shown `*`) until
//! every hidden primary cell could still hold at least two values given the total, what
//! is shown, and what the markers say (`<N` is 1..N−1, `*` is at least N). When no
//! cell is left to hide, the line's total is hidden instead. Zeros are never hidden.

/// Why a cell is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// A count from 1 to N−1.
    Primary,
    /// Hidden so that a primary cell cannot be worked out from the line's total.
    Secondary,
}

/// One line of a table to suppress: cell counts and the line's total (the exact sum
/// of the cells, as the table shows it).
#[derive(Debug, Clone)]
pub struct Line {
    /// The cells' true counts.
    pub cells: Vec<u64>,
    /// Which cells are hidden.
    pub hidden: Vec<Option<Hidden>>,
    /// Whether the total is hidden (and why).
    pub total_hidden: Option<Hidden>,
}

impl Line {
    /// A line with nothing hidden yet.
    pub fn new(cells: Vec<u64>) -> Self {
        let hidden = vec![None; cells.len()];
        Line {
            cells,
            hidden,
            total_hidden: None,
        }
    }

    /// The line's total.
    pub fn total(&self) -> u64 {
        self.cells.iter().sum()
    }
}

/// True when a count must be hidden at threshold `min_cell`.
pub fn is_small(count: u64, min_cell: u64) -> bool {
    count > 0 && count < min_cell
}

/// Suppresses one line in place: primary suppression of cells and total, then
/// secondary suppression until no hidden primary cell is determined by the total.
/// `min_cell` of 0 or 1 hides nothing.
pub fn suppress_line(line: &mut Line, min_cell: u64) {
    if min_cell <= 1 {
        return;
    }
    for (count, hidden) in line.cells.iter().zip(line.hidden.iter_mut()) {
        if is_small(*count, min_cell) {
            *hidden = Some(Hidden::Primary);
        }
    }
    if is_small(line.total(), min_cell) {
        line.total_hidden = Some(Hidden::Primary);
    }
    while line.total_hidden.is_none() && !protected(line, min_cell) {
        let candidate = line
            .cells
            .iter()
            .enumerate()
            .filter(|(i, c)| line.hidden[*i].is_none() && **c >= min_cell)
            .min_by_key(|(i, c)| (**c, *i))
            .map(|(i, _)| i);
        match candidate {
            Some(i) => line.hidden[i] = Some(Hidden::Secondary),
            None => line.total_hidden = Some(Hidden::Secondary),
        }
    }
}

/// True when, knowing the total and the shown cells, each hidden primary cell could
/// still hold at least two values (so none can be worked out).
fn protected(line: &Line, min_cell: u64) -> bool {
    let shown: u64 = line
        .cells
        .iter()
        .zip(&line.hidden)
        .filter(|(_, h)| h.is_none())
        .map(|(c, _)| c)
        .sum();
    let hidden_sum = line.total() - shown;
    let primaries = line
        .hidden
        .iter()
        .filter(|h| **h == Some(Hidden::Primary))
        .count() as u64;
    let secondaries = line
        .hidden
        .iter()
        .filter(|h| **h == Some(Hidden::Secondary))
        .count() as u64;
    if primaries == 0 {
        return true;
    }
    let small_max = min_cell - 1;
    // One primary cell p; the others: primaries in 1..=small_max, secondaries ≥ min_cell
    // (unbounded above). p = hidden_sum − (sum of the others).
    let others_min = (primaries - 1) + secondaries * min_cell;
    let p_max = small_max.min(hidden_sum.saturating_sub(others_min));
    let p_min = if secondaries > 0 {
        1
    } else {
        let others_max = (primaries - 1) * small_max;
        hidden_sum.saturating_sub(others_max).max(1)
    };
    p_max > p_min
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suppressed(cells: &[u64]) -> Line {
        let mut line = Line::new(cells.to_vec());
        suppress_line(&mut line, 5);
        line
    }

    #[test]
    fn small_counts_are_hidden_and_zeros_are_not() {
        let line = suppressed(&[0, 3, 40, 12, 7]);
        assert_eq!(line.hidden[0], None);
        assert_eq!(line.hidden[1], Some(Hidden::Primary));
        // One hidden cell would be total minus the rest: the smallest ≥ 5 goes too.
        assert_eq!(line.hidden[4], Some(Hidden::Secondary));
        assert_eq!(line.hidden[2], None);
        assert_eq!(line.total_hidden, None);
    }

    #[test]
    fn two_small_cells_with_a_pinned_sum_get_a_third() {
        // 1 + 1 = 2 hidden: both would be known to be 1.
        let line = suppressed(&[1, 1, 30, 9]);
        assert_eq!(line.hidden[3], Some(Hidden::Secondary));
        // 2 + 3 = 5 hidden: each could be 1..4 → still ambiguous (p in 1..=4).
        let line = suppressed(&[2, 3, 30, 9]);
        assert_eq!(line.hidden[2], None);
        assert_eq!(line.hidden[3], None);
    }

    #[test]
    fn a_secondary_of_exactly_n_with_a_primary_of_one_is_not_enough() {
        // Hidden 1 + 5 = 6: p ≤ 6 − 5 = 1 → pinned; a further cell is hidden.
        let line = suppressed(&[1, 5, 8, 50]);
        assert_eq!(line.hidden[1], Some(Hidden::Secondary));
        assert_eq!(line.hidden[2], Some(Hidden::Secondary));
        assert_eq!(line.hidden[3], None);
    }

    #[test]
    fn with_nothing_else_to_hide_the_total_goes() {
        let line = suppressed(&[3, 0, 0]);
        assert_eq!(line.total_hidden, Some(Hidden::Primary));
        let line = suppressed(&[3, 0, 6]);
        assert_eq!(line.hidden[2], Some(Hidden::Secondary));
        assert_eq!(line.total_hidden, None);
        // 2 + 3 hidden = 5: each could be anything from 1 to 4, so nothing more goes.
        let line = suppressed(&[2, 0, 0, 3]);
        assert_eq!(line.total_hidden, None);
        assert_eq!(line.hidden.iter().flatten().count(), 2);
    }

    #[test]
    fn a_threshold_of_one_hides_nothing() {
        let mut line = Line::new(vec![1, 2, 3]);
        suppress_line(&mut line, 1);
        assert!(line.hidden.iter().all(Option::is_none));
    }

    /// Brute force: every assignment of values consistent with what is shown; a
    /// primary cell is protected when it takes at least two values across them.
    #[test]
    fn no_hidden_primary_cell_can_be_worked_out_exhaustive() {
        let values = [0u64, 1, 2, 4, 5, 6, 9];
        let mut checked = 0;
        for a in values {
            for b in values {
                for c in values {
                    for d in values {
                        let line = suppressed(&[a, b, c, d]);
                        if line.total_hidden.is_some() {
                            continue;
                        }
                        checked += 1;
                        assert_no_cell_determined(&line, 5);
                    }
                }
            }
        }
        assert!(checked > 1000);
    }

    fn assert_no_cell_determined(line: &Line, n: u64) {
        let total = line.total();
        let hidden: Vec<usize> = (0..line.cells.len())
            .filter(|i| line.hidden[*i].is_some())
            .collect();
        let range = |i: usize| match line.hidden[i] {
            Some(Hidden::Primary) => 1..=n - 1,
            _ => n..=total,
        };
        for &target in &hidden {
            if line.hidden[target] != Some(Hidden::Primary) {
                continue;
            }
            let mut possible = std::collections::BTreeSet::new();
            // Enumerate the hidden cells' values (small tables only).
            let mut stack = vec![(0usize, 0u64, None::<u64>)];
            while let Some((k, sum, value)) = stack.pop() {
                if k == hidden.len() {
                    let shown: u64 = (0..line.cells.len())
                        .filter(|i| line.hidden[*i].is_none())
                        .map(|i| line.cells[i])
                        .sum();
                    if sum + shown == total {
                        possible.insert(value.unwrap_or(0));
                    }
                    continue;
                }
                for v in range(hidden[k]) {
                    if sum + v > total {
                        break;
                    }
                    let value = if hidden[k] == target { Some(v) } else { value };
                    stack.push((k + 1, sum + v, value));
                }
            }
            assert!(
                possible.len() >= 2,
                "cell {target} of {:?} is determined: {possible:?}",
                line.cells
            );
        }
    }
}
