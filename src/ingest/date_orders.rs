//! [`DateOrders`]: the order (day-first or month-first) numeric dates are read in,
//! chosen per file and per organisation from the group's own unambiguous dates.
//!
//! One export may join trusts that write dates differently (`24/09/2022` beside
//! `9/24/2022`), so one order for the whole run either quarantines one trust's rows or
//! misreads another's ambiguous dates (`03/04/2024`). Each group (the rows of one
//! organisation in one file, or the whole file when the layout has no organisation
//! column) is read in the order its unambiguous dates show, after a first pass that
//! counts them ([`DateOrderScan`]):
//!
//! - only day-first evidence (a first field that can only be a day): day-first;
//! - only month-first evidence: month-first;
//! - no evidence (only ambiguous dates, or none): day-first, the UK default, and the
//!   manifest says so;
//! - both kinds: the group is mixed. A date with one reading is read that way (the
//!   other reading does not exist, so nothing is guessed); a date with two readings is
//!   read in the group's majority order (more unambiguous dates; a tie is day-first),
//!   so no comment is lost for its date. The manifest says so and counts the
//!   ambiguous dates read that way: those of the minority batch may be misread.
//!   `--day-first` / `--month-first` force one order for every group instead.

use std::collections::BTreeMap;

use serde::Serialize;

use super::dates::{date_evidence, parse_date, DateEvidence, DateOrder, UNDECODABLE_DATE};

/// Most organisations told apart in one file. Past this the file is decided as one
/// group, so a column holding a value per row cannot make the table grow with the rows.
pub const MAX_GROUPS: usize = 1024;

/// Every date read day-first: for readers that never read the date column (`redact`,
/// the labelled-file reader) but share the ingest messages.
pub static DAY_FIRST_ONLY: DateOrders = DateOrders::forced(DateOrder::DayFirst);

/// Longest organisation name shown in the manifest, in characters.
const MAX_NAME_CHARS: usize = 60;

/// How many dates of a group show each order, or neither.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct EvidenceCounts {
    /// Dates with only a day-first reading (`31/05/2021`).
    pub day_first_dates: u64,
    /// Dates with only a month-first reading (`05/31/2021`).
    pub month_first_dates: u64,
    /// Dates with two different readings (`03/04/2024`).
    pub ambiguous_dates: u64,
}

impl EvidenceCounts {
    /// Counts one date's evidence.
    fn add(&mut self, evidence: DateEvidence) {
        match evidence {
            DateEvidence::DayFirst => self.day_first_dates += 1,
            DateEvidence::MonthFirst => self.month_first_dates += 1,
            DateEvidence::Ambiguous => self.ambiguous_dates += 1,
            DateEvidence::Either | DateEvidence::Unreadable => {}
        }
    }

    /// Adds another group's counts.
    fn merge(&mut self, other: EvidenceCounts) {
        self.day_first_dates += other.day_first_dates;
        self.month_first_dates += other.month_first_dates;
        self.ambiguous_dates += other.ambiguous_dates;
    }

    /// The order these counts decide (for a mixed group, the order its ambiguous
    /// dates are read in), and why.
    fn decide(self) -> (GroupOrder, OrderBasis) {
        match (self.day_first_dates > 0, self.month_first_dates > 0) {
            (true, true) if self.month_first_dates > self.day_first_dates => {
                (GroupOrder::MonthFirst, OrderBasis::Mixed)
            }
            (true, true) => (GroupOrder::DayFirst, OrderBasis::Mixed),
            (false, true) => (GroupOrder::MonthFirst, OrderBasis::Evidence),
            (true, false) => (GroupOrder::DayFirst, OrderBasis::Evidence),
            (false, false) => (GroupOrder::DayFirst, OrderBasis::Default),
        }
    }
}

/// The order a group's dates are read in (in a mixed group: its ambiguous dates,
/// while a date with one reading is read that way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupOrder {
    /// `DD/MM/YYYY`.
    DayFirst,
    /// `MM/DD/YYYY`.
    MonthFirst,
}

impl From<GroupOrder> for DateOrder {
    fn from(order: GroupOrder) -> Self {
        match order {
            GroupOrder::DayFirst => DateOrder::DayFirst,
            GroupOrder::MonthFirst => DateOrder::MonthFirst,
        }
    }
}

