//! Major categories over time as small multiples: one small line chart per category
//! (and one for all real answers, the base), each on its own scale from zero with its
//! top value labelled, so a rise in a small category is as visible as one in a large
//! category. Suppressed periods are gaps in the line, never zeros.

use super::data::{Cell, Series, Trends};
use super::number::thousands;
use super::palette::{BLUE, GREY, INK, LIGHT_GREY};
use super::scale::{nice_max, spread, Linear};
use super::svg::{Anchor, Font, Stroke, Svg};

/// Panels per row.
const COLUMNS: usize = 3;
/// One panel's width and height.
const PANEL_W: f64 = 250.0;
const PANEL_H: f64 = 118.0;
/// Inner margins of a panel: title above, period labels below, count labels left.
const TITLE_H: f64 = 20.0;
const AXIS_H: f64 = 16.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 12.0;

/// The longest title that fits a panel, cut with an ellipsis beyond.
fn fit_title(name: &str) -> String {
    const MAX_CHARS: usize = 36;
    if name.chars().count() <= MAX_CHARS {
        return name.to_string();
    }
    let cut: String = name.chars().take(MAX_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Runs of consecutive shown values, so suppressed periods break the line.
fn segments(points: &[(f64, Option<f64>)]) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
    for &(x, y) in points {
        match y {
            Some(y) => out.last_mut().expect("starts with one run").push((x, y)),
            None => out.push(Vec::new()),
        }
    }
    out.retain(|run| !run.is_empty());
    out
}

/// Draws one panel with its top-left corner at (`left`, `top`).
fn panel(svg: &mut Svg, series: &Series, periods: &[String], left: f64, top: f64, colour: &str) {
    svg.text(
        (left, top + 13.0),
        &fit_title(&series.name),
        Anchor::Start,
        Font::bold(11.5),
    );
    let shown = series.values.iter().filter_map(|c| c.count());
    let max = nice_max(shown.max().unwrap_or(0) as f64);
    let plot_top = top + TITLE_H + 4.0;
    let plot_bottom = top + PANEL_H - AXIS_H;
    let y = Linear::new(max, plot_bottom, plot_top);
    let (x0, x1) = (left + LEFT, left + PANEL_W - RIGHT);
    svg.line(
        (x0, plot_bottom),
        (x1, plot_bottom),
        Stroke::solid(GREY, 1.0),
    );
    svg.line(
        (x0, plot_top),
        (x1, plot_top),
        Stroke::solid(LIGHT_GREY, 1.0),
    );
    svg.text(
        (x0 - 4.0, plot_top + 4.0),
        &thousands(max as u64),
        Anchor::End,
        Font::regular(10.0),
    );
    svg.text(
        (x0 - 4.0, plot_bottom + 4.0),
        "0",
        Anchor::End,
        Font::regular(10.0),
    );
    let xs = spread(series.values.len(), x0 + 4.0, x1 - 4.0);
    let points: Vec<(f64, Option<f64>)> = xs
        .iter()
        .zip(&series.values)
        .map(|(&x, cell)| (x, cell.count().map(|n| y.at(n as f64))))
        .collect();
    for run in segments(&points) {
        svg.polyline(&run, Stroke::solid(colour, 2.0));
        if run.len() == 1 {
            svg.circle(run[0], 2.5, colour, colour, None);
        }
    }
    for ((&x, cell), period) in xs.iter().zip(&series.values).zip(periods) {
        if let Cell::Suppressed = cell {
            let tip = format!("{period}: suppressed (small number)");
            svg.circle((x, plot_bottom), 2.5, "#FFFFFF", GREY, Some(&tip));
        }
    }
    if let (Some(first), Some(last)) = (periods.first(), periods.last()) {
        let label_y = plot_bottom + 13.0;
        svg.text_in(
            (x0, label_y),
            first,
            Anchor::Start,
            Font::regular(10.0),
            INK,
        );
        if periods.len() > 1 {
            svg.text_in((x1, label_y), last, Anchor::End, Font::regular(10.0), INK);
        }
    }
}

/// The latest shown value of a series against its first, for the description.
fn change(series: &Series) -> Option<(u64, u64)> {
    let first = series.values.iter().find_map(|c| c.count())?;
    let last = series.values.iter().rev().find_map(|c| c.count())?;
    Some((first, last))
}

/// One paragraph saying what the panels show, for the chart's `<desc>`.
fn describe(trends: &Trends, shown: &[&Series]) -> String {
    let (Some(first), Some(last)) = (trends.periods.first(), trends.periods.last()) else {
        return "No dated comments in the period.".to_string();
    };
    let mut text = format!(
        "Small line charts, one per major category, of comments per period from {first} to {last}, each on its own scale from zero."
    );
    for series in shown {
        if let Some((a, b)) = change(series) {
            text.push_str(&format!(
                " {}: {} to {}.",
                series.name,
                thousands(a),
                thousands(b)
            ));
        }
    }
    text.push_str(" Gaps are periods with too few comments to show.");
    text
}

/// Draws the base panel then one panel per category that has any comments.
pub fn trend_panels(id: &str, trends: &Trends) -> String {
    let mut shown: Vec<&Series> = vec![&trends.base];
    shown.extend(
        trends
            .series
            .iter()
            .filter(|s| s.values.iter().any(|c| c.count() != Some(0))),
    );
    let rows = shown.len().div_ceil(COLUMNS);
    let width = PANEL_W * COLUMNS as f64;
    let height = PANEL_H * rows as f64 + 4.0;
    let mut svg = Svg::new(
        id,
        width,
        height,
        "Major categories over time",
        &describe(trends, &shown),
    );
    for (i, series) in shown.iter().enumerate() {
        let left = PANEL_W * (i % COLUMNS) as f64;
        let top = PANEL_H * (i / COLUMNS) as f64;
        let colour = if i == 0 { INK } else { BLUE };
        panel(&mut svg, series, &trends.periods, left, top, colour);
    }
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(name: &str, values: &[Option<u64>]) -> Series {
        Series {
            name: name.into(),
            values: values
                .iter()
                .map(|v| v.map_or(Cell::Suppressed, Cell::Count))
                .collect(),
        }
    }

    #[test]
    fn suppressed_periods_break_the_line() {
        let pts = [
            (0.0, Some(1.0)),
            (1.0, Some(2.0)),
            (2.0, None),
            (3.0, Some(4.0)),
        ];
        let runs = segments(&pts);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0].len(), 2);
        assert_eq!(runs[1], vec![(3.0, 4.0)]);
    }

    #[test]
    fn one_panel_per_category_with_comments_plus_the_base() {
        let trends = Trends {
            periods: vec!["2024-01".into(), "2024-02".into(), "2024-03".into()],
            base: series("All real answers", &[Some(50), Some(60), Some(70)]),
            series: vec![
                series("Staff", &[Some(20), None, Some(30)]),
                series("Parking", &[Some(0), Some(0), Some(0)]),
                series("Activities", &[None, None, None]),
            ],
        };
        let svg = trend_panels("tr", &trends);
        assert!(svg.contains(">All real answers</text>"));
        assert!(svg.contains(">Staff</text>"));
        assert!(
            !svg.contains(">Parking</text>"),
            "an all-zero category is left out"
        );
        assert!(svg.contains(">Activities</text>"), "suppressed is not zero");
        assert!(svg.contains("2024-02: suppressed (small number)"));
        assert!(svg.contains("Staff: 20 to 30."));
    }

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        let t = fit_title("Being kept informed, clarity & consistency of information");
        assert!(t.ends_with('…'));
        assert!(t.chars().count() <= 36);
    }
}
