//! A report with every section filled, including text that would break a page that
//! forgot to escape it, for checking what the browser renders.

use feedback_themes::report::*;

/// Text that would inject markup if it were not escaped.
pub const HOSTILE: &str =
    "<script>document.title='pwned'</script><img src=x onerror=alert(1)> & \"quoted\"";

/// Charts the fixture's page holds: themes, trends and one per alert.
pub const CHARTS: usize = 2 + ALERTS;
/// Alerts in the fixture.
pub const ALERTS: usize = 2;
/// Tables: one per chart (its numbers), two breakdowns, and the loads in the footer.
pub const TABLES: usize = CHARTS + 2 + 1;

fn cell(n: u64) -> Cell {
    if (1..5).contains(&n) {
        Cell::Suppressed
    } else {
        Cell::Count(n)
    }
}

fn theme(label: &str, major: &str, p: u64, n: u64, neg: u64) -> ThemeVolume {
    ThemeVolume {
        label: label.into(),
        major: major.into(),
        positive: cell(p),
        neutral: cell(n),
        negative: cell(neg),
        unscored: Cell::Count(0),
        total: cell(p + n + neg),
    }
}

fn alert(theme: &str, site: Option<&str>, counts: &[u64], mean: f64, limit: f64) -> AlertView {
    let history: Vec<SeriesPoint> = counts
        .iter()
        .enumerate()
        .map(|(i, &count)| SeriesPoint {
            period: format!("2025-W{:02}", i + 10),
            count: cell(count),
        })
        .collect();
    AlertView {
        theme: theme.into(),
        major: "Access to medical care & support".into(),
        site: site.map(String::from),
        period: history.last().map(|p| p.period.clone()).unwrap_or_default(),
        count: *counts.last().unwrap_or(&0),
        expected: Some(mean),
        upper_limit: Some(limit),
        rule: "above the upper control limit".into(),
        history,
    }
}

/// The fixture.
pub fn report() -> ReportData {
    let periods: Vec<String> = (10..22).map(|w| format!("2025-W{w:02}")).collect();
    let series = |name: &str, base: u64, step: i64| Series {
        name: name.into(),
        values: (0..periods.len() as i64)
            .map(|i| cell((base as i64 + step * i).max(0) as u64))
            .collect(),
    };
    ReportData {
        title: "Patient feedback: Trust B".into(),
        min_cell: 5,
        period: Period {
            from: Some("2025-03-03".into()),
            to: Some("2025-05-25".into()),
            interval: "week".into(),
            site: None,
        },
        headline: Headline {
            comments: Cell::Count(1_812),
            real_answers: Cell::Count(1_745),
            positive: Cell::Count(1_010),
            neutral: Cell::Count(294),
            negative: Cell::Count(441),
        },
        themes: vec![
            theme("Staff manner & personal attributes", "Staff", 420, 40, 61),
            theme(
                "Timeliness of care",
                "Access to medical care & support",
                40,
                30,
                240,
            ),
            theme(
                "Being kept informed, clarity & consistency of information",
                "Communication & involvement",
                60,
                20,
                90,
            ),
            theme(
                "Food & drink provision & facilities",
                "Environment, equipment & catering",
                30,
                10,
                41,
            ),
            theme(HOSTILE, "Staff", 3, 1, 1),
            theme("Parking", "Service location, travel & transport", 2, 0, 19),
        ],
        trends: Trends {
            periods: periods.clone(),
            base: series("All comments", 130, 3),
            series: vec![
                series("Staff", 40, 1),
                series("Access to medical care & support", 20, 2),
                series("Communication & involvement", 12, 0),
                series("Medication & pain", 2, 0),
                series("Activities", 0, 0),
            ],
        },
        alerts: vec![
            alert(
                "Timeliness of care",
                Some("A&E <main>"),
                &[6, 7, 5, 8, 6, 7, 6, 5, 7, 8, 6, 19],
                6.5,
                14.2,
            ),
            alert(
                "Parking",
                None,
                &[3, 2, 4, 3, 3, 2, 4, 3, 2, 3, 12],
                2.9,
                8.0,
            ),
        ],
        alert_series_checked: 212,
        alerts_raised: ALERTS as u64,
        alerts_withheld: 0,
        breakdowns: vec![
            BreakdownTable {
                dimension: "site".into(),
                columns: vec!["A&E".into(), "Ward 12".into(), HOSTILE.into()],
                rows: vec![
                    BreakdownRow {
                        label: "Staff".into(),
                        cells: vec![cell(300), cell(150), cell(3), cell(453)],
                    },
                    BreakdownRow {
                        label: "Access to medical care & support".into(),
                        cells: vec![cell(200), Cell::Suppressed, cell(2), Cell::Suppressed],
                    },
                ],
                totals: vec![cell(900), cell(700), cell(145), cell(1745)],
                min_cell: 5,
            },
            BreakdownTable {
                dimension: "age_band".into(),
                columns: vec!["16-24".into(), "25-64".into(), "65+".into()],
                rows: vec![BreakdownRow {
                    label: "Staff".into(),
                    cells: vec![cell(20), cell(250), cell(183), cell(453)],
                }],
                totals: vec![cell(100), cell(1000), cell(645), cell(1745)],
                min_cell: 5,
            },
        ],
        emerging: vec![EmergingCluster {
            id: 14,
            name: "car park barrier".into(),
            now: 23,
            before: Some(Cell::Suppressed),
            quotes: vec![
                "The car park barrier was broken again and [PERSON] said to wait".into(),
                HOSTILE.into(),
            ],
        }],
        you_said: vec![ThemeQuotes {
            theme: "Staff manner & personal attributes".into(),
            count: Cell::Count(521),
            quotes: vec![
                "The nurses on the ward were kind and patient with my mum".into(),
                "Reception staff were friendly & helpful, <b>thank you</b>".into(),
            ],
        }],
        provenance: Provenance {
            tool: "feedback-themes 0.1.0".into(),
            models: vec!["default 2".into()],
            runs: vec![RunInfo {
                when: "2025-05-26T02:00:00Z".into(),
                rows: Cell::Count(1_812),
                model: "default 2".into(),
            }],
            runs_total: 14,
            rows_in_source: Cell::Count(5_230),
            source: "hub.sqlite".into(),
        },
    }
}
