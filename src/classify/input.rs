//! [`ClassifyInput`]: what the classifier is told about one comment.

use crate::clean::QuestionType;
use crate::redact::RedactedText;

/// One comment as the classifier sees it: redacted text plus the survey context.
#[derive(Debug, Clone, Copy)]
pub struct ClassifyInput<'a> {
    /// The comment, after redaction.
    pub text: &'a RedactedText,
    /// Which question it answers ("Nothing" means opposite things under two of them).
    pub question_type: QuestionType,
    /// The FFT rating 1 (very good) ..= 5 (very poor), if given.
    pub rating: Option<u8>,
    /// The service / site the comment is about (QDC `Service type 1`), if known.
    pub site: Option<&'a str>,
    /// The clean stage flagged it as blank or a non-answer (`Did not answer`, `N/A`…).
    pub non_answer: bool,
}

/// Phrases that stand for "no answer given", compared after lower-casing and trimming
/// punctuation. Deliberately short: "nothing" and "none" are real answers whose meaning
/// depends on the question, so they are not here.
const NON_ANSWERS: [&str; 9] = [
    "",
    "did not answer",
    "n/a",
    "na",
    "-",
    "no comment",
    "no comments",
    "not applicable",
    "did not respond",
];

/// True when a gold-file comment is blank or a stock non-answer. Used when reading gold
/// files for training and evaluation (the pipeline passes the clean stage's flag instead).
pub fn looks_like_non_answer(text: &str) -> bool {
    let trimmed = text
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() && c != '/' && c != '-')
        .trim()
        .to_lowercase();
    NON_ANSWERS.contains(&trimmed.as_str()) || text.trim().chars().all(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stock_non_answers_are_flagged() {
        for text in [
            "",
            "   ",
            "Did not answer",
            "did not answer.",
            "N/A",
            "-",
            "...",
        ] {
            assert!(
                looks_like_non_answer(text),
                "row {text:?} should be a non-answer"
            );
        }
    }

    #[test]
    fn real_short_answers_are_not() {
        for text in ["Nothing.", "None", "Everything", "ok", "Waiting time"] {
            assert!(
                !looks_like_non_answer(text),
                "row {text:?} is a real answer"
            );
        }
    }
}
