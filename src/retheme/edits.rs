//! The analyst's edits file: cluster names, cluster → theme mappings and per-comment
//! overrides, in one human-edited TOML file (see the README for its format).
//!
//! [`Edits::parse`] checks everything before anything is applied: unknown keys, unknown
//! QDC v7 labels (with the nearest valid one suggested), contradictions (a label both
//! added and removed, `set` mixed with `add`/`remove`), repeated cluster or comment ids.
//! Every error names the file, line and column.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::label_names;
use crate::classify::taxonomy::LABELLING_NOT_POSSIBLE;
use crate::ingest::hashing_reader::sha256_hex;

/// An edits file that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum EditsError {
    /// The file could not be read.
    #[error("cannot read edits file {path}")]
    Read {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A label is not a QDC v7 subcategory.
    #[error("{path}:{line}:{column}: unknown QDC v7 label \"{label}\"; nearest valid label: \"{nearest}\"")]
    UnknownLabel {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column (characters).
        column: usize,
        /// The label as written.
        label: String,
        /// The closest valid subcategory name.
        nearest: &'static str,
    },
    /// The TOML is malformed, has an unknown key or a wrong type, or contradicts itself.
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column (characters).
        column: usize,
        /// What is wrong and what to do.
        message: String,
    },
}

/// New names and themes for one cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterEdit {
    /// The cluster id from `clusters.json`.
    pub id: u32,
    /// The analyst's name, replacing the generated label; `None` keeps the current name.
    pub name: Option<String>,
    /// Subcategories added to every real answer in the cluster (source `cluster`).
    pub themes: Vec<&'static str>,
}

/// What an override does to a comment's themes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverrideChange {
    /// Add some labels (source `override`) and remove others.
    Adjust {
        /// Labels added.
        add: Vec<&'static str>,
        /// Labels removed, whatever their source.
        remove: Vec<&'static str>,
    },
    /// Replace every theme with these (source `override`); may be empty.
    Set(Vec<&'static str>),
}

/// An analyst's change to one comment, found by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentOverride {
    /// The comment id (every row with this id is changed).
    pub id: String,
    /// The change.
    pub change: OverrideChange,
}

/// A checked edits file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edits {
    /// Cluster edits, in file order, one per cluster id.
    pub clusters: Vec<ClusterEdit>,
    /// Overrides, in file order, one per comment id.
    pub overrides: Vec<CommentOverride>,
}

/// An edits file read from disk, with its hash for the manifest.
#[derive(Debug, Clone)]
pub struct EditsFile {
    /// The checked edits.
    pub edits: Edits,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
}

/// The file as written: spans kept so errors can point at lines.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEdits {
    #[serde(default)]
    cluster: Vec<RawCluster>,
    #[serde(default, rename = "override")]
    overrides: Vec<RawOverride>,
}

/// One `[[cluster]]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCluster {
    id: Spanned<u32>,
    name: Option<Spanned<String>>,
    #[serde(default)]
    themes: Vec<Spanned<String>>,
}

/// One `[[override]]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverride {
    id: Spanned<String>,
    add: Option<Vec<Spanned<String>>>,
    remove: Option<Vec<Spanned<String>>>,
    set: Option<Vec<Spanned<String>>>,
}

/// Turns byte offsets of one file into errors naming line and column.
struct Locator<'a> {
    path: &'a str,
    text: &'a str,
}

impl Locator<'_> {
    /// 1-based line and column (in characters) of a byte offset.
    fn line_column(&self, offset: usize) -> (usize, usize) {
        crate::error_text::line_column(self.text, offset)
    }

    /// An [`EditsError::Invalid`] at `offset`.
    fn invalid(&self, offset: usize, message: impl Into<String>) -> EditsError {
        let (line, column) = self.line_column(offset);
        EditsError::Invalid {
            path: self.path.to_string(),
            line,
            column,
            message: message.into(),
        }
    }

    /// The framework's name for a written label, or an error suggesting the nearest.
    fn label(&self, written: &Spanned<String>) -> Result<&'static str, EditsError> {
        label_names::resolve(written.get_ref()).ok_or_else(|| {
            let (line, column) = self.line_column(written.span().start);
            EditsError::UnknownLabel {
                path: self.path.to_string(),
                line,
                column,
                label: written.get_ref().clone(),
                nearest: label_names::nearest(written.get_ref()),
            }
        })
    }

    /// Resolves a list of labels, dropping repeats; `Labelling not possible` only alone.
    fn labels(&self, written: &[Spanned<String>]) -> Result<Vec<&'static str>, EditsError> {
        let mut labels: Vec<&'static str> = Vec::with_capacity(written.len());
        for w in written {
            let label = self.label(w)?;
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
        if labels.len() > 1 && labels.contains(&LABELLING_NOT_POSSIBLE) {
            let at = written
                .iter()
                .find(|w| w.get_ref() == LABELLING_NOT_POSSIBLE)
                .map_or(0, |w| w.span().start);
            return Err(self.invalid(
                at,
                format!("\"{LABELLING_NOT_POSSIBLE}\" cannot be listed with other themes"),
            ));
        }
        Ok(labels)
    }
}

