//! A date of birth written as a call in code that makes a date of its year, month and
//! day, as a program, a query or a spreadsheet a patient or relative pastes writes one:
//! Python's "datetime.date(1956, 9, 3)", JavaScript's "new Date(1956, 8, 3)", Java's
//! "LocalDate.of(1956, 9, 3)", PostgreSQL's "make_date(1956, 9, 3)", a spreadsheet's
//! "DATE(1956,9,3)", Visual Basic's "DateSerial(1956, 9, 3)", T-SQL's
//! "DATEFROMPARTS(1956, 9, 3)", Ruby's "Date.new(1956, 9, 3)".
//!
//! The date inside is read as any date is (`date_of_birth`); the call's name and its
//! brackets are taken into the span, so that no piece of code is left to say what the
//! placeholder was. A cue may stand before the call ("date of birth datetime.date(2019,
//! 12, 28)"): the cued patterns look past the call's opening ([`opening_pattern`]). So
//! too for the text of a date code wraps to make a date of it, whatever the code: Elixir's
//! "~D[1956-09-03]", pandas's "Timestamp('1956-09-03 00:00:00')", NumPy's
//! "np.datetime64('1956-09-03')", Clojure's "#inst \"1956-09-03T00:00:00.000-00:00\""
//! ([`with_the_wrapper_around`]): a name and its bracket, or a tag and its quote, closed
//! right after the date.

/// The names of calls that make a date of a year, month and day, in small letters
/// (matched in any case): the name as written before its bracket, a library's or
/// class's name and its dot included. "date" alone is [`BARE_DATE_CALLS`].
const DATE_CALLS: &[&str] = &[
    "datetime.date",
    "datetime.datetime",
    "datetime",
    "localdate.of",
    "make_date",
    "makedate",
    "dateserial",
    "datefromparts",
    "date.new",
];

/// "date" alone as a call's name, in the cases code writes it: Python's "date(1956, 9,
/// 3)" and a spreadsheet's "DATE(1956,9,3)". "Date(" is how .NET's JSON opens the
/// wrapper of its milliseconds ("/Date(-420595200000)/"), which `date_of_birth` reads
/// as a date of its own; only after "new" is it JavaScript's call ("new Date(1956, 8,
/// 3)").
const BARE_DATE_CALLS: &[&str] = &["date", "DATE"];

/// The opening of a date call ([`DATE_CALLS`], "new" perhaps before it) as a pattern,
/// optional, to stand before a cued date in the cued patterns ("It should be
/// datetime.date(2013, 5, 8)"); matched in any case where the cued patterns are.
pub(crate) fn opening_pattern() -> String {
    let names: Vec<String> = DATE_CALLS.iter().map(|call| regex::escape(call)).collect();
    format!(
        r"(?:(?:(?:new[ \t]+)?(?:{})|new[ \t]+date|(?-i:{}))[ \t]*\([ \t]*|(?-i:{CODE_OPENING}))?",
        names.join("|"),
        BARE_DATE_CALLS.join("|"),
    )
}

/// The opening code writes before a date's text to make a date of it, as a pattern for
/// the cued patterns to look past: a name and a square bracket, a quote perhaps after it
/// (Elixir's "~D["), a name, a round bracket and a quote (pandas's "Timestamp('",
/// NumPy's "np.datetime64('"), or a tagged literal's tag and its quote (Clojure's and
/// EDN's "#inst \""), or an object's inspection (Ruby's "#<Date: "). A round bracket with no quote opens a call of numbers
/// (`DATE_CALLS`) or .NET's "/Date(" (`date_of_birth`), read apart.
const CODE_OPENING: &str = r#"[A-Za-z_~][A-Za-z0-9_.~]{0,30}(?:\([ \t]*["']|\[[ \t]*["']?)|#[A-Za-z][A-Za-z0-9_.\-]{0,20}[ \t]*["']|\#<[A-Z][A-Za-z0-9_:]{0,30}:[ \t]*|\[[0-9]{1,4}\][ \t]*["']"#;

/// Most bytes of a time's digits and marks between a date's text and the closing of the
/// code around it ("T00:00:00.000-00:00", an inspection's " ((2435720j,0s,0n),+0s,2299161j)").
const LONGEST_TIME_IN_CODE: usize = 48;

