//! "Over time": comments per major category in each week or month, as small multiples,
//! with the table of counts (suppressed cells marked) as their text alternative.

use crate::report::chart_trends::trend_panels;
use crate::report::data::{Cell, Period, Trends};
use crate::report::figure::figure;
use crate::report::number::thousands;
use crate::report::table::{Table, TableCell};

/// What a suppressed count means, for tooltips and notes.
pub const SUPPRESSED_MEANING: &str =
    "suppressed: fewer than the smallest count shown, or hidden so that a smaller count cannot be worked out from the totals";

/// A table cell for a count that may be suppressed.
pub fn count_cell(cell: Cell) -> TableCell {
    match cell {
        Cell::Count(n) => TableCell::number(thousands(n)),
        Cell::Suppressed => TableCell {
            title: Some(SUPPRESSED_MEANING.to_string()),
            ..TableCell::number("*")
        },
    }
}

/// Periods as rows, the base then each category as columns.
fn table(trends: &Trends, interval: &str) -> Table {
    let mut head = vec![
        interval_name(interval).to_string(),
        trends.base.name.clone(),
    ];
    head.extend(trends.series.iter().map(|s| s.name.clone()));
    let rows = trends
        .periods
        .iter()
        .enumerate()
        .map(|(i, period)| {
            let mut row = vec![TableCell::text(period)];
            row.push(count_cell(
                trends.base.values.get(i).copied().unwrap_or(Cell::Count(0)),
            ));
            for s in &trends.series {
                row.push(count_cell(
                    s.values.get(i).copied().unwrap_or(Cell::Count(0)),
                ));
            }
            row
        })
        .collect();
    Table {
        caption: "Comments per major category and period (* suppressed)".to_string(),
        head,
        rows,
        class: "data wide",
    }
}

/// `Week` or `Month`.
fn interval_name(interval: &str) -> &'static str {
    if interval == "week" {
        "Week"
    } else {
        "Month"
    }
}

/// The section.
pub fn render(trends: &Trends, period: &Period) -> String {
    let mut out = super::open("trends");
    if trends.periods.is_empty() {
        out.push_str("<p>The comments in this period have no dates, so nothing can be shown over time.</p></section>");
        return out;
    }
    let total: u64 = trends.base.values.iter().filter_map(|c| c.count()).sum();
    let caption = format!(
        "Comments per {} for each major category ({} comments in {} periods). Each panel has its own scale, starting at zero; hollow dots on the axis are counts too small to show.",
        period.interval,
        thousands(total),
        trends.periods.len()
    );
    out.push_str(&figure(
        &trend_panels("chart-trends", trends),
        &caption,
        &table(trends, &period.interval),
    ));
    out.push_str("</section>");
    out
}
