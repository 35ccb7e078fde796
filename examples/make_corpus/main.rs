//! Writes `corpus-samples/`: synthetic FFT comments made by this project, covering every
//! QDC v7 subcategory, with planted personal data and the damage real exports carry.
//!
//! Deterministic (fixed ChaCha seed): running it again rewrites identical files.
//! Run from the crate root: `cargo run --example make_corpus`.

mod mess;
mod pii;
mod themes;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Value};

use themes::{Theme, GOOD_QUESTIONS, IMPROVE_QUESTIONS, NON_ANSWERS, QUESTION_DEPENDENT, THEMES};

/// The generator's fixed seed.
const SEED: u64 = 20_240_607;
/// The first 11 columns of the QDC export (label columns omitted).
const CSV_HEADER: [&str; 11] = [
    "Comment ID",
    "Trust",
    "Respondent ID",
    "Date",
    "Service type 1",
    "Service type 2",
    "FFT categorical answer",
    "FFT question",
    "FFT answer",
    "Person identifiable info?",
    "Comment sentiment",
];
const SERVICES: &[(&str, &str)] = &[
    ("PTS - Patient Transport", "Outpatient transport"),
    ("See and Convey", "Emergency"),
    ("111", "Clinical advice"),
    ("Local partnerships- MH", "Inpatient"),
    ("Forensic", "Low secure"),
    ("Community health services", "District nursing"),
];
/// Bytes longer than the 32 KiB default field limit.
const OVER_LONG_BYTES: usize = 40 * 1024;

/// How a comment leans, which decides its question, rating and sentiment.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lean {
    Positive,
    Negative,
    Mixed,
    None,
}

/// One comment before it is written: its text (bytes, as they will appear) and lean.
struct Comment {
    text: Vec<u8>,
    lean: Lean,
    /// Fixed question, when the comment's meaning depends on it.
    question: Option<&'static str>,
    /// Holds planted personal data (never altered or copied after planting).
    pii: bool,
}

impl Comment {
    fn new(text: impl Into<String>, lean: Lean) -> Self {
        Comment {
            text: text.into().into_bytes(),
            lean,
            question: None,
            pii: false,
        }
    }
}

/// Counts of comments per subcategory, for the README.
#[derive(Default)]
struct Coverage(BTreeMap<(&'static str, &'static str), [usize; 4]>);

impl Coverage {
    fn add(&mut self, theme: &Theme, positive: bool, jsonl: bool) {
        let slot = usize::from(jsonl) * 2 + usize::from(!positive);
        self.0.entry((theme.major, theme.name)).or_default()[slot] += 1;
    }
}

fn main() -> std::io::Result<()> {
    let out = Path::new("corpus-samples");
    fs::create_dir_all(out)?;
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let mut planted: Vec<String> = Vec::new();
    let mut coverage = Coverage::default();

    let (csv, csv_facts) = make_csv(&mut rng, &mut planted, &mut coverage);
    fs::write(out.join("fft_sample.csv"), &csv)?;
    let (jsonl, jsonl_facts) = make_jsonl(&mut rng, &mut planted, &mut coverage);
    fs::write(out.join("fft_sample.jsonl"), &jsonl)?;

    planted.sort();
    planted.dedup();
    let written = [csv.as_slice(), jsonl.as_slice()].concat();
    for value in &planted {
        let present = written.windows(value.len()).any(|w| w == value.as_bytes());
        assert!(
            present,
            "a planted value was overwritten; adjust the special rows"
        );
    }
    fs::write(out.join("planted_pii.txt"), planted.join("\n") + "\n")?;
    fs::write(
        out.join("README.md"),
        readme(&csv_facts, &jsonl_facts, planted.len(), &coverage),
    )?;
    eprintln!(
        "wrote corpus-samples/: csv {} rows ({} bad), jsonl {} rows ({} bad), {} planted values",
        csv_facts.rows,
        csv_facts.bad,
        jsonl_facts.rows,
        jsonl_facts.bad,
        planted.len()
    );
    Ok(())
}

/// Row counts of one written file.
struct Facts {
    rows: usize,
    bad: usize,
}

