//! The footer: which tool and model made these numbers, from which loads and rows, and
//! how the numbers were made (suppression, quotes, alerts).

use std::fmt::Write as _;

use crate::report::data::{Cell, Period, Provenance};
use crate::report::escape::esc;
use crate::report::number::{cell, thousands};

/// The `<footer>`.
pub fn render(p: &Provenance, period: &Period, comments: Cell) -> String {
    let mut out =
        String::from("<footer id=\"provenance\"><h2>Where these numbers come from</h2><dl>");
    let mut item = |term: &str, value: &str| {
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", esc(term), esc(value));
    };
    item("Made by", &p.tool);
    item("Model", &p.models.join("; "));
    item("Source", &p.source);
    item(
        "Rows",
        &format!(
            "{} comments in this report, of {} in the source",
            cell(comments),
            cell(p.rows_in_source)
        ),
    );
    let dates = match (&period.from, &period.to) {
        (Some(from), Some(to)) => format!("{from} to {to}"),
        _ => "not dated".to_string(),
    };
    item("Comment dates", &dates);
    item("Site", period.site.as_deref().unwrap_or("all sites"));
    out.push_str("</dl>");
    if !p.runs.is_empty() {
        let caption = if p.runs_total > p.runs.len() as u64 {
            format!(
                "The latest {} of {} loads of data behind this report",
                p.runs.len(),
                thousands(p.runs_total)
            )
        } else {
            "Loads of data behind this report".to_string()
        };
        let _ = write!(
            out,
            "<table class=\"data narrow\"><caption>{}</caption>",
            esc(&caption)
        );
        out.push_str("<thead><tr><th scope=\"col\">Loaded</th><th scope=\"col\" class=\"num\">Rows</th><th scope=\"col\">Model</th></tr></thead><tbody>");
        for run in &p.runs {
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{}</td></tr>",
                esc(&run.when),
                cell(run.rows),
                esc(&run.model)
            );
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("<p class=\"method\">Themes are the NHS Qualitative Data Categorisation framework v7, assigned by the model above; a comment can have several. Comment text is redacted of personal details before it is stored or shown. Sentiment shares are of real answers with a sentiment. Small counts are suppressed as in the breakdown command. Quotes are chosen by similarity to their theme's or topic's centre (TF-IDF), not by hand and not at random.</p></footer>");
    out
}
