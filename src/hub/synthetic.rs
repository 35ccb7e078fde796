//! A generated multi-week, multi-site set of tagged rows with known structure, for the
//! hub's tests and benches: stationary theme rates everywhere (so any alert on them is
//! a false alarm), one planted rise (one theme at one site in the latest week), and
//! one planted small group (three comments from one ethnic group).
//!
//! Rows are written as run folders (`tagged.jsonl` as `run` writes it), one per week
//! ("night"), or all in one folder. Deterministic for a given [`SyntheticSpec`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::classify::{LabelSource, SentimentLabel, SentimentPrediction, ThemeAssignment};
use crate::clean::QuestionType;
use crate::export::{self, ClusterRef, RowMeta, TaggedRow, WriteError};
use crate::ingest::calendar::{civil_from_days, days_from_civil, iso_date};

/// The theme planted to rise at [`RISING_SITE`] in the latest week.
pub const RISING_THEME: &str = "Timeliness of care";
/// The site where [`RISING_THEME`] rises.
pub const RISING_SITE: &str = "Site C";
/// A theme × site series that stays flat: never to be alerted.
pub const FLAT_THEME: &str = "Staff manner & personal attributes";
/// The site of the flat series.
pub const FLAT_SITE: &str = "Site A";
/// The planted small group's ethnicity value (3 comments in all).
pub const SMALL_GROUP: &str = "Gypsy or Irish Traveller";
/// Comments in the planted small group.
pub const SMALL_GROUP_SIZE: usize = 3;

/// Themes and their per-comment rates (stationary).
const THEME_RATES: [(&str, f64); 9] = [
    ("Staff manner & personal attributes", 0.30),
    ("Positive experience & gratitude", 0.20),
    ("Timeliness of care", 0.10),
    ("Staffing levels & responsiveness", 0.08),
    ("Appointment arrangements", 0.07),
    ("Food & drink provision & facilities", 0.05),
    ("Cleanliness, tidiness & infection control", 0.05),
    ("Parking", 0.04),
    ("Discharge", 0.03),
];

/// Ethnic groups and their shares (the small group is planted separately).
const ETHNICITIES: [(&str, f64); 4] = [
    ("White British", 0.70),
    ("Asian or Asian British", 0.15),
    ("Black or Black British", 0.10),
    ("Mixed", 0.05),
];

/// Age bands, equally likely.
const AGE_BANDS: [&str; 5] = ["18-34", "35-49", "50-64", "65-79", "80+"];

/// What to generate.
#[derive(Debug, Clone)]
pub struct SyntheticSpec {
    /// Weeks of comments (the last one is the "latest period").
    pub weeks: usize,
    /// Sites (`Site A`, `Site B`, …).
    pub sites: usize,
    /// Comments per site per week (before the planted rise).
    pub per_site_week: usize,
    /// Extra comments with [`RISING_THEME`] at [`RISING_SITE`] in the latest week (0: none).
    pub rise: usize,
    /// Random seed.
    pub seed: u64,
}

impl Default for SyntheticSpec {
    fn default() -> Self {
        SyntheticSpec {
            weeks: 20,
            sites: 5,
            per_site_week: 60,
            rise: 20,
            seed: 7,
        }
    }
}

/// Monday 2024-01-01, the first day generated.
const START: (i32, u32, u32) = (2024, 1, 1);

/// The name of site `i` (`Site A`, `Site B`, … `Site Z`, then `Site 26`, …).
pub fn site_name(i: usize) -> String {
    match u8::try_from(i).ok().filter(|i| *i < 26) {
        Some(i) => format!("Site {}", char::from(b'A' + i)),
        None => format!("Site {i}"),
    }
}

/// Picks from a weighted list.
fn pick<'a>(rng: &mut ChaCha8Rng, items: &[(&'a str, f64)]) -> &'a str {
    let total: f64 = items.iter().map(|(_, w)| w).sum();
    let mut x = rng.gen::<f64>() * total;
    for (item, w) in items {
        if x < *w {
            return item;
        }
        x -= w;
    }
    items.last().map(|(i, _)| *i).unwrap_or_default()
}