impl Edits {
    /// Reads and checks an edits file.
    pub fn read(path: &Path) -> Result<EditsFile, EditsError> {
        let read_err = |source| EditsError::Read {
            path: path.display().to_string(),
            source,
        };
        let bytes = std::fs::read(path).map_err(read_err)?;
        let sha256 = sha256_hex(&bytes);
        let text = String::from_utf8(bytes).map_err(|e| EditsError::Invalid {
            path: path.display().to_string(),
            line: 1,
            column: 1,
            message: format!(
                "not UTF-8 text (byte {}): save the edits file as UTF-8",
                e.utf8_error().valid_up_to()
            ),
        })?;
        let edits = Edits::parse(&text, &path.display().to_string())?;
        Ok(EditsFile { edits, sha256 })
    }

    /// Parses and checks edits TOML; `path` names the file in errors.
    pub fn parse(text: &str, path: &str) -> Result<Edits, EditsError> {
        let at = Locator { path, text };
        let raw: RawEdits = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            let message = e.message().trim().replace('\n', "; ");
            at.invalid(offset, message)
        })?;
        let mut edits = Edits::default();
        let mut cluster_lines: Vec<(u32, usize)> = Vec::new();
        for c in &raw.cluster {
            let id = *c.id.get_ref();
            if let Some(&(_, line)) = cluster_lines.iter().find(|(seen, _)| *seen == id) {
                return Err(at.invalid(
                    c.id.span().start,
                    format!("cluster {id} is already edited at line {line}: merge the two entries"),
                ));
            }
            cluster_lines.push((id, at.line_column(c.id.span().start).0));
            let name =
                match &c.name {
                    Some(n) if n.get_ref().trim().is_empty() => return Err(at.invalid(
                        n.span().start,
                        "a cluster name cannot be empty: leave `name` out to keep the current one",
                    )),
                    Some(n) => Some(n.get_ref().trim().to_string()),
                    None => None,
                };
            let themes = at.labels(&c.themes)?;
            if themes.contains(&LABELLING_NOT_POSSIBLE) {
                let offset = c.themes.first().map_or(0, |t| t.span().start);
                return Err(at.invalid(
                    offset,
                    format!(
                        "\"{LABELLING_NOT_POSSIBLE}\" cannot be mapped to a cluster (it is for non-answers, which have no cluster)"
                    ),
                ));
            }
            edits.clusters.push(ClusterEdit { id, name, themes });
        }
        let mut override_lines: Vec<(&str, usize)> = Vec::new();
        for o in &raw.overrides {
            let id = o.id.get_ref().as_str();
            let id_at = o.id.span().start;
            if id.trim().is_empty() {
                return Err(at.invalid(id_at, "an override needs a comment id"));
            }
            if let Some(&(_, line)) = override_lines.iter().find(|(seen, _)| *seen == id) {
                return Err(at.invalid(
                    id_at,
                    format!("comment {id} already has an override at line {line}: merge the two entries"),
                ));
            }
            override_lines.push((id, at.line_column(id_at).0));
            let change = match (&o.set, &o.add, &o.remove) {
                (Some(set), None, None) => OverrideChange::Set(at.labels(set)?),
                (Some(_), _, _) => {
                    return Err(at.invalid(
                        id_at,
                        format!(
                            "override for {id}: use either `set`, or `add` / `remove`, not both"
                        ),
                    ))
                }
                (None, None, None) => {
                    return Err(at.invalid(
                        id_at,
                        format!("override for {id} changes nothing: give `add`, `remove` or `set`"),
                    ))
                }
                (None, add, remove) => {
                    let add = at.labels(add.as_deref().unwrap_or_default())?;
                    let remove_written = remove.as_deref().unwrap_or_default();
                    let mut remove = Vec::with_capacity(remove_written.len());
                    for w in remove_written {
                        let label = at.label(w)?;
                        if add.contains(&label) {
                            return Err(at.invalid(
                                w.span().start,
                                format!("override for {id} both adds and removes \"{label}\""),
                            ));
                        }
                        if !remove.contains(&label) {
                            remove.push(label);
                        }
                    }
                    OverrideChange::Adjust { add, remove }
                }
            };
            edits.overrides.push(CommentOverride {
                id: id.to_string(),
                change,
            });
        }
        Ok(edits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
# cluster 7 is about tribunals
[[cluster]]
id = 7
name = "Advocacy and tribunals"
themes = ["Mental Health Act"]

[[cluster]]
id = 3
name = "Noise at night"

[[override]]
id = "SYN-C0002"
add = ["Discharge"]
remove = ["Food & drink provision & facilities"]

[[override]]
id = "SYN-C0005"
set = []
"#;

    fn error(text: &str) -> String {
        Edits::parse(text, "edits.toml").unwrap_err().to_string()
    }

    #[test]
    fn parses_the_documented_example() {
        let edits = Edits::parse(EXAMPLE, "edits.toml").unwrap();
        assert_eq!(
            edits.clusters,
            vec![
                ClusterEdit {
                    id: 7,
                    name: Some("Advocacy and tribunals".into()),
                    themes: vec!["Mental Health Act"],
                },
                ClusterEdit {
                    id: 3,
                    name: Some("Noise at night".into()),
                    themes: vec![],
                },
            ]
        );
        assert_eq!(
            edits.overrides[0].change,
            OverrideChange::Adjust {
                add: vec!["Discharge"],
                remove: vec!["Food & drink provision & facilities"],
            }
        );
        assert_eq!(edits.overrides[1].change, OverrideChange::Set(vec![]));
    }

    #[test]
    fn empty_file_is_no_edits() {
        assert_eq!(Edits::parse("", "e.toml").unwrap(), Edits::default());
    }

    #[test]
    fn unknown_label_names_line_column_and_nearest() {
        let err = error("[[cluster]]\nid = 7\nthemes = [\"Discharge\", \"Mental Heath Act\"]\n");
        assert_eq!(
            err,
            "edits.toml:3:24: unknown QDC v7 label \"Mental Heath Act\"; nearest valid label: \"Mental Health Act\""
        );
    }

    #[test]
    fn unknown_key_and_wrong_type_name_line_and_column() {
        let err = error("[[override]]\nid = \"A\"\nadd = [\"Discharge\"]\nreplace = []\n");
        assert!(
            err.starts_with("edits.toml:4:1: unknown field `replace`"),
            "{err}"
        );
        assert!(err.contains("`set`"), "lists the valid keys: {err}");
        let err = error("[[cluster]]\nid = \"seven\"\n");
        assert!(err.starts_with("edits.toml:2:6: "), "{err}");
        let err = error("[[clusters]]\nid = 1\n");
        assert!(err.starts_with("edits.toml:1:"), "{err}");
        assert!(err.contains("unknown field `clusters`"), "{err}");
    }

    #[test]
    fn syntax_error_is_one_line_with_position() {
        let err = error("[[cluster]]\nid = 7\nname = \"unterminated\n");
        assert!(err.starts_with("edits.toml:3:"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }

    #[test]
    fn contradictions_are_errors() {
        let both = error("[[override]]\nid = \"A\"\nset = []\nadd = [\"Discharge\"]\n");
        assert!(
            both.starts_with("edits.toml:2:6:") && both.contains("not both"),
            "{both}"
        );
        let nothing = error("[[override]]\nid = \"A\"\n");
        assert!(nothing.contains("changes nothing"), "{nothing}");
        let add_remove =
            error("[[override]]\nid = \"A\"\nadd = [\"Discharge\"]\nremove = [\"Discharge\"]\n");
        assert!(add_remove.starts_with("edits.toml:4:11:"), "{add_remove}");
        let twice = error("[[cluster]]\nid = 1\n[[cluster]]\nid = 1\n");
        assert!(
            twice.starts_with("edits.toml:4:6:") && twice.contains("line 2"),
            "{twice}"
        );
        let twice =
            error("[[override]]\nid = \"A\"\nset = []\n[[override]]\nid = \"A\"\nset = []\n");
        assert!(twice.contains("line 2"), "{twice}");
        let lnp =
            error("[[override]]\nid = \"A\"\nset = [\"Discharge\", \"Labelling not possible\"]\n");
        assert!(lnp.contains("cannot be listed with other themes"), "{lnp}");
        let lnp = error("[[cluster]]\nid = 1\nthemes = [\"Labelling not possible\"]\n");
        assert!(lnp.contains("cannot be mapped to a cluster"), "{lnp}");
        let empty = error("[[cluster]]\nid = 1\nname = \" \"\n");
        assert!(empty.contains("cannot be empty"), "{empty}");
    }

    #[test]
    fn repeated_labels_are_kept_once() {
        let edits = Edits::parse(
            "[[cluster]]\nid = 1\nthemes = [\"Parking\", \"Parking\"]\n",
            "e",
        )
        .unwrap();
        assert_eq!(edits.clusters[0].themes, vec!["Parking"]);
    }
}
