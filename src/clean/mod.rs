//! Stage 2: repair and normalise the text, and flag non-answers and duplicates.

pub mod question_type;

pub use question_type::QuestionType;
