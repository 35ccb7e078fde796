//! [`render_html`]: the whole report as one self-contained HTML page (inline CSS and
//! SVG, no script, no font or image fetched), readable offline and when emailed, and
//! printable to A4.

use std::fmt::Write as _;

use super::data::ReportData;
use super::escape::esc;
use super::sections::{self, CONTENTS};

/// The page's style sheet, inlined into every report.
const STYLE: &str = include_str!("style.css");

/// `2024-03-01 to 2024-05-31 · all sites · by week`.
fn period_line(data: &ReportData) -> String {
    let p = &data.period;
    let dates = match (&p.from, &p.to) {
        (Some(from), Some(to)) => format!("{from} to {to}"),
        _ => "all dates".to_string(),
    };
    let site = p.site.as_deref().unwrap_or("all sites");
    format!("{dates} · {site} · by {}", p.interval)
}

/// Renders the report. Every string from the data is HTML-escaped; the output depends
/// only on `data`, so the same data gives a byte-identical page.
pub fn render_html(data: &ReportData) -> String {
    let mut out = String::with_capacity(128 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
<title>{title}</title><style>{STYLE}</style></head><body>\
<header><h1>{title}</h1><p class=\"lede\">{period}</p></header><nav aria-label=\"Contents\"><ol>",
        title = esc(&data.title),
        period = esc(&period_line(data)),
    );
    for (id, heading) in CONTENTS {
        let _ = write!(out, "<li><a href=\"#{id}\">{heading}</a></li>");
    }
    out.push_str(
        "<li><a href=\"#provenance\">Where these numbers come from</a></li></ol></nav><main>",
    );
    out.push_str(&sections::headline::render(&data.headline));
    out.push_str(&sections::themes::render(
        &data.themes,
        data.headline.real_answers,
    ));
    out.push_str(&sections::trends::render(&data.trends, &data.period));
    out.push_str(&sections::alerts::render(data));
    out.push_str(&sections::breakdowns::render(&data.breakdowns));
    out.push_str(&sections::emerging::render(&data.emerging));
    out.push_str(&sections::you_said::render(&data.you_said));
    out.push_str("</main>");
    out.push_str(&sections::provenance::render(
        &data.provenance,
        &data.period,
        data.headline.comments,
    ));
    out.push_str("</body></html>\n");
    out
}
