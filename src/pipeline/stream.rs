//! The streamed stages: ingest → clean → redact → tokenize → classify, chunk by chunk.
//!
//! A reader thread parses the inputs and hands over chunks of [`CHUNK_ROWS`] records;
//! each chunk is worked on in parallel (rayon) and reduced to compact forms (a row
//! table, distinct texts, predictions) before the next, so memory holds at most a few
//! chunks of raw records whatever the input size. Each distinct text is cleaned,
//! redacted and tokenized once, and its words serve both the classifier and the
//! clustering terms; each distinct (text, context) is classified once.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use super::predictions::{CompactPrediction, PredictionKey, Predictions};
use super::rows::{RowFacts, RowTable};
use super::texts::{DistinctText, DistinctTexts, TextDigest};
use super::PipelineError;
use crate::classify::features::{Context, Tokens};
use crate::classify::ThemeModel;
use crate::clean::{clean_comment, question_type, QuestionCache};
use crate::cluster::space::cluster_analyzer;
use crate::ingest::{
    read_inputs_into, IngestError, InputFileInfo, QuarantinedRow, RawText, Record, RecordSink,
};
use crate::progress::Progress;
use crate::redact::Redactor;
use crate::text::stemming::{StemCache, TwoStemCache};
use crate::text::Analyzer;

/// Records per chunk: large enough to keep both cores busy, small enough that a few
/// chunks in flight cost a few tens of MB.
const CHUNK_ROWS: usize = 32_768;

/// Everything the streamed stages leave for clustering and export.
pub(super) struct Streamed {
    pub(super) rows: RowTable,
    pub(super) texts: DistinctTexts,
    pub(super) predictions: Predictions,
    pub(super) quarantined: Vec<QuarantinedRow>,
    pub(super) files: Vec<InputFileInfo>,
    /// Time spent per stage, summed over chunks (ingest: waiting for the reader).
    pub(super) timings: StageTimes,
}

/// Wall time of each streamed stage, summed over chunks.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct StageTimes {
    pub(super) ingest: Duration,
    pub(super) clean: Duration,
    pub(super) redact: Duration,
    pub(super) text: Duration,
    pub(super) classify: Duration,
}

/// Hands records over in chunks to the worker side of a channel.
struct ChunkSender {
    chunk: Vec<Record>,
    to_workers: SyncSender<Vec<Record>>,
    /// The workers stopped (an error): drop the rest instead of sending.
    closed: bool,
}

impl ChunkSender {
    fn send(&mut self) {
        let chunk = std::mem::replace(&mut self.chunk, Vec::with_capacity(CHUNK_ROWS));
        if !self.closed && !chunk.is_empty() {
            self.closed = self.to_workers.send(chunk).is_err();
        }
    }
}

impl RecordSink for ChunkSender {
    fn push(&mut self, record: Record) {
        self.chunk.push(record);
        if self.chunk.len() >= CHUNK_ROWS {
            self.send();
        }
    }
}

/// The models and state every chunk uses.
struct Workers<'a> {
    model: &'a ThemeModel,
    redactor: &'a Redactor,
    /// Turns the classifier's words into clustering terms.
    cluster_terms: Analyzer,
    /// The classifier splits text into words as the clustering analyzer would.
    shared_words: bool,
    /// This run's number (see [`with_stems`]).
    run: u64,
    questions: QuestionCache,
    times: StageTimes,
}

/// Numbers runs, so a thread's stem caches never serve another run's analyzers.
static RUNS: AtomicU64 = AtomicU64::new(0);

/// A worker thread's stem caches for the current run: one for the model's analyzer,
/// one for the clustering analyzer (each remembers which words its analyzer keeps).
struct ThreadStems {
    run: u64,
    model: StemCache,
    /// The model's and the clustering analyzer's terms of each word, in one look-up.
    both: TwoStemCache,
}

