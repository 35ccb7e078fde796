//! [`RowValues`]: the decoded values of one row, format-independent, and how they
//! become a [`Record`].

use super::columns::Field;
use super::date_orders::DateOrders;
use super::decode::parse_rating;
use super::raw_text::RawText;
use super::record::Record;

/// The values found in one input row, before they become a [`Record`].
#[derive(Debug, Default)]
pub struct RowValues {
    /// The id value, if the row has one.
    pub id: Option<String>,
    /// The comment text; `None` when the column or key is absent for this row.
    pub text: Option<String>,
    /// The question asked.
    pub question: Option<String>,
    /// The date, verbatim.
    pub date: Option<String>,
    /// The site or service, verbatim.
    pub site: Option<String>,
    /// The rating as written.
    pub rating: Option<String>,
    /// The trust or organisation, which chooses the order of numeric dates.
    pub organisation: Option<String>,
    /// Carried columns (canonical name, value as written), see [`super::carried`].
    pub carried: Vec<(String, String)>,
}

/// Where a row came from: enough to give it a fallback id.
#[derive(Debug, Clone, Copy)]
pub struct RowPlace<'a> {
    /// Index of the input file.
    pub source: u32,
    /// 1-based line where the row starts.
    pub line: u64,
    /// The file's name without extension, for fallback ids.
    pub stem: &'a str,
    /// How the file's numeric dates are read (per organisation).
    pub dates: &'a DateOrders,
}

impl RowPlace<'_> {
    /// The id used when a row has none: `<file stem>:<line>`.
    pub fn fallback_id(&self) -> String {
        format!("{}:{}", self.stem, self.line)
    }
}

/// Keeps a value only when it holds something other than white space.
fn non_blank(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

impl RowValues {
    /// The value slot that `field` fills.
    pub fn slot(&mut self, field: Field) -> &mut Option<String> {
        match field {
            Field::Text => &mut self.text,
            Field::Id => &mut self.id,
            Field::Question => &mut self.question,
            Field::Date => &mut self.date,
            Field::Site => &mut self.site,
            Field::Rating => &mut self.rating,
            Field::Organisation => &mut self.organisation,
        }
    }

    /// Builds the record. A missing or blank text becomes an empty text (a valid
    /// non-answer, flagged later), never an error; a missing id becomes the fallback.
    /// A date that cannot be read is the one error (the row is quarantined with the
    /// reason returned): a date is never guessed.
    pub fn into_record(self, place: RowPlace<'_>) -> Result<Record, String> {
        let id = non_blank(self.id)
            .map(|id| id.trim().to_string())
            .unwrap_or_else(|| place.fallback_id());
        let date = non_blank(self.date).map(|d| d.trim().to_string());
        let date_iso = date
            .as_deref()
            .map(|d| place.dates.read(self.organisation.as_deref(), d))
            .transpose()?;
        let carried = self
            .carried
            .into_iter()
            .filter_map(|(name, value)| {
                non_blank(Some(value)).map(|v| (name, v.trim().to_string()))
            })
            .collect();
        Ok(Record {
            source: place.source,
            line: place.line,
            id,
            text: RawText::new(self.text.unwrap_or_default()),
            question: non_blank(self.question),
            date,
            site: non_blank(self.site).map(|s| s.trim().to_string()),
            rating: self.rating.as_deref().and_then(parse_rating),
            date_iso,
            carried,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::dates::DateOrder;

    const UK: DateOrders = DateOrders::forced(DateOrder::DayFirst);
    const US: DateOrders = DateOrders::forced(DateOrder::MonthFirst);

    const PLACE: RowPlace<'static> = RowPlace {
        source: 1,
        line: 7,
        stem: "export",
        dates: &UK,
    };

    #[test]
    fn missing_id_falls_back_to_stem_and_line() {
        let record = RowValues::default().into_record(PLACE).unwrap();
        assert_eq!(record.id, "export:7");
        assert!(record.text.is_blank());
        assert_eq!(record.source, 1);
    }

    #[test]
    fn values_are_trimmed_and_blank_ones_dropped() {
        let values = RowValues {
            id: Some(" A1 ".into()),
            text: Some("Kind staff".into()),
            question: Some("  ".into()),
            date: Some(" 01/02/2022 ".into()),
            site: Some("111".into()),
            rating: Some("2".into()),
            organisation: Some("Trust A".into()),
            carried: vec![
                ("ethnicity".into(), " Indian ".into()),
                ("age_band".into(), " ".into()),
            ],
        };
        let record = values.into_record(PLACE).unwrap();
        assert_eq!(record.id, "A1");
        assert_eq!(record.question, None);
        assert_eq!(record.date.as_deref(), Some("01/02/2022"));
        assert_eq!(record.date_iso.as_deref(), Some("2022-02-01"));
        assert_eq!(record.carried.len(), 1, "blank carried values are left out");
        assert_eq!(record.carried["ethnicity"], "Indian");
        assert_eq!(record.site.as_deref(), Some("111"));
        assert_eq!(record.rating, Some(2));
        assert_eq!(record.text.char_len(), 10);
    }

    #[test]
    fn an_unreadable_date_is_an_error_not_a_guess() {
        let values = RowValues {
            date: Some("05/31/2021".into()),
            ..RowValues::default()
        };
        let err = values.into_record(PLACE).unwrap_err();
        assert!(err.contains("undecodable date"));
        let values = RowValues {
            date: Some("05/31/2021".into()),
            ..RowValues::default()
        };
        let us = RowPlace {
            dates: &US,
            ..PLACE
        };
        assert_eq!(
            values.into_record(us).unwrap().date_iso.as_deref(),
            Some("2021-05-31")
        );
    }
}
