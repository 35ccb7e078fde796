//! [`talks_about_the_form`]: a comment that speaks of the survey form itself (its boxes,
//! pages, the pen, a blank or a "ditto") rather than of care.
//!
//! Such comments are non-answers in the QDC sense ("Sorry, filled this form in wrong",
//! "Stop asking us to do these forms": the dev file's labellers gave them no theme), but
//! they are written in too many ways for the fixed non-answer lists. The model finds no
//! theme in them, so a real answer that the model and the keyword rules leave without a
//! theme, that is short and that names a part of the form, gets `Labelling not possible` (source
//! `rule`) instead of nothing: it is then counted as a non-answer, not as a gap in
//! `no_theme`. A comment with any theme is left alone, so "the form for my medication
//! was lost" keeps its theme. "Question" is not a form word here: in the dev file it is
//! mostly the triage questions people were asked, which are care.

/// Words for the survey form and its parts, and for marks on it: the form, its boxes and
/// pages, what it is filled in with, a left-blank box, a ditto mark, a drawn smiley.
const FORM_WORDS: &[&str] = &[
    "form",
    "forms",
    "questionnaire",
    "questionnaires",
    "survey",
    "surveys",
    "box",
    "boxes",
    "page",
    "pages",
    "overleaf",
    "pen",
    "pencil",
    "biro",
    "blank",
    "ditto",
    "tick",
    "ticked",
    "smiley",
    "emoji",
    "emojis",
    "scribble",
    "scribbled",
    "illegible",
    "unreadable",
];

/// Score given to `Labelling not possible` by this route: of the dev file's real answers
/// that 5-fold cross-validation models left without a theme, of at most 16 words and
/// naming a part of the form, 3 of 3 had no theme from people either, smoothed
/// `(3 + 1) / (3 + 2)`.
pub const FORM_TALK_SCORE: f32 = 0.8;

/// The longest comment, in words, that is read as talk about the form: non-answers are
/// short (the same bound as the informal non-answers'), and a longer comment that also
/// names the form ("the hoist made life easier; why did the form ask for my number?")
/// usually speaks of care the model missed.
const MAX_WORDS: usize = 16;

/// True when the comment is short (at most 16 words) and one of its lower-case `words`
/// names the survey form or a part of it (the words of `FORM_WORDS`).
pub fn talks_about_the_form(words: &[impl AsRef<str>]) -> bool {
    words.len() <= MAX_WORDS && words.iter().any(|w| FORM_WORDS.contains(&w.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn the_form_and_its_parts_are_form_talk() {
        for text in [
            "Sorry filled this form in wrong",
            "nothing written in this box",
            "see the other page",
            "the pen would not work",
            "ditto",
            "Left blank",
        ] {
            assert!(talks_about_the_form(&words(text)), "{text}");
        }
    }

    #[test]
    fn care_and_triage_questions_are_not_form_talk() {
        for text in [
            "Too many questions when my mother was poorly",
            "the nurse answered every question",
            "waited four hours in a cold room",
            "informed me about my medication",
            "the platform was too far",
            "the wheelchair and hoist they gave me made life so much easier at home, why did the form ask for my number",
        ] {
            assert!(!talks_about_the_form(&words(text)), "{text}");
        }
    }
}
