#!/usr/bin/env python3
"""Sentiment variants prototyped on the tool's own feature rows (issue 14, point 4).

The tool never runs this script. It reads the rows that
`cargo run --release --example sentiment_rows -- GOLD.csv SEEDS.csv ROWS_DIR` writes (the
sentiment model's sparse rows, each CV fold's feature space fitted on the other folds
plus the seeds, exactly as `eval themes --cv 5` does) and scores variants by multinomial
logistic regression (scikit-learn, C = 4, as close as it gets to the tool's softmax:
0.8633 against the tool's 0.8622 on folds 1-3). Only folds 1-3 are scored unless
--folds says otherwise: folds 4-5 are kept for confirming a variant that wins on 1-3.
Prints accuracy, accuracy per question type and neutral recall; never comment text.

Rows written since the seventh round carry the themes' dense block (128 columns at the end
of the theme part); the tool's sentiment model scales it to nothing, and so does this
script (--theme-dense 0 for rows without it).

Usage (needs `pip install numpy scipy scikit-learn`; the frozen-encoder variant also
`safetensors tokenizers` and the MiniLM cache of distill_static_embeddings.py):
  scripts/sentiment_prototypes.py --rows ROWS_DIR --gold qdc_v6_dev.csv VARIANT [...]

Variants:
  base            the tool's recipe (context columns x3), C = 2 / 4 / 8
  five_class      trained on the 5-level gold ("Comment sentiment" 1..5), probabilities
                  summed to 3 classes; and thresholds on the expected 1..5 score, tuned
                  on the scored folds themselves (an optimistic bound)
  words_x_rating  the word block again, crossed with rating groups (1-2 / 3-5)
  chars_x_question the character block again, crossed with question type
  block_weights   the character block x0.5, the question x word block x1.5, the word
                  block x1.5 (one at a time)
  clause_polarity word polarity (naive-Bayes log-count ratio, positive vs negative, on the
                  training folds) per clause (split at but / however / although / ...
                  and sentence ends): first, last, strongest each way, their product
                  ("mixed"), crossed with question type
  stack           second stage on inner-CV (3-fold) logits + mean word vector +
                  question x rating one-hots: logistic regression, an MLP (32 hidden),
                  and the MLP averaged with the first stage
  frozen_encoder  the full all-MiniLM-L6-v2 sentence embedding (mean-pooled, unit length,
                  weight 2, a slot per question type) added to the rows: what a static
                  table distilled from this encoder could at best carry
  negation_flip   (tenth round) the dense block recomputed from this script's word split
                  (the control), and the same with the vectors of words in a negation's
                  scope (after not / never / no / n't ..., up to 6 words, stopping at
                  punctuation or a contrast word) sign-flipped
  clause_slots    two more dense slots: the unit mean of the first and of the last clause
                  (split at contrast words and sentence ends; zero for one clause)
  soft_labels     self-distillation against label noise: targets a * gold + (1 - a) *
                  inner-CV out-of-fold probabilities, a = 0.5 / 0.75
"""

import argparse
import csv
import math
import os
import re
import sys
from collections import Counter

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

QUESTIONS = ["WhatGood", "CouldImprove", "Nonspecific"]
CONTRAST = {"but", "however", "although", "though", "except", "unfortunately", "whereas", "yet"}
C = 4.0
RULES = 32  # keyword-rule columns, just before the context block
THEME_DENSE = 128  # width of the themes' dense block at the end of the theme part (--theme-dense)


def read_fold(rows_dir, f):
    """One fold's rows: header offsets, per-row metadata and the sparse matrix."""
    with open(os.path.join(rows_dir, f"fold{f}.txt")) as fh:
        header = list(map(int, fh.readline()[2:].split()))
        meta, r, c, v = [], [], [], []
        for n, line in enumerate(fh):
            p = line.split()
            meta.append((int(p[0]), int(p[1]), int(p[2]), p[3], int(p[4])))
            for e in p[6:]:
                col, val = e.split(":")
                r.append(n)
                c.append(int(col))
                v.append(float(val))
    x = sp.csr_matrix((v, (r, c)), shape=(len(meta), header[0]))
    n_features, context, cross, dense, n_words = header
    scale = np.ones(n_features)
    scale[context:cross] = 3.0  # the tool's sentiment_context_scale
    # Since the seventh round the themes' dense block (one slot of the table's width)
    # ends the theme part; the tool's sentiment model scales it to nothing, and so does
    # this script.
    scale[cross - THEME_DENSE:cross] = 0.0
    return {
        "x": (x @ sp.diags(scale)).tocsr(),
        "gold_row": np.array([m[0] for m in meta]),
        "fold": np.array([m[1] for m in meta]),
        "y": np.array([m[2] for m in meta]),
        "question": np.array([m[3] for m in meta]),
        "rating": np.array([m[4] for m in meta]),
        "offsets": dict(context=context, cross=cross, dense=dense, words=n_words),
        "f": f,
    }