/// The comments common to both files: theme sentences, non-answers, plants, mixes.
fn theme_comments(
    rng: &mut ChaCha8Rng,
    per_theme: usize,
    jsonl: bool,
    coverage: &mut Coverage,
) -> Vec<Comment> {
    const OPENERS: &[&str] = &["", "", "Overall, ", "To be honest, ", "Really, "];
    let mut comments = Vec::new();
    for theme in THEMES {
        for (sentences, positive) in [(theme.positive, true), (theme.negative, false)] {
            let chosen: Vec<&&str> = if per_theme >= sentences.len() {
                sentences.iter().collect()
            } else {
                sentences.choose_multiple(rng, per_theme).collect()
            };
            for sentence in chosen {
                let opener = if jsonl {
                    *OPENERS.choose(rng).unwrap()
                } else {
                    ""
                };
                let text = if opener.is_empty() {
                    sentence.to_string()
                } else {
                    format!("{opener}{}{}", sentence[..1].to_lowercase(), &sentence[1..])
                };
                let lean = if positive {
                    Lean::Positive
                } else {
                    Lean::Negative
                };
                comments.push(Comment::new(text, lean));
                coverage.add(theme, positive, jsonl);
            }
        }
    }
    comments
}

/// A praise sentence of one theme followed by a complaint about another.
fn mixed(rng: &mut ChaCha8Rng, coverage: &mut Coverage, jsonl: bool) -> Comment {
    let good = THEMES.choose(rng).unwrap();
    let bad = THEMES.choose(rng).unwrap();
    let complaint = bad.negative.choose(rng).unwrap();
    let text = format!(
        "{} But {}{}",
        good.positive.choose(rng).unwrap(),
        complaint[..1].to_lowercase(),
        &complaint[1..]
    );
    coverage.add(good, true, jsonl);
    coverage.add(bad, false, jsonl);
    Comment::new(text, Lean::Mixed)
}

/// A comment holding planted personal data next to a theme sentence.
fn planted_comment(rng: &mut ChaCha8Rng, n: usize, planted: &mut Vec<String>) -> Comment {
    let plant = pii::plant(rng, n);
    planted.extend(plant.values);
    let theme = THEMES.choose(rng).unwrap();
    let positive = rng.gen_bool(0.5);
    let other = if positive {
        theme.positive.choose(rng).unwrap()
    } else {
        theme.negative.choose(rng).unwrap()
    };
    let text = if rng.gen_bool(0.5) {
        format!("{} {other}", plant.sentence)
    } else {
        format!("{other} {}", plant.sentence)
    };
    let lean = if positive {
        Lean::Positive
    } else {
        Lean::Negative
    };
    Comment {
        pii: true,
        ..Comment::new(text, lean)
    }
}

/// Non-answers and question-dependent one-word answers.
fn short_answers(copies: usize) -> Vec<Comment> {
    let mut comments = Vec::new();
    for _ in 0..copies {
        for text in NON_ANSWERS {
            comments.push(Comment::new(*text, Lean::None));
        }
    }
    for (i, text) in QUESTION_DEPENDENT.iter().enumerate() {
        let mut improve = Comment::new(*text, Lean::Positive);
        improve.question = Some(IMPROVE_QUESTIONS[i % 2]);
        comments.push(improve);
        if i < copies {
            let mut good = Comment::new(*text, Lean::Negative);
            good.question = Some(GOOD_QUESTIONS[0]);
            comments.push(good);
        }
    }
    comments
}

/// Damaged-encoding comments: Windows-1252 bytes, mojibake, HTML entities, odd Unicode,
/// multi-line text. `n` of each kind.
fn messy_comments(rng: &mut ChaCha8Rng, n: usize, allow_cp1252: bool) -> Vec<Comment> {
    let mut comments = Vec::new();
    let mut non_ascii: Vec<&str> = mess::NON_ASCII.to_vec();
    non_ascii.shuffle(rng);
    for (i, sentence) in non_ascii.iter().enumerate().take(2 * n) {
        let praise = ["lovely", "clear", "amazing", "spotless"];
        let lean = if praise.iter().any(|word| sentence.contains(word)) {
            Lean::Positive
        } else {
            Lean::Negative
        };
        let comment = if i % 2 == 0 && allow_cp1252 {
            Comment {
                text: mess::windows_1252_bytes(sentence),
                lean,
                question: None,
                pii: false,
            }
        } else {
            Comment::new(mess::mojibake(sentence), lean)
        };
        comments.push(comment);
    }
    // The same damaged sentence also arrives intact: after cleaning it is a duplicate.
    comments.push(Comment::new(mess::NON_ASCII[2], Lean::Positive));
    comments.push(Comment::new(
        mess::mojibake(mess::NON_ASCII[2]),
        Lean::Positive,
    ));
    for sentence in mess::ENTITY_PRONE.iter().take(n) {
        comments.push(Comment::new(mess::html_escaped(sentence), Lean::Mixed));
    }
    for i in 0..n {
        let a = THEMES.choose(rng).unwrap();
        let b = THEMES.choose(rng).unwrap();
        let text = mess::multi_line(
            a.positive.choose(rng).unwrap(),
            b.negative.choose(rng).unwrap(),
            i % 2 == 0,
        );
        comments.push(Comment::new(text, Lean::Mixed));
    }
    comments.push(Comment::new(
        mess::odd_unicode("The café on site was clean and had lots of choice."),
        Lean::Positive,
    ));
    comments
}

