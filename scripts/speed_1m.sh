#!/bin/sh
# Times `run` and the scikit-learn reference on the same generated corpus, in one sitting.
#
#   scripts/speed_1m.sh [ROWS] [POOL.csv]
#
# ROWS defaults to 1,000,000; POOL defaults to corpus-samples/fft_sample.csv (pass
# ../shared/data/qdc/qdc_v6_dev.csv to resample real answers). Needs
# `pip install scikit-learn nltk` for the reference; prints wall time, CPU time and peak
# memory of both (GNU time), the per-stage timings from run's manifest, `run` also with
# --no-report, and the load average between runs (the machine may be shared).
set -eu
ROWS=${1:-1000000}
POOL=${2:-corpus-samples/fft_sample.csv}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cargo build --release --quiet --bin feedback-themes --example gen_corpus
target/release/examples/gen_corpus --rows "$ROWS" --from "$POOL" --out "$WORK/corpus.csv"
report() { grep -E "Elapsed|User time|System time|Maximum resident" "$1"; }
stages() { python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(' '.join(f\"{t['stage']} {t['millis']} ms\" for t in m['timings']))" "$1"; }
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
# The whole job (report.html included), then without the report (--no-report).
load
/usr/bin/time -v target/release/feedback-themes run "$WORK/corpus.csv" --out "$WORK/out" --quiet 2> "$WORK/run.time"
echo "== feedback-themes run"; report "$WORK/run.time"; stages "$WORK/out/manifest.json"; load
/usr/bin/time -v target/release/feedback-themes run "$WORK/corpus.csv" --out "$WORK/out2" --quiet --no-report 2> "$WORK/run2.time"
echo "== feedback-themes run --no-report"; report "$WORK/run2.time"; stages "$WORK/out2/manifest.json"; load
/usr/bin/time -v python3 scripts/sklearn_reference.py "$WORK/corpus.csv" "$WORK/sklearn.csv" 2> "$WORK/sk.time"
echo "== scikit-learn reference"; report "$WORK/sk.time"; grep "^rows" "$WORK/sk.time"
