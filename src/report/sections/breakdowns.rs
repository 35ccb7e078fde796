//! "Breakdowns": comments per major category by site and by each protected
//! characteristic present, with small counts suppressed exactly as `breakdown` does.
//!
//! Each table has one row per value (site, age band…), which grows with the data, and one
//! column per category, which does not; a cell is shaded by its share of the row's
//! comments, so groups that describe different experiences stand out.

use std::fmt::Write as _;

use super::trends::count_cell;
use crate::report::data::{BreakdownTable, Cell};
use crate::report::escape::{esc, slug};
use crate::report::palette::shade;
use crate::report::table::{Table, TableCell};

/// `age_band` → `age band`.
fn dimension_name(dimension: &str) -> String {
    dimension.replace('_', " ")
}

/// A count cell shaded by its share of `row_total`.
fn shaded(cell: Cell, row_total: Cell) -> TableCell {
    let mut out = count_cell(cell);
    if let (Cell::Count(n), Cell::Count(total)) = (cell, row_total) {
        if total > 0 {
            out.background = Some(shade(n as f64 / total as f64));
        }
    }
    out
}

/// The breakdown turned so each value is a row.
fn table(b: &BreakdownTable) -> Table {
    let mut head = vec![dimension_name(&b.dimension)];
    head.extend(b.rows.iter().map(|r| r.label.clone()));
    head.push("All comments".to_string());
    let mut rows: Vec<Vec<TableCell>> = b
        .columns
        .iter()
        .enumerate()
        .map(|(j, value)| {
            let total = b.totals.get(j).copied().unwrap_or(Cell::Suppressed);
            let mut row = vec![TableCell::text(value)];
            row.extend(
                b.rows
                    .iter()
                    .map(|r| shaded(r.cells.get(j).copied().unwrap_or(Cell::Suppressed), total)),
            );
            row.push(count_cell(total));
            row
        })
        .collect();
    let grand = b.totals.last().copied().unwrap_or(Cell::Suppressed);
    let mut all = vec![TableCell::text("All")];
    all.extend(
        b.rows
            .iter()
            .map(|r| shaded(r.cells.last().copied().unwrap_or(Cell::Suppressed), grand)),
    );
    all.push(count_cell(grand));
    rows.push(all);
    Table {
        caption: format!(
            "Comments per major category by {} (a comment can have several)",
            dimension_name(&b.dimension)
        ),
        head,
        rows,
        class: "data breakdown",
    }
}

/// The section.
pub fn render(tables: &[BreakdownTable]) -> String {
    let mut out = super::open("breakdowns");
    let Some(min_cell) = tables.first().map(|t| t.min_cell) else {
        out.push_str("<p>The comments in this period carry no site or protected characteristic to break them down by.</p></section>");
        return out;
    };
    let _ = write!(
        out,
        "<p>Counts from 1 to {} are never shown (NHS statistical disclosure practice), and where a small count could be worked out from the totals another count is hidden too; both are marked *. Shading: a cell's share of its row's comments, darker for more.</p>",
        min_cell.saturating_sub(1)
    );
    for b in tables {
        let _ = write!(
            out,
            "<h3 id=\"by-{}\">By {}</h3><div class=\"scroll\">{}</div>",
            slug(&b.dimension),
            esc(&dimension_name(&b.dimension)),
            table(b).render()
        );
    }
    out.push_str("</section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::data::BreakdownRow;

    #[test]
    fn each_value_is_a_row_and_suppressed_cells_are_starred() {
        let b = BreakdownTable {
            dimension: "age_band".into(),
            columns: vec!["18-24".into(), "25-34".into()],
            rows: vec![BreakdownRow {
                label: "Staff".into(),
                cells: vec![Cell::Count(40), Cell::Suppressed, Cell::Count(43)],
            }],
            totals: vec![Cell::Count(80), Cell::Suppressed, Cell::Count(90)],
            min_cell: 5,
        };
        let html = render(&[b]);
        assert!(html.contains("<h3 id=\"by-age-band\">By age band</h3>"));
        assert!(html.contains("<th scope=\"row\">18-24</th><td class=\"num\" style=\"background:"));
        assert!(html.contains("<abbr title=\"suppressed"));
        assert!(html.contains("Counts from 1 to 4 are never shown"));
        assert!(!html.contains(">3<"), "no hidden count leaks");
    }
}
