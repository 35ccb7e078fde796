#!/usr/bin/env python3
"""Sentiment from the sentence encoder itself (issue 14, point 4, eleventh round).

The tool never runs this script. Like scripts/sentiment_prototypes.py it scores variants
on the tool's own sentiment rows (written by `cargo run --release --example
sentiment_rows -- GOLD.csv SEEDS.csv ROWS_DIR`; each fold's feature space fitted on the
other folds plus the seeds, as `eval themes --cv 5` does) with scikit-learn's
multinomial logistic regression (C = 4). What changes is the sentiment dense block (the
unit mean of the comment's word vectors, weight 2, a slot per question type), recomputed
here from a word table, or the whole model (frozen_alone). Only folds 1-3 are scored
unless --folds says otherwise. Prints figures only, never comment text.

Variants:
  control        the dense block recomputed from the shipped table with this script's word
                 split ([a-z0-9]+ of the lower-cased text): the bar for the next rows
  frozen_alone[:C...]  the teacher: the frozen all-MiniLM-L6-v2 sentence embedding (unit
                 mean-pooled), plus its copies crossed with question type and the question
                 one-hots, alone in a logistic regression, C = 1 / 4 / 16 (or the Cs given). If it beat the
                 tool, its soft labels would be worth distilling into the static model.
  tl:LAM         corpus-refined vectors ("tokenlearn", as model2vec does): per fold, the
                 table is refitted so that the mean of a text's word vectors approximates
                 the text's sentence embedding, projected into the table's space by the
                 table's own PCA ((k e - mu) V, k the median norm of a raw sentence
                 embedding, scaled to the pooled means' median norm), by ridge toward the
                 shipped table: (A'A + LAM I) T = A'Z + LAM T0, solved by conjugate
                 gradients. Texts: the training folds' real answers (never a test fold's)
                 plus the PII rounds' synthetic PII-free comments (--unlabelled; their
                 `background` rows are skipped, as they may be dev comments, and so is any
                 text equal to a dev comment). No label is read by the fit.
  tlc:LAM        the same with the targets centred on the fit texts' mean embedding
  table256       the table redone at 256 dimensions (PCA, SIF weights as shipped)
  table384       the table at the encoder's 384 dimensions (no PCA, SIF weights as shipped)

Usage (`pip install numpy scipy scikit-learn safetensors tokenizers`; the encoder runs in
numpy via distill_static_embeddings.py, about 10 minutes of one core for all encodings,
cached in --work):
  scripts/sentiment_encoder_routes.py --rows ROWS_DIR --gold qdc_v6_dev.csv \
      --unlabelled '/work/gold/round*.jsonl' control frozen_alone tl:0.1 tlc:1 table384
"""

import argparse
import csv
import glob
import json
import os
import re
import sys
import tempfile
import time

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sentiment_prototypes as proto  # noqa: E402
from distill_static_embeddings import CONTRACTIONS, Bert, embed, fetch_model  # noqa: E402


def normalised(text):
    return re.sub(r"\s+", " ", text.strip().lower())


def split_words(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))



def pooled(texts, rows, table):
    """Each text as the unit-length sum of its words' rows of `table` (`rows`: word -> row)."""
    out = np.zeros((len(texts), table.shape[1]), np.float32)
    for i, t in enumerate(texts):
        ids = [rows[w] for w in split_words(t) if w in rows]
        if ids:
            v = table[ids].sum(0)
            n = np.linalg.norm(v)
            if n > 0:
                out[i] = v / n
    return out

