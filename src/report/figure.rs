//! A chart with its caption and the table of numbers behind it: the chart's text
//! alternative, one click away on screen and printed open.

use super::escape::esc;
use super::table::Table;

/// `<figure>` holding `svg`, a caption and `table` in a `<details>`.
pub fn figure(svg: &str, caption: &str, table: &Table) -> String {
    format!(
        "<figure>{svg}<figcaption>{}</figcaption><details><summary>The numbers behind this chart</summary>{}</details></figure>",
        esc(caption),
        table.render()
    )
}
