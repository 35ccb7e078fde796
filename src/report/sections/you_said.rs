//! "You said": for each of the top themes, 2–3 redacted comments nearest the theme's
//! centre, so a board reads what patients wrote in their own words.

use std::fmt::Write as _;

use super::emerging::quotes;
use crate::report::data::ThemeQuotes;
use crate::report::escape::esc;
use crate::report::number::cell;

/// The section.
pub fn render(themes: &[ThemeQuotes]) -> String {
    let mut out = super::open("you-said");
    out.push_str("<p>For each of the most frequent themes, the redacted comments nearest the theme's centre (the comments whose words are most like those of all its comments), not a random few.</p>");
    for t in themes.iter().filter(|t| !t.quotes.is_empty()) {
        let _ = write!(
            out,
            "<article class=\"card\"><h3>{}</h3><p class=\"base\">{} comments</p>",
            esc(&t.theme),
            cell(t.count)
        );
        quotes(&mut out, &t.quotes);
        out.push_str("</article>");
    }
    out.push_str("</section>");
    out
}
