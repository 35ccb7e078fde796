//! Finding the columns (CSV headers or JSON keys) that hold each field, by name.

/// The first 11 columns of the NHS QDC export (its label columns omitted): the layout
/// the default names below are chosen to find without any option.
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
    /// The trust or organisation: numeric dates are read in the order each
    /// organisation's own dates show ([`super::date_orders`]).
    Organisation,
}

impl Field {
    /// Every field, in a fixed order.
    pub const ALL: [Field; 7] = [
        Field::Text,
        Field::Id,
        Field::Question,
        Field::Date,
        Field::Site,
        Field::Rating,
        Field::Organisation,
    ];

    /// This field's position in [`Field::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// This field's row in [`FIELDS`].
    pub fn spec(self) -> &'static FieldSpec {
        &FIELDS[self.index()]
    }

    /// The default names tried for this field, in order of preference.
    pub fn default_names(self) -> &'static [&'static str] {
        self.spec().names
    }

    /// The command-line option that overrides this field's column.
    pub fn flag(self) -> &'static str {
        self.spec().flag
    }
}

/// One field's option and the column names tried for it (compared after
/// [`normalise_name`], so case, `_` and `-` do not matter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field.
    pub field: Field,
    /// The command-line option naming its column.
    pub flag: &'static str,
    /// Names tried, best first, when no option names the column.
    pub names: &'static [&'static str],
}

/// The one table of column names every reader (`run`, `redact`, `train`, `eval`) uses,
/// in [`Field::ALL`] order. To accept a new export layout, add its names here.
pub const FIELDS: [FieldSpec; 7] = [
    FieldSpec {
        field: Field::Text,
        flag: "--text-col",
        names: &[
            "FFT answer",
            "text",
            "comment",
            "comments",
            "comment text",
            "feedback",
            "response",
            "free text",
            "answer",
            "what could we do better",
        ],
    },
    FieldSpec {
        field: Field::Id,
        flag: "--id-col",
        names: &["Comment ID", "id", "response id", "record id"],
    },
    FieldSpec {
        field: Field::Question,
        flag: "--question-col",
        names: &["FFT question", "question"],
    },
    FieldSpec {
        field: Field::Date,
        flag: "--date-col",
        names: &["Date", "response date", "submitted"],
    },
    FieldSpec {
        field: Field::Site,
        flag: "--site-col",
        names: &["Service type 1", "site", "service"],
    },
    FieldSpec {
        field: Field::Rating,
        flag: "--rating-col",
        names: &["FFT categorical answer", "rating"],
    },
    FieldSpec {
        field: Field::Organisation,
        flag: "--org-col",
        names: &[
            "Trust",
            "organisation",
            "organization",
            "trust name",
            "organisation name",
            "organization name",
            "provider",
        ],
    },
];

/// Normalises a column name for comparison: trimmed, lower-case, `_`/`-` as spaces,
/// runs of white space collapsed, a closing `?`, `:` or `.` dropped. So `Comment_ID`,
/// `comment id` and `COMMENT-ID` match, and so do `What could we do better?` and
/// `what could we do better`.
pub fn normalise_name(name: &str) -> String {
    let words = name
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace(['_', '-'], " ");
    let words = words.trim_end().trim_end_matches(['?', ':', '.']);
    words.split_whitespace().collect::<Vec<_>>().join(" ")
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
        assert_eq!(find_column(&names, None, Field::Organisation), Some(1));
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
    fn index_matches_position_in_all_and_the_table() {
        for (i, field) in Field::ALL.into_iter().enumerate() {
            assert_eq!(field.index(), i);
            assert_eq!(FIELDS[i].field, field);
        }
    }

    #[test]
    fn survey_question_header_is_a_text_column() {
        for header in [
            "What could we do better?",
            "What_could_we_do_better",
            "WHAT COULD WE DO BETTER:",
        ] {
            let names = norm(&["id", header]);
            assert_eq!(find_column(&names, None, Field::Text), Some(1), "{header}");
        }
    }

    #[test]
    fn absent_column_is_none() {
        let names = norm(&["when", "where"]);
        assert_eq!(find_column(&names, None, Field::Text), None);
        assert_eq!(find_column(&names, None, Field::Rating), None);
    }
}
