//! The HTML report: one self-contained page (inline CSS, inline SVG charts drawn here,
//! no script, nothing fetched) that analysts and boards look at.
//!
//! [`ReportData`] holds what the page shows, already counted, suppressed and redacted;
//! [`render_html`] lays it out. Charts are one type per file (`chart_*`), drawn with a
//! small SVG writer ([`svg`]) in a colour-blind-safe palette ([`palette`]), each with a
//! `<title>`, a `<desc>` and a table of its numbers as text alternatives.
//! [`representative`] picks the quotes nearest a theme's or topic's centre.

pub mod build;
pub mod chart_spc;
pub mod chart_theme_bars;
pub mod chart_trends;
pub mod data;
pub mod escape;
pub mod figure;
pub mod gather;
pub mod number;
pub mod page;
pub mod palette;
pub mod representative;
pub mod scale;
pub mod sections;
pub mod svg;
pub mod table;

pub use build::{
    report_from_hub, report_from_run_folder, report_from_totals, report_on_run_folder,
};
pub use data::{
    AlertView, BreakdownRow, BreakdownTable, Cell, EmergingCluster, Headline, Period, Provenance,
    ReportData, RunInfo, Series, SeriesPoint, ThemeQuotes, ThemeVolume, Trends,
};
pub use gather::totals::RunTotals;
pub use gather::{gather, ReportQuery};
pub use page::render_html;
pub use representative::Representative;