def fit_predict(x, y, train, test, c=C):
    return LogisticRegression(C=c, max_iter=3000).fit(x[train], y[train]).predict(x[test])


def report(name, results):
    """results: list of (y_true, y_pred, question) per scored fold."""
    t = np.concatenate([r[0] for r in results])
    p = np.concatenate([r[1] for r in results])
    q = np.concatenate([r[2] for r in results])
    by_q = " ".join(f"{qq} {(t[q == qq] == p[q == qq]).mean():.4f}" for qq in QUESTIONS)
    neutral = ((p == 1) & (t == 1)).sum() / max((t == 1).sum(), 1)
    print(f"{name:34s} acc {(t == p).mean():.4f} ({len(t)} rows) | {by_q} | neutral recall {neutral:.3f}",
          flush=True)


def split(d):
    labelled = d["y"] != 9
    return labelled & (d["fold"] != d["f"]), labelled & (d["fold"] == d["f"])


def question_onehot(d):
    return np.stack([(d["question"] == q).astype(float) for q in QUESTIONS], 1)


def variant_base(folds, gold):
    for c in [2.0, 4.0, 8.0]:
        res = []
        for d in folds:
            tr, te = split(d)
            res.append((d["y"][te], fit_predict(d["x"], d["y"], tr, te, c), d["question"][te]))
        report(f"base C={c:g}", res)


def variant_five_class(folds, gold):
    five = np.array([int(s) if s in {"1", "2", "3", "4", "5"} else 0 for s in gold["sentiment"]])
    res, expected = [], []
    for d in folds:
        tr, te = split(d)
        y5 = five[d["gold_row"]]
        probs = LogisticRegression(C=C, max_iter=3000).fit(d["x"][tr], y5[tr]).predict_proba(d["x"][te])
        three = np.stack([probs[:, 0] + probs[:, 1], probs[:, 2], probs[:, 3] + probs[:, 4]], 1)
        res.append((d["y"][te], three.argmax(1), d["question"][te]))
        expected.append((d["y"][te], probs @ np.arange(1, 6), d["question"][te]))
    report("5-class, summed to 3", res)
    t = np.concatenate([e[0] for e in expected])
    s = np.concatenate([e[1] for e in expected])
    best = max(((np.where(s < a, 0, np.where(s < b, 1, 2)) == t).mean(), a, b)
               for a in np.arange(1.8, 3.4, 0.05) for b in np.arange(2.5, 4.2, 0.05) if b > a)
    print(f"{'5-class expected score, thresholds':34s} acc {best[0]:.4f} at {best[1]:.2f} / {best[2]:.2f} "
          "(tuned on the scored rows: a bound)")


def variant_words_x_rating(folds, gold):
    res = []
    for d in folds:
        tr, te = split(d)
        words = d["x"][:, :d["offsets"]["words"]]
        r = d["rating"]
        blocks = [sp.diags(g.astype(float)) @ words for g in [(r >= 1) & (r <= 2), (r >= 3) & (r <= 5)]]
        x = sp.hstack([d["x"]] + blocks).tocsr()
        res.append((d["y"][te], fit_predict(x, d["y"], tr, te), d["question"][te]))
    report("words x rating group", res)


def variant_chars_x_question(folds, gold):
    res = []
    for d in folds:
        tr, te = split(d)
        chars = d["x"][:, d["offsets"]["words"]:d["offsets"]["context"] - RULES]
        qh = question_onehot(d)
        x = sp.hstack([d["x"]] + [sp.diags(qh[:, k]) @ chars for k in range(3)]).tocsr()
        res.append((d["y"][te], fit_predict(x, d["y"], tr, te), d["question"][te]))
    report("chars x question type", res)


