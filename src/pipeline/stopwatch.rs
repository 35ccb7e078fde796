//! [`Stopwatch`]: wall time per stage, for the manifest.

use std::time::{Duration, Instant};

use crate::export::StageTiming;

/// Records how long each stage took, in the order the stages are named.
pub(super) struct Stopwatch {
    last: Instant,
    timings: Vec<StageTiming>,
}

impl Stopwatch {
    /// Starts timing the first stage.
    pub(super) fn new() -> Self {
        Stopwatch {
            last: Instant::now(),
            timings: Vec::new(),
        }
    }

    /// Ends the current stage as `stage` and starts the next.
    pub(super) fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.record(stage, now.duration_since(self.last));
        self.last = now;
    }

    /// Records a stage timed elsewhere (the streamed stages, whose chunks interleave),
    /// and restarts the clock.
    pub(super) fn record(&mut self, stage: &'static str, spent: Duration) {
        self.timings.push(StageTiming {
            stage,
            millis: spent.as_millis() as u64,
        });
        self.last = Instant::now();
    }

    /// The timings recorded.
    pub(super) fn into_timings(self) -> Vec<StageTiming> {
        self.timings
    }
}
