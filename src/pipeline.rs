//! The whole batch job: ingest → clean → redact → text → vectorize → classify + cluster
//! → export. [`run_pipeline`] is what `feedback-themes run` calls.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use indicatif::ParallelProgressIterator;
use rayon::prelude::*;

use crate::classify::{ClassifyInput, SentimentPrediction, ThemeAssignment, ThemeModel};
use crate::clean::{clean_records, CleanRecord, QuestionType};
use crate::cluster::{
    cluster_comments, KMeansError, KMeansParams, SavedClusters, SavedClustersError,
};
use crate::csv_escape::CsvEscape;
use crate::export::{
    self, ClusterRef, Manifest, ManifestInput, ManifestModel, RowCounts, RowMeta, StageTiming,
    TaggedRow, WriteError,
};
use crate::ingest::{read_inputs, IngestError, IngestOptions};
use crate::model::ModelError;
use crate::progress::Progress;
use crate::redact::{RedactedText, Redactor};
use crate::text::{stop_words::CLUSTER_STOP_WORDS, Analyzer, StopWords};
use crate::vectorize::VocabularyBuilder;

/// Everything `run` needs to know.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Input files (CSV or JSON Lines), in order.
    pub inputs: Vec<PathBuf>,
    /// Output folder (created if missing).
    pub out_dir: PathBuf,
    /// Column names and limits for reading.
    pub ingest: IngestOptions,
    /// Model folder.
    pub model_dir: PathBuf,
    /// Clustering hyper-parameters (seed included).
    pub kmeans: KMeansParams,
    /// A previous run's `clusters.json`, to keep cluster ids and names stable.
    pub previous_clusters: Option<PathBuf>,
    /// A hub database to load the written outputs into (`--hub`), when wanted.
    pub hub: Option<PathBuf>,
    /// Whether CSV cells a spreadsheet would run as formulas get a leading `'`.
    pub csv_escape: CsvEscape,
}