def variant_block_weights(folds, gold):
    for block, weight in [("chars", 0.5), ("cross", 1.5), ("words", 1.5)]:
        res = []
        for d in folds:
            tr, te = split(d)
            o = d["offsets"]
            span = {"chars": (o["words"], o["context"] - RULES), "cross": (o["cross"], o["dense"]),
                    "words": (0, o["words"])}[block]
            s = np.ones(d["x"].shape[1])
            s[span[0]:span[1]] = weight
            x = (d["x"] @ sp.diags(s)).tocsr()
            res.append((d["y"][te], fit_predict(x, d["y"], tr, te), d["question"][te]))
        report(f"{block} block x{weight:g}", res)


def words_of(text):
    return re.findall(r"[a-z']+", text.lower())


def clauses_of(text):
    out = [[]]
    for w in re.findall(r"[a-z']+|[.!?;]", text.lower()):
        if w in CONTRAST or w in ".!?;":
            if out[-1]:
                out.append([])
        else:
            out[-1].append(w)
    return [c for c in out if c]


def variant_clause_polarity(folds, gold, weights=(1.0, 3.0)):
    texts = gold["text"]
    for weight in weights:
        res = []
        for d in folds:
            tr, te = split(d)
            pos, neg = Counter(), Counter()
            for i, y in zip(d["gold_row"][tr], d["y"][tr]):
                (pos if y == 0 else neg if y == 2 else Counter()).update(set(words_of(texts[i])))
            n_pos, n_neg = (d["y"][tr] == 0).sum(), (d["y"][tr] == 2).sum()

            def ratio(w):
                return math.log((pos[w] + 1) / (n_pos + 2)) - math.log((neg[w] + 1) / (n_neg + 2))

            feats = []
            for i in d["gold_row"]:
                cl = [np.mean([ratio(w) for w in c]) for c in clauses_of(texts[i])] or [0.0]
                ws = [ratio(w) for w in words_of(texts[i])] or [0.0]
                feats.append([max(ws) / 3, min(ws) / 3, np.mean(ws) / 3, max(cl) / 3, min(cl) / 3,
                              cl[0] / 3, cl[-1] / 3, max(0, max(cl)) * max(0, -min(cl)) / 5,
                              float(max(cl) > 0.5 and min(cl) < -0.5), float(len(cl) > 1),
                              min(len(ws), 60) / 30])
            f = np.array(feats)
            qh = question_onehot(d)
            crossed = np.hstack([f] + [f * qh[:, [k]] for k in range(3)]) * weight
            x = sp.hstack([d["x"], sp.csr_matrix(crossed)]).tocsr()
            res.append((d["y"][te], fit_predict(x, d["y"], tr, te), d["question"][te]))
        report(f"clause polarity, weight {weight:g}", res)


def variant_stack(folds, gold):
    out = {"first stage": [], "stack: logistic": [], "stack: MLP": [], "stack: MLP + first, averaged": []}
    for d in folds:
        tr, te = split(d)
        tr, te = np.where(tr)[0], np.where(te)[0]
        x, y = d["x"], d["y"]
        inner = d["gold_row"][tr] % 3
        oof = np.zeros((len(tr), 3))
        for g in range(3):
            m = LogisticRegression(C=C, max_iter=3000).fit(x[tr[inner != g]], y[tr[inner != g]])
            oof[inner == g] = m.decision_function(x[tr[inner == g]])
        first = LogisticRegression(C=C, max_iter=3000).fit(x[tr], y[tr])
        logits = first.decision_function(x[te])
        dense = x[:, d["offsets"]["dense"]:].toarray()
        dims = dense.shape[1] // 3
        mean_vector = dense[:, :dims] + dense[:, dims:2 * dims] + dense[:, 2 * dims:]
        qh = question_onehot(d)
        rh = np.stack([(d["rating"] == k).astype(float) for k in range(1, 6)], 1)
        context = np.hstack([qh, rh, np.einsum("ni,nj->nij", qh, rh).reshape(len(qh), -1)])
        z_tr = np.hstack([oof / 3, mean_vector[tr], context[tr]])
        z_te = np.hstack([logits / 3, mean_vector[te], context[te]])
        q = d["question"][te]
        out["first stage"].append((y[te], logits.argmax(1), q))
        lr2 = LogisticRegression(C=1, max_iter=3000).fit(z_tr, y[tr])
        out["stack: logistic"].append((y[te], lr2.predict(z_te), q))
        mlp = MLPClassifier(hidden_layer_sizes=(32,), alpha=1e-2, max_iter=500, random_state=0).fit(z_tr, y[tr])
        out["stack: MLP"].append((y[te], mlp.predict(z_te), q))
        blend = 0.5 * mlp.predict_proba(z_te) + 0.5 * first.predict_proba(x[te])
        out["stack: MLP + first, averaged"].append((y[te], blend.argmax(1), q))
    for name, res in out.items():
        report(name, res)


