//! The hub and its insights on a generated multi-week, multi-site dataset
//! (`hub::synthetic`): idempotent loads, updates, rollback, suppression, alerts.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use feedback_themes::hub::synthetic::{
    write_weekly_folders, SyntheticSpec, FLAT_SITE, FLAT_THEME, RISING_SITE, RISING_THEME,
    SMALL_GROUP,
};
use feedback_themes::hub::{load_run_folder, open, open_read_only};
use feedback_themes::insight::{alerts, breakdown, AlertQuery, BreakdownQuery, Period, ThemeLevel};
use rusqlite::Connection;

/// A snapshot of every table's content, to compare hubs.
fn snapshot(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    for (table, order) in [
        ("runs", "run_id"),
        ("comments", "comment_key"),
        ("themes", "theme_id"),
        ("comment_themes", "comment_key, theme_id"),
        ("meta_values", "value_id"),
        ("comment_meta", "comment_key, value_id"),
        ("clusters", "run_id, cluster_id"),
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let values: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(values.join("|"))
            })
            .unwrap();
        out.extend(rows.map(|r| format!("{table}: {}", r.unwrap())));
    }
    out
}

struct Loaded {
    _dir: tempfile::TempDir,
    hub: std::path::PathBuf,
    folders: Vec<std::path::PathBuf>,
    spec: SyntheticSpec,
}

fn loaded(spec: SyntheticSpec) -> Loaded {
    let dir = tempfile::tempdir().unwrap();
    let folders = write_weekly_folders(&dir.path().join("nights"), &spec).unwrap();
    let hub = dir.path().join("hub.sqlite");
    let mut conn = open(&hub).unwrap();
    for folder in &folders {
        let report = load_run_folder(&mut conn, folder).unwrap();
        assert!(!report.already_loaded);
        assert_eq!(report.inserted, report.rows);
    }
    Loaded {
        _dir: dir,
        hub,
        folders,
        spec,
    }
}

#[test]
fn loading_the_same_nights_again_changes_nothing() {
    let l = loaded(SyntheticSpec {
        weeks: 4,
        ..SyntheticSpec::default()
    });
    let mut conn = open(&l.hub).unwrap();
    let before = snapshot(&conn);
    for folder in &l.folders {
        let again = load_run_folder(&mut conn, folder).unwrap();
        assert!(again.already_loaded);
        assert_eq!(again.inserted + again.updated, 0);
    }
    assert_eq!(snapshot(&conn), before);
    let comments: i64 = conn
        .query_row("SELECT COUNT(*) FROM comments", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        comments as usize,
        4 * l.spec.sites * l.spec.per_site_week + l.spec.rise
    );
}

