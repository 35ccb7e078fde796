//! Encoding a streamed run's rows straight from their compact forms into the bytes of
//! `tagged.jsonl` and `tagged.csv`: the same bytes as building a
//! [`TaggedRow`](crate::export::TaggedRow) and serialising it (a test compares both),
//! without the dozen strings and vectors each row built that way costs. JSON leaves
//! (strings, scores, enums) go through `serde_json` and CSV cells through the `csv`
//! writer, so escaping, quoting and number formatting are theirs.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::predictions::{PredictionRef, ThemePart};
use crate::classify::SentimentLabel;
use crate::clean::{Flags, QuestionType};
use crate::csv_escape::CsvEscape;
use crate::export::schema::TAGGED_ROW_VERSION;
use crate::export::SummaryBuilder;

/// Everything written for one row, borrowed from the run's compact forms.
pub(super) struct RowView<'a> {
    pub(super) id: &'a str,
    pub(super) text: &'a str,
    pub(super) question_type: QuestionType,
    pub(super) prediction: PredictionRef<'a>,
    pub(super) flags: Flags,
    /// Cluster id and label.
    pub(super) cluster: Option<(u32, &'a str)>,
    pub(super) redactions: &'a BTreeMap<&'static str, u32>,
    pub(super) file: &'a str,
    pub(super) line: u64,
    pub(super) date: Option<&'a str>,
    pub(super) site: Option<&'a str>,
    pub(super) rating: Option<u8>,
    pub(super) date_iso: Option<&'a str>,
    pub(super) carried: &'a BTreeMap<String, String>,
}

impl RowView<'_> {
    /// The sentiment written: none for blanks and non-answers.
    fn sentiment(&self) -> Option<(SentimentLabel, f32)> {
        let s = &self.prediction.sentiment;
        (!self.flags.non_answer).then_some((s.label, s.score))
    }
}

/// Encodes rows into both formats, reusing its buffers from row to row.
pub(super) struct RowEncoder {
    jsonl: Vec<u8>,
    csv: csv::Writer<Vec<u8>>,
    escape: CsvEscape,
    /// Cells built per row (lists joined with `; `, numbers formatted).
    cells: CsvCells,
    /// The row's themes as written.
    themes: Vec<ThemePart>,
}

/// The CSV cells that are not borrowed as they are.
#[derive(Default)]
struct CsvCells {
    line: String,
    themes: String,
    majors: String,
    scores: String,
    sources: String,
    sentiment_score: String,
    cluster_id: String,
    flags: String,
    redactions: String,
}

impl RowEncoder {
    /// An encoder for about `rows` rows.
    pub(super) fn new(rows: usize, escape: CsvEscape) -> Self {
        RowEncoder {
            jsonl: Vec::with_capacity(rows * 512),
            csv: csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(Vec::with_capacity(rows * 384)),
            escape,
            cells: CsvCells::default(),
            themes: Vec::new(),
        }
    }

    /// Appends one row to both outputs and counts it in `summary`.
    pub(super) fn push(
        &mut self,
        row: &RowView<'_>,
        summary: &mut SummaryBuilder,
    ) -> std::io::Result<()> {
        let flags = row.flags.names();
        let mut themes = std::mem::take(&mut self.themes);
        themes.clear();
        themes.extend(row.prediction.theme_parts());
        summary.add_parts(
            row.sentiment().map(|(label, _)| label),
            &flags,
            row.redactions,
            themes.iter().map(|t| (t.label, t.major)),
        );
        write_json_row(&mut self.jsonl, row, &themes, &flags)?;
        let written = self.write_csv_row(row, &themes, &flags);
        self.themes = themes;
        written
    }

    /// The encoded rows: (`tagged.jsonl` lines, `tagged.csv` records).
    pub(super) fn finish(self) -> std::io::Result<(Vec<u8>, Vec<u8>)> {
        let csv = self.csv.into_inner().map_err(|e| e.into_error())?;
        Ok((self.jsonl, csv))
    }

