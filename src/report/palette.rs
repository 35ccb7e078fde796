//! Colours: the Okabe–Ito palette, distinguishable with every common colour-vision
//! deficiency, and a single-hue scale for shading tables. Meaning is never carried by
//! colour alone: every chart has a labelled legend and a table with the numbers.

/// Okabe–Ito blue: positive sentiment, the main line of a chart.
pub const BLUE: &str = "#0072B2";
/// Okabe–Ito vermillion: negative sentiment, points beyond a limit.
pub const VERMILLION: &str = "#D55E00";
/// Okabe–Ito orange: the latest period, highlights.
pub const ORANGE: &str = "#E69F00";
/// Okabe–Ito sky blue.
pub const SKY_BLUE: &str = "#56B4E9";
/// Okabe–Ito bluish green.
pub const BLUISH_GREEN: &str = "#009E73";
/// Okabe–Ito reddish purple.
pub const REDDISH_PURPLE: &str = "#CC79A7";
/// Mid grey: neutral sentiment, centre lines.
pub const GREY: &str = "#8C8C8C";
/// Light grey: comments without a sentiment, grid lines.
pub const LIGHT_GREY: &str = "#D9D9D9";
/// Near-black for text and axes.
pub const INK: &str = "#1A1A1A";

/// Sentiment colours in the order positive, neutral, negative, unscored.
pub const SENTIMENT: [&str; 4] = [BLUE, GREY, VERMILLION, LIGHT_GREY];

/// A light-to-dark blue background for a table cell holding `share` (0–1) of its
/// column, light enough at the top end for black text to stay readable.
pub fn shade(share: f64) -> String {
    let s = share.clamp(0.0, 1.0);
    // From white (255,255,255) towards a light blue (158,202,225) as the share grows.
    let mix = |hi: f64, lo: f64| (hi - (hi - lo) * s).round() as u8;
    format!(
        "#{:02X}{:02X}{:02X}",
        mix(255.0, 158.0),
        mix(255.0, 202.0),
        mix(255.0, 225.0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shade_runs_from_white_to_light_blue() {
        assert_eq!(shade(0.0), "#FFFFFF");
        assert_eq!(shade(1.0), "#9ECAE1");
        assert_eq!(shade(7.0), shade(1.0));
    }
}
