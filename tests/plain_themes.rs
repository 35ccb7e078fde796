//! Plain one-theme comments (at least four per QDC v7 label, written for this check
//! without reading the labelled dev comments) run through `feedback-themes run` with the
//! shipped model: the share whose intended theme is among the themes given.
//!
//! The issue asks for 90%. Every earlier set became the model's seed examples
//! (`lexicons/qdc_v7_seed_examples.csv`, `train --seed-examples`) once it had been looked
//! at, so they are training data now and are not scored here: `plain_themes.csv` (133)
//! and `plain_themes_unseen.csv` (62) in the third round; `plain_themes_holdout.csv` and
//! `plain_themes_round4.csv` (160 each, five per label) in the fifth, after their
//! per-comment misses had been read to broaden the keyword rules. Those two files stay
//! here as the seeds' source.
//!
//! `plain_themes_round5.csv` (five per label, 160 comments) was written in the fifth
//! round without reading the dev comments, the seeds or the other plain sets closely,
//! committed with its blind score (129 / 160) before any change, and scored once more,
//! as a total, with the model shipped at the end of that round (140 / 160, and
//! 142 / 160 once retrained on main's seventh-round redactor); its
//! per-comment failures were never read. It is the unseen figure, with a caveat: the
//! sets are all written by the same kind of writer, and 13 of its comments are, once
//! normalised, word for word a seed comment (36 at least 80% alike), so it flatters the
//! model on comments written by patients.

