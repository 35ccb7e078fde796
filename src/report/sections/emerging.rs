//! "Emerging topics": clusters new since the previous period of the same length, or
//! grown, each with its name, its size then and now, and up to 3 redacted quotes.

use std::fmt::Write as _;

use crate::report::data::{Cell, EmergingCluster};
use crate::report::escape::esc;
use crate::report::number::thousands;

/// "New: 23 comments" or "Up from 6 to 19 comments".
fn change(c: &EmergingCluster) -> String {
    match c.before {
        None | Some(Cell::Count(0)) => format!("New this period: {} comments", thousands(c.now)),
        Some(Cell::Count(before)) => format!(
            "Up from {} to {} comments",
            thousands(before),
            thousands(c.now)
        ),
        Some(Cell::Suppressed) => format!(
            "Up from a few (suppressed) to {} comments",
            thousands(c.now)
        ),
    }
}

/// Quotes as a list of `<blockquote>`s.
pub fn quotes(out: &mut String, quotes: &[String]) {
    for q in quotes {
        let _ = write!(out, "<blockquote>{}</blockquote>", esc(q));
    }
}

/// The section.
pub fn render(clusters: &[EmergingCluster]) -> String {
    let mut out = super::open("emerging");
    out.push_str("<p>Topics found by clustering the comments' words (not the QDC framework), that are new since the previous period of the same length or have grown by half or more. Quotes are redacted comments nearest each topic's centre.</p>");
    if clusters.is_empty() {
        out.push_str("<p>No topic is new or growing this period.</p>");
    }
    for c in clusters {
        let _ = write!(
            out,
            "<article class=\"card\"><h3>{}</h3><p class=\"base\">{} (topic {})</p>",
            esc(&c.name),
            esc(&change(c)),
            c.id
        );
        quotes(&mut out, &c.quotes);
        out.push_str("</article>");
    }
    out.push_str("</section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_escaped_and_growth_has_both_counts() {
        let c = EmergingCluster {
            id: 7,
            name: "car park".into(),
            now: 19,
            before: Some(Cell::Count(6)),
            quotes: vec!["<b>No</b> spaces & [PERSON] said wait".into()],
        };
        let html = render(&[c]);
        assert!(html.contains("Up from 6 to 19 comments (topic 7)"));
        assert!(html.contains(
            "<blockquote>&lt;b&gt;No&lt;/b&gt; spaces &amp; [PERSON] said wait</blockquote>"
        ));
    }
}
