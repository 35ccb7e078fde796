//! `fft_sample.jsonl`: lower-case keys, CRLF on some lines, null and absent text, a
//! Windows-1252 line, four bad lines.

use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Value};

use crate::comments::{
    date, duplicates, messy_comments, mixed, planted_comment, question_for, rating_and_sentiment,
    short_answers, theme_comments, Coverage, Facts, OVER_LONG_BYTES, SERVICES,
};
use crate::mess;

/// The JSON Lines file: lower-case keys, some CRLF lines, a blank line, null and absent
/// text, a Windows-1252 line, four bad lines.
pub fn make_jsonl(
    rng: &mut ChaCha8Rng,
    planted: &mut Vec<String>,
    coverage: &mut Coverage,
) -> (Vec<u8>, Facts) {
    let mut comments = theme_comments(rng, 1, true, coverage);
    comments.extend(short_answers(1));
    comments.extend((0..20).map(|n| planted_comment(rng, n + 3, planted)));
    comments.extend((0..8).map(|_| mixed(rng, coverage, true)));
    comments.extend(messy_comments(rng, 2, false));
    let copies = duplicates(rng, &comments, 4);
    comments.extend(copies);
    comments.shuffle(rng);

    // Rows given special treatment below, chosen among rows without planted data.
    let plain: Vec<usize> = (0..comments.len()).filter(|&i| !comments[i].pii).collect();
    let (null_text, absent_text, cp1252_line, escaped_line) =
        (plain[5], plain[15], plain[9], plain[11]);
    let mut out = Vec::new();
    let mut rows = 0;
    let mut bad = 0;
    for (i, comment) in comments.iter().enumerate() {
        rows += 1;
        let id = format!("SYN-J{rows:04}");
        let (rating, _) = rating_and_sentiment(rng, comment.lean);
        let question = question_for(rng, comment);
        let (site, _) = SERVICES.choose(rng).unwrap();
        let text = String::from_utf8(comment.text.clone()).expect("JSONL comments are UTF-8");
        let mut object = json!({
            "id": id, "question": question, "text": text,
            "date": date(rng), "site": site, "rating": rating.parse::<u8>().unwrap(),
        });
        if i == null_text {
            object["text"] = Value::Null;
        }
        if i == absent_text {
            object.as_object_mut().unwrap().remove("text");
        }
        let mut line = serde_json::to_string(&object).unwrap().into_bytes();
        if i == cp1252_line {
            // A line saved by a Windows tool: its bytes are Windows-1252, not UTF-8.
            let cp1252 = json!({"id": id, "question": question,
                "text": "The café’s staff were lovely – thank you.", "rating": 1});
            line = mess::windows_1252_bytes(&cp1252.to_string());
        }
        if i == escaped_line {
            // Escaped non-ASCII, as some JSON writers produce.
            line = format!(
                "{{\"id\":\"{id}\",\"question\":\"What was good?\",\"text\":\"The nurse\\u2019s care was first class\\u2026\",\"rating\":1}}"
            )
            .into_bytes();
        }
        out.extend_from_slice(&line);
        out.extend_from_slice(if i % 5 == 0 { b"\r\n" } else { b"\n" });
        if i == 30 {
            out.extend_from_slice(b"\n"); // a blank line is not a row
        }
        if [17, 53, 88, 104].contains(&i) {
            rows += 1;
            let bad_line = match bad {
                0 => format!("{{\"id\": \"SYN-J{rows:04}\", \"text\": \"The staff were kind"),
                1 => format!("[\"SYN-J{rows:04}\", \"The staff were kind.\"]"),
                2 => format!(
                    "{{\"id\": \"SYN-J{rows:04}\", \"text\": \"{}\"}}",
                    "The wait was long. ".repeat(OVER_LONG_BYTES / 19 + 1)
                ),
                _ => format!("{{\"id\": \"SYN-J{rows:04}\", \"text\": \"Kind staff\"}} trailing"),
            };
            out.extend_from_slice(bad_line.as_bytes());
            out.push(b'\n');
            bad += 1;
        }
    }
    (out, Facts { rows, bad })
}
