//! `corpus-samples/README.md`, with the generated counts.

use crate::comments::{Coverage, Facts};

/// The corpus README, with the generated counts.
pub fn readme(csv: &Facts, jsonl: &Facts, planted: usize, coverage: &Coverage) -> String {
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

- `fft_sample.csv` — {csv_rows} data rows in a generic survey-export layout of its own
  (`Response ID, Organisation, Respondent, Submitted, Service, Setting, Rating, Question,
  Answer`: names the readers find without options), UTF-8 with a
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