thread_local! {
    static STEMS: RefCell<ThreadStems> = RefCell::new(ThreadStems {
        run: u64::MAX,
        model: StemCache::default(),
        both: TwoStemCache::default(),
    });
}

/// Runs `f` with this thread's stem caches for run `run` (emptied when it changes), so
/// each distinct word is stemmed once per thread and run, not once per chunk.
fn with_stems<R>(run: u64, f: impl FnOnce(&mut ThreadStems) -> R) -> R {
    STEMS.with(|stems| {
        let mut stems = stems.borrow_mut();
        if stems.run != run {
            *stems = ThreadStems {
                run,
                model: StemCache::default(),
                both: TwoStemCache::default(),
            };
        }
        f(&mut stems)
    })
}

/// Reads, cleans, redacts, tokenizes and classifies every input row.
pub(super) fn stream_inputs(
    opts: &super::RunOptions,
    spill_dir: &std::path::Path,
    model: &ThemeModel,
    progress: &Progress,
) -> Result<Streamed, PipelineError> {
    let redactor = Redactor::new();
    let cluster_terms = cluster_analyzer();
    let mut workers = Workers {
        shared_words: model.analyzer().same_words_as(&cluster_terms),
        run: RUNS.fetch_add(1, Ordering::Relaxed),
        model,
        redactor: &redactor,
        cluster_terms,
        questions: QuestionCache::default(),
        times: StageTimes::default(),
    };
    let mut out = Streamed {
        rows: RowTable::new(spill_dir),
        texts: DistinctTexts::new(spill_dir),
        predictions: Predictions::default(),
        quarantined: Vec::new(),
        files: Vec::new(),
        timings: StageTimes::default(),
    };
    let bar = progress.rows("process", super::progress_estimate(opts, progress));
    let (to_workers, from_reader) = sync_channel::<Vec<Record>>(2);
    let read = std::thread::scope(|scope| -> Result<_, PipelineError> {
        let reader = scope.spawn(|| -> Result<_, IngestError> {
            let mut sink = ChunkSender {
                chunk: Vec::with_capacity(CHUNK_ROWS),
                to_workers,
                closed: false,
            };
            let read = read_inputs_into(&opts.inputs, &opts.ingest, &mut sink);
            sink.send();
            read
        });
        let mut waited = Instant::now();
        let mut failed = None;
        for chunk in &from_reader {
            workers.times.ingest += waited.elapsed();
            bar.inc(chunk.len() as u64);
            if let Err(e) = workers.chunk(chunk, &mut out) {
                failed = Some(e);
                break;
            }
            waited = Instant::now();
        }
        drop(from_reader);
        let read = reader.join().expect("the reader thread does not panic");
        match failed {
            Some(e) => Err(e),
            None => Ok(read?),
        }
    })?;
    bar.finish_and_clear();
    (out.quarantined, out.files) = read;
    (out.texts.close()).map_err(|e| out.texts.spill_error(e))?;
    out.predictions.close();
    out.timings = workers.times;
    Ok(out)
}

