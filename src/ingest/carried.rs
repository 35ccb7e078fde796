//! Columns carried through to `meta.carried` and the hub for breakdowns: the protected
//! characteristics of the Equality Act 2010 (and gender), found by their usual export
//! names, and any column named with `--meta-col`.
//!
//! Each carried column gets a canonical name: `ethnicity` for `Ethnic group`,
//! `age_band` for `Age group`, and for a `--meta-col` its own name in lower case with
//! `_` for spaces (`Ward Name` → `ward_name`). Values are kept as written (trimmed);
//! they are categories, which the hub's breakdowns count with small-number suppression.

use super::columns::normalise_name;

/// Protected characteristics: canonical name, then the column names that mean it
/// (compared after [`normalise_name`]).
pub const EQUALITY_COLUMNS: &[(&str, &[&str])] = &[
    (
        "age_band",
        &[
            "age band",
            "age group",
            "age range",
            "ageband",
            "age bracket",
        ],
    ),
    ("age", &["age", "age years", "age (years)", "age in years"]),
    ("sex", &["sex", "sex at birth", "legal sex"]),
    ("gender", &["gender", "gender identity"]),
    (
        "gender_reassignment",
        &[
            "gender reassignment",
            "trans",
            "transgender",
            "trans status",
            "gender same as at birth",
            "gender identity same as at birth",
        ],
    ),
    (
        "ethnicity",
        &[
            "ethnicity",
            "ethnic group",
            "ethnic origin",
            "ethnic background",
            "ethnic category",
            "ethnicity group",
            "race",
        ],
    ),
    (
        "disability",
        &[
            "disability",
            "disabled",
            "disability status",
            "has a disability",
            "long term condition or disability",
        ],
    ),
    (
        "religion",
        &[
            "religion",
            "religion or belief",
            "religion and belief",
            "faith",
            "belief",
        ],
    ),
    ("sexual_orientation", &["sexual orientation", "sexuality"]),
    (
        "marital_status",
        &[
            "marital status",
            "marriage or civil partnership",
            "marriage and civil partnership",
            "civil partnership status",
        ],
    ),
    (
        "pregnancy_maternity",
        &[
            "pregnancy",
            "pregnancy or maternity",
            "pregnancy and maternity",
            "maternity",
            "pregnant",
        ],
    ),
];

/// The canonical name a column name stands for, if it is a protected characteristic.
pub fn equality_name(column: &str) -> Option<&'static str> {
    let wanted = normalise_name(column);
    EQUALITY_COLUMNS
        .iter()
        .find(|(_, aliases)| aliases.iter().any(|a| normalise_name(a) == wanted))
        .map(|(canonical, _)| *canonical)
}

/// The canonical name of a `--meta-col` (a protected characteristic's own name when it
/// is one, else lower case with `_` for separators).
pub fn meta_name(column: &str) -> String {
    equality_name(column)
        .map(str::to_string)
        .unwrap_or_else(|| normalise_name(column).replace(' ', "_"))
}

/// The columns to carry among `names` (already normalised): (canonical name, position),
/// protected characteristics first in column order, then each `meta_cols` entry found.
/// Returns the `--meta-col` names that are not there as the second value.
pub fn carried_columns(
    names: &[String],
    meta_cols: &[String],
) -> (Vec<(String, usize)>, Vec<String>) {
    let mut found: Vec<(String, usize)> = Vec::new();
    for (at, name) in names.iter().enumerate() {
        if let Some(canonical) = equality_name(name) {
            if !found.iter().any(|(n, _)| n == canonical) {
                found.push((canonical.to_string(), at));
            }
        }
    }
    let mut missing = Vec::new();
    for wanted in meta_cols {
        let normalised = normalise_name(wanted);
        match names.iter().position(|n| *n == normalised) {
            Some(at) => {
                let canonical = meta_name(wanted);
                found.retain(|(n, _)| *n != canonical);
                found.push((canonical, at));
            }
            None => missing.push(wanted.clone()),
        }
    }
    (found, missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| normalise_name(n)).collect()
    }

    #[test]
    fn common_export_names_are_found() {
        assert_eq!(equality_name("Ethnic Group"), Some("ethnicity"));
        assert_eq!(equality_name("ETHNICITY"), Some("ethnicity"));
        assert_eq!(equality_name("Age_Band"), Some("age_band"));
        assert_eq!(equality_name("Age group"), Some("age_band"));
        assert_eq!(equality_name("age"), Some("age"));
        assert_eq!(
            equality_name("Sexual orientation"),
            Some("sexual_orientation")
        );
        assert_eq!(equality_name("Religion or belief"), Some("religion"));
        assert_eq!(equality_name("Disability"), Some("disability"));
        assert_eq!(equality_name("Gender"), Some("gender"));
        assert_eq!(equality_name("Sex"), Some("sex"));
    }

    #[test]
    fn other_columns_are_not_protected_characteristics() {
        for name in [
            "Date",
            "Site",
            "FFT answer",
            "Ward",
            "Agency",
            "Stage",
            "Comment ID",
        ] {
            assert_eq!(equality_name(name), None, "{name}");
        }
    }

    #[test]
    fn meta_cols_are_carried_under_their_own_name() {
        let names = norm(&[
            "Comment ID",
            "Ethnic group",
            "Ward Name",
            "Age band",
            "text",
        ]);
        let (found, missing) =
            carried_columns(&names, &["ward name".to_string(), "Division".to_string()]);
        assert_eq!(
            found,
            [
                ("ethnicity".to_string(), 1),
                ("age_band".to_string(), 3),
                ("ward_name".to_string(), 2)
            ]
        );
        assert_eq!(missing, ["Division"]);
    }

    #[test]
    fn the_first_of_two_columns_for_one_characteristic_wins() {
        let names = norm(&["Ethnicity", "Ethnic group"]);
        let (found, _) = carried_columns(&names, &[]);
        assert_eq!(found, [("ethnicity".to_string(), 0)]);
    }
}
