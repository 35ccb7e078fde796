#!/usr/bin/env python3
"""Compares two `run` output folders row by row, leaving clusters out.

Usage: scripts/compare_runs.py OLD_DIR NEW_DIR

Checks that tagged.jsonl and tagged.csv are byte-identical once the cluster fields
(`cluster` in JSON; `cluster_id`, `cluster_label` in CSV) are dropped, and that
summary.json and quarantine.csv are byte-identical. Exits 1 on any difference.
"""
import csv
import hashlib
import json
import sys


def jsonl_rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            row.pop("cluster", None)
            yield json.dumps(row, ensure_ascii=False, sort_keys=False)


def csv_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        drop = {header.index("cluster_id"), header.index("cluster_label")}
        for row in reader:
            yield "\x1f".join(v for i, v in enumerate(row) if i not in drop)


def digest(rows):
    h = hashlib.sha256()
    n = 0
    for r in rows:
        h.update(r.encode("utf-8"))
        h.update(b"\n")
        n += 1
    return n, h.hexdigest()


def main(old, new):
    ok = True
    for name, reader in (("tagged.jsonl", jsonl_rows), ("tagged.csv", csv_rows)):
        a, b = digest(reader(f"{old}/{name}")), digest(reader(f"{new}/{name}"))
        same = a == b
        ok &= same
        print(f"{name} without clusters: {a[0]} vs {b[0]} rows, {'identical' if same else 'DIFFERENT'}")
    for name in ("summary.json", "quarantine.csv"):
        same = open(f"{old}/{name}", "rb").read() == open(f"{new}/{name}", "rb").read()
        ok &= same
        print(f"{name}: {'identical' if same else 'DIFFERENT'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