//!
//! `plain_themes_round6.csv` (five per label, 160 comments) was written in the sixth
//! round, before any change, with its wording kept away from the seeds, the keyword
//! rules and the earlier sets (no comment at least 80% alike any of theirs: see
//! [`round6_is_unlike_the_seeds_and_the_earlier_sets`]); it was scored blind with the
//! fifth round's model (74 / 160) and once more, as a total, with the model shipped at
//! the end of the sixth round (73 / 160); its per-comment failures were never read then.
//! It showed how much round5 flattered the model. In the seventh round it became SEEN:
//! the misses of its first three comments per label (96) were read while the theme
//! models gained a dense block from the word-embedding table; the last two per label
//! (64) were never read and were scored once, after the change (25 -> 29 / 64; all 160:
//! 73 -> 79).
//!
//! `plain_themes_round7.csv` (five per label, 160 comments) was written in the seventh
//! round without reading the dev comments, the seeds, the keyword rules or the earlier
//! sets' wording, and is checked unlike them all, round6 included
//! ([`round7_is_unlike_the_seeds_and_the_earlier_sets`]). It was unseen when committed;
//! the lead scored it as totals before and after the seventh round's change (README), so
//! from the eighth round it is SEEN (its failures were not read). The eighth round's
//! rule and seed work held it out (totals only, never read) and scored it once after its
//! changes (101 -> 111 / 160); it is guarded below at that figure.
//!
//! `plain_themes_round8.csv` (five per label, 160 comments) was written in the eighth
//! round, before any change of that round, without opening the dev comments, the seeds,
//! the keyword rules or the earlier sets' text (only the label names and their major
//! categories were read), as patients write: varied length and register, some
//! misspellings, some naming the theme only by implication. It is checked unlike the
//! seeds and every earlier set, round7 included
//! ([`round8_is_unlike_the_seeds_and_the_earlier_sets`]). It was unseen when committed;
//! the lead scored it as totals before and after the eighth round's changes (112 -> 120
//! / 160), so from the ninth round it is SEEN (its failures were not read).
//!
//! `plain_themes_round9.csv` (five per label, 160 comments) was written in the ninth
//! round, before any change of that round, without opening the dev comments, the seeds,
//! the keyword rules or the earlier sets' text (only the label names and the questions
//! were read), as patients write: varied length, spelling and register (texting style,
//! long comments, a second clause that adds no other theme). It is checked unlike the
//! seeds and every earlier set, round8 included
//! ([`round9_is_unlike_the_seeds_and_the_earlier_sets`]). The lead scored it as totals
//! before and after the ninth round's changes (114 -> 118 / 160), so from the tenth round
//! it is SEEN (its failures were not read).
//!
//! `plain_themes_round10.csv` (five per label, 160 comments) was written in the twelfth
//! round, before any change of that round, without opening the dev comments, the seeds,
//! the keyword rules or any earlier set's text (only round9's header, label names and
//! questions were read), in patients' own voices: varied length and register, some
//! misspelt, some long, some with a second clause that adds no other theme. It is
//! checked unlike the seeds and every earlier set, round9 included
//! ([`round10_is_unlike_the_seeds_and_the_earlier_sets`]). The lead scored it as totals
//! before and after the twelfth round's changes (131 -> 132 / 160), so from the thirteenth
//! round it is SEEN (its failures were not read).
//!
//! `plain_themes_round11.csv` (five per label, 160 comments) was written in the thirteenth
//! round, before any change of that round, without opening the dev comments, the seeds,
//! the keyword rules or any earlier set's text (only round10's header, label names and
//! questions were read), in patients' own voices: varied length and register, some
//! misspelt, some long, some with a second minor theme kept out of the wording. It is
//! checked unlike the seeds and every earlier set, round10 included
//! ([`round11_is_unlike_the_seeds_and_the_earlier_sets`]). It was unseen in the
//! thirteenth round: scored by the lead as totals only, before and after that round's
//! changes, 123 / 160 both times (guarded by [`round11_plain_comments_get_their_theme`]),
//! so from the fourteenth round it is SEEN (its failures were not read).
//!
//! `plain_themes_round12.csv` (five per label, 160 comments) was written in the
//! fourteenth round, before any change of that round, without opening the dev comments,
//! the seeds, the keyword rules or any earlier set's text (only round11's header, label
//! names and questions were read), in patients' own voices: varied length and register,
//! some misspelt, some long, some with a second minor theme kept out of the wording. It
//! is checked unlike the seeds and every earlier set, round11 included
//! ([`round12_is_unlike_the_seeds_and_the_earlier_sets`]). It was unseen in the
//! fourteenth round: not scored when committed; scored by the lead as totals only,
//! before and after that round's changes, 133 / 160 both times (guarded by
//! [`round12_plain_comments_get_their_theme`]), so from the fifteenth round it is SEEN
//! (its failures were not read).
//!
//! `plain_themes_round13.csv` (five per label, 160 comments) was written in the
//! fifteenth round, before any change of that round, without opening the dev comments,
//! the seeds, the keyword rules or any earlier set's text (only round12's header, label
//! names and questions were read), in patients' own voices: varied length and register,
//! some misspelt, some long, some with a second minor theme kept out of the wording. It
//! is checked unlike the seeds and every earlier set, round12 included
//! ([`round13_is_unlike_the_seeds_and_the_earlier_sets`]; what it flagged was reworded
//! without reading the other side). It is UNSEEN in the fifteenth round: not scored when
//! committed; the lead scores it as totals only, before and after that round's changes.
//!
//! `plain_themes_round14.csv` (five per label, 160 comments) was written in the
//! seventeenth round, before any change of that round, without opening the dev comments,
//! the seeds, the keyword rules or any earlier set's text (only round13's header, label
//! names and questions, and the label names and major categories in the taxonomy, were
//! read), in patients' own voices: varied length and register, some misspelt, some in
//! texting style, some long with a second clause that adds no other theme, some naming
//! the theme only by implication, the three question types mixed. It is checked unlike
//! the seeds and every earlier set, round13 included
//! ([`round14_is_unlike_the_seeds_and_the_earlier_sets`]; what it flagged was reworded
//! without reading the other side). It is UNSEEN in the seventeenth round: not scored when
//! committed (its writer never ran the model on it); the lead scores it as totals only.
//!
//! `plain_themes_round15.csv` (five per label, 160 comments) was written in the eighteenth
//! round, before any change of that round, without opening the dev comments, the seeds,
//! the keyword rules or any earlier set's text (only round14's header, label and question
//! columns, and the label names and major categories in the taxonomy, were read), in
//! patients' own voices: varied length and register, some misspelt, some in texting
//! style or dialect, some naming the theme only by implication, the three question types
//! mixed. It is checked unlike the seeds and every earlier set, round14 included
//! ([`round15_is_unlike_the_seeds_and_the_earlier_sets`]; the 42 lines it flagged were
//! reworded without reading the other side). It is UNSEEN in the eighteenth round: not
//! scored when committed (its writer never ran the model on it); the lead scores it as
//! totals only.
//!
//! `plain_themes_round16.csv` (five per label, 160 comments) was written in the
//! nineteenth round, before any change of that round, without opening the dev comments,
//! the seeds, the keyword rules or any earlier set's text (only round15's header, label
//! and question columns, and the label names and major categories in the taxonomy, were
//! read; the taxonomy holds no longer definitions), in patients' own voices: varied
//! length and register, some misspelt, some with a number or a place, positive and
//! negative, the question column as round15's. It is checked unlike the seeds and every
//! earlier set, round15 included ([`round16_is_unlike_the_seeds_and_the_earlier_sets`];
//! the 33 lines it flagged were reworded without reading the other side). It is UNSEEN
//! in the nineteenth round: not scored when committed (its writer never ran the model on
//! it); the lead scores it as totals only. In the twentieth round it became SEEN: its
//! misses were read, with those of rounds 4-12 and 15, and counted by cause
//! (`examples/theme_diagnosis.rs`).
//!
//! `plain_themes_round17.csv` (five per label, 160 comments) was written in the
//! twentieth round, before any change of that round, without opening the dev comments,
//! the seeds, the keyword rules or any earlier set's text (only round16's header, label
//! and question columns, and the label names and major categories in the taxonomy, were
//! read; the taxonomy holds no longer definitions), in patients' own voices: varied
//! length and register, some misspelt, some with a number or a place, positive and
//! negative, the question column as round16's. It is checked unlike the seeds and every
//! earlier set, round16 included ([`round17_is_unlike_the_seeds_and_the_earlier_sets`];
//! the 51 lines it flagged were reworded without reading the other side). It is
//! UNSEEN in the twentieth round: not scored when committed (its writer never ran the
//! model on it); the lead scored it as totals only, once with the round's start and
//! once after its changes ([`round17_plain_comments_get_their_theme`]).
//!
//! `plain_themes_round18.csv` (five per label, 160 comments) was written in the
//! twenty-first round, before any change of that round, without opening the dev comments, the seeds, the keyword rules or
//! any earlier set's text (only round17's header, label and question columns, and the
//! label names and major categories in the taxonomy, were read; the taxonomy holds no
//! longer definitions), in patients' own voices: varied length and register (texting
//! style, older people's phrasing, run-on sentences, British spellings and slang), some
//! misspelt, some with a number or a place, positive and negative, the question column
//! as round17's. It is checked unlike the seeds and every earlier set, round17 included
//! ([`round18_is_unlike_the_seeds_and_the_earlier_sets`]; the 11 lines it flagged were
//! reworded without reading the other side, one of them twice). It is UNSEEN: not scored
//! when committed (its writer never ran the model on it); the lead scored it as totals
//! only, once with the round's start and once after its changes
//! ([`round18_plain_comments_get_their_theme`]).
//!
//! `plain_themes_round19.csv` (five per label, 160 comments) was written in the
//! twenty-second round, without opening the dev comments, the seeds, the keyword rules or
//! any earlier set's text (only round18's header, label and question columns, and the
//! label names and major categories in the taxonomy, were read; the taxonomy holds no
//! longer definitions), in patients' own voices: varied length and register (carers
//! writing for someone else, English as a second language, answers of a few words, long
//! rambling ones, regional dialect, sarcasm; mental-health, maternity, dental, community
//! and GP services), positive and negative, the question column as round18's. It is
//! checked unlike the seeds and every earlier set, round18 included
//! ([`round19_is_unlike_the_seeds_and_the_earlier_sets`]; the 8 lines it flagged were
//! reworded without reading the other side). It is UNSEEN: not scored when committed
//! (its writer never ran the model on it); the lead scored it as totals only, once with
//! the round's start and once at its end ([`round19_plain_comments_get_their_theme`]).

