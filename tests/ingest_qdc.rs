//! Reads the real QDC export from `../shared/data` with no options: every row must
//! come through as a record, with its columns found by name. Ignored (and shown as
//! such) by default, as the shared data is not part of the repository.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use feedback_themes::clean::{clean_records, QuestionType};
use feedback_themes::ingest::date_orders::{GroupOrder, OrderBasis};
use feedback_themes::ingest::{read_inputs, IngestOptions};

/// "Could improve" answers among the rows kept (1,728 + 803 in the whole file; no row
/// is quarantined).
const IMPROVE_KEPT: usize = 2531;

#[test]
#[ignore = "needs ../shared/data; run with `cargo test --release -- --ignored` where it is present (or SHARED_DATA=DIR)"]
fn qdc_export_reads_without_flags_or_losses() {
    let path =
        std::path::PathBuf::from(std::env::var("SHARED_DATA").unwrap_or_else(|_| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data").to_string()
        }))
        .join("qdc/qdc_v6_dev.csv");
    let out = read_inputs(&[path], &IngestOptions::default()).expect("QDC file reads");
    assert_eq!(out.files[0].rows_read, 5655);
    // The file joins exports: NHFT writes day-first (945 dates can only be
    // day-first), NEAS mostly day-first (2,814) but one batch of its See and Convey
    // rows month-first (219 such as `9/24/2022`). So NEAS is a mixed group: each date
    // with one reading is read that way and its 942 ambiguous dates (`03/04/2022`) are
    // read in its majority order, day-first, and counted in the manifest; NHFT's
    // ambiguous dates are read day-first (issue 12). No row is lost for its date.
    assert_eq!(out.records.len() + out.quarantined.len(), 5655);
    assert_eq!(out.quarantined.len(), 0);
    let orders = &out.files[0].date_orders;
    assert_eq!(orders.len(), 2);
    assert_eq!(orders[0].organisation.as_deref(), Some("NEAS"));
    assert_eq!(orders[0].order, GroupOrder::DayFirst);
    assert_eq!(orders[0].basis, OrderBasis::Mixed);
    assert_eq!(orders[0].counts.day_first_dates, 2814);
    assert_eq!(orders[0].counts.month_first_dates, 219);
    assert_eq!(orders[0].ambiguous_read_in_majority_order, 942);
    assert_eq!(orders[1].ambiguous_read_in_majority_order, 0);
    assert_eq!(orders[1].counts.day_first_dates, 945);
    assert_eq!(orders[1].counts.month_first_dates, 0);
    let month_first: Vec<_> = out
        .records
        .iter()
        .filter(|r| r.date.as_deref() == Some("9/24/2022"))
        .collect();
    assert!(!month_first.is_empty());
    assert!(month_first
        .iter()
        .all(|r| r.date_iso.as_deref() == Some("2022-09-24")));
    let first = &out.records[0];
    assert!(!first.id.contains(':'), "id column found: {}", first.id);
    assert!(first.date.is_some() && first.site.is_some() && first.question.is_some());
    let lines_increase = out.records.windows(2).all(|w| w[0].line < w[1].line);
    assert!(lines_increase);

    let cleaned = clean_records(out.records);
    let non_answers = cleaned.iter().filter(|c| c.flags.non_answer).count();
    // Every row is kept; 1,229 are non-answers (`Did not answer`, `N/A`, `.`,
    // `Don't know`…): the file has 1,189 `Did not answer` and a few more.
    assert!((1200..1300).contains(&non_answers), "{non_answers}");
    let improve = cleaned
        .iter()
        .filter(|c| c.question_type == QuestionType::CouldImprove)
        .count();
    assert_eq!(improve, IMPROVE_KEPT, "{improve}");
}
