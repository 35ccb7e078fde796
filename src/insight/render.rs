//! Writing a breakdown as CSV (counts only, `<N` and `*` for hidden cells) or JSON
//! (counts and shares, `null` with `"suppressed": true` for hidden cells).

use super::breakdown::{BreakdownRow, BreakdownTable};

/// A column's heading: its dimension values joined with ` / `, `(none)` for a missing one.
pub fn column_heading(
    values: &std::collections::BTreeMap<String, Option<String>>,
    by: &[String],
) -> String {
    by.iter()
        .map(|d| {
            values
                .get(d)
                .cloned()
                .flatten()
                .unwrap_or_else(|| "(none)".to_string())
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The table as CSV: the theme, one column per dimension value, then the total; the
/// first row is the base (all comments in each column).
pub fn to_csv(table: &BreakdownTable) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let first = match table.level {
        super::breakdown::ThemeLevel::Theme => "theme",
        super::breakdown::ThemeLevel::Major => "major",
    };
    let mut header = vec![first.to_string()];
    header.extend(table.columns.iter().map(|c| column_heading(c, &table.by)));
    header.push("total".to_string());
    out.write_record(&header)?;
    let mut write_row = |row: &BreakdownRow| {
        let mut record = vec![row.theme.clone()];
        record.extend(row.cells.iter().map(|c| c.csv_text(table.min_cell)));
        record.push(row.total.csv_text(table.min_cell));
        out.write_record(&record)
    };
    write_row(&table.base)?;
    for row in &table.rows {
        write_row(row)?;
    }
    let bytes = out.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