// Test code may unwrap: a failure here is a failed test, not a user's error.
#![allow(clippy::unwrap_used)]

use std::fs;

use assert_cmd::Command;
use serde_json::Value;

// Each guard below sits one comment (1 / 160) under the last measured share, so a
// retrain that moves a single comment does not fail CI while a real fall back does.

/// The share of the fifth-round set's comments that must get their theme (measured
/// blind before any change of that round: 129 / 160 = 0.806; with the model shipped at
/// its end: 142 / 160 = 0.887; with the sixth round's: 143 / 160; with the seventh
/// round's themes' dense block: 147 / 160 = 0.919; with the eighth round's concept
/// rules and seeds, after its misses were read: 149 / 160 = 0.931; with the ninth round's
/// model, the eighth round's copied keywords taken out: 150 / 160 = 0.938; the issue asks
/// 0.90).
const REQUIRED_ROUND5: f64 = 0.93;

#[test]
fn round5_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round5.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND5, "{share:.3}");
}

/// The share of the sixth-round set's comments that must get their theme (blind with the
/// fifth round's model: 74 / 160 = 0.463; with the model shipped at the end of the sixth
/// round: 73 / 160 = 0.456; with the seventh round's themes' dense block: 79 / 160 =
/// 0.494; with the eighth round's concept rules and seeds, after its misses were read:
/// 117 / 160 = 0.731, flattered by keywords copied from its misses; with those taken out
/// in the ninth round: 83 / 160 = 0.519; the issue asks 0.90). A guard against falling
/// back, not a target met.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 141 / 160, a tuning figure; guard 0.51 -> 0.875.
const REQUIRED_ROUND6: f64 = 0.875;

