//! `run --config nightly.toml`: every option of `run` as a key of one TOML file, so a
//! nightly job is one checked-in file instead of a long command line.
//!
//! Keys are spelled as the command-line flags are (`text-col`, `previous-clusters`…);
//! unknown keys are refused with the file, line and column. Paths and input globs are
//! relative to the folder holding the config file, so a cron job works whatever its
//! working directory. Options given on the command line win over the file.
//!
//! ```toml
//! inputs = ["exports/fft-*.csv", "exports/*.jsonl"]   # globs, sorted, each must match
//! out = "nightly/out"
//! model = "models/default"
//! seed = 42
//! previous-clusters = "nightly/out/clusters.json"
//! skip-unchanged = true
//! text-col = "FFT answer"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::error_text::line_column;

/// The options of `run` as read from a config file; `None` where the file is silent.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RunConfig {
    /// Input globs (relative to the config file's folder), expanded by [`RunConfig::inputs`].
    #[serde(default)]
    pub inputs: Vec<Spanned<String>>,
    /// Output folder.
    pub out: Option<PathBuf>,
    /// Model folder.
    pub model: Option<PathBuf>,
    /// Column holding the comment text.
    pub text_col: Option<String>,
    /// Column holding the row id.
    pub id_col: Option<String>,
    /// Column holding the survey question.
    pub question_col: Option<String>,
    /// Column holding the date.
    pub date_col: Option<String>,
    /// Column holding the site or service.
    pub site_col: Option<String>,
    /// Column holding the FFT rating.
    pub rating_col: Option<String>,
    /// Longest field accepted, in bytes.
    pub max_field_bytes: Option<usize>,
    /// Number of clusters.
    pub clusters: Option<usize>,
    /// Seed for clustering.
    pub seed: Option<u64>,
    /// A previous run's `clusters.json`.
    pub previous_clusters: Option<PathBuf>,
    /// Skip the run when the inputs are the ones the last run in `out` read.
    pub skip_unchanged: Option<bool>,
    /// Read every numeric date month-first (default: chosen per file and organisation).
    pub month_first: Option<bool>,
    /// Read every numeric date day-first (default: chosen per file and organisation).
    pub day_first: Option<bool>,
    /// Column holding the trust or organisation.
    pub org_col: Option<String>,
    /// Further columns to carry into meta and the hub.
    #[serde(default)]
    pub meta_col: Vec<String>,
    /// Hub database to load the outputs into.
    pub hub: Option<PathBuf>,
    /// Write CSV cells as they are, without the `'` that guards formula-like cells.
    pub no_csv_escape: Option<bool>,
    /// Do not write report.html beside the outputs.
    pub no_report: Option<bool>,
    /// Print nothing but errors.
    pub quiet: Option<bool>,
}

/// Why a config file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config file {path}: check the path")]
    Read {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not valid TOML, or holds an unknown key or a value of the wrong type.
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong (the config holds no comment text, so values may be quoted).
        message: String,
    },
    /// An input glob matched no file.
    #[error("{path}:{line}:{column}: input pattern \"{pattern}\" matches no file (patterns are relative to the config file's folder)")]
    NoMatch {
        /// The config file.
        path: String,
        /// 1-based line of the pattern.
        line: usize,
        /// 1-based column of the pattern.
        column: usize,
        /// The pattern as written.
        pattern: String,
    },
}

/// A config file read and checked, with the folder its relative paths start from.
#[derive(Debug, Clone)]
pub struct LoadedConfig {
    /// The options it sets, paths already made relative to the working directory.
    pub run: RunConfig,
    /// Input files the globs matched: each glob's matches sorted, globs in file order,
    /// a file matched twice kept once.
    pub inputs: Vec<PathBuf>,
}

