//! The cleaner never panics, and cleaning its own output changes nothing.
#![no_main]

use feedback_themes::clean::clean_text::clean_text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let once = clean_text(text).into_owned();
    let twice = clean_text(&once);
    assert_eq!(once, twice, "cleaning is idempotent");
});
