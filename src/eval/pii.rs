//! PII redaction scored against gold spans: recall, leak rate, false redactions, speed.
//!
//! The gold format is that of `pii_dev.jsonl`: one JSON object per line with `id`,
//! `text`, `has_pii`, `spans` and `decoys`, offsets counted in Unicode scalar values
//! (end exclusive). Offsets are mapped to bytes with `char_indices()` before scoring.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::pii_false_hits::{false_hits_of, FalseHit};
use crate::redact::{PiiSpan, Redactor};

/// Why a gold file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// The file could not be opened or read.
    #[error("cannot read gold file {path}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line is not a gold record (the message names the line and column, never the text).
    #[error("gold file line {line}: not a gold record (column {column}: {category})")]
    BadLine {
        /// 1-based line number.
        line: usize,
        /// Column reported by the JSON parser.
        column: usize,
        /// What kind of JSON problem it was.
        category: String,
    },
    /// A span's offsets fall outside its text or are reversed.
    #[error("gold file line {line}: span offsets {start}..{end} do not fit the text")]
    BadOffsets {
        /// 1-based line number.
        line: usize,
        /// Start offset as written (Unicode scalar values).
        start: usize,
        /// End offset as written.
        end: usize,
    },
}

/// A gold PII span as written in the file (offsets in Unicode scalar values).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpan {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The gold type name, e.g. `PHONE_NUMBER`.
    #[serde(rename = "type")]
    pub kind: String,
}

/// A look-alike that must not be redacted (offsets in Unicode scalar values).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDecoy {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// What it is, e.g. `DURATION`.
    pub kind: String,
}

/// One gold comment.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldComment {
    /// The comment's id.
    pub id: String,
    /// The comment text (synthetic; still never printed).
    pub text: String,
    /// Whether the comment holds PII.
    #[serde(default)]
    pub has_pii: bool,
    /// The PII spans.
    #[serde(default)]
    pub spans: Vec<GoldSpan>,
    /// The look-alikes.
    #[serde(default)]
    pub decoys: Vec<GoldDecoy>,
}

