//! "At a glance": comments, real answers, and the shares positive and negative, each
//! with the count it is a share of.

use std::fmt::Write as _;

use crate::report::data::Headline;
use crate::report::escape::esc;
use crate::report::number::{cell, cell_of, cell_percent};

/// One tile: a big figure, what it is, and its base.
fn tile(out: &mut String, figure: &str, what: &str, base: &str) {
    let _ = write!(
        out,
        "<div class=\"tile\"><p class=\"figure\">{}</p><p class=\"what\">{}</p><p class=\"base\">{}</p></div>",
        esc(figure),
        esc(what),
        esc(base)
    );
}

/// The section.
pub fn render(h: &Headline) -> String {
    let mut out = super::open("headline");
    out.push_str("<div class=\"tiles\">");
    tile(
        &mut out,
        &cell(h.comments),
        "comments",
        "every comment in the period, blanks and non-answers included",
    );
    tile(
        &mut out,
        &cell(h.real_answers),
        "real answers",
        &format!(
            "{} comments ({}) say something",
            cell_of(h.real_answers, h.comments),
            cell_percent(h.real_answers, h.comments)
        ),
    );
    tile(
        &mut out,
        &cell_percent(h.positive, h.real_answers),
        "positive",
        &format!("{} real answers", cell_of(h.positive, h.real_answers)),
    );
    tile(
        &mut out,
        &cell_percent(h.negative, h.real_answers),
        "negative",
        &format!(
            "{} real answers ({} neutral or mixed)",
            cell_of(h.negative, h.real_answers),
            cell(h.neutral)
        ),
    );
    out.push_str("</div></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::data::Cell;

    #[test]
    fn every_share_shows_its_base() {
        let h = Headline {
            comments: Cell::Count(1800),
            real_answers: Cell::Count(1745),
            positive: Cell::Count(1000),
            neutral: Cell::Count(304),
            negative: Cell::Count(441),
        };
        let html = render(&h);
        assert!(html.contains("1,745 of 1,800 comments (96.9%) say something"));
        assert!(html.contains(">57.3%</p>"));
        assert!(html.contains("1,000 of 1,745 real answers"));
        assert!(html.contains("441 of 1,745 real answers (304 neutral or mixed)"));
    }

    #[test]
    fn a_suppressed_count_gives_no_share() {
        let h = Headline {
            comments: Cell::Count(12),
            real_answers: Cell::Count(9),
            positive: Cell::Count(5),
            neutral: Cell::Suppressed,
            negative: Cell::Suppressed,
        };
        let html = render(&h);
        assert!(html.contains("a suppressed number of 9 real answers (* neutral or mixed)"));
        assert!(!html.contains("33.3%") && !html.contains("11.1%"));
    }
}
