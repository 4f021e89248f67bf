#!/usr/bin/env bash
# Throughput of the Spark job of examples/spark/ in local mode against casus alone
# (docs/scale.md): N articles made by examples/spark/make_articles.py are coded
#   1. by one `casus extract --stream` process pinned to one core (taskset -c 0), and
#   2. by the job with --master local[C] (C cores, 2C partitions),
# each RUNS times; prints the best wall-clock time of each and the articles per second per core.
#
#   bash benches/spark.sh                 # N=3000 articles, C=2 cores, RUNS=3
#   N=1000 RUNS=1 bash benches/spark.sh
#
# Needs a release build (cargo build --release), Java 17, and pyspark 3.5.9 in CASUS_PYTHON (or
# the venv .ci/run makes, ~/.cache/casus-ci-venv).
set -euo pipefail
cd "$(dirname "$0")/.."

n="${N:-3000}"
cores="${C:-2}"
runs="${RUNS:-3}"
python="${CASUS_PYTHON:-${HOME:-/tmp}/.cache/casus-ci-venv/bin/python}"
casus="${CARGO_TARGET_DIR:-target}/release/casus"
work="${CASUS_BENCH_DIR:-/tmp/casus-bench-spark}"

[ -x "$casus" ] || { echo "build casus first: cargo build --release" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
"$python" examples/spark/make_articles.py "$n" "$work"

best() { sort -g | head -1; }

alone=$(for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    taskset -c 0 "$casus" extract --stream <"$work/articles.jsonl" >"$work/events.jsonl" 2>/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
done | best)
events=$(wc -l <"$work/events.jsonl")

spark=$(for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    PYSPARK_PYTHON="$python" "$python" examples/spark/casus_dyads.py --master "local[$cores]" \
        --partitions $((2 * cores)) --casus "$casus" --articles "$work/articles.jsonl" \
        --out "$work/spark" >"$work/spark.json" 2>"$work/spark.log"
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
done | best)
inside=$("$python" -c "import json,sys; print(json.load(open(sys.argv[1]))['seconds'])" \
    "$work/spark.json")

per_core_alone=$(echo "$n / $alone" | bc -l)
per_core_spark=$(echo "$n / $spark / $cores" | bc -l)
per_core_inside=$(echo "$n / $inside / $cores" | bc -l)
printf 'articles: %d (%d events)\n' "$n" "$events"
printf 'casus alone, one core:        %7.2f s  %7.1f articles/s\n' "$alone" "$per_core_alone"
printf 'Spark local[%d], whole run:    %7.2f s  %7.1f articles/s per core (%.0f%% of casus alone)\n' \
    "$cores" "$spark" "$per_core_spark" "$(echo "100 * $per_core_spark / $per_core_alone" | bc -l)"
printf 'Spark local[%d], job only:     %7.2f s  %7.1f articles/s per core (%.0f%% of casus alone)\n' \
    "$cores" "$inside" "$per_core_inside" "$(echo "100 * $per_core_inside / $per_core_alone" | bc -l)"