/// Reads a gold JSON Lines file, checking every span's offsets fit its text.
pub fn read_gold(path: &Path) -> Result<Vec<GoldComment>, GoldError> {
    let io_err = |source| GoldError::Io {
        path: path.display().to_string(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_err)?;
    parse_gold(std::io::BufReader::new(file)).map_err(|e| match e {
        GoldError::Io { source, .. } => io_err(source),
        other => other,
    })
}

/// Parses gold JSON Lines from any reader; blank lines are skipped.
pub fn parse_gold(reader: impl BufRead) -> Result<Vec<GoldComment>, GoldError> {
    let mut comments = Vec::new();
    for (index, line) in reader.lines().enumerate() {
        let line_no = index + 1;
        let line = line.map_err(|source| GoldError::Io {
            path: String::new(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let comment: GoldComment = serde_json::from_str(&line).map_err(|e| GoldError::BadLine {
            line: line_no,
            column: e.column(),
            category: format!("{:?}", e.classify()).to_lowercase(),
        })?;
        let chars = comment.text.chars().count();
        let offsets = comment
            .spans
            .iter()
            .map(|s| (s.start, s.end))
            .chain(comment.decoys.iter().map(|d| (d.start, d.end)));
        for (start, end) in offsets {
            if start > end || end > chars {
                return Err(GoldError::BadOffsets {
                    line: line_no,
                    start,
                    end,
                });
            }
        }
        comments.push(comment);
    }
    Ok(comments)
}

/// Scores for one gold type (or for all types together).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TypeScore {
    /// Gold spans of this type.
    pub gold_spans: usize,
    /// Gold spans whose every letter and digit was redacted.
    pub caught: usize,
    /// `caught / gold_spans` (1.0 when there are none).
    pub recall: f64,
    /// Letters and digits inside gold spans.
    pub pii_chars: usize,
    /// Of those, how many were left readable.
    pub leaked_chars: usize,
    /// `leaked_chars / pii_chars` (0.0 when there are none).
    pub leak_rate: f64,
}

/// Everything `eval pii` reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PiiReport {
    /// Comments scored.
    pub comments: usize,
    /// Per gold type, by name (sorted).
    pub per_type: BTreeMap<String, TypeScore>,
    /// All types together.
    pub overall: TypeScore,
    /// Comments with no gold PII.
    pub pii_free_comments: usize,
    /// Of those, how many had anything redacted.
    pub pii_free_with_redaction: usize,
    /// `pii_free_with_redaction / pii_free_comments`.
    pub pii_free_redaction_rate: f64,
    /// PII-free comments that hold no decoy either: plain comments, which a redactor
    /// should leave alone whatever it makes of look-alikes. Counted apart because a
    /// comment whose only content is a look-alike ("Beef Wellington was cold") is scored
    /// again by the decoy figure.
    pub plain_comments: usize,
    /// Of those, how many had anything redacted.
    pub plain_with_redaction: usize,
    /// `plain_with_redaction / plain_comments`.
    pub plain_redaction_rate: f64,
    /// Decoys (look-alikes) in the file.
    pub decoys: usize,
    /// Decoys with any character redacted.
    pub decoys_touched: usize,
    /// `decoys_touched / decoys`.
    pub decoy_touch_rate: f64,
    /// Decoys touched, by decoy kind (sorted).
    pub decoys_touched_by_kind: BTreeMap<String, usize>,
    /// Redacted spans (by predicted kind) that overlap no gold span at all.
    pub spurious_by_kind: BTreeMap<String, usize>,
    /// Throughput of `Redactor::find` on these comments, on one thread.
    pub comments_per_second: f64,
}

/// A gold span the redactor did not fully cover: named by comment id, never by text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miss {
    /// The comment's id.
    pub id: String,
    /// The gold type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Gold start (Unicode scalar values).
    pub start: usize,
    /// Gold end.
    pub end: usize,
    /// Letters and digits left readable.
    pub leaked_chars: usize,
}

/// Scores `redactor` on `gold`; also returns the missed spans and the false hits
/// (redactions overlapping no gold span), by id and offsets.
pub fn evaluate(
    redactor: &Redactor,
    gold: &[GoldComment],
) -> (PiiReport, Vec<Miss>, Vec<FalseHit>) {
    let mut per_type: BTreeMap<String, TypeScore> = BTreeMap::new();
    let mut overall = TypeScore::default();
    let mut misses = Vec::new();
    let (mut pii_free, mut pii_free_redacted) = (0, 0);
    let (mut plain, mut plain_redacted) = (0, 0);
    let (mut decoys, mut decoys_touched) = (0, 0);
    let mut decoys_touched_by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut spurious_by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut false_hits = Vec::new();

    for comment in gold {
        let text = comment.text.as_str();
        let found = redactor.find(text);
        let covered = covered_bytes(text.len(), &found);
        let byte_of = char_to_byte_table(text);

        if comment.spans.is_empty() {
            pii_free += 1;
            if !found.is_empty() {
                pii_free_redacted += 1;
            }
            if comment.decoys.is_empty() {
                plain += 1;
                if !found.is_empty() {
                    plain_redacted += 1;
                }
            }
        }
        let gold_bytes: Vec<(usize, usize)> = comment
            .spans
            .iter()
            .map(|s| (byte_of[s.start], byte_of[s.end]))
            .collect();
        for hit in false_hits_of(comment, &found) {
            *spurious_by_kind.entry(hit.kind.clone()).or_default() += 1;
            false_hits.push(hit);
        }
        for (gold_span, &(start, end)) in comment.spans.iter().zip(&gold_bytes) {
            let (chars, leaked) = count_leaks(text, start, end, &covered);
            let score = per_type.entry(gold_span.kind.clone()).or_default();
            for s in [score, &mut overall] {
                s.gold_spans += 1;
                s.pii_chars += chars;
                s.leaked_chars += leaked;
                if leaked == 0 {
                    s.caught += 1;
                }
            }
            if leaked > 0 {
                misses.push(Miss {
                    id: comment.id.clone(),
                    kind: gold_span.kind.clone(),
                    start: gold_span.start,
                    end: gold_span.end,
                    leaked_chars: leaked,
                });
            }
        }
        for decoy in &comment.decoys {
            decoys += 1;
            let (start, end) = (byte_of[decoy.start], byte_of[decoy.end]);
            if covered[start..end].iter().any(|&c| c) {
                decoys_touched += 1;
                *decoys_touched_by_kind
                    .entry(decoy.kind.clone())
                    .or_default() += 1;
            }
        }
    }
    for score in per_type.values_mut().chain(std::iter::once(&mut overall)) {
        finish_rates(score);
    }
    let report = PiiReport {
        comments: gold.len(),
        per_type,
        overall,
        pii_free_comments: pii_free,
        pii_free_with_redaction: pii_free_redacted,
        pii_free_redaction_rate: ratio(pii_free_redacted, pii_free),
        plain_comments: plain,
        plain_with_redaction: plain_redacted,
        plain_redaction_rate: ratio(plain_redacted, plain),
        decoys,
        decoys_touched,
        decoy_touch_rate: ratio(decoys_touched, decoys),
        decoys_touched_by_kind,
        spurious_by_kind,
        comments_per_second: measure_speed(redactor, gold),
    };
    (report, misses, false_hits)
}

/// `num / den`, or 0 when `den` is 0.
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// Fills in recall and leak rate from the counts.
fn finish_rates(score: &mut TypeScore) {
    score.recall = if score.gold_spans == 0 {
        1.0
    } else {
        ratio(score.caught, score.gold_spans)
    };
    score.leak_rate = ratio(score.leaked_chars, score.pii_chars);
}

/// Byte offset of every char index, plus one entry for the end of the text.
fn char_to_byte_table(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// One flag per byte: was it inside a redacted span?
fn covered_bytes(len: usize, spans: &[PiiSpan]) -> Vec<bool> {
    let mut covered = vec![false; len];
    for span in spans {
        let end = span.end.min(len);
        let start = span.start.min(end);
        covered[start..end].iter_mut().for_each(|c| *c = true);
    }
    covered
}

/// Letters and digits in `text[start..end]`, and how many of them are not covered.
fn count_leaks(text: &str, start: usize, end: usize, covered: &[bool]) -> (usize, usize) {
    let mut chars = 0;
    let mut leaked = 0;
    for (offset, ch) in text[start..end].char_indices() {
        if ch.is_alphanumeric() {
            chars += 1;
            if !covered[start + offset] {
                leaked += 1;
            }
        }
    }
    (chars, leaked)
}

/// Comments per second for `Redactor::find` on one thread, over at least ~0.3 s of work.
fn measure_speed(redactor: &Redactor, gold: &[GoldComment]) -> f64 {
    if gold.is_empty() {
        return 0.0;
    }
    let started = Instant::now();
    let mut done = 0usize;
    let mut spans = 0usize;
    while started.elapsed() < Duration::from_millis(300) {
        for comment in gold {
            spans += std::hint::black_box(redactor.find(&comment.text)).len();
        }
        done += gold.len();
    }
    std::hint::black_box(spans);
    done as f64 / started.elapsed().as_secs_f64()
}

/// Renders the report as a readable table.
pub fn render_table(report: &PiiReport) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<16} {:>6} {:>6} {:>8} {:>9} {:>8} {:>9}\n",
        "type", "gold", "caught", "recall", "pii_chars", "leaked", "leak_rate"
    ));
    let rows = report
        .per_type
        .iter()
        .map(|(k, s)| (k.as_str(), s))
        .chain(std::iter::once(("OVERALL", &report.overall)));
    for (name, s) in rows {
        out.push_str(&format!(
            "{:<16} {:>6} {:>6} {:>7.2}% {:>9} {:>8} {:>8.3}%\n",
            name,
            s.gold_spans,
            s.caught,
            s.recall * 100.0,
            s.pii_chars,
            s.leaked_chars,
            s.leak_rate * 100.0
        ));
    }
    out.push_str(&format!(
        "\ncomments: {}\nPII-free comments with any redaction: {} / {} ({:.2}%)\n",
        report.comments,
        report.pii_free_with_redaction,
        report.pii_free_comments,
        report.pii_free_redaction_rate * 100.0
    ));
    out.push_str(&format!(
        "  of them with no look-alike either: {} / {} ({:.2}%)\n",
        report.plain_with_redaction,
        report.plain_comments,
        report.plain_redaction_rate * 100.0
    ));
    out.push_str(&format!(
        "decoys touched: {} / {} ({:.2}%)",
        report.decoys_touched,
        report.decoys,
        report.decoy_touch_rate * 100.0
    ));
    if !report.decoys_touched_by_kind.is_empty() {
        out.push_str(&format!(
            " [{}]",
            counts_by_kind(&report.decoys_touched_by_kind)
        ));
    }
    out.push('\n');
    if !report.spurious_by_kind.is_empty() {
        out.push_str(&format!(
            "redactions overlapping no gold span: {}\n",
            counts_by_kind(&report.spurious_by_kind)
        ));
    }
    out.push_str(&format!(
        "speed: {:.0} comments/s (one thread)\n",
        report.comments_per_second
    ));
    out
}

