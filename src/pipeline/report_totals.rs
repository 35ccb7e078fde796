//! [`ReportTally`]: what the run's `report.html` shows, added up while export writes
//! the rows, so the report needs no hub: counts per theme and sentiment, per major and
//! day, site and protected characteristic, per theme, site and day (alerts) and per
//! cluster and day (emerging topics), plus the latest real answers overall and per
//! theme and each cluster's first answers in the latest week and month (the quotes are
//! picked from those, as the hub's queries would list them).
//!
//! Memory does not grow with the rows: counts are kept per distinct value (day, site,
//! characteristic value, cluster), and the answer lists hold at most
//! [`MAX_TEXTS`] text ids each. [`ReportTally::finish`] turns the tallies into
//! [`RunTotals`], which answer the report's questions as a hub holding only this run
//! would; the page is then made by the same code as `report --tagged`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{Hash, Hasher};

use rayon::prelude::*;

use super::buckets::Buckets;
use super::interner::NONE;
use super::rows::{CompactRow, RowTable};
use super::stream::Streamed;
use super::text_spill::LoadedTexts;
use crate::classify::taxonomy::{self, N_LABELS, N_MAJORS};
use crate::cluster::{Clustering, BRIEF_CLUSTER_ID};
use crate::export::WriteError;
use crate::fast_hash::FastHashMap;
use crate::hub::load::comment_day;
use crate::ingest::calendar::week_start;
use crate::ingest::carried::EQUALITY_COLUMNS;
use crate::insight::alerts::{all_periods, SeriesCounts};
use crate::insight::breakdown::Counted;
use crate::insight::scan::Values;
use crate::insight::{Period as Interval, ThemeLevel};
use crate::report::gather::totals::{AlertCounts, ClusterCounts, RunTotals};
use crate::report::gather::you_said::MAX_TEXTS;

const _: () = assert!(N_LABELS <= 64 && N_MAJORS <= 32, "labels fit a bit set");

/// Counts of one column at the major level: one per major category, then all comments.
type MajorCounts = [u64; N_MAJORS + 1];

/// The run's days, weeks and months, each numbered in text order (the hub's order).
struct Calendar {
    /// Day number of each interned ISO date, [`NONE`] when it is not a valid day.
    day_of_date: Vec<u32>,
    /// The distinct days, sorted.
    days: Vec<String>,
    /// The distinct weeks (their Mondays) and months, sorted.
    periods: [Vec<String>; 2],
    /// Week and month number of each day ([`NONE`] when it has none).
    period_of_day: [Vec<u32>; 2],
}

/// The two intervals, in the order of [`Calendar::periods`].
const INTERVALS: [Interval; 2] = [Interval::Week, Interval::Month];

/// The period (week or month) of an ISO day, as the hub files it.
fn period_of(interval: Interval, day: &str) -> Option<String> {
    match interval {
        Interval::Week => week_start(day),
        Interval::Month => day.get(..7).map(str::to_string),
    }
}

/// Numbers `values` (sorted, distinct) and gives each input its number.
fn numbered(values: &[Option<String>]) -> (Vec<String>, Vec<u32>) {
    let sorted: Vec<String> = values
        .iter()
        .flatten()
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let index: HashMap<&str, u32> = sorted
        .iter()
        .enumerate()
        .map(|(i, v)| (v.as_str(), i as u32))
        .collect();
    let ids = values
        .iter()
        .map(|v| {
            v.as_deref()
                .and_then(|v| index.get(v).copied())
                .unwrap_or(NONE)
        })
        .collect();
    (sorted, ids)
}

impl Calendar {
    fn of(table: &RowTable) -> Self {
        let dates: Vec<Option<String>> = (0..)
            .map_while(|id| table.date_iso_of(id))
            .map(|d| comment_day(d).map(str::to_string))
            .collect();
        let (days, day_of_date) = numbered(&dates);
        let of_days = |interval| {
            let periods: Vec<Option<String>> =
                days.iter().map(|d| period_of(interval, d)).collect();
            numbered(&periods)
        };
        let (weeks, week_of_day) = of_days(Interval::Week);
        let (months, month_of_day) = of_days(Interval::Month);
        Calendar {
            day_of_date,
            days,
            periods: [weeks, months],
            period_of_day: [week_of_day, month_of_day],
        }
    }

