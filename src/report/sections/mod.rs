//! The report's sections, one file each, in page order. Each returns an HTML fragment
//! (a `<section>` with an `id` the contents list links to).

pub mod alerts;
pub mod breakdowns;
pub mod emerging;
pub mod headline;
pub mod provenance;
pub mod themes;
pub mod trends;
pub mod you_said;

/// Section ids and headings, in page order, for the contents list.
pub const CONTENTS: [(&str, &str); 7] = [
    ("headline", "At a glance"),
    ("themes", "What people talk about"),
    ("trends", "Over time"),
    ("alerts", "Alerts"),
    ("breakdowns", "Breakdowns"),
    ("emerging", "Emerging topics"),
    ("you-said", "You said"),
];

/// The heading of section `id`.
pub fn heading(id: &str) -> &'static str {
    CONTENTS
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, h)| *h)
        .unwrap_or("")
}

/// Opens `<section id=…>` with its `<h2>`.
pub fn open(id: &str) -> String {
    format!(
        "<section id=\"{id}\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{}</h2>",
        heading(id)
    )
}
