//! End to end: names of every kind the person tagger was built for are planted in the
//! input; after `run` none of them is readable in any output file, and none is in the
//! shipped tagger's files. The names are made up (in no lexicon and no training list), but
//! for names that are also words (Grace, Will, Charity, Smith), checked with the words beside them.

use std::fs;

use assert_cmd::Command;

mod support;
use support::csv_field;

/// Planted comments and the strings that must not survive in any output.
const PLANTED: &[(&str, &[&str])] = &[
    (
        "Thank you to Dr Pelanne Orvastek for everything.",
        &["Pelanne", "Orvastek"],
    ),
    (
        "Travanek from the ward rang me the next day.",
        &["Travanek"],
    ),
    ("It was Grace who sat with me all night.", &["It was Grace"]),
    ("Please thank Will on the night shift.", &["thank Will"]),
    ("Charity looked after me all night.", &["Charity looked"]),
    (
        "Paramedics Brindley and Oyelowo were fantastic.",
        &["Brindley", "Oyelowo"],
    ),
    ("Zanevra made the stay bearable.", &["Zanevra"]),
    // A surname that is also a word, alone where only a person stands, and two
    // name-words joined by "and" (the thirty-fourth reading's probes).
    ("Smith helped my mum get dressed.", &["Smith helped"]),
    (
        "Will and Grace looked after me.",
        &["Will and", "and Grace"],
    ),
    // A name spelt unlike every listed name, where the sentence gives it a person's
    // place (the thirty-fifth reading).
    (
        "As Quelting got the drug round going, the bay woke.",
        &["Quelting"],
    ),
    (
        "The nurse on the ward that night was Brevating.",
        &["Brevating"],
    ),
    // A given name and a surname, both words, named by a role.
    ("Mark Ward was the paramedic who came.", &["Mark Ward"]),
    // A listed given name written in capitals in a cased comment, beside a cue.
    ("Thanks to JOHN on reception for his help.", &["to JOHN"]),
    // The thirty-sixth reading's probes: a name that is a word named by a role in
    // apposition, listed with a found name, after a kinship title, or written small
    // between cues; particles; a handle; an everyday word closing a long name.
    ("Rose, the ward clerk, found my notes.", &["Rose, the"]),
    ("Daisy and Poppy on the ward were lovely.", &["Daisy and"]),
    ("Nanny Pat came every day.", &["Nanny Pat"]),
    ("thanks to will on reception", &["to will on"]),
    ("Dr Ahmed al-Quoravi was great.", &["al-Quoravi"]),
    (
        "Thanks to Pieter van der Quelmsen on ward 3.",
        &[" der ", "Quelmsen"],
    ),
    ("Shout out to @lucy_nurse on twitter.", &["lucy_nurse"]),
    (
        "My nurse was Nguyen Van An and she was lovely.",
        &["An and she"],
    ),
    ("hi its alanis again, the food was cold", &["alanis"]),
    (
        "Sent from Priyanka's phone, the wait was long.",
        &["Priyanka"],
    ),
    (
        "My partner (Halvor Quintrell) was left waiting.",
        &["Halvor", "Quintrell"],
    ),
    ("Kind regards, Marisela Dunnoch", &["Marisela", "Dunnoch"]),
    (
        "Nurses Ifeoma, Ketevan and Solvi were wonderful.",
        &["Ifeoma", "Ketevan", "Solvi"],
    ),
    (
        "I live on Otley Road, postcode GIR 0AA.",
        &["Otley Road", "GIR 0AA"],
    ),
    (
        "Keep the skin tight: the Varvikko method, as Sister called it.",
        &["Varvikko"],
    ),
    (
        "She made the side room Ottelin-proof for the night.",
        &["Ottelin"],
    ),
    (
        "Dad's chart, kept Cooper-style by the night staff.",
        &["Cooper-style"],
    ),
    // The fortieth reading's probes: a full name coined into a way of doing something,
    // capitalised, with a given name that is a word, and in small letters.
    (
        "Mum's care was run the Pelanne Orvaskit way, safely.",
        &["Pelanne", "Orvaskit"],
    ),
    (
        "Dad's medicines were sorted out the Harry Quelmbrook way.",
        &["Harry Q", "Quelmbrook"],
    ),
    (
        "grandad's wound care was done the travek orlanzid way",
        &["travek", "orlanzid"],
    ),
    // The forty-first reading's probes, which the session-start binary leaks: a given
    // name coined into an effect, one that is a word, a full name coined into a method
    // after "a".
    (
        "Home on day three. Call it the Quelvina effect.",
        &["Quelvina"],
    ),
    ("Always smiling. Call it the Heather effect.", &["Heather"]),
    (
        "It was a Priya Vantorelli approach to pain, calm and slow.",
        &["Priya V", "Vantorelli"],
    ),
    // The forty-second reading's probes, which the session-start binary leaks: someone
    // keeping a watch or a shift, a given name that is a word before "and co", someone
    // blessed.
    ("Nothing went missing on Quarrafel's watch.", &["Quarrafel"]),
    ("Sally and co. on ward 4 learnt his signs.", &["Sally"]),
    ("Victor, bless her, stayed late.", &["Victor"]),
    // The forty-third reading's probes, which the session-start binary leaks: someone
    // singled out, in given names that are a word or a place.
    ("Hope, of all people, found my ring.", &["Hope"]),
    ("A nurse by the name of Sunny helped.", &["Sunny"]),
    ("Thank you, from Albert's biggest fan.", &["Albert"]),
    // The forty-fourth reading's probes, which the session-start binary leaks: a given
    // name made plural after "could do with more", and "a certain X".
    (
        "The hospital could do with more Clarences, calm in any weather.",
        &["Clarences"],
    ),
    ("we need more michaels in a&e", &["michaels"]),
    ("Then a certain Hope came.", &["Hope"]),
    // The forty-fifth reading's probes, which the session-start binary leaks: a given
    // name made plural as one of a kind ("the Xs of this world").
    (
        "The ward runs on the Maelorys of this world.",
        &["Maelorys"],
    ),
    (
        "every hospital needs the debbies of this world",
        &["debbies"],
    ),
    (
        "The borough is lucky to have the Doriss of this world.",
        &["Doriss"],
    ),
    // The forty-sixth reading's probes, which the session-start binary leaks: someone
    // singled out by "it was X who", spoken to, teamed with or on a rota.
    (
        "Hearld, if you ever read this, the kids say thanks.",
        &["Hearld"],
    ),
    (
        "Honestly I think it was Shaked who sat with mum.",
        &["Shaked"],
    ),
    ("We are Team Rece at home now.", &["Rece"]),
    (
        "The porter on the rota as Pledger was a gent.",
        &["Pledger"],
    ),
    // The forty-seventh reading's probe, which the session-start binary leaks: one of
    // those nurses.
    (
        "alured is one of those nurses you never forget",
        &["alured"],
    ),
    // The forty-eighth reading's probe, which the session-start binary leaks: someone
    // on a team.
    (
        "the cake went to Velvetina on the discharge team",
        &["Velvetina"],
    ),
];

