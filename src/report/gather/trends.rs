//! Major categories over time: a breakdown by week or month at the major level, with
//! the periods that had no comment filled in as zeros so the time axis is even.

use super::conversions::{cell, query};
use super::source::ReportSource;
use super::{interval_name, ReportQuery};
use crate::hub::HubError;
use crate::insight::{Period as Interval, ThemeLevel};
use crate::report::data::{Cell, Series, Trends};

/// Every period from the first to the last of `present` (sorted), gaps included.
fn every_period(interval: Interval, present: &[String]) -> Vec<String> {
    let (Some(first), Some(last)) = (present.first(), present.last()) else {
        return Vec::new();
    };
    let mut out = vec![first.clone()];
    while let Some(p) = out
        .last()
        .filter(|p| *p < last)
        .and_then(|p| interval.next(p))
    {
        if out.len() > 10_000 {
            break;
        }
        out.push(p);
    }
    out
}

/// Comments per period, and per major category per period.
pub fn trends(
    source: &dyn ReportSource,
    q: &ReportQuery,
    interval: Interval,
) -> Result<Trends, HubError> {
    let name = interval_name(interval);
    let table = source.breakdown(&query(q, &[name], ThemeLevel::Major))?;
    let present: Vec<(usize, String)> = table
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.get(name).cloned().flatten().map(|p| (i, p)))
        .collect();
    let mut sorted: Vec<String> = present.iter().map(|(_, p)| p.clone()).collect();
    sorted.sort();
    let periods = every_period(interval, &sorted);
    let series_of = |label: &str, cells: &[crate::insight::breakdown::Cell]| Series {
        name: label.to_string(),
        values: periods
            .iter()
            .map(|p| {
                present
                    .iter()
                    .find(|(_, q)| q == p)
                    .and_then(|(i, _)| cells.get(*i))
                    .map_or(Cell::Count(0), cell)
            })
            .collect(),
    };
    Ok(Trends {
        base: series_of("All comments", &table.base.cells),
        series: table
            .rows
            .iter()
            .map(|r| series_of(&r.theme, &r.cells))
            .collect(),
        periods,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_between_periods_are_filled() {
        let months = every_period(Interval::Month, &["2024-11".into(), "2025-02".into()]);
        assert_eq!(months, ["2024-11", "2024-12", "2025-01", "2025-02"]);
        let weeks = every_period(Interval::Week, &["2024-12-23".into(), "2025-01-06".into()]);
        assert_eq!(weeks, ["2024-12-23", "2024-12-30", "2025-01-06"]);
        assert!(every_period(Interval::Week, &[]).is_empty());
    }
}
