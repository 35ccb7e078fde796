#!/usr/bin/env python3
"""Largest-cluster share and agreement (NMI) of `run`'s clusters with human major categories.

Usage: scripts/cluster_agreement.py GOLD.csv RUN_OUT_DIR [...]

GOLD.csv is a QDC-layout labelled file (e.g. ../shared/data/qdc/qdc_v6_dev.csv, or that
file's rows repeated with fresh ids so k-means is sample-fitted); its v6 label columns are
mapped to QDC v7 majors (merges as in the data README). For each run folder, prints the
share of clustered comments in the largest cluster (the "brief comments" bucket left out)
and the normalised mutual information between cluster ids and the human major category,
over comments that have a cluster and exactly one human major. Needs scikit-learn.
"""
import csv
import json
import sys

from sklearn.metrics import normalized_mutual_info_score

# QDC v7 majors and their subcategories under their v6 column names (v7 merges three
# pairs of v6 labels; "Labelling not possible" is left out: it is not a topic).
MAJORS = {
    "General": ["Positive experience & gratitude", "Organisation & efficiency",
                "Funding & use of financial resources", "Feeling safe"],
    "Staff": ["Staff manner & personal attributes", "Competence & training",
              "Number & deployment of staff", "Staff responsiveness"],
    "Access to medical care & support": ["Contacting services", "Appointment arrangements",
                                         "Appointment method", "Timeliness of care"],
    "Communication & involvement": [
        "Unspecified communication", "Staff listening, understanding & involving patients",
        "Information directly from staff during care", "Information provision & guidance",
        "Being kept informed, clarity & consistency of information",
        "Interaction with family/ carers"],
    "Mental Health specifics": ["Mental Health Act"],
    "Patient journey & service coordination": ["Staff continuity",
                                               "Referals & continuity of care", "Discharge"],
    "Medication & pain": ["Supplying & understanding medication", "Pain management"],
    "Activities": ["Activities & access to fresh air", "Electronic entertainment"],
    "Environment, equipment & catering": [
        "Cleanliness, tidiness & infection control", "Sensory experience",
        "Environment & Facilities", "Provision of medical equipment",
        "Food & drink provision & facilities"],
    "Service location, travel & transport": ["Service location", "Transport to/ from services",
                                             "Parking"],
}
MAJOR_OF = {label: major for major, labels in MAJORS.items() for label in labels}


def human_majors(path):
    out = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            majors = {MAJOR_OF[c] for c, v in row.items() if c in MAJOR_OF and (v or "").strip() == "1"}
            if len(majors) == 1:
                out[row["Comment ID"]] = majors.pop()
    return out


def main(gold, runs):
    majors = human_majors(gold)
    for run in runs:
        clusters = json.load(open(f"{run}/clusters.json", encoding="utf-8"))
        sizes = [c["size"] for c in clusters["clusters"] if c["id"] != 0]
        truth, found = [], []
        with open(f"{run}/tagged.jsonl", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row["cluster"] and row["id"] in majors:
                    truth.append(majors[row["id"]])
                    found.append(row["cluster"]["id"])
        print(f"{run}: largest cluster {max(sizes) / sum(sizes):.3f} of clustered comments, "
              f"NMI with human majors {normalized_mutual_info_score(truth, found):.3f} "
              f"over {len(truth)} comments")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