    /// The day number of an interned ISO date id ([`NONE`] for none).
    fn day(&self, date_iso: u32) -> u32 {
        self.day_of_date
            .get(date_iso as usize)
            .copied()
            .unwrap_or(NONE)
    }

    /// The period number of day `day` in interval `i` (0 weeks, 1 months).
    fn period(&self, i: usize, day: u32) -> u32 {
        self.period_of_day[i]
            .get(day as usize)
            .copied()
            .unwrap_or(NONE)
    }
}

/// The `cap` answers that come first, latest day first then in row order (undated
/// last): the hub's `ORDER BY date DESC, comment_key LIMIT cap`.
#[derive(Debug, Clone)]
struct LatestAnswers {
    cap: usize,
    /// (order key, text id); order keys are unique (they hold the row).
    kept: Vec<(u64, u32)>,
    /// Keys above this can no longer make the first `cap`.
    bar: u64,
}

impl LatestAnswers {
    fn new(cap: usize) -> Self {
        LatestAnswers {
            cap,
            kept: Vec::new(),
            bar: u64::MAX,
        }
    }

    fn push(&mut self, key: u64, text: u32) {
        if key > self.bar || self.cap == 0 {
            return;
        }
        self.kept.push((key, text));
        if self.kept.len() >= 2 * self.cap {
            self.cut();
        }
    }

    /// Keeps the first `cap`.
    fn cut(&mut self) {
        if self.kept.len() > self.cap {
            self.kept.select_nth_unstable(self.cap);
            self.kept.truncate(self.cap);
            self.bar = self.kept.iter().map(|k| k.0).max().unwrap_or(u64::MAX);
        }
    }

    /// The kept text ids, in order.
    fn finish(mut self) -> Vec<u32> {
        self.cut();
        self.kept.sort_unstable();
        self.kept.into_iter().map(|(_, t)| t).collect()
    }
}

/// The order of row `row` dated on day number `day` (of `days`, [`NONE`] when undated)
/// among answers: the latest day first, undated last, then in row order (the hub's
/// `ORDER BY date DESC, comment_key`, where a missing date sorts lowest).
fn answer_order(day: u32, days: usize, row: usize) -> u64 {
    let newest_first = if day == NONE {
        days
    } else {
        days - 1 - day as usize
    };
    (newest_first as u64) << 32 | row as u64
}

/// Each cluster's first answers in the latest period seen so far among real answers.
#[derive(Debug, Default)]
struct LatestPeriodClusters {
    /// The latest period number, [`NONE`] before any.
    latest: Option<u32>,
    lists: BTreeMap<u32, Vec<u32>>,
}

impl LatestPeriodClusters {
    fn add(&mut self, period: u32, cluster: Option<u32>, text: u32, cap: usize) {
        if period == NONE {
            return;
        }
        if self.latest.is_none_or(|l| period > l) {
            self.latest = Some(period);
            self.lists.clear();
        }
        if let (Some(c), true) = (cluster, self.latest == Some(period)) {
            let list = self.lists.entry(c).or_default();
            if list.len() < cap {
                list.push(text);
            }
        }
    }
}

/// A protected characteristic the run carries, with each carried set's value of it.
struct Characteristic {
    name: &'static str,
    /// Its values, by id (`None`: a set without it).
    values: Values,
    /// Value id of each carried set.
    of_set: Vec<u32>,
    /// Counts per value id.
    counts: Vec<MajorCounts>,
}

/// Sentiment slots: positive, neutral, negative, then none.
const SENTIMENT_SLOTS: usize = 4;

/// The report's totals, added up row by row in input order.
pub(super) struct ReportTally {
    calendar: Calendar,
    characteristics: Vec<Characteristic>,
    /// Per sentiment slot: comments per label, then all comments.
    by_sentiment: [[u64; N_LABELS + 1]; SENTIMENT_SLOTS],
    /// Per day number (undated last): comments per major, then all.
    by_day: Vec<MajorCounts>,
    /// Per site id + 1 (0: no site): comments per major, then all.
    by_site: Vec<MajorCounts>,
    /// Per site id + 1: the first day with a dated comment there.
    site_first_day: Vec<u32>,
    /// Dated comments per (label, site id + 1, day), `Labelling not possible` left out.
    alert_days: FastHashMap<(u8, u32, u32), u64>,
    /// Real answers per (cluster, day), the brief comments' cluster left out.
    cluster_days: FastHashMap<(u32, u32), u64>,
    answers: LatestAnswers,
    theme_answers: Vec<LatestAnswers>,
    /// Per interval (weeks, months).
    latest_clusters: [LatestPeriodClusters; 2],
    labelling_not_possible: usize,
}

