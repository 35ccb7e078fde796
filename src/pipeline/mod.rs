//! The whole batch job: ingest → clean → redact → text → classify, streamed in chunks
//! (`stream`), then vectorize → cluster (`vectors`) → export (`write`) from the
//! compact forms kept (`rows`, `texts`, `predictions`). [`run_pipeline`] is what
//! `feedback-themes run` calls; each stage is its own function.

mod buckets;
mod encode;
mod interner;
mod predictions;
mod report_totals;
mod rows;
mod stopwatch;
mod stream;
mod text_spill;
mod texts;
mod vectors;
mod write;

use std::path::{Path, PathBuf};

use crate::classify::ThemeModel;
use crate::cluster::space::cluster_analyzer;
use crate::cluster::{
    cluster_comments, ClusterInput, Clustering, KMeansError, KMeansParams, SavedClusters,
    SavedClustersError, ValidKMeansParams,
};
use crate::export::output_set::{REPORT_FILE, RUN_OUTPUTS};
use crate::export::{
    self, Manifest, ManifestInput, ManifestModel, OutputSet, OutputSetError, RowCounts, WriteError,
};
use crate::ingest::{IngestError, IngestOptions};
use crate::model::ModelError;
use crate::progress::Progress;
use stopwatch::Stopwatch;
use stream::Streamed;

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
    /// Whether CSV cells that a spreadsheet would run as formulas get a leading `'`.
    pub csv_escape: crate::csv_escape::CsvEscape,
    /// Whether to write `report.html` (the HTML report on this run) into the set.
    pub report: bool,
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
    #[error("clustering: {0}")]
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
    /// The HTML report on the run could not be made (nothing was swapped in).
    #[error("the HTML report could not be made (use --no-report to skip it)")]
    Report(#[source] crate::hub::HubError),
    /// The output folder cannot take a new set, or the set could not be swapped in.
    #[error(transparent)]
    Output(#[from] OutputSetError),
}

impl PipelineError {
    /// True when the user's input or arguments are at fault (exit code 2).
    pub fn is_bad_input(&self) -> bool {
        match self {
            PipelineError::Ingest(e) => e.is_bad_input(),
            PipelineError::Model(_) | PipelineError::PreviousClusters(_) => true,
            PipelineError::Cluster(_) => true,
            PipelineError::Output(e) => e.is_bad_input(),
            PipelineError::Hub(e) | PipelineError::Report(e) => e.is_bad_input(),
            PipelineError::Write(_) => false,
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

/// What a run loads before reading its inputs.
struct Loaded {
    model: ThemeModel,
    previous: Option<SavedClusters>,
    kmeans: ValidKMeansParams,
}

/// Loads the model and the previous clusters, and checks the clustering parameters.
fn load(opts: &RunOptions) -> Result<Loaded, PipelineError> {
    let model = ThemeModel::load(&opts.model_dir)?;
    let previous = opts
        .previous_clusters
        .as_deref()
        .map(SavedClusters::read)
        .transpose()?;
    let kmeans = opts.kmeans.check()?;
    Ok(Loaded {
        model,
        previous,
        kmeans,
    })
}

/// Rows the progress bar of the streamed stages expects: the inputs' line count (a
/// close estimate, since a quoted field may span lines), counted only when bars show.
fn progress_estimate(opts: &RunOptions, progress: &Progress) -> u64 {
    if !progress.is_enabled() {
        return 0;
    }
    opts.inputs.iter().map(|path| count_lines(path)).sum()
}

/// Newlines in a file, read in blocks (0 when it cannot be read: the reader will say).
fn count_lines(path: &Path) -> u64 {
    use std::io::Read;
    let Ok(mut file) = std::fs::File::open(path) else {
        return 0;
    };
    let mut block = vec![0u8; 1 << 20];
    let mut lines = 0u64;
    while let Ok(n @ 1..) = file.read(&mut block) {
        lines += block[..n].iter().filter(|&&b| b == b'\n').count() as u64;
    }
    lines
}

/// Clusters the scored rows (blanks and non-answers left out) on their terms and the
/// classifier's theme scores; texts and predictions are read once per distinct one.
fn cluster(
    run: &Streamed,
    params: &ValidKMeansParams,
    previous: Option<&SavedClusters>,
    clock: &mut Stopwatch,
    progress: &Progress,
) -> Clustering {
    let spinner = progress.stage("vectorize", 0);
    let vocab = vectors::fit_vocabulary(&run.texts);
    let matrix = vectors::TextRows::new(&run.texts, &vocab);
    spinner.finish_and_clear();
    clock.lap("vectorize");
    let spinner = progress.stage("cluster", 0);
    let table = &run.rows;
    let eligible: Vec<bool> = (table.text_of.iter())
        .map(|&t| !run.texts.non_answer(t as usize))
        .collect();
    let sentiments: Vec<_> = (run.predictions.sentiments().iter())
        .map(|s| Some(s.label))
        .collect();
    let analyzer = cluster_analyzer();
    let input = ClusterInput {
        rows: &matrix,
        vocab: &vocab,
        eligible: &eligible,
        ids: &run.rows,
        text_of: &table.text_of,
        texts: &run.texts,
        analyzer: &analyzer,
        guide_of: &table.prediction_of,
        themes: &run.predictions,
        sentiments: &sentiments,
    };
    let clustering = cluster_comments(&input, params, previous);
    spinner.finish_and_clear();
    clock.lap("cluster");
    clustering
}

/// Runs the whole job and writes every output into `opts.out_dir`, as one set: the
/// folder holds the previous outputs until the new ones are all written.
pub fn run_pipeline(opts: &RunOptions, progress: &Progress) -> Result<RunReport, PipelineError> {
    let mut clock = Stopwatch::new();
    let set = OutputSet::begin(&opts.out_dir)?;
    let Loaded {
        model,
        previous,
        kmeans,
    } = load(opts)?;
    clock.lap("load");

    let mut run = stream::stream_inputs(opts, set.staging_dir(), &model, progress)?;
    let streamed = run.timings;
    clock.record("ingest", streamed.ingest);
    clock.record("clean", streamed.clean);
    clock.record("redact", streamed.redact);
    clock.record("text", streamed.text);
    clock.record("classify", streamed.classify);

    let mut clustering = cluster(&run, &kmeans, previous.as_ref(), &mut clock, progress);
    if let Some(e) = run.texts.read_failure() {
        return Err(run.texts.spill_error(e).into());
    }
    if let Some(e) = run.rows.read_failure() {
        return Err(run.rows.spill_error(e).into());
    }
    run.texts.drop_terms();

    let mut tally = opts.report.then(|| report_totals::ReportTally::new(&run));
    let written = write::write_tagged(
        &set,
        &run,
        &clustering,
        opts.csv_escape,
        progress,
        tally.as_mut(),
    )?;
    export::write_quarantine(
        &set.file("quarantine.csv"),
        &run.quarantined,
        &run.files,
        opts.csv_escape,
    )?;
    export::write_json(&set.file("summary.json"), &written.summary.finish())?;
    export::write_json(&set.file("clusters.json"), &clustering.saved)?;
    clock.lap("export");
    drop_export_columns(&mut run, &mut clustering);

    let files = &run.files;
    let manifest = Manifest {
        tool: "feedback-themes",
        tool_version: env!("CARGO_PKG_VERSION"),
        framework: model.manifest().framework.clone(),
        inputs: files.iter().map(ManifestInput::from).collect(),
        rows: RowCounts {
            read: files.iter().map(|f| f.rows_read).sum(),
            tagged: run.rows.len() as u64,
            quarantined: run.quarantined.len() as u64,
            non_answers: written.non_answers,
            duplicates: written.duplicates,
        },
        model: ManifestModel {
            path: opts.model_dir.display().to_string(),
            name: model.manifest().name.clone(),
            version: model.manifest().version.clone(),
        },
        seed: opts.kmeans.seed,
        clusters: clustering.saved.k,
        cluster_fit: clustering.fit_scope,
        timings: clock.into_timings(),
        outputs: RUN_OUTPUTS
            .iter()
            .copied()
            .chain(opts.report.then_some(REPORT_FILE))
            .collect(),
    };
    export::write_json(&set.file("manifest.json"), &manifest)?;
    if let Some(mut tally) = tally {
        let model = format!("{} {}", manifest.model.name, manifest.model.version);
        let quoted =
            (run.texts.load(tally.quoted_texts())).map_err(|e| run.texts.spill_error(e))?;
        let totals = tally.finish(&run, &clustering, model, &quoted)?;
        write_report(&set, &opts.out_dir, totals)?;
    }
    set.commit()?;
    let hub = opts
        .hub
        .as_deref()
        .map(|hub| crate::hub::load_into(hub, &opts.out_dir))
        .transpose()?;
    Ok(RunReport { manifest, hub })
}

/// Frees what only clustering and export read, per row or per distinct text (rows'
/// text, prediction and cluster ids; texts' flags and redaction counts; the
/// predictions), so the report and the manifest run without them: the run's peak
/// memory then stays in streaming however many rows there are.
fn drop_export_columns(run: &mut Streamed, clustering: &mut Clustering) {
    run.rows.drop_columns();
    run.texts.drop_facts();
    run.predictions = predictions::Predictions::default();
    clustering.assignment = crate::cluster::Assignment::default();
}

/// Writes `report.html` into the set, so the report is swapped in with the rest or not
/// at all: made from the run's own totals (`totals`), the same page `report --tagged`
/// makes from the written files; from the written files when there are no totals
/// (rows sharing an id).
fn write_report(
    set: &OutputSet,
    out_dir: &Path,
    totals: Option<crate::report::RunTotals<'_>>,
) -> Result<(), PipelineError> {
    let name = out_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| out_dir.display().to_string());
    let query = crate::report::ReportQuery::default();
    let html = match totals {
        Some(totals) => crate::report::report_from_totals(&totals, &name, &query),
        None => crate::report::report_on_run_folder(&set.file("tagged.jsonl"), &name, &query),
    }
    .map_err(PipelineError::Report)?;
    let path = set.file(REPORT_FILE);
    std::fs::write(&path, html).map_err(|source| WriteError {
        path: path.display().to_string(),
        source,
    })?;
    Ok(())
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