#[test]
fn round6_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round6.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND6, "{share:.3}");
}

/// The share of the seventh-round set's comments that must get their theme (with the
/// seventh round's models, scored by the lead: 105 and 101 / 160; held out in the
/// eighth round, totals only, and scored once after its concept rules and seeds:
/// 111 / 160 = 0.694; with the ninth round's model, its misses read: 110 / 160 = 0.688;
/// the issue asks 0.90). A guard against falling back.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 139 / 160, a tuning figure; guard 0.68 -> 0.86.
const REQUIRED_ROUND7: f64 = 0.86;

#[test]
fn round7_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round7.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND7, "{share:.3}");
}

/// The share of the eighth-round set's comments that must get their theme (blind, scored
/// by the lead as totals: 112 / 160 before the eighth round's changes, 120 / 160 = 0.750
/// after, with the model retrained on main; held out again in the ninth round, totals
/// only: 120 / 160 before, 121 / 160 = 0.756 after; the issue asks 0.90). A guard
/// against falling back.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 137 / 160, a tuning figure; guard 0.75 -> 0.85.
const REQUIRED_ROUND8: f64 = 0.85;

#[test]
fn round8_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round8.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND8, "{share:.3}");
}

/// The share of the ninth-round set's comments that must get their theme (blind, scored
/// by the lead as totals: 114 / 160 = 0.713 before the ninth round's changes, 118 / 160 =
/// 0.738 after, with the model retrained on main; 120 / 160 = 0.750 after the twelfth
/// round's informal non-answers; the issue asks 0.90). A guard against
/// falling back, one comment under the measured share.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 139 / 160, a tuning figure; guard 0.74 -> 0.86.
const REQUIRED_ROUND9: f64 = 0.86;

#[test]
fn round9_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round9.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND9, "{share:.3}");
}

