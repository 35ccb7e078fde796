#!/usr/bin/env python3
"""Decision routes for themes measured out of fold, in seconds instead of a retrain.

Usage: scripts/oof_routes.py DEV_OOF.jsonl [SET.jsonl ...]

DEV_OOF.jsonl is `cargo run --release --example oof_dump -- cv GOLD.csv SEEDS.csv`: each
real answer scored by the 5-fold CV model that did not see it. Each SET.jsonl is
`oof_dump set MODEL_DIR PLAIN_SET.csv` (score only sets whose misses may be read). From the
model's decided themes it recomputes the CV figures the way `eval themes` does (real
answers, `Labelling not possible` left out; macro over labels with at least 5 positives;
majors rolled up to the 10 major categories): on today's shipped settings it gives exactly
the manifest's figures. Then, for each route that adds a label to the model's themes, it
prints the change of micro / macro / majors and the plain comments gained per set.
Per-label thresholds are chosen on the other four folds' out-of-fold scores (nested), so
their figures are not tuned on the fold they score. Issue 14, fourteenth round.
"""
import json
import sys

LABELS = [
    "Positive experience & gratitude", "Organisation & efficiency",
    "Funding & use of financial resources", "Feeling safe", "Labelling not possible",
    "Staff manner & personal attributes", "Competence & training",
    "Staffing levels & responsiveness", "Contacting services", "Appointment arrangements",
    "Appointment method", "Timeliness of care", "Unspecified communication",
    "Staff listening, understanding & involving patients",
    "Information directly from staff during care", "Information provision & guidance",
    "Being kept informed, clarity & consistency of information",
    "Interaction with family/ carers", "Mental Health Act", "Continuity of care", "Discharge",
    "Supplying & understanding medication", "Pain management",
    "Activities & access to fresh air", "Electronic entertainment",
    "Cleanliness, tidiness & infection control", "Sensory experience",
    "Environment, facilities & equipment", "Food & drink provision & facilities",
    "Service location", "Transport to/ from services", "Parking",
]
MAJOR = [0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 8, 8,
         9, 9, 9]
INDEX = {name: i for i, name in enumerate(LABELS)}
LNP = INDEX["Labelling not possible"]
GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def decided(row):
    return {INDEX[t[0]] for t in row["themes"] if t[0] in INDEX}


def gold(row):
    return {INDEX[g] for g in row["gold"] if g in INDEX}


def fired(row):
    return {INDEX[h] for h in row["hits"] if h in INDEX} - {LNP}


def tally(tp, fp, fn, gold_set, decided_set):
    """Adds one answer's true / false positives and false negatives per label."""
    for label in gold_set | decided_set:
        if label in gold_set and label in decided_set:
            tp[label] += 1
        elif label in decided_set:
            fp[label] += 1
        else:
            fn[label] += 1


def figures(rows, decide):
    """Micro-F1, macro-F1 and majors macro-F1 of `decide` over real answers."""
    tp, fp, fn = [0] * 32, [0] * 32, [0] * 32
    mt, mf, mn = [0] * 10, [0] * 10, [0] * 10
    for row in rows:
        g, d = gold(row) - {LNP}, decide(row) - {LNP}
        tally(tp, fp, fn, g, d)
        tally(mt, mf, mn, {MAJOR[x] for x in g}, {MAJOR[x] for x in d})
    micro = f1(sum(tp), sum(fp), sum(fn))
    labels = [x for x in range(32) if x != LNP and tp[x] + fn[x] >= 5]
    macro = sum(f1(tp[x], fp[x], fn[x]) for x in labels) / len(labels)
    majors = [m for m in range(10) if mt[m] + mn[m] > 0]
    return micro, macro, sum(f1(mt[m], mf[m], mn[m]) for m in majors) / len(majors)


def rule_route(gate):
    """Adds each firing rule's label the model did not give, where `gate` holds."""
    def decide(row):
        d, p = decided(row), row["probs"]
        order = sorted(range(32), key=lambda x: -p[x])
        backed = any(LABELS[x] in row["hits"] for x in d)
        return d | {x for x in fired(row) - d
                    if gate(p[x], order.index(x), backed,
                            all(MAJOR[y] != MAJOR[x] for y in d))}
    return decide


def label_f1(rows, label, threshold, need_rule):
    tp = fp = fn = 0
    for row in rows:
        d = decided(row)
        if (row["probs"][label] >= threshold
                and (not need_rule or label in fired(row))):
            d = d | {label}
        a, b = label in d, label in gold(row)
        tp, fp, fn = tp + (a and b), fp + (a and not b), fn + (b and not a)
    return f1(tp, fp, fn)


def nested_thresholds(dev, need_rule):
    """Per label and fold: the threshold that raised the label's F1 on the other folds."""
    chosen = {}
    for fold in range(5):
        train = [r for r in dev if r["fold"] != fold]
        for label in range(32):
            if label == LNP:
                continue
            best, best_t = label_f1(train, label, 9.0, need_rule), None
            for t in GRID:
                score = label_f1(train, label, t, need_rule)
                if score > best + 1e-9:
                    best, best_t = score, t
            chosen[(fold, label)] = best_t

    def decide(row):
        d = decided(row)
        for label in range(32):
            t = chosen.get((row.get("fold", 0), label))
            if t is not None and row["probs"][label] >= t and (
                    not need_rule or label in fired(row)):
                d = d | {label}
        return d
    return decide


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dev = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    dev = [r for r in dev if not r["non_answer"]]
    sets = [[json.loads(line) for line in open(p, encoding="utf-8")] for p in sys.argv[2:]]
    base = figures(dev, decided)
    print("model: micro %.4f  macro %.4f  majors %.4f" % base)

    def hits(rows, decide):
        return sum(INDEX[r["gold"][0]] in decide(r) for r in rows)

    routes = [
        ("rule label, any", rule_route(lambda p, rank, backed, other: True)),
        ("rule label, p >= 0.1", rule_route(lambda p, rank, backed, other: p >= 0.1)),
        ("rule label, p >= 0.3", rule_route(lambda p, rank, backed, other: p >= 0.3)),
        ("rule label, top-scored", rule_route(lambda p, rank, backed, other: rank == 0)),
        ("rule label, no decided label has a rule",
         rule_route(lambda p, rank, backed, other: not backed)),
        ("rule label, no backed label, p >= 0.1",
         rule_route(lambda p, rank, backed, other: not backed and p >= 0.1)),
        ("rule label, other major, top-scored",
         rule_route(lambda p, rank, backed, other: other and rank == 0)),
        ("rule label, other major, p >= 0.3",
         rule_route(lambda p, rank, backed, other: other and p >= 0.3)),
        ("per-label thresholds (nested)", nested_thresholds(dev, False)),
        ("per-label thresholds where the rule fires (nested)", nested_thresholds(dev, True)),
    ]
    for name, decide in routes:
        got = figures(dev, decide)
        gains = [hits(s, decide) - hits(s, decided) for s in sets]
        print("%-52s %+.4f %+.4f %+.4f  plain %s" % (
            name, got[0] - base[0], got[1] - base[1], got[2] - base[2], gains))


if __name__ == "__main__":
    main()