#[test]
fn a_changed_comment_is_updated_not_duplicated() {
    let l = loaded(SyntheticSpec {
        weeks: 2,
        ..SyntheticSpec::default()
    });
    let tagged = l.folders[1].join("tagged.jsonl");
    let text = std::fs::read_to_string(&tagged).unwrap();
    let first = text.lines().next().unwrap();
    let parsed: serde_json::Value = serde_json::from_str(first).unwrap();
    let id = parsed["id"].as_str().unwrap().to_string();
    let changed_line = first.replace("\"score\":0.8", "\"score\":0.6");
    assert_ne!(changed_line, first);
    let night = l.folders[1].parent().unwrap().join("rerun");
    std::fs::create_dir_all(&night).unwrap();
    std::fs::write(night.join("tagged.jsonl"), format!("{changed_line}\n")).unwrap();

    let mut conn = open(&l.hub).unwrap();
    let count = |conn: &Connection| -> i64 {
        conn.query_row("SELECT COUNT(*) FROM comments", [], |r| r.get(0))
            .unwrap()
    };
    let before = count(&conn);
    let report = load_run_folder(&mut conn, &night).unwrap();
    assert_eq!(
        (report.inserted, report.updated, report.unchanged),
        (0, 1, 0)
    );
    assert_eq!(count(&conn), before);
    let (score, run): (f64, i64) = conn
        .query_row(
            "SELECT sentiment_score, run_id FROM comments WHERE comment_id = ?1",
            [&id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!((score - 0.6).abs() < 1e-6);
    assert_eq!(run, report.run_id);
}

#[test]
fn a_failed_load_leaves_the_hub_as_it_was() {
    let l = loaded(SyntheticSpec {
        weeks: 2,
        ..SyntheticSpec::default()
    });
    // A night whose last line is damaged: everything before it was written inside the
    // transaction, and must all be rolled back.
    let text = std::fs::read_to_string(l.folders[1].join("tagged.jsonl")).unwrap();
    let damaged = l.folders[1].parent().unwrap().join("damaged");
    std::fs::create_dir_all(&damaged).unwrap();
    let changed = text.replace("\"score\":0.8", "\"score\":0.7");
    std::fs::write(
        damaged.join("tagged.jsonl"),
        format!("{changed}{{\"id\":\"new-1\",\"text\":\"half a row\n"),
    )
    .unwrap();
    let mut conn = open(&l.hub).unwrap();
    let before = snapshot(&conn);
    let err = load_run_folder(&mut conn, &damaged).unwrap_err();
    assert!(err.to_string().contains("tagged.jsonl:"), "{err}");
    assert!(!format!("{err:#}").contains("half a row"));
    assert_eq!(snapshot(&conn), before);
}

#[test]
fn suppression_never_shows_a_count_from_1_to_4() {
    let l = loaded(SyntheticSpec {
        weeks: 6,
        ..SyntheticSpec::default()
    });
    let conn = open_read_only(&l.hub).unwrap();
    for by in [
        vec!["ethnicity"],
        vec!["site", "ethnicity"],
        vec!["age_band", "week"],
        vec!["Ethnic group"],
    ] {
        for level in [ThemeLevel::Theme, ThemeLevel::Major] {
            let table = breakdown(
                &conn,
                &BreakdownQuery {
                    by: by.iter().map(|s| s.to_string()).collect(),
                    level,
                    ..BreakdownQuery::default()
                },
            )
            .unwrap();
            for row in std::iter::once(&table.base).chain(&table.rows) {
                for cell in row.cells.iter().chain([&row.total]) {
                    if let Some(n) = cell.count {
                        assert!(n == 0 || n >= 5, "{by:?}: {} shows {n}", row.theme);
                    } else {
                        assert!(cell.suppressed && cell.share.is_none());
                    }
                }
                // Never exactly one hidden cell in a row whose total is shown.
                let hidden = row.cells.iter().filter(|c| c.suppressed).count();
                assert!(row.total.suppressed || hidden != 1, "{by:?}: {}", row.theme);
            }
        }
    }
    // The planted small group: its column is all hidden or zero.
    let table = breakdown(
        &conn,
        &BreakdownQuery {
            by: vec!["ethnicity".into()],
            ..BreakdownQuery::default()
        },
    )
    .unwrap();
    let at = table
        .columns
        .iter()
        .position(|c| c["ethnicity"].as_deref() == Some(SMALL_GROUP))
        .expect("the small group has a column");
    assert!(table.base.cells[at].suppressed);
    for row in &table.rows {
        assert!(row.cells[at].count.unwrap_or(0) == 0);
    }
    let csv = feedback_themes::insight::render::to_csv(&table).unwrap();
    assert!(csv.contains("<5"));
    assert!(csv.lines().next().unwrap().starts_with("theme,"));
    assert!(csv.lines().next().unwrap().ends_with(",total"));
}

#[test]
fn without_suppression_the_counts_add_up() {
    let l = loaded(SyntheticSpec {
        weeks: 3,
        ..SyntheticSpec::default()
    });
    let conn = open_read_only(&l.hub).unwrap();
    let table = breakdown(
        &conn,
        &BreakdownQuery {
            by: vec!["site".into()],
            min_cell: 0,
            ..BreakdownQuery::default()
        },
    )
    .unwrap();
    assert_eq!(table.columns.len(), l.spec.sites);
    assert_eq!(
        table.base.total.count,
        Some((3 * l.spec.sites * l.spec.per_site_week + l.spec.rise) as u64)
    );
    for row in &table.rows {
        let sum: u64 = row.cells.iter().map(|c| c.count.unwrap()).sum();
        assert_eq!(Some(sum), row.total.count);
    }
    let flat = table.rows.iter().find(|r| r.theme == FLAT_THEME).unwrap();
    let share = flat.cells[0].share.unwrap();
    assert!((0.2..0.4).contains(&share), "{share}");
}

#[test]
fn the_planted_rise_is_alerted_and_flat_series_are_not() {
    let l = loaded(SyntheticSpec::default());
    let conn = open_read_only(&l.hub).unwrap();
    let report = alerts(&conn, &AlertQuery::default()).unwrap();
    assert_eq!(report.series_too_short, 0);
    let rise = report
        .alerts
        .iter()
        .find(|a| a.theme == RISING_THEME && a.site.as_deref() == Some(RISING_SITE))
        .expect("the planted rise is alerted");
    assert_eq!(
        rise.count as f64,
        *rise.history.counts.last().unwrap() as f64
    );
    assert!(rise.count > rise.upper_limit);
    assert_eq!(rise.examples.len(), 3);
    assert_eq!(rise.history.periods.len(), l.spec.weeks);
    assert!(!report
        .alerts
        .iter()
        .any(|a| a.theme == FLAT_THEME && a.site.as_deref() == Some(FLAT_SITE)));
    // No flood: apart from the planted rise (at its site and overall), at most 2% of
    // the series judged.
    let others = report
        .alerts
        .iter()
        .filter(|a| a.theme != RISING_THEME)
        .count();
    assert!(
        others * 50 <= report.series_judged,
        "{others} alerts on noise out of {} series",
        report.series_judged
    );
}

#[test]
fn with_no_rise_planted_there_is_no_flood() {
    let l = loaded(SyntheticSpec {
        rise: 0,
        weeks: 24,
        seed: 99,
        ..SyntheticSpec::default()
    });
    let conn = open_read_only(&l.hub).unwrap();
    for period in [Period::Week, Period::Month] {
        let report = alerts(
            &conn,
            &AlertQuery {
                period,
                ..AlertQuery::default()
            },
        )
        .unwrap();
        assert!(
            report.alerts.len() * 50 <= report.series_judged.max(1),
            "{period:?}: {} alerts out of {} series",
            report.alerts.len(),
            report.series_judged
        );
    }
}

#[test]
fn fewer_than_8_earlier_periods_are_not_judged() {
    let l = loaded(SyntheticSpec {
        weeks: 8,
        ..SyntheticSpec::default()
    });
    let conn = open_read_only(&l.hub).unwrap();
    let report = alerts(&conn, &AlertQuery::default()).unwrap();
    assert_eq!(report.series_judged, 0);
    assert!(report.series_too_short > 0);
    assert!(report.alerts.is_empty());
}