/// Exact and case/space-variant copies of some earlier comments.
fn duplicates(rng: &mut ChaCha8Rng, comments: &[Comment], n: usize) -> Vec<Comment> {
    let candidates: Vec<&Comment> = comments
        .iter()
        .filter(|c| c.lean != Lean::None && !c.pii && c.text.is_ascii() && !c.text.contains(&b'\n'))
        .collect();
    (0..n)
        .map(|i| {
            let original = candidates.choose(rng).unwrap();
            let text = String::from_utf8_lossy(&original.text).into_owned();
            let text = match i % 3 {
                0 => text,
                1 => text.to_uppercase(),
                _ => format!("  {}  ", text.replace(' ', "  ")),
            };
            Comment::new(text, original.lean)
        })
        .collect()
}

/// The question a comment is given, from its lean.
fn question_for(rng: &mut ChaCha8Rng, comment: &Comment) -> &'static str {
    if let Some(q) = comment.question {
        return q;
    }
    match comment.lean {
        Lean::Positive => GOOD_QUESTIONS.choose(rng).unwrap(),
        _ => IMPROVE_QUESTIONS.choose(rng).unwrap(),
    }
}

/// Rating (1 very good .. 5 very poor) and sentiment (1 .. 5, blank for non-answers).
fn rating_and_sentiment(rng: &mut ChaCha8Rng, lean: Lean) -> (String, String) {
    match lean {
        Lean::Positive => (
            rng.gen_range(1..=2).to_string(),
            rng.gen_range(1..=2).to_string(),
        ),
        Lean::Negative => (
            rng.gen_range(4..=5).to_string(),
            rng.gen_range(4..=5).to_string(),
        ),
        Lean::Mixed => (rng.gen_range(2..=4).to_string(), "3".to_string()),
        Lean::None => (rng.gen_range(1..=5).to_string(), String::new()),
    }
}

fn date(rng: &mut ChaCha8Rng) -> String {
    format!(
        "{:02}/{:02}/2025",
        rng.gen_range(1..29),
        rng.gen_range(1..13)
    )
}

/// Writes one CSV field, quoted when it needs to be.
fn push_field(out: &mut Vec<u8>, field: &[u8]) {
    let needs_quotes = field
        .iter()
        .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
        || field.first().is_some_and(|b| *b == b' ')
        || field.last().is_some_and(|b| *b == b' ');
    if needs_quotes {
        out.push(b'"');
        for &b in field {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(field);
    }
}

/// Writes one CSV record with CRLF.
fn push_record(out: &mut Vec<u8>, fields: &[Vec<u8>]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_field(out, field);
    }
    out.extend_from_slice(b"\r\n");
}

/// The CSV file: QDC export layout, UTF-8 BOM, CRLF, four bad rows.
fn make_csv(
    rng: &mut ChaCha8Rng,
    planted: &mut Vec<String>,
    coverage: &mut Coverage,
) -> (Vec<u8>, Facts) {
    let mut comments = theme_comments(rng, 3, false, coverage);
    comments.extend(short_answers(2));
    comments.extend((0..40).map(|n| planted_comment(rng, n, planted)));
    comments.extend((0..24).map(|_| mixed(rng, coverage, false)));
    comments.extend(messy_comments(rng, 5, true));
    let copies = duplicates(rng, &comments, 8);
    comments.extend(copies);
    comments.shuffle(rng);

    let mut out = b"\xef\xbb\xbf".to_vec();
    push_record(
        &mut out,
        &CSV_HEADER
            .iter()
            .map(|h| h.as_bytes().to_vec())
            .collect::<Vec<_>>(),
    );
    let bad_at = [37, 111, 190, 251];
    let mut rows = 0;
    let mut bad = 0;
    for (i, comment) in comments.iter().enumerate() {
        if bad_at.contains(&i) {
            push_record(&mut out, &bad_row(rng, bad, rows + 1));
            bad += 1;
            rows += 1;
        }
        rows += 1;
        let id = if i == 5 {
            String::new() // no id: the reader falls back to <file stem>:<line>
        } else {
            format!("SYN-C{rows:04}")
        };
        let fields = csv_fields(rng, comment, id);
        push_record(&mut out, &fields);
    }
    (out, Facts { rows, bad })
}

