#!/usr/bin/env python3
"""Writes japanese_first_names.txt and japanese_surnames.txt (fourteenth-round measuring
names) from the PyPI package `japanese-personal-name-dataset` 0.4.0 (MIT).

    pip download --no-deps japanese-personal-name-dataset==0.4.0 -d /tmp/jp
    cd /tmp/jp && unzip -q japanese_personal_name_dataset-0.4.0-py3-none-any.whl
    python3 extract_japanese_names.py /tmp/jp/japanese_personal_name_dataset/dataset

Given names: the romaji column of `first_name_man_opti.csv` and
`first_name_woman_opti.csv` (the package's common readings); surnames: the romaji column
of `last_name_org.csv`, its 500 commonest (the file holds 2,000, most common first; the
rarer ones would outnumber the hand-written list's surnames tenfold). The package writes long
vowels as "ou" / "uu" (satou, yuuki); people in the UK write them without the extra
vowel (Sato, Yuki), so "ou" -> "o" and "uu" -> "u". Each name is capitalised, three
letters or more, ASCII letters only, first occurrence kept.
"""

import csv
import sys
from pathlib import Path


def normalise(romaji: str) -> str:
    word = romaji.strip().lower().replace("ou", "o").replace("uu", "u")
    return word[:1].upper() + word[1:]


def keep(word: str) -> bool:
    return len(word) >= 3 and word.isascii() and word.isalpha()


def unique(words):
    seen, out = set(), []
    for w in words:
        if keep(w) and w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out


def main(folder: str) -> None:
    root = Path(folder)
    first = []
    for name in ("first_name_man_opti.csv", "first_name_woman_opti.csv"):
        with open(root / name, encoding="utf-8") as f:
            first += [normalise(row[1]) for row in csv.reader(f) if len(row) > 1]
    with open(root / "last_name_org.csv", encoding="utf-8") as f:
        last = [normalise(row[3]) for row in csv.reader(f) if len(row) > 3]
    here = Path(__file__).parent
    (here / "japanese_first_names.txt").write_text("\n".join(unique(first)) + "\n")
    (here / "japanese_surnames.txt").write_text("\n".join(unique(last[:500])) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
