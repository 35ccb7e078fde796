//! The QDC framework v7: 32 subcategories in 10 major categories, in a fixed order.
//!
//! The order here is the column order of every model file and metric table, so it must
//! never change without a model version bump.

/// The 10 major categories, in framework order.
const MAJORS: [&str; 10] = [
    "General",
    "Staff",
    "Access to medical care & support",
    "Communication & involvement",
    "Mental Health specifics",
    "Patient journey & service coordination",
    "Medication & pain",
    "Activities",
    "Environment, equipment & catering",
    "Service location, travel & transport",
];

/// Every subcategory with the index of its major category in [`MAJORS`].
const SUBCATEGORIES: [(&str, usize); 32] = [
    ("Positive experience & gratitude", 0),
    ("Organisation & efficiency", 0),
    ("Funding & use of financial resources", 0),
    ("Feeling safe", 0),
    ("Labelling not possible", 0),
    ("Staff manner & personal attributes", 1),
    ("Competence & training", 1),
    ("Staffing levels & responsiveness", 1),
    ("Contacting services", 2),
    ("Appointment arrangements", 2),
    ("Appointment method", 2),
    ("Timeliness of care", 2),
    ("Unspecified communication", 3),
    ("Staff listening, understanding & involving patients", 3),
    ("Information directly from staff during care", 3),
    ("Information provision & guidance", 3),
    (
        "Being kept informed, clarity & consistency of information",
        3,
    ),
    ("Interaction with family/ carers", 3),
    ("Mental Health Act", 4),
    ("Continuity of care", 5),
    ("Discharge", 5),
    ("Supplying & understanding medication", 6),
    ("Pain management", 6),
    ("Activities & access to fresh air", 7),
    ("Electronic entertainment", 7),
    ("Cleanliness, tidiness & infection control", 8),
    ("Sensory experience", 8),
    ("Environment, facilities & equipment", 8),
    ("Food & drink provision & facilities", 8),
    ("Service location", 9),
    ("Transport to/ from services", 9),
    ("Parking", 9),
];

/// The label given by rule to blank and non-answer comments.
pub const LABELLING_NOT_POSSIBLE: &str = "Labelling not possible";

/// Number of subcategories (32).
pub const N_LABELS: usize = SUBCATEGORIES.len();

/// Number of major categories (10).
pub const N_MAJORS: usize = MAJORS.len();

/// The 32 subcategory names in framework order.
pub fn subcategories() -> impl ExactSizeIterator<Item = &'static str> {
    SUBCATEGORIES.iter().map(|(name, _)| *name)
}

/// The 10 major category names in framework order.
pub fn majors() -> &'static [&'static str] {
    &MAJORS
}

/// The subcategory name at `index` (framework order).
pub fn label_name(index: usize) -> &'static str {
    SUBCATEGORIES[index].0
}

/// The index of a subcategory name, if it is a v7 subcategory.
pub fn label_index(label: &str) -> Option<usize> {
    SUBCATEGORIES.iter().position(|(name, _)| *name == label)
}

/// The index (in [`majors`]) of the major category of the subcategory at `index`.
pub fn major_index_of(index: usize) -> usize {
    SUBCATEGORIES[index].1
}

/// The major category of a subcategory name, or `None` if it is not a v7 subcategory.
pub fn major_of(label: &str) -> Option<&'static str> {
    label_index(label).map(|i| MAJORS[major_index_of(i)])
}

/// Index of [`LABELLING_NOT_POSSIBLE`].
pub fn labelling_not_possible_index() -> usize {
    label_index(LABELLING_NOT_POSSIBLE).expect("taxonomy holds Labelling not possible")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_32_subcategories_in_10_majors() {
        assert_eq!(subcategories().len(), 32);
        assert_eq!(majors().len(), 10);
        let mut used = [0usize; N_MAJORS];
        for i in 0..N_LABELS {
            used[major_index_of(i)] += 1;
        }
        assert!(used.iter().all(|&n| n > 0), "every major has a subcategory");
        assert_eq!(used, [5, 3, 4, 6, 1, 2, 2, 2, 4, 3]);
    }

    #[test]
    fn names_are_unique_and_resolve() {
        let mut names: Vec<&str> = subcategories().collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 32);
        assert_eq!(
            major_of("Parking"),
            Some("Service location, travel & transport")
        );
        assert_eq!(major_of("Staffing levels & responsiveness"), Some("Staff"));
        assert_eq!(
            major_of("Number & deployment of staff"),
            None,
            "a v6-only name"
        );
        assert_eq!(
            label_name(labelling_not_possible_index()),
            LABELLING_NOT_POSSIBLE
        );
    }
}
