//! `feedback-themes train-pii --background QDC.csv [...]`: train the person-name tagger
//! on generated comments (real PII-free comments with names written in), measure it on
//! held-out families, names and comments, and write `tagger.bin` and `manifest.json`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use feedback_themes::eval::pii::{counts_by_kind, evaluate, GoldComment, PiiReport};
use feedback_themes::ingest::hashing_reader::sha256_hex;
use feedback_themes::redact::person::tagger::train::{train, TrainOptions};
use feedback_themes::redact::person::{corpus_counts, PersonTagger};
use feedback_themes::redact::pii_corpus::families::{Split, FAMILIES};
use feedback_themes::redact::pii_corpus::names::{
    own_names_round, pool, NamePool, NameSources, RoundLists,
};
use feedback_themes::redact::pii_corpus::{generate, Background, Generated};
use feedback_themes::redact::Redactor;

use super::{CliError, CliResult};

mod replay;
mod round_names;

use round_names::ROUND_NAME_FILES;

/// A measuring round's name source that may also give training names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RoundNames {
    /// The sixth round's: npm `chance` and `handwritten_round6_names.txt`.
    Chance,
    /// The seventh round's: npm `@faker-js/faker` and `handwritten_round7_names.txt`.
    Fakerjs,
    /// The eighth round's: npm `random-name` (the Moby names) and `handwritten_round8_names.txt`.
    RandomName,
    /// None of them (the lexicons and Faker lists alone, as before the ninth round).
    None,
}

impl RoundNames {
    /// The split whose name pool this source makes.
    fn split(self) -> Option<Split> {
        match self {
            RoundNames::Chance => Some(Split::Round6),
            RoundNames::Fakerjs => Some(Split::Round7),
            RoundNames::RandomName => Some(Split::Round8),
            RoundNames::None => None,
        }
    }

    /// The flag value, for the manifest's command.
    fn flag(self) -> &'static str {
        match self {
            RoundNames::Chance => "chance",
            RoundNames::Fakerjs => "fakerjs",
            RoundNames::RandomName => "random-name",
            RoundNames::None => "none",
        }
    }

    /// Where its names come from, for the manifest.
    fn provenance(self) -> &'static str {
        match self {
            RoundNames::Chance => "the sixth round's names: lexicons/names/training/chance_*.txt (npm chance 1.1.13, MIT) and handwritten_round6_names.txt, minus every name of every earlier list and every English word",
            RoundNames::Fakerjs => "the seventh round's names: lexicons/names/training/fakerjs_*.txt (npm @faker-js/faker 10.6.0, MIT) and handwritten_round7_names.txt, minus every name of every earlier list and every English word",
            RoundNames::RandomName => "the eighth round's names: lexicons/names/training/randomname_*.txt (npm random-name 0.1.2, MIT; Moby Word List names, public domain) and handwritten_round8_names.txt, minus every name of every other list and every English word",
            RoundNames::None => "no measuring round's names",
        }
    }
}

/// Arguments of `train-pii`.
#[derive(Debug, Args)]
pub struct TrainPiiArgs {
    /// CSV of real comments used as PII-free background (e.g. ../shared/data/qdc/qdc_v6_dev.csv).
    #[arg(long)]
    pub background: PathBuf,
    /// The background file's text column.
    #[arg(long, default_value = "FFT answer")]
    pub text_col: String,
    /// Folder of the name lexicons (first_names.txt, surnames.txt, word_names.txt, english_words.txt).
    #[arg(long, default_value = "lexicons/names")]
    pub lexicons: PathBuf,
    /// Folder of the training and held-out name lists (faker_*.txt, mimesis_*.txt).
    #[arg(long, default_value = "lexicons/names/training")]
    pub names: PathBuf,
    /// Where to write tagger.bin and manifest.json.
    #[arg(long, default_value = "models/pii")]
    pub out: PathBuf,
    /// Generated training comments.
    #[arg(long, default_value_t = 60_000)]
    pub train_comments: usize,
    /// Generated tuning comments, and as many held-out comments.
    #[arg(long, default_value_t = 4_000)]
    pub heldout_comments: usize,
    /// Also measure on the held-out families, names and comments, the never-tuned
    /// hundred-and-twenty-fifth round and the never-tuned decoy set included (do this once, for the model
    /// you ship: looking at held-out figures while developing makes them tuned).
    #[arg(long)]
    pub final_figures: bool,
    /// Also measure on the earlier rounds' families, all already seen (first to
    /// hundred-and-twenty-fourth round), but not on the never-tuned hundred-and-twenty-fifth round nor the decoy set:
    /// for development.
    #[arg(long, conflicts_with = "final_figures")]
    pub seen_figures: bool,
    /// Passes over the training comments.
    #[arg(long, default_value_t = 8)]
    pub epochs: usize,
    /// Share of training token visits in which all of a token's lexicon features (list
    /// membership, frequency rank, dictionary identity) sit out, so that spelling and
    /// context must find names no list holds (0 for none).
    #[arg(long, default_value_t = 0.0, value_parser = share_of_one)]
    pub lexicon_dropout: f64,
    /// Added to the score of the name tags of every candidate word: a leaked name is worse
    /// than a redacted word, and a larger bias redacts more words. When not given, it is
    /// chosen on the tuning comments (never the held-out ones): the smallest of 0, 1, 2 …
    /// 40 (the fewest redacted words) whose tuning person recall reaches --tune-recall and
    /// person leak stays within --tune-leak. With --tagger, the file's own bias is kept
    /// unless this or --rechoose-bias is given.
    #[arg(long)]
    pub name_bias: Option<f32>,
    /// With --tagger: choose the name bias on the tuning comments (as when training)
    /// instead of keeping the one stored in the weight file.
    #[arg(long, requires = "tagger", conflicts_with = "name_bias")]
    pub rechoose_bias: bool,
    /// Person recall the chosen name bias must reach on the tuning comments.
    #[arg(long, default_value_t = 0.99)]
    pub tune_recall: f64,
    /// Person leak rate the chosen name bias must not exceed on the tuning comments.
    #[arg(long, default_value_t = 0.005)]
    pub tune_leak: f64,
    /// Measuring rounds whose given names and surnames are also training names (comma
    /// separated, e.g. `chance,fakerjs,random-name`; the default `none` trains on the
    /// lexicons and Faker lists alone, as the shipped weights were). Those rounds' person
    /// recall then no longer measures unseen names; leave one out to measure how the
    /// tagger does on a name source it never saw (e.g. `chance,fakerjs` and read the
    /// eighth round). The tuning and held-out (mimesis) names are never added.
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [RoundNames::None])]
    pub train_names_from: Vec<RoundNames>,
    /// Comments written from each seen measuring round's families (on the training part
    /// of the background, with that round's own names) added to the training comments, so
    /// that the tagger learns from every phrasing and look-alike already read (0 for none,
    /// as the shipped weights were trained). The never-tuned round is never added.
    #[arg(long, default_value_t = 0)]
    pub train_on_seen_rounds: usize,
    /// With --train-on-seen-rounds: add only the seen rounds numbered up to this one (the
    /// first round is 1), so the later seen rounds measure the tagger on phrasings and
    /// look-alikes it never saw (their rules may have been read; their tagger not).
    /// Default: every seen round.
    #[arg(long, requires = "train_on_seen_rounds")]
    pub train_on_rounds_through: Option<usize>,
    /// Seed of generation and training.
    #[arg(long, default_value_t = 20_261_129)]
    pub seed: u64,
    /// Also write the tuning comments (gold format) here, for `eval pii --gold`.
    #[arg(long)]
    pub tune_gold: Option<PathBuf>,
    /// Also write the seen rounds' comments (gold format, first to hundred-and-twenty-fourth round; the
    /// hundred-and-twenty-fourth was measured at the end of the hundred-and-twenty-fourth round, so it is seen
    /// from the hundred-and-twenty-fifth) into this folder, one file per round, for `eval pii --gold` while
    /// developing.
    #[arg(long)]
    pub seen_gold: Option<PathBuf>,
    /// Measure this weight file (with its own name bias) instead of training one: the
    /// same comments and figures, so a shipped model can be measured with changed rules
    /// or on new families. The file is written to --out unchanged.
    #[arg(long)]
    pub tagger: Option<PathBuf>,
}

fn read(path: &Path) -> Result<String, CliError> {
    std::fs::read_to_string(path).map_err(|e| {
        CliError::BadInput(anyhow::Error::new(e).context(format!(
            "cannot read {}: pass --lexicons / --names with the folders of the name lists",
            path.display()
        )))
    })
}

/// The text column of a CSV, every row (never printed).
fn read_background(path: &Path, column: &str) -> Result<Vec<String>, CliError> {
    let bad = |e: anyhow::Error| CliError::BadInput(e);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .with_context(|| format!("cannot open background CSV {}", path.display()))
        .map_err(bad)?;
    let headers = reader
        .byte_headers()
        .with_context(|| format!("cannot read the header of {}", path.display()))
        .map_err(bad)?
        .clone();
    let index = headers
        .iter()
        .position(|h| String::from_utf8_lossy(h).trim() == column)
        .ok_or_else(|| {
            bad(anyhow::anyhow!(
                "{}: no column named {column:?}; pass --text-col",
                path.display()
            ))
        })?;
    let mut out = Vec::new();
    for (n, row) in reader.byte_records().enumerate() {
        let row = row
            .with_context(|| format!("{}: CSV row {} is malformed", path.display(), n + 2))
            .map_err(bad)?;
        if let Some(field) = row.get(index) {
            out.push(String::from_utf8_lossy(field).into_owned());
        }
    }
    Ok(out)
}