impl Workers<'_> {
    /// Works one chunk of records into `out`.
    fn chunk(&mut self, records: Vec<Record>, out: &mut Streamed) -> Result<(), PipelineError> {
        let start = Instant::now();
        let first_new = out.texts.len();
        let digests: Vec<TextDigest> = records
            .par_iter()
            .with_min_len(1024)
            .map(|r| TextDigest::of_raw(&r.text))
            .collect();
        // Which texts are new (ids handed out in row order); the new ones move out, and
        // rows keep only ids and metadata from here on.
        let mut records = records;
        let mut new_texts: Vec<RawText> = Vec::new();
        let text_ids: Vec<(u32, bool)> = (records.iter_mut().zip(digests))
            .map(|(record, digest)| match out.texts.copy_of(digest) {
                Some(id) => (id, false),
                None => {
                    let id = out.texts.reserve(digest, new_texts.len());
                    new_texts.push(std::mem::take(&mut record.text));
                    (id, true)
                }
            })
            .collect();
        // The rows' facts are kept (one core, in row order) while the new texts are
        // cleaned on the other (and on both once the rows are done).
        let questions = &mut self.questions;
        let rows = &mut out.rows;
        let (rows_of_chunk, cleaned) = rayon::join(
            || push_rows(rows, questions, records, &text_ids),
            || {
                new_texts
                    .into_par_iter()
                    .with_min_len(256)
                    .map(|t| {
                        let comment = clean_comment(t);
                        let key = comment.duplicate_key().map(|k| TextDigest::of(&k));
                        (comment, key)
                    })
                    .collect::<Vec<_>>()
            },
        );
        let rows_of_chunk = rows_of_chunk.map_err(|e| out.rows.spill_error(e))?;
        self.times.clean += start.elapsed();

        let start = Instant::now();
        let redacted: Vec<(DistinctText, Option<TextDigest>)> = cleaned
            .into_par_iter()
            .with_min_len(64)
            .map(|(comment, key)| {
                let (text, counts) = self.redactor.redact_raw(&comment.text);
                let text = DistinctText {
                    text,
                    redactions: counts.into_iter().map(|(k, v)| (k.name(), v)).collect(),
                    blank: comment.blank,
                    non_answer: comment.non_answer,
                };
                (text, key)
            })
            .collect();
        self.times.redact += start.elapsed();

        let start = Instant::now();
        let texts: Vec<&str> = redacted.iter().map(|(t, _)| t.text.as_str()).collect();
        let (new_tokens, terms) = self.tokenize_new(&texts);
        drop(texts);
        // The chunk's texts are kept (and written to the spill file, where later chunks
        // read them again) on one core while the rows' prediction jobs are listed on
        // the other.
        let texts = &mut out.texts;
        let (filled, jobs) = rayon::join(
            || -> std::io::Result<()> {
                for ((text, key), terms) in redacted.into_iter().zip(&terms) {
                    texts.fill(text, key, terms)?;
                }
                texts.flush()
            },
            || prediction_jobs(&mut out.rows, &mut out.predictions, &rows_of_chunk),
        );
        filled.map_err(|e| out.texts.spill_error(e))?;
        // Freed on the worker threads (which made most of them), not serially here.
        terms.into_par_iter().with_min_len(1024).for_each(drop);
        self.times.text += start.elapsed();

        let start = Instant::now();
        self.classify(out, &jobs, first_new, &new_tokens)?;
        new_tokens.into_par_iter().with_min_len(1024).for_each(drop);
        // The chunk's rows are done: their facts go to the spill file until export.
        out.rows.spill().map_err(|e| out.rows.spill_error(e))?;
        self.times.classify += start.elapsed();
        Ok(())
    }

    /// The classifier's tokens of each text (in parallel).
    fn tokenize(&self, texts: &[&str]) -> Vec<Tokens> {
        self.tokens_and_terms(texts, false).0
    }

    /// The classifier's tokens and the clustering terms of each new text: the
    /// clustering terms come from the classifier's words when both analyzers split text
    /// the same way (else the text is read again).
    fn tokenize_new(&self, texts: &[&str]) -> (Vec<Tokens>, Vec<Vec<String>>) {
        if self.shared_words {
            self.tokens_and_terms(texts, true)
        } else {
            (self.tokenize(texts), self.cluster_terms.terms_batch(texts))
        }
    }

    /// Tokens of each text in one pass, in parallel, and (when `clusters`) the
    /// clustering terms made from the same words (else empty lists).
    fn tokens_and_terms(&self, texts: &[&str], clusters: bool) -> (Vec<Tokens>, Vec<Vec<String>>) {
        let analyzer = self.model.analyzer();
        texts
            .par_iter()
            .with_min_len(64)
            .map(|text| {
                with_stems(self.run, |stems| {
                    if clusters {
                        let (words, terms, cluster_terms) = analyzer.words_and_two_terms(
                            &self.cluster_terms,
                            &mut stems.both,
                            text,
                        );
                        (Tokens { words, terms }, cluster_terms)
                    } else {
                        let (words, terms) = analyzer.words_and_terms(&mut stems.model, text);
                        (Tokens { words, terms }, Vec::new())
                    }
                })
            })
            .unzip()
    }

    /// Predicts each new (text, context) of the chunk (`jobs`) in parallel (an error
    /// when an earlier chunk's text cannot be read back).
    fn classify(
        &mut self,
        out: &mut Streamed,
        jobs: &[PredictionKey],
        first_new: usize,
        new: &[Tokens],
    ) -> Result<(), PipelineError> {
        // Texts first seen in an earlier chunk met in a new context: read back from the
        // spill file and tokenized again.
        let old_ids = || {
            jobs.iter()
                .filter(|k| (k.text as usize) < first_new)
                .map(|k| k.text)
        };
        let loaded = (out.texts.load(old_ids())).map_err(|e| out.texts.spill_error(e))?;
        let old: Vec<&str> = old_ids()
            .map(|t| {
                loaded.get(t).ok_or_else(|| {
                    out.texts.spill_error(std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        "a text was missing from its read",
                    ))
                })
            })
            .collect::<Result<_, _>>()?;
        let old_tokens = self.tokenize(&old);
        drop(old);
        let mut old_at = 0;
        let tokens: Vec<&Tokens> = jobs
            .iter()
            .map(|k| match (k.text as usize).checked_sub(first_new) {
                Some(i) => &new[i],
                None => {
                    old_at += 1;
                    &old_tokens[old_at - 1]
                }
            })
            .collect();
        let (texts, sites) = (&out.texts, &out.rows.sites);
        let made: Vec<CompactPrediction> = jobs
            .par_iter()
            .zip(tokens.par_iter())
            .with_min_len(64)
            .map(|(key, tokens)| {
                let context = Context {
                    question_type: key.question_type,
                    rating: key.rating,
                    site: sites.get(key.site),
                };
                let non_answer = texts.non_answer(key.text as usize);
                CompactPrediction::new(&self.model.predict_tokens(tokens, context, non_answer))
            })
            .collect();
        for prediction in &made {
            out.predictions.push(prediction);
        }
        Ok(())
    }
}

