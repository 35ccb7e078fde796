//! The export stage of a streamed run: rows encoded straight from their compact forms
//! ([`super::encode`]) in parallel chunks and appended to `tagged.jsonl` / `tagged.csv` in input order,
//! while the summary and the manifest's row counts are added up on the way.

use std::sync::mpsc::{Receiver, SyncSender};

use rayon::prelude::*;

use crate::csv_escape::CsvEscape;

use super::encode::{RowEncoder, RowView};
use super::report_totals::ReportTally;
use super::rows::{CompactRow, RowBatch, RowTable};
use super::stream::Streamed;
use super::text_spill::LoadedTexts;
use super::PipelineError;
use crate::clean::Flags;
use crate::cluster::Clustering;
use crate::export::{EncodedRows, OutputSet, SummaryBuilder, TaggedFiles, WriteError};
use crate::fast_hash::FastHashMap;
use crate::progress::Progress;

/// Rows built and encoded per parallel job.
const JOB_ROWS: usize = 2048;

/// Jobs in flight between writes (bounds the encoded bytes held at once).
const JOBS_PER_BATCH: usize = 16;

/// What writing the tagged rows adds up.
pub(super) struct Written {
    pub(super) summary: SummaryBuilder,
    pub(super) non_answers: u64,
    pub(super) duplicates: u64,
}

/// One encoded job and its counts.
struct Job {
    encoded: EncodedRows,
    summary: SummaryBuilder,
    non_answers: u64,
    duplicates: u64,
}

/// Writes `tagged.jsonl` and `tagged.csv` into the output set, adding each row to
/// `tally` (the report's totals) when given.
pub(super) fn write_tagged(
    set: &OutputSet,
    run: &Streamed,
    clustering: &Clustering,
    escape: CsvEscape,
    progress: &Progress,
    mut tally: Option<&mut ReportTally>,
) -> Result<Written, PipelineError> {
    let files = TaggedFiles::create(&set.file("tagged.jsonl"), &set.file("tagged.csv"))?;
    let n = run.rows.len();
    let bar = progress.rows("export", n as u64);
    // A batch is written by its own thread while the next is read back and encoded: the
    // writes (the kernel's copy into the page cache) no longer leave a core idle.
    let (to_writer, batches) = std::sync::mpsc::sync_channel::<Vec<Result<Job, WriteError>>>(0);
    let (files, written) = std::thread::scope(|scope| -> Result<_, PipelineError> {
        let writer = scope.spawn(move || append_batches(files, batches));
        let encoded = encode_batches(run, clustering, set, escape, &bar, &mut tally, to_writer);
        let appended = writer.join().expect("the writer thread does not panic");
        // A write error stops the encoding, so the writer's error is the one to report.
        let appended = appended?;
        encoded?;
        Ok(appended)
    })?;
    files.commit()?;
    bar.finish_and_clear();
    Ok(written)
}

/// Appends each batch's jobs, in the order sent, to both files and adds up their
/// counts (summaries merged in row order, as before).
fn append_batches(
    mut files: TaggedFiles,
    batches: Receiver<Vec<Result<Job, WriteError>>>,
) -> Result<(TaggedFiles, Written), PipelineError> {
    let mut written = Written {
        summary: SummaryBuilder::default(),
        non_answers: 0,
        duplicates: 0,
    };
    for jobs in batches {
        for job in jobs {
            let job = job?;
            files.write(&job.encoded)?;
            written.summary.merge(job.summary);
            written.non_answers += job.non_answers;
            written.duplicates += job.duplicates;
        }
    }
    Ok((files, written))
}

/// Reads back, encodes (in parallel jobs) and sends to the writer every batch of
/// rows, in order; the report's totals of a batch are added up while the next batch
/// is encoded. Stops early when the writer has stopped (its error is reported).
fn encode_batches(
    run: &Streamed,
    clustering: &Clustering,
    set: &OutputSet,
    escape: CsvEscape,
    bar: &indicatif::ProgressBar,
    tally: &mut Option<&mut ReportTally>,
    to_writer: SyncSender<Vec<Result<Job, WriteError>>>,
) -> Result<(), PipelineError> {
    let labels: FastHashMap<u32, &str> = clustering
        .saved
        .clusters
        .iter()
        .map(|c| (c.id, clustering.label_of(c.id)))
        .collect();
    let n = run.rows.len();
    // The previous batch's first row and facts, not yet added to the report's totals.
    let mut untallied: Option<(usize, RowBatch)> = None;
    for batch_start in (0..n).step_by(JOB_ROWS * JOBS_PER_BATCH) {
        let batch_end = (batch_start + JOB_ROWS * JOBS_PER_BATCH).min(n);
        let read_back = (run.rows.read(batch_start..batch_end))
            .map_err(|e| PipelineError::Write(run.rows.spill_error(e)))?;
        // The batch's texts, read back from the spill file (new texts are neighbours).
        let batch_texts = run.rows.text_of[batch_start..batch_end].iter().copied();
        let texts = (run.texts.load(batch_texts))
            .map_err(|e| PipelineError::Write(run.texts.spill_error(e)))?;
        let batch = Batch {
            labels: &labels,
            texts: &texts,
            rows: &read_back,
            first: batch_start,
        };
        let (jobs, ()) = rayon::join(
            || encode_batch(run, clustering, set, &batch, escape),
            || tally_batch(run, clustering, tally, untallied.take()),
        );
        if to_writer.send(jobs).is_err() {
            return Ok(());
        }
        untallied = Some((batch_start, read_back));
        bar.inc((batch_end - batch_start) as u64);
    }
    tally_batch(run, clustering, tally, untallied);
    Ok(())
}

