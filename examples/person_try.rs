use feedback_themes::redact::person::PersonRecognizer;
use feedback_themes::redact::recognizer::Recognizer;
use std::io::BufRead;
fn main() {
    let r = PersonRecognizer::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let mut v = Vec::new();
        r.find(&line, &mut v);
        let parts: Vec<&str> = v.iter().map(|s| &line[s.start..s.end]).collect();
        println!("{:?}  <= {}", parts, line);
    }
}
