#!/usr/bin/env python3
"""Where the sentiment model errs (issue 14, point 4, twelfth round): counts only.

The tool never runs this script. On the tool's own sentiment rows (written by
`cargo run --release --example sentiment_rows -- GOLD.csv SEEDS.csv ROWS_DIR`; each fold's
feature space fitted on the other folds plus the seeds, as `eval themes --cv 5`), the
shipped recipe (scikit-learn multinomial logistic regression, C = 4, as
sentiment_prototypes.py's `base`) is fitted per fold and its errors on the scored folds
(1-3 unless --folds says otherwise) are broken down: the confusion matrix, and accuracy
and error share by question type, by whether the comment has a contrast word (but,
however, although, ...), a negator (not, never, no, n't, ...), by length in words and by
FFT rating. Prints counts and rates only, never comment text.

Usage (`pip install numpy scipy scikit-learn`):
  scripts/sentiment_error_analysis.py --rows ROWS_DIR --gold qdc_v6_dev.csv [--folds 1,2,3]
"""

import argparse
import csv
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sentiment_prototypes as proto  # noqa: E402

CLASSES = ["positive", "neutral", "negative"]


def breakdown(title, groups, t, p):
    print(f"\n{title}")
    errors = (t != p).sum()
    for name, mask in groups:
        n = int(mask.sum())
        if n == 0:
            continue
        wrong = int(((t != p) & mask).sum())
        neutral = int((mask & (t == 1)).sum())
        print(f"  {name:28s} rows {n:5d}  accuracy {1 - wrong / n:.4f}  errors {wrong:4d} "
              f"({wrong / errors:.0%} of all)  gold neutral {neutral / n:.0%}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--folds", default="1,2,3")
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8-sig", newline="") as fh:
        text = [r["FFT answer"] for r in csv.DictReader(fh)]
    t, p, q, r, words = [], [], [], [], []
    for f in [int(v) for v in args.folds.split(",")]:
        d = proto.read_fold(args.rows, f - 1)
        tr, te = proto.split(d)
        t.append(d["y"][te])
        p.append(proto.fit_predict(d["x"], d["y"], tr, te))
        q.append(d["question"][te])
        r.append(d["rating"][te])
        words += [proto.words_of(text[i]) for i in d["gold_row"][te]]
    t, p, q, r = (np.concatenate(v) for v in (t, p, q, r))
    print(f"folds {args.folds}: {len(t)} rows, accuracy {(t == p).mean():.4f}, errors {(t != p).sum()}")
    print("confusion (rows gold, columns predicted):", "  ".join(CLASSES))
    for a in range(3):
        print(f"  {CLASSES[a]:9s}", " ".join(f"{int(((t == a) & (p == b)).sum()):6d}" for b in range(3)),
              f"  recall {((t == a) & (p == a)).sum() / max((t == a).sum(), 1):.3f}",
              f"precision {((t == a) & (p == a)).sum() / max((p == a).sum(), 1):.3f}")
    breakdown("by question type", [(k, q == k) for k in proto.QUESTIONS], t, p)
    contrast = np.array([bool(set(w) & proto.CONTRAST) for w in words])
    negated = np.array([bool(set(w) & proto.NEGATORS) or any(x.endswith("n't") for x in w) for w in words])
    breakdown("by contrast word", [("has a contrast word", contrast), ("none", ~contrast)], t, p)
    breakdown("by negator", [("has a negator", negated), ("none", ~negated)], t, p)
    n = np.array([len(w) for w in words])
    breakdown("by length (words)", [("1-3", n <= 3), ("4-10", (n > 3) & (n <= 10)),
                                    ("11-30", (n > 10) & (n <= 30)), ("31+", n > 30)], t, p)
    breakdown("by FFT rating", [(f"rating {k}" if k else "no rating", r == k) for k in range(8)], t, p)


if __name__ == "__main__":
    main()
