//! Themes by volume: one horizontal bar per theme, the largest first, split by sentiment
//! (positive, neutral, negative, none), with the count and its share of real answers at
//! the end of each bar. The theme's name sits above its bar, so long QDC names are never
//! cut short. Sentiment parts hidden by small-number suppression are drawn together as
//! one pale "hidden" part crossed by a dashed line (their sum is known from the total,
//! no single one is).

use super::data::{Cell, ThemeVolume};
use super::number::{cell, cell_of_with_share, percent, thousands};
use super::palette::{GREY, INK, SENTIMENT};
use super::scale::{nice_max, Linear};
use super::svg::{Anchor, Font, Stroke, Svg};

/// Fill of the part hidden as small numbers (crossed by a dashed line).
const HIDDEN: &str = "#F0F0F0";
/// Width of the chart in pixels.
const WIDTH: f64 = 760.0;
/// Room at the right of the longest bar for its count.
const COUNT_ROOM: f64 = 150.0;
/// Height of one theme: its name, then its bar.
const ROW: f64 = 38.0;
/// Height of the legend above the bars.
const LEGEND: f64 = 30.0;
/// Sentiment names in the order of [`SENTIMENT`].
pub const SENTIMENT_NAMES: [&str; 4] = ["positive", "neutral or mixed", "negative", "no sentiment"];

/// The four sentiment parts of a theme, in [`SENTIMENT_NAMES`] order.
fn parts(theme: &ThemeVolume) -> [Cell; 4] {
    [
        theme.positive,
        theme.neutral,
        theme.negative,
        theme.unscored,
    ]
}

/// One sentence saying what the chart shows, for its `<desc>`.
fn describe(themes: &[(&ThemeVolume, u64)], base: u64) -> String {
    let mut text = format!(
        "Horizontal bar chart of the {} most frequent themes among {} real answers, each bar split by sentiment.",
        themes.len(),
        thousands(base)
    );
    for (rank, (theme, total)) in themes.iter().take(3).enumerate() {
        let lead = if rank == 0 {
            " The largest is"
        } else {
            " Then"
        };
        text.push_str(&format!(
            "{lead} {}: {}, of which {} negative.",
            theme.label,
            cell_of_with_share(Cell::Count(*total), Cell::Count(base)),
            cell(theme.negative)
        ));
    }
    text.push_str(" The table below gives every number.");
    text
}

/// Draws the chart for the themes with a shown total (in the order given); `base` is
/// the number of real answers each share is taken of.
pub fn theme_bars(id: &str, themes: &[ThemeVolume], base: u64) -> String {
    let shown: Vec<(&ThemeVolume, u64)> = themes
        .iter()
        .filter_map(|t| t.total.count().map(|n| (t, n)))
        .collect();
    let height = LEGEND + ROW * shown.len() as f64 + 8.0;
    let mut svg = Svg::new(
        id,
        WIDTH,
        height,
        "Themes by volume, split by sentiment",
        &describe(&shown, base),
    );
    let mut x = 0.0;
    for (name, colour) in SENTIMENT_NAMES.iter().zip(SENTIMENT) {
        svg.rect(x, 6.0, 12.0, 12.0, colour, None);
        svg.text((x + 17.0, 16.5), name, Anchor::Start, Font::regular(12.0));
        x += 30.0 + name.len() as f64 * 6.8;
    }
    svg.rect(x, 6.0, 12.0, 12.0, HIDDEN, None);
    svg.line((x, 12.0), (x + 12.0, 12.0), Stroke::dashed(GREY, 1.0));
    svg.text(
        (x + 17.0, 16.5),
        "hidden (small numbers)",
        Anchor::Start,
        Font::regular(12.0),
    );
    let max = shown.iter().map(|(_, n)| *n).max().unwrap_or(0) as f64;
    let scale = Linear::new(nice_max(max), 0.0, WIDTH - COUNT_ROOM);
    for (i, (theme, total)) in shown.iter().enumerate() {
        let top = LEGEND + ROW * i as f64;
        svg.text(
            (0.0, top + 12.0),
            &theme.label,
            Anchor::Start,
            Font::regular(12.5),
        );
        let bar_y = top + 17.0;
        let mut at = 0.0;
        let mut running = 0u64;
        for ((part, colour), name) in parts(theme).into_iter().zip(SENTIMENT).zip(SENTIMENT_NAMES) {
            let Some(n) = part.count().filter(|&n| n > 0) else {
                continue;
            };
            running += n;
            let end = scale.at(running as f64);
            let tip = format!(
                "{}: {} {name}",
                theme.label,
                cell_of_with_share(part, theme.total)
            );
            svg.rect(at, bar_y, end - at, 14.0, colour, Some(&tip));
            at = end;
        }
        if running < *total {
            let end = scale.at(*total as f64);
            let tip = format!(
                "{}: {} in sentiments hidden as small numbers",
                theme.label,
                thousands(total - running)
            );
            svg.rect(at, bar_y, end - at, 14.0, HIDDEN, Some(&tip));
            svg.line(
                (at, bar_y + 7.0),
                (end, bar_y + 7.0),
                Stroke::dashed(GREY, 1.0),
            );
            at = end;
        }
        svg.text_in(
            (at + 6.0, bar_y + 11.5),
            &format!("{} ({})", thousands(*total), percent(*total, base)),
            Anchor::Start,
            Font::bold(12.0),
            INK,
        );
    }
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(label: &str, p: u64, n: u64, neg: u64) -> ThemeVolume {
        let c = |x: u64| {
            if (1..5).contains(&x) {
                Cell::Suppressed
            } else {
                Cell::Count(x)
            }
        };
        ThemeVolume {
            label: label.into(),
            major: "Staff".into(),
            positive: c(p),
            neutral: c(n),
            negative: c(neg),
            unscored: Cell::Count(0),
            total: c(p + n + neg),
        }
    }

    #[test]
    fn one_segment_per_shown_sentiment_and_one_for_the_hidden_ones() {
        let themes = [
            theme("Staff manner", 30, 0, 10),
            theme("Parking", 2, 3, 5),
            theme("Rare", 1, 0, 2),
        ];
        let svg = theme_bars("t", &themes, 200);
        assert_eq!(
            svg.matches("<rect").count(),
            5 + 2 + 2,
            "legend 5; bars 2 and 1 + hidden"
        );
        assert!(svg.contains(">40 (20.0%)</text>"));
        assert!(svg.contains(">10 (5.0%)</text>"));
        assert!(svg.contains("Parking: 5 in sentiments hidden as small numbers"));
        assert!(!svg.contains("Rare"), "a suppressed total draws no bar");
        assert!(
            svg.contains("The largest is Staff manner: 40 of 200 (20.0%), of which 10 negative.")
        );
    }

    #[test]
    fn bars_are_proportional_to_counts() {
        let themes = [theme("A", 100, 0, 0), theme("B", 50, 0, 0)];
        let svg = theme_bars("t", &themes, 150);
        // nice max 100 over 610 px: 100 → 610, 50 → 305.
        assert!(svg.contains("width=\"610\""));
        assert!(svg.contains("width=\"305\""));
    }
}