/// The figures worth keeping from a report.
fn figures(report: &PiiReport) -> serde_json::Value {
    let person = report.per_type.get("PERSON");
    let structured: serde_json::Map<String, serde_json::Value> = report
        .per_type
        .iter()
        .filter(|(k, _)| k.as_str() != "PERSON")
        .map(|(k, v)| {
            (
                k.clone(),
                serde_json::json!({"recall": v.recall, "spans": v.gold_spans}),
            )
        })
        .collect();
    serde_json::json!({
        "comments": report.comments,
        "person_recall": person.map(|p| p.recall),
        "person_spans": person.map(|p| p.gold_spans),
        "person_caught": person.map(|p| p.caught),
        "person_leak_rate": person.map(|p| p.leak_rate),
        "overall_leak_rate": report.overall.leak_rate,
        "overall_recall": report.overall.recall,
        "pii_free_comments": report.pii_free_comments,
        "pii_free_touched": report.pii_free_with_redaction,
        "pii_free_touched_rate": report.pii_free_redaction_rate,
        "plain_comments": report.plain_comments,
        "plain_touched": report.plain_with_redaction,
        "plain_touched_rate": report.plain_redaction_rate,
        "decoys": report.decoys,
        "decoys_touched": report.decoys_touched,
        "decoy_touch_rate": report.decoy_touch_rate,
        "decoys_touched_by_kind": report.decoys_touched_by_kind,
        "structured": structured,
    })
}

fn print_figures(label: &str, report: &PiiReport) {
    let person = report.per_type.get("PERSON");
    eprintln!(
        "{label}: person recall {:.2}% ({} / {}), overall leak {:.3}%, PII-free touched {} / {} (with no look-alike {} / {}), decoys touched {} / {}",
        person.map_or(0.0, |p| p.recall * 100.0),
        person.map_or(0, |p| p.caught),
        person.map_or(0, |p| p.gold_spans),
        report.overall.leak_rate * 100.0,
        report.pii_free_with_redaction,
        report.pii_free_comments,
        report.plain_with_redaction,
        report.plain_comments,
        report.decoys_touched,
        report.decoys
    );
    for (kind, score) in &report.per_type {
        eprintln!(
            "  {kind}: recall {:.2}% of {}",
            score.recall * 100.0,
            score.gold_spans
        );
    }
    if !report.decoys_touched_by_kind.is_empty() {
        eprintln!(
            "  decoys touched by kind: {}",
            counts_by_kind(&report.decoys_touched_by_kind)
        );
    }
}

/// The smallest name bias (0, 1 … 40) whose person recall on the tuning comments reaches
/// `recall` with a person leak rate within `leak`; the largest tried when none does.
fn choose_bias(
    tagger: &PersonTagger,
    tune: &[GoldComment],
    recall: f64,
    leak: f64,
    quiet: bool,
) -> f32 {
    const LARGEST: u8 = 40;
    for step in 0..=LARGEST {
        let bias = f32::from(step);
        let redactor = Redactor::with_person_tagger(Some(tagger.clone().with_name_bias(bias)));
        let (report, _, _) = evaluate(&redactor, tune);
        let Some(person) = report.per_type.get("PERSON") else {
            continue;
        };
        if !quiet {
            eprintln!(
                "name bias {bias}: tune person recall {:.2}%, person leak {:.3}%, PII-free touched {} / {}, decoys {} / {}",
                person.recall * 100.0,
                person.leak_rate * 100.0,
                report.pii_free_with_redaction,
                report.pii_free_comments,
                report.decoys_touched,
                report.decoys
            );
        }
        if person.recall >= recall && person.leak_rate <= leak {
            return bias;
        }
    }
    f32::from(LARGEST)
}

/// Where the name bias came from, for the manifest.
fn bias_provenance(args: &TrainPiiArgs) -> String {
    let rule = format!(
        "tuning comments: smallest bias with person recall >= {} and person leak <= {}",
        args.tune_recall, args.tune_leak
    );
    match (&args.tagger, args.name_bias) {
        (_, Some(_)) => "given on the command line".to_string(),
        (Some(path), None) => {
            let file = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            if args.rechoose_bias {
                format!("{rule} (weights from {file}, measured, not trained, by this command)")
            } else {
                format!("the weight file {file} (measured, not trained, by this command)")
            }
        }
        (None, None) => rule,
    }
}

/// Comments written from every seen measuring round's families, `per_round` of each, for
/// training: on the training part of the background (never the held-out comments the
/// rounds are measured on) and with each round's own names, which no other list holds. The
/// never-tuned round and the decoy set are not among them, so they still measure phrasings,
/// look-alikes and names the tagger never saw. Each round gets its own seed, clear of the
/// seeds that write the measuring sets.
fn seen_rounds_for_training(
    pools: &[NamePool],
    train_background: &[String],
    per_round: usize,
    through: Option<usize>,
    seed: u64,
) -> Vec<Generated> {
    if per_round == 0 {
        return Vec::new();
    }
    let through = through.unwrap_or(SEEN_ROUNDS.len());
    SEEN_ROUNDS
        .iter()
        .enumerate()
        .filter(|(newest_first, _)| SEEN_ROUNDS.len() - newest_first <= through)
        .flat_map(|(_, r)| {
            generate(
                r.split,
                &pools[r.split as usize],
                train_background,
                per_round,
                seed.wrapping_add(SEEN_ROUND_TRAINING_SEEDS + r.split as u64),
            )
        })
        .collect()
}

/// Added to the seed (with the round's place in `Split::ALL`) to write a seen round's
/// training comments: far above every split's own offset, so no measuring set shares a seed.
const SEEN_ROUND_TRAINING_SEEDS: u64 = 1_000;

/// The flags after `--seed` that reproduce the manifest's training names and name bias.
fn extra_flags(args: &TrainPiiArgs) -> String {
    let sources: Vec<&str> = args.train_names_from.iter().map(|r| r.flag()).collect();
    let mut out = format!(" --train-names-from {}", sources.join(","));
    if args.train_on_seen_rounds > 0 {
        out.push_str(&format!(
            " --train-on-seen-rounds {}",
            args.train_on_seen_rounds
        ));
        if let Some(through) = args.train_on_rounds_through {
            out.push_str(&format!(" --train-on-rounds-through {through}"));
        }
    }
    if args.tagger.is_some() {
        out.push_str(" --tagger tagger.bin");
    }
    if args.rechoose_bias {
        out.push_str(" --rechoose-bias");
    }
    if let Some(bias) = args.name_bias {
        out.push_str(&format!(" --name-bias {bias}"));
    }
    out
}