impl From<DateOrder> for GroupOrder {
    fn from(order: DateOrder) -> Self {
        match order {
            DateOrder::DayFirst => GroupOrder::DayFirst,
            DateOrder::MonthFirst => GroupOrder::MonthFirst,
        }
    }
}

/// Why a group is read in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrderBasis {
    /// `--day-first` / `--month-first` (or the config key) chose it for every group.
    Forced,
    /// The group's unambiguous dates all show it.
    Evidence,
    /// No unambiguous date: the UK default, day-first.
    Default,
    /// Unambiguous dates show both orders: each date with one reading is read that
    /// way, each ambiguous one in the order more of them show (a tie: day-first).
    #[serde(rename = "mixed: ambiguous dates read in the majority order")]
    Mixed,
}

/// One group's entry in `manifest.json`: which order its dates were read in and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateOrderGroup {
    /// The organisation column's value (`null`: the whole file, which has no such
    /// column or too many values to tell apart; `""`: rows where it is blank).
    pub organisation: Option<String>,
    /// The order read in.
    pub order: GroupOrder,
    /// Why.
    pub basis: OrderBasis,
    /// The evidence counted.
    #[serde(flatten)]
    pub counts: EvidenceCounts,
    /// Ambiguous dates read in the majority order because the group is mixed (0 for
    /// any other group): the dates that may be misread, if they belong to the
    /// minority batch.
    pub ambiguous_read_in_majority_order: u64,
}

/// The date orders of one file, ready to read its rows with [`DateOrders::read`].
#[derive(Debug, Clone, Default)]
pub struct DateOrders {
    /// One order for every row (`--day-first` / `--month-first`), when given.
    forced: Option<DateOrder>,
    /// The organisation column's name, when the file has one and groups by it.
    org_column: Option<String>,
    /// Evidence per organisation (trimmed value; blank is `""`).
    groups: BTreeMap<String, EvidenceCounts>,
    /// Evidence of the whole file, used when it is not grouped by organisation.
    whole_file: EvidenceCounts,
    /// Non-blank dates counted by the first pass (0: nothing to report).
    dates_seen: u64,
}

impl DateOrders {
    /// Every row of every group read in `order`, without looking at the dates.
    pub const fn forced(order: DateOrder) -> Self {
        DateOrders {
            forced: Some(order),
            org_column: None,
            groups: BTreeMap::new(),
            whole_file: EvidenceCounts {
                day_first_dates: 0,
                month_first_dates: 0,
                ambiguous_dates: 0,
            },
            dates_seen: 0,
        }
    }

    /// Reads the date of a row whose organisation column holds `organisation` (or
    /// `None`: the file has no such column) into ISO 8601, or says why it cannot be.
    pub fn read(&self, organisation: Option<&str>, date: &str) -> Result<String, String> {
        let undecodable = |_| UNDECODABLE_DATE.to_string();
        if let Some(order) = self.forced {
            return parse_date(date, order).map_err(undecodable);
        }
        let (order, basis) = self.group_of(organisation).decide();
        let order = match (basis, date_evidence(date)) {
            (OrderBasis::Mixed, DateEvidence::DayFirst) => DateOrder::DayFirst,
            (OrderBasis::Mixed, DateEvidence::MonthFirst) => DateOrder::MonthFirst,
            _ => order.into(),
        };
        parse_date(date, order).map_err(undecodable)
    }

    /// The counts of the group a row belongs to (its organisation, or the whole file).
    /// A value the first pass never saw (the file changed between the passes) counts
    /// as a group with no evidence.
    fn group_of(&self, organisation: Option<&str>) -> EvidenceCounts {
        if self.org_column.is_none() {
            return self.whole_file;
        }
        let key = organisation.unwrap_or("").trim();
        self.groups.get(key).copied().unwrap_or_default()
    }

