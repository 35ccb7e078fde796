#!/usr/bin/env python3
"""A word table tuned on the sentiment labels (issue 14, point 4, twelfth round).

The tool never runs this script. The cheap cousin of fine-tuning the encoder: instead of
the 6-layer encoder, the shipped static table itself (128-d, distilled from the frozen
all-MiniLM-L6-v2) is trained by backpropagation on the training folds' sentiment labels,
fastText-style, through exactly the block the tool computes (the unit-length sum of the
comment's word vectors, a slot per question type, weight 2) and a softmax head over it
plus question and rating one-hots; a ridge pulls every row back toward the shipped one
(loss + LAM * |T - T0|^2 / n_rows), so words no training comment uses keep their vectors
and rare words move little. The sentiment dense block of the tool's rows (written by
`cargo run --release --example sentiment_rows`) is then recomputed from the tuned table
and the shipped recipe (scikit-learn multinomial logistic regression, C = 4) is refitted
on the training folds. The result would ship as a table of the same shape, at the
shipped tagging cost. The tuned table never sees a scored fold's labels; the linear
model is fitted on rows whose block came from a table fitted on those same rows (no
cross-fitting), which can only make it trust the block too much, not inflate the score.

Variants: `control` (shipped table, block recomputed with this script's word split),
`lt:LAM:EPOCHS` (tuned table). Folds 1-3 unless --folds. Prints figures only.

Usage (`pip install numpy scipy scikit-learn torch`):
  scripts/sentiment_label_table.py --rows ROWS_DIR --gold qdc_v6_dev.csv control lt:1:5 lt:10:5
"""

import argparse
import csv
import os
import sys

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sentiment_prototypes as proto  # noqa: E402
from sentiment_encoder_routes import split_words  # noqa: E402
from sentiment_finetune_teacher import context_of, pooled  # noqa: E402


def tune_table(t0, ids_of, d, lam, epochs, seed=12, batch=32, lr=0.01):
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    base = torch.tensor(t0, dtype=torch.float32)
    table = nn.Parameter(base.clone())
    head = nn.Linear(3 * t0.shape[1] + 9, 3)
    opt = torch.optim.Adam([table, *head.parameters()], lr=lr)
    ctx = context_of(d)
    qh = torch.tensor(proto.question_onehot(d), dtype=torch.float32)
    y = torch.tensor(d["y"])
    tr, _ = proto.split(d)
    idx = np.array([i for i in np.flatnonzero(tr) if len(ids_of[i]) > 0])
    for _ in range(epochs):
        perm = idx[rng.permutation(len(idx))]
        for s in range(0, len(perm), batch):
            b = perm[s:s + batch]
            flat = torch.tensor(np.concatenate([ids_of[i] for i in b]))
            offsets = torch.tensor(np.cumsum([0] + [len(ids_of[i]) for i in b[:-1]]))
            v = nn.functional.embedding_bag(flat, table, offsets, mode="sum")
            u = v / v.norm(dim=1, keepdim=True).clamp_min(1e-9)
            block = torch.cat([u * qh[b, k:k + 1] for k in range(3)], 1) * 2.0
            logits = head(torch.cat([block, ctx[b]], 1))
            loss = nn.functional.cross_entropy(logits, y[b]) + lam * ((table - base) ** 2).sum() / len(idx)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return table.detach().numpy()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--folds", default="1,2,3")
    ap.add_argument("--table", default="models/embeddings/embeddings.bin")
    ap.add_argument("variants", nargs="+")
    args = ap.parse_args()
    torch.set_num_threads(1)
    with open(args.gold, encoding="utf-8-sig", newline="") as fh:
        text = [r["FFT answer"] for r in csv.DictReader(fh)]
    rows, t0 = proto.load_table(args.table)
    folds = [proto.read_fold(args.rows, int(f) - 1) for f in args.folds.split(",")]
    for v in args.variants:
        res = []
        for d in folds:
            texts = [text[i] for i in d["gold_row"]]
            if v == "control":
                table = t0
            else:
                _, lam, epochs = v.split(":")
                ids_of = [np.array([rows[w] for w in split_words(t) if w in rows], dtype=np.int64) for t in texts]
                table = tune_table(t0, ids_of, d, float(lam), int(epochs))
            x = proto.with_dense(d, pooled(texts, rows, table), 2.0)
            tr, te = proto.split(d)
            res.append((d["y"][te], proto.fit_predict(x, d["y"], tr, te), d["question"][te]))
        proto.report(v, res)


if __name__ == "__main__":
    main()
