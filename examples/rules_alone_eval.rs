//! Scores the redactor with the name rules alone (no tagger) or in full on a gold file,
//! and lists misses and false hits by id and offsets (never text), as `eval pii` does.
//!
//! `cargo run --release --example rules_alone_eval -- GOLD [rules|full]`

use feedback_themes::eval::pii::{evaluate, read_gold, render_table};
use feedback_themes::redact::Redactor;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a gold file");
    let full = args.next().as_deref() == Some("full");
    let gold = read_gold(std::path::Path::new(&path)).expect("a readable gold file");
    let redactor = if full {
        Redactor::new()
    } else {
        Redactor::with_person_tagger(None)
    };
    let (report, misses, hits) = evaluate(&redactor, &gold);
    print!("{}", render_table(&report));
    for m in &misses {
        println!(
            "miss {} {} chars {}..{} leaked {}",
            m.id, m.kind, m.start, m.end, m.leaked_chars
        );
    }
    for h in &hits {
        println!(
            "false {} {} chars {}..{}{}{}",
            h.id,
            h.kind,
            h.start,
            h.end,
            if h.pii_free { " pii-free" } else { "" },
            h.decoy
                .as_ref()
                .map(|d| format!(" decoy {d}"))
                .unwrap_or_default()
        );
    }
}