class Encodings:
    """The encoder's vectors this script needs, computed once and cached in `work`."""

    def __init__(self, work, cache, gold_texts, unlabelled_glob, words):
        self.work, self.cache = work, cache
        self._encoder = None
        self.dev = self._cached("dev-sentences.npy", lambda: self._unit(self._embed(
            [t if t.strip() else "." for t in gold_texts], truncate=True)))
        dev_keys = {normalised(t) for t in gold_texts}
        texts, seen = [], set()
        for path in sorted(glob.glob(unlabelled_glob)) if unlabelled_glob else []:
            for line in open(path, encoding="utf-8"):
                d = json.loads(line)
                key = normalised(d["text"])
                if d["template_id"] == "background" or d["has_pii"] or not key:
                    continue
                if key in dev_keys or key in seen:
                    continue
                seen.add(key)
                texts.append(d["text"])
        self.unlabelled_texts = texts
        self.unlabelled_raw = self._cached(f"unlabelled-{len(texts)}.npy", lambda: self._embed(texts, truncate=True))
        self.words = self._cached("words.npy", lambda: self._embed(
            [w + "'t" if w in CONTRACTIONS else w for w in words], truncate=False, batch=256))

    def _cached(self, name, make):
        path = os.path.join(self.work, name)
        if os.path.exists(path):
            return np.load(path)
        value = make().astype(np.float64)
        np.save(path, value)
        return value

    def _embed(self, texts, truncate, batch=64):
        from safetensors.numpy import load
        from tokenizers import Tokenizer
        if self._encoder is None:
            weights, tokenizer_json, _ = fetch_model(self.cache)
            self._encoder = (Bert(load(weights)), tokenizer_json)
        bert, tokenizer_json = self._encoder
        tokenizer = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
        tokenizer.no_padding()
        if truncate:
            tokenizer.enable_truncation(128)
        else:
            tokenizer.no_truncation()
        return embed(bert, tokenizer, texts, batch=batch).astype(np.float64)

    @staticmethod
    def _unit(e):
        return e / np.linalg.norm(e, axis=1, keepdims=True)