    /// The manifest entries: one per organisation in name order, or one for the file;
    /// none when the first pass found no date (and no order was forced).
    pub fn manifest_groups(&self) -> Vec<DateOrderGroup> {
        if self.forced.is_none() && self.dates_seen == 0 {
            return Vec::new();
        }
        let entry = |organisation: Option<String>, counts: EvidenceCounts| {
            let (order, basis) = match self.forced {
                Some(order) => (order.into(), OrderBasis::Forced),
                None => counts.decide(),
            };
            let ambiguous_read_in_majority_order = match basis {
                OrderBasis::Mixed => counts.ambiguous_dates,
                _ => 0,
            };
            DateOrderGroup {
                organisation,
                order,
                basis,
                counts,
                ambiguous_read_in_majority_order,
            }
        };
        if self.org_column.is_none() {
            return vec![entry(None, self.whole_file)];
        }
        self.groups
            .iter()
            .map(|(name, counts)| entry(Some(shown_name(name)), *counts))
            .collect()
    }
}

/// An organisation name as shown in the manifest: control characters dropped, at most 60 characters.
fn shown_name(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect()
}

/// The first pass over a file: counts each group's evidence from its dates.
#[derive(Debug, Clone, Default)]
pub struct DateOrderScan {
    orders: DateOrders,
}

impl DateOrderScan {
    /// A scan of a file whose organisation column is `org_column` (`None`: it has none,
    /// so the file is one group; `Some("")`: not known yet, see
    /// [`DateOrderScan::name_org_column`]).
    pub fn new(org_column: Option<String>) -> Self {
        DateOrderScan {
            orders: DateOrders {
                org_column,
                ..DateOrders::default()
            },
        }
    }

    /// Names the organisation column once it is found (JSON Lines objects name their
    /// keys one by one); the first name found is kept.
    pub fn name_org_column(&mut self, name: &str) {
        if let Some(column) = self.orders.org_column.as_mut().filter(|c| c.is_empty()) {
            *column = name.to_string();
        }
    }

    /// Counts one row's date (blank dates count for nothing).
    pub fn add(&mut self, organisation: Option<&str>, date: &str) {
        if date.trim().is_empty() {
            return;
        }
        let evidence = date_evidence(date);
        let orders = &mut self.orders;
        orders.dates_seen += 1;
        let mut counts = EvidenceCounts::default();
        counts.add(evidence);
        orders.whole_file.merge(counts);
        if orders.org_column.is_none() {
            return;
        }
        let key = organisation.unwrap_or("").trim();
        if let Some(group) = orders.groups.get_mut(key) {
            group.merge(counts);
        } else if orders.groups.len() < MAX_GROUPS {
            orders.groups.insert(key.to_string(), counts);
        } else {
            // Too many organisations to tell apart: the file is one group.
            orders.org_column = None;
            orders.groups = BTreeMap::new();
        }
    }

    /// The orders the counted evidence decides. A column never named (no object had
    /// the key) means the file is one group.
    pub fn finish(mut self) -> DateOrders {
        if self.orders.org_column.as_deref() == Some("") {
            self.orders.org_column = None;
            self.orders.groups = BTreeMap::new();
        }
        self.orders
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(rows: &[(&str, &str)]) -> DateOrders {
        let mut scan = DateOrderScan::new(Some("Trust".into()));
        for (org, date) in rows {
            scan.add(Some(org), date);
        }
        scan.finish()
    }

    #[test]
    fn each_organisation_is_read_in_the_order_its_dates_show() {
        let orders = scan(&[
            ("UK", "24/09/2022"),
            ("US", "9/24/2022"),
            ("UK", "03/04/2024"),
            ("US", "03/04/2024"),
        ]);
        assert_eq!(orders.read(Some("UK"), "03/04/2024").unwrap(), "2024-04-03");
        assert_eq!(
            orders.read(Some(" US "), "03/04/2024").unwrap(),
            "2024-03-04"
        );
        assert_eq!(orders.read(Some("US"), "9/24/2022").unwrap(), "2022-09-24");
        // In a month-first group a day-first-only date is an error, never swapped.
        let err = orders.read(Some("US"), "24/09/2022").unwrap_err();
        assert!(err.starts_with("undecodable date"), "{err}");
        let groups = orders.manifest_groups();
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[1].organisation.as_deref(), Some("US"));
        assert_eq!(groups[1].order, GroupOrder::MonthFirst);
        assert_eq!(groups[1].basis, OrderBasis::Evidence);
        assert_eq!(groups[1].counts.month_first_dates, 1);
        assert_eq!(groups[1].counts.ambiguous_dates, 1);
    }