def sentence_embeddings(gold, cache):
    """Unit-length mean-pooled all-MiniLM-L6-v2 embeddings of every gold text (cached)."""
    path = os.path.join(cache, "gold-sentence-embeddings.npy")
    if os.path.exists(path):
        return np.load(path)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from distill_static_embeddings import Bert, embed, fetch_model
    from safetensors.numpy import load
    from tokenizers import Tokenizer
    weights, tokenizer_json, _ = fetch_model(cache)
    tokenizer = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
    tokenizer.enable_truncation(128)
    tokenizer.no_padding()
    e = embed(Bert(load(weights)), tokenizer, [t if t.strip() else "." for t in gold["text"]], batch=64)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    np.save(path, e)
    return e


def variant_frozen_encoder(folds, gold, cache):
    e = sentence_embeddings(gold, cache)
    res = []
    for d in folds:
        tr, te = split(d)
        s = e[d["gold_row"]]
        qh = question_onehot(d)
        block = np.hstack([s * qh[:, [k]] for k in range(3)]) * 2.0
        x = sp.hstack([d["x"], sp.csr_matrix(block)]).tocsr()
        res.append((d["y"][te], fit_predict(x, d["y"], tr, te), d["question"][te]))
    report("frozen MiniLM sentence embedding", res)


# --- Tenth round: how a sentence combines its words (negation, clauses), and soft labels.

NEGATORS = {"not", "never", "no", "without", "nobody", "cannot", "didn", "don", "doesn", "wasn",
            "weren", "isn", "aren", "couldn", "wouldn", "shouldn", "won", "haven", "hasn", "hadn"}
CLAUSE_BREAKS = CONTRAST | {"apart", "only"}


def load_table(path):
    """The shipped embedding table (models/embeddings/embeddings.bin): word -> row, f32 rows."""
    import struct
    with open(path, "rb") as fh:
        b = fh.read()
    assert b[:4] == b"FTE1", "not an embedding table"
    n, dims = struct.unpack("<II", b[4:12])
    at, rows = 12, {}
    for i in range(n):
        length = b[at]
        rows[b[at + 1:at + 1 + length].decode("utf-8")] = i
        at += 1 + length
    scales = np.frombuffer(b[at:at + 4 * n], dtype="<f4")
    at += 4 * n
    values = np.frombuffer(b[at:at + n * dims], dtype=np.int8).reshape(n, dims).astype(np.float32)
    return rows, values * scales[:, None]


def marked_words(text):
    """Words with a flag: inside a negation's scope (after a negator, up to 6 words, stopping
    at punctuation or a contrast word). Negators themselves are kept, unflagged."""
    out, scope = [], 0
    for w in re.findall(r"[a-z0-9]+|[.!?;,]", text.lower().replace("’", "'").replace("n't", " not")):
        if w in CLAUSE_BREAKS or w in ".!?;,":
            scope = 0
        elif w in NEGATORS:
            out.append((w, False))
            scope = 6
        else:
            out.append((w, scope > 0))
            scope = max(0, scope - 1)
    return out


def unit_mean(words, rows, table, signs=None):
    v = np.zeros(table.shape[1], np.float32)
    for k, w in enumerate(words):
        r = rows.get(w)
        if r is not None:
            v += table[r] * (signs[k] if signs else 1.0)
    n = np.linalg.norm(v)
    return v / n if n > 0 else v


def with_dense(d, vectors, weight=2.0):
    """The row with its sentiment dense block replaced by `vectors` (a slot per question)."""
    qh = question_onehot(d)
    block = np.hstack([vectors * qh[:, [k]] for k in range(3)]) * weight
    return sp.hstack([d["x"][:, :d["offsets"]["dense"]], sp.csr_matrix(block)]).tocsr()


