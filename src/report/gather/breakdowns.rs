//! The breakdown tables: major categories by site (when the report covers more than one
//! site) and by each protected characteristic the hub holds, each straight from
//! [`crate::insight::breakdown()`] so its suppression is the command's.

use super::conversions::{cell, query};
use super::source::ReportSource;
use super::ReportQuery;
use crate::hub::HubError;
use crate::ingest::carried::EQUALITY_COLUMNS;
use crate::insight::ThemeLevel;
use crate::report::data::{BreakdownRow, BreakdownTable};

/// Shown for comments without a value.
const NOT_RECORDED: &str = "not recorded";

/// The protected characteristics the hub holds, in the Equality Act's order.
fn characteristics(source: &dyn ReportSource) -> Result<Vec<&'static str>, HubError> {
    let names = source.carried_names()?;
    Ok(EQUALITY_COLUMNS
        .iter()
        .map(|(canonical, _)| *canonical)
        .filter(|c| names.iter().any(|n| n == c))
        .collect())
}

/// One table, by `dimension`; `None` when no comment has a value for it.
fn table(
    source: &dyn ReportSource,
    q: &ReportQuery,
    dimension: &str,
) -> Result<Option<BreakdownTable>, HubError> {
    let t = source.breakdown(&query(q, &[dimension], ThemeLevel::Major))?;
    let values: Vec<Option<String>> = t
        .columns
        .iter()
        .map(|c| c.get(dimension).cloned().flatten())
        .collect();
    if values.iter().all(Option::is_none) {
        return Ok(None);
    }
    let with_total = |cells: &[crate::insight::breakdown::Cell], total| {
        cells
            .iter()
            .chain(std::iter::once(total))
            .map(cell)
            .collect()
    };
    Ok(Some(BreakdownTable {
        dimension: dimension.to_string(),
        columns: values
            .into_iter()
            .map(|v| v.unwrap_or_else(|| NOT_RECORDED.to_string()))
            .collect(),
        rows: t
            .rows
            .iter()
            .map(|r| BreakdownRow {
                label: r.theme.clone(),
                cells: with_total(&r.cells, &r.total),
            })
            .collect(),
        totals: with_total(&t.base.cells, &t.base.total),
        min_cell: t.min_cell,
    }))
}

/// By site (unless the report is on one site), then by each protected characteristic.
pub fn breakdowns(
    source: &dyn ReportSource,
    q: &ReportQuery,
) -> Result<Vec<BreakdownTable>, HubError> {
    let mut dims: Vec<&str> = Vec::new();
    if q.site.is_none() {
        dims.push("site");
    }
    dims.extend(characteristics(source)?);
    let mut out = Vec::new();
    for dim in dims {
        out.extend(table(source, q, dim)?);
    }
    Ok(out)
}