/// A date of birth found at `start..end`, its midnight and other tail taken in, widened
/// over the code written around it to make a date of it, when its opening stands right
/// before and its closing right after: a name and its bracket, a quote perhaps inside
/// ("~D[1956-09-03]", "Timestamp('1956-09-03 00:00:00')", "np.datetime64('1956-09-03')";
/// a round bracket with a quote only), or a tagged literal's tag and its quotes ("#inst \"1956-09-03T00:00:00.000-00:00\"").
/// Otherwise as it is: a bracket or a quote alone is no code ("born (1956-09-03)").
pub(crate) fn with_the_wrapper_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    code_opening_before(text, start)
        .and_then(|(opening, closing)| Some((opening, end + code_closing(&text[end..], closing)?)))
        .unwrap_or((start, end))
}

/// The quote or bracket `c` closes with.
fn closing_of(c: char) -> char {
    match c {
        '(' => ')',
        '[' => ']',
        other => other,
    }
}

/// Where the code opening a date's text that ends at `start` starts ([`CODE_OPENING`]),
/// and the closing it needs (a quote, a bracket or both, as written after the date).
fn code_opening_before(text: &str, start: usize) -> Option<(usize, [Option<char>; 2])> {
    let before = &text[..start];
    let quote = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '\'' | '"'));
    let before = &before[..before.len() - quote.map_or(0, char::len_utf8)];
    let spaced = before.trim_end_matches([' ', '\t']);
    if quote.is_none() {
        if let Some(opening) = inspected_object_before(text, spaced.len()) {
            return Some((opening, [None, Some('>')]));
        }
    }
    if quote.is_some() {
        if let Some(opening) = printed_index_before(spaced) {
            return Some((opening, [quote, None]));
        }
    }
    let bracket = spaced
        .chars()
        .next_back()
        .filter(|c| matches!(c, '(' | '['));
    let name_end = match bracket {
        // A round bracket opens a date's text only with a quote after it.
        Some('(') if quote.is_none() => return None,
        Some(b) => spaced.len() - b.len_utf8(),
        // A quote alone opens only after a tagged literal's tag.
        None if quote.is_some() => spaced.len(),
        None => return None,
    };
    let name_start = text[..name_end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_code_name_char(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let name = &text[name_start..name_end];
    let tagged = bracket.is_none() && name.starts_with('#');
    let named = bracket.is_some()
        && name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '~');
    let whole = text[..name_start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let has_a_letter = name.chars().any(|c| c.is_ascii_alphabetic());
    ((tagged || named) && whole && has_a_letter)
        .then_some((name_start, [quote, bracket.map(closing_of)]))
}

/// Where the index a console prints before a value opens, when it ends `before`: R's
/// `[1]` before `"1956-09-03 UTC"`; one to four digits in square brackets, opening the
/// text or after a space or a stop.
fn printed_index_before(before: &str) -> Option<usize> {
    let digits = before.strip_suffix(']')?;
    let open = digits.rfind('[')?;
    let index = &digits[open + 1..];
    let alone = digits[..open]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    ((1..=4).contains(&index.len()) && index.bytes().all(|b| b.is_ascii_digit()) && alone)
        .then_some(open)
}

/// Where an object's inspection opens when its class's name and colon end at `end`:
/// Ruby's "#<Date: " before "1956-09-03 ((2435720j,0s,0n),+0s,2299161j)>".
fn inspected_object_before(text: &str, end: usize) -> Option<usize> {
    let class = text[..end].strip_suffix(':')?;
    let name_start = class
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '_' | ':')))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let opening = name_start.checked_sub(2)?;
    (text[..name_start].ends_with("#<") && class[name_start..].starts_with(char::is_uppercase))
        .then_some(opening)
}

/// The characters of the name before a code's opening: letters, digits, the underscore,
/// the dot, a sigil's tilde and a tag's hash.
fn is_code_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '~' | '#')
}

/// The bytes from a date's end to the end of the code's closing (`closing`: the quote,
/// then the bracket, each where the opening had one), past a time's digits and marks, or
/// `None` when it does not close there.
fn code_closing(after: &str, closing: [Option<char>; 2]) -> Option<usize> {
    // An object's inspection may go on with its own figures before its ">"
    // (" ((2435720j,0s,0n),+0s,2299161j)"); other code with a time's only.
    let inspected = closing == [None, Some('>')];
    // A quoted date's text may carry its zone's name: "1956-09-03 UTC".
    let quoted = matches!(closing[0], Some('"' | '\''));
    let time = after
        .char_indices()
        .take_while(|&(i, c)| {
            i < LONGEST_TIME_IN_CODE
                && (c.is_ascii_digit()
                    || matches!(c, ':' | '.' | 'T' | 'Z' | '+' | '-')
                    || (inspected
                        && (c.is_ascii_lowercase() || matches!(c, ' ' | '(' | ')' | ',')))
                    || (quoted && (c.is_ascii_uppercase() || c == ' ')))
        })
        .count();
    let mut rest = &after[time..];
    for close in closing.into_iter().flatten() {
        rest = rest.strip_prefix(close)?;
    }
    Some(after.len() - rest.len())
}