/// A row's sentiment slot: its label's, or none (blanks and non-answers).
fn sentiment_slot(label: crate::classify::SentimentLabel, non_answer: bool) -> usize {
    use crate::classify::SentimentLabel;
    if non_answer {
        return 3;
    }
    match label {
        SentimentLabel::Positive => 0,
        SentimentLabel::Neutral => 1,
        SentimentLabel::Negative => 2,
    }
}

/// The name of a sentiment slot's column.
fn sentiment_name(slot: usize) -> Option<String> {
    use crate::classify::SentimentLabel;
    SentimentLabel::ALL.get(slot).map(|l| l.name().to_string())
}

/// Index of an optional interned site in per-site arrays.
fn site_slot(site: u32) -> usize {
    if site == NONE {
        0
    } else {
        site as usize + 1
    }
}

impl ReportTally {
    /// An empty tally for `run`'s rows (its days, sites and carried values known).
    pub(super) fn new(run: &Streamed) -> Self {
        let table = &run.rows;
        let calendar = Calendar::of(table);
        let sets = table.carried_sets();
        let characteristics = EQUALITY_COLUMNS
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| sets.iter().any(|s| s.contains_key(*name)))
            .map(|name| {
                let mut values = Values::default();
                let of_set = sets
                    .iter()
                    .map(|s| values.id(s.get(name).map(String::as_str)))
                    .collect();
                let counts = vec![[0; N_MAJORS + 1]; values.names.len()];
                Characteristic {
                    name,
                    values,
                    of_set,
                    counts,
                }
            })
            .collect();
        let days = calendar.days.len();
        ReportTally {
            by_day: vec![[0; N_MAJORS + 1]; days + 1],
            calendar,
            characteristics,
            by_sentiment: [[0; N_LABELS + 1]; SENTIMENT_SLOTS],
            by_site: Vec::new(),
            site_first_day: Vec::new(),
            alert_days: FastHashMap::default(),
            cluster_days: FastHashMap::default(),
            answers: LatestAnswers::new(MAX_TEXTS),
            theme_answers: vec![LatestAnswers::new(MAX_TEXTS); N_LABELS],
            latest_clusters: Default::default(),
            labelling_not_possible: taxonomy::labelling_not_possible_index(),
        }
    }

    /// Adds `rows`, the facts of the rows from `first` on (each row once, in input
    /// order).
    pub(super) fn add_rows(
        &mut self,
        run: &Streamed,
        clustering: &Clustering,
        first: usize,
        rows: &[CompactRow],
    ) {
        for (i, row) in (first..).zip(rows) {
            self.add_row(run, clustering, i, row);
        }
    }

    fn add_row(&mut self, run: &Streamed, clustering: &Clustering, i: usize, row: &CompactRow) {
        let table = &run.rows;
        let text = table.text_of[i];
        let t = text as usize;
        let (blank, non_answer) = (run.texts.blank(t), run.texts.non_answer(t));
        let prediction = run.predictions.get(table.prediction_of[i] as usize);
        let (date_iso, carried) = table.value_ids(row);
        let day = self.calendar.day(date_iso);
        let mut labels = 0u64;
        let mut majors = 0u32;
        for label in prediction.label_indices() {
            labels |= 1 << label;
            majors |= 1 << taxonomy::major_index_of(label);
        }
        let add_majors = |counts: &mut MajorCounts| {
            counts[N_MAJORS] += 1;
            for (m, c) in counts.iter_mut().enumerate().take(N_MAJORS) {
                *c += u64::from(majors >> m & 1);
            }
        };

        let sentiment =
            &mut self.by_sentiment[sentiment_slot(prediction.sentiment.label, non_answer)];
        sentiment[N_LABELS] += 1;
        for (l, c) in sentiment.iter_mut().enumerate().take(N_LABELS) {
            *c += labels >> l & 1;
        }
        let day_slot = if day == NONE {
            self.calendar.days.len()
        } else {
            day as usize
        };
        add_majors(&mut self.by_day[day_slot]);
        let site = site_slot(row.site);
        if self.by_site.len() <= site {
            self.by_site.resize(site + 1, [0; N_MAJORS + 1]);
            self.site_first_day.resize(site + 1, NONE);
        }
        add_majors(&mut self.by_site[site]);
        for c in &mut self.characteristics {
            add_majors(&mut c.counts[c.of_set[carried as usize] as usize]);
        }

        if day != NONE {
            let first = &mut self.site_first_day[site];
            *first = (*first).min(day);
            for label in (0..N_LABELS).filter(|l| labels >> l & 1 == 1) {
                if label != self.labelling_not_possible {
                    *self
                        .alert_days
                        .entry((label as u8, site as u32, day))
                        .or_default() += 1;
                }
            }
        }

        let real = !(blank || non_answer || run.texts.duplicate(t, row.first_copy));
        if !real {
            return;
        }
        let cluster = clustering.assignment.get(i);
        if let (Some(c), true) = (cluster, day != NONE) {
            if c != BRIEF_CLUSTER_ID {
                *self.cluster_days.entry((c, day)).or_default() += 1;
            }
        }
        for (at, latest) in self.latest_clusters.iter_mut().enumerate() {
            let period = if day == NONE {
                NONE
            } else {
                self.calendar.period(at, day)
            };
            latest.add(period, cluster, text, MAX_TEXTS);
        }
        let key = answer_order(day, self.calendar.days.len(), i);
        self.answers.push(key, text);
        for label in (0..N_LABELS).filter(|l| labels >> l & 1 == 1) {
            self.theme_answers[label].push(key, text);
        }
    }

    /// The ids of every text the report may quote (the answer lists cut to their
    /// first [`MAX_TEXTS`]), to be read back for [`ReportTally::finish`].
    pub(super) fn quoted_texts(&mut self) -> Vec<u32> {
        self.answers.cut();
        self.theme_answers.iter_mut().for_each(LatestAnswers::cut);
        let lists = (self.latest_clusters.iter()).flat_map(|l| l.lists.values().flatten());
        (self.answers.kept.iter())
            .chain(self.theme_answers.iter().flat_map(|a| &a.kept))
            .map(|&(_, t)| t)
            .chain(lists.copied())
            .collect()
    }

    /// The totals for the report, or `None` when two rows share an id (a hub keeps
    /// the later row under the earlier one's place, which these totals do not follow:
    /// the caller then makes the report from the written files). `quoted` holds the
    /// texts of [`ReportTally::quoted_texts`]; an error names the spill file when the
    /// row ids cannot be read back, or when a quoted text is missing from `quoted`.
    pub(super) fn finish<'a>(
        self,
        run: &'a Streamed,
        clustering: &Clustering,
        model: String,
        quoted: &'a LoadedTexts,
    ) -> Result<Option<RunTotals<'a>>, WriteError> {
        if !ids_unique(&run.rows).map_err(|e| run.rows.spill_error(e))? {
            return Ok(None);
        }
        let text = |id: u32| -> Result<&'a str, WriteError> {
            quoted.get(id).ok_or_else(|| {
                run.texts.spill_error(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    format!("text {id}, to be quoted in the report, was not read back"),
                ))
            })
        };
        let texts = |ids: Vec<u32>| -> Result<Vec<&'a str>, WriteError> {
            ids.into_iter().map(text).collect()
        };
        let sites: Vec<Option<String>> = (0..self.by_site.len())
            .map(|slot| {
                slot.checked_sub(1)
                    .and_then(|id| run.rows.sites.get(id as u32))
                    .map(str::to_string)
            })
            .collect();
        let mut breakdowns = HashMap::new();
        breakdowns.insert(
            ("sentiment".to_string(), ThemeLevel::Theme),
            self.sentiment_counts(),
        );
        for (at, interval) in INTERVALS.iter().enumerate() {
            let name = crate::report::gather::interval_name(*interval).to_string();
            breakdowns.insert((name, ThemeLevel::Major), self.period_counts(at));
        }
        breakdowns.insert(
            ("site".to_string(), ThemeLevel::Major),
            major_counts(&sites, &self.by_site),
        );
        for c in &self.characteristics {
            breakdowns.insert(
                (c.name.to_string(), ThemeLevel::Major),
                major_counts(&c.values.names, &c.counts),
            );
        }
        let carried_names: Vec<String> = run
            .rows
            .carried_sets()
            .iter()
            .flat_map(|s| s.keys().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let alerts = INTERVALS
            .iter()
            .enumerate()
            .filter_map(|(at, interval)| Some((*interval, self.alert_counts(at, &sites)?)))
            .collect();
        let cluster_names = clustering
            .saved
            .clusters
            .iter()
            .map(|c| (c.id, c.name.clone().unwrap_or_else(|| c.label.clone())))
            .collect();
        let mut clusters = Vec::new();
        for (at, interval) in INTERVALS.iter().enumerate() {
            clusters.push((*interval, self.cluster_counts(at, &text)?));
        }
        let ReportTally {
            calendar,
            answers,
            theme_answers,
            ..
        } = self;
        Ok(Some(RunTotals {
            rows: run.rows.len() as u64,
            model,
            day_span: (
                calendar.days.first().cloned(),
                calendar.days.last().cloned(),
            ),
            breakdowns,
            carried_names,
            alerts,
            answers_kept: MAX_TEXTS,
            answers: texts(answers.finish())?,
            theme_answers: theme_answers
                .into_iter()
                .enumerate()
                .map(|(label, kept)| {
                    Ok((
                        taxonomy::label_name(label).to_string(),
                        texts(kept.finish())?,
                    ))
                })
                .collect::<Result<_, WriteError>>()?,
            clusters,
            cluster_names,
        }))
    }

    /// Comments by sentiment, per label.
    fn sentiment_counts(&self) -> Counted {
        let slots: Vec<usize> = (0..SENTIMENT_SLOTS)
            .filter(|&s| self.by_sentiment[s][N_LABELS] > 0)
            .collect();
        let counts = (0..N_LABELS)
            .map(|l| {
                let cells = slots.iter().map(|&s| self.by_sentiment[s][l]).collect();
                (taxonomy::label_name(l).to_string(), cells)
            })
            .collect();
        Counted {
            columns: slots.iter().map(|&s| vec![sentiment_name(s)]).collect(),
            bases: slots
                .iter()
                .map(|&s| self.by_sentiment[s][N_LABELS])
                .collect(),
            counts,
        }
    }

    /// Comments per week (`at` 0) or month (1), per major.
    fn period_counts(&self, at: usize) -> Counted {
        let periods = &self.calendar.periods[at];
        // One column per period, then undated (and days without a period).
        let mut columns = vec![[0u64; N_MAJORS + 1]; periods.len() + 1];
        for (day, counts) in self.by_day.iter().enumerate() {
            let period = self.calendar.period(at, day as u32);
            let column = if period == NONE {
                periods.len()
            } else {
                period as usize
            };
            for (sum, c) in columns[column].iter_mut().zip(counts) {
                *sum += c;
            }
        }
        let names: Vec<Option<String>> = periods.iter().cloned().map(Some).chain([None]).collect();
        major_counts(&names, &columns)
    }

    /// Alert series per week (`at` 0) or month (1); `None` when no comment is dated.
    fn alert_counts(&self, at: usize, sites: &[Option<String>]) -> Option<AlertCounts> {
        let present = &self.calendar.periods[at];
        let (first, latest) = (present.first()?, present.last()?);
        let periods = all_periods(INTERVALS[at], first, latest);
        let index: HashMap<&str, usize> = periods
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_str(), i))
            .collect();
        let period_index = |day: u32| {
            let p = self.calendar.period(at, day);
            present
                .get(p as usize)
                .and_then(|p| index.get(p.as_str()).copied())
        };
        let mut values = Values::default();
        let mut site_start = vec![usize::MAX];
        let mut site_id = vec![None; sites.len()];
        for (slot, first_day) in self.site_first_day.iter().enumerate() {
            let Some(start) = (*first_day != NONE)
                .then(|| period_index(*first_day))
                .flatten()
            else {
                continue;
            };
            let id = values.id(sites[slot].as_deref());
            site_id[slot] = Some(id);
            if site_start.len() <= id as usize {
                site_start.resize(id as usize + 1, usize::MAX);
            }
            site_start[id as usize] = site_start[id as usize].min(start);
        }
        let mut by_site: HashMap<(i64, u32), Vec<u64>> = HashMap::new();
        let mut themes = HashMap::new();
        for (&(label, site, day), &n) in &self.alert_days {
            let (Some(p), Some(site)) = (period_index(day), site_id[site as usize]) else {
                continue;
            };
            let label = usize::from(label);
            themes.entry(label as i64).or_insert_with(|| {
                let major = taxonomy::majors()[taxonomy::major_index_of(label)];
                (taxonomy::label_name(label).to_string(), major.to_string())
            });
            by_site
                .entry((label as i64, site))
                .or_insert_with(|| vec![0; periods.len()])[p] += n;
        }
        Some(AlertCounts {
            latest: latest.clone(),
            counts: SeriesCounts::new(themes, values, site_start, by_site),
            periods,
        })
    }

    /// Emerging topics' counts and answers per week (`at` 0) or month (1) (an error
    /// when `text` cannot give a quoted text).
    fn cluster_counts<'a>(
        &self,
        at: usize,
        text: &impl Fn(u32) -> Result<&'a str, WriteError>,
    ) -> Result<ClusterCounts<'a>, WriteError> {
        let periods = &self.calendar.periods[at];
        let name = |p: u32| periods.get(p as usize).cloned();
        let mut sizes: BTreeMap<String, BTreeMap<u32, u64>> = BTreeMap::new();
        for (&(cluster, day), &n) in &self.cluster_days {
            if let Some(p) = name(self.calendar.period(at, day)) {
                *sizes.entry(p).or_default().entry(cluster).or_default() += n;
            }
        }
        let latest = &self.latest_clusters[at];
        Ok(ClusterCounts {
            latest: latest.latest.and_then(name),
            periods: periods.clone(),
            sizes,
            latest_answers: latest
                .lists
                .iter()
                .map(|(c, ids)| Ok((*c, ids.iter().map(|&t| text(t)).collect::<Result<_, _>>()?)))
                .collect::<Result<_, WriteError>>()?,
        })
    }
}

