#!/usr/bin/env python3
"""Writes ruby_faker_first_names.txt and ruby_faker_surnames.txt, the sixty-sixth
round's measuring names, from the Debian package `ruby-faker` 2.21.0-1 (the Ruby gem
`faker` 2.21.0, a generator of fake data, Expat (MIT) licence, its
debian/copyright): the name lists of every locale file under the gem's `lib/locales/`.

    apt-get download ruby-faker=2.21.0-1
    dpkg-deb -x ruby-faker_2.21.0-1_all.deb /tmp/ruby_faker
    python3 extract_ruby_faker_names.py \\
        /tmp/ruby_faker/usr/share/rubygems-integration/all/gems/faker-2.21.0/lib/locales

The locale files are YAML, read as data with `yaml.safe_load`, never run (the gem is
never loaded either). Each file is read in path order (`ar.yml`, `bg.yml`,
`ca-CAT.yml`, ..., `nl.yml`, ..., `zh-TW.yml`, the files of the `en`, `fr` and `ja`
folders in their place among them); two files of the `en` folder, `australia.yml` and
`science.yml`, are not valid YAML (a tab where YAML wants spaces) and hold no name
list, so a file that does not parse is skipped. In each file, the lists under
`faker: name:` whose key ends in `first_name` or `english_name` (`first_name`,
`male_first_name`, `female_first_name`, `neutral_first_name`, the Malaysian locale's
`malay_male_first_name` and `chinese_female_first_name`, the Singapore locale's
`male_english_name`, the Australian `ocker_first_name`) are given names, and those
whose key ends in `last_name` or is `surname` (`last_name`, `male_last_name`,
`female_last_name`, the Slovak `man_last_name` and `woman_last_name`, the New Zealand
and Maori `surname`) surnames; the middle names (the Russian, Ukrainian and Bulgarian
patronymics, in Cyrillic) and the entries that are templates (`#{first_name}`) are not
names. The lists are the gem's own: by far the longest the Dutch locale's (`nl.yml`),
whose comment names the Dutch gem dutchfaker as the source of its given names and a
public list of the family names of the Netherlands, `family-names-in-the-netherlands`,
as that of its family names (bare names, no person's record); then the Thai names in
Latin letters of `en-TH.yml`, the Ugandan family names of `en-UG.yml`, the Slovak
surnames of `sk.yml`, the South African, Catalan, Indonesian, Estonian, German and
Austrian lists and the rest. Each entry is written in plain letters (marks dropped, so
"Wösten" is written Wosten), capitalised with the rest in small letters, three letters
or more, ASCII letters only (a name of several words, such as "Wichers Schreur", or
with a hyphen or an apostrophe, and the names in the Arabic, Armenian, Chinese,
Cyrillic, Hebrew, Japanese, Korean, Persian and Thai scripts, are left out), with a
vowel (y counts), each once; titles and particles (`TITLES` of
name_list_tools.py), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from that file) and
`NOT_NAMES` (entries found by reading the short ones that are words more than names)
left out. Measuring names only, never trained on.
"""

import sys
from pathlib import Path

import yaml

from name_list_tools import write_kept_given_and_surnames

# Entries that read as words or abbreviations more than as names (found by reading the
# short entries that pass the other rules): "Ymca", an abbreviation, and "Mexx", a
# clothing brand, both on the Dutch locale's given-name list.
NOT_NAMES = {"ymca", "mexx"}


def is_given_key(key: str) -> bool:
    return key.endswith("first_name") or key.endswith("english_name")


def is_surname_key(key: str) -> bool:
    return key.endswith("last_name") or key == "surname"


def name_lists(locales: Path):
    """Every locale file's given-name and surname entries, in path order."""
    given, surnames = [], []
    for path in sorted(locales.rglob("*.yml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf8"))
        except yaml.YAMLError:
            continue
        for locale in (data or {}).values():
            if not isinstance(locale, dict):
                continue
            name = (locale.get("faker") or {}).get("name")
            if not isinstance(name, dict):
                continue
            for key, entries in name.items():
                if not isinstance(entries, list):
                    continue
                words = [e for e in entries if isinstance(e, str)]
                if is_given_key(key):
                    given.extend(words)
                elif is_surname_key(key):
                    surnames.extend(words)
    return given, surnames


def main(locales: str) -> None:
    given, surnames = name_lists(Path(locales))
    write_kept_given_and_surnames("ruby_faker", given, surnames, NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
