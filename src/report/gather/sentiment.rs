//! The headline counts and the themes by volume, both from one breakdown by sentiment:
//! its base row counts comments per sentiment (blanks and non-answers have none), its
//! theme rows split each theme by sentiment.

use super::conversions::{cell, query};
use super::source::ReportSource;
use super::ReportQuery;
use crate::classify::taxonomy::LABELLING_NOT_POSSIBLE;
use crate::hub::HubError;
use crate::insight::breakdown::{BreakdownRow, BreakdownTable};
use crate::insight::ThemeLevel;
use crate::report::data::{Cell, Headline, ThemeVolume};

/// The row's cell in the column whose sentiment is `value` (`None`: no sentiment);
/// a sentiment nobody had is a shown 0.
fn part(table: &BreakdownTable, row: &BreakdownRow, value: Option<&str>) -> Cell {
    table
        .columns
        .iter()
        .position(|c| c.get("sentiment").map(|v| v.as_deref()) == Some(value))
        .and_then(|i| row.cells.get(i))
        .map_or(Cell::Count(0), cell)
}

/// Comments with a sentiment: the total less those without, when both are shown; else
/// the sum of the three sentiments when all are shown; else suppressed.
fn with_sentiment(total: Cell, none: Cell, parts: [Cell; 3]) -> Cell {
    if let (Cell::Count(t), Cell::Count(n)) = (total, none) {
        return Cell::Count(t - n);
    }
    match parts {
        [Cell::Count(a), Cell::Count(b), Cell::Count(c)] => Cell::Count(a + b + c),
        _ => Cell::Suppressed,
    }
}

/// A theme's total, as a sort key: shown counts first, largest first.
fn sort_key(t: &ThemeVolume) -> (bool, std::cmp::Reverse<u64>) {
    match t.total {
        Cell::Count(n) => (false, std::cmp::Reverse(n)),
        Cell::Suppressed => (true, std::cmp::Reverse(0)),
    }
}

/// Headline counts and the themes (largest first, framework order among equals).
pub fn headline_and_themes(
    source: &dyn ReportSource,
    q: &ReportQuery,
) -> Result<(Headline, Vec<ThemeVolume>), HubError> {
    let table = source.breakdown(&query(q, &["sentiment"], ThemeLevel::Theme))?;
    let base = &table.base;
    let [positive, neutral, negative, none] =
        [Some("positive"), Some("neutral"), Some("negative"), None].map(|v| part(&table, base, v));
    let comments = cell(&base.total);
    let headline = Headline {
        comments,
        real_answers: with_sentiment(comments, none, [positive, neutral, negative]),
        positive,
        neutral,
        negative,
    };
    let mut themes: Vec<ThemeVolume> = table
        .rows
        .iter()
        .filter(|r| r.theme != LABELLING_NOT_POSSIBLE)
        .map(|r| ThemeVolume {
            label: r.theme.clone(),
            major: r.major.clone(),
            positive: part(&table, r, Some("positive")),
            neutral: part(&table, r, Some("neutral")),
            negative: part(&table, r, Some("negative")),
            unscored: part(&table, r, None),
            total: cell(&r.total),
        })
        .collect();
    themes.sort_by_key(sort_key);
    Ok((headline, themes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_answers_come_from_shown_counts_only() {
        let c = Cell::Count;
        let s = Cell::Suppressed;
        assert_eq!(with_sentiment(c(100), c(7), [c(50), c(20), c(23)]), c(93));
        assert_eq!(with_sentiment(c(100), s, [c(50), c(20), c(26)]), c(96));
        assert_eq!(with_sentiment(c(100), s, [c(50), s, c(26)]), s);
    }
}
