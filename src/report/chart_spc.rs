//! A statistical process control chart for one alert, drawn the way NHS "Making Data
//! Count" charts are: the series as a line with dots, the mean as a solid centre line,
//! the upper control limit dashed, points beyond the limit in vermillion and the alerted
//! (latest) period ringed in orange. Counts hidden by small-number suppression are drawn
//! as hollow dots in a shaded band from 0 to the threshold, not at their value.

use super::data::{AlertView, Cell};
use super::number::{one_decimal, thousands};
use super::palette::{BLUE, GREY, INK, LIGHT_GREY, ORANGE, VERMILLION};
use super::scale::{nice_max, spread, tick_indices, Linear};
use super::svg::{Anchor, Font, Stroke, Svg};

/// Fill of the band where suppressed counts are drawn.
const BAND: &str = "#EFEFEF";
const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 230.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 120.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 34.0;
/// Most period labels under the axis.
const MAX_TICKS: usize = 8;

/// Where the alert is: the site, or every site.
pub fn place(alert: &AlertView) -> String {
    match &alert.site {
        Some(site) => format!("at {site}"),
        None => "across all sites".to_string(),
    }
}

/// An axis value: whole numbers with thousands separators, else one decimal.
fn tick_label(value: f64) -> String {
    if value.fract() == 0.0 {
        thousands(value as u64)
    } else {
        one_decimal(value)
    }
}

/// One paragraph saying what the chart shows, for its `<desc>`.
fn describe(alert: &AlertView, min_cell: u64) -> String {
    let against = match (alert.expected, alert.upper_limit) {
        (Some(mean), Some(limit)) => format!(
            "against a mean of {} and an upper control limit of {}",
            one_decimal(mean),
            one_decimal(limit)
        ),
        _ => format!(
            "against fewer than {min_cell} in all the earlier periods (mean and limit not shown)"
        ),
    };
    format!(
        "Control chart of comments about {} {} per period, {} periods. In {} there were {}, {} (rule: {}).",
        alert.theme,
        place(alert),
        alert.history.len(),
        alert.period,
        thousands(alert.count),
        against,
        alert.rule
    )
}