    #[test]
    fn ambiguous_only_groups_are_read_day_first_by_default() {
        let orders = scan(&[("A", "03/04/2024"), ("A", "2024-05-31"), ("A", "")]);
        assert_eq!(orders.read(Some("A"), "03/04/2024").unwrap(), "2024-04-03");
        let groups = orders.manifest_groups();
        assert_eq!(groups[0].order, GroupOrder::DayFirst);
        assert_eq!(groups[0].basis, OrderBasis::Default);
        assert_eq!(groups[0].counts.ambiguous_dates, 1);
        assert_eq!(groups[0].counts.day_first_dates, 0);
    }

    #[test]
    fn a_mixed_group_reads_single_readings_and_ambiguous_ones_in_the_majority_order() {
        let orders = scan(&[
            ("Mixed", "24/09/2022"),
            ("Mixed", "24/09/2022"),
            ("Mixed", "9/25/2022"),
            ("Mixed", "03/04/2024"),
            ("Mixed", "07/08/2023"),
            ("Clean", "9/24/2022"),
        ]);
        assert_eq!(
            orders.read(Some("Mixed"), "24/09/2022").unwrap(),
            "2022-09-24"
        );
        assert_eq!(
            orders.read(Some("Mixed"), "9/25/2022").unwrap(),
            "2022-09-25",
            "the minority's unambiguous dates keep their only reading"
        );
        assert_eq!(
            orders.read(Some("Mixed"), "05/05/2022").unwrap(),
            "2022-05-05"
        );
        // Ambiguous: read day-first (2 day-first against 1 month-first), never refused.
        assert_eq!(
            orders.read(Some("Mixed"), "07/08/2023").unwrap(),
            "2023-08-07"
        );
        assert_ne!(
            orders.read(Some("Mixed"), "03/04/2024").unwrap(),
            "2024-03-04"
        );
        assert!(orders
            .read(Some("Mixed"), "31/04/2022")
            .unwrap_err()
            .starts_with("undecodable"));
        // The majority stays in its group: Clean is month-first.
        assert_eq!(
            orders.read(Some("Clean"), "03/04/2024").unwrap(),
            "2024-03-04"
        );
        let groups = orders.manifest_groups();
        assert_eq!(groups[1].organisation.as_deref(), Some("Mixed"));
        assert_eq!(groups[1].order, GroupOrder::DayFirst);
        assert_eq!(groups[1].basis, OrderBasis::Mixed);
        assert_eq!(groups[1].counts.ambiguous_dates, 2);
        assert_eq!(groups[1].ambiguous_read_in_majority_order, 2);
        assert_eq!(groups[0].basis, OrderBasis::Evidence);
        assert_eq!(groups[0].ambiguous_read_in_majority_order, 0);
    }

    #[test]
    fn a_mixed_group_with_more_month_first_dates_reads_ambiguous_ones_month_first() {
        let orders = scan(&[
            ("M", "24/09/2022"),
            ("M", "9/24/2022"),
            ("M", "9/25/2022"),
            ("M", "03/04/2024"),
        ]);
        assert_eq!(orders.read(Some("M"), "03/04/2024").unwrap(), "2024-03-04");
        assert_eq!(orders.read(Some("M"), "24/09/2022").unwrap(), "2022-09-24");
        let groups = orders.manifest_groups();
        assert_eq!(groups[0].order, GroupOrder::MonthFirst);
        assert_eq!(groups[0].basis, OrderBasis::Mixed);
        assert_eq!(groups[0].ambiguous_read_in_majority_order, 1);
    }

    #[test]
    fn a_mixed_group_with_a_tie_reads_ambiguous_ones_day_first() {
        let orders = scan(&[("T", "24/09/2022"), ("T", "9/24/2022"), ("T", "03/04/2024")]);
        assert_eq!(orders.read(Some("T"), "03/04/2024").unwrap(), "2024-04-03");
        assert_eq!(orders.read(Some("T"), "9/24/2022").unwrap(), "2022-09-24");
        let groups = orders.manifest_groups();
        assert_eq!(groups[0].order, GroupOrder::DayFirst);
        assert_eq!(groups[0].basis, OrderBasis::Mixed);
        let json = serde_json::to_value(&groups[0]).unwrap();
        assert_eq!(
            json["basis"],
            "mixed: ambiguous dates read in the majority order"
        );
        assert_eq!(json["ambiguous_read_in_majority_order"], 1);
    }