/// The 11 QDC columns for one comment.
fn csv_fields(rng: &mut ChaCha8Rng, comment: &Comment, id: String) -> Vec<Vec<u8>> {
    let (service1, service2) = SERVICES.choose(rng).unwrap();
    let (rating, sentiment) = rating_and_sentiment(rng, comment.lean);
    let question = question_for(rng, comment);
    vec![
        id.into_bytes(),
        (if rng.gen_bool(0.5) {
            "Trust A"
        } else {
            "Trust B"
        })
        .into(),
        rng.gen_range(10_000..99_999).to_string().into_bytes(),
        date(rng).into_bytes(),
        service1.as_bytes().to_vec(),
        service2.as_bytes().to_vec(),
        rating.into_bytes(),
        question.as_bytes().to_vec(),
        comment.text.clone(),
        Vec::new(),
        sentiment.into_bytes(),
    ]
}

/// A row the reader must quarantine: extra field, missing fields, over-long text,
/// or bytes that are neither UTF-8 nor Windows-1252.
fn bad_row(rng: &mut ChaCha8Rng, kind: usize, n: usize) -> Vec<Vec<u8>> {
    let ok = Comment::new("The staff were kind.", Lean::Positive);
    let mut fields = csv_fields(rng, &ok, format!("SYN-C{n:04}"));
    match kind {
        0 => fields.push(b"stray extra field".to_vec()),
        1 => fields.truncate(6),
        2 => {
            let filler = "The waiting room was busy and the wait was long. ";
            fields[8] = filler
                .repeat(OVER_LONG_BYTES / filler.len() + 1)
                .into_bytes();
        }
        _ => fields[8] = b"Caf\x81 service \x8d was poor".to_vec(),
    }
    fields
}

/// The JSON Lines file: lower-case keys, some CRLF lines, a blank line, null and absent
/// text, a Windows-1252 line, four bad lines.
fn make_jsonl(
    rng: &mut ChaCha8Rng,
    planted: &mut Vec<String>,
    coverage: &mut Coverage,
) -> (Vec<u8>, Facts) {
    let mut comments = theme_comments(rng, 1, true, coverage);
    comments.extend(short_answers(1));
    comments.extend((0..20).map(|n| planted_comment(rng, n + 3, planted)));
    comments.extend((0..8).map(|_| mixed(rng, coverage, true)));
    comments.extend(messy_comments(rng, 2, false));
    let copies = duplicates(rng, &comments, 4);
    comments.extend(copies);
    comments.shuffle(rng);

    // Rows given special treatment below, chosen among rows without planted data.
    let plain: Vec<usize> = (0..comments.len()).filter(|&i| !comments[i].pii).collect();
    let (null_text, absent_text, cp1252_line, escaped_line) =
        (plain[5], plain[15], plain[9], plain[11]);
    let mut out = Vec::new();
    let mut rows = 0;
    let mut bad = 0;
    for (i, comment) in comments.iter().enumerate() {
        rows += 1;
        let id = format!("SYN-J{rows:04}");
        let (rating, _) = rating_and_sentiment(rng, comment.lean);
        let question = question_for(rng, comment);
        let (site, _) = SERVICES.choose(rng).unwrap();
        let text = String::from_utf8(comment.text.clone()).expect("JSONL comments are UTF-8");
        let mut object = json!({
            "id": id, "question": question, "text": text,
            "date": date(rng), "site": site, "rating": rating.parse::<u8>().unwrap(),
        });
        if i == null_text {
            object["text"] = Value::Null;
        }
        if i == absent_text {
            object.as_object_mut().unwrap().remove("text");
        }
        let mut line = serde_json::to_string(&object).unwrap().into_bytes();
        if i == cp1252_line {
            // A line saved by a Windows tool: its bytes are Windows-1252, not UTF-8.
            let cp1252 = json!({"id": id, "question": question,
                "text": "The café’s staff were lovely – thank you.", "rating": 1});
            line = mess::windows_1252_bytes(&cp1252.to_string());
        }
        if i == escaped_line {
            // Escaped non-ASCII, as some JSON writers produce.
            line = format!(
                "{{\"id\":\"{id}\",\"question\":\"What was good?\",\"text\":\"The nurse\\u2019s care was first class\\u2026\",\"rating\":1}}"
            )
            .into_bytes();
        }
        out.extend_from_slice(&line);
        out.extend_from_slice(if i % 5 == 0 { b"\r\n" } else { b"\n" });
        if i == 30 {
            out.extend_from_slice(b"\n"); // a blank line is not a row
        }
        if [17, 53, 88, 104].contains(&i) {
            rows += 1;
            let bad_line = match bad {
                0 => format!("{{\"id\": \"SYN-J{rows:04}\", \"text\": \"The staff were kind"),
                1 => format!("[\"SYN-J{rows:04}\", \"The staff were kind.\"]"),
                2 => format!(
                    "{{\"id\": \"SYN-J{rows:04}\", \"text\": \"{}\"}}",
                    "The wait was long. ".repeat(OVER_LONG_BYTES / 19 + 1)
                ),
                _ => format!("{{\"id\": \"SYN-J{rows:04}\", \"text\": \"Kind staff\"}} trailing"),
            };
            out.extend_from_slice(bad_line.as_bytes());
            out.push(b'\n');
            bad += 1;
        }
    }
    (out, Facts { rows, bad })
}

