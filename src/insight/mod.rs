//! Questions asked of the hub: breakdowns of themes by site, period and group, with
//! small-number suppression, and alerts on what is rising.
//!
//! - [`breakdown()`]: counts per theme × dimension values, with bases and totals,
//!   suppressed by [`suppression`] before they leave the library.
//! - [`alerts()`]: the latest period of every theme × site series against its own
//!   history ([`spc`]), with the history for charting.
//! - [`render`]: the CSV form of a breakdown.

pub mod alerts;
pub mod breakdown;
pub mod dimension;
pub mod render;
pub mod scan;
pub mod spc;
pub mod suppression;

pub use alerts::{alerts, Alert, AlertQuery, AlertsReport, Period, SeriesHistory};
pub use breakdown::{
    breakdown, BreakdownQuery, BreakdownRow, BreakdownTable, Cell, ThemeLevel, DEFAULT_MIN_CELL,
};
pub use spc::Rule;
