//! Ways real exports get damaged, applied on purpose.

use encoding_rs::WINDOWS_1252;

/// Sentences with characters outside ASCII (curly quotes, £, é, –, …), for the
/// Windows-1252 and mojibake rows. Each names the theme it speaks to.
pub const NON_ASCII: &[&str] = &[
    "Paid £12 for parking – far too expensive.",
    "The café’s food was cold and the tea wasn’t hot.",
    "Staff were “amazing” and so caring.",
    "The nurse’s explanation of my diagnosis was clear.",
    "Waited 4½ hours – far too long to be seen.",
    "The crème brûlée at lunch was a lovely touch.",
    "Couldn’t get through on the phone – it just rang out.",
    "Transport didn’t turn up… again.",
    "It’s spotless – cleaner than my own house!",
    "Didn’t feel listened to at all.",
];

/// Sentences with `&`, quotes and apostrophes, for the HTML-entity rows.
pub const ENTITY_PRONE: &[&str] = &[
    "The A&E staff were brilliant, they said it's nothing serious.",
    "The \"quiet room\" was anything but quiet.",
    "Food & drink were lovely & hot.",
    "It's a short walk from the bus station, very handy.",
    "The staff didn't listen & I wasn't involved in decisions.",
    "Nurses & doctors kept me informed about the \"delay\".",
];

/// The text as it looks after its UTF-8 bytes were read as Windows-1252 (`’` → `â€™`).
pub fn mojibake(text: &str) -> String {
    let (decoded, _, _) = WINDOWS_1252.decode(text.as_bytes());
    decoded.into_owned()
}

/// The text's Windows-1252 bytes (as Excel on Windows saves it).
pub fn windows_1252_bytes(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = WINDOWS_1252.encode(text);
    assert!(!unmappable, "sentence not representable in Windows-1252");
    bytes.into_owned()
}

/// The text as a web form escapes it: `&amp;`, `&#39;`, `&quot;`, one `&nbsp;`.
pub fn html_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('\'', "&#39;")
        .replace('"', "&quot;")
        .replacen(' ', "&nbsp;", 1)
}

/// A multi-line version: the sentences split over lines, as typed into a text box.
pub fn multi_line(first: &str, second: &str, crlf: bool) -> String {
    let eol = if crlf { "\r\n" } else { "\n" };
    format!("{first}{eol}{eol}{second}")
}

/// A decomposed version (`é` as `e` + combining accent) with a zero-width space and a
/// tab, which cleaning must undo.
pub fn odd_unicode(text: &str) -> String {
    let decomposed = text.replace('é', "e\u{301}");
    format!("{decomposed}\u{200b}\t ")
}
