//! Mapping QDC framework v6 label names onto v7 (three merges; dropped labels ignored).

use super::taxonomy;

/// v6 names that v7 merged into a new name: `(v6 name, v7 name)`.
const MERGES: [(&str, &str); 6] = [
    (
        "Number & deployment of staff",
        "Staffing levels & responsiveness",
    ),
    ("Staff responsiveness", "Staffing levels & responsiveness"),
    ("Staff continuity", "Continuity of care"),
    ("Referals & continuity of care", "Continuity of care"),
    (
        "Environment & Facilities",
        "Environment, facilities & equipment",
    ),
    (
        "Provision of medical equipment",
        "Environment, facilities & equipment",
    ),
];

/// The v7 subcategory index a v6 (or v7) label column counts towards, or `None` when v7
/// dropped the label. Names are compared after trimming, case-sensitively as published.
pub fn v7_index_of(column: &str) -> Option<usize> {
    let column = column.trim();
    let name = MERGES
        .iter()
        .find(|(v6, _)| *v6 == column)
        .map_or(column, |(_, v7)| *v7);
    taxonomy::label_index(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::taxonomy::label_name;

    #[test]
    fn merges_map_to_their_v7_names() {
        let staffing = v7_index_of("Number & deployment of staff").unwrap();
        assert_eq!(label_name(staffing), "Staffing levels & responsiveness");
        assert_eq!(v7_index_of("Staff responsiveness"), Some(staffing));
        assert_eq!(
            v7_index_of("Referals & continuity of care").map(label_name),
            Some("Continuity of care")
        );
        assert_eq!(
            v7_index_of("Provision of medical equipment").map(label_name),
            Some("Environment, facilities & equipment")
        );
    }

    #[test]
    fn unchanged_names_pass_and_dropped_names_vanish() {
        assert_eq!(v7_index_of(" Parking ").map(label_name), Some("Parking"));
        assert_eq!(v7_index_of("Diagnosis & triage"), None);
        assert_eq!(v7_index_of("Not assigned"), None);
        assert_eq!(v7_index_of("Comment sentiment"), None);
    }
}