/// The share of the tenth-round set's comments that must get their theme (blind, scored
/// by the lead as totals: 131 / 160 = 0.819 before the twelfth round's changes, 132 / 160
/// = 0.825 after, with the model retrained on main; the issue asks 0.90). A guard against
/// falling back, one comment under the measured share.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 143 / 160, a tuning figure; guard 0.81 -> 0.885.
const REQUIRED_ROUND10: f64 = 0.885;

#[test]
fn round10_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round10.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND10, "{share:.3}");
}

/// The share of the eleventh-round set's comments that must get their theme (blind,
/// scored by the lead as totals: 123 / 160 = 0.769 before the thirteenth round's changes
/// and 123 / 160 after, with the model retrained on main; tuned on since: 133 / 160 at
/// the twentieth round's start, 135 / 160 = 0.844 after its informal non-answers; the
/// issue asks 0.90). A guard against falling back, one comment under the measured share.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 139 / 160, a tuning figure; guard 0.835 -> 0.86.
const REQUIRED_ROUND11: f64 = 0.86;

#[test]
fn round11_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round11.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND11, "{share:.3}");
}

/// The share of the twelfth-round set's comments that must get their theme (blind,
/// scored by the lead as totals: 133 / 160 = 0.831 before the fourteenth round's changes
/// and 133 / 160 after, with the model retrained on main; tuned on since: 137 / 160 at
/// the twentieth round's start, 138 / 160 = 0.8625 after its informal non-answers; the
/// issue asks 0.90). A guard against falling back, one comment under the measured share.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 143 / 160, a tuning figure; guard 0.855 -> 0.885.
const REQUIRED_ROUND12: f64 = 0.885;

#[test]
fn round12_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round12.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND12, "{share:.3}");
}

/// The share of the fifteenth-round set's comments that must get their theme (blind,
/// held out as totals only: 134 / 160 before the seventeenth round's changes, 137 / 160
/// after; held out again in the eighteenth round and scored once after its runner-up
/// rule: 138 / 160 = 0.863; held out again in the nineteenth round, totals only: 141 / 160
/// = 0.881 after its wide runner-up rule and keywords; held out again in the twentieth
/// round, totals only: 141 / 160 before, 142 / 160 = 0.8875 after its informal
/// non-answers; the issue asks 0.90). A guard against falling back, one comment under
/// the measured share.
const REQUIRED_ROUND13: f64 = 0.88;

#[test]
fn round13_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round13.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND13, "{share:.3}");
}

/// The share of the seventeenth-round set's comments that must get their theme (blind,
/// scored by the lead as totals: 139 / 160 before the seventeenth round's changes, 143 /
/// 160 after; held out in the eighteenth round, totals only, and scored once after its
/// runner-up rule: 143 / 160 = 0.894; held out in the nineteenth round: 143 / 160 after
/// it; held out again in the twentieth, totals only: 143 / 160 before, 144 / 160 = 0.900
/// after its informal non-answers; the issue asks 0.90). A guard against falling back,
/// one comment under the measured share.
const REQUIRED_ROUND14: f64 = 0.89;

#[test]
fn round14_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round14.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND14, "{share:.3}");
}

/// The share of the eighteenth-round set's comments that must get their theme (blind,
/// never read, scored by the lead as totals: 134 / 160 with the model of the seventeenth
/// round's start, 139 after that round's changes, 141 / 160 = 0.881 after the eighteenth
/// round's runner-up rule; read and tuned on in the nineteenth round: 143 / 160 = 0.894
/// after it, a tuning figure; 147 / 160 = 0.919 after the twentieth round's informal
/// non-answers, tuned on; the issue asks 0.90). A guard against falling back, one
/// comment under the measured share.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 152 / 160, a tuning figure; guard 0.91 -> 0.94.
const REQUIRED_ROUND15: f64 = 0.94;

#[test]
fn round15_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round15.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND15, "{share:.3}");
}

