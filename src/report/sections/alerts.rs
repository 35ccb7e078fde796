//! "Alerts": each series whose latest period broke a control-chart rule, with its SPC
//! chart and the counts behind it; or, when there are none, how many series were checked.

use std::fmt::Write as _;

use crate::report::chart_spc::{place, spc_chart};
use crate::report::data::{AlertView, ReportData};
use crate::report::escape::esc;
use crate::report::figure::figure;
use crate::report::number::{one_decimal, thousands};
use crate::report::table::{Table, TableCell};

use super::trends::count_cell;

/// The counts of one alert's series.
fn table(alert: &AlertView) -> Table {
    Table {
        caption: format!("Comments about {} {} per period", alert.theme, place(alert)),
        head: vec!["Period".into(), "Comments".into()],
        rows: alert
            .history
            .iter()
            .map(|p| vec![TableCell::text(&p.period), count_cell(p.count)])
            .collect(),
        class: "data narrow",
    }
}

/// The mean and limit in words, or why they are not shown.
fn against(alert: &AlertView, min_cell: u64) -> String {
    match (alert.expected, alert.upper_limit) {
        (Some(mean), Some(limit)) => format!(
            "against a mean of {} and an upper limit of {}",
            one_decimal(mean),
            one_decimal(limit)
        ),
        _ => format!(
            "against fewer than {min_cell} in all the earlier periods together (mean and limit not shown, as they would give that small count away)"
        ),
    }
}

/// The section: the alerts on a period in the report, with how many series were checked
/// and how many alerts were withheld to protect small counts.
pub fn render(data: &ReportData) -> String {
    let (alerts, min_cell) = (&data.alerts, data.min_cell);
    let interval = &data.period.interval;
    let mut out = super::open("alerts");
    let _ = write!(
        out,
        "<p>Each theme, overall and at each site, is a series of counts per {}; the latest {} in this report's period is compared with that series' own history as NHS \"Making Data Count\" does (a Poisson upper control limit, a run of 7 above the mean, a trend of 6). The history reaches back before the report's first day where there is one: a control limit needs at least 8 earlier periods. {} of {} series raised an alert.",
        esc(interval),
        esc(interval),
        thousands(data.alerts_raised),
        thousands(data.alert_series_checked)
    );
    if data.alerts_withheld > 0 {
        let _ = write!(
            out,
            " {} of them rest only on counts under {min_cell} and are not shown.",
            thousands(data.alerts_withheld)
        );
    }
    if (alerts.len() as u64) + data.alerts_withheld < data.alerts_raised {
        out.push_str(" A theme that rose at a site is shown there, not across all sites as well (the difference would give other sites' counts away).");
    }
    let _ = write!(
        out,
        " Counts under {min_cell} are hidden; so is one more when the mean would otherwise give a hidden count away.</p>"
    );
    for (i, alert) in alerts.iter().enumerate() {
        let _ = write!(
            out,
            "<article class=\"alert\"><h3>{} {}</h3><p><strong>{}</strong> comments in {}, {} (rule: {}).</p>",
            esc(&alert.theme),
            esc(&place(alert)),
            thousands(alert.count),
            esc(&alert.period),
            esc(&against(alert, min_cell)),
            esc(&alert.rule)
        );
        let caption = format!(
            "Blue: comments per period (hollow dots in the grey band: hidden, under {min_cell} or hidden with one); grey line: mean; dashed: upper control limit; the ringed point is {}.",
            alert.period
        );
        out.push_str(&figure(
            &spc_chart(&format!("chart-alert-{}", i + 1), alert, min_cell),
            &caption,
            &table(alert),
        ));
        out.push_str("</article>");
    }
    out.push_str("</section>");
    out
}