#[test]
fn planted_names_are_in_no_output_file_and_no_model_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("planted.csv");
    let mut csv = String::from("Comment ID,FFT question,FFT answer\n");
    for (n, (text, _)) in PLANTED.iter().enumerate() {
        csv.push_str(&format!("P{n},What was good?,{}\n", csv_field(text)));
    }
    // Enough ordinary comments for the themes and clusters to have something to do.
    for n in 0..40 {
        csv.push_str(&format!(
            "N{n},What was good?,The staff were kind and the ward was clean {n}\n"
        ));
    }
    fs::write(&input, csv).expect("write input");
    let out = dir.path().join("out");
    Command::cargo_bin("feedback-themes")
        .expect("binary built")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("run")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .arg("--quiet")
        .assert()
        .success();
    let mut files: Vec<std::path::PathBuf> = fs::read_dir(&out)
        .expect("output folder")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for name in [
        "tagged.csv",
        "tagged.jsonl",
        "summary.json",
        "clusters.json",
        "manifest.json",
    ] {
        assert!(files.iter().any(|f| f.ends_with(name)), "{name} written");
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    files.push(root.join("models/pii/tagger.bin"));
    files.push(root.join("models/pii/manifest.json"));
    for file in &files {
        let bytes = fs::read(file).expect("read output");
        let text = String::from_utf8_lossy(&bytes);
        for (_, secrets) in PLANTED {
            for secret in *secrets {
                assert!(
                    !contains_as_words(&text, secret),
                    "a planted value is readable in {}",
                    file.display()
                );
            }
        }
    }
    // The comments themselves are still there, redacted.
    let tagged = fs::read_to_string(out.join("tagged.jsonl")).expect("tagged.jsonl");
    assert!(tagged.contains("[PERSON]") && tagged.contains("[STREET_ADDRESS]"));
}

/// Whether `secret` stands in `text` as whole words: not inside a longer word ("Albert"
/// in the name-source credit "Albertas Agejevas" of the model manifest is no leak).
fn contains_as_words(text: &str, secret: &str) -> bool {
    text.match_indices(secret).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + secret.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
