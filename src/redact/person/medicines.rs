//! Whether a capitalised word is a medicine: it ends in a stem of the international
//! non-proprietary names (the WHO's INN stems: "-prazole", "-cillin", "-olol", "-statin",
//! "-setron", "-xaban"...), or a medicine's form or dose follows it ("Clexane
//! injections", "Buscopan tablets", "Lyrica 75mg").
//!
//! Patients name their medicines capitalised, in no word list, with no cue: to the tagger
//! they look like unknown names. Generic names are built from a few dozen stems, so the
//! stems carry over to drugs no list holds; brand names have no stem, but a form or dose
//! after them tells. The stems were checked against every name list of the project
//! (77,000 names): about ten names end in one, none of them common, and the veto that
//! reads this leaves a word with a cue ("Dr", "my wife", a possessive) alone.

/// Stems of generic medicine names (WHO INN stems and common generic endings), lower case.
const STEMS: &[&str] = &[
    "azole",
    "mycin",
    "micin",
    "cillin",
    "pril",
    "olol",
    "alol",
    "statin",
    "sartan",
    "azepam",
    "azolam",
    "setron",
    "xaban",
    "parin",
    "gatran",
    "oxacin",
    "cycline",
    "tidine",
    "triptan",
    "gliptin",
    "gliflozin",
    "glitazone",
    "dronate",
    "oxetine",
    "amol",
    "profen",
    "fenac",
    "codone",
    "morphone",
    // Morphine's brands ("Oramorph", "Zomorph"): no name of the project's lists ends so.
    "morph",
    "adol",
    "azine",
    "apine",
    "dipine",
    "semide",
    "thiazide",
    "lukast",
    "sonide",
    "tinib",
    "umab",
    "imab",
    "ximab",
    "ovir",
    "navir",
    "caine",
    "platin",
    "taxel",
    "rubicin",
    "trexate",
    "pramine",
    "triptyline",
    "zosin",
    "asteride",
    "formin",
    "iclone",
    "terol",
    "tropium",
    "barbital",
    "thyroxine",
    "floxacin",
    "conazole",
    "dazole",
    "gabalin",
    "pentin",
    "etine",
    "zapine",
    "peridone",
    "pezil",
    "tadine",
    "tirizine",
    // Corticosteroids (WHO INN "-olone" / "-sone"), narrowed to their generic forms:
    // "-olone" alone ends Italian surnames (Bartolone).
    "nisolone",
    "cinolone",
    "methasone",
    "cortisone",
];

/// Words for a medicine's form or dose that follow its name.
const FORMS: &[&str] = &[
    "tablet",
    "tablets",
    "pill",
    "pills",
    "capsule",
    "capsules",
    "injection",
    "injections",
    "jab",
    "jabs",
    "patch",
    "patches",
    "cream",
    "gel",
    "inhaler",
    "inhalers",
    "spray",
    "drops",
    "syrup",
    "sachet",
    "sachets",
    "infusion",
    "drip",
    "dose",
    "doses",
    "mg",
    "prescription",
];

/// Shortest word read by its stem ("Pril" alone is not a medicine).
const MIN_LETTERS: usize = 6;

/// Fewest letters before the stem: a generic name builds on a root of its own ("Zo-morph",
/// "Ibu-profen", "Quetia-pine"); one letter and a stem is a name's ending ("Tapine").
const MIN_ROOT: usize = 2;

/// Whether `lower` ends in a medicine stem.
pub(crate) fn has_medicine_stem(lower: &str) -> bool {
    lower.chars().count() >= MIN_LETTERS
        && STEMS.iter().any(|stem| {
            lower.ends_with(stem) && lower[..lower.len() - stem.len()].chars().count() >= MIN_ROOT
        })
}

/// Whether `next` (the lower-cased word after a name-like word) is a medicine's form or
/// dose, written as digits and "mg" included ("75mg").
pub(crate) fn is_medicine_form(next: &str) -> bool {
    let unit = next.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    FORMS.contains(&next) || (unit.len() < next.len() && matches!(unit, "mg" | "mcg" | "ml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_medicines_are_known_by_their_stem() {
        for word in [
            "lansoprazole",
            "flucloxacillin",
            "bisoprolol",
            "simvastatin",
            "ondansetron",
            "edoxaban",
            "dalteparin",
            "pregabalin",
            "quetiapine",
            "prednisolone",
            "dexamethasone",
            "hydrocortisone",
            "zomorph",
            "oramorph",
        ] {
            assert!(has_medicine_stem(word), "{word}");
        }
    }

    #[test]
    fn names_do_not_end_in_a_stem() {
        for word in [
            "tanvir",
            "zanele",
            "christine",
            "caroline",
            "bartolone",
            "pril",
            "adeline",
            "malone",
            "okafor",
            "tapine",
        ] {
            assert!(!has_medicine_stem(word), "{word}");
        }
    }

    #[test]
    fn forms_and_doses_follow_medicines() {
        assert!(is_medicine_form("injections"));
        assert!(is_medicine_form("75mg"));
        assert!(is_medicine_form("2.5mg"));
        assert!(!is_medicine_form("mg2"));
        assert!(!is_medicine_form("was"));
        assert!(!is_medicine_form("75"));
    }
}
