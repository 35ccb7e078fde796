//! Emerging topics: clusters with more comments in the latest period than in the one
//! before (new, or grown by half and by at least N), named by their latest analyst name
//! or label, each with up to 3 quotes nearest its centre.
//!
//! Cluster ids are compared across loads as stored; they mean the same topic from night
//! to night when runs pass `--previous-clusters` (as a nightly job should).

use std::collections::BTreeMap;

use super::conversions::small;
use super::source::ReportSource;
use super::you_said::{nearest, MAX_TEXTS};
use super::ReportQuery;
use crate::hub::HubError;
use crate::insight::Period as Interval;
use crate::report::data::EmergingCluster;
use crate::report::Representative;

/// Most topics listed.
pub const MAX_TOPICS: usize = 5;

/// True when `now` against `before` is new or growing enough to list.
pub fn is_emerging(now: u64, before: u64, min_cell: u64) -> bool {
    now >= min_cell.max(1)
        && (before == 0 || (now * 2 >= before * 3 && now - before >= min_cell.max(1)))
}

/// The emerging topics in the latest period of the report.
pub fn emerging(
    source: &dyn ReportSource,
    q: &ReportQuery,
    interval: Interval,
    picker: &Representative,
) -> Result<Vec<EmergingCluster>, HubError> {
    let column = super::interval_name(interval);
    let Some(latest) = source.latest_period(q, column)? else {
        return Ok(Vec::new());
    };
    let previous = source.period_before(column, &latest)?;
    let now = source.cluster_sizes(q, column, &latest)?;
    let before = match &previous {
        Some(p) => source.cluster_sizes(
            &ReportQuery {
                from: None,
                ..q.clone()
            },
            column,
            p,
        )?,
        None => BTreeMap::new(),
    };
    let mut found: Vec<(u32, u64, u64)> = now
        .iter()
        .map(|(&id, &n)| (id, n, before.get(&id).copied().unwrap_or(0)))
        .filter(|&(_, n, b)| is_emerging(n, b, q.min_cell))
        .collect();
    found.sort_by(|a, b| (b.1 - b.2).cmp(&(a.1 - a.2)).then(a.0.cmp(&b.0)));
    let mut out = Vec::new();
    for (id, n, b) in found.into_iter().take(MAX_TOPICS) {
        let group = source.cluster_answers(q, column, id, &latest, MAX_TEXTS)?;
        out.push(EmergingCluster {
            id,
            name: source
                .cluster_name(id)?
                .unwrap_or_else(|| format!("topic {id}")),
            now: n,
            before: (b > 0).then(|| small(b, q.min_cell)),
            quotes: nearest(picker, &group),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_or_half_again_and_not_small() {
        assert!(is_emerging(6, 0, 5), "new");
        assert!(!is_emerging(4, 0, 5), "too small to show");
        assert!(is_emerging(15, 10, 5), "half again, 5 more");
        assert!(!is_emerging(14, 10, 5), "not half again");
        assert!(!is_emerging(9, 6, 5), "half again but only 3 more");
    }
}