/// The corpus README, with the generated counts.
fn readme(csv: &Facts, jsonl: &Facts, planted: usize, coverage: &Coverage) -> String {
    let mut table = String::from(
        "| major category | subcategory | csv + | csv − | jsonl + | jsonl − |\n|---|---|---|---|---|---|\n",
    );
    for ((major, name), [cp, cn, jp, jn]) in &coverage.0 {
        table.push_str(&format!(
            "| {major} | {name} | {cp} | {cn} | {jp} | {jn} |\n"
        ));
    }
    format!(
        "# corpus-samples

Synthetic Friends and Family Test comments that this project makes itself with
`cargo run --example make_corpus` (deterministic: a fixed seed, so regenerating gives
identical files). No row is copied from real data; names, numbers and addresses are
invented or taken from ranges reserved for examples (see `examples/make_corpus/pii.rs`).

## Files

- `fft_sample.csv` — {csv_rows} data rows in the QDC export layout (`Comment ID, Trust,
  Respondent ID, Date, Service type 1, Service type 2, FFT categorical answer,
  FFT question, FFT answer, Person identifiable info?, Comment sentiment`), UTF-8 with a
  BOM and CRLF line ends. Holds quoted multi-line answers (LF and CRLF inside), a
  multi-line question, fields in Windows-1252 bytes, mojibake (`â€™`, `Ã©`, `Â£`), HTML
  entities (`&amp;`, `&#39;`, `&quot;`, `&nbsp;`), a decomposed accent with a zero-width
  space, `Did not answer`, blanks, `N/A`, `-`, question-dependent answers (`Nothing.`),
  exact and case/space-variant duplicates, one row without a `Comment ID`, and
  **{csv_bad} bad rows** that must be quarantined: one extra field, too few fields, an
  answer over the 32 KiB field limit, and an answer whose bytes are neither UTF-8 nor
  Windows-1252.
- `fft_sample.jsonl` — {jsonl_rows} rows, one JSON object per line with keys `id,
  question, text, date, site, rating`; some lines end in CRLF, one blank line (not a
  row), one `null` and one absent `text` (blank answers, not errors), one line in
  Windows-1252 bytes, one with `\\u` escapes, and **{jsonl_bad} bad lines** that must be
  quarantined: a truncated object, an array, an over-long text, trailing garbage.
- `planted_pii.txt` — every planted identifier value ({planted}), exactly as written in
  the comments, one per line: person names (cued by titles such as `Dr`, `Nurse`,
  `Sister`, `Mr`, `Mrs`, `Ms`, `Paramedic` or by `My name is`), NHS numbers (valid
  Modulus 11), UK phone numbers, e-mails, street addresses, postcodes, dates of birth,
  national insurance numbers and hospital numbers (MRN). No value may survive into any
  output. Planted values appear only in rows that are read (never in bad rows).

Rows read = records + quarantined: CSV {csv_rows} = {csv_good} + {csv_bad};
JSONL {jsonl_rows} = {jsonl_good} + {jsonl_bad}.

## Coverage of the QDC v7 subcategories

Comments written to praise (+) or criticise (−) each subcategory (mixed comments count
once for each side; damaged-encoding and planted-PII rows add more on top).
`Labelling not possible` is covered by the non-answers.

{table}",
        csv_rows = csv.rows,
        csv_bad = csv.bad,
        csv_good = csv.rows - csv.bad,
        jsonl_rows = jsonl.rows,
        jsonl_bad = jsonl.bad,
        jsonl_good = jsonl.rows - jsonl.bad,
    )
}
