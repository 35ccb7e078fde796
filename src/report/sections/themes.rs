//! "What people talk about": the themes by volume with their sentiment split, as a bar
//! chart of the largest and a table of every theme found.

use super::trends::count_cell;
use crate::report::chart_theme_bars::theme_bars;
use crate::report::data::{Cell, ThemeVolume};
use crate::report::figure::figure;
use crate::report::number::{cell_percent, thousands};
use crate::report::table::{Table, TableCell};

/// Themes drawn in the chart (the table lists them all).
pub const CHART_THEMES: usize = 15;

/// The table of every theme with comments.
fn table(themes: &[&ThemeVolume], base: u64) -> Table {
    let rows = themes
        .iter()
        .map(|t| {
            vec![
                TableCell::text(&t.label),
                TableCell::text(&t.major),
                count_cell(t.total),
                TableCell::number(cell_percent(t.total, Cell::Count(base))),
                count_cell(t.positive),
                count_cell(t.neutral),
                count_cell(t.negative),
                count_cell(t.unscored),
            ]
        })
        .collect();
    Table {
        caption: format!(
            "Comments per theme, of {} real answers (a comment can have several themes; * suppressed)",
            thousands(base)
        ),
        head: ["Theme", "Major category", "Comments", "Share", "Positive", "Neutral or mixed", "Negative", "No sentiment"]
            .map(String::from)
            .to_vec(),
        rows,
        class: "data",
    }
}

/// The section; `base` is the number of real answers (when shown).
pub fn render(themes: &[ThemeVolume], base: Cell) -> String {
    let mut out = super::open("themes");
    let found: Vec<&ThemeVolume> = themes
        .iter()
        .filter(|t| t.total != Cell::Count(0))
        .collect();
    let (Some(base), false) = (base.count(), found.is_empty()) else {
        out.push_str("<p>Too few comments in the period were given a theme to show.</p></section>");
        return out;
    };
    let drawn: Vec<ThemeVolume> = found
        .iter()
        .filter(|t| t.total.count().is_some())
        .take(CHART_THEMES)
        .map(|t| (*t).clone())
        .collect();
    let caption = format!(
        "The {} most frequent of {} themes found, with each bar's count and its share of the {} real answers.",
        drawn.len(),
        found.len(),
        thousands(base)
    );
    out.push_str(&figure(
        &theme_bars("chart-themes", &drawn, base),
        &caption,
        &table(&found, base),
    ));
    out.push_str("</section>");
    out
}