/// One week's rows, all sites.
pub fn week_rows(spec: &SyntheticSpec, week: usize) -> Vec<TaggedRow> {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed ^ (week as u64).wrapping_mul(0x9e37_79b9));
    let monday = days_from_civil(START.0, START.1, START.2) + 7 * week as i64;
    let mut rows = Vec::new();
    // Generated text goes through the redactor like any comment (RedactedText has no
    // other constructor outside tests).
    let redactor = crate::redact::Redactor::new();
    for site in 0..spec.sites {
        let name = site_name(site);
        let extra = if week + 1 == spec.weeks && name == RISING_SITE {
            spec.rise
        } else {
            0
        };
        for n in 0..spec.per_site_week + extra {
            let day = monday + (n % 7) as i64;
            let (y, m, d) = civil_from_days(day);
            let id = format!("W{week:03}-S{site:02}-{n:05}");
            let non_answer = rng.gen::<f64>() < 0.04;
            let mut themes: Vec<ThemeAssignment> = Vec::new();
            if non_answer {
                themes.push(ThemeAssignment::named(
                    "Labelling not possible",
                    1.0,
                    LabelSource::Rule,
                ));
            } else if n >= spec.per_site_week {
                themes.push(ThemeAssignment::named(
                    RISING_THEME,
                    0.9,
                    LabelSource::Model,
                ));
            } else {
                for (label, rate) in THEME_RATES {
                    if rng.gen::<f64>() < rate {
                        let score = 0.5 + rng.gen::<f64>() as f32 * 0.5;
                        themes.push(ThemeAssignment::named(
                            label,
                            (score * 1e4).round() / 1e4,
                            LabelSource::Model,
                        ));
                    }
                }
            }
            let mut carried = BTreeMap::new();
            let small = week == 2 && site == 1 && n < SMALL_GROUP_SIZE;
            let ethnicity = if small {
                SMALL_GROUP
            } else {
                pick(&mut rng, &ETHNICITIES)
            };
            carried.insert("ethnicity".to_string(), ethnicity.to_string());
            carried.insert(
                "age_band".to_string(),
                AGE_BANDS[rng.gen_range(0..AGE_BANDS.len())].to_string(),
            );
            let text = if non_answer {
                "N/A".to_string()
            } else {
                format!("Synthetic comment {n} at {name}: waited, then [PERSON] helped")
            };
            rows.push(TaggedRow {
                id,
                text: redactor.redact_raw(&crate::ingest::RawText::new(text)).0,
                question_type: if n % 2 == 0 {
                    QuestionType::WhatGood
                } else {
                    QuestionType::CouldImprove
                },
                themes,
                sentiment: (!non_answer).then(|| SentimentPrediction {
                    label: [
                        SentimentLabel::Positive,
                        SentimentLabel::Neutral,
                        SentimentLabel::Negative,
                    ][n % 3],
                    score: 0.8,
                }),
                cluster: (!non_answer).then(|| ClusterRef {
                    id: (n % 5) as u32 + 1,
                    label: format!("cluster {}", n % 5 + 1),
                }),
                flags: if non_answer {
                    vec!["non_answer"]
                } else {
                    vec![]
                },
                redactions: if non_answer {
                    BTreeMap::new()
                } else {
                    BTreeMap::from([("PERSON", 1)])
                },
                meta: RowMeta {
                    file: format!("night-{week:03}.csv"),
                    line: n as u64 + 2,
                    date: Some(format!("{d:02}/{m:02}/{y}")),
                    site: Some(name.clone()),
                    rating: Some((n % 5) as u8 + 1),
                    date_iso: Some(iso_date(y, m, d)),
                    carried,
                },
            });
        }
    }
    rows
}

/// Writes each week as its own run folder (`week-000/tagged.jsonl`, …) under `dir`;
/// returns the folders in order.
pub fn write_weekly_folders(dir: &Path, spec: &SyntheticSpec) -> Result<Vec<PathBuf>, WriteError> {
    (0..spec.weeks)
        .map(|week| {
            let folder = dir.join(format!("week-{week:03}"));
            std::fs::create_dir_all(&folder).map_err(|source| WriteError {
                path: folder.display().to_string(),
                source,
            })?;
            export::write_jsonl(&folder.join("tagged.jsonl"), &week_rows(spec, week))?;
            Ok(folder)
        })
        .collect()
}

/// Writes every week into one run folder's `tagged.jsonl` (e.g. for load speed).
pub fn write_single_folder(folder: &Path, spec: &SyntheticSpec) -> Result<(), WriteError> {
    std::fs::create_dir_all(folder).map_err(|source| WriteError {
        path: folder.display().to_string(),
        source,
    })?;
    let rows: Vec<TaggedRow> = (0..spec.weeks).flat_map(|w| week_rows(spec, w)).collect();
    export::write_jsonl(&folder.join("tagged.jsonl"), &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_has_the_planted_parts() {
        let spec = SyntheticSpec::default();
        let a = week_rows(&spec, spec.weeks - 1);
        assert_eq!(a, week_rows(&spec, spec.weeks - 1));
        assert_eq!(a.len(), spec.sites * spec.per_site_week + spec.rise);
        let small: usize = (0..spec.weeks)
            .flat_map(|w| week_rows(&spec, w))
            .filter(|r| r.meta.carried.get("ethnicity").map(String::as_str) == Some(SMALL_GROUP))
            .count();
        assert_eq!(small, SMALL_GROUP_SIZE);
        assert_eq!(site_name(2), RISING_SITE);
        assert_eq!(site_name(0), FLAT_SITE);
    }
}