class Routes:
    def __init__(self, folds, gold, table, enc):
        self.folds, self.gold = folds, gold
        self.rows, self.t0 = table
        self.enc = enc
        ew = enc.words
        self.mu = ew.mean(0)
        _, _, self.vt = np.linalg.svd(ew - self.mu, full_matrices=False)
        pca128 = (ew - self.mu) @ self.vt[:128].T
        # The shipped rows are SIF-weighted PCA rows: recover each word's weight.
        self.sif = np.linalg.norm(self.t0, axis=1) / np.maximum(np.linalg.norm(pca128, axis=1), 1e-9)
        err = np.median(np.linalg.norm(self.t0 - self.sif[:, None] * pca128, axis=1)
                        / np.maximum(np.linalg.norm(self.t0, axis=1), 1e-9))
        print(f"shipped table rebuilt from the encoder's word vectors within {err:.4f} (median, int8)")
        self.k = float(np.median(np.linalg.norm(enc.unlabelled_raw, axis=1))) if len(enc.unlabelled_raw) else 4.0

    def pooled(self, texts, table):
        return pooled(texts, self.rows, table)

    def score(self, name, vectors_of_fold):
        res = []
        for d in self.folds:
            tr, te = proto.split(d)
            x = proto.with_dense(d, vectors_of_fold(d), 2.0)
            res.append((d["y"][te], proto.fit_predict(x, d["y"], tr, te), d["question"][te]))
        proto.report(name, res)

    def test_texts(self, d):
        return [self.gold["text"][i] for i in d["gold_row"]]

    def control(self):
        self.score("dense recomputed (control)", lambda d: self.pooled(self.test_texts(d), self.t0))

    def table(self, dims):
        t = self.sif[:, None] * ((self.enc.words - self.mu) @ self.vt[:dims].T)
        self.score(f"{dims}-d table, SIF", lambda d: self.pooled(self.test_texts(d), t))

    def frozen_alone(self, cs=(1.0, 4.0, 16.0)):
        for c in cs:
            res = []
            for d in self.folds:
                tr, te = proto.split(d)
                e = self.enc.dev[d["gold_row"]]
                qh = proto.question_onehot(d)
                x = np.hstack([e] + [e * qh[:, [j]] for j in range(3)] + [qh])
                m = LogisticRegression(C=c, max_iter=3000).fit(x[tr], d["y"][tr])
                res.append((d["y"][te], m.predict(x[te]), d["question"][te]))
            proto.report(f"frozen MiniLM alone, C={c:g}", res)

    def tokenlearn_table(self, texts, emb_unit, lam, centre):
        """Ridge fit: mean of a text's word vectors ~ its projected sentence embedding."""
        proj = self.vt[:128].T
        if centre:
            z = (self.k * (emb_unit - emb_unit.mean(0))) @ proj
        else:
            z = (self.k * emb_unit - self.mu) @ proj
        r, c, v, keep = [], [], [], []
        for i, t in enumerate(texts):
            ids = [self.rows[w] for w in split_words(t) if w in self.rows]
            if not ids:
                continue
            keep.append(i)
            for w in ids:
                r.append(len(keep) - 1)
                c.append(w)
                v.append(1.0 / len(ids))
        a = sp.csr_matrix((v, (r, c)), shape=(len(keep), self.t0.shape[0]))
        z = z[keep]
        base = self.t0.astype(np.float64)
        z *= np.median(np.linalg.norm(a @ base, axis=1)) / np.median(np.linalg.norm(z, axis=1))
        used = np.unique(a.indices)
        au = a[:, used].tocsc()
        ata = (au.T @ au).tocsr()
        rhs = au.T @ z + lam * base[used]
        x = base[used].copy()

        def op(m):
            return ata @ m + lam * m

        res = rhs - op(x)
        p = res.copy()
        rs = (res * res).sum(0)
        tol = 1e-6 * np.sqrt((rhs * rhs).sum(0).max())
        for _ in range(500):
            ap = op(p)
            step = rs / np.maximum((p * ap).sum(0), 1e-30)
            x += p * step
            res -= ap * step
            rn = (res * res).sum(0)
            if np.sqrt(rn.max()) < tol:
                break
            p = res + p * (rn / rs)
            rs = rn
        out = base.copy()
        out[used] = x
        before = np.linalg.norm(a @ base - z) ** 2 / len(keep)
        after = np.linalg.norm(a @ out - z) ** 2 / len(keep)
        print(f"   fold fit: {len(keep)} texts, {len(used)} words refitted, "
              f"mean squared error {before:.3f} -> {after:.3f}", flush=True)
        return out

    def tokenlearn(self, lam, centre):
        def vectors(d):
            train_rows = np.unique(d["gold_row"][d["fold"] != d["f"]])  # never a test-fold text
            texts = [self.gold["text"][i] for i in train_rows] + self.enc.unlabelled_texts
            emb = np.vstack([self.enc.dev[train_rows], Encodings._unit(self.enc.unlabelled_raw)])
            return self.pooled(self.test_texts(d), self.tokenlearn_table(texts, emb, lam, centre))
        self.score(f"tokenlearn{' centred' if centre else ''}, ridge {lam:g}", vectors)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", required=True, help="folder written by the sentiment_rows example")
    ap.add_argument("--gold", required=True, help="the gold CSV the rows were made from")
    ap.add_argument("--unlabelled", help="glob of PII-round JSONL files (synthetic comments)")
    ap.add_argument("--folds", default="1,2,3", help="folds to score, 1-based (default 1,2,3)")
    ap.add_argument("--table", default="models/embeddings/embeddings.bin")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "minilm-wheel"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "sentiment-encoder-routes"))
    ap.add_argument("variants", nargs="+")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    with open(args.gold, encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
    gold = {"sentiment": [r["Comment sentiment"].strip() for r in records],
            "text": [r["FFT answer"] for r in records]}
    table = proto.load_table(args.table)
    words = sorted(table[0], key=table[0].get)
    enc = Encodings(args.work, args.cache, gold["text"], args.unlabelled, words)
    print(f"{len(enc.unlabelled_texts)} unlabelled synthetic texts", flush=True)
    folds = [proto.read_fold(args.rows, int(f) - 1) for f in args.folds.split(",")]
    routes = Routes(folds, gold, table, enc)
    for v in args.variants:
        start = time.time()
        if v == "control":
            routes.control()
        elif v.startswith("frozen_alone"):
            routes.frozen_alone([float(c) for c in v.split(":")[1:]] or (1.0, 4.0, 16.0))
        elif v in ("table256", "table384"):
            routes.table(int(v[5:]))
        elif v.startswith(("tl:", "tlc:")):
            routes.tokenlearn(float(v.split(":")[1]), v.startswith("tlc:"))
        else:
            sys.exit(f"unknown variant {v}")
        print(f"   ({time.time() - start:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