    /// One CSV record, cells in [`crate::export::CSV_HEADER`] order.
    fn write_csv_row(
        &mut self,
        row: &RowView<'_>,
        themes: &[ThemePart],
        flags: &[&str],
    ) -> std::io::Result<()> {
        let c = &mut self.cells;
        c.line.clear();
        c.line.push_str(itoa::Buffer::new().format(row.line));
        let (mut majors, mut sep) = (Vec::<&str>::with_capacity(4), "");
        for s in [&mut c.themes, &mut c.scores, &mut c.sources] {
            s.clear();
        }
        for t in themes {
            c.themes.push_str(sep);
            c.themes.push_str(t.label);
            c.scores.push_str(sep);
            crate::decimal4::push_4dp(&mut c.scores, t.score);
            c.sources.push_str(sep);
            c.sources.push_str(t.source.name());
            majors.push(t.major);
            sep = "; ";
        }
        majors.sort_unstable();
        majors.dedup();
        join_into(&mut c.majors, majors.iter().copied());
        c.sentiment_score.clear();
        let sentiment = row.sentiment();
        if let Some((_, score)) = sentiment {
            crate::decimal4::push_4dp(&mut c.sentiment_score, score);
        }
        c.cluster_id.clear();
        if let Some((id, _)) = row.cluster {
            c.cluster_id.push_str(itoa::Buffer::new().format(id));
        }
        join_into(&mut c.flags, flags.iter().copied());
        c.redactions.clear();
        for (i, (k, v)) in row.redactions.iter().enumerate() {
            let sep = if i == 0 { "" } else { "; " };
            let _ = write!(c.redactions, "{sep}{k}={v}");
        }
        let cells: [&str; 17] = [
            row.id,
            row.file,
            &c.line,
            row.question_type.name(),
            row.text,
            &c.themes,
            &c.majors,
            &c.scores,
            &c.sources,
            sentiment.map(|(l, _)| l.name()).unwrap_or_default(),
            &c.sentiment_score,
            &c.cluster_id,
            row.cluster.map(|(_, label)| label).unwrap_or_default(),
            &c.flags,
            &c.redactions,
            row.date.unwrap_or_default(),
            row.site.unwrap_or_default(),
        ];
        self.csv.write_record(self.escape.record(cells.iter()))?;
        Ok(())
    }
}

/// `items` joined with `; ` into `out` (cleared first).
fn join_into<'a>(out: &mut String, items: impl Iterator<Item = &'a str>) {
    out.clear();
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(item);
    }
}

/// A JSON leaf (string, number, enum) as `serde_json` writes it.
fn leaf<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(std::io::Error::from)
}

/// Bytes that `serde_json` writes escaped inside a string: controls, `"` and `\\`.
fn needs_json_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// True when some byte of `bytes` needs escaping. Each 32-byte block is folded with
/// `|` rather than searched with a stop at the first hit, so the compiler checks it in
/// vector registers; most strings have none, and reading them all costs less than a
/// byte-by-byte search.
fn any_needs_json_escape(bytes: &[u8]) -> bool {
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        if block
            .iter()
            .fold(false, |any, &b| any | needs_json_escape(b))
        {
            return true;
        }
    }
    blocks.remainder().iter().any(|&b| needs_json_escape(b))
}

/// `text` as a JSON string, the same bytes as `serde_json` writes: quoted as it is when
/// no byte needs escaping (nearly every comment, id and label), through `serde_json`
/// otherwise. Its escaping loop looks each byte up and copies between escapes; one
/// check over the bytes and one copy cost less.
fn json_str(out: &mut Vec<u8>, text: &str) -> std::io::Result<()> {
    if any_needs_json_escape(text.as_bytes()) {
        return leaf(out, text);
    }
    out.reserve(text.len() + 2);
    out.push(b'"');
    out.extend_from_slice(text.as_bytes());
    out.push(b'"');
    Ok(())
}

/// `key`, then `text` as a JSON string ([`json_str`]).
fn str_field(out: &mut Vec<u8>, key: &[u8], text: &str) -> std::io::Result<()> {
    out.extend_from_slice(key);
    json_str(out, text)
}