/// Reads, checks and resolves a `run` config file.
pub fn load_run_config(path: &Path) -> Result<LoadedConfig, ConfigError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: shown.clone(),
        source,
    })?;
    let mut run: RunConfig = toml::from_str(&text).map_err(|e| {
        let (line, column) = e
            .span()
            .map_or((1, 1), |span| line_column(&text, span.start));
        ConfigError::Invalid {
            path: shown.clone(),
            line,
            column,
            message: e.message().trim().to_string(),
        }
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    let mut inputs = Vec::new();
    for pattern in &run.inputs {
        let (line, column) = line_column(&text, pattern.span().start);
        let invalid = |message: String| ConfigError::Invalid {
            path: shown.clone(),
            line,
            column,
            message,
        };
        let joined = base.join(pattern.get_ref());
        let joined = joined
            .to_str()
            .ok_or_else(|| invalid("input pattern is not valid UTF-8".to_string()))?;
        let matches =
            glob::glob(joined).map_err(|e| invalid(format!("invalid input pattern: {}", e.msg)))?;
        let mut found: Vec<PathBuf> = matches.filter_map(Result::ok).collect();
        found.retain(|p| p.is_file());
        if found.is_empty() {
            return Err(ConfigError::NoMatch {
                path: shown.clone(),
                line,
                column,
                pattern: pattern.get_ref().clone(),
            });
        }
        found.sort();
        for file in found {
            if !inputs.contains(&file) {
                inputs.push(file);
            }
        }
    }
    for p in [
        &mut run.out,
        &mut run.model,
        &mut run.previous_clusters,
        &mut run.hub,
    ]
    .into_iter()
    .flatten()
    {
        *p = base.join(&*p);
    }
    Ok(LoadedConfig { run, inputs })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write test file");
        path
    }

    #[test]
    fn reads_every_key_and_resolves_paths_against_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("in")).expect("mkdir");
        write(&dir.path().join("in"), "b.csv", "x");
        write(&dir.path().join("in"), "a.csv", "x");
        write(&dir.path().join("in"), "c.jsonl", "x");
        let path = write(
            dir.path(),
            "nightly.toml",
            "inputs = [\"in/*.csv\", \"in/*.jsonl\", \"in/a.csv\"]\nout = \"out\"\nmodel = \"m\"\n\
             text-col = \"FFT answer\"\nid-col = \"id\"\nquestion-col = \"q\"\ndate-col = \"d\"\n\
             site-col = \"s\"\nrating-col = \"r\"\nmax-field-bytes = 100\nclusters = 7\nseed = 3\n\
             previous-clusters = \"out/clusters.json\"\nskip-unchanged = true\nquiet = true\n",
        );
        let loaded = load_run_config(&path).expect("valid config");
        let names: Vec<_> = loaded
            .inputs
            .iter()
            .map(|p| p.file_name().and_then(|n| n.to_str()).unwrap_or(""))
            .collect();
        assert_eq!(names, ["a.csv", "b.csv", "c.jsonl"]);
        assert_eq!(loaded.run.out, Some(dir.path().join("out")));
        assert_eq!(loaded.run.model, Some(dir.path().join("m")));
        assert_eq!(loaded.run.text_col.as_deref(), Some("FFT answer"));
        assert_eq!(loaded.run.max_field_bytes, Some(100));
        assert_eq!(loaded.run.clusters, Some(7));
        assert_eq!(loaded.run.seed, Some(3));
        assert_eq!(loaded.run.skip_unchanged, Some(true));
    }

    #[test]
    fn unknown_key_is_refused_with_line_and_column() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = write(dir.path(), "n.toml", "seed = 1\n\n  text_col = \"x\"\n");
        let err = load_run_config(&path).expect_err("unknown key");
        let shown = err.to_string();
        assert!(
            shown.contains("n.toml:3:3: unknown field `text_col`"),
            "{shown}"
        );
        assert!(shown.contains("text-col"), "lists the valid keys: {shown}");
    }

    #[test]
    fn wrong_type_and_bad_syntax_name_the_place() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = write(dir.path(), "n.toml", "seed = \"forty\"\n");
        let shown = load_run_config(&path).expect_err("wrong type").to_string();
        assert!(
            shown.starts_with(&format!("{}:1:8:", path.display())),
            "{shown}"
        );
        let path = write(dir.path(), "m.toml", "out = \n");
        let shown = load_run_config(&path).expect_err("syntax").to_string();
        assert!(shown.contains("m.toml:1:"), "{shown}");
    }

    #[test]
    fn a_pattern_matching_nothing_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = write(
            dir.path(),
            "n.toml",
            "inputs = [\n  \"nothing/*.csv\",\n]\n",
        );
        let shown = load_run_config(&path).expect_err("no match").to_string();
        assert!(
            shown.contains("n.toml:2:3: input pattern \"nothing/*.csv\" matches no file"),
            "{shown}"
        );
    }

    #[test]
    fn missing_file_says_so() {
        let err = load_run_config(Path::new("/no/such/nightly.toml")).expect_err("missing");
        assert!(err
            .to_string()
            .contains("cannot read config file /no/such/nightly.toml"));
    }
}