/// Counts per column (`names[i]` the value of column `i`, `counts[i]` its comments
/// per major then all), leaving out columns without comments.
fn major_counts(names: &[Option<String>], counts: &[MajorCounts]) -> Counted {
    let present: Vec<usize> = (0..counts.len().min(names.len()))
        .filter(|&i| counts[i][N_MAJORS] > 0)
        .collect();
    Counted {
        columns: present.iter().map(|&i| vec![names[i].clone()]).collect(),
        bases: present.iter().map(|&i| counts[i][N_MAJORS]).collect(),
        counts: (0..N_MAJORS)
            .map(|m| {
                let cells = present.iter().map(|&i| counts[i][m]).collect();
                (taxonomy::majors()[m].to_string(), cells)
            })
            .collect(),
    }
}

/// Rows whose ids are read back at a time by [`ids_unique`].
const ID_BATCH: usize = 1 << 16;

/// Id hashes held at once by [`ids_unique`] (8 MiB): more rows take more passes.
const ID_PASS_ROWS: usize = 1 << 20;

/// True when no two rows share an id (by a 64-bit hash of each: a collision only
/// sends the report the slower, always right way). The ids are read back from the
/// spill file once, a batch at a time, and their hashes split into as many bucket
/// files as it takes to hold at most about [`ID_PASS_ROWS`] hashes at once
/// ([`Buckets`]: bucket `p` of `passes` holds the hashes that are `p` modulo
/// `passes`, so equal ids meet in one bucket); each bucket is then sorted on its own.
fn ids_unique(table: &RowTable) -> std::io::Result<bool> {
    ids_unique_in(table, ID_PASS_ROWS)
}

