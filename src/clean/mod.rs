//! Stage 2: repair and normalise the text, and flag non-answers and duplicates.
//!
//! Each repair is one small file, composed in [`clean_text`](fn@clean_text): mojibake, HTML
//! references, Unicode NFC, invisible characters, white space. [`clean_records`](fn@clean_records) runs
//! it over all records in parallel, types each question and sets the [`Flags`].

// One of the three stages allowed to read raw comment text (clippy.toml).
#![allow(clippy::disallowed_methods)]

pub mod clean_records;
pub mod clean_text;
pub mod duplicates;
pub mod entities;
pub mod flags;
pub mod informal_non_answer;
pub mod mojibake;
pub mod non_answer;
pub mod question_type;
pub mod unicode;
pub mod whitespace;
pub mod windows_1252;

pub use clean_records::{
    clean_comment, clean_question, clean_records, question_type, CleanRecord, CleanedComment,
    QuestionCache,
};
pub use clean_text::clean_text;
pub use flags::Flags;
pub use question_type::QuestionType;
