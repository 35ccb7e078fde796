//! `fft_sample.csv`: the sample's own survey-export layout, UTF-8 BOM, CRLF, four bad rows.

use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use crate::comments::{
    date, duplicates, messy_comments, mixed, planted_comment, question_for, rating_and_sentiment,
    short_answers, theme_comments, Comment, Coverage, Facts, Lean, OVER_LONG_BYTES, SERVICES,
};

/// Writes one CSV field, quoted when it needs to be.
pub fn push_field(out: &mut Vec<u8>, field: &[u8]) {
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
pub fn push_record(out: &mut Vec<u8>, fields: &[Vec<u8>]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_field(out, field);
    }
    out.extend_from_slice(b"\r\n");
}

/// The CSV file: the sample's own export layout ([`SAMPLE_HEADER`]), UTF-8 BOM, CRLF, four bad rows.
pub fn make_csv(
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
        &SAMPLE_HEADER
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

/// The sample's own export layout: a generic survey export whose column names the
/// readers' default names find without any option (`ingest::columns::FIELDS`), and no
/// annotation column of any labelled dataset.
pub const SAMPLE_HEADER: [&str; 9] = [
    "Response ID",
    "Organisation",
    "Respondent",
    "Submitted",
    "Service",
    "Setting",
    "Rating",
    "Question",
    "Answer",
];

/// The [`SAMPLE_HEADER`] columns for one comment. The sentiment is still drawn (and
/// dropped) so that every later draw, and so every row, stays as it was.
pub fn csv_fields(rng: &mut ChaCha8Rng, comment: &Comment, id: String) -> Vec<Vec<u8>> {
    let (service1, service2) = SERVICES.choose(rng).unwrap();
    let (rating, _sentiment) = rating_and_sentiment(rng, comment.lean);
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
    ]
}

/// A row the reader must quarantine: extra field, missing fields, over-long text,
/// or bytes that are neither UTF-8 nor Windows-1252.
pub fn bad_row(rng: &mut ChaCha8Rng, kind: usize, n: usize) -> Vec<Vec<u8>> {
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
