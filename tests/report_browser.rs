//! The report in a real browser: headless Chromium renders it, and the test checks the
//! page is not blank, counts its charts and tables in the rendered DOM, finds nothing
//! fetched from elsewhere and no planted identifier in the file.
//!
//! A custom harness (libtest-mimic) so that, on a machine without Chromium, the tests
//! are reported as *ignored* with a line saying why, instead of passing silently. In CI
//! (`CI` set, as `.ci/run` runs) a missing browser is a failure: `.ci/run` installs
//! Debian's `chromium-headless-shell` when it is missing.
//!
//! `FEEDBACK_THEMES_KEEP=DIR` keeps each tested page and its screenshot in `DIR` (as
//! `<name>.html` and `<name>.png`): how the README's picture of the sample report is made.

#![allow(clippy::unwrap_used)]

mod browser;
mod support;

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};

use browser::{chromium, dom, fixture, pixels};
use feedback_themes::report::render_html;

/// Checks the page's rendered DOM and a screenshot; returns the DOM.
fn check_rendered(
    browser: &Path,
    page: &Path,
    charts: usize,
    tables: usize,
) -> Result<String, Failed> {
    let html = std::fs::read_to_string(page).map_err(|e| e.to_string())?;
    let fetches = dom::external_references(&html);
    if !fetches.is_empty() {
        return Err(format!("the page would fetch from elsewhere: {fetches:?}").into());
    }
    let rendered = chromium::dump_dom(browser, page)?;
    let text = dom::body_text(&rendered);
    if text.len() < 500 || !text.contains("At a glance") {
        return Err(format!(
            "the rendered page is (nearly) blank: {} characters of text",
            text.len()
        )
        .into());
    }
    let svgs = dom::count_tag(&rendered, "svg");
    let labelled = rendered.matches("role=\"img\"").count();
    let tabs = dom::count_tag(&rendered, "table");
    if svgs != charts || labelled != charts || tabs != tables {
        return Err(format!(
            "expected {charts} charts and {tables} tables, the browser rendered {svgs} svg ({labelled} with role=img) and {tabs} tables"
        )
        .into());
    }
    if dom::count_tag(&rendered, "script") > 0 {
        return Err("a <script> element reached the rendered DOM".into());
    }
    Ok(rendered)
}

