//! [`clean_records`]: the cleaning stage over all records, in parallel.

use std::borrow::Cow;

use rayon::prelude::*;

use super::clean_text::clean_text;
use super::duplicates::{duplicate_key, flag_duplicates};
use super::flags::Flags;
use super::non_answer::is_non_answer;
use super::question_type::QuestionType;
use crate::fast_hash::FastHashMap;
use crate::ingest::{RawText, Record};

/// A record after cleaning: its text repaired, its question typed, its flags set.
#[derive(Debug, Clone)]
pub struct CleanRecord {
    /// The input record, with `text` (and `question`) cleaned.
    pub record: Record,
    /// What kind of question the comment answers.
    pub question_type: QuestionType,
    /// Blank / non-answer / duplicate.
    pub flags: Flags,
}

/// Cleans every record's text and question, types its question and flags blanks,
/// non-answers and duplicates. Runs in parallel; output order is input order.
///
/// Duplicates are judged on the cleaned text, across all input files together;
/// blank texts and non-answers are never flagged as duplicates (they already carry
/// their own flag, and 1,000 identical `Did not answer` rows are not copy-paste).
pub fn clean_records(records: Vec<Record>) -> Vec<CleanRecord> {
    let (mut cleaned, keys): (Vec<CleanRecord>, Vec<Option<Vec<u8>>>) = records
        .into_par_iter()
        .with_min_len(MIN_RECORDS_PER_JOB)
        .map_init(QuestionCache::default, |questions, record| {
            let cleaned = clean_one(record, questions);
            let key =
                (!cleaned.flags.non_answer).then(|| duplicate_key(cleaned.record.text.expose()));
            (cleaned, key)
        })
        .unzip();
    let duplicates = flag_duplicates(keys.iter().map(Option::as_deref));
    for (record, duplicate) in cleaned.iter_mut().zip(duplicates) {
        record.flags.duplicate = duplicate;
    }
    cleaned
}

/// Records per parallel job at least: one record takes a few microseconds, so smaller
/// jobs spend more on scheduling than on cleaning.
const MIN_RECORDS_PER_JOB: usize = 512;

/// Cleaned questions and their types by raw wording: an export repeats a handful of
/// questions thousands of times, so each is cleaned and typed once per worker.
/// Keyed with the fast unkeyed hash: a run looks every row's question up here.
pub type QuestionCache = FastHashMap<String, (Option<String>, QuestionType)>;

/// The cleaned question and its type, from the cache when seen before.
pub fn clean_question(
    question: Option<String>,
    cache: &mut QuestionCache,
) -> (Option<String>, QuestionType) {
    let Some(raw) = question else {
        return (None, QuestionType::from_question(None));
    };
    if let Some(known) = cache.get(&raw) {
        return known.clone();
    }
    let cleaned = Some(cleaned_string(raw.clone())).filter(|q| !q.is_empty());
    let typed = (
        cleaned.clone(),
        QuestionType::from_question(cleaned.as_deref()),
    );
    cache.insert(raw, typed.clone());
    typed
}

/// The type of a question, from the cache when seen before: what
/// [`clean_question`] gives, without copying the cleaned wording out (the streamed run
/// keeps only the type, once per row).
pub fn question_type(question: Option<&str>, cache: &mut QuestionCache) -> QuestionType {
    let Some(raw) = question else {
        return QuestionType::from_question(None);
    };
    if let Some((_, known)) = cache.get(raw) {
        return *known;
    }
    clean_question(Some(raw.to_string()), cache).1
}

/// Cleans an owned string, reusing it when nothing changed.
fn cleaned_string(text: String) -> String {
    let changed = match clean_text(&text) {
        Cow::Owned(changed) => Some(changed),
        Cow::Borrowed(_) => None,
    };
    changed.unwrap_or(text)
}

/// One comment's text after cleaning, with its blank / non-answer flags.
#[derive(Debug, Clone)]
pub struct CleanedComment {
    /// The repaired text (still raw: not yet redacted).
    pub text: RawText,
    /// Empty or only white space.
    pub blank: bool,
    /// Blank, or a non-answer such as `Did not answer` or `N/A`.
    pub non_answer: bool,
}

impl CleanedComment {
    /// The key duplicates are judged on; `None` for blanks and non-answers, which are
    /// never duplicates.
    pub fn duplicate_key(&self) -> Option<Vec<u8>> {
        (!self.non_answer).then(|| duplicate_key(self.text.expose()))
    }
}

