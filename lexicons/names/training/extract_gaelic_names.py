#!/usr/bin/env python3
"""Writes round90_first_names.txt and round90_surnames.txt, the ninetieth round's
measuring names, from the Scottish Gaelic spelling dictionary of the Debian package
`hunspell-gd` 1:7.5.0-1 (LibreOffice's dictionaries 7.5.0; its Gaelic word list by Am
Faclair Beag, 2010-2012, under the GNU General Public License version 3 or later by the
package's copyright file; see gaelic_LICENSE.md).

    apt-get download hunspell-gd=1:7.5.0-1
    dpkg-deb -x hunspell-gd_1%3a7.5.0-1_all.deb /tmp/gd
    python3 extract_gaelic_names.py /tmp/gd/usr/share/hunspell/gd_GB.dic

The dictionary is a Hunspell word list in UTF-8 (its first line the count, then one
`STEM/FLAGS` a line), read as text with `hunspell_entries` of name_list_tools.py, never
loaded by a spell checker or run. Most of its words are written out in their lenited,
slenderised and plural forms, and its capitalised words are proper names of every kind:
the Gaelic forms of given names and of family names, places, islands, peoples,
languages, months, firms and words written with a capital. No flag says which words are
people. Read here, in the file's order:

- as surnames, every stem of the form Mac or Nic and a capital ("son of", "daughter of":
  MacLeòid, NicLeòid, MacGilleBhàin), the patronymic family names as Gaelic writes them,
  men's with Mac and women's with Nic, but the lenited and genitive forms (Mhic, Mhac)
  and the fragments `NOT_NAMES` holds; and the Gaelic forms of family names with no Mac
  found by reading (`GAELIC_SURNAMES`: Caimbeul, Camshron, Friseal, Stiùbhart ...);
- as given names, the Gaelic given names found by reading every capitalised word that is
  no lenited form (no B, C, D, F, G, M, P, S or T with an h after it), no Mac or Nic
  name, no slender or plural form of another word of the file and no word of a people, a
  language or a place (`GIVEN_NAMES`: their nominative forms only, Beathag, Curstag,
  Eachann, Raghnall, Somhairle, Tòmag, with the pet forms in -ag and -aidh the names
  take: Peigeag, Seonaidh).

Bare names, no person's record and no list of anyone. Each name written in plain letters
(the accents dropped), capitalised with the rest in small letters ("Macleoid"), three
letters or more, ASCII letters only, with a vowel, each once
(`write_kept_given_and_surnames`); titles and particles (`TITLES`), the spellings
comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) and `NOT_NAMES` left out. Measuring names only,
never trained on.
"""

import re
import sys
from pathlib import Path

from name_list_tools import hunspell_entries, write_kept_given_and_surnames

# A patronymic family name: Mac ("son of") or Nic ("daughter of") and a capital.
PATRONYMIC = re.compile(r"(Mac|Nic)[A-ZÀÈÌÒÙÁÉÍÓÚ]")

# Stems of that form that are no family name (in plain small letters): the bare
# "son/daughter of the servant" that opens many names, and the word for an echo.
NOT_NAMES = {"macgille", "macille", "nicgille", "nicille", "mactalla"}

# The Gaelic forms of family names with no Mac, found by reading (Buchanan, Campbell,
# Cameron, Fraser, Grant, Morrison, Paterson, Robertson, Chisholm, Stewart).
GAELIC_SURNAMES = {
    "Bochanan", "Caimbeul", "Camshron", "Friseal", "Grannd", "Moireasdan", "Moireastan",
    "Peatarsan", "Robasdan", "Robastan", "Ròbastan", "Siosal", "Stiùbhart", "Stiùbhard",
}

# The Gaelic given names found by reading, in their nominative forms (the slender,
# lenited and vocative forms of the file left out), with the pet forms the names take.
GIVEN_NAMES = set(
    """
Adhamhnan Aileas Ailig Aindreas Ainndreas Andaidh Angaidh Annag Anndaidh Anndra
Antonaidh Athall Barabal Baraball Beasag Beasaidh Beataidh Beathag Beathan Beileag
Beiteag Beitidh Bilidh Brianag Brìdeag Cairstìona Caitir Catrìonag Ceatag Ceataidh Ceit
Ceiteag Ceitidh Ciorsdan Ciorstag Ciorstaidh Ciorstan Comhghall Conchobhar Cormag
Crìsdean Crìstean Curstag Curstaidh Curstan Dàbhaidh Dàidh Deasaidh Deònaid Deòrsa
Diarmad Diarmud Diorbhail Doileag Doilidh Dolag Dolaidh Dollaidh Donaidh Dòmhnull
Dubhghlas Dùbhghlas Dùghall Dùghlas Eachann Eachunn Eafaidh Eairdsidh Eàirdsidh Eanraig
Eanrainn Eighrig Eilispidh Eimhir Eudard Eumann Eumunn Eòsaph Eògan Fearchar Ferdia
Fionnaghal Fionnghal Floireans Flòrag Flòraidh Frangag Frannsaidh Fransag Fransaidh
Freadaidh Freadaraig Gileabart Gillebrìde Giorsal Goraidh Gormlaith Greagoraidh
Griogair Griogar Griseal Heitidh Hùisdean Hùistean Iagan Iorcall Iòsaph Isbeal Ìomhar
Labhrainn Labhruinn Lachann Lachunn Lileas Lilidh Liùsaidh Lìosag Lìosaidh Lìsidh
Mairearaid Mairghead Mairiread Margharad Margharaid Marsag Marsaili Marsailidh Màileag
Màilidh Màireag Mèagaidh Murachag Murchag Murdina Mùrdag Nanag Nannag Nansaidh Neacal
Neachdan Neillidh Niocal Oighrig Osgar Padaidh Pàdruig Pàraig Pàruig Peadair Pèatras
Peigeag Peigidh Prainnseas Raghnaid Raghnall Raibeart Raonaid Raonall Raonull Raoghnall
Ridseard Riseard Robaidh Rodaidh Seasag Seasaidh Seathan Seoc Seocaidh Seonag Seonaidh
Setanta Seumaidh Seàrlaid Seàrlas Seàrloit Seòrdag Seòrsag Simeag Simidh Sìneag Siùna
Siùsag Siùsaidh Somhairle Steafan Steaphan Sùsaidh Tarmad Tarmod Teàrlag Teàrlaidh
Teasaidh Tomaidh Tòmag Tòmod Torcall Torcul Torcull Tormad Uilleag Uilleam Uilleamìna
Ùistean Èideard Èisteal Èitseal
""".split()
)


def names(dic: Path):
    """The given names and the surnames the rules keep, in the file's order."""
    given, surnames, seen = [], [], set()
    for stem, _flags in hunspell_entries(dic):
        seen.add(stem)
        if stem in GIVEN_NAMES:
            given.append(stem)
        elif PATRONYMIC.match(stem) or stem in GAELIC_SURNAMES:
            surnames.append(stem)
    missing = (GIVEN_NAMES | GAELIC_SURNAMES) - seen
    if missing:
        raise SystemExit(f"not in the dictionary: {sorted(missing)}")
    return given, surnames


def main(dic: str) -> None:
    given, surnames = names(Path(dic))
    write_kept_given_and_surnames("round90", given, surnames, NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
