//! Calendar arithmetic on proleptic Gregorian dates, without a date crate: month
//! lengths, day numbers, the Monday that starts a date's week, and "now" as ISO text.
//! Used to check dates at ingest and to put each comment in its week in the hub.

use std::time::{SystemTime, UNIX_EPOCH};

/// True for leap years (every 4th year, except centuries not divisible by 400).
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1-12) of `year`; 0 for a month outside 1-12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// True when year-month-day names a real day.
pub fn is_valid_date(year: i32, month: u32, day: u32) -> bool {
    day >= 1 && day <= days_in_month(year, month)
}

/// Days since 1970-01-01 (negative before it), for a valid date (H. Hinnant's
/// `days_from_civil`).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01, as (year, month, day) (`civil_from_days`).
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Formats a date as `YYYY-MM-DD`.
pub fn iso_date(year: i32, month: u32, day: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// Reads the `YYYY-MM-DD` at the start of an ISO date or date-time, if it is a real day.
pub fn parse_iso_day(text: &str) -> Option<(i32, u32, u32)> {
    let bytes = text.as_bytes();
    if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = text.get(0..4)?.parse().ok()?;
    let month = text.get(5..7)?.parse().ok()?;
    let day = text.get(8..10)?.parse().ok()?;
    is_valid_date(year, month, day).then_some((year, month, day))
}

/// The Monday starting the ISO week of an ISO date (`2024-01-04` → `2024-01-01`), so
/// weeks sort and compare as text.
pub fn week_start(iso: &str) -> Option<String> {
    let (y, m, d) = parse_iso_day(iso)?;
    let days = days_from_civil(y, m, d);
    // 1970-01-01 was a Thursday: Monday-based weekday = (days + 3) mod 7.
    let monday = days - (days + 3).rem_euclid(7);
    let (y, m, d) = civil_from_days(monday);
    Some(iso_date(y, m, d))
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_utc_iso() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        iso_date(y, m, d),
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years_and_month_lengths() {
        assert!(is_leap_year(2024) && is_leap_year(2000));
        assert!(!is_leap_year(2023) && !is_leap_year(1900));
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2023, 4), 30);
        assert_eq!(days_in_month(2023, 13), 0);
        assert!(is_valid_date(2021, 5, 31));
        assert!(!is_valid_date(2021, 6, 31));
        assert!(!is_valid_date(2021, 0, 1));
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for days in [-800_000, -1, 0, 1, 11_016, 19_000, 60_000] {
            let (y, m, d) = civil_from_days(days);
            assert!(is_valid_date(y, m, d));
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(week_start("2024-01-04").as_deref(), Some("2024-01-01"));
        assert_eq!(week_start("2024-01-01").as_deref(), Some("2024-01-01"));
        assert_eq!(
            week_start("2024-01-07T23:59:00").as_deref(),
            Some("2024-01-01")
        );
        assert_eq!(week_start("2021-01-01").as_deref(), Some("2020-12-28"));
        assert_eq!(week_start("2021-02-30"), None);
        assert_eq!(week_start("31/05/2021"), None);
    }

    #[test]
    fn now_is_an_iso_time() {
        let now = now_utc_iso();
        assert_eq!(now.len(), 20);
        assert!(parse_iso_day(&now).is_some());
        assert!(now.ends_with('Z'));
    }
}
