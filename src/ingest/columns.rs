//! Finding the columns (CSV headers or JSON keys) that hold each field, by name.

/// The first 11 columns of the NHS QDC export (its label columns omitted): the layout
/// the default names below are chosen to find without any option. The corpus
/// generator writes its sample CSV in this layout.
pub const QDC_HEADER: [&str; 11] = [
    "Comment ID",
    "Trust",
    "Respondent ID",
    "Date",
    "Service type 1",
    "Service type 2",
    "FFT categorical answer",
    "FFT question",
    "FFT answer",
    "Person identifiable info?",
    "Comment sentiment",
];

/// Names tried, in order, for the comment text when no `--text-col` is given.
pub const TEXT_NAMES: &[&str] = &[
    "FFT answer",
    "text",
    "comment",
    "comments",
    "comment text",
    "feedback",
    "response",
    "free text",
    "answer",
];
/// Names tried, in order, for the row id.
pub const ID_NAMES: &[&str] = &["Comment ID", "id", "comment id", "response id", "record id"];
/// Names tried, in order, for the question asked.
pub const QUESTION_NAMES: &[&str] = &["FFT question", "question"];
/// Names tried, in order, for the date.
pub const DATE_NAMES: &[&str] = &["Date", "response date", "submitted"];
/// Names tried, in order, for the site or service.
pub const SITE_NAMES: &[&str] = &["Service type 1", "site", "service"];
/// Names tried, in order, for the FFT rating.
pub const RATING_NAMES: &[&str] = &["FFT categorical answer", "rating"];

/// Which field a column feeds; used to choose default names and option names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The comment text.
    Text,
    /// The row id.
    Id,
    /// The question asked.
    Question,
    /// The date.
    Date,
    /// The site or service.
    Site,
    /// The FFT rating.
    Rating,
}

impl Field {
    /// Every field, in a fixed order.
    pub const ALL: [Field; 6] = [
        Field::Text,
        Field::Id,
        Field::Question,
        Field::Date,
        Field::Site,
        Field::Rating,
    ];

    /// This field's position in [`Field::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The default names tried for this field, in order of preference.
    pub fn default_names(self) -> &'static [&'static str] {
        match self {
            Field::Text => TEXT_NAMES,
            Field::Id => ID_NAMES,
            Field::Question => QUESTION_NAMES,
            Field::Date => DATE_NAMES,
            Field::Site => SITE_NAMES,
            Field::Rating => RATING_NAMES,
        }
    }

    /// The command-line option that overrides this field's column.
    pub fn flag(self) -> &'static str {
        match self {
            Field::Text => "--text-col",
            Field::Id => "--id-col",
            Field::Question => "--question-col",
            Field::Date => "--date-col",
            Field::Site => "--site-col",
            Field::Rating => "--rating-col",
        }
    }
}

/// Normalises a column name for comparison: trimmed, lower-case, `_`/`-` as spaces,
/// runs of white space collapsed. So `Comment_ID`, `comment id` and `COMMENT-ID` match.
pub fn normalise_name(name: &str) -> String {
    name.trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Finds the position of the column for one field among `names` (already normalised).
///
/// With an override, only that name is accepted; otherwise the defaults are tried in
/// order of preference, so `FFT answer` wins over a later `comment` column.
pub fn find_column(names: &[String], wanted: Option<&str>, field: Field) -> Option<usize> {
    let position = |candidate: &str| {
        let candidate = normalise_name(candidate);
        names.iter().position(|n| *n == candidate)
    };
    match wanted {
        Some(name) => position(name),
        None => field.default_names().iter().find_map(|c| position(c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| normalise_name(n)).collect()
    }

    #[test]
    fn qdc_layout_is_found_without_overrides() {
        let names = norm(&QDC_HEADER);
        assert_eq!(find_column(&names, None, Field::Id), Some(0));
        assert_eq!(find_column(&names, None, Field::Date), Some(3));
        assert_eq!(find_column(&names, None, Field::Site), Some(4));
        assert_eq!(find_column(&names, None, Field::Rating), Some(6));
        assert_eq!(find_column(&names, None, Field::Question), Some(7));
        assert_eq!(find_column(&names, None, Field::Text), Some(8));
    }

    #[test]
    fn names_match_case_and_separator_insensitively() {
        let names = norm(&["COMMENT_ID", " Feedback "]);
        assert_eq!(find_column(&names, None, Field::Id), Some(0));
        assert_eq!(find_column(&names, None, Field::Text), Some(1));
    }

    #[test]
    fn preference_order_beats_column_order() {
        let names = norm(&["comment", "FFT answer"]);
        assert_eq!(find_column(&names, None, Field::Text), Some(1));
    }

    #[test]
    fn override_is_the_only_name_accepted() {
        let names = norm(&["text", "Notes"]);
        assert_eq!(find_column(&names, Some("notes"), Field::Text), Some(1));
        assert_eq!(find_column(&names, Some("body"), Field::Text), None);
    }

    #[test]
    fn index_matches_position_in_all() {
        for (i, field) in Field::ALL.into_iter().enumerate() {
            assert_eq!(field.index(), i);
        }
    }

    #[test]
    fn absent_column_is_none() {
        let names = norm(&["when", "where"]);
        assert_eq!(find_column(&names, None, Field::Text), None);
        assert_eq!(find_column(&names, None, Field::Rating), None);
    }
}
