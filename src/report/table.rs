//! HTML tables: a caption, column headers, a header cell per row, and numbers aligned
//! right; every string escaped. Used for the breakdowns and for the numbers behind each
//! chart (its text alternative).

use std::fmt::Write as _;

use super::escape::esc;

/// One cell of a table body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableCell {
    /// The text shown.
    pub text: String,
    /// Right-aligned (numbers) rather than left-aligned.
    pub numeric: bool,
    /// A background colour, for shading by share.
    pub background: Option<String>,
    /// A tooltip and accessible expansion (for abbreviations such as `*`).
    pub title: Option<String>,
}

impl TableCell {
    /// A left-aligned text cell.
    pub fn text(text: impl Into<String>) -> Self {
        TableCell {
            text: text.into(),
            ..TableCell::default()
        }
    }

    /// A right-aligned number cell.
    pub fn number(text: impl Into<String>) -> Self {
        TableCell {
            text: text.into(),
            numeric: true,
            ..TableCell::default()
        }
    }
}

/// A table with one header cell per row (the first column).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// Caption: what the table counts, and of what.
    pub caption: String,
    /// Column headers, the row header's column first.
    pub head: Vec<String>,
    /// Rows: the first cell is the row's header.
    pub rows: Vec<Vec<TableCell>>,
    /// CSS class of the table.
    pub class: &'static str,
}

/// Writes one `<td>` or `<th scope="row">`.
fn cell(out: &mut String, c: &TableCell, row_header: bool) {
    let tag = if row_header { "th" } else { "td" };
    let scope = if row_header { " scope=\"row\"" } else { "" };
    let class = if c.numeric { " class=\"num\"" } else { "" };
    let style = c
        .background
        .as_ref()
        .map(|b| format!(" style=\"background:{}\"", esc(b)))
        .unwrap_or_default();
    let _ = write!(out, "<{tag}{scope}{class}{style}>");
    match &c.title {
        Some(title) => {
            let _ = write!(
                out,
                "<abbr title=\"{}\">{}</abbr>",
                esc(title),
                esc(&c.text)
            );
        }
        None => out.push_str(&esc(&c.text)),
    }
    let _ = write!(out, "</{tag}>");
}

impl Table {
    /// The `<table>` element.
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(256 + self.rows.len() * 128);
        let _ = write!(
            out,
            "<table class=\"{}\"><caption>{}</caption><thead><tr>",
            self.class,
            esc(&self.caption)
        );
        for (i, h) in self.head.iter().enumerate() {
            let class = if i > 0 { " class=\"num\"" } else { "" };
            let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", esc(h));
        }
        out.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            out.push_str("<tr>");
            for (i, c) in row.iter().enumerate() {
                cell(&mut out, c, i == 0);
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_caption_headers_and_escaped_cells() {
        let table = Table {
            caption: "Comments by site & month".into(),
            head: vec!["Site".into(), "Count".into()],
            rows: vec![vec![TableCell::text("<A&E>"), TableCell::number("1,745")]],
            class: "data",
        };
        let html = table.render();
        assert!(html.contains("<caption>Comments by site &amp; month</caption>"));
        assert!(html.contains("<th scope=\"col\" class=\"num\">Count</th>"));
        assert!(html.contains("<th scope=\"row\">&lt;A&amp;E&gt;</th>"));
        assert!(html.contains("<td class=\"num\">1,745</td>"));
    }

    #[test]
    fn abbreviations_carry_their_meaning() {
        let mut c = TableCell::number("*");
        c.title = Some("suppressed".into());
        let html = Table {
            head: vec!["x".into(), "y".into()],
            rows: vec![vec![TableCell::text("a"), c]],
            ..Table::default()
        }
        .render();
        assert!(html.contains("<abbr title=\"suppressed\">*</abbr>"));
    }
}
