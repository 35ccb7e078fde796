//! The report gathered from a hub built from the generated multi-week, multi-site
//! dataset (`hub::synthetic`: a planted rise at one site, a small ethnic group): the
//! rise is on the page, no count from 1 to 4 is, and the page is byte-identical when
//! made again.

#![allow(clippy::unwrap_used)]

use feedback_themes::hub::synthetic::{
    write_single_folder, write_weekly_folders, SyntheticSpec, RISING_SITE, RISING_THEME,
    SMALL_GROUP,
};
use feedback_themes::hub::{load_run_folder, open, open_read_only};
use feedback_themes::report::gather::scope::scoped;
use feedback_themes::report::{
    gather, render_html, report_from_hub, report_from_run_folder, Cell, ReportData, ReportQuery,
};

/// A hub holding every generated night, in a temporary folder.
fn hub() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folders =
        write_weekly_folders(&dir.path().join("nights"), &SyntheticSpec::default()).unwrap();
    let path = dir.path().join("hub.sqlite");
    let mut conn = open(&path).unwrap();
    for folder in &folders {
        load_run_folder(&mut conn, folder).unwrap();
    }
    (dir, path)
}

/// Every count the report would show.
fn every_cell(d: &ReportData) -> Vec<Cell> {
    let h = &d.headline;
    let mut cells = vec![
        h.comments,
        h.real_answers,
        h.positive,
        h.neutral,
        h.negative,
    ];
    for t in &d.themes {
        cells.extend([t.positive, t.neutral, t.negative, t.unscored, t.total]);
    }
    cells.extend(d.trends.base.values.iter().copied());
    for s in &d.trends.series {
        cells.extend(s.values.iter().copied());
    }
    for a in &d.alerts {
        cells.push(Cell::Count(a.count));
        cells.extend(a.history.iter().map(|p| p.count));
    }
    for b in &d.breakdowns {
        cells.extend(b.totals.iter().copied());
        for r in &b.rows {
            cells.extend(r.cells.iter().copied());
        }
    }
    for e in &d.emerging {
        cells.push(Cell::Count(e.now));
        cells.extend(e.before);
    }
    cells.extend(d.you_said.iter().map(|t| t.count));
    cells
}

#[test]
fn the_planted_rise_is_alerted_and_no_small_count_is_shown() {
    let (_dir, path) = hub();
    let conn = open_read_only(&path).unwrap();
    let data = gather(&conn, &ReportQuery::default(), 0).unwrap();
    assert!(
        data.alerts
            .iter()
            .any(|a| a.theme == RISING_THEME && a.site.as_deref() == Some(RISING_SITE)),
        "the planted rise is alerted"
    );
    let ethnicity = data
        .breakdowns
        .iter()
        .find(|b| b.dimension == "ethnicity")
        .expect("an ethnicity table");
    let small = ethnicity
        .columns
        .iter()
        .position(|c| c == SMALL_GROUP)
        .expect("the small group is a column");
    assert_eq!(
        ethnicity.totals[small],
        Cell::Suppressed,
        "3 people are never shown as 3"
    );
    let cells = every_cell(&data);
    assert!(
        cells.len() > 200,
        "the report shows many counts: {}",
        cells.len()
    );
    assert!(
        cells.contains(&Cell::Suppressed),
        "this data has small counts to hide"
    );
    let shown_small: Vec<u64> = cells
        .iter()
        .filter_map(|c| c.count())
        .filter(|n| (1..5).contains(n))
        .collect();
    assert!(
        shown_small.is_empty(),
        "counts from 1 to 4 shown: {shown_small:?}"
    );
    assert!(data.breakdowns.iter().any(|b| b.dimension == "site"));
    assert!(!data.you_said.is_empty() && data.you_said.iter().all(|t| !t.quotes.is_empty()));
}

#[test]
fn the_page_is_byte_identical_when_made_again() {
    let (_dir, path) = hub();
    let first = report_from_hub(&path, &ReportQuery::default()).unwrap();
    let second = report_from_hub(&path, &ReportQuery::default()).unwrap();
    assert_eq!(first, second);
    assert!(first.contains("Timeliness of care at Site C"));
}

#[test]
fn a_site_report_holds_only_that_site() {
    let (_dir, path) = hub();
    let q = ReportQuery {
        site: Some(RISING_SITE.to_string()),
        ..ReportQuery::default()
    };
    let conn = scoped(&path, q.site.as_deref(), None).unwrap();
    let sites: Vec<Option<String>> = conn
        .prepare("SELECT DISTINCT site FROM comments")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(sites, [Some(RISING_SITE.to_string())]);
    let data = gather(&conn, &q, 0).unwrap();
    assert!(
        data.breakdowns.iter().all(|b| b.dimension != "site"),
        "no table by site for one site"
    );
    assert!(data
        .alerts
        .iter()
        .all(|a| a.site.as_deref() == Some(RISING_SITE)));
    assert!(data.alerts.iter().any(|a| a.theme == RISING_THEME));
    let html = render_html(&data);
    assert!(html.contains("<h1>Patient feedback: Site C</h1>"));
}

#[test]
fn an_end_date_moves_the_alerted_period_back() {
    let (_dir, path) = hub();
    let whole = gather(&open_read_only(&path).unwrap(), &ReportQuery::default(), 0).unwrap();
    let last = whole.period.to.clone().unwrap();
    let earlier = format!("{}-01", &last[..7]);
    let q = ReportQuery {
        to: Some(earlier.clone()),
        ..ReportQuery::default()
    };
    let data = gather(&scoped(&path, None, Some(&earlier)).unwrap(), &q, 0).unwrap();
    assert!(data.period.to.as_deref() <= Some(earlier.as_str()));
    assert!(data
        .alerts
        .iter()
        .all(|a| a.period.as_str() <= earlier.as_str()));
}

#[test]
fn a_run_folder_report_is_byte_identical_and_names_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("night-1");
    write_single_folder(&folder, &SyntheticSpec::default()).unwrap();
    let first = report_from_run_folder(&folder, &ReportQuery::default()).unwrap();
    let second = report_from_run_folder(&folder, &ReportQuery::default()).unwrap();
    assert_eq!(first, second, "no load time on the page");
    assert!(first.contains("run folder night-1"));
    assert!(
        !first.contains(&dir.path().display().to_string()),
        "no full path on the page"
    );
}
