//! [`PiiKind`]: the types of personal data the redactor finds.

use serde::{Deserialize, Serialize};

/// A type of personal data, named as in the gold PII data and the placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PiiKind {
    /// A person's name.
    Person,
    /// A 10-digit NHS number.
    NhsNumber,
    /// A UK telephone number.
    PhoneNumber,
    /// An email address.
    EmailAddress,
    /// A web address.
    Url,
    /// A UK postcode.
    UkPostcode,
    /// A street address (house number, street, town).
    StreetAddress,
    /// A date of birth.
    DateOfBirth,
    /// A National Insurance number.
    UkNino,
    /// A hospital / medical record number.
    HospitalNumber,
}

impl PiiKind {
    /// Every kind, in a fixed order (used for stable output).
    pub const ALL: [PiiKind; 10] = [
        PiiKind::Person,
        PiiKind::NhsNumber,
        PiiKind::PhoneNumber,
        PiiKind::EmailAddress,
        PiiKind::Url,
        PiiKind::UkPostcode,
        PiiKind::StreetAddress,
        PiiKind::DateOfBirth,
        PiiKind::UkNino,
        PiiKind::HospitalNumber,
    ];

    /// The name used in placeholders, gold data and counts, e.g. `NHS_NUMBER`.
    pub fn name(self) -> &'static str {
        match self {
            PiiKind::Person => "PERSON",
            PiiKind::NhsNumber => "NHS_NUMBER",
            PiiKind::PhoneNumber => "PHONE_NUMBER",
            PiiKind::EmailAddress => "EMAIL_ADDRESS",
            PiiKind::Url => "URL",
            PiiKind::UkPostcode => "UK_POSTCODE",
            PiiKind::StreetAddress => "STREET_ADDRESS",
            PiiKind::DateOfBirth => "DATE_OF_BIRTH",
            PiiKind::UkNino => "UK_NINO",
            PiiKind::HospitalNumber => "HOSPITAL_NUMBER",
        }
    }

    /// Parses a name such as `PHONE_NUMBER`; `None` for an unknown name.
    pub fn from_name(name: &str) -> Option<PiiKind> {
        PiiKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for kind in PiiKind::ALL {
            assert_eq!(PiiKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(PiiKind::from_name("SHOE_SIZE"), None);
    }
}
