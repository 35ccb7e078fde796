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