/// [`ids_unique`] holding about `pass_rows` hashes at a time.
fn ids_unique_in(table: &RowTable, pass_rows: usize) -> std::io::Result<bool> {
    let passes = table.len().div_ceil(pass_rows).max(1);
    if passes == 1 {
        // One slice: the hashes straight into the list that is sorted.
        let mut hashes = Vec::with_capacity(table.len());
        for_each_id_hash(table, |hash| {
            hashes.push(hash);
            Ok(())
        })?;
        return Ok(all_different(hashes));
    }
    let mut buckets = Buckets::new(table.spill_dir(), passes, 8);
    for_each_id_hash(table, |hash| {
        buckets.push(buckets.of_hash(hash), &hash.to_le_bytes())
    })?;
    for pass in 0..passes {
        let bytes = buckets.take(pass)?;
        let hashes: Vec<u64> = bytes
            .chunks_exact(8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("chunks of 8 bytes")))
            .collect();
        drop(bytes);
        if !all_different(hashes) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Calls `each` with a 64-bit hash of every row's id, in row order, reading the ids
/// back from the spill file a batch at a time (hashed in parallel).
fn for_each_id_hash(
    table: &RowTable,
    mut each: impl FnMut(u64) -> std::io::Result<()>,
) -> std::io::Result<()> {
    for start in (0..table.len()).step_by(ID_BATCH) {
        let end = (start + ID_BATCH).min(table.len());
        let rows = table.read(start..end)?;
        let batch: Vec<u64> = (0..end - start)
            .into_par_iter()
            .map(|k| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                rows.id(k).hash(&mut h);
                h.finish()
            })
            .collect();
        for hash in batch {
            each(hash)?;
        }
    }
    Ok(())
}