    #[test]
    fn a_forced_order_wins_over_the_evidence() {
        let mut scan = DateOrderScan::new(None);
        scan.add(None, "9/24/2022");
        let detected = scan.finish();
        assert_eq!(detected.read(None, "03/04/2024").unwrap(), "2024-03-04");
        let forced = DateOrders::forced(DateOrder::DayFirst);
        assert_eq!(forced.read(None, "03/04/2024").unwrap(), "2024-04-03");
        assert!(forced.read(None, "9/24/2022").is_err());
        let groups = forced.manifest_groups();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].organisation, None);
        assert_eq!(groups[0].basis, OrderBasis::Forced);
    }

    #[test]
    fn a_file_without_an_organisation_column_is_one_group() {
        let mut scan = DateOrderScan::new(None);
        scan.add(Some("ignored"), "31/05/2021");
        scan.add(None, "05/31/2021");
        let orders = scan.finish();
        assert_eq!(orders.read(None, "03/04/2024").unwrap(), "2024-04-03");
        let groups = orders.manifest_groups();
        assert_eq!(groups[0].organisation, None);
        assert_eq!(groups[0].basis, OrderBasis::Mixed);
    }

    #[test]
    fn blank_organisations_are_a_group_and_too_many_become_the_file() {
        let orders = scan(&[("", "9/24/2022"), (" ", "9/25/2022"), ("X", "24/09/2022")]);
        assert_eq!(orders.read(None, "03/04/2024").unwrap(), "2024-03-04");
        assert_eq!(
            orders.manifest_groups()[0].organisation.as_deref(),
            Some("")
        );
        let mut scan = DateOrderScan::new(Some("Trust".into()));
        for i in 0..=MAX_GROUPS {
            scan.add(Some(&format!("org {i}")), "24/09/2022");
        }
        scan.add(Some("late"), "9/24/2022");
        let orders = scan.finish();
        let groups = orders.manifest_groups();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].organisation, None);
        assert_eq!(groups[0].counts.day_first_dates, MAX_GROUPS as u64 + 1);
        assert_eq!(groups[0].order, GroupOrder::DayFirst);
        assert_eq!(groups[0].basis, OrderBasis::Mixed);
    }

    #[test]
    fn a_column_named_late_or_never() {
        let mut scan = DateOrderScan::new(Some(String::new()));
        scan.add(None, "9/24/2022");
        scan.name_org_column("trust");
        scan.name_org_column("org");
        scan.add(Some("A"), "24/09/2022");
        scan.add(Some(" "), "25/09/2022");
        let orders = scan.finish();
        let groups = orders.manifest_groups();
        assert_eq!(groups.len(), 2);
        assert_eq!(orders.read(Some("A"), "03/04/2024").unwrap(), "2024-04-03");
        // The blank group has one date each way: a tie, read day-first.
        assert_eq!(orders.read(None, "03/04/2024").unwrap(), "2024-04-03");
        assert_eq!(groups[0].organisation.as_deref(), Some(""));
        assert_eq!(groups[0].basis, OrderBasis::Mixed);
        let mut scan = DateOrderScan::new(Some(String::new()));
        scan.add(None, "9/24/2022");
        let groups = scan.finish().manifest_groups();
        assert_eq!(groups[0].organisation, None);
        assert!(DateOrderScan::new(None)
            .finish()
            .manifest_groups()
            .is_empty());
    }

    #[test]
    fn an_organisation_unseen_by_the_first_pass_has_no_evidence() {
        let orders = scan(&[("A", "9/24/2022")]);
        assert_eq!(orders.read(Some("B"), "03/04/2024").unwrap(), "2024-04-03");
    }

    #[test]
    fn long_or_odd_names_are_shortened_in_the_manifest() {
        let name = format!("{}\u{7}", "N".repeat(100));
        let orders = scan(&[(&name, "24/09/2022"), (&name, "9/24/2022")]);
        assert_eq!(
            orders.read(Some(&name), "03/04/2024").unwrap(),
            "2024-04-03"
        );
        let shown = orders.manifest_groups()[0].organisation.clone().unwrap();
        assert_eq!(shown, "N".repeat(60));
    }
}