/// The share of the nineteenth-round set's comments that must get their theme (blind,
/// never read, scored by the lead as totals only: 142 / 160 with the model of the
/// nineteenth round's start and 142 / 160 = 0.8875 after its changes; read and tuned on
/// in the twentieth round: 145 / 160 = 0.906 after its informal non-answers, a tuning
/// figure; the issue asks 0.90). A guard against falling back, one comment under the
/// measured share.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 153 / 160, a tuning figure; guard 0.9 -> 0.945.
const REQUIRED_ROUND16: f64 = 0.945;

#[test]
fn round16_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round16.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND16, "{share:.3}");
}

/// The share of the twentieth-round set's comments that must get their theme (blind,
/// never read, scored by the lead as totals only: 138 / 160 with the model and code of
/// the twentieth round's start, 139 / 160 = 0.869 after its changes; the issue asks
/// 0.90, not met). A guard against falling back, one comment under the measured share.
/// Twenty-first round (keywords and non-answers written after reading the tuned sets'
/// misses, this one included): 148 / 160, a tuning figure; guard 0.86 -> 0.915.
const REQUIRED_ROUND17: f64 = 0.915;

#[test]
fn round17_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round17.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND17, "{share:.3}");
}

/// The share of the twenty-first-round set's comments that must get their theme (blind,
/// never read, scored by the lead as totals only: 144 / 160 = 0.900 with the model and
/// code of the twenty-first round's start, and 144 / 160 again after its changes, at the
/// issue's 0.90). A guard against falling back, one comment under the measured share.
const REQUIRED_ROUND18: f64 = 0.89;

#[test]
fn round18_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round18.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND18, "{share:.3}");
}

/// The share of the twenty-second-round set's comments that must get their theme
/// (blind, never read, scored by the lead as totals only: 145 / 160 = 0.906 with the
/// model and code of the twenty-second round's start, and again at its end). A guard
/// against falling back, one comment under the measured share.
const REQUIRED_ROUND19: f64 = 0.90;

#[test]
fn round19_plain_comments_get_their_theme() {
    let share = share_with_their_theme("plain_themes_round19.csv", 32, 5);
    assert!(share >= REQUIRED_ROUND19, "{share:.3}");
}

/// A comment of a later set counts as unseen only if no seed example or earlier set's
/// comment is this alike (normalised, `2 · LCS / (len a + len b)` over characters).
const MAX_LIKENESS: f64 = 0.8;

#[test]
fn round6_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round6");
    assert!(likeness("the toilets were filthy", "the toilets were filthy") >= MAX_LIKENESS);
    assert!(likeness("the toilets were filthy", "easy to park outside") < MAX_LIKENESS);
}

#[test]
fn round7_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round7");
}

#[test]
fn round8_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round8");
}

#[test]
fn round9_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round9");
}

#[test]
fn round10_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round10");
}

#[test]
fn round11_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round11");
}

#[test]
fn round12_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round12");
}

#[test]
fn round13_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round13");
}

#[test]
fn round14_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round14");
}

#[test]
fn round15_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round15");
}

#[test]
fn round16_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round16");
}

#[test]
fn round17_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round17");
}

#[test]
fn round18_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round18");
}

#[test]
fn round19_is_unlike_the_seeds_and_the_earlier_sets() {
    assert_unlike_the_earlier_sets("round19");
}

/// The plain-theme sets in the order they were written: each is checked against the
/// seeds and every set before it.
const SETS_IN_WRITING_ORDER: &[&str] = &[
    "round4", "holdout", "round5", "round6", "round7", "round8", "round9", "round10", "round11",
    "round12", "round13", "round14", "round15", "round16", "round17", "round18", "round19",
];

/// Asserts that no comment of `set` is [`MAX_LIKENESS`] alike a seed example or a
/// comment of a set written before it ([`SETS_IN_WRITING_ORDER`]).
fn assert_unlike_the_earlier_sets(set: &str) {
    let at = SETS_IN_WRITING_ORDER.iter().position(|&s| s == set);
    let earlier = &SETS_IN_WRITING_ORDER[..at.expect("the set is in the writing order")];
    let too_alike = lines_alike_an_earlier_comment(set, earlier);
    assert!(too_alike.is_empty(), "lines {too_alike:?} of {set}");
}

