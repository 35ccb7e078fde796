#!/usr/bin/env python3
"""Rebuilds the training name lists in this folder from two PyPI packages (MIT licence).

    pip download --no-deps -d /tmp/src faker==40.63.0 mimesis==22.2.0
    (unzip both wheels into /tmp/src/faker and /tmp/src/mimesis)
    python3 extract_names.py /tmp/src

Only Latin-script names are kept (comments are written in English); each output file
holds one name a line, deduplicated, in first-seen order of locales sorted by name.
faker_*.txt train the tagger; mimesis_*.txt are the held-out name source (only names
not already in a training list or in ../first_names.txt / ../surnames.txt are used).
"""
import importlib
import json
import os
import sys
import unicodedata


def latin(word):
    letters = [c for c in word if c.isalpha()]
    if not letters or len(word) < 2:
        return False
    return all("LATIN" in unicodedata.name(c, "") for c in letters) and all(
        c.isalpha() or c in "-' " for c in word
    )


def keep(seen, out, name):
    name = name.strip()
    if latin(name) and name.lower() not in seen:
        seen.add(name.lower())
        out.append(name)


def names_of(provider, attr):
    value = provider.__dict__.get(attr)
    if isinstance(value, dict):
        return list(value.keys())
    if isinstance(value, (list, tuple)):
        return list(value)
    return []


def faker_lists(root):
    sys.path.insert(0, os.path.join(root, "faker"))
    base = os.path.join(root, "faker", "faker", "providers", "person")
    firsts, lasts, seen_f, seen_l = [], [], set(), set()
    for locale in sorted(os.listdir(base)):
        if not os.path.isdir(os.path.join(base, locale)) or locale.startswith("_"):
            continue
        try:
            mod = importlib.import_module(f"faker.providers.person.{locale}")
        except Exception:
            continue
        p = mod.Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for n in names_of(p, attr):
                keep(seen_f, firsts, n)
        for attr in ("last_names", "last_names_male", "last_names_female"):
            for n in names_of(p, attr):
                keep(seen_l, lasts, n)
    return firsts, lasts


def mimesis_lists(root):
    base = os.path.join(root, "mimesis", "mimesis", "datasets")
    firsts, lasts, seen_f, seen_l = [], [], set(), set()
    for locale in sorted(os.listdir(base)):
        path = os.path.join(base, locale, "person.json")
        if not os.path.isfile(path):
            continue
        data = json.load(open(path, encoding="utf-8"))
        for key, out, seen in (("names", firsts, seen_f), ("surnames", lasts, seen_l)):
            value = data.get(key, {})
            groups = value.values() if isinstance(value, dict) else [value]
            for group in groups:
                for n in group:
                    keep(seen, out, n)
    return firsts, lasts


def write(name, items):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, name), "w", encoding="utf-8") as f:
        for item in items:
            f.write(item + "\n")


if __name__ == "__main__":
    root = sys.argv[1]
    ff, fl = faker_lists(root)
    mf, ml = mimesis_lists(root)
    write("faker_first_names.txt", ff)
    write("faker_surnames.txt", fl)
    write("mimesis_first_names.txt", mf)
    write("mimesis_surnames.txt", ml)
    print(len(ff), len(fl), len(mf), len(ml))
