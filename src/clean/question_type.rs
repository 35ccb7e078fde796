//! [`QuestionType`]: which survey question a comment answers.

use serde::{Deserialize, Serialize};

/// The kind of question asked. "Nothing" means opposite things under the first two.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// "What was good about…", "What did we do well".
    WhatGood,
    /// "What could we improve", "What would have made it better".
    CouldImprove,
    /// "Why?", "Please tell us why", or no question known.
    #[default]
    Nonspecific,
}

impl QuestionType {
    /// Every type, in a fixed order.
    pub const ALL: [QuestionType; 3] = [
        QuestionType::WhatGood,
        QuestionType::CouldImprove,
        QuestionType::Nonspecific,
    ];

    /// The name written in outputs: `what_good`, `could_improve`, `nonspecific`.
    pub fn name(self) -> &'static str {
        match self {
            QuestionType::WhatGood => "what_good",
            QuestionType::CouldImprove => "could_improve",
            QuestionType::Nonspecific => "nonspecific",
        }
    }

    /// Derives the type from the question's wording (case-insensitive keyword cues).
    pub fn from_question(question: Option<&str>) -> QuestionType {
        let Some(q) = question else {
            return QuestionType::Nonspecific;
        };
        let q = q.to_lowercase();
        const IMPROVE: [&str; 8] = [
            "improve",
            "better",
            "could we do",
            "do differently",
            "change",
            "didn't go well",
            "did not go well",
            "worse",
        ];
        const GOOD: [&str; 6] = [
            "what was good",
            "went well",
            "did well",
            "good about",
            "what did we do well",
            "best",
        ];
        if IMPROVE.iter().any(|cue| q.contains(cue)) {
            QuestionType::CouldImprove
        } else if GOOD.iter().any(|cue| q.contains(cue)) {
            QuestionType::WhatGood
        } else {
            QuestionType::Nonspecific
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qdc_questions() {
        assert_eq!(
            QuestionType::from_question(Some("What could we do better?")),
            QuestionType::CouldImprove
        );
        assert_eq!(
            QuestionType::from_question(Some("What was good about your visit?")),
            QuestionType::WhatGood
        );
        assert_eq!(
            QuestionType::from_question(Some("FFT Why?")),
            QuestionType::Nonspecific
        );
        assert_eq!(QuestionType::from_question(None), QuestionType::Nonspecific);
    }
}