/// Takes a screenshot and fails when it is blank; keeps page and picture as `name` in
/// `FEEDBACK_THEMES_KEEP` when set.
fn check_screenshot(browser: &Path, page: &Path, name: &str) -> Result<(), Failed> {
    let png = page.with_extension("png");
    chromium::screenshot(browser, page, &png, 1100, 1800)?;
    let (ink, colours) = pixels::ink(&png)?;
    if ink < 0.03 || colours < 8 {
        return Err(format!(
            "the screenshot is blank: {:.1}% ink, {colours} colours",
            ink * 100.0
        )
        .into());
    }
    if let Some(keep) = std::env::var_os("FEEDBACK_THEMES_KEEP") {
        let keep = PathBuf::from(keep);
        std::fs::create_dir_all(&keep).map_err(|e| e.to_string())?;
        std::fs::copy(page, keep.join(format!("{name}.html"))).map_err(|e| e.to_string())?;
        std::fs::copy(&png, keep.join(format!("{name}.png"))).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Every section of a fully filled report renders, with markup in the data shown as text.
fn fixture_report(browser: &Path) -> Result<(), Failed> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let page = dir.path().join("report.html");
    std::fs::write(&page, render_html(&fixture::report())).map_err(|e| e.to_string())?;
    let rendered = check_rendered(browser, &page, fixture::CHARTS, fixture::TABLES)?;
    if rendered.contains("pwned") && !rendered.contains("document.title='pwned'") {
        return Err("escaped script text changed the page".into());
    }
    if dom::count_tag(&rendered, "img") > 0 {
        return Err("an <img> from the data reached the rendered DOM".into());
    }
    let articles = dom::count_tag(&rendered, "article");
    let expected = fixture::ALERTS + 2;
    if articles != expected {
        return Err(format!(
            "expected {expected} articles (alerts, topic, theme quotes), found {articles}"
        )
        .into());
    }
    check_screenshot(browser, &page, "fixture")?;
    Ok(())
}

/// Identifiers planted in the samples (and their digits alone), as `cli_run` reads them.
fn planted() -> Result<Vec<String>, Failed> {
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-samples/planted_pii.txt");
    let text = std::fs::read_to_string(list).map_err(|e| e.to_string())?;
    let mut values = Vec::new();
    for v in text
        .lines()
        .map(str::trim)
        .filter(|v| !v.is_empty() && !v.starts_with('#'))
    {
        values.push(v.to_string());
        let digits: String = v.chars().filter(char::is_ascii_digit).collect();
        if digits.len() >= 8 {
            values.push(digits);
        }
    }
    if values.len() < 20 {
        return Err("planted_pii.txt lists the planted identifiers".into());
    }
    Ok(values)
}

/// `run` on the samples writes report.html: the browser renders every chart and table
/// in it, the page is not blank, and no planted identifier is in the file.
fn sample_run_report(browser: &Path) -> Result<(), Failed> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let out = dir.path().join("out");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_feedback-themes"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("run")
        .args(support::SAMPLE_INPUTS)
        .args(["--quiet", "--out"])
        .arg(&out)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("run failed: {status}").into());
    }
    let page = out.join("report.html");
    let html =
        std::fs::read_to_string(&page).map_err(|e| format!("run wrote no report.html: {e}"))?;
    let charts = dom::count_tag(&html, "svg");
    let tables = dom::count_tag(&html, "table");
    if charts < 2 || tables < 3 {
        return Err(format!("the sample report has {charts} charts and {tables} tables").into());
    }
    let rendered = check_rendered(browser, &page, charts, tables)?;
    for value in planted()? {
        if html.contains(&value) || rendered.contains(&value) {
            return Err(format!(
                "a planted identifier ({} characters) is in the report",
                value.len()
            )
            .into());
        }
    }
    let placeholders = [
        "[PERSON]",
        "[PHONE_NUMBER]",
        "[EMAIL_ADDRESS]",
        "[NHS_NUMBER]",
        "[UK_POSTCODE]",
    ];
    if !placeholders.iter().any(|p| rendered.contains(p)) {
        return Err("the sample's quotes show no redaction placeholder".into());
    }
    check_screenshot(browser, &page, "sample")
}

/// The DOM helpers count whole tags and tell fetches from escaped text and anchors.
fn dom_helpers() -> Result<(), Failed> {
    let checks = [
        dom::count_tag("<svg a><svgx><table><tbody><table>", "svg") == 1,
        dom::count_tag("<svg a><svgx><table><tbody><table>", "table") == 2,
        dom::external_references("<a href=\"#x\">").is_empty(),
        dom::external_references("<a href=\"http://x\"><img src=\"y\">").len() == 3,
        dom::external_references("<p>&lt;img src=x&gt;</p>").is_empty(),
        dom::external_references("<style>p{background:url(x)}</style>").len() == 1,
    ];
    match checks.iter().position(|ok| !ok) {
        Some(i) => Err(format!("DOM helper check {i} failed").into()),
        None => Ok(()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let found = chromium::find();
    let required = std::env::var_os("CI").is_some();
    let missing = found.is_none();
    if missing {
        let what = if required {
            "FAIL: CI requires it (.ci/run installs chromium-headless-shell when missing)"
        } else {
            "the browser tests are IGNORED (apt-get install chromium-headless-shell, or set FEEDBACK_THEMES_BROWSER)"
        };
        println!("report_browser: no headless Chromium found; {what}");
    }
    let with_browser = |f: fn(&Path) -> Result<(), Failed>| {
        let found = found.clone();
        move || match &found {
            Some(b) => f(b),
            None => Err("no headless Chromium found, and CI requires one".into()),
        }
    };
    let trials = vec![
        Trial::test(
            "sample_run_report_renders_without_planted_identifiers",
            with_browser(sample_run_report),
        )
        .with_ignored_flag(missing && !required),
        Trial::test("dom_helpers_count_tags_and_find_fetches", dom_helpers),
        Trial::test(
            "fixture_report_renders_every_section",
            with_browser(fixture_report),
        )
        .with_ignored_flag(missing && !required),
    ];
    libtest_mimic::run(&args, trials).exit();
}
