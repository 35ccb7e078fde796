//! [`ReportData`]: everything the HTML report shows, already counted, suppressed and
//! redacted, so the renderer only lays it out and never decides what may be shown.

/// A count that may have been suppressed by small-number suppression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// A count that may be shown.
    Count(u64),
    /// A count hidden by small-number suppression (a count from 1 to N−1, or a larger
    /// one hidden so that a small one cannot be worked out from the totals).
    Suppressed,
}

impl Cell {
    /// The count, or `None` when suppressed.
    pub fn count(self) -> Option<u64> {
        match self {
            Cell::Count(n) => Some(n),
            Cell::Suppressed => None,
        }
    }
}

/// The dates the report covers and how time is bucketed in its charts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// First day covered (ISO `YYYY-MM-DD`), when the data has dates.
    pub from: Option<String>,
    /// Last day covered (ISO), when the data has dates.
    pub to: Option<String>,
    /// `week` or `month`: the bucket of the over-time charts and the alerts.
    pub interval: String,
    /// The one site the report is restricted to, if any.
    pub site: Option<String>,
}

/// Headline counts, each with its base; small ones suppressed like any other count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headline {
    /// Every comment in the period, blanks and non-answers included.
    pub comments: Cell,
    /// Real answers: comments that say something (not blank, not a non-answer), which
    /// are the comments given a sentiment; the base of the shares below.
    pub real_answers: Cell,
    /// Real answers that are positive.
    pub positive: Cell,
    /// Real answers that are neutral or mixed.
    pub neutral: Cell,
    /// Real answers that are negative.
    pub negative: Cell,
}

/// One theme's volume in the period, split by sentiment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeVolume {
    /// QDC v7 subcategory.
    pub label: String,
    /// Its major category.
    pub major: String,
    /// Comments carrying it that are positive.
    pub positive: Cell,
    /// … neutral or mixed.
    pub neutral: Cell,
    /// … negative.
    pub negative: Cell,
    /// … without a sentiment.
    pub unscored: Cell,
    /// All comments carrying it.
    pub total: Cell,
}

/// One line of an over-time chart: a count per period (`Suppressed` where small).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Series {
    /// What is counted (a major category, or all real answers).
    pub name: String,
    /// One value per period of [`Trends::periods`].
    pub values: Vec<Cell>,
}

/// Major categories over time.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Trends {
    /// Period labels in order (`2024-03` or `2024-W10`).
    pub periods: Vec<String>,
    /// Real answers per period: the base of every series.
    pub base: Series,
    /// One series per major category, in framework order.
    pub series: Vec<Series>,
}

/// One period of an alert's series.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPoint {
    /// Period label.
    pub period: String,
    /// Comments with the theme in that period (suppressed from 1 to N−1).
    pub count: Cell,
}

/// A statistical process control alert with the series it was judged on.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertView {
    /// QDC v7 subcategory.
    pub theme: String,
    /// Its major category.
    pub major: String,
    /// The site, or `None` for the theme over all sites.
    pub site: Option<String>,
    /// The period alerted on (the latest).
    pub period: String,
    /// Its count.
    pub count: u64,
    /// The mean of the earlier periods (the centre line); `None` when their total is
    /// from 1 to N−1, a small count the mean would give away.
    pub expected: Option<f64>,
    /// The upper control limit; `None` with the mean.
    pub upper_limit: Option<f64>,
    /// The rules broken that may be named, in words.
    pub rule: String,
    /// The whole series, oldest first, ending with the alerted period; counts hidden as
    /// [`crate::report::gather::alert_safety`] decides.
    pub history: Vec<SeriesPoint>,
}

/// A table of counts of comments per category by each value of one dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakdownTable {
    /// The dimension (`site`, `ethnicity`, `age_band`…).
    pub dimension: String,
    /// Its values: one column each.
    pub columns: Vec<String>,
    /// One row per category.
    pub rows: Vec<BreakdownRow>,
    /// Column totals (comments with that value), then the grand total last.
    pub totals: Vec<Cell>,
    /// The smallest count shown (counts from 1 to this minus 1 are suppressed).
    pub min_cell: u64,
}

/// One row of a [`BreakdownTable`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakdownRow {
    /// The category (a major category or a theme).
    pub label: String,
    /// One cell per column, then the row total last.
    pub cells: Vec<Cell>,
}

/// A cluster that is new, or grew, since the previous period of the same length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmergingCluster {
    /// Cluster id (stable across nights).
    pub id: u32,
    /// The analyst's name, else the generated label.
    pub name: String,
    /// Comments in it this period.
    pub now: u64,
    /// Comments in it the period before, `None` when it had none.
    pub before: Option<Cell>,
    /// Up to 3 redacted example comments, the nearest its centre first.
    pub quotes: Vec<String>,
}

/// "You said": representative redacted comments for one of the top themes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeQuotes {
    /// QDC v7 subcategory.
    pub theme: String,
    /// Comments carrying it in the period.
    pub count: Cell,
    /// 2–3 redacted comments nearest the theme's centre, the nearest first.
    pub quotes: Vec<String>,
}

/// One load of data the report draws on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunInfo {
    /// When it was loaded (ISO date-time), or the run folder's name.
    pub when: String,
    /// Rows it brought (suppressed from 1 to N−1, like every count on the page).
    pub rows: Cell,
    /// Model name and version that tagged it.
    pub model: String,
}

/// Where the numbers come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// Tool name and version that made the report.
    pub tool: String,
    /// Model(s) that tagged the comments (name and version).
    pub models: Vec<String>,
    /// The latest loads behind the data (at most 10), oldest first.
    pub runs: Vec<RunInfo>,
    /// Loads in the hub in all.
    pub runs_total: u64,
    /// Comments in the hub before filtering by period and site (suppressed from 1 to N−1).
    pub rows_in_source: Cell,
    /// Where the data was read from (hub file or run folder name, never a full path).
    pub source: String,
}

/// Everything the report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportData {
    /// Page title.
    pub title: String,
    /// The suppression threshold N: counts from 1 to N−1 are never shown.
    pub min_cell: u64,
    /// Dates, interval and site filter.
    pub period: Period,
    /// Headline counts.
    pub headline: Headline,
    /// Themes by volume, the largest first (blanks' `Labelling not possible` left out).
    pub themes: Vec<ThemeVolume>,
    /// Major categories over time.
    pub trends: Trends,
    /// SPC alerts on the latest period, when it lies in the report's period.
    pub alerts: Vec<AlertView>,
    /// Number of series checked for alerts (so "no alerts" has a base).
    pub alert_series_checked: u64,
    /// Alerts raised on a period in the report (shown, withheld or folded together).
    pub alerts_raised: u64,
    /// Alerts withheld because every rule they broke rests on a hidden small count.
    pub alerts_withheld: u64,
    /// Breakdown tables: by site first, then each protected characteristic present.
    pub breakdowns: Vec<BreakdownTable>,
    /// Clusters new or growing since the previous period.
    pub emerging: Vec<EmergingCluster>,
    /// Representative quotes for the top themes.
    pub you_said: Vec<ThemeQuotes>,
    /// Where the numbers come from.
    pub provenance: Provenance,
}
