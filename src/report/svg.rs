//! A small SVG writer for the report's charts: shapes and text into one `<svg>` string,
//! with the accessible name built in (`role="img"`, `<title>`, `<desc>`,
//! `aria-labelledby`) and every piece of text escaped.
//!
//! Coordinates are written with one decimal place, which keeps the page small and the
//! output byte-identical for the same data.

use std::fmt::Write as _;

use super::escape::esc;
use super::palette::INK;

/// Where a text's anchor point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the point.
    Start,
    /// The text is centred on the point.
    Middle,
    /// The text ends at the point.
    End,
}

impl Anchor {
    fn name(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// How a line is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke<'a> {
    /// Colour.
    pub colour: &'a str,
    /// Width in pixels.
    pub width: f64,
    /// Dashed (for limits and reference lines) or solid.
    pub dashed: bool,
}

impl<'a> Stroke<'a> {
    /// A solid line.
    pub fn solid(colour: &'a str, width: f64) -> Self {
        Stroke {
            colour,
            width,
            dashed: false,
        }
    }

    /// A dashed line.
    pub fn dashed(colour: &'a str, width: f64) -> Self {
        Stroke {
            colour,
            width,
            dashed: true,
        }
    }

    fn attributes(&self) -> String {
        let dash = if self.dashed {
            " stroke-dasharray=\"6 4\""
        } else {
            ""
        };
        format!(
            "stroke=\"{}\" stroke-width=\"{}\"{dash}",
            self.colour,
            num(self.width)
        )
    }
}

/// A text's size and weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    /// Size in pixels.
    pub size: f64,
    /// Bold or regular.
    pub bold: bool,
}

impl Font {
    /// Regular text of `size` pixels.
    pub fn regular(size: f64) -> Self {
        Font { size, bold: false }
    }

    /// Bold text of `size` pixels.
    pub fn bold(size: f64) -> Self {
        Font { size, bold: true }
    }
}

/// A number with at most one decimal place, without a trailing `.0`.
fn num(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// One chart being written.
#[derive(Debug)]
pub struct Svg {
    out: String,
}

impl Svg {
    /// Starts a chart `width` × `height` pixels (it scales down with the page) whose
    /// accessible name is `title` and description `desc`; `id` must be unique in the page.
    pub fn new(id: &str, width: f64, height: f64, title: &str, desc: &str) -> Self {
        let mut out = String::with_capacity(8 * 1024);
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {w} {h}\" \
width=\"{w}\" height=\"{h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">\
<title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{desc}</desc>",
            w = num(width),
            h = num(height),
            id = esc(id),
            title = esc(title),
            desc = esc(desc),
        );
        Svg { out }
    }

    /// A filled rectangle, with a hover tooltip when `tooltip` is given.
    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str, tooltip: Option<&str>) {
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"",
            num(x),
            num(y),
            num(w.max(0.0)),
            num(h.max(0.0)),
            esc(fill)
        );
        self.close_with_tooltip("rect", tooltip);
    }

    /// A straight line.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), stroke: Stroke<'_>) {
        let _ = write!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {}/>",
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1),
            stroke.attributes()
        );
    }

    /// A line through `points` in order (nothing is drawn for fewer than two).
    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: Stroke<'_>) {
        if points.len() < 2 {
            return;
        }
        let coords: Vec<String> = points
            .iter()
            .map(|&(x, y)| format!("{},{}", num(x), num(y)))
            .collect();
        let _ = write!(
            self.out,
            "<polyline points=\"{}\" fill=\"none\" stroke-linejoin=\"round\" {}/>",
            coords.join(" "),
            stroke.attributes()
        );
    }

    /// A dot, filled with `fill` and outlined with `outline`, with an optional tooltip.
    pub fn circle(
        &mut self,
        centre: (f64, f64),
        r: f64,
        fill: &str,
        outline: &str,
        tooltip: Option<&str>,
    ) {
        let _ = write!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"1.5\"",
            num(centre.0),
            num(centre.1),
            num(r),
            esc(fill),
            esc(outline)
        );
        self.close_with_tooltip("circle", tooltip);
    }

    /// A line of text at `at` in the ink colour.
    pub fn text(&mut self, at: (f64, f64), text: &str, anchor: Anchor, font: Font) {
        self.text_in(at, text, anchor, font, INK);
    }

    /// A line of text at `at` in `colour`.
    pub fn text_in(
        &mut self,
        at: (f64, f64),
        text: &str,
        anchor: Anchor,
        font: Font,
        colour: &str,
    ) {
        let weight = if font.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"{}\" fill=\"{}\"{weight}>{}</text>",
            num(at.0),
            num(at.1),
            num(font.size),
            anchor.name(),
            esc(colour),
            esc(text)
        );
    }

    /// Closes an element, as a container for a `<title>` tooltip when there is one.
    fn close_with_tooltip(&mut self, element: &str, tooltip: Option<&str>) {
        match tooltip {
            Some(t) => {
                let _ = write!(self.out, "><title>{}</title></{element}>", esc(t));
            }
            None => self.out.push_str("/>"),
        }
    }

    /// The finished `<svg>` element.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_is_named_and_described_for_screen_readers() {
        let svg = Svg::new("c1", 100.0, 50.0, "Waits & <delays>", "Rising").finish();
        assert!(svg.starts_with("<svg "));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("aria-labelledby=\"c1-title c1-desc\""));
        assert!(svg.contains("<title id=\"c1-title\">Waits &amp; &lt;delays&gt;</title>"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn text_and_tooltips_are_escaped() {
        let mut svg = Svg::new("c", 10.0, 10.0, "t", "d");
        svg.text((1.0, 2.0), "<b>&", Anchor::Start, Font::regular(12.0));
        svg.rect(0.0, 0.0, 1.0, 1.0, "#000", Some("\"x\" < y"));
        let out = svg.finish();
        assert!(out.contains(">&lt;b&gt;&amp;</text>"));
        assert!(out.contains("<title>&quot;x&quot; &lt; y</title>"));
        assert!(!out.contains("<b>"));
    }

    #[test]
    fn coordinates_have_one_decimal_at_most() {
        assert_eq!(num(3.0), "3");
        assert_eq!(num(4.26), "4.3");
        assert_eq!(num(-0.04), "0");
        let mut svg = Svg::new("c", 10.0, 10.0, "t", "d");
        svg.polyline(&[(0.0, 1.25), (2.0, 3.0)], Stroke::solid("#000", 2.0));
        assert!(svg.finish().contains("points=\"0,1.3 2,3\""));
    }

    #[test]
    fn a_single_point_draws_no_line() {
        let mut svg = Svg::new("c", 10.0, 10.0, "t", "d");
        svg.polyline(&[(0.0, 1.0)], Stroke::solid("#000", 2.0));
        assert!(!svg.finish().contains("polyline"));
    }
}
