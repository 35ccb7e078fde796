//! "What people talk about": the themes by volume with their sentiment split, as a bar
//! chart of the largest and a table of every theme found.

use crate::report::chart_theme_bars::theme_bars;
use crate::report::data::ThemeVolume;
use crate::report::figure::figure;
use crate::report::number::{percent, thousands};
use crate::report::table::{Table, TableCell};

/// Themes drawn in the chart (the table lists them all).
pub const CHART_THEMES: usize = 15;

/// The table of every theme with comments.
fn table(themes: &[ThemeVolume], base: u64) -> Table {
    let rows = themes
        .iter()
        .filter(|t| t.total() > 0)
        .map(|t| {
            vec![
                TableCell::text(&t.label),
                TableCell::text(&t.major),
                TableCell::number(thousands(t.total())),
                TableCell::number(percent(t.total(), base)),
                TableCell::number(thousands(t.positive)),
                TableCell::number(thousands(t.neutral)),
                TableCell::number(thousands(t.negative)),
                TableCell::number(thousands(t.unscored)),
            ]
        })
        .collect();
    Table {
        caption: format!(
            "Comments per theme, of {} real answers (a comment can have several themes)",
            thousands(base)
        ),
        head: [
            "Theme",
            "Major category",
            "Comments",
            "Share",
            "Positive",
            "Neutral or mixed",
            "Negative",
            "No sentiment",
        ]
        .map(String::from)
        .to_vec(),
        rows,
        class: "data",
    }
}

/// The section; `base` is the number of real answers.
pub fn render(themes: &[ThemeVolume], base: u64) -> String {
    let mut out = super::open("themes");
    let with_comments: Vec<ThemeVolume> =
        themes.iter().filter(|t| t.total() > 0).cloned().collect();
    if with_comments.is_empty() {
        out.push_str("<p>No comment in the period was given a theme.</p></section>");
        return out;
    }
    let shown = &with_comments[..with_comments.len().min(CHART_THEMES)];
    let caption = format!(
        "The {} most frequent of {} themes found, with each bar's count and its share of the {} real answers.",
        shown.len(),
        with_comments.len(),
        thousands(base)
    );
    out.push_str(&figure(
        &theme_bars("chart-themes", shown, base),
        &caption,
        &table(&with_comments, base),
    ));
    out.push_str("</section>");
    out
}