/// The batch's rows encoded in parallel jobs of [`JOB_ROWS`], in order.
fn encode_batch(
    run: &Streamed,
    clustering: &Clustering,
    set: &OutputSet,
    batch: &Batch<'_>,
    escape: CsvEscape,
) -> Vec<Result<Job, WriteError>> {
    (batch.rows.facts)
        .par_chunks(JOB_ROWS)
        .enumerate()
        .map(|(j, rows)| {
            let first = batch.first + j * JOB_ROWS;
            encode_job(run, clustering, batch, first, rows, escape)
        })
        .map(|job| job.map_err(|source| set_error(set, source)))
        .collect()
}

/// Adds a batch's rows (its first row and facts) to the report's totals, when kept.
fn tally_batch(
    run: &Streamed,
    clustering: &Clustering,
    tally: &mut Option<&mut ReportTally>,
    batch: Option<(usize, RowBatch)>,
) {
    if let (Some(tally), Some((first, rows))) = (tally.as_deref_mut(), batch) {
        tally.add_rows(run, clustering, first, &rows.facts);
    }
}

/// Names the file an encoding error belongs to.
fn set_error(set: &OutputSet, source: std::io::Error) -> WriteError {
    WriteError {
        path: set.file("tagged.jsonl").display().to_string(),
        source,
    }
}

/// What encoding a batch of rows reads besides the run: the clusters' labels, the
/// batch's texts (by text id) and its rows read back (from row `first` on).
struct Batch<'a> {
    labels: &'a FastHashMap<u32, &'a str>,
    texts: &'a LoadedTexts,
    rows: &'a RowBatch,
    first: usize,
}

/// Encodes `rows` (the facts of the rows from `first` on) straight from their
/// compact forms.
fn encode_job(
    run: &Streamed,
    clustering: &Clustering,
    batch: &Batch<'_>,
    first: usize,
    rows: &[CompactRow],
    escape: CsvEscape,
) -> std::io::Result<Job> {
    let mut summary = SummaryBuilder::default();
    let (mut non_answers, mut duplicates) = (0, 0);
    let mut encoder = RowEncoder::new(rows.len(), escape);
    for (i, facts) in (first..).zip(rows) {
        let row = row_view(run, clustering, batch, i, facts)?;
        non_answers += u64::from(row.flags.non_answer || row.flags.blank);
        duplicates += u64::from(row.flags.duplicate);
        encoder.push(&row, &mut summary)?;
    }
    let (jsonl, csv) = encoder.finish()?;
    Ok(Job {
        encoded: EncodedRows { jsonl, csv },
        summary,
        non_answers,
        duplicates,
    })
}

/// Row `i` (its facts `row`) as written, borrowed from the run's compact forms and
/// the batch's texts and rows (an error when its text was not read: it always is).
fn row_view<'a>(
    run: &'a Streamed,
    clustering: &Clustering,
    batch: &Batch<'a>,
    i: usize,
    row: &CompactRow,
) -> std::io::Result<RowView<'a>> {
    let table: &RowTable = &run.rows;
    let texts = &run.texts;
    let text = table.text_of[i];
    let t = text as usize;
    let labels = batch.labels;
    let not_read =
        || std::io::Error::new(std::io::ErrorKind::NotFound, "a row's text was not read");
    Ok(RowView {
        id: batch.rows.id(i - batch.first),
        text: batch.texts.get(text).ok_or_else(not_read)?,
        question_type: row.question_type,
        prediction: run.predictions.get(table.prediction_of[i] as usize),
        flags: Flags {
            blank: texts.blank(t),
            non_answer: texts.non_answer(t),
            duplicate: texts.duplicate(t, row.first_copy),
        },
        cluster: clustering
            .assignment
            .get(i)
            .map(|id| (id, labels.get(&id).copied().unwrap_or(""))),
        redactions: texts.redactions(t),
        file: run
            .files
            .get(row.source as usize)
            .map_or("", |f| f.path.as_str()),
        line: row.line,
        date: table.date(row),
        site: table.site(row),
        rating: row.rating,
        date_iso: table.date_iso(row),
        carried: table.carried(row),
    })
}
