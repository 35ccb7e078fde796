//! "At a glance": comments, real answers, and the shares positive and negative, each
//! with the count it is a share of.

use std::fmt::Write as _;

use crate::report::data::Headline;
use crate::report::escape::esc;
use crate::report::number::{of, percent, thousands};

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
        &thousands(h.comments),
        "comments",
        "every comment in the period, blanks and non-answers included",
    );
    tile(
        &mut out,
        &thousands(h.real_answers),
        "real answers",
        &format!(
            "{} comments ({}) say something",
            of(h.real_answers, h.comments),
            percent(h.real_answers, h.comments)
        ),
    );
    tile(
        &mut out,
        &percent(h.positive, h.scored),
        "positive",
        &format!("{} real answers with a sentiment", of(h.positive, h.scored)),
    );
    tile(
        &mut out,
        &percent(h.negative, h.scored),
        "negative",
        &format!(
            "{} real answers with a sentiment ({} neutral or mixed)",
            of(h.negative, h.scored),
            thousands(h.neutral)
        ),
    );
    out.push_str("</div></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_share_shows_its_base() {
        let h = Headline {
            comments: 1800,
            real_answers: 1745,
            scored: 1745,
            positive: 1000,
            neutral: 304,
            negative: 441,
        };
        let html = render(&h);
        assert!(html.contains("1,745 of 1,800 comments (96.9%) say something"));
        assert!(html.contains(">57.3%</p>"));
        assert!(html.contains("1,000 of 1,745 real answers with a sentiment"));
        assert!(html.contains("441 of 1,745 real answers with a sentiment (304 neutral or mixed)"));
    }
}
