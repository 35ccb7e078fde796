//! "Alerts": each series whose latest period broke a control-chart rule, with its SPC
//! chart and the counts behind it; or, when there are none, how many series were checked.

use std::fmt::Write as _;

use crate::report::chart_spc::{place, spc_chart};
use crate::report::data::AlertView;
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

/// The section; `checked` is the number of series the alerts were looked for in.
pub fn render(alerts: &[AlertView], checked: u64, interval: &str, min_cell: u64) -> String {
    let mut out = super::open("alerts");
    let _ = write!(
        out,
        "<p>Each theme, overall and at each site, is a series of counts per {}; the latest {} is compared with that series' own history as NHS \"Making Data Count\" does (a Poisson upper control limit, a run of 7 above the mean, a trend of 6). {} of {} series raised an alert.</p>",
        esc(interval),
        esc(interval),
        thousands(alerts.len() as u64),
        thousands(checked)
    );
    for (i, alert) in alerts.iter().enumerate() {
        let _ = write!(
            out,
            "<article class=\"alert\"><h3>{} {}</h3><p><strong>{}</strong> comments in {}, against a mean of {} and an upper limit of {} (rule: {}).</p>",
            esc(&alert.theme),
            esc(&place(alert)),
            thousands(alert.count),
            esc(&alert.period),
            one_decimal(alert.expected),
            one_decimal(alert.upper_limit),
            esc(&alert.rule)
        );
        let caption = format!(
            "Blue: comments per period (hollow dots in the grey band: under {min_cell}, not shown); grey line: mean; dashed: upper control limit; the ringed point is {}.",
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