/// The characters of a call's name: letters, digits, the underscore and the dot between
/// a library's name and its function's.
fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '.'
}

/// Whether `name` is a call that makes a date ([`DATE_CALLS`], [`BARE_DATE_CALLS`], or
/// "date" in any case after "new").
fn is_date_call(name: &str, after_new: bool) -> bool {
    DATE_CALLS
        .iter()
        .any(|call| call.eq_ignore_ascii_case(name))
        || BARE_DATE_CALLS.contains(&name)
        || (after_new && name.eq_ignore_ascii_case("date"))
}

/// A date found at `start..end` widened over the date call around it (its name, "new"
/// before it, its brackets, and a time of naughts after the day: "datetime.datetime(1956,
/// 9, 3, 0, 0)"), or as it is when no date call closes around it. The bracket must close:
/// "date(1956, 9, 3" is left as found.
pub(crate) fn with_the_call_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    // The opening first: every date found is tidied here, few stand in a call.
    call_start_before(text, start)
        .and_then(|call_start| Some((call_start, end + call_close(&text[end..])?)))
        .unwrap_or((start, end))
}

/// Whether a date call's opening (its name and bracket) ends right before `start`.
pub(crate) fn opens_before(text: &str, start: usize) -> bool {
    call_start_before(text, start).is_some()
}

/// Where the date call whose opening bracket (and spaces) end at `start` starts: its
/// name, with "new" before it as a word ("renew Date(" is none).
fn call_start_before(text: &str, start: usize) -> Option<usize> {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let before = before.strip_suffix('(')?.trim_end_matches([' ', '\t']);
    let name_start = before
        .rfind(|c: char| !is_name_char(c))
        .map_or(0, |at| at + 1);
    let head = &before[..name_start];
    let new_start = head.len().checked_sub(4);
    let after_new = new_start.is_some_and(|at| {
        head.get(at..)
            .is_some_and(|new| new.eq_ignore_ascii_case("new "))
            && !head[..at].ends_with(char::is_alphanumeric)
    });
    is_date_call(&before[name_start..], after_new)
        .then(|| new_start.filter(|_| after_new).unwrap_or(name_start))
}