/// Cleans one comment's text and flags it blank or a non-answer: a pure function of the
/// text, so a streaming caller can do it once per distinct text.
pub fn clean_comment(text: RawText) -> CleanedComment {
    let text = text.map(cleaned_string);
    let blank = text.is_blank();
    let non_answer = blank || is_non_answer(text.expose());
    CleanedComment {
        text,
        blank,
        non_answer,
    }
}

/// Cleans one record (everything except duplicate detection).
fn clean_one(mut record: Record, questions: &mut QuestionCache) -> CleanRecord {
    let comment = clean_comment(std::mem::take(&mut record.text));
    record.text = comment.text;
    let (question, question_type) = clean_question(record.question.take(), questions);
    record.question = question;
    CleanRecord {
        record,
        question_type,
        flags: Flags {
            blank: comment.blank,
            non_answer: comment.non_answer,
            duplicate: false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::RawText;

    #[test]
    fn question_type_matches_clean_question_and_caches() {
        let mut cache = QuestionCache::default();
        let mut fresh = QuestionCache::default();
        for q in [
            Some("What was good?"),
            Some("  Is there anything we could do better?  "),
            Some("What was good?"),
            Some(""),
            Some("Any other comments?"),
            None,
        ] {
            let expected = clean_question(q.map(str::to_string), &mut fresh).1;
            assert_eq!(question_type(q, &mut cache), expected, "{q:?}");
        }
        assert_eq!(cache.len(), 4, "each distinct wording cleaned once");
    }

    fn record(line: u64, text: &str, question: Option<&str>) -> Record {
        Record {
            source: 0,
            line,
            id: format!("r{line}"),
            text: RawText::new(text),
            question: question.map(str::to_string),
            date: None,
            site: None,
            rating: None,
            date_iso: None,
            carried: Default::default(),
        }
    }

    #[test]
    fn texts_are_cleaned_and_flagged_in_input_order() {
        let records = vec![
            record(2, "  Iâ€™m  happy ", Some("What was good?")),
            record(3, "", Some("How could we\nimprove?")),
            record(4, "Did not answer", None),
            record(5, "I’m happy", None),
            record(6, "Nothing", Some("How could we improve?")),
        ];
        let cleaned = clean_records(records);
        let lines: Vec<u64> = cleaned.iter().map(|c| c.record.line).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6]);
        assert_eq!(cleaned[0].record.text.expose(), "I’m happy");
        assert_eq!(cleaned[0].question_type, QuestionType::WhatGood);
        assert!(cleaned[0].flags.names().is_empty());
        assert_eq!(cleaned[1].flags.names(), ["blank", "non_answer"]);
        assert_eq!(
            cleaned[1].record.question.as_deref(),
            Some("How could we improve?")
        );
        assert_eq!(cleaned[1].question_type, QuestionType::CouldImprove);
        assert_eq!(cleaned[2].flags.names(), ["non_answer"]);
        assert_eq!(cleaned[3].flags.names(), ["duplicate"]);
        assert!(cleaned[4].flags.names().is_empty());
    }

    #[test]
    fn corpus_damage_is_repaired() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-samples");
        let paths = [dir.join("fft_sample.csv"), dir.join("fft_sample.jsonl")];
        let out = crate::ingest::read_inputs(&paths, &Default::default()).unwrap();
        let cleaned = clean_records(out.records);
        for c in &cleaned {
            let text = c.record.text.expose();
            let damaged = [
                "â€", "Ã", "Â", "&amp;", "&#39;", "&quot;", "&nbsp;", "\u{200b}",
            ]
            .iter()
            .any(|bad| text.contains(bad));
            let loose_space = text.contains(['\n', '\r', '\t']) || text.contains("  ");
            assert!(
                !damaged && !loose_space,
                "row {} line {}",
                c.record.id,
                c.record.line
            );
        }
        let texts: Vec<&str> = cleaned.iter().map(|c| c.record.text.expose()).collect();
        assert!(texts.contains(&"The café’s food was cold and the tea wasn’t hot."));
        assert!(texts.contains(&"Paid £12 for parking – far too expensive."));
        assert!(texts.contains(&"The café on site was clean and had lots of choice."));
        assert!(texts.contains(&"The A&E staff were brilliant, they said it's nothing serious."));
    }
}
