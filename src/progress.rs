//! Progress bars per stage: shown on a terminal, silent otherwise or with `--quiet`.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressState, ProgressStyle};

/// Makes one bar per stage, or hidden bars when progress is off.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    enabled: bool,
}

impl Progress {
    /// Bars on when `quiet` is false and stderr is a terminal.
    pub fn new(quiet: bool) -> Self {
        Progress {
            enabled: !quiet && std::io::stderr().is_terminal(),
        }
    }

    /// No bars at all.
    pub fn hidden() -> Self {
        Progress { enabled: false }
    }

    /// True when bars are drawn.
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// A bar for a stage counting comments: count, rate as a whole number
    /// ("171,222/s") and ETA; a counter without ETA when `len` is 0 (unknown).
    pub fn rows(&self, name: &'static str, len: u64) -> ProgressBar {
        if !self.enabled {
            return ProgressBar::hidden();
        }
        let template = if len == 0 {
            "{prefix:>10} {spinner} {human_pos} comments, {rate}, {elapsed}"
        } else {
            "{prefix:>10} [{bar:30}] {human_pos}/{human_len} comments, {rate}, ETA {eta}"
        };
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key(
                "rate",
                |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{}/s", thousands(state.per_sec() as u64));
                },
            )
            .progress_chars("=> ");
        let bar = if len == 0 {
            let spinner = ProgressBar::new_spinner();
            spinner.enable_steady_tick(std::time::Duration::from_millis(120));
            spinner
        } else {
            ProgressBar::new(len)
        };
        bar.set_style(style);
        bar.set_prefix(name);
        bar
    }

    /// A bar for a stage of `len` items (a spinner when `len` is 0). Never shows text of
    /// a comment: only the stage name and counts.
    pub fn stage(&self, name: &'static str, len: u64) -> ProgressBar {
        if !self.enabled {
            return ProgressBar::hidden();
        }
        let bar = if len == 0 {
            let spinner = ProgressBar::new_spinner();
            spinner.set_style(
                ProgressStyle::with_template("{prefix:>10} {spinner} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            spinner.enable_steady_tick(std::time::Duration::from_millis(120));
            spinner
        } else {
            let bar = ProgressBar::new(len);
            bar.set_style(
                ProgressStyle::with_template(
                    "{prefix:>10} [{bar:30}] {pos}/{len} {per_sec} {elapsed}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar
        };
        bar.set_prefix(name);
        bar
    }
}

/// A whole number with thousands separators: `171222` → `171,222`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_whole_numbers_with_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(171_222), "171,222");
        assert_eq!(thousands(12_345_678), "12,345,678");
    }

    #[test]
    fn hidden_when_off() {
        assert!(Progress::hidden().rows("process", 10).is_hidden());
    }
}
