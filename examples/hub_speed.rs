//! Times the hub on generated data: writes N tagged rows (weeks × sites × comments, see
//! `hub::synthetic`) as one run folder, loads them into a new hub, then times
//! breakdowns and alerts on it.
//!
//! ```sh
//! cargo run --release --example hub_speed -- [ROWS_PER_SITE_WEEK=960] [DIR]
//! ```
//! With the default, 52 weeks × 20 sites × 960 = 998,400 comments (plus the planted rise).

use std::path::PathBuf;
use std::time::Instant;

use feedback_themes::hub::synthetic::{write_single_folder, SyntheticSpec};
use feedback_themes::hub::{load_run_folder, open, open_read_only};
use feedback_themes::insight::{alerts, breakdown, AlertQuery, BreakdownQuery, Period, ThemeLevel};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let per_site_week: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(960);
    let dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
        .join("hub_speed");
    std::fs::create_dir_all(&dir)?;
    let spec = SyntheticSpec {
        weeks: 52,
        sites: 20,
        per_site_week,
        rise: per_site_week / 4,
        seed: 1,
    };
    let folder = dir.join("run");
    let hub = dir.join("hub.sqlite");
    let _ = std::fs::remove_file(&hub);

    let t = Instant::now();
    write_single_folder(&folder, &spec)?;
    eprintln!("generate tagged.jsonl: {:.2} s", t.elapsed().as_secs_f64());

    let t = Instant::now();
    let mut conn = open(&hub)?;
    let report = load_run_folder(&mut conn, &folder)?;
    eprintln!(
        "load {} rows into a new hub: {:.2} s",
        report.rows,
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let again = load_run_folder(&mut conn, &folder)?;
    eprintln!(
        "load the same folder again (already loaded: {}): {:.2} s",
        again.already_loaded,
        t.elapsed().as_secs_f64()
    );
    drop(conn);

    let conn = open_read_only(&hub)?;
    for by in [
        vec!["site"],
        vec!["ethnicity"],
        vec!["site", "month"],
        vec!["age_band", "sentiment"],
    ] {
        for level in [ThemeLevel::Theme, ThemeLevel::Major] {
            let t = Instant::now();
            let table = breakdown(
                &conn,
                &BreakdownQuery {
                    by: by.iter().map(|s| s.to_string()).collect(),
                    level,
                    ..BreakdownQuery::default()
                },
            )?;
            eprintln!(
                "breakdown --by {} {:?}: {} rows × {} columns in {:.3} s",
                by.join(","),
                level,
                table.rows.len(),
                table.columns.len(),
                t.elapsed().as_secs_f64()
            );
        }
    }
    for period in [Period::Week, Period::Month] {
        let t = Instant::now();
        let report = alerts(
            &conn,
            &AlertQuery {
                period,
                ..AlertQuery::default()
            },
        )?;
        eprintln!(
            "alerts --period {period:?}: {} alerts from {} series in {:.3} s",
            report.alerts.len(),
            report.series_judged,
            t.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