/// Counts by kind as one line, in the map's order: "LOOKALIKE 250, WARD 8". The report
/// and `train-pii`'s progress lines print decoys and false spans by kind this way.
pub fn counts_by_kind(counts: &BTreeMap<String, usize>) -> String {
    let parts: Vec<String> = counts
        .iter()
        .map(|(kind, n)| format!("{kind} {n}"))
        .collect();
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(lines: &str) -> Vec<GoldComment> {
        parse_gold(lines.as_bytes()).expect("valid gold")
    }

    #[test]
    fn counts_by_kind_read_as_one_line_in_order() {
        let counts: BTreeMap<String, usize> =
            [("WARD".to_string(), 8), ("LOOKALIKE".to_string(), 250)].into();
        assert_eq!(counts_by_kind(&counts), "LOOKALIKE 250, WARD 8");
        assert_eq!(counts_by_kind(&BTreeMap::new()), "");
    }

    #[test]
    fn parses_gold_lines_and_skips_blanks() {
        let g = gold(concat!(
            r#"{"id":"a","text":"Call 01632 960123","has_pii":true,"spans":[{"start":5,"end":17,"type":"PHONE_NUMBER","value":"x"}],"decoys":[]}"#,
            "\n\n",
            r#"{"id":"b","text":"Waited 3 hours","has_pii":false,"spans":[],"decoys":[{"start":7,"end":14,"kind":"DURATION","value":"x"}]}"#,
            "\n"
        ));
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].spans[0].kind, "PHONE_NUMBER");
        assert_eq!(g[1].decoys[0].kind, "DURATION");
    }

    #[test]
    fn bad_json_names_line_not_text() {
        let err = parse_gold("{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\": secret words".as_bytes())
            .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("line 2"), "{msg}");
        assert!(!msg.contains("secret"), "{msg}");
    }

    #[test]
    fn offsets_outside_text_are_rejected() {
        let err = parse_gold(
            r#"{"id":"a","text":"é","spans":[{"start":0,"end":2,"type":"PERSON"}]}"#.as_bytes(),
        )
        .unwrap_err();
        assert!(matches!(err, GoldError::BadOffsets { line: 1, .. }));
    }

    #[test]
    fn leak_counts_only_uncovered_letters_and_digits_in_char_offsets() {
        // "é" is two bytes: char offsets 2..6 are bytes 3..7.
        let text = "é Ab-1 x";
        let byte_of = char_to_byte_table(text);
        assert_eq!((byte_of[2], byte_of[6]), (3, 7));
        let spans = [PiiSpan {
            start: 3,
            end: 5,
            kind: crate::redact::PiiKind::Person,
        }];
        let covered = covered_bytes(text.len(), &spans);
        // "Ab-1": letters/digits A, b, 1; A and b covered, 1 leaked.
        assert_eq!(count_leaks(text, 3, 7, &covered), (3, 1));
    }

    #[test]
    fn evaluate_counts_pii_free_comments_and_decoys() {
        let g = gold(concat!(
            r#"{"id":"a","text":"Waited 3 hours","has_pii":false,"spans":[],"decoys":[{"start":7,"end":14,"kind":"DURATION"}]}"#,
            "\n",
            r#"{"id":"b","text":"Dr Kowalczyk was kind","has_pii":false,"spans":[],"decoys":[]}"#,
            "\n",
        ));
        let (report, misses, _) = evaluate(&Redactor::new(), &g);
        assert_eq!(report.comments, 2);
        assert_eq!(report.pii_free_comments, 2);
        // Only the comment with no decoy is a plain one; the name in it (wrongly left
        // out of its gold) is a redaction there.
        assert_eq!((report.plain_with_redaction, report.plain_comments), (1, 1));
        assert_eq!(report.pii_free_with_redaction, 1);
        assert_eq!(report.decoys, 1);
        assert!(misses.is_empty());
        assert_eq!(report.overall.gold_spans, 0);
        assert!(render_table(&report).contains("decoys touched"));
    }

    /// The development gold set (the test is ignored where it is absent).
    fn dev_gold() -> Vec<GoldComment> {
        let path = std::path::PathBuf::from(std::env::var("SHARED_DATA").unwrap_or_else(|_| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data").to_string()
        }))
        .join("pii/pii_dev.jsonl");
        read_gold(&path).expect("the dev gold file parses")
    }

    /// A regression guard on the development set (the set the rules were developed
    /// on, so these are not unseen-data figures): the non-name recognizers keep full
    /// recall and PII-free comments and decoys stay untouched.
    #[test]
    #[ignore = "needs ../shared/data; run with `cargo test --release -- --ignored` where it is present (or SHARED_DATA=DIR)"]
    fn dev_set_targets_hold_for_non_name_types() {
        let gold = dev_gold();
        let (report, _, _) = evaluate(&Redactor::new(), &gold);
        for kind in [
            "NHS_NUMBER",
            "EMAIL_ADDRESS",
            "PHONE_NUMBER",
            "UK_POSTCODE",
            "UK_NINO",
        ] {
            let score = &report.per_type[kind];
            assert_eq!(score.caught, score.gold_spans, "{kind} recall");
        }
        // Issue 9's target is 3%; the learned name tagger (name bias 33) takes the
        // development set to 3.22% (29 of 900; rules alone: 0%). The guard holds today's
        // level, rounded up to 0.1 point, so it cannot get worse unseen.
        assert!(report.pii_free_redaction_rate <= 0.033, "{report:?}");
        assert!(report.decoy_touch_rate <= 0.01, "{report:?}");
    }

    #[test]
    fn ratio_handles_zero_denominator() {
        assert_eq!(ratio(0, 0), 0.0);
        assert_eq!(ratio(1, 4), 0.25);
    }
}