/// Why a run failed.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// Reading the inputs failed.
    #[error(transparent)]
    Ingest(#[from] IngestError),
    /// The model folder could not be loaded.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// Clustering parameters were invalid.
    #[error(transparent)]
    Cluster(#[from] KMeansError),
    /// The previous `clusters.json` could not be used.
    #[error(transparent)]
    PreviousClusters(#[from] SavedClustersError),
    /// An output could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// The outputs were written but could not be loaded into the hub.
    #[error("outputs written, but not loaded into the hub")]
    Hub(#[from] crate::hub::HubError),
    /// The output folder could not be made.
    #[error("cannot create output folder {path}")]
    OutDir {
        /// The folder.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
}

impl PipelineError {
    /// True when the user's input or arguments are at fault (exit code 2).
    pub fn is_bad_input(&self) -> bool {
        match self {
            PipelineError::Ingest(e) => e.is_bad_input(),
            PipelineError::Model(_) | PipelineError::PreviousClusters(_) => true,
            PipelineError::Cluster(_) => true,
            PipelineError::Hub(e) => e.is_bad_input(),
            PipelineError::Write(_) | PipelineError::OutDir { .. } => false,
        }
    }
}

/// What a finished run reports back.
#[derive(Debug, Clone)]
pub struct RunReport {
    /// The manifest written.
    pub manifest: Manifest,
    /// What loading the outputs into the hub did, when a hub was given.
    pub hub: Option<crate::hub::LoadReport>,
}

/// A comment after redaction: from here on no raw text exists.
struct RedactedRow {
    clean: CleanMeta,
    text: RedactedText,
    redactions: BTreeMap<&'static str, u32>,
}

/// The non-text parts of a cleaned record.
struct CleanMeta {
    source: u32,
    line: u64,
    id: String,
    question_type: QuestionType,
    flags: Vec<&'static str>,
    skip: bool,
    date: Option<String>,
    site: Option<String>,
    rating: Option<u8>,
    date_iso: Option<String>,
    carried: BTreeMap<String, String>,
}

/// Redacts every cleaned record in parallel; raw text is dropped here.
fn redact_all(
    records: Vec<CleanRecord>,
    redactor: &Redactor,
    progress: &Progress,
) -> Vec<RedactedRow> {
    let bar = progress.stage("redact", records.len() as u64);
    let rows = records
        .into_par_iter()
        .progress_with(bar.clone())
        .map(|c| {
            let (text, counts) = redactor.redact_raw(&c.record.text);
            RedactedRow {
                clean: CleanMeta {
                    source: c.record.source,
                    line: c.record.line,
                    id: c.record.id,
                    question_type: c.question_type,
                    flags: c.flags.names(),
                    skip: c.flags.blank || c.flags.non_answer,
                    date: c.record.date,
                    site: c.record.site,
                    rating: c.record.rating,
                    date_iso: c.record.date_iso,
                    carried: c.record.carried,
                },
                text,
                redactions: counts.into_iter().map(|(k, v)| (k.name(), v)).collect(),
            }
        })
        .collect();
    bar.finish_and_clear();
    rows
}

/// Rounds a score to four decimals so outputs stay short and readable.
fn round4(x: f32) -> f32 {
    (x * 10_000.0).round() / 10_000.0
}

/// Records how long each stage took.
struct Stopwatch {
    last: Instant,
    timings: Vec<StageTiming>,
}

impl Stopwatch {
    fn new() -> Self {
        Stopwatch {
            last: Instant::now(),
            timings: Vec::new(),
        }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.timings.push(StageTiming {
            stage,
            millis: now.duration_since(self.last).as_millis() as u64,
        });
        self.last = now;
    }
}

/// Runs the whole job and writes every output into `opts.out_dir`.
pub fn run_pipeline(opts: &RunOptions, progress: &Progress) -> Result<RunReport, PipelineError> {
    let mut clock = Stopwatch::new();
    let model = ThemeModel::load(&opts.model_dir)?;
    let previous = opts
        .previous_clusters
        .as_deref()
        .map(SavedClusters::read)
        .transpose()?;
    opts.kmeans.check()?;
    clock.lap("load");

    let spinner = progress.stage("ingest", 0);
    let ingested = read_inputs(&opts.inputs, &opts.ingest)?;
    spinner.finish_and_clear();
    clock.lap("ingest");
    let spinner = progress.stage("clean", 0);
    let cleaned = clean_records(ingested.records);
    spinner.finish_and_clear();
    clock.lap("clean");
    let redactor = Redactor::new();
    let rows = redact_all(cleaned, &redactor, progress);
    clock.lap("redact");

    let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
    let analyzer = Analyzer::english().with_extra_stop_words(&StopWords::parse(CLUSTER_STOP_WORDS));
    let spinner = progress.stage("text", 0);
    let terms = analyzer.terms_batch(&texts);
    spinner.finish_and_clear();
    clock.lap("text");

    let eligible: Vec<bool> = rows.iter().map(|r| !r.clean.skip).collect();
    let eligible_docs: Vec<&Vec<String>> = terms
        .iter()
        .zip(&eligible)
        .filter(|(_, e)| **e)
        .map(|(t, _)| t)
        .collect();
    let spinner = progress.stage("vectorize", 0);
    let vocab = VocabularyBuilder {
        min_df: if eligible_docs.len() >= 100 { 2 } else { 1 },
        max_df_ratio: 0.5,
        max_terms: None,
    }
    .fit(&eligible_docs)
    .expect("fixed vocabulary parameters are valid");
    let matrix = vocab.transform(&terms);
    spinner.finish_and_clear();
    clock.lap("vectorize");

    let spinner = progress.stage("classify", 0);
    let inputs: Vec<ClassifyInput> = rows
        .iter()
        .map(|r| ClassifyInput {
            text: &r.text,
            question_type: r.clean.question_type,
            rating: r.clean.rating,
            site: r.clean.site.as_deref(),
            non_answer: r.clean.skip,
        })
        .collect();
    let predictions = model.predict_batch(&inputs);
    drop(inputs);
    spinner.finish_and_clear();
    clock.lap("classify");

    let ids: Vec<&str> = rows.iter().map(|r| r.clean.id.as_str()).collect();
    let spinner = progress.stage("cluster", 0);
    let clustering = cluster_comments(
        &matrix,
        &vocab,
        &eligible,
        &ids,
        &opts.kmeans,
        previous.as_ref(),
    )?;
    spinner.finish_and_clear();
    clock.lap("cluster");

    std::fs::create_dir_all(&opts.out_dir).map_err(|source| PipelineError::OutDir {
        path: opts.out_dir.display().to_string(),
        source,
    })?;
    let files = &ingested.files;
    let tagged: Vec<TaggedRow> = rows
        .into_iter()
        .zip(predictions)
        .zip(&clustering.assignment)
        .map(|((r, p), cluster)| TaggedRow {
            id: r.clean.id,
            text: r.text,
            question_type: r.clean.question_type,
            themes: p
                .themes
                .into_iter()
                .map(|t| ThemeAssignment {
                    score: round4(t.score),
                    ..t
                })
                .collect(),
            sentiment: (!r.clean.skip).then_some(SentimentPrediction {
                score: round4(p.sentiment.score),
                ..p.sentiment
            }),
            cluster: cluster.map(|id| ClusterRef {
                id,
                label: clustering.label_of(id).to_string(),
            }),
            flags: r.clean.flags,
            redactions: r.redactions,
            meta: RowMeta {
                file: files
                    .get(r.clean.source as usize)
                    .map(|f| f.path.clone())
                    .unwrap_or_default(),
                line: r.clean.line,
                date: r.clean.date,
                site: r.clean.site,
                rating: r.clean.rating,
                date_iso: r.clean.date_iso,
                carried: r.clean.carried,
            },
        })
        .collect();
    let spinner = progress.stage("export", 0);
    let out = |name: &str| opts.out_dir.join(name);
    export::write_jsonl(&out("tagged.jsonl"), &tagged)?;
    export::write_csv(&out("tagged.csv"), &tagged, opts.csv_escape)?;
    let quarantined = &ingested.quarantined;
    export::write_quarantine(&out("quarantine.csv"), quarantined, files, opts.csv_escape)?;
    export::write_json(&out("summary.json"), &export::summarise(&tagged))?;
    export::write_json(&out("clusters.json"), &clustering.saved)?;
    spinner.finish_and_clear();
    clock.lap("export");

    let flagged = |f: &str| tagged.iter().filter(|t| t.flags.contains(&f)).count() as u64;
    let manifest = Manifest {
        tool: "feedback-themes",
        tool_version: env!("CARGO_PKG_VERSION"),
        framework: model.manifest().framework.clone(),
        inputs: files.iter().map(ManifestInput::from).collect(),
        rows: RowCounts {
            read: files.iter().map(|f| f.rows_read).sum(),
            tagged: tagged.len() as u64,
            quarantined: ingested.quarantined.len() as u64,
            non_answers: tagged
                .iter()
                .filter(|t| t.flags.contains(&"non_answer") || t.flags.contains(&"blank"))
                .count() as u64,
            duplicates: flagged("duplicate"),
        },
        model: ManifestModel {
            path: opts.model_dir.display().to_string(),
            name: model.manifest().name.clone(),
            version: model.manifest().version.clone(),
        },
        seed: opts.kmeans.seed,
        clusters: clustering.saved.k,
        timings: clock.timings,
        outputs: vec![
            "tagged.jsonl",
            "tagged.csv",
            "quarantine.csv",
            "summary.json",
            "clusters.json",
            "manifest.json",
        ],
    };
    export::write_json(&out("manifest.json"), &manifest)?;
    let hub = opts
        .hub
        .as_deref()
        .map(|hub| crate::hub::load_into(hub, &opts.out_dir))
        .transpose()?;
    Ok(RunReport { manifest, hub })
}

/// The model folder to use: the one given, else `models/default` in the working
/// directory, else the `models/default` shipped beside this crate's sources.
pub fn resolve_model_dir(given: Option<&Path>) -> PathBuf {
    if let Some(dir) = given {
        return dir.to_path_buf();
    }
    let local = PathBuf::from("models/default");
    if local.is_dir() {
        return local;
    }
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/default");
    if shipped.is_dir() {
        shipped
    } else {
        local
    }
}