/// The lines (1 is the header) of `tests/data/plain_themes_{set}.csv`, which must hold
/// 160 comments, whose comment is at least [`MAX_LIKENESS`] alike a seed example's or a
/// comment of one of the `earlier` sets.
fn lines_alike_an_earlier_comment(set: &str, earlier: &[&str]) -> Vec<usize> {
    let root = env!("CARGO_MANIFEST_DIR");
    let column = |file: &str, name: &str| -> Vec<String> {
        let mut reader = csv::Reader::from_path(format!("{root}/{file}")).unwrap();
        let at = reader.headers().unwrap().iter().position(|h| h == name);
        let at = at.expect("the column is in the file");
        reader
            .records()
            .map(|r| normalised(&r.unwrap()[at]))
            .collect()
    };
    let mut before = column("lexicons/qdc_v7_seed_examples.csv", "FFT answer");
    for other in earlier {
        before.extend(column(
            &format!("tests/data/plain_themes_{other}.csv"),
            "text",
        ));
    }
    let comments = column(&format!("tests/data/plain_themes_{set}.csv"), "text");
    assert_eq!(comments.len(), 160);
    comments
        .iter()
        .enumerate()
        .filter(|(_, a)| before.iter().any(|b| likeness(a, b) >= MAX_LIKENESS))
        .map(|(i, _)| i + 2)
        .collect()
}

/// Lower-case words of letters and digits, one space apart.
fn normalised(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `2 · LCS / (len a + len b)` over the bytes of two normalised comments (1 for two
/// empty ones).
fn likeness(a: &str, b: &str) -> f64 {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut previous = vec![0usize; b.len() + 1];
    let mut current = vec![0usize; b.len() + 1];
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            current[j + 1] = if x == y {
                previous[j] + 1
            } else {
                previous[j + 1].max(current[j])
            };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    2.0 * previous[b.len()] as f64 / (a.len() + b.len()) as f64
}

/// Runs the set `name` (with `labels` labels, at least `per_label` comments each) and
/// returns the share of comments whose intended theme is among those given.
fn share_with_their_theme(name: &str, labels: usize, per_label: usize) -> f64 {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut reader = csv::Reader::from_path(format!("{root}/tests/data/{name}")).unwrap();
    let rows: Vec<(String, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string(), r[2].to_string())
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("plain.csv");
    let mut writer = csv::Writer::from_path(&input).unwrap();
    writer
        .write_record(["Comment ID", "FFT question", "FFT answer"])
        .unwrap();
    for (i, (_, question, text)) in rows.iter().enumerate() {
        writer
            .write_record([format!("P{i}").as_str(), question, text])
            .unwrap();
    }
    writer.flush().unwrap();
    let out = dir.path().join("out");
    Command::cargo_bin("feedback-themes")
        .unwrap()
        .current_dir(root)
        .arg("run")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .arg("--quiet")
        .assert()
        .success();
    let tagged: Vec<Value> = fs::read_to_string(out.join("tagged.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(tagged.len(), rows.len());
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    rows.iter()
        .for_each(|(label, _, _)| *counts.entry(label.as_str()).or_insert(0) += 1);
    assert_eq!(counts.len(), labels, "every label of the set is checked");
    assert!(
        counts.values().all(|&n| n >= per_label),
        "at least {per_label} per label"
    );
    let found = rows
        .iter()
        .zip(&tagged)
        .filter(|((label, _, _), row)| {
            row["themes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["label"] == label.as_str())
        })
        .count();
    let share = found as f64 / rows.len() as f64;
    eprintln!(
        "{name}: comments with their theme: {found} / {} = {share:.3}",
        rows.len()
    );
    share
}