/// The manifest beside a `--tagger` weight file, if there is one that parses: its replay
/// record is kept when it describes the bytes written.
fn previous_manifest(tagger: Option<&Path>) -> Option<serde_json::Value> {
    let path = tagger?.parent()?.join("manifest.json");
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// The measuring round never tuned on: measured only by `--final-figures`.
const NEVER_TUNED: Split = Split::Round125;

/// The second never-tuned set: look-alikes of the kinds a redactor may take for PII, each
/// marked with its kind (durations, wards, times, doses, reference numbers...), written
/// blind. Measured only by `--final-figures`, never written by `--seen-gold`.
const NEVER_TUNED_DECOYS: Split = Split::Decoys20;

/// How many comments the decoy set holds (fixed, not `--heldout-comments`, so the set is
/// the same whatever the other sets' size).
const DECOY_SET_COMMENTS: usize = 1_500;

/// A measuring round that has been seen: measured by `--seen-figures` and
/// `--final-figures`, written by `--seen-gold`, and named so in the manifest.
struct SeenRound {
    /// Its families and names.
    split: Split,
    /// How its figures are headed on the terminal.
    label: &'static str,
    /// Its gold file under `--seen-gold`.
    gold_file: &'static str,
    /// The manifest key of its figures.
    figures_key: &'static str,
    /// The manifest key of its family names (under `data.families`).
    families_key: &'static str,
    /// The manifest key of its comment count (under `data.generated`).
    comments_key: &'static str,
}

/// The seen rounds, newest first (the order their figures print in). A round moves here
/// from [`NEVER_TUNED`] once its never-tuned figures have been measured.
const SEEN_ROUNDS: [SeenRound; 124] = [
    SeenRound {
        split: Split::Round124,
        label: "hundred-and-twenty-fourth-round families (seen)",
        gold_file: "round124.jsonl",
        figures_key: "hundred_and_twenty_fourth_round_figures_seen",
        families_key: "hundred_and_twenty_fourth_round_seen",
        comments_key: "hundred_and_twenty_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round123,
        label: "hundred-and-twenty-third-round families (seen)",
        gold_file: "round123.jsonl",
        figures_key: "hundred_and_twenty_third_round_figures_seen",
        families_key: "hundred_and_twenty_third_round_seen",
        comments_key: "hundred_and_twenty_third_round_comments",
    },
    SeenRound {
        split: Split::Round122,
        label: "hundred-and-twenty-second-round families (seen)",
        gold_file: "round122.jsonl",
        figures_key: "hundred_and_twenty_second_round_figures_seen",
        families_key: "hundred_and_twenty_second_round_seen",
        comments_key: "hundred_and_twenty_second_round_comments",
    },
    SeenRound {
        split: Split::Round121,
        label: "hundred-and-twenty-first-round families (seen)",
        gold_file: "round121.jsonl",
        figures_key: "hundred_and_twenty_first_round_figures_seen",
        families_key: "hundred_and_twenty_first_round_seen",
        comments_key: "hundred_and_twenty_first_round_comments",
    },
    SeenRound {
        split: Split::Round120,
        label: "hundred-and-twentieth-round families (seen)",
        gold_file: "round120.jsonl",
        figures_key: "hundred_and_twentieth_round_figures_seen",
        families_key: "hundred_and_twentieth_round_seen",
        comments_key: "hundred_and_twentieth_round_comments",
    },
    SeenRound {
        split: Split::Round119,
        label: "hundred-and-nineteenth-round families (seen)",
        gold_file: "round119.jsonl",
        figures_key: "hundred_and_nineteenth_round_figures_seen",
        families_key: "hundred_and_nineteenth_round_seen",
        comments_key: "hundred_and_nineteenth_round_comments",
    },
    SeenRound {
        split: Split::Round118,
        label: "hundred-and-eighteenth-round families (seen)",
        gold_file: "round118.jsonl",
        figures_key: "hundred_and_eighteenth_round_figures_seen",
        families_key: "hundred_and_eighteenth_round_seen",
        comments_key: "hundred_and_eighteenth_round_comments",
    },
    SeenRound {
        split: Split::Round117,
        label: "hundred-and-seventeenth-round families (seen)",
        gold_file: "round117.jsonl",
        figures_key: "hundred_and_seventeenth_round_figures_seen",
        families_key: "hundred_and_seventeenth_round_seen",
        comments_key: "hundred_and_seventeenth_round_comments",
    },
    SeenRound {
        split: Split::Round116,
        label: "hundred-and-sixteenth-round families (seen)",
        gold_file: "round116.jsonl",
        figures_key: "hundred_and_sixteenth_round_figures_seen",
        families_key: "hundred_and_sixteenth_round_seen",
        comments_key: "hundred_and_sixteenth_round_comments",
    },
    SeenRound {
        split: Split::Round115,
        label: "hundred-and-fifteenth-round families (seen)",
        gold_file: "round115.jsonl",
        figures_key: "hundred_and_fifteenth_round_figures_seen",
        families_key: "hundred_and_fifteenth_round_seen",
        comments_key: "hundred_and_fifteenth_round_comments",
    },
    SeenRound {
        split: Split::Round114,
        label: "hundred-and-fourteenth-round families (seen)",
        gold_file: "round114.jsonl",
        figures_key: "hundred_and_fourteenth_round_figures_seen",
        families_key: "hundred_and_fourteenth_round_seen",
        comments_key: "hundred_and_fourteenth_round_comments",
    },
    SeenRound {
        split: Split::Round113,
        label: "hundred-and-thirteenth-round families (seen)",
        gold_file: "round113.jsonl",
        figures_key: "hundred_and_thirteenth_round_figures_seen",
        families_key: "hundred_and_thirteenth_round_seen",
        comments_key: "hundred_and_thirteenth_round_comments",
    },
    SeenRound {
        split: Split::Round112,
        label: "hundred-and-twelfth-round families (seen)",
        gold_file: "round112.jsonl",
        figures_key: "hundred_and_twelfth_round_figures_seen",
        families_key: "hundred_and_twelfth_round_seen",
        comments_key: "hundred_and_twelfth_round_comments",
    },
    SeenRound {
        split: Split::Round111,
        label: "hundred-and-eleventh-round families (seen)",
        gold_file: "round111.jsonl",
        figures_key: "hundred_and_eleventh_round_figures_seen",
        families_key: "hundred_and_eleventh_round_seen",
        comments_key: "hundred_and_eleventh_round_comments",
    },
    SeenRound {
        split: Split::Round110,
        label: "hundred-and-tenth-round families (seen)",
        gold_file: "round110.jsonl",
        figures_key: "hundred_and_tenth_round_figures_seen",
        families_key: "hundred_and_tenth_round_seen",
        comments_key: "hundred_and_tenth_round_comments",
    },
    SeenRound {
        split: Split::Round109,
        label: "hundred-and-ninth-round families (seen)",
        gold_file: "round109.jsonl",
        figures_key: "hundred_and_ninth_round_figures_seen",
        families_key: "hundred_and_ninth_round_seen",
        comments_key: "hundred_and_ninth_round_comments",
    },
    SeenRound {
        split: Split::Round108,
        label: "hundred-and-eighth-round families (seen)",
        gold_file: "round108.jsonl",
        figures_key: "hundred_and_eighth_round_figures_seen",
        families_key: "hundred_and_eighth_round_seen",
        comments_key: "hundred_and_eighth_round_comments",
    },
    SeenRound {
        split: Split::Round107,
        label: "hundred-and-seventh-round families (seen)",
        gold_file: "round107.jsonl",
        figures_key: "hundred_and_seventh_round_figures_seen",
        families_key: "hundred_and_seventh_round_seen",
        comments_key: "hundred_and_seventh_round_comments",
    },
    SeenRound {
        split: Split::Round106,
        label: "hundred-and-sixth-round families (seen)",
        gold_file: "round106.jsonl",
        figures_key: "hundred_and_sixth_round_figures_seen",
        families_key: "hundred_and_sixth_round_seen",
        comments_key: "hundred_and_sixth_round_comments",
    },
    SeenRound {
        split: Split::Round105,
        label: "hundred-and-fifth-round families (seen)",
        gold_file: "round105.jsonl",
        figures_key: "hundred_and_fifth_round_figures_seen",
        families_key: "hundred_and_fifth_round_seen",
        comments_key: "hundred_and_fifth_round_comments",
    },
    SeenRound {
        split: Split::Round104,
        label: "hundred-and-fourth-round families (seen)",
        gold_file: "round104.jsonl",
        figures_key: "hundred_and_fourth_round_figures_seen",
        families_key: "hundred_and_fourth_round_seen",
        comments_key: "hundred_and_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round103,
        label: "hundred-and-third-round families (seen)",
        gold_file: "round103.jsonl",
        figures_key: "hundred_and_third_round_figures_seen",
        families_key: "hundred_and_third_round_seen",
        comments_key: "hundred_and_third_round_comments",
    },
    SeenRound {
        split: Split::Round102,
        label: "hundred-and-second-round families (seen)",
        gold_file: "round102.jsonl",
        figures_key: "hundred_and_second_round_figures_seen",
        families_key: "hundred_and_second_round_seen",
        comments_key: "hundred_and_second_round_comments",
    },
    SeenRound {
        split: Split::Round101,
        label: "hundred-and-first-round families (seen)",
        gold_file: "round101.jsonl",
        figures_key: "hundred_and_first_round_figures_seen",
        families_key: "hundred_and_first_round_seen",
        comments_key: "hundred_and_first_round_comments",
    },
    SeenRound {
        split: Split::Round100,
        label: "hundredth-round families (seen)",
        gold_file: "round100.jsonl",
        figures_key: "hundredth_round_figures_seen",
        families_key: "hundredth_round_seen",
        comments_key: "hundredth_round_comments",
    },
    SeenRound {
        split: Split::Round99,
        label: "ninety-ninth-round families (seen)",
        gold_file: "round99.jsonl",
        figures_key: "ninety_ninth_round_figures_seen",
        families_key: "ninety_ninth_round_seen",
        comments_key: "ninety_ninth_round_comments",
    },
    SeenRound {
        split: Split::Round98,
        label: "ninety-eighth-round families (seen)",
        gold_file: "round98.jsonl",
        figures_key: "ninety_eighth_round_figures_seen",
        families_key: "ninety_eighth_round_seen",
        comments_key: "ninety_eighth_round_comments",
    },
    SeenRound {
        split: Split::Round97,
        label: "ninety-seventh-round families (seen)",
        gold_file: "round97.jsonl",
        figures_key: "ninety_seventh_round_figures_seen",
        families_key: "ninety_seventh_round_seen",
        comments_key: "ninety_seventh_round_comments",
    },
    SeenRound {
        split: Split::Round96,
        label: "ninety-sixth-round families (seen)",
        gold_file: "round96.jsonl",
        figures_key: "ninety_sixth_round_figures_seen",
        families_key: "ninety_sixth_round_seen",
        comments_key: "ninety_sixth_round_comments",
    },
    SeenRound {
        split: Split::Round95,
        label: "ninety-fifth-round families (seen)",
        gold_file: "round95.jsonl",
        figures_key: "ninety_fifth_round_figures_seen",
        families_key: "ninety_fifth_round_seen",
        comments_key: "ninety_fifth_round_comments",
    },
    SeenRound {
        split: Split::Round94,
        label: "ninety-fourth-round families (seen)",
        gold_file: "round94.jsonl",
        figures_key: "ninety_fourth_round_figures_seen",
        families_key: "ninety_fourth_round_seen",
        comments_key: "ninety_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round93,
        label: "ninety-third-round families (seen)",
        gold_file: "round93.jsonl",
        figures_key: "ninety_third_round_figures_seen",
        families_key: "ninety_third_round_seen",
        comments_key: "ninety_third_round_comments",
    },
    SeenRound {
        split: Split::Round92,
        label: "ninety-second-round families (seen)",
        gold_file: "round92.jsonl",
        figures_key: "ninety_second_round_figures_seen",
        families_key: "ninety_second_round_seen",
        comments_key: "ninety_second_round_comments",
    },
    SeenRound {
        split: Split::Round91,
        label: "ninety-first-round families (seen)",
        gold_file: "round91.jsonl",
        figures_key: "ninety_first_round_figures_seen",
        families_key: "ninety_first_round_seen",
        comments_key: "ninety_first_round_comments",
    },
    SeenRound {
        split: Split::Round90,
        label: "ninetieth-round families (seen)",
        gold_file: "round90.jsonl",
        figures_key: "ninetieth_round_figures_seen",
        families_key: "ninetieth_round_seen",
        comments_key: "ninetieth_round_comments",
    },
    SeenRound {
        split: Split::Round89,
        label: "eighty-ninth-round families (seen)",
        gold_file: "round89.jsonl",
        figures_key: "eighty_ninth_round_figures_seen",
        families_key: "eighty_ninth_round_seen",
        comments_key: "eighty_ninth_round_comments",
    },
    SeenRound {
        split: Split::Round88,
        label: "eighty-eighth-round families (seen)",
        gold_file: "round88.jsonl",
        figures_key: "eighty_eighth_round_figures_seen",
        families_key: "eighty_eighth_round_seen",
        comments_key: "eighty_eighth_round_comments",
    },
    SeenRound {
        split: Split::Round87,
        label: "eighty-seventh-round families (seen)",
        gold_file: "round87.jsonl",
        figures_key: "eighty_seventh_round_figures_seen",
        families_key: "eighty_seventh_round_seen",
        comments_key: "eighty_seventh_round_comments",
    },
    SeenRound {
        split: Split::Round86,
        label: "eighty-sixth-round families (seen)",
        gold_file: "round86.jsonl",
        figures_key: "eighty_sixth_round_figures_seen",
        families_key: "eighty_sixth_round_seen",
        comments_key: "eighty_sixth_round_comments",
    },
    SeenRound {
        split: Split::Round85,
        label: "eighty-fifth-round families (seen)",
        gold_file: "round85.jsonl",
        figures_key: "eighty_fifth_round_figures_seen",
        families_key: "eighty_fifth_round_seen",
        comments_key: "eighty_fifth_round_comments",
    },
    SeenRound {
        split: Split::Round84,
        label: "eighty-fourth-round families (seen)",
        gold_file: "round84.jsonl",
        figures_key: "eighty_fourth_round_figures_seen",
        families_key: "eighty_fourth_round_seen",
        comments_key: "eighty_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round83,
        label: "eighty-third-round families (seen)",
        gold_file: "round83.jsonl",
        figures_key: "eighty_third_round_figures_seen",
        families_key: "eighty_third_round_seen",
        comments_key: "eighty_third_round_comments",
    },
    SeenRound {
        split: Split::Round82,
        label: "eighty-second-round families (seen)",
        gold_file: "round82.jsonl",
        figures_key: "eighty_second_round_figures_seen",
        families_key: "eighty_second_round_seen",
        comments_key: "eighty_second_round_comments",
    },
    SeenRound {
        split: Split::Round81,
        label: "eighty-first-round families (seen)",
        gold_file: "round81.jsonl",
        figures_key: "eighty_first_round_figures_seen",
        families_key: "eighty_first_round_seen",
        comments_key: "eighty_first_round_comments",
    },
    SeenRound {
        split: Split::Round80,
        label: "eightieth-round families (seen)",
        gold_file: "round80.jsonl",
        figures_key: "eightieth_round_figures_seen",
        families_key: "eightieth_round_seen",
        comments_key: "eightieth_round_comments",
    },
    SeenRound {
        split: Split::Round79,
        label: "seventy-ninth-round families (seen)",
        gold_file: "round79.jsonl",
        figures_key: "seventy_ninth_round_figures_seen",
        families_key: "seventy_ninth_round_seen",
        comments_key: "seventy_ninth_round_comments",
    },
    SeenRound {
        split: Split::Round78,
        label: "seventy-eighth-round families (seen)",
        gold_file: "round78.jsonl",
        figures_key: "seventy_eighth_round_figures_seen",
        families_key: "seventy_eighth_round_seen",
        comments_key: "seventy_eighth_round_comments",
    },
    SeenRound {
        split: Split::Round77,
        label: "seventy-seventh-round families (seen)",
        gold_file: "round77.jsonl",
        figures_key: "seventy_seventh_round_figures_seen",
        families_key: "seventy_seventh_round_seen",
        comments_key: "seventy_seventh_round_comments",
    },
    SeenRound {
        split: Split::Round76,
        label: "seventy-sixth-round families (seen)",
        gold_file: "round76.jsonl",
        figures_key: "seventy_sixth_round_figures_seen",
        families_key: "seventy_sixth_round_seen",
        comments_key: "seventy_sixth_round_comments",
    },
    SeenRound {
        split: Split::Round75,
        label: "seventy-fifth-round families (seen)",
        gold_file: "round75.jsonl",
        figures_key: "seventy_fifth_round_figures_seen",
        families_key: "seventy_fifth_round_seen",
        comments_key: "seventy_fifth_round_comments",
    },
    SeenRound {
        split: Split::Round74,
        label: "seventy-fourth-round families (seen)",
        gold_file: "round74.jsonl",
        figures_key: "seventy_fourth_round_figures_seen",
        families_key: "seventy_fourth_round_seen",
        comments_key: "seventy_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round73,
        label: "seventy-third-round families (seen)",
        gold_file: "round73.jsonl",
        figures_key: "seventy_third_round_figures_seen",
        families_key: "seventy_third_round_seen",
        comments_key: "seventy_third_round_comments",
    },
    SeenRound {
        split: Split::Round72,
        label: "seventy-second-round families (seen)",
        gold_file: "round72.jsonl",
        figures_key: "seventy_second_round_figures_seen",
        families_key: "seventy_second_round_seen",
        comments_key: "seventy_second_round_comments",
    },
    SeenRound {
        split: Split::Round71,
        label: "seventy-first-round families (seen)",
        gold_file: "round71.jsonl",
        figures_key: "seventy_first_round_figures_seen",
        families_key: "seventy_first_round_seen",
        comments_key: "seventy_first_round_comments",
    },
    SeenRound {
        split: Split::Round70,
        label: "seventieth-round families (seen)",
        gold_file: "round70.jsonl",
        figures_key: "seventieth_round_figures_seen",
        families_key: "seventieth_round_seen",
        comments_key: "seventieth_round_comments",
    },
    SeenRound {
        split: Split::Round69,
        label: "sixty-ninth-round families (seen)",
        gold_file: "round69.jsonl",
        figures_key: "sixty_ninth_round_figures_seen",
        families_key: "sixty_ninth_round_seen",
        comments_key: "sixty_ninth_round_comments",
    },
    SeenRound {
        split: Split::Round68,
        label: "sixty-eighth-round families (seen)",
        gold_file: "round68.jsonl",
        figures_key: "sixty_eighth_round_figures_seen",
        families_key: "sixty_eighth_round_seen",
        comments_key: "sixty_eighth_round_comments",
    },
    SeenRound {
        split: Split::Round67,
        label: "sixty-seventh-round families (seen)",
        gold_file: "round67.jsonl",
        figures_key: "sixty_seventh_round_figures_seen",
        families_key: "sixty_seventh_round_seen",
        comments_key: "sixty_seventh_round_comments",
    },
    SeenRound {
        split: Split::Round66,
        label: "sixty-sixth-round families (seen)",
        gold_file: "round66.jsonl",
        figures_key: "sixty_sixth_round_figures_seen",
        families_key: "sixty_sixth_round_seen",
        comments_key: "sixty_sixth_round_comments",
    },
    SeenRound {
        split: Split::Round65,
        label: "sixty-fifth-round families (seen)",
        gold_file: "round65.jsonl",
        figures_key: "sixty_fifth_round_figures_seen",
        families_key: "sixty_fifth_round_seen",
        comments_key: "sixty_fifth_round_comments",
    },
    SeenRound {
        split: Split::Round64,
        label: "sixty-fourth-round families (seen)",
        gold_file: "round64.jsonl",
        figures_key: "sixty_fourth_round_figures_seen",
        families_key: "sixty_fourth_round_seen",
        comments_key: "sixty_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round63,
        label: "sixty-third-round families (seen)",
        gold_file: "round63.jsonl",
        figures_key: "sixty_third_round_figures_seen",
        families_key: "sixty_third_round_seen",
        comments_key: "sixty_third_round_comments",
    },
    SeenRound {
        split: Split::Round62,
        label: "sixty-second-round families (seen)",
        gold_file: "round62.jsonl",
        figures_key: "sixty_second_round_figures_seen",
        families_key: "sixty_second_round_seen",
        comments_key: "sixty_second_round_comments",
    },
    SeenRound {
        split: Split::Round61,
        label: "sixty-first-round families (seen)",
        gold_file: "round61.jsonl",
        figures_key: "sixty_first_round_figures_seen",
        families_key: "sixty_first_round_seen",
        comments_key: "sixty_first_round_comments",
    },
    SeenRound {
        split: Split::Round60,
        label: "sixtieth-round families (seen)",
        gold_file: "round60.jsonl",
        figures_key: "sixtieth_round_figures_seen",
        families_key: "sixtieth_round_seen",
        comments_key: "sixtieth_round_comments",
    },
    SeenRound {
        split: Split::Round59,
        label: "fifty-ninth-round families (seen)",
        gold_file: "round59.jsonl",
        figures_key: "fifty_ninth_round_figures_seen",
        families_key: "fifty_ninth_round_seen",
        comments_key: "fifty_ninth_round_comments",
    },
    SeenRound {
        split: Split::Round58,
        label: "fifty-eighth-round families (seen)",
        gold_file: "round58.jsonl",
        figures_key: "fifty_eighth_round_figures_seen",
        families_key: "fifty_eighth_round_seen",
        comments_key: "fifty_eighth_round_comments",
    },
    SeenRound {
        split: Split::Round57,
        label: "fifty-seventh-round families (seen)",
        gold_file: "round57.jsonl",
        figures_key: "fifty_seventh_round_figures_seen",
        families_key: "fifty_seventh_round_seen",
        comments_key: "fifty_seventh_round_comments",
    },
    SeenRound {
        split: Split::Round56,
        label: "fifty-sixth-round families (seen)",
        gold_file: "round56.jsonl",
        figures_key: "fifty_sixth_round_figures_seen",
        families_key: "fifty_sixth_round_seen",
        comments_key: "fifty_sixth_round_comments",
    },
    SeenRound {
        split: Split::Round55,
        label: "fifty-fifth-round families (seen)",
        gold_file: "round55.jsonl",
        figures_key: "fifty_fifth_round_figures_seen",
        families_key: "fifty_fifth_round_seen",
        comments_key: "fifty_fifth_round_comments",
    },
    SeenRound {
        split: Split::Round54,
        label: "fifty-fourth-round families (seen)",
        gold_file: "round54.jsonl",
        figures_key: "fifty_fourth_round_figures_seen",
        families_key: "fifty_fourth_round_seen",
        comments_key: "fifty_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round53,
        label: "fifty-third-round families (seen)",
        gold_file: "round53.jsonl",
        figures_key: "fifty_third_round_figures_seen",
        families_key: "fifty_third_round_seen",
        comments_key: "fifty_third_round_comments",
    },
    SeenRound {
        split: Split::Round52,
        label: "fifty-second-round families (seen)",
        gold_file: "round52.jsonl",
        figures_key: "fifty_second_round_figures_seen",
        families_key: "fifty_second_round_seen",
        comments_key: "fifty_second_round_comments",
    },
    SeenRound {
        split: Split::Round51,
        label: "fifty-first-round families (seen)",
        gold_file: "round51.jsonl",
        figures_key: "fifty_first_round_figures_seen",
        families_key: "fifty_first_round_seen",
        comments_key: "fifty_first_round_comments",
    },
    SeenRound {
        split: Split::Round50,
        label: "fiftieth-round families (seen)",
        gold_file: "round50.jsonl",
        figures_key: "fiftieth_round_figures_seen",
        families_key: "fiftieth_round_seen",
        comments_key: "fiftieth_round_comments",
    },
    SeenRound {
        split: Split::Round49,
        label: "forty-ninth-round families (seen)",
        gold_file: "round49.jsonl",
        figures_key: "forty_ninth_round_figures_seen",
        families_key: "forty_ninth_round_seen",
        comments_key: "forty_ninth_round_comments",
    },
    SeenRound {
        split: Split::Round48,
        label: "forty-eighth-round families (seen)",
        gold_file: "round48.jsonl",
        figures_key: "forty_eighth_round_figures_seen",
        families_key: "forty_eighth_round_seen",
        comments_key: "forty_eighth_round_comments",
    },
    SeenRound {
        split: Split::Round47,
        label: "forty-seventh-round families (seen)",
        gold_file: "round47.jsonl",
        figures_key: "forty_seventh_round_figures_seen",
        families_key: "forty_seventh_round_seen",
        comments_key: "forty_seventh_round_comments",
    },
    SeenRound {
        split: Split::Round46,
        label: "forty-sixth-round families (seen)",
        gold_file: "round46.jsonl",
        figures_key: "forty_sixth_round_figures_seen",
        families_key: "forty_sixth_round_seen",
        comments_key: "forty_sixth_round_comments",
    },
    SeenRound {
        split: Split::Round45,
        label: "forty-fifth-round families (seen)",
        gold_file: "round45.jsonl",
        figures_key: "forty_fifth_round_figures_seen",
        families_key: "forty_fifth_round_seen",
        comments_key: "forty_fifth_round_comments",
    },
    SeenRound {
        split: Split::Round44,
        label: "forty-fourth-round families (seen)",
        gold_file: "round44.jsonl",
        figures_key: "forty_fourth_round_figures_seen",
        families_key: "forty_fourth_round_seen",
        comments_key: "forty_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round43,
        label: "forty-third-round families (seen)",
        gold_file: "round43.jsonl",
        figures_key: "forty_third_round_figures_seen",
        families_key: "forty_third_round_seen",
        comments_key: "forty_third_round_comments",
    },
    SeenRound {
        split: Split::Round42,
        label: "forty-second-round families (seen)",
        gold_file: "round42.jsonl",
        figures_key: "forty_second_round_figures_seen",
        families_key: "forty_second_round_seen",
        comments_key: "forty_second_round_comments",
    },
    SeenRound {
        split: Split::Round41,
        label: "forty-first-round families (seen)",
        gold_file: "round41.jsonl",
        figures_key: "forty_first_round_figures_seen",
        families_key: "forty_first_round_seen",
        comments_key: "forty_first_round_comments",
    },
    SeenRound {
        split: Split::Round40,
        label: "fortieth-round families (seen)",
        gold_file: "round40.jsonl",
        figures_key: "fortieth_round_figures_seen",
        families_key: "fortieth_round_seen",
        comments_key: "fortieth_round_comments",
    },
    SeenRound {
        split: Split::Round39,
        label: "thirty-ninth-round families (seen)",
        gold_file: "round39.jsonl",
        figures_key: "thirty_ninth_round_figures_seen",
        families_key: "thirty_ninth_round_seen",
        comments_key: "thirty_ninth_round_comments",
    },
    SeenRound {
        split: Split::Round38,
        label: "thirty-eighth-round families (seen)",
        gold_file: "round38.jsonl",
        figures_key: "thirty_eighth_round_figures_seen",
        families_key: "thirty_eighth_round_seen",
        comments_key: "thirty_eighth_round_comments",
    },
    SeenRound {
        split: Split::Round37,
        label: "thirty-seventh-round families (seen)",
        gold_file: "round37.jsonl",
        figures_key: "thirty_seventh_round_figures_seen",
        families_key: "thirty_seventh_round_seen",
        comments_key: "thirty_seventh_round_comments",
    },
    SeenRound {
        split: Split::Round36,
        label: "thirty-sixth-round families (seen)",
        gold_file: "round36.jsonl",
        figures_key: "thirty_sixth_round_figures_seen",
        families_key: "thirty_sixth_round_seen",
        comments_key: "thirty_sixth_round_comments",
    },
    SeenRound {
        split: Split::Round35,
        label: "thirty-fifth-round families (seen)",
        gold_file: "round35.jsonl",
        figures_key: "thirty_fifth_round_figures_seen",
        families_key: "thirty_fifth_round_seen",
        comments_key: "thirty_fifth_round_comments",
    },
    SeenRound {
        split: Split::Round34,
        label: "thirty-fourth-round families (seen)",
        gold_file: "round34.jsonl",
        figures_key: "thirty_fourth_round_figures_seen",
        families_key: "thirty_fourth_round_seen",
        comments_key: "thirty_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round33,
        label: "thirty-third-round families (seen)",
        gold_file: "round33.jsonl",
        figures_key: "thirty_third_round_figures_seen",
        families_key: "thirty_third_round_seen",
        comments_key: "thirty_third_round_comments",
    },
    SeenRound {
        split: Split::Round32,
        label: "thirty-second-round families (seen)",
        gold_file: "round32.jsonl",
        figures_key: "thirty_second_round_figures_seen",
        families_key: "thirty_second_round_seen",
        comments_key: "thirty_second_round_comments",
    },
    SeenRound {
        split: Split::Round31,
        label: "thirty-first-round families (seen)",
        gold_file: "round31.jsonl",
        figures_key: "thirty_first_round_figures_seen",
        families_key: "thirty_first_round_seen",
        comments_key: "thirty_first_round_comments",
    },
    SeenRound {
        split: Split::Round30,
        label: "thirtieth-round families (seen)",
        gold_file: "round30.jsonl",
        figures_key: "thirtieth_round_figures_seen",
        families_key: "thirtieth_round_seen",
        comments_key: "thirtieth_round_comments",
    },
    SeenRound {
        split: Split::Round29,
        label: "twenty-ninth-round families (seen)",
        gold_file: "round29.jsonl",
        figures_key: "twenty_ninth_round_figures_seen",
        families_key: "twenty_ninth_round_seen",
        comments_key: "twenty_ninth_round_comments",
    },
    SeenRound {
        split: Split::Round28,
        label: "twenty-eighth-round families (seen)",
        gold_file: "round28.jsonl",
        figures_key: "twenty_eighth_round_figures_seen",
        families_key: "twenty_eighth_round_seen",
        comments_key: "twenty_eighth_round_comments",
    },
    SeenRound {
        split: Split::Round27,
        label: "twenty-seventh-round families (seen)",
        gold_file: "round27.jsonl",
        figures_key: "twenty_seventh_round_figures_seen",
        families_key: "twenty_seventh_round_seen",
        comments_key: "twenty_seventh_round_comments",
    },
    SeenRound {
        split: Split::Round26,
        label: "twenty-sixth-round families (seen)",
        gold_file: "round26.jsonl",
        figures_key: "twenty_sixth_round_figures_seen",
        families_key: "twenty_sixth_round_seen",
        comments_key: "twenty_sixth_round_comments",
    },
    SeenRound {
        split: Split::Round25,
        label: "twenty-fifth-round families (seen)",
        gold_file: "round25.jsonl",
        figures_key: "twenty_fifth_round_figures_seen",
        families_key: "twenty_fifth_round_seen",
        comments_key: "twenty_fifth_round_comments",
    },
    SeenRound {
        split: Split::Round24,
        label: "twenty-fourth-round families (seen)",
        gold_file: "round24.jsonl",
        figures_key: "twenty_fourth_round_figures_seen",
        families_key: "twenty_fourth_round_seen",
        comments_key: "twenty_fourth_round_comments",
    },
    SeenRound {
        split: Split::Round23,
        label: "twenty-third-round families (seen)",
        gold_file: "round23.jsonl",
        figures_key: "twenty_third_round_figures_seen",
        families_key: "twenty_third_round_seen",
        comments_key: "twenty_third_round_comments",
    },
    SeenRound {
        split: Split::Round22,
        label: "twenty-second-round families (seen)",
        gold_file: "round22.jsonl",
        figures_key: "twenty_second_round_figures_seen",
        families_key: "twenty_second_round_seen",
        comments_key: "twenty_second_round_comments",
    },
    SeenRound {
        split: Split::Round21,
        label: "twenty-first-round families (seen)",
        gold_file: "round21.jsonl",
        figures_key: "twenty_first_round_figures_seen",
        families_key: "twenty_first_round_seen",
        comments_key: "twenty_first_round_comments",
    },
    SeenRound {
        split: Split::Round20,
        label: "twentieth-round families (seen)",
        gold_file: "round20.jsonl",
        figures_key: "twentieth_round_figures_seen",
        families_key: "twentieth_round_seen",
        comments_key: "twentieth_round_comments",
    },
    SeenRound {
        split: Split::Round19,
        label: "nineteenth-round families (seen)",
        gold_file: "round19.jsonl",
        figures_key: "nineteenth_round_figures_seen",
        families_key: "nineteenth_round_seen",
        comments_key: "nineteenth_round_comments",
    },
    SeenRound {
        split: Split::Round18,
        label: "eighteenth-round families (seen)",
        gold_file: "round18.jsonl",
        figures_key: "eighteenth_round_figures_seen",
        families_key: "eighteenth_round_seen",
        comments_key: "eighteenth_round_comments",
    },
    SeenRound {
        split: Split::Round17,
        label: "seventeenth-round families (seen)",
        gold_file: "round17.jsonl",
        figures_key: "seventeenth_round_figures_seen",
        families_key: "seventeenth_round_seen",
        comments_key: "seventeenth_round_comments",
    },
    SeenRound {
        split: Split::Round16,
        label: "sixteenth-round families (seen)",
        gold_file: "round16.jsonl",
        figures_key: "sixteenth_round_figures_seen",
        families_key: "sixteenth_round_seen",
        comments_key: "sixteenth_round_comments",
    },
    SeenRound {
        split: Split::Round15,
        label: "fifteenth-round families (seen)",
        gold_file: "round15.jsonl",
        figures_key: "fifteenth_round_figures_seen",
        families_key: "fifteenth_round_seen",
        comments_key: "fifteenth_round_comments",
    },
    SeenRound {
        split: Split::Round14,
        label: "fourteenth-round families (seen)",
        gold_file: "round14.jsonl",
        figures_key: "fourteenth_round_figures_seen",
        families_key: "fourteenth_round_seen",
        comments_key: "fourteenth_round_comments",
    },
    SeenRound {
        split: Split::Round13,
        label: "thirteenth-round families (seen)",
        gold_file: "round13.jsonl",
        figures_key: "thirteenth_round_figures_seen",
        families_key: "thirteenth_round_seen",
        comments_key: "thirteenth_round_comments",
    },
    SeenRound {
        split: Split::Round12,
        label: "twelfth-round families (seen)",
        gold_file: "round12.jsonl",
        figures_key: "twelfth_round_figures_seen",
        families_key: "twelfth_round_seen",
        comments_key: "twelfth_round_comments",
    },
    SeenRound {
        split: Split::Round11,
        label: "eleventh-round families (seen)",
        gold_file: "round11.jsonl",
        figures_key: "eleventh_round_figures_seen",
        families_key: "eleventh_round_seen",
        comments_key: "eleventh_round_comments",
    },
    SeenRound {
        split: Split::Round10,
        label: "tenth-round families (seen)",
        gold_file: "round10.jsonl",
        figures_key: "tenth_round_figures_seen",
        families_key: "tenth_round_seen",
        comments_key: "tenth_round_comments",
    },
    SeenRound {
        split: Split::Round9,
        label: "ninth-round families (seen)",
        gold_file: "round9.jsonl",
        figures_key: "ninth_round_figures_seen",
        families_key: "ninth_round_seen",
        comments_key: "ninth_round_comments",
    },
    SeenRound {
        split: Split::Round8,
        label: "eighth-round families (seen)",
        gold_file: "round8.jsonl",
        figures_key: "eighth_round_figures_seen",
        families_key: "eighth_round_seen",
        comments_key: "eighth_round_comments",
    },
    SeenRound {
        split: Split::Round7,
        label: "seventh-round families (seen)",
        gold_file: "round7.jsonl",
        figures_key: "seventh_round_figures_seen",
        families_key: "seventh_round_seen",
        comments_key: "seventh_round_comments",
    },
    SeenRound {
        split: Split::Round6,
        label: "sixth-round families (seen)",
        gold_file: "round6.jsonl",
        figures_key: "sixth_round_figures_seen",
        families_key: "sixth_round_seen",
        comments_key: "sixth_round_comments",
    },
    SeenRound {
        split: Split::Round5,
        label: "fifth-round families (seen)",
        gold_file: "round5.jsonl",
        figures_key: "fifth_round_figures_seen",
        families_key: "fifth_round_seen",
        comments_key: "fifth_round_comments",
    },
    SeenRound {
        split: Split::Round4,
        label: "fourth-round families (seen)",
        gold_file: "round4.jsonl",
        figures_key: "fourth_round_figures_seen",
        families_key: "fourth_round_seen",
        comments_key: "fourth_round_comments",
    },
    SeenRound {
        split: Split::Fresh,
        label: "third-round families (seen)",
        gold_file: "round3.jsonl",
        figures_key: "third_round_figures_seen",
        families_key: "third_round_seen",
        comments_key: "third_round_comments",
    },
    SeenRound {
        split: Split::Unseen,
        label: "second-round families (seen)",
        gold_file: "round2.jsonl",
        figures_key: "second_round_figures_seen",
        families_key: "second_round_seen",
        comments_key: "second_round_comments",
    },
    SeenRound {
        split: Split::HeldOut,
        label: "first-round held out (seen)",
        gold_file: "round1.jsonl",
        figures_key: "held_out_figures_seen",
        families_key: "held_out_seen",
        comments_key: "held_out_comments",
    },
];

/// Runs `train-pii`.
pub fn run(args: TrainPiiArgs, quiet: bool) -> CliResult {
    let lexicon = |name: &str| read(&args.lexicons.join(name));
    let names = |name: &str| read(&args.names.join(name));
    let (lexicon_first, lexicon_last) = (lexicon("first_names.txt")?, lexicon("surnames.txt")?);
    let (word_names, english) = (lexicon("word_names.txt")?, lexicon("english_words.txt")?);
    let (train_first, train_last) = (
        names("faker_first_names.txt")?,
        names("faker_surnames.txt")?,
    );
    let (held_first, held_last) = (
        names("mimesis_first_names.txt")?,
        names("mimesis_surnames.txt")?,
    );
    // Each measuring round's names: a package's lists, each joined by the matching half
    // of a hand-written list (given names, then `[surnames]`).
    let mut round_lists: Vec<(String, String)> = Vec::with_capacity(ROUND_NAME_FILES.len());
    for files in &ROUND_NAME_FILES {
        let hand = names(files.hand)?;
        let (hand_first, hand_last) = hand.split_once("[surnames]").unwrap_or((&hand, ""));
        let last = match files.last {
            Some(file) => names(file)? + "\n" + hand_last,
            None => hand_last.to_string(),
        };
        round_lists.push((names(files.first)? + "\n" + hand_first, last));
    }
    let rounds: Vec<RoundLists<'_>> = round_lists
        .iter()
        .map(|(first, last)| RoundLists { first, last })
        .collect();
    // The other word lists of lexicons/names/: no tenth- to hundred-and-twenty-fifth-round name is on
    // them either.
    let other_lexicons = lexicon("common_words.txt")?
        + "\n"
        + &lexicon("english_proper_nouns.txt")?
        + "\n"
        + &lexicon("not_names.txt")?;
    let sources = NameSources {
        lexicon_first: &lexicon_first,
        lexicon_last: &lexicon_last,
        word_names: &word_names,
        english: &english,
        train_first: &train_first,
        train_last: &train_last,
        held_first: &held_first,
        held_last: &held_last,
        rounds: &rounds,
        other_lexicons: &other_lexicons,
    };
    let rules = Redactor::with_person_tagger(None);
    let raw = read_background(&args.background, &args.text_col)?;
    let raw_count = raw.len();
    let background = Background::split(raw, &rules);
    let mut pools = Split::ALL.map(|split| pool(&sources, split));
    for split in args.train_names_from.iter().filter_map(|r| r.split()) {
        let round = pools[split as usize].clone();
        pools[Split::Train as usize].add_names_of(&round);
    }
    // How real comments write each word, from the training background only.
    let word_counts = corpus_counts::build(&background.train);
    if !quiet && word_counts != corpus_counts::SHIPPED {
        eprintln!(
            "note: the word-count table differs from the one compiled in; copy {} into models/pii and rebuild to use it",
            args.out.join("word_counts.tsv").display()
        );
    }
    // Each split gets its own seed: the training seed plus the split's place in
    // `Split::ALL` (training 0, tune 1, … twentieth round 21, decoy set 22, twenty-first
    // round 23, twenty-second round 24, twenty-third round 25, twenty-fourth round 26,
    // twenty-fifth round 27, twenty-sixth round 28, twenty-seventh round 29, twenty-eighth
    // round 30, twenty-ninth round 31, thirtieth round 32, thirty-first round 33,
    // thirty-second round 34, thirty-third round 35, thirty-fourth round 36,
    // thirty-fifth round 37, thirty-sixth round 38, thirty-seventh round 39, thirty-eighth
    // round 40, thirty-ninth round 41, fortieth round 42, forty-first round 43,
    // forty-second round 44, forty-third round 45, forty-fourth round 46, forty-fifth
    // round 47, forty-sixth round 48, forty-seventh round 49, forty-eighth round 50,
    // forty-ninth round 51, fiftieth round 52, fifty-first round 53, fifty-second round
    // 54, fifty-third round 55, fifty-fourth round 56, fifty-fifth round 57, fifty-sixth round 58, fifty-seventh round 59, fifty-eighth round 60, fifty-ninth round 61, sixtieth round 62, sixty-first round 63, sixty-second round 64, sixty-third round 65, sixty-fourth round 66, sixty-fifth round 67, sixty-sixth round 68, sixty-seventh round 69, sixty-eighth round 70, sixty-ninth round 71, seventieth round 72, seventy-first round 73, seventy-second round 74, seventy-third round 75, seventy-fourth round 76, seventy-fifth round 77, seventy-sixth round 78, seventy-seventh round 79, seventy-eighth round 80, seventy-ninth round 81, eightieth round 82, eighty-first round 83, eighty-second round 84, eighty-third round 85, eighty-fourth round 86, eighty-fifth round 87, eighty-sixth round 88, eighty-seventh round 89, eighty-eighth round 90, eighty-ninth round 91, ninetieth round 92, ninety-first round 93, ninety-second round 94, ninety-third round 95, ninety-fourth round 96, ninety-fifth round 97, ninety-sixth round 98, ninety-seventh round 99, ninety-eighth round 100, ninety-ninth round 101, hundredth round 102, hundred-and-first round 103, hundred-and-second round 104, hundred-and-third round 105, hundred-and-fourth round 106, hundred-and-fifth round 107, hundred-and-sixth round 108, hundred-and-seventh round 109, hundred-and-eighth round 110, hundred-and-ninth round 111, hundred-and-tenth round 112, hundred-and-eleventh round 113, hundred-and-twelfth round 114, hundred-and-thirteenth round 115, hundred-and-fourteenth round 116, hundred-and-fifteenth round 117, hundred-and-sixteenth round 118, hundred-and-seventeenth round 119, hundred-and-eighteenth round 120, hundred-and-nineteenth round 121, hundred-and-twentieth round 122, hundred-and-twenty-first round 123, hundred-and-twenty-second round 124, hundred-and-twenty-third round 125, hundred-and-twenty-fourth round 126, hundred-and-twenty-fifth round 127: each appended last, so no earlier split's seed moved).
    let sets = Split::ALL.map(|split| {
        let count = match split {
            Split::Train => args.train_comments,
            NEVER_TUNED_DECOYS => DECOY_SET_COMMENTS,
            _ => args.heldout_comments,
        };
        let seed = args.seed.wrapping_add(split as u64);
        generate(
            split,
            &pools[split as usize],
            background.part(split),
            count,
            seed,
        )
    });
    let set = |split: Split| -> &[Generated] { &sets[split as usize] };
    let (train_set, tune_set) = (set(Split::Train), set(Split::Tune));
    if !quiet {
        eprintln!(
            "background: {} of {raw_count} comments PII-free by the rules ({} train, {} tune, {} held out)",
            background.train.len() + background.tune.len() + background.held_out.len(),
            background.train.len(),
            background.tune.len(),
            background.held_out.len(),
        );
    }
    let started = std::time::Instant::now();
    let tune_gold: Vec<_> = tune_set.iter().map(Generated::to_gold).collect();
    let (tagger, stats, name_bias) = match &args.tagger {
        Some(path) => {
            let tagger = super::eval_pii::read_tagger(path)?;
            let bias = match args.name_bias {
                Some(bias) => bias,
                None if args.rechoose_bias => {
                    choose_bias(&tagger, &tune_gold, args.tune_recall, args.tune_leak, quiet)
                }
                None => tagger.name_bias(),
            };
            (tagger, None, bias)
        }
        None => {
            let seen_rounds = seen_rounds_for_training(
                &pools,
                &background.train,
                args.train_on_seen_rounds,
                args.train_on_rounds_through,
                args.seed,
            );
            let named: Vec<_> = train_set
                .iter()
                .chain(&seen_rounds)
                .map(Generated::to_named)
                .collect();
            let (tagger, stats) = train(
                &named,
                TrainOptions {
                    epochs: args.epochs,
                    seed: args.seed,
                    lexicon_dropout: args.lexicon_dropout,
                },
            );
            let bias = match args.name_bias {
                Some(bias) => bias,
                None => choose_bias(&tagger, &tune_gold, args.tune_recall, args.tune_leak, quiet),
            };
            (tagger, Some(stats), bias)
        }
    };
    let seconds = started.elapsed().as_secs_f64();
    let tagger = tagger.with_name_bias(name_bias);
    let bytes = tagger.to_bytes();
    let with_tagger = Redactor::with_person_tagger(Some(tagger));
    let measure = |set: &[Generated], label: &str| {
        let gold: Vec<_> = set.iter().map(Generated::to_gold).collect();
        let (alone, _, _) = evaluate(&rules, &gold);
        let (joined, _, _) = evaluate(&with_tagger, &gold);
        if !quiet {
            print_figures(&format!("{label}, rules alone"), &alone);
            print_figures(&format!("{label}, rules + tagger"), &joined);
        }
        serde_json::json!({"rules_and_tagger": figures(&joined), "rules_alone": figures(&alone)})
    };
    let tune_figures = measure(tune_set, "tune (development)");
    let measure_if = |on: bool, set: &[Generated], label: &str| {
        if on {
            measure(set, label)
        } else {
            serde_json::Value::Null
        }
    };
    let seen = args.final_figures || args.seen_figures;
    let never_tuned_figures = measure_if(
        args.final_figures,
        set(NEVER_TUNED),
        "NEVER TUNED ON (hundred-and-twenty-fifth-round families)",
    );
    let never_tuned_decoys_figures = measure_if(
        args.final_figures,
        set(NEVER_TUNED_DECOYS),
        "NEVER TUNED ON (decoy set: look-alikes by kind)",
    );
    let seen_figures: serde_json::Map<String, serde_json::Value> = SEEN_ROUNDS
        .iter()
        .map(|r| {
            (
                r.figures_key.to_string(),
                measure_if(seen, set(r.split), r.label),
            )
        })
        .collect();
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let counts_path = args.out.join("word_counts.tsv");
    std::fs::write(&counts_path, &word_counts)
        .with_context(|| format!("cannot write {}", counts_path.display()))?;
    let tagger_path = args.out.join("tagger.bin");
    std::fs::write(&tagger_path, &bytes)
        .with_context(|| format!("cannot write {}", tagger_path.display()))?;
    if let Some(dir) = &args.seen_gold {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for round in SEEN_ROUNDS.iter().rev() {
            write_gold(&dir.join(round.gold_file), set(round.split))?;
        }
    }
    if let Some(path) = &args.tune_gold {
        write_gold(path, tune_set)?;
    }
    let family_names = |split: Split| -> Vec<&str> {
        FAMILIES
            .iter()
            .filter(|f| f.split == split)
            .map(|f| f.name)
            .collect()
    };
    let background_name = args
        .background
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let train_name_sources: Vec<&str> = [
        "lexicons/names/first_names.txt and surnames.txt (US Census 1990 via PyPI `names` 0.3.0, public domain; hand-written sections)",
        "lexicons/names/training/faker_*.txt (PyPI Faker 40.63.0, MIT)",
    ]
    .into_iter()
    .chain(
        args.train_names_from
            .iter()
            .filter(|r| r.split().is_some())
            .map(|r| r.provenance()),
    )
    .collect();
    let mut families = serde_json::Map::new();
    let mut generated = serde_json::Map::new();
    let named_splits = [
        (Split::Train, "train", "train_comments"),
        (Split::Tune, "tune", "tune_comments"),
        (NEVER_TUNED, "never_tuned", "never_tuned_comments"),
        (
            NEVER_TUNED_DECOYS,
            "never_tuned_decoys",
            "never_tuned_decoys_comments",
        ),
    ];
    let seen_splits = SEEN_ROUNDS
        .iter()
        .map(|r| (r.split, r.families_key, r.comments_key));
    for (split, families_key, comments_key) in named_splits.into_iter().chain(seen_splits) {
        families.insert(families_key.to_string(), family_names(split).into());
        generated.insert(comments_key.to_string(), set(split).len().into());
    }
    generated.insert(
        "never_tuned_decoys_by_kind".to_string(),
        serde_json::json!(decoys_by_kind(set(NEVER_TUNED_DECOYS))),
    );
    let command = format!(
        "feedback-themes train-pii --background {background_name} --train-comments {} --heldout-comments {} --epochs {} --lexicon-dropout {} --tune-recall {} --tune-leak {} --seed {}{}",
        args.train_comments, args.heldout_comments, args.epochs, args.lexicon_dropout, args.tune_recall, args.tune_leak, args.seed,
        extra_flags(&args)
    );
    let built = feedback_themes::build_provenance::built_from();
    let previous = previous_manifest(args.tagger.as_deref());
    let (trained_at_commit, replay) = replay::record(
        &built,
        &command,
        args.tagger.is_none(),
        &[
            ("tagger.bin", sha256_hex(&bytes)),
            ("word_counts.tsv", sha256_hex(word_counts.as_bytes())),
        ],
        previous.as_ref(),
    );
    let decoy_set_names = serde_json::json!({
        "sources": ["the twentieth round's names (twentieth_round_seen above)"],
        "counts": [
            pools[Split::Decoys20 as usize].first.len(),
            pools[Split::Decoys20 as usize].last.len(),
            pools[Split::Decoys20 as usize].word_names.len(),
        ],
    });
    let mut manifest = serde_json::json!({
        "what": "person-name tagger: averaged perceptron, hashed features, Viterbi over O/B/I tags; joined with the name rules",
        "tagger_file": "tagger.bin",
        "tagger_sha256": sha256_hex(&bytes),
        "tagger_bytes": bytes.len(),
        "word_counts_file": "word_counts.tsv",
        "word_counts_sha256": sha256_hex(word_counts.as_bytes()),
        "word_counts": {
            "what": "per word (a 64-bit FNV-1a hash of the lower-cased word, never the word): in how many comments of the training background it is written in small letters, and capitalised, not opening a sentence; read by the tagger-only veto written_as_word_in_real_comments",
            "from": "the training part of the background (train_comments below): the tuning and held-out comments are not counted",
            "min_comments": corpus_counts::MIN_COMMENTS,
            "words": word_counts.lines().count(),
        },
        "seed": args.seed,
        "epochs": args.epochs,
        "lexicon_dropout": args.lexicon_dropout,
        "train_on_seen_rounds": {
            "per_round": args.train_on_seen_rounds,
            "rounds": if args.train_on_seen_rounds > 0 {
                args.train_on_rounds_through.unwrap_or(SEEN_ROUNDS.len()).min(SEEN_ROUNDS.len())
            } else {
                0
            },
            "what": "comments written from each seen round's families, on the training background with that round's own names, added to the training comments; the never-tuned round and the decoy set are never added",
        },
        "name_bias": name_bias,
        "name_bias_chosen_on": bias_provenance(&args),
        "training_seconds": (seconds * 10.0).round() / 10.0,
        "command": command,
        "built_from": built,
        "trained_at_commit": trained_at_commit,
        "replay": replay,
        "data": {
            "background": {
                "file": background_name,
                "note": "read at training time, never stored in the repository",
                "rows": raw_count,
                "pii_free_by_rules": background.train.len() + background.tune.len() + background.held_out.len(),
                "train_comments": background.train.len(),
                "tune_comments": background.tune.len(),
                "held_out_comments": background.held_out.len(),
                "split": "FNV-1a hash of the lower-cased text: one in ten to tuning, one in ten held out",
            },
            "names": {
                "train": {
                    "sources": train_name_sources,
                    "first_names": pools[0].first.len(),
                    "surnames": pools[0].last.len(),
                    "word_names": pools[0].word_names.len(),
                },
                "tune_and_held_out": {
                    "sources": ["lexicons/names/training/mimesis_*.txt (PyPI mimesis 22.2.0, MIT), minus every training name, lexicon name and English word, split in two halves by a hash"],
                    "tune": [pools[1].first.len(), pools[1].last.len(), pools[1].word_names.len()],
                    "held_out": [pools[2].first.len(), pools[2].last.len(), pools[2].word_names.len()],
                    "counts": "given names, surnames, names that are words",
                },
            },
            "families": families,
            "generated": generated,
        },
        "training": stats,
        "never_tuned_figures": never_tuned_figures,
        "tune_figures_development": tune_figures,
    });
    let never_tuned_round = own_names_round(NEVER_TUNED).unwrap_or_default();
    if let Some(names) = manifest
        .pointer_mut("/data/names")
        .and_then(|names| names.as_object_mut())
    {
        names.extend(round_names::manifest_entries(
            |round| {
                round_names::split_of_round(round)
                    .map(|split| pools[split as usize].clone())
                    .unwrap_or_default()
            },
            never_tuned_round,
            &args.train_names_from,
        ));
        names.insert("never_tuned_decoy_set".into(), decoy_set_names);
    }
    if let Some(object) = manifest.as_object_mut() {
        object.insert(
            "never_tuned_decoys_figures".into(),
            never_tuned_decoys_figures,
        );
        object.extend(seen_figures);
    }
    let manifest_path = args.out.join("manifest.json");
    let text = serde_json::to_string_pretty(&manifest).context("serialising the manifest")?;
    std::fs::write(&manifest_path, text + "\n")
        .with_context(|| format!("cannot write {}", manifest_path.display()))?;
    if !quiet {
        eprintln!(
            "wrote {} and {} ({:.1} s training)",
            tagger_path.display(),
            manifest_path.display(),
            seconds
        );
    }
    Ok(())
}

/// How many look-alikes of each kind `set` holds (from its gold, never from a redactor):
/// the denominators of the decoy set's touched-by-kind figures.
fn decoys_by_kind(set: &[Generated]) -> std::collections::BTreeMap<&'static str, usize> {
    let mut out = std::collections::BTreeMap::new();
    for decoy in set.iter().flat_map(|c| &c.decoys) {
        *out.entry(decoy.label).or_default() += 1;
    }
    out
}