/// Draws the chart for `alert`; counts from 1 to `min_cell` − 1 are suppressed.
pub fn spc_chart(id: &str, alert: &AlertView, min_cell: u64) -> String {
    let title = format!("{} {}", alert.theme, place(alert));
    let mut svg = Svg::new(id, WIDTH, HEIGHT, &title, &describe(alert, min_cell));
    let highest = alert
        .history
        .iter()
        .filter_map(|p| p.count.count())
        .max()
        .unwrap_or(0) as f64;
    let max = nice_max(
        highest
            .max(alert.upper_limit.unwrap_or(0.0))
            .max(min_cell as f64)
            * 1.05,
    );
    let (x0, x1) = (LEFT, WIDTH - RIGHT);
    let (y_top, y_bottom) = (TOP, HEIGHT - BOTTOM);
    let y = Linear::new(max, y_bottom, y_top);
    let hidden = alert.history.iter().any(|p| p.count == Cell::Suppressed);
    let band_top = y.at(min_cell as f64);
    if hidden {
        svg.rect(x0, band_top, x1 - x0, y_bottom - band_top, BAND, None);
        svg.text_in(
            (x1 + 6.0, y_bottom - 2.0),
            "hidden",
            Anchor::Start,
            Font::regular(11.0),
            INK,
        );
    }
    for tick in [0.0, max / 2.0, max] {
        let py = y.at(tick);
        svg.line((x0, py), (x1, py), Stroke::solid(LIGHT_GREY, 1.0));
        svg.text(
            (x0 - 6.0, py + 4.0),
            &tick_label(tick),
            Anchor::End,
            Font::regular(11.0),
        );
    }
    if let (Some(mean), Some(limit)) = (alert.expected, alert.upper_limit) {
        let mean_y = y.at(mean);
        svg.line((x0, mean_y), (x1, mean_y), Stroke::solid(GREY, 1.5));
        svg.text_in(
            (x1 + 6.0, mean_y + 4.0),
            &format!("mean {}", one_decimal(mean)),
            Anchor::Start,
            Font::regular(11.0),
            INK,
        );
        let limit_y = y.at(limit);
        svg.line(
            (x0, limit_y),
            (x1, limit_y),
            Stroke::dashed(VERMILLION, 1.5),
        );
        svg.text_in(
            (x1 + 6.0, limit_y + 4.0),
            &format!("limit {}", one_decimal(limit)),
            Anchor::Start,
            Font::regular(11.0),
            INK,
        );
    }
    let xs = spread(alert.history.len(), x0 + 8.0, x1 - 8.0);
    let band_middle = (band_top + y_bottom) / 2.0;
    let points: Vec<(f64, f64)> = xs
        .iter()
        .zip(&alert.history)
        .map(|(&x, p)| (x, p.count.count().map_or(band_middle, |n| y.at(n as f64))))
        .collect();
    svg.polyline(&points, Stroke::solid(BLUE, 2.0));
    let last = alert.history.len().saturating_sub(1);
    for (i, (&pt, p)) in points.iter().zip(&alert.history).enumerate() {
        let tip = match p.count {
            Cell::Count(n) => format!("{}: {}", p.period, thousands(n)),
            Cell::Suppressed => format!("{}: hidden (small-number suppression)", p.period),
        };
        if i == last {
            svg.circle(pt, 7.0, "none", ORANGE, None);
        }
        match p.count {
            Cell::Count(n) if alert.upper_limit.is_some_and(|l| n as f64 > l) => {
                svg.circle(pt, 3.5, VERMILLION, VERMILLION, Some(&tip))
            }
            Cell::Count(_) => svg.circle(pt, 3.5, BLUE, BLUE, Some(&tip)),
            Cell::Suppressed => svg.circle(pt, 3.5, "#FFFFFF", BLUE, Some(&tip)),
        }
    }
    for i in tick_indices(alert.history.len(), MAX_TICKS) {
        let bold = i == last;
        let font = if bold {
            Font::bold(11.0)
        } else {
            Font::regular(11.0)
        };
        svg.text(
            (xs[i], y_bottom + 16.0),
            &alert.history[i].period,
            Anchor::Middle,
            font,
        );
    }
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::data::SeriesPoint;

    fn alert(counts: &[u64]) -> AlertView {
        AlertView {
            theme: "Timeliness of care".into(),
            major: "Access to medical care & support".into(),
            site: Some("A&E".into()),
            period: format!("2024-W{:02}", counts.len()),
            count: *counts.last().unwrap(),
            expected: Some(5.0),
            upper_limit: Some(11.7),
            rule: "above upper limit".into(),
            history: counts
                .iter()
                .enumerate()
                .map(|(i, &count)| SeriesPoint {
                    period: format!("2024-W{:02}", i + 1),
                    count: if (1..5).contains(&count) {
                        Cell::Suppressed
                    } else {
                        Cell::Count(count)
                    },
                })
                .collect(),
        }
    }

    #[test]
    fn the_point_beyond_the_limit_is_marked_and_the_latest_ringed() {
        let svg = spc_chart("a1", &alert(&[4, 5, 6, 5, 4, 6, 5, 5, 19]), 5);
        assert_eq!(svg.matches(&format!("fill=\"{VERMILLION}\"")).count(), 1);
        assert_eq!(svg.matches(&format!("stroke=\"{ORANGE}\"")).count(), 1);
        assert!(svg.contains("<title>2024-W09: 19</title>"));
        assert!(svg.contains(">mean 5.0</text>"));
        assert!(svg.contains(">limit 11.7</text>"));
        assert!(svg.contains("Timeliness of care at A&amp;E"));
        assert!(svg.contains("In 2024-W09 there were 19, against a mean of 5.0"));
        assert!(svg.contains("<title>2024-W01: hidden (small-number suppression)</title>"));
        assert!(!svg.contains("2024-W01: 4"), "a small count is never shown");
    }

    #[test]
    fn without_a_mean_no_centre_line_or_limit_is_drawn() {
        let mut hidden = alert(&[0, 0, 3, 0, 0, 0, 0, 0, 12]);
        hidden.expected = None;
        hidden.upper_limit = None;
        let svg = spc_chart("a3", &hidden, 5);
        assert!(!svg.contains(">mean ") && !svg.contains(">limit "), "{svg}");
        assert!(svg.contains("fewer than 5 in all the earlier periods"));
        assert_eq!(svg.matches(&format!("stroke=\"{VERMILLION}\"")).count(), 0);
    }

    #[test]
    fn at_most_eight_period_labels_and_always_the_last() {
        let counts: Vec<u64> = (0..30).map(|i| i % 7).collect();
        let svg = spc_chart("a2", &alert(&counts), 5);
        assert!(svg.contains("font-weight=\"bold\">2024-W30</text>"));
        let labels = svg.matches("text-anchor=\"middle\"").count();
        assert!((2..=8).contains(&labels), "{labels}");
    }
}
