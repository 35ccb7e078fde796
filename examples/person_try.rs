use feedback_themes::redact::person::PersonRecognizer;
use feedback_themes::redact::recognizer::Recognizer;
use std::io::BufRead;
fn main() {
    let r = PersonRecognizer::new();
    let lines: Vec<String> = std::io::stdin()
        .lock()
        .lines()
        .map(|l| l.unwrap())
        .collect();
    if std::env::args().any(|a| a == "--time") {
        let t = std::time::Instant::now();
        let mut n = 0usize;
        let mut v = Vec::new();
        for _ in 0..20 {
            for l in &lines {
                v.clear();
                r.find(l, &mut v);
                n += v.len();
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!("{} comments/s ({n})", (20 * lines.len()) as f64 / secs);
        return;
    }
    for line in lines {
        let mut v = Vec::new();
        r.find(&line, &mut v);
        let parts: Vec<&str> = v.iter().map(|s| &line[s.start..s.end]).collect();
        println!("{:?}  <= {}", parts, line);
    }
}
