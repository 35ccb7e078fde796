//! Finding and driving a headless Chromium for the browser tests: `--dump-dom` for the
//! rendered DOM, `--screenshot` for a PNG, each with a fresh profile and a time limit.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Names of a headless-capable Chromium, best first (Debian's `chromium-headless-shell`
/// is what `.ci/run` installs).
const NAMES: [&str; 5] = [
    "chromium-headless-shell",
    "chrome-headless-shell",
    "chromium",
    "chromium-browser",
    "google-chrome",
];

/// The browser to use: `FEEDBACK_THEMES_BROWSER` when set, else the first of [`NAMES`]
/// on the `PATH`.
pub fn find() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("FEEDBACK_THEMES_BROWSER") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    NAMES.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// Longest a browser call may take.
const TIME_LIMIT: Duration = Duration::from_secs(90);

/// Runs the browser on `page` with `extra` arguments; returns its standard output.
fn run(browser: &Path, page: &Path, extra: &[String]) -> Result<String, String> {
    let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
    let url = format!(
        "file://{}",
        page.canonicalize().map_err(|e| e.to_string())?.display()
    );
    let out_file = profile.path().join("stdout.txt");
    let stdout = std::fs::File::create(&out_file).map_err(|e| e.to_string())?;
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!(
            "--user-data-dir={}",
            profile.path().join("profile").display()
        ))
        .args(extra)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", browser.display()))?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "{} took longer than {TIME_LIMIT:?}",
                browser.display()
            ));
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    if !status.success() {
        return Err(format!("{} exited with {status}", browser.display()));
    }
    std::fs::read_to_string(&out_file).map_err(|e| e.to_string())
}

/// The DOM of `page` after the browser has loaded and laid it out.
pub fn dump_dom(browser: &Path, page: &Path) -> Result<String, String> {
    run(browser, page, &["--dump-dom".to_string()])
}

/// A `width` × `height` PNG screenshot of the top of `page`, written to `png`.
pub fn screenshot(
    browser: &Path,
    page: &Path,
    png: &Path,
    width: u32,
    height: u32,
) -> Result<(), String> {
    run(
        browser,
        page,
        &[
            format!("--screenshot={}", png.display()),
            format!("--window-size={width},{height}"),
        ],
    )?;
    if png.is_file() {
        Ok(())
    } else {
        Err(format!("{} wrote no screenshot", browser.display()))
    }
}
