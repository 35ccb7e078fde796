use feedback_themes::redact::{PlaceholderStyle, Redactor};
fn main() {
    let r = Redactor::new();
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        let red = r.redact(&line, PlaceholderStyle::Typed);
        println!("{}\n  {:?}", red.text, red.spans);
    }
}
