#!/usr/bin/env python3
"""Writes ffaker_first_names.txt and ffaker_surnames.txt, from the Debian package
`ruby-ffaker` 2.20.0-1 (the Ruby gem `ffaker` 2.20.0, a generator of dummy data,
Expat (MIT) licence, its debian/copyright): the name lists of every name module's data
folder under the gem's `lib/ffaker/data/`. Half of the sixty-ninth round's measuring
names: round69_first_names.txt and round69_surnames.txt (written by
extract_name_creator_names.py) put these lists first.

    apt-get download ruby-ffaker=2.20.0-1
    dpkg-deb -x ruby-ffaker_2.20.0-1_all.deb /tmp/ffaker
    python3 extract_ffaker_names.py \\
        /tmp/ffaker/usr/share/rubygems-integration/all/gems/ffaker-2.20.0/lib/ffaker/data

Each name module (`FFaker::NameGA`, `FFaker::NameSN`, ...) reads its lists from plain
text files, one name a line, in a folder of its own (`name`, `name_ar`, `name_br`, ...,
`name_vn`); the files are read as text, never run (the gem is never loaded either).
The folders are read in path order, and in each folder the files in path order: those
whose file name holds `first_names` (`first_names`, `first_names_female`,
`female_first_names`, ...) are given names, those whose file name holds `last_names`
or `surnames` (`last_names`, `female_last_names`, the Philippine
`autochthonous_surnames` and `spanish_surnames`) surnames; middle names (the Russian
and Ukrainian patronymics), nicknames, prefixes and pronouns are not read. The Danish
folder (`name_da`) is left out whole: its only entries no other list of this project
holds are surnames whose letters æ, ø and å the file lost ("Bisgrd" beside
"Bisgaard", "Mller", "Srensen"), no name anyone bears. The lists no earlier round
read are above all the Gambian given names of `name_ga` (from a list of common Gambian
given names, its module's comment says; the folder is Gambian, not Irish), the
Senegalese given names and surnames of `name_sn` (Wolof, Serer, Fula and Jola names,
from a Senegalese site's page of names and given names, its comment says), the
Indonesian given names and surnames of `name_id`, and the Philippine native surnames
of `name_ph` (its module's comment names Wikipedia's article on Philippine names);
bare names, no person's record. Each entry is written in plain letters (marks dropped,
so "Bassène" is written Bassene), capitalised with the rest in small letters, three
letters or more, ASCII letters only (a name of several words, such as "de la Cruz",
or with a hyphen or an apostrophe, and the names in the Arabic, Chinese, Japanese,
Khmer, Korean, Thai and Cyrillic scripts, are left out), with a vowel (y counts), each
once; an entry with a capital inside it, two names run together or a name whose
apostrophe was lost ("AllimatouAmie", "NBene", "ElHadj"), is left out too; titles and
particles (`TITLES` of name_list_tools.py), the spellings comments use for words in
texting style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from
that file) and `NOT_NAMES` (entries found by reading the ones no other list holds that
are mangled, or words more than names) left out. Measuring names only, never trained
on.
"""

import re
import sys
from pathlib import Path

from name_list_tools import write_kept_given_and_surnames

# The folder left out whole (see above).
LEFT_OUT_FOLDERS = {"name_da"}

# Entries found by reading the survivors: "Xzbdulia", a slip on the default list of
# women's given names (between "Nyla" and "Ocie", where no X belongs); 27 of the
# Philippine native surnames, written with a stray g after them ("Magsaysayg",
# "Matapangg", "Malakig", "Maputig" for the Tagalog words and surnames Magsaysay,
# Matapang, Malaki, Maputi), most of them in one run of the file; and "Cyanophyta", the
# blue-green algae, on the Indonesian surnames.
NOT_NAMES = {
    "xzbdulia", "cyanophyta",
    "galitg", "gubatg", "kulubotg", "labongg", "magalingg", "magbantayg", "magdiwangg",
    "magpantayg", "magpulongg", "magsaysayg", "mahiyag", "manyakesg", "matapangg",
    "makisigg", "malakig", "maputig", "maitimg", "maliitg", "masipagg", "matiyagag",
    "loshangg", "pinagbuklodg", "pinagpalag", "reotutarg", "sipsipg", "talongg",
    "tumulakg",
}

# A capital after the first letter: two names run together or a lost apostrophe.
INNER_CAPITAL = re.compile(r"^.+[A-Z]")


def is_given_file(name: str) -> bool:
    return "first_names" in name


def is_surname_file(name: str) -> bool:
    return "last_names" in name or "surnames" in name


def entries(path: Path):
    """The file's entries, one a line, without an entry with a capital inside it."""
    lines = path.read_text(encoding="utf8").splitlines()
    return [line.strip() for line in lines if not INNER_CAPITAL.match(line.strip())]


def name_lists(data: Path):
    """Every name folder's given-name and surname entries, in path order."""
    given, surnames = [], []
    for folder in sorted(data.glob("name*")):
        if not folder.is_dir() or folder.name in LEFT_OUT_FOLDERS:
            continue
        for path in sorted(folder.iterdir()):
            if is_given_file(path.name):
                given += entries(path)
            elif is_surname_file(path.name):
                surnames += entries(path)
    return given, surnames


def main(data: str) -> None:
    given, surnames = name_lists(Path(data))
    write_kept_given_and_surnames("ffaker", given, surnames, NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
