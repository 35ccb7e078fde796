#!/usr/bin/env python3
"""The scikit-learn pipeline `run` is compared against (issue 10), on the same CSV.

Usage: scripts/sklearn_reference.py INPUT.csv OUT.csv

Tokenize (lower-case words of two or more letters, English stop words out), stem
(Snowball English, each distinct word stemmed once), TF-IDF (sublinear tf, min_df 2,
max_df 0.5), k-means (k = 30, one initialisation) and a linear SVC (trained on the
first 20,000 rows to predict the FFT rating column, then applied to every row, a
stand-in for a theme classifier of the same cost shape). No cleaning, no redaction.
Writes one CSV row per input row: id, predicted rating, cluster. Needs
`pip install scikit-learn nltk`.
"""
import csv
import re
import sys
import time

from nltk.stem.snowball import SnowballStemmer
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.svm import LinearSVC

WORD = re.compile(r"(?u)\b\w\w+\b")


def main(path, out):
    t0 = time.time()
    ids, texts, ratings = [], [], []
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            ids.append(row["Comment ID"])
            texts.append(row["FFT answer"])
            ratings.append(row.get("FFT categorical answer") or "0")
    t1 = time.time()
    stemmer = SnowballStemmer("english")
    stems = {}

    def analyse(text):
        out = []
        for w in WORD.findall(text.lower()):
            if w in ENGLISH_STOP_WORDS:
                continue
            s = stems.get(w)
            if s is None:
                s = stems[w] = stemmer.stem(w)
            out.append(s)
        return out

    vectorizer = TfidfVectorizer(analyzer=analyse, sublinear_tf=True, min_df=2, max_df=0.5)
    x = vectorizer.fit_transform(texts)
    t2 = time.time()
    clusters = KMeans(n_clusters=30, n_init=1, random_state=42).fit_predict(x)
    t3 = time.time()
    train = min(20_000, len(texts))
    svc = LinearSVC().fit(x[:train], ratings[:train])
    predicted = svc.predict(x)
    t4 = time.time()
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "rating", "cluster"])
        w.writerows(zip(ids, predicted, clusters))
    t5 = time.time()
    print(
        f"rows {len(texts)}: read {t1 - t0:.1f} s, tokenize+stem+tfidf {t2 - t1:.1f} s, "
        f"kmeans {t3 - t2:.1f} s, svc {t4 - t3:.1f} s, write {t5 - t4:.1f} s, "
        f"total {t5 - t0:.1f} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