/// `key`, then `n` in decimal (as `serde_json` and `write!` write integers).
fn int_field(out: &mut Vec<u8>, key: &[u8], n: impl itoa::Integer) {
    out.extend_from_slice(key);
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// `key` (the JSON text before a value: a comma, the quoted name and a colon), then
/// `value` as a leaf.
fn field<T: serde::Serialize + ?Sized>(
    out: &mut Vec<u8>,
    key: &[u8],
    value: &T,
) -> std::io::Result<()> {
    out.extend_from_slice(key);
    leaf(out, value)
}

/// An optional JSON leaf: the value, or `null`.
fn optional<T: serde::Serialize>(out: &mut Vec<u8>, value: Option<T>) -> std::io::Result<()> {
    match value {
        Some(v) => leaf(out, &v),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// An optional JSON string: the string ([`json_str`]), or `null`.
fn optional_str(out: &mut Vec<u8>, value: Option<&str>) -> std::io::Result<()> {
    match value {
        Some(text) => json_str(out, text),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// One `tagged.jsonl` line: the fields of `Versioned<TaggedRow>` in declaration order,
/// compact, with `meta`'s empty optional fields left out as serde's attributes say.
fn write_json_row(
    out: &mut Vec<u8>,
    row: &RowView<'_>,
    themes: &[ThemePart],
    flags: &[&str],
) -> std::io::Result<()> {
    int_field(out, b"{\"schema_version\":", TAGGED_ROW_VERSION);
    str_field(out, b",\"id\":", row.id)?;
    str_field(out, b",\"text\":", row.text)?;
    field(out, b",\"question_type\":", &row.question_type)?;
    out.extend_from_slice(b",\"themes\":[");
    for (i, t) in themes.iter().enumerate() {
        str_field(
            out,
            if i > 0 {
                b",{\"label\":"
            } else {
                b"{\"label\":"
            },
            t.label,
        )?;
        str_field(out, b",\"major\":", t.major)?;
        field(out, b",\"score\":", &t.score)?;
        field(out, b",\"source\":", &t.source)?;
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"sentiment\":");
    match row.sentiment() {
        Some((label, score)) => {
            field(out, b"{\"label\":", &label)?;
            field(out, b",\"score\":", &score)?;
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"cluster\":");
    match row.cluster {
        Some((id, label)) => {
            int_field(out, b"{\"id\":", id);
            str_field(out, b",\"label\":", label)?;
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    field(out, b",\"flags\":", flags)?;
    if row.redactions.is_empty() {
        out.extend_from_slice(b",\"redactions\":{}");
    } else {
        field(out, b",\"redactions\":", row.redactions)?;
    }
    str_field(out, b",\"meta\":{\"file\":", row.file)?;
    int_field(out, b",\"line\":", row.line);
    out.extend_from_slice(b",\"date\":");
    optional_str(out, row.date)?;
    out.extend_from_slice(b",\"site\":");
    optional_str(out, row.site)?;
    out.extend_from_slice(b",\"rating\":");
    optional(out, row.rating)?;
    if let Some(date_iso) = row.date_iso {
        str_field(out, b",\"date_iso\":", date_iso)?;
    }
    if !row.carried.is_empty() {
        field(out, b",\"carried\":", row.carried)?;
    }
    out.extend_from_slice(b"}}\n");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{LabelSource, Prediction, SentimentPrediction, ThemeAssignment};
    use crate::export::{encode_rows, ClusterRef, RowMeta, TaggedRow};
    use crate::pipeline::predictions::CompactPrediction;
    use crate::redact::RedactedText;

    /// The row as the export used to build it before serialising.
    fn tagged(row: &RowView<'_>) -> TaggedRow {
        TaggedRow {
            id: row.id.to_string(),
            text: RedactedText::assume_redacted(row.text),
            question_type: row.question_type,
            themes: row.prediction.themes(),
            sentiment: row
                .sentiment()
                .map(|(label, score)| SentimentPrediction { label, score }),
            cluster: row.cluster.map(|(id, label)| ClusterRef {
                id,
                label: label.to_string(),
            }),
            flags: row.flags.names(),
            redactions: row.redactions.clone(),
            meta: RowMeta {
                file: row.file.to_string(),
                line: row.line,
                date: row.date.map(str::to_string),
                site: row.site.map(str::to_string),
                rating: row.rating,
                date_iso: row.date_iso.map(str::to_string),
                carried: row.carried.clone(),
            },
        }
    }

    fn prediction(
        themes: &[(&str, f32, LabelSource)],
        sentiment: SentimentLabel,
    ) -> CompactPrediction {
        CompactPrediction::new(&Prediction {
            themes: themes
                .iter()
                .map(|&(l, s, src)| ThemeAssignment::named(l, s, src))
                .collect(),
            sentiment: SentimentPrediction {
                label: sentiment,
                score: 0.812_345,
            },
        })
    }

    fn serde_str(text: &str) -> Vec<u8> {
        serde_json::to_vec(text).unwrap()
    }

    fn fast_str(text: &str) -> Vec<u8> {
        let mut out = b"x".to_vec();
        json_str(&mut out, text).unwrap();
        out.remove(0);
        out
    }

    #[test]
    fn json_strings_are_serde_json_s() {
        // Every one-byte character, alone and between letters: the controls, `"` and
        // `\` take serde_json's path, the rest the quoted copy.
        let mut quoted = 0;
        for c in (0u8..0x80).map(char::from) {
            for text in [c.to_string(), format!("a{c}b{c}")] {
                assert_eq!(fast_str(&text), serde_str(&text), "{:#x}", c as u32);
            }
            quoted += usize::from(!needs_json_escape(c as u8));
        }
        assert_eq!(quoted, 0x80 - 0x20 - 2);
        for text in [
            "",
            "caf\u{e9} \u{2019}ok\u{2019} \u{1F600} \u{7f}\u{2028}",
            "tab\there \"quoted\" back\\slash\nline",
            "\u{0}\u{1f}",
        ] {
            assert_eq!(fast_str(text), serde_str(text), "{text:?}");
        }
        // The block check finds an escape at every position of texts around the block
        // size, and finds none in texts without one.
        for len in [0, 1, 31, 32, 33, 64, 70] {
            let plain = "a\u{e9}".repeat(len).into_bytes()[..len].to_vec();
            assert!(!any_needs_json_escape(&plain), "{len}");
            for at in 0..len {
                for bad in [b'"', b'\\', b'\n', 0] {
                    let mut text = plain.clone();
                    text[at] = bad;
                    assert!(any_needs_json_escape(&text), "{len} {at} {bad}");
                }
            }
        }
        assert!(needs_json_escape(b'"') && needs_json_escape(b'\n'));
        assert!(!needs_json_escape(b'a') && !needs_json_escape(0x7f) && !needs_json_escape(0xe2));
    }

    #[test]
    fn integers_and_optional_strings_are_serde_json_s() {
        for n in [0u64, 7, 10, 99, 12_345, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            int_field(&mut out, b"k:", n);
            assert_eq!(
                out,
                [b"k:".to_vec(), serde_json::to_vec(&n).unwrap()].concat()
            );
        }
        for value in [None, Some(""), Some("a\"b"), Some("01/02/2024")] {
            let mut fast = Vec::new();
            optional_str(&mut fast, value).unwrap();
            let mut general = Vec::new();
            optional(&mut general, value).unwrap();
            assert_eq!(fast, general, "{value:?}");
        }
    }

    #[test]
    fn bytes_match_serialising_tagged_rows() {
        let two = prediction(
            &[
                ("Parking", 0.912_34, LabelSource::Model),
                ("Timeliness of care", 0.5, LabelSource::Rule),
                (
                    "Staff manner & personal attributes",
                    0.3,
                    LabelSource::Model,
                ),
            ],
            SentimentLabel::Negative,
        );
        let none = prediction(&[], SentimentLabel::Neutral);
        let mut redactions = BTreeMap::new();
        redactions.insert("PERSON", 2);
        redactions.insert("PHONE_NUMBER", 1);
        let mut carried = BTreeMap::new();
        carried.insert("ethnicity".to_string(), "White, \"British\"".to_string());
        let empty_r = BTreeMap::new();
        let empty_c = BTreeMap::new();
        let views = [
            RowView {
                id: "=HYPERLINK(1)",
                text: "Thanks \"Dr\" [PERSON],\nsee you; café – 10% off",
                question_type: QuestionType::CouldImprove,
                prediction: two.borrowed(),
                flags: Flags {
                    blank: false,
                    non_answer: false,
                    duplicate: true,
                },
                cluster: Some((7, "parking, car park")),
                redactions: &redactions,
                file: "in put,1.csv",
                line: 42,
                date: Some("01/02/2024"),
                site: Some("-A&E"),
                rating: Some(5),
                date_iso: Some("2024-02-01"),
                carried: &carried,
            },
            RowView {
                id: "",
                text: "",
                question_type: QuestionType::Nonspecific,
                prediction: none.borrowed(),
                flags: Flags {
                    blank: true,
                    non_answer: true,
                    duplicate: false,
                },
                cluster: None,
                redactions: &empty_r,
                file: "b.jsonl",
                line: 3,
                date: None,
                site: None,
                rating: None,
                date_iso: None,
                carried: &empty_c,
            },
            RowView {
                id: "-3",
                text: "+44 ok",
                question_type: QuestionType::WhatGood,
                prediction: none.borrowed(),
                flags: Flags::default(),
                cluster: Some((0, "")),
                redactions: &empty_r,
                file: "b.jsonl",
                line: 4,
                date: Some(""),
                site: None,
                rating: Some(1),
                date_iso: None,
                carried: &empty_c,
            },
        ];
        for escape in [CsvEscape::On, CsvEscape::Off] {
            let mut encoder = RowEncoder::new(4, escape);
            let mut summary = SummaryBuilder::default();
            let mut expected_summary = SummaryBuilder::default();
            for v in &views {
                encoder.push(v, &mut summary).unwrap();
                expected_summary.add(&tagged(v));
            }
            let (jsonl, csv) = encoder.finish().unwrap();
            let rows: Vec<TaggedRow> = views.iter().map(tagged).collect();
            let expected = encode_rows(&rows, escape).unwrap();
            assert_eq!(
                String::from_utf8(jsonl).unwrap(),
                String::from_utf8(expected.jsonl).unwrap()
            );
            assert_eq!(
                String::from_utf8(csv).unwrap(),
                String::from_utf8(expected.csv).unwrap()
            );
            assert_eq!(summary.finish(), expected_summary.finish());
        }
    }
}
