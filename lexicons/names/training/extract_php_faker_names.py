#!/usr/bin/env python3
"""Writes php_faker_first_names.txt and php_faker_surnames.txt, the sixty-seventh
round's measuring names, from the Debian package `php-faker` 1.20.0+dfsg-1 (the PHP
library FakerPHP/Faker 1.20.0, a generator of fake data, Expat (MIT) licence for its
Person providers, its debian/copyright): the name lists of every locale's Person
provider under `Faker/Provider/`.

    apt-get download php-faker=1.20.0+dfsg-1
    dpkg-deb -x php-faker_1.20.0+dfsg-1_all.deb /tmp/php_faker
    python3 extract_php_faker_names.py /tmp/php_faker/usr/share/php/Faker/Provider

The providers are PHP source files, read as text with a regular expression for each
`static $name = [ ... ];` array of string literals; never run (no PHP is loaded). The
default `Person.php` and then each locale folder's `Person.php` are read in path order
(`ar_EG`, `ar_JO`, ..., `zh_TW`). In each file, the arrays whose name begins with
`firstName` (`firstNameMale`, `firstNameFemale`, `firstName`, the Malaysian locale's
`firstNameChinese`, `firstNameMaleIndian`, `firstNameFemaleChristian`...) are given
names, and those whose name begins with `lastName` or ends in `LastNames` (`lastName`,
`lastNameMale`, `lastNameFemale`, the Malaysian `lastNameChinese` and
`lastNameIndian`, the Dutch `dutchLastNames`, `commonForeignLastNames`...) surnames;
the arrays of formats (`firstNameFormat`, `lastNameFormat`), the Russian surname
endings (`lastNameSuffix`), the Hungarian married women's forms (`firstNameMaleNe`,
`lastNameFemaleMarried`: "Albertne", "wife of Albert", not a given name or a surname
of its own), middle names and patronymics, titles and prefixes are not read. The
Malaysian locale's three Malay arrays (`firstNameMaleMalay`, `firstNameFemaleMalay`,
`lastNameMalay`) are left out whole: their comment names two schools' published lists
of their pupils' names as a source, so they are names copied from a list of real
people, not a name list. The lists are the library's own: the longest survivors the
Icelandic given names of `is_IS`, the Montenegrin given names and surnames of
`me_ME` (from the Serbian Wikipedia's lists of given names and surnames, its comment
says), the Lithuanian given names of `lt_LT` (the Lithuanian Wikipedia's list of
given names), the Latvian given names and surnames of `lv_LV`, the Czech surnames of
`cs_CZ` (men's and women's forms), and the Finnish, Norwegian, Nepali, Ugandan,
Malaysian Chinese and Indian, Turkish and Slovak lists. Each entry is written in plain
letters (marks dropped, so "Vuković" is written Vukovic; d with stroke as dj, as
Serbian and Montenegrin names are written without marks, but as d in the Vietnamese
names; o with stroke as o, ae and eth and thorn as ae, d and th, as the Icelandic and
Norwegian names are written in English), capitalised with the rest in small letters, three
letters or more, ASCII letters only (a name of several words, such as "van den Henst",
or with a hyphen or an apostrophe, and the names in the Arabic, Armenian, Bengali,
Chinese, Cyrillic, Georgian, Greek, Hebrew, Japanese, Korean, Persian and Thai scripts,
are left out), with a vowel (y counts), each once; titles and particles (`TITLES` of
name_list_tools.py), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from that file) and
`NOT_NAMES` (entries found by reading the short ones that are words more than names)
left out. Measuring names only, never trained on.
"""

import re
import sys
import unicodedata
from pathlib import Path

from name_list_tools import without_marks, write_kept_given_and_surnames

# Entries that read as words or abbreviations more than as names (found by reading the
# short entries that pass the other rules): "Fuk", a Malaysian Chinese given-name
# syllable that reads as a rude spelling, "Aol", a Ugandan surname that reads as a
# brand, and "Puce", a Latvian surname that is an English colour word.
NOT_NAMES = {"fuk", "aol", "puce"}

# Letters that carry no mark to drop but are written with two plain letters in English.
PLAIN_LETTERS = str.maketrans(
    {
        "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ð": "d",
        "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "ł": "l", "Ł": "L", "ı": "i",
    }
)

# Vietnamese writes its d with a stroke plain as d ("Đức" as Duc), not as the Serbian
# and Croatian dj.
VIETNAMESE_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})

# The arrays of a Person provider that are not read (see the module's comment).
SKIPPED = {
    "firstNameFormat", "lastNameFormat", "lastNameSuffix", "firstNameMaleNe",
    "lastNameFemaleMarried", "firstNameMaleMalay", "firstNameFemaleMalay",
    "lastNameMalay",
}

ARRAY = re.compile(r"static \$(\w+)\s*=\s*(?:\[|array\()(.*?)(?:\]|\));", re.S)
STRING = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


def is_given(array: str) -> bool:
    return array.startswith("firstName") and array not in SKIPPED


def is_surname(array: str) -> bool:
    return (array.startswith("lastName") or array.endswith("LastNames")) and (
        array not in SKIPPED
    )


def name_lists(providers: Path):
    """Every Person provider's given-name and surname entries, the default provider's
    first, then the locales' in path order."""
    given, surnames = [], []
    files = [providers / "Person.php"] + sorted(providers.glob("*/Person.php"))
    for path in files:
        text = path.read_text(encoding="utf8")
        if path.parent.name == "vi_VN":
            text = unicodedata.normalize("NFC", text).translate(VIETNAMESE_LETTERS)
        for match in ARRAY.finditer(text):
            array, body = match.groups()
            words = [a or b for a, b in STRING.findall(body)]
            if is_given(array):
                given.extend(words)
            elif is_surname(array):
                surnames.extend(words)
    return given, surnames


def php_plain(entry: str) -> str:
    """The entry in plain letters: the letters of PLAIN_LETTERS first, then no marks."""
    return without_marks(unicodedata.normalize("NFC", entry.strip()).translate(PLAIN_LETTERS))


def main(providers: str) -> None:
    given, surnames = name_lists(Path(providers))
    write_kept_given_and_surnames("php_faker", given, surnames, NOT_NAMES, php_plain)


if __name__ == "__main__":
    main(sys.argv[1])
