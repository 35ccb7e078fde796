//! Person names: cues, name lexicons and capitalisation (being built).

use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// Finds people's names.
#[derive(Debug, Clone, Default)]
pub struct PersonRecognizer {}

impl PersonRecognizer {
    /// Builds the recognizer, loading the name lexicons once.
    pub fn new() -> Self {
        PersonRecognizer {}
    }
}

impl Recognizer for PersonRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::Person
    }

    fn find(&self, _text: &str, _out: &mut Vec<PiiSpan>) {}
}
