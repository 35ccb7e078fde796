//! [`IngestOptions`]: column-name overrides and limits for reading inputs.

use super::columns::Field;
use super::dates::DateOrder;

/// The longest field accepted when no limit is set: 32 KiB. Real comments are far
/// shorter; a field this long is almost always a broken quote swallowing many rows.
pub const DEFAULT_MAX_FIELD_BYTES: usize = 32 * 1024;

/// How to read the input files. `Default` finds every column by its usual names.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Column holding the comment text (`--text-col`); default: `FFT answer`, `text`, `comment`…
    pub text_col: Option<String>,
    /// Column holding the row id (`--id-col`); default: `Comment ID`, `id`…
    pub id_col: Option<String>,
    /// Column holding the question asked (`--question-col`); default: `FFT question`, `question`.
    pub question_col: Option<String>,
    /// Column holding the date (`--date-col`); default: `Date`.
    pub date_col: Option<String>,
    /// Column holding the site or service (`--site-col`); default: `Service type 1`, `site`, `service`.
    pub site_col: Option<String>,
    /// Column holding the FFT rating; default: `FFT categorical answer`, `rating`.
    pub rating_col: Option<String>,
    /// Longest accepted field in bytes; longer ones quarantine their row. 0 = 32 KiB.
    pub max_field_bytes: usize,
    /// Column holding the trust or organisation (`--org-col`); default: `Trust`,
    /// `organisation`… Numeric dates are read in the order each organisation's show.
    pub org_col: Option<String>,
    /// One order for every numeric date (`--day-first` / `--month-first`); `None`
    /// (the default) chooses it per file and organisation from the dates themselves.
    pub date_order: Option<DateOrder>,
    /// Further columns to carry into `meta.carried` and the hub (`--meta-col`), besides
    /// the protected characteristics found by name.
    pub meta_cols: Vec<String>,
}

impl IngestOptions {
    /// The override given for a field, if any.
    pub fn column_override(&self, field: Field) -> Option<&str> {
        match field {
            Field::Text => self.text_col.as_deref(),
            Field::Id => self.id_col.as_deref(),
            Field::Question => self.question_col.as_deref(),
            Field::Date => self.date_col.as_deref(),
            Field::Site => self.site_col.as_deref(),
            Field::Rating => self.rating_col.as_deref(),
            Field::Organisation => self.org_col.as_deref(),
        }
    }

    /// The field-length limit in force (the default when 0 was given).
    pub fn field_limit(&self) -> usize {
        if self.max_field_bytes == 0 {
            DEFAULT_MAX_FIELD_BYTES
        } else {
            self.max_field_bytes
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_limit_means_default() {
        assert_eq!(IngestOptions::default().field_limit(), 32 * 1024);
        let opts = IngestOptions {
            max_field_bytes: 10,
            ..Default::default()
        };
        assert_eq!(opts.field_limit(), 10);
    }

    #[test]
    fn overrides_map_to_fields() {
        let opts = IngestOptions {
            site_col: Some("Ward".into()),
            ..Default::default()
        };
        assert_eq!(opts.column_override(Field::Site), Some("Ward"));
        assert_eq!(opts.column_override(Field::Text), None);
    }
}