/// Keeps the facts of a chunk's rows (`records`, whose texts have ids `text_ids`:
/// the id and whether the row is its text's first copy), in order; returns the rows'
/// indexes (an error when a row's id cannot be written to the spill file).
fn push_rows(
    rows: &mut RowTable,
    questions: &mut QuestionCache,
    records: Vec<Record>,
    text_ids: &[(u32, bool)],
) -> std::io::Result<Vec<usize>> {
    let mut pushed = Vec::with_capacity(records.len());
    for (record, &(text, first_copy)) in records.into_iter().zip(text_ids) {
        let question_type = question_type(record.question.as_deref(), questions);
        pushed.push(rows.push(RowFacts {
            text,
            source: record.source,
            line: record.line,
            id: &record.id,
            date: record.date.as_deref(),
            site: record.site.as_deref(),
            date_iso: record.date_iso.as_deref(),
            carried: record.carried,
            rating: record.rating,
            question_type,
            first_copy,
        })?);
    }
    Ok(pushed)
}

/// Gives every row of the chunk (`rows`) its prediction id, and lists the (text,
/// context) pairs not predicted before, in the order first met.
fn prediction_jobs(
    table: &mut RowTable,
    predictions: &mut Predictions,
    rows: &[usize],
) -> Vec<PredictionKey> {
    let mut jobs: Vec<PredictionKey> = Vec::new();
    for &r in rows {
        let row = *table.pending_row(r);
        let key = PredictionKey {
            text: table.text_of[r],
            site: row.site,
            rating: row.rating,
            question_type: row.question_type,
        };
        let (id, todo) = predictions.id(key, jobs.len());
        if todo {
            jobs.push(key);
        }
        table.set_prediction(r, id);
    }
    jobs
}