/// The bytes from a date's end to its call's closing bracket, past naughts for a time
/// (", 0, 0") and spaces, or `None` when no bracket closes there.
fn call_close(after: &str) -> Option<usize> {
    let mut rest = after;
    loop {
        let spaced = rest.trim_start_matches([' ', '\t']);
        if let Some(closed) = spaced.strip_prefix(')') {
            return Some(after.len() - closed.len());
        }
        let naught = spaced.strip_prefix(',')?.trim_start_matches([' ', '\t']);
        let zeros = naught.len() - naught.trim_start_matches('0').len();
        if zeros == 0 {
            return None;
        }
        rest = &naught[zeros..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text `with_the_call_around` gives for the date `date` in `text`.
    fn widened(text: &str, date: &str) -> String {
        let start = text.find(date).expect("date in text");
        let (s, e) = with_the_call_around(text, start, start + date.len());
        text[s..e].to_string()
    }

    #[test]
    fn takes_a_date_call_around_the_date() {
        for (text, date, call) in [
            (
                "DOB datetime.date(1956, 9, 3) ok",
                "1956, 9, 3",
                "datetime.date(1956, 9, 3)",
            ),
            (
                "born new Date(1956, 8, 3);",
                "1956, 8, 3",
                "new Date(1956, 8, 3)",
            ),
            (
                "born LocalDate.of( 1956, 9, 3 )",
                "1956, 9, 3",
                "LocalDate.of( 1956, 9, 3 )",
            ),
            ("=DATE(1956,9,3)", "1956,9,3", "DATE(1956,9,3)"),
            (
                "dob = datetime.datetime(1956, 9, 3, 0, 0)",
                "1956, 9, 3",
                "datetime.datetime(1956, 9, 3, 0, 0)",
            ),
            (
                "DateSerial(1956, 9, 3)",
                "1956, 9, 3",
                "DateSerial(1956, 9, 3)",
            ),
            (
                "make_date(1956, 9, 3)",
                "1956, 9, 3",
                "make_date(1956, 9, 3)",
            ),
            ("date(1956, 9, 3)", "1956, 9, 3", "date(1956, 9, 3)"),
        ] {
            assert_eq!(widened(text, date), call, "{text}");
        }
    }

    #[test]
    fn takes_a_wrapper_around_the_date() {
        for (text, date, wrapped) in [
            ("born ~D[1937-04-10], NHS", "1937-04-10", "~D[1937-04-10]"),
            (
                "DOB Timestamp('2005-05-18 00:00:00'), ok",
                "2005-05-18 00:00:00",
                "Timestamp('2005-05-18 00:00:00')",
            ),
            (
                "dob pd.Timestamp(\"1956-09-03\")",
                "1956-09-03",
                "pd.Timestamp(\"1956-09-03\")",
            ),
            (
                "born np.datetime64('1968-03-18'), NHS",
                "1968-03-18",
                "np.datetime64('1968-03-18')",
            ),
            (
                "born #inst \"1966-01-27T00:00:00.000-00:00\", NHS",
                "1966-01-27T00:00:00.000-00:00",
                "#inst \"1966-01-27T00:00:00.000-00:00\"",
            ),
            (
                "born #inst \"1966-01-27T00:00:00.000-00:00\", NHS",
                "1966-01-27",
                "#inst \"1966-01-27T00:00:00.000-00:00\"",
            ),
            ("born D[1937-04-10]", "1937-04-10", "D[1937-04-10]"),
            (
                "born #<Date: 1973-12-25 ((2442042j,0s,0n),+0s,2299161j)>, NI",
                "1973-12-25",
                "#<Date: 1973-12-25 ((2442042j,0s,0n),+0s,2299161j)>",
            ),
            (
                "born #<Date: 1973-12-25 and more",
                "1973-12-25",
                "1973-12-25",
            ),
            (
                "born [1] \"2014-09-09 UTC\", NHS",
                "2014-09-09",
                "[1] \"2014-09-09 UTC\"",
            ),
            (
                "born [12] '1956-09-03', ok",
                "1956-09-03",
                "[12] '1956-09-03'",
            ),
            ("born x[1] \"2014-09-09\"", "2014-09-09", "2014-09-09"),
            ("born [1] 2014-09-09, ok", "2014-09-09", "2014-09-09"),
            ("born <Date: 1973-12-25>", "1973-12-25", "1973-12-25"),
            ("born ~D[1937-04-10 then", "1937-04-10", "1937-04-10"),
            ("born (1937-04-10), ok", "1937-04-10", "1937-04-10"),
            ("dob '1937-04-10', ok", "1937-04-10", "1937-04-10"),
            ("dob: \"1937-04-10\", ok", "1937-04-10", "1937-04-10"),
            ("born x(1937-04-10 2)", "1937-04-10", "1937-04-10"),
            ("born x('1937-04-10' 2)", "1937-04-10", "1937-04-10"),
            ("born Date(1937-04-10)", "1937-04-10", "1937-04-10"),
            ("born 3(1937-04-10)", "1937-04-10", "1937-04-10"),
            ("born é(1937-04-10)", "1937-04-10", "1937-04-10"),
        ] {
            let start = text.find(date).expect("date in text");
            let (s, e) = with_the_wrapper_around(text, start, start + date.len());
            assert_eq!(&text[s..e], wrapped, "{text}");
        }
    }

    #[test]
    fn leaves_a_date_with_no_date_call_closing_around_it() {
        for (text, date) in [
            ("print(1956, 9, 3)", "1956, 9, 3"),
            ("update(1956, 9, 3)", "1956, 9, 3"),
            ("datetime.date(1956, 9, 3", "1956, 9, 3"),
            ("datetime.date(1956, 9, 3, 10, 30)", "1956, 9, 3"),
            ("born (1956, 9, 3)", "1956, 9, 3"),
            ("to_date(1956, 9, 3)", "1956, 9, 3"),
            ("/Date(1956, 9, 3)/", "1956, 9, 3"),
            ("renew Date(1956, 9, 3)", "1956, 9, 3"),
        ] {
            assert_eq!(widened(text, date), date, "{text}");
        }
    }
}