/// Writes generated comments with their gold spans as JSON Lines, the layout `eval pii
/// --gold` reads.
fn write_gold(path: &std::path::Path, set: &[Generated]) -> anyhow::Result<()> {
    let text: String = set.iter().map(|c| c.to_json_line() + "\n").collect();
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// Reads a share between 0 and 1 (`--lexicon-dropout`): NaN, negative values and values
/// above 1 are refused with a message rather than written into the manifest.
fn share_of_one(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number; give a share from 0 to 1"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!(
            "`{text}` is outside 0 to 1; give a share from 0 to 1"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::{decoys_by_kind, seen_rounds_for_training, share_of_one, NEVER_TUNED, SEEN_ROUNDS};
    use feedback_themes::redact::pii_corpus::families::{Split, FAMILIES};
    use feedback_themes::redact::pii_corpus::names::NamePool;
    use feedback_themes::redact::pii_corpus::render::Marked;
    use feedback_themes::redact::pii_corpus::Generated;

    #[test]
    fn seen_rounds_give_training_comments_and_the_never_tuned_round_none() {
        let names = |list: &[&str]| list.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let pool = NamePool {
            first: names(&["Zanele", "Ilkay"]),
            last: names(&["Okoro", "Byrne"]),
            word_names: names(&["Grace"]),
            listed_first: names(&["Aoife"]),
            listed_last: names(&["Byrne"]),
        };
        let pools: Vec<NamePool> = Split::ALL.iter().map(|_| pool.clone()).collect();
        let background = names(&["The staff were kind.", "Parking was hard!"]);
        assert!(seen_rounds_for_training(&pools, &background, 0, None, 7).is_empty());
        let comments = seen_rounds_for_training(&pools, &background, 3, None, 7);
        assert_eq!(comments.len(), 3 * SEEN_ROUNDS.len());
        let split_of = |family: &str| FAMILIES.iter().find(|f| f.name == family).map(|f| f.split);
        for comment in &comments {
            if comment.family == "background" {
                // A real comment left as it is: from the training background given.
                assert!(background.contains(&comment.text));
                continue;
            }
            let split = split_of(comment.family).expect("a family of the table");
            assert!(
                SEEN_ROUNDS.iter().any(|r| r.split == split),
                "{}",
                comment.family
            );
            assert_ne!(split, NEVER_TUNED);
            assert_ne!(split, Split::Decoys20);
        }
        // Same seed, same comments: the training set is reproducible.
        let again = seen_rounds_for_training(&pools, &background, 3, None, 7);
        assert!(comments.iter().zip(&again).all(|(a, b)| a.text == b.text));
        // Through the second round: the first two rounds' comments alone.
        let early = seen_rounds_for_training(&pools, &background, 3, Some(2), 7);
        assert_eq!(early.len(), 3 * 2);
        let first_two = [
            SEEN_ROUNDS[SEEN_ROUNDS.len() - 1].split,
            SEEN_ROUNDS[SEEN_ROUNDS.len() - 2].split,
        ];
        for comment in early.iter().filter(|c| c.family != "background") {
            let split = split_of(comment.family).expect("a family of the table");
            assert!(first_two.contains(&split), "{}", comment.family);
        }
    }

    #[test]
    fn decoys_are_counted_by_kind() {
        let mark = |label| Marked {
            start: 0,
            end: 1,
            label,
        };
        let comment = Generated {
            id: "x".into(),
            family: "f",
            text: "x".into(),
            spans: vec![mark("PERSON")],
            decoys: vec![mark("WARD"), mark("TIME"), mark("WARD")],
        };
        let counts = decoys_by_kind(&[comment.clone(), comment]);
        assert_eq!(counts.get("WARD"), Some(&4));
        assert_eq!(counts.get("TIME"), Some(&2));
        assert_eq!(counts.get("PERSON"), None);
        assert!(decoys_by_kind(&[]).is_empty());
    }

    #[test]
    fn lexicon_dropout_is_a_share_of_one() {
        assert_eq!(share_of_one("0.3"), Ok(0.3));
        assert_eq!(share_of_one("0"), Ok(0.0));
        assert_eq!(share_of_one("1"), Ok(1.0));
        for bad in ["NaN", "-0.1", "1.5", "inf", "lots"] {
            assert!(share_of_one(bad).is_err(), "{bad}");
        }
    }
}
