#!/usr/bin/env python3
"""Writes round99_first_names.txt and round99_surnames.txt, the ninety-ninth round's
measuring names, from the Bulgarian spelling dictionary Debian ships in `hunspell-bg`
1:7.5.0-1 (LibreOffice's dictionaries 7.5.0, source package `libreoffice-dictionaries`:
the Bulgarian dictionary of Anton Zinoviev, Borislav Mitev and Radostin Radnev, 2001; the
GNU General Public License version 2); see bulgarian_LICENSE.md.

    apt-get download hunspell-bg=1:7.5.0-1
    dpkg-deb -x hunspell-bg_1%3a7.5.0-1_all.deb /tmp/bg
    python3 extract_bulgarian_names.py /tmp/bg/usr/share/hunspell/bg_BG.dic

The word list is read as text (its first line the count, then one word a line, in UTF-8;
this list carries no affix flags: every form is written out), never loaded by a spell
checker or run. It files people's names, places and other proper nouns alike, so only
words whose form tells a person are read. As surnames, every capitalised word in a
Bulgarian family name's ending whose other gender's form the list holds too (`PAIRS`:
the men's -ов, -ев, -ски, -ин and -цки with the women's -ова, -ева, -ска, -ина and
-цка: Абаджиев and Абаджиева, Арабаджийски and Арабаджийска), both forms read: a place
has one form, a family name two. As given names, every other capitalised word that is
(a) the name a family name in -ов or -ев of the list was made from (Пейчо and Пейчев,
Цвятко and Цвятков: the word, or the word less a last -о, -а, -е, -й or -я, with -ов or
-ев), (b) one of a man's and a woman's name the list holds both of (Велян and Веляна,
Чудомир and Чудомира: the word with and without a last -а), or (c) in an ending only
Bulgarian given names take (`GIVEN_ENDINGS`: -мир and -мира, -слав and -слава, -люб and
-люба, -чо: Страшимир, Любослава, Цветолюб, Райчо); minus the places and other words
found by reading (`NOT_NAMES`: Банкя, Калофер, Венеция, Ватикан and others). Each in
Latin letters as a Bulgarian passport writes a name (`BULGARIAN_LATIN`: the Streamlined
System of the Transliteration Act of 2009, ж zh, й y, х h, ц ts, ч ch, ш sh, щ sht, ъ a,
ь y, ю yu, я ya, and -ия at a word's end written -ia: Hristomir, Tsvyatko, Shtiliyan,
Dragia). Every name capitalised with the rest in small letters, three letters or more,
ASCII letters only, with a vowel, each once, in the file's order
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles
(`TITLES`), the spellings comments use for words in texting style (`TEXTING_SPELLINGS`
of src/redact/person/interjections.rs) and `NOT_NAMES` left out. Bare names, no person's
record and no list of anyone. Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import write_kept_given_and_surnames

# The Bulgarian letters in Latin ones, as a Bulgarian passport writes a name (the
# Streamlined System of the Transliteration Act of 2009).
BULGARIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}
# A family name's men's and women's endings: a capitalised word in one whose other
# gender's form the list holds too is a family name.
PAIRS = (("ов", "ова"), ("ев", "ева"), ("ски", "ска"), ("ин", "ина"), ("цки", "цка"))
# The endings only Bulgarian given names take, men's and women's.
GIVEN_ENDINGS = ("мир", "мира", "слав", "слава", "люб", "люба", "чо")
# The last letters a given name drops before -ов or -ев makes a family name of it.
GIVEN_FINALS = "оаейя"
# Words the rules above keep that are no person's given name, found by reading: towns,
# villages and rivers of Bulgaria, places abroad and their other forms.
NOT_NAMES = {
    "Банкя", "Босфор", "Босфора", "Ватикан", "Ватикана", "Венеция", "Джерман", "Калофер",
    "Люблян", "Любляна", "Ориента",
}


def bulgarian_in_latin(word: str) -> str:
    """The Bulgarian word in Latin letters, capitalised with the rest in small letters
    (letters the table lacks are kept, so the word is dropped later as not ASCII)."""
    low = word.lower()
    end = ""
    if low.endswith("ия"):
        low, end = low[:-2], "ia"
    return ("".join(BULGARIAN_LATIN.get(c, c) for c in low) + end).capitalize()


def capitalised_words(dic: Path):
    """The list's capitalised words (one capital, then small letters), in its order."""
    lines = dic.read_text(encoding="utf8").lstrip("\ufeff").splitlines()[1:]
    words = (line.partition("/")[0].strip() for line in lines)
    return [w for w in words if w.isalpha() and w[:1].isupper() and w[1:].islower()]


def surnames_of(words, held: set):
    """The words in a family name's ending whose other gender's form `held` holds."""
    out = []
    for w in words:
        for men, women in PAIRS:
            if (w.endswith(men) and w[: -len(men)] + women in held) or (
                w.endswith(women) and w[: -len(women)] + men in held
            ):
                out.append(w)
                break
    return out


def given_names_of(words, held: set, surnames: set):
    """The other words that are a given name by rule (a), (b) or (c) of the header."""
    out = []
    for w in words:
        if w in surnames or w in NOT_NAMES:
            continue
        stems = {w, w[:-1]} if w[-1] in GIVEN_FINALS else {w}
        made_a_surname = any(s + e in surnames for s in stems for e in ("ов", "ев"))
        paired = w + "а" in held or (w.endswith("а") and w[:-1] in held)
        if made_a_surname or paired or w.endswith(GIVEN_ENDINGS):
            out.append(w)
    return out


def main(dic: str) -> None:
    words = capitalised_words(Path(dic))
    held = set(words)
    surnames = surnames_of(words, held)
    given = given_names_of(words, held, set(surnames))
    write_kept_given_and_surnames("round99", given, surnames, set(), bulgarian_in_latin)


if __name__ == "__main__":
    main(sys.argv[1])
