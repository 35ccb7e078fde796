//! From the insight module's types to the report's: a suppressed breakdown cell stays
//! suppressed, and a raw count (alert history, topic sizes) is suppressed here by the
//! same rule (1 to N−1 hidden).

use crate::insight::breakdown::Cell as InsightCell;
use crate::insight::BreakdownQuery;
use crate::report::data::Cell;

use super::ReportQuery;

/// A breakdown cell as the report shows it.
pub fn cell(c: &InsightCell) -> Cell {
    match c.count {
        Some(n) if !c.suppressed => Cell::Count(n),
        _ => Cell::Suppressed,
    }
}

/// A raw count, hidden when from 1 to `min_cell` − 1.
pub fn small(n: u64, min_cell: u64) -> Cell {
    if n > 0 && n < min_cell {
        Cell::Suppressed
    } else {
        Cell::Count(n)
    }
}

/// A breakdown of the report's period by `by`.
pub fn query(q: &ReportQuery, by: &[&str], level: crate::insight::ThemeLevel) -> BreakdownQuery {
    BreakdownQuery {
        by: by.iter().map(|s| s.to_string()).collect(),
        level,
        from: q.from.clone(),
        to: q.to.clone(),
        min_cell: q.min_cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_hidden_and_zero_is_not() {
        assert_eq!(small(0, 5), Cell::Count(0));
        assert_eq!(small(4, 5), Cell::Suppressed);
        assert_eq!(small(5, 5), Cell::Count(5));
        let hidden = InsightCell {
            count: None,
            share: None,
            suppressed: true,
            reason: Some("small"),
        };
        assert_eq!(cell(&hidden), Cell::Suppressed);
    }
}