/// True when no two of `hashes` are equal.
fn all_different(mut hashes: Vec<u64>) -> bool {
    hashes.par_sort_unstable();
    !hashes.windows(2).any(|w| w[0] == w[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_come_latest_day_first_then_in_row_order_undated_last() {
        let days = 3;
        let mut rows = [(NONE, 0), (0, 1), (2, 2), (2, 3), (1, 4), (NONE, 5)];
        rows.sort_by_key(|&(day, row)| answer_order(day, days, row));
        let order: Vec<usize> = rows.iter().map(|r| r.1).collect();
        assert_eq!(order, [2, 3, 4, 1, 0, 5]);
    }

    #[test]
    fn the_first_answers_are_kept_whatever_order_they_come_in() {
        let mut state = 12_345u64;
        let keys: Vec<u64> = (0..5_000)
            .map(|i| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                (state >> 40) << 32 | i
            })
            .collect();
        for cap in [0, 1, 7, 1_000, 4_999, 5_000, 9_000] {
            let mut kept = LatestAnswers::new(cap);
            for (text, &key) in keys.iter().enumerate() {
                kept.push(key, text as u32);
            }
            let mut expected: Vec<(u64, u32)> = keys
                .iter()
                .enumerate()
                .map(|(t, &k)| (k, t as u32))
                .collect();
            expected.sort_unstable();
            expected.truncate(cap);
            let expected: Vec<u32> = expected.into_iter().map(|(_, t)| t).collect();
            assert_eq!(kept.finish(), expected, "cap {cap}");
        }
    }

    #[test]
    fn cluster_answers_restart_at_each_later_period() {
        let mut latest = LatestPeriodClusters::default();
        latest.add(3, Some(1), 10, 2);
        latest.add(NONE, Some(1), 11, 2);
        latest.add(5, None, 12, 2);
        latest.add(5, Some(1), 13, 2);
        latest.add(4, Some(1), 14, 2);
        latest.add(5, Some(1), 15, 2);
        latest.add(5, Some(1), 16, 2);
        latest.add(5, Some(2), 17, 2);
        assert_eq!(latest.latest, Some(5));
        assert_eq!(latest.lists.get(&1), Some(&vec![13, 15]));
        assert_eq!(latest.lists.get(&2), Some(&vec![17]));
    }

    #[test]
    fn shared_ids_are_found_whatever_the_passes() {
        use super::super::rows::RowFacts;
        use super::super::text_spill::test_dir;
        let table_of = |ids: &[&str]| {
            let mut table = RowTable::new(&test_dir());
            for (line, id) in ids.iter().enumerate() {
                let facts = RowFacts {
                    text: 0,
                    source: 0,
                    line: line as u64,
                    id,
                    date: None,
                    site: None,
                    date_iso: None,
                    carried: BTreeMap::new(),
                    rating: None,
                    question_type: crate::clean::QuestionType::ALL[0],
                    first_copy: true,
                };
                table.push(facts).unwrap();
            }
            table.spill().unwrap();
            table
        };
        let unique = table_of(&["a", "b", "c", "d", "e"]);
        let shared = table_of(&["a", "b", "c", "b", "e"]);
        for pass_rows in [1, 2, 3, 100] {
            assert!(ids_unique_in(&unique, pass_rows).unwrap(), "{pass_rows}");
            assert!(!ids_unique_in(&shared, pass_rows).unwrap(), "{pass_rows}");
        }
        // Enough rows that each of 5 buckets (10,000 hashes a pass) is written to its
        // file before it is read back; one shared id, far apart, is still found.
        let many: Vec<String> = (0..50_000).map(|i| format!("ID-{i}")).collect();
        let mut with_repeat = many.clone();
        with_repeat[49_000] = "ID-17".to_string();
        for (ids, unique) in [(&many, true), (&with_repeat, false)] {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            let table = table_of(&ids);
            for pass_rows in [10_000, ID_PASS_ROWS] {
                assert_eq!(ids_unique_in(&table, pass_rows).unwrap(), unique);
            }
        }
    }
}
