//! Counting what a rendered DOM holds: elements by tag, visible text.

/// Number of `<tag` openings (e.g. `svg`, `table`) in `html`.
pub fn count_tag(html: &str, tag: &str) -> usize {
    let open = format!("<{tag}");
    html.match_indices(&open)
        .filter(|(i, _)| {
            let next = html[i + open.len()..].chars().next();
            matches!(next, Some(' ' | '>' | '/' | '\n'))
        })
        .count()
}

/// The text of `<body>` with tags, `<style>` and `<title>` contents removed and white
/// space collapsed: what a reader sees.
pub fn body_text(html: &str) -> String {
    let body = html.split_once("<body").map_or(html, |(_, b)| b);
    let mut out = String::with_capacity(body.len() / 2);
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The tags of `html` (the text between `<` and `>`); escaped text holds no `<`.
fn tags(html: &str) -> impl Iterator<Item = &str> {
    html.split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(""))
}

/// What would make the browser fetch something: a `src` attribute, an `href` other than
/// an in-page `#anchor`, an element that loads (`script`, `link`, `img`, `iframe`,
/// `object`, `embed`), or `url(` / `@import` in a style sheet.
pub fn external_references(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for tag in tags(html) {
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if ["script", "link", "img", "iframe", "object", "embed"]
            .contains(&name.to_ascii_lowercase().as_str())
        {
            found.push(format!("<{name}>"));
        }
        if tag.contains(" src=") {
            found.push(format!("src in <{name}>"));
        }
        for (i, _) in tag.match_indices("href=\"") {
            let value: String = tag[i + 6..].chars().take_while(|&c| c != '"').collect();
            if !value.starts_with('#') {
                found.push(format!("href={value}"));
            }
        }
    }
    let style = html
        .split("<style>")
        .nth(1)
        .and_then(|s| s.split("</style>").next())
        .unwrap_or("");
    for needle in ["url(", "@import"] {
        if style.contains(needle) {
            found.push(needle.to_string());
        }
    }
    found
}