def variant_negation_flip(folds, gold, table):
    """The dense block recomputed from this script's word split, as is (the control) and
    with the vectors of words in a negation's scope sign-flipped."""
    rows, vectors = table
    res = {"dense recomputed (control)": [], "negation scope sign-flipped": []}
    for d in folds:
        tr, te = split(d)
        marked = [marked_words(gold["text"][i]) for i in d["gold_row"]]
        plain = np.array([unit_mean([w for w, _ in m], rows, vectors) for m in marked])
        flipped = np.array([unit_mean([w for w, _ in m], rows, vectors, [-1.0 if f else 1.0 for _, f in m])
                            for m in marked])
        for name, v in [("dense recomputed (control)", plain), ("negation scope sign-flipped", flipped)]:
            res[name].append((d["y"][te], fit_predict(with_dense(d, v), d["y"], tr, te), d["question"][te]))
    for name, r in res.items():
        report(name, r)


def variant_clause_slots(folds, gold, table):
    """Two more slots: the unit mean of the first clause and of the last (split at contrast
    words and sentence ends), zero for a comment of one clause."""
    rows, vectors = table
    res = []
    for d in folds:
        tr, te = split(d)
        block = []
        for i in d["gold_row"]:
            cl = clauses_of(gold["text"][i])
            if len(cl) >= 2:
                block.append(np.concatenate([unit_mean(cl[0], rows, vectors), unit_mean(cl[-1], rows, vectors)]))
            else:
                block.append(np.zeros(2 * vectors.shape[1], np.float32))
        x = sp.hstack([d["x"], sp.csr_matrix(np.array(block))]).tocsr()
        res.append((d["y"][te], fit_predict(x, d["y"], tr, te), d["question"][te]))
    report("first and last clause slots", res)


def variant_soft_labels(folds, gold):
    """Self-distillation against label noise: each training row's target is a * its gold
    class + (1 - a) * the out-of-fold probabilities of an inner 3-fold CV."""
    res = {}
    for d in folds:
        tr, te = split(d)
        x, y = d["x"], d["y"]
        tri = np.where(tr)[0]
        inner = d["gold_row"][tri] % 3
        oof = np.zeros((len(tri), 3))
        for g in range(3):
            m = LogisticRegression(C=C, max_iter=3000).fit(x[tri[inner != g]], y[tri[inner != g]])
            oof[inner == g] = m.predict_proba(x[tri[inner == g]])
        for a in (0.5, 0.75):
            xs = sp.vstack([x[tri]] * 3).tocsr()
            ys = np.repeat([0, 1, 2], len(tri))
            w = np.concatenate([a * (y[tri] == k) + (1 - a) * oof[:, k] for k in range(3)])
            m = LogisticRegression(C=C, max_iter=3000).fit(xs, ys, sample_weight=3 * w)
            res.setdefault(f"soft labels, a = {a:g}", []).append((y[te], m.predict(x[te]), d["question"][te]))
    for name, r in res.items():
        report(name, r)


def main():
    global THEME_DENSE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", required=True, help="folder written by the sentiment_rows example")
    ap.add_argument("--gold", required=True, help="the gold CSV the rows were made from")
    ap.add_argument("--folds", default="1,2,3", help="folds to score, 1-based (default 1,2,3)")
    ap.add_argument("--theme-dense", type=int, default=THEME_DENSE,
                    help="width of the themes' dense block the rows carry (0 for a model without one)")
    ap.add_argument("--table", default="models/embeddings/embeddings.bin",
                    help="embedding table for negation_flip and clause_slots")
    ap.add_argument("--cache", default=os.path.join(__import__("tempfile").gettempdir(), "minilm-wheel"))
    ap.add_argument("variants", nargs="+", choices=["base", "five_class", "words_x_rating",
                                                    "clause_polarity", "stack", "frozen_encoder",
                                                    "chars_x_question", "block_weights",
                                                    "negation_flip", "clause_slots", "soft_labels"])
    args = ap.parse_args()
    THEME_DENSE = args.theme_dense
    with open(args.gold, encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
    gold = {"sentiment": [r["Comment sentiment"].strip() for r in records],
            "text": [r["FFT answer"] for r in records]}
    folds = [read_fold(args.rows, int(f) - 1) for f in args.folds.split(",")]
    for v in args.variants:
        if v == "frozen_encoder":
            variant_frozen_encoder(folds, gold, args.cache)
        elif v in ("negation_flip", "clause_slots"):
            globals()[f"variant_{v}"](folds, gold, load_table(args.table))
        else:
            globals()[f"variant_{v}"](folds, gold)


if __name__ == "__main__":
    main()
