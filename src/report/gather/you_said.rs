//! "You said": for each of the top themes, the redacted comments nearest the theme's
//! centre (TF-IDF, [`Representative`]), from the real answers in the report's period.

use super::source::ReportSource;
use super::ReportQuery;
use crate::hub::HubError;
use crate::report::data::{ThemeQuotes, ThemeVolume};
use crate::report::Representative;

/// Themes given quotes.
pub const TOP_THEMES: usize = 5;
/// Quotes per theme.
pub const QUOTES: usize = 3;
/// Most comments read for the vocabulary, and per theme or topic (the latest first).
pub const MAX_TEXTS: usize = 20_000;

/// The quote picker, its IDF learned from the period's real answers.
pub fn picker(source: &dyn ReportSource, q: &ReportQuery) -> Result<Representative, HubError> {
    let corpus = source.latest_answers(q, None, MAX_TEXTS)?;
    let refs: Vec<&str> = corpus.iter().map(String::as_str).collect();
    Ok(Representative::fit(&refs))
}

/// Up to [`QUOTES`] of `texts` nearest their centre.
pub fn nearest(picker: &Representative, texts: &[String]) -> Vec<String> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    picker
        .pick(&refs, QUOTES)
        .into_iter()
        .map(|i| texts[i].clone())
        .collect()
}

/// Quotes for the [`TOP_THEMES`] largest themes with a shown count.
pub fn you_said(
    source: &dyn ReportSource,
    q: &ReportQuery,
    themes: &[ThemeVolume],
    picker: &Representative,
) -> Result<Vec<ThemeQuotes>, HubError> {
    let mut out = Vec::new();
    for theme in themes
        .iter()
        .filter(|t| t.total.count().is_some())
        .take(TOP_THEMES)
    {
        let group = source.latest_answers(q, Some(&theme.label), MAX_TEXTS)?;
        out.push(ThemeQuotes {
            theme: theme.label.clone(),
            count: theme.total,
            quotes: nearest(picker, &group),
        });
    }
    Ok(out)
}
