#!/usr/bin/env python3
"""Writes mn_dictionary_first_names.txt, the seventieth round's measuring given names,
from the Debian package `hunspell-mn` 1:7.5.0-1 (the Mongolian spelling dictionary of
LibreOffice's dictionaries 7.5.0, by Batmunkh Dorjgotov; the LaTeX Project Public
License 1.3 or later by the package's debian/copyright; see mn_dictionary_LICENSE.md).

    apt-get download hunspell-mn=1:7.5.0-1
    dpkg-deb -x hunspell-mn_1%3a7.5.0-1_all.deb /tmp/hunspell-mn
    python3 extract_mn_dictionary_names.py /tmp/hunspell-mn/usr/share/hunspell/mn_MN.dic

The dictionary is a Hunspell word list in UTF-8 and Cyrillic letters (its first line
the count, then one stem a line, `STEM/FLAGS`), read as text, never loaded by a spell
checker or run. Its capitalised stems are proper names of every kind, Mongolian and
foreign people, places, rivers and mountains, and its affix classes are those of the
vowel harmony, which names and places share; no class says which stems are people.
Mongolian given names are made of a few dozen words of good omen put together, and
end in one of them (-baatar hero, -bat firm, -bayar joy, -maa and -tsetseg for girls,
-dorj and -jav from the Tibetan, -suren, -khuu, -tuyaa, -zul, -erdene ...). Read here:
the capitalised stems, not all in capitals and with no hyphen, that end in one of the
name words of `NAME_ENDINGS`, the file in order, as given names. Mongolian has no
family names in use (a person goes by a given name after the father's), so none is read.
Each stem written in Latin letters as a Mongolian passport writes the name (the
national standard MNS 5217: kh for x, ts, ch, sh, j for zh, u for both o with bar and
straight u, the y of e and yo, ya, yu: "Бат-Эрдэнэ" would be written Bat-Erdene,
"Оюунцэцэг" is Oyuuntsetseg), capitalised with the rest in small letters, three letters
or more, ASCII letters only, with a vowel, each once; titles and particles (`TITLES` of
name_list_tools.py), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from that file) and
`NOT_NAMES` (stems found by reading every survivor that are a place, a mountain, a clan,
a foreign name or a bare name word, not a given name) left out. Measuring names only,
never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import hunspell_entries, write_kept_list

# The Cyrillic letters in Latin letters, as MNS 5217 writes them on a passport.
LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "ye", "ё": "yo", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "ө": "u", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "i", "ы": "y", "ь": "i",
    "э": "e", "ю": "yu", "я": "ya",
}

# The name words a Mongolian given name ends in (see above), in Cyrillic letters.
NAME_ENDINGS = (
    "баатар", "бат", "баяр", "маа", "цэцэг", "тулга", "болд", "жаргал", "эрдэнэ",
    "дорж", "сүрэн", "хүү", "зул", "даваа", "түвшин", "очир", "ганаа", "нямаа", "туяа",
    "гэрэл", "мөнх", "дэлгэр", "хишиг", "хуяг", "энх", "бямба", "пүрэв", "лхагва",
    "төмөр", "тогтох", "бадрах", "мандах", "заяа", "хүслэн", "номин", "уянга", "оюун",
    "сувд", "дулам", "долгор", "хорол", "ханд", "санж", "жав", "цогт", "зориг", "билэг",
    "сүх", "цэрэн", "дагва", "лхам", "ням", "дэмбэрэл", "гомбо", "жамц", "пэлжээ", "пил",
    "сайхан", "нямбуу", "чимэг", "туул", "наран", "сарнай", "тунгалаг", "хулан",
    "золбоо", "гэгээ", "мэнд", "амар", "бал", "содном", "лувсан", "хорлоо", "бүрэн",
    "оргил", "уртнасан",
)

# Survivors that are no given name, found by reading every one: places (the capital,
# districts and sums, a monastery, a street of Moscow), mountains, a river's country,
# a clan, foreign places and people written in Cyrillic (Rabat, Miramar, Paramaribo's
# short form, Hannibal, Thermopylae), and a bare name word.
NOT_NAMES = {
    "ulaanbaatar", "arbat", "nangaparbat", "fyermopil", "khannibal", "baruunburen",
    "zuunburen", "zaamar", "shaamar", "umnudelger", "erdeneburen", "gurvansaikhan",
    "orkhontuul", "khamar", "sartuul", "tsagaandelger", "jav", "rabat", "miramar",
    "paramar",
}


def latin(entry: str) -> str:
    """The stem in Latin letters (MNS 5217), a letter of no Cyrillic kept as it is."""
    return "".join(LATIN.get(c, c) for c in entry.strip().lower())


def given_names(dic: Path):
    """The capitalised stems ending in a name word, in the file's order."""
    return [
        stem
        for stem, _ in hunspell_entries(dic)
        if stem[:1].isupper()
        and not stem.isupper()
        and "-" not in stem
        and stem.lower().endswith(NAME_ENDINGS)
    ]


def main(dic: str) -> None:
    write_kept_list("mn_dictionary_first_names.txt", given_names(Path(dic)), NOT_NAMES, latin)


if __name__ == "__main__":
    main(sys.argv[1])
