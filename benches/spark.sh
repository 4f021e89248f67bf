#!/usr/bin/env bash
# Throughput of the Spark job of examples/spark/ in local mode against casus alone
# (docs/scale.md). N articles made by examples/spark/make_articles.py from the sentences of the
# fixture article (and their first N_SMALL) are coded
#   1. by one `casus extract --stream` process pinned to one core (taskset -c 0), and
#   2. by the job with --master local[C] (C cores, P partitions: 2C by default; PIPE=jvm
#      pipes through the JVM's RDD.pipe instead of PySpark's),
# each RUNS times, in turn (the best time of each is kept). It prints, for both, the articles
# per second per core over the whole run of N articles, and the steady rate: the N - N_SMALL
# more articles over the time they added, which leaves out what a run pays once whatever its
# size (the JVM's and Spark's start, casus's start, the stages' fixed costs); and the ratio of
# the two. On a machine shared with other work the wall clock measures the share of the cores
# a run got as much as the run, so the same figures are also given per CPU-second of all the
# run's processes (benches/python/cputime.py counts the JVM and every casus; with PIPE=python
# it misses the Python workers and the casus processes under them, for a reason not found, so
# that the CPU figures hold for PIPE=jvm only).
#
#   bash benches/spark.sh                          # N=12000, N_SMALL=2000, C=2, RUNS=1
#   N=40000 N_SMALL=4000 RUNS=2 bash benches/spark.sh  # the figures of docs/scale.md
#
# Needs Linux, a release build (cargo build --release), Java 17, taskset, bc, and pyspark 3.5.9 in
# CASUS_PYTHON (or the venv .ci/run makes, ~/.cache/casus-ci-venv).
set -euo pipefail
cd "$(dirname "$0")/.."

n="${N:-12000}"
n_small="${N_SMALL:-2000}"
cores="${C:-2}"
partitions="${P:-$((2 * cores))}"
runs="${RUNS:-1}"
through="${PIPE:-python}"
python="${CASUS_PYTHON:-${HOME:-/tmp}/.cache/casus-ci-venv/bin/python}"
casus="${CARGO_TARGET_DIR:-target}/release/casus"
work="${CASUS_BENCH_DIR:-/tmp/casus-bench-spark}"

[ -x "$casus" ] || { echo "build casus first: cargo build --release" >&2; exit 1; }
[ "$n_small" -lt "$n" ] || { echo "N_SMALL must be less than N" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
"$python" examples/spark/make_articles.py "$n" "$work"
rm -rf "$work/articles"
mv "$work/articles.jsonl" "$work/large.jsonl"
head -n "$n_small" "$work/large.jsonl" >"$work/small.jsonl"

now() { date +%s.%N; }

# casus alone on one core, on $1: its wall-clock and CPU times (benches/python/cputime.py).
alone() {
    "$python" benches/python/cputime.py "$work/cputime" -- \
        taskset -c 0 "$casus" extract --stream <"$work/$1.jsonl" >"$work/$1-events.jsonl" \
        2>"$work/$1-alone.log"
    cut -d' ' -f1-2 "$work/cputime"
}

# The Spark job on $1: its wall-clock time and the CPU time of all its processes (the JVM, any
# Python workers, every casus); its summary, whose `seconds` count from the session's start,
# in $work/$1-spark.json.
spark() {
    PYSPARK_PYTHON="$python" "$python" benches/python/cputime.py "$work/cputime" -- \
        "$python" examples/spark/casus_dyads.py \
        --master "local[$cores]" --partitions "$partitions" --pipe "$through" \
        --casus "$casus" \
        --articles "$work/$1.jsonl" --out "$work/spark-$1" \
        >"$work/$1-spark.json" 2>"$work/$1-spark.log" </dev/null
    cut -d' ' -f1-2 "$work/cputime"
}

job_seconds() {
    "$python" -c "import json,sys; print(json.load(open(sys.argv[1]))['seconds'])" \
        "$work/$1-spark.json"
}

# RUNS rounds, each of the four runs in turn, so that a change in the machine's load falls on
# all four; the best time of each is kept.
: >"$work/times"
for round in $(seq "$runs"); do
    for size in small large; do
        echo "alone $size $(alone $size)" >>"$work/times"
    done
    for size in small large; do
        echo "spark $size $(spark $size)" >>"$work/times"
        echo "job $size $(job_seconds $size)" >>"$work/times"
    done
    echo "round $round: $(tr '\n' ' ' <"$work/times")" >&2
done
# The least of field $3 (3: wall clock, 4: CPU) of the runs of $1 on $2.
best() {
    awk -v k="$1 $2" -v f="${3:-3}" '$1 " " $2 == k { print $f }' "$work/times" | sort -g | head -1
}
alone_small=$(best alone small)
alone_large=$(best alone large)
spark_small=$(best spark small)
spark_large=$(best spark large)
job_small=$(best job small)
job_large=$(best job large)
cpu_alone_small=$(best alone small 4)
cpu_alone_large=$(best alone large 4)
cpu_spark_small=$(best spark small 4)
cpu_spark_large=$(best spark large 4)
events=$(wc -l <"$work/large-events.jsonl")
spark_events=$("$python" -c "import json,sys; print(json.load(open(sys.argv[1]))['events'])" \
    "$work/large-spark.json")

rate() { echo "$1 / $2" | bc -l; }
delta=$((n - n_small))
alone_whole=$(rate "$n" "$alone_large")
alone_steady=$(rate "$delta" "($alone_large - $alone_small)")
spark_whole=$(rate "$n" "($spark_large * $cores)")
spark_steady=$(rate "$delta" "(($spark_large - $spark_small) * $cores)")
job_whole=$(rate "$n" "($job_large * $cores)")
job_steady=$(rate "$delta" "(($job_large - $job_small) * $cores)")
pct() { echo "100 * $1 / $2" | bc -l; }
# Per CPU-second of all the run's processes: what the rate per core would be with the cores the
# run's own, whatever else the machine was doing.
cpu_alone_whole=$(rate "$n" "$cpu_alone_large")
cpu_alone_steady=$(rate "$delta" "($cpu_alone_large - $cpu_alone_small)")
cpu_spark_whole=$(rate "$n" "$cpu_spark_large")
cpu_spark_steady=$(rate "$delta" "($cpu_spark_large - $cpu_spark_small)")

printf 'date: %s; %s cores, load average %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'articles: %d and %d (casus alone: %d event lines; Spark: %s events)\n' \
    "$n_small" "$n" "$events" "$spark_events"
printf 'Spark local[%d], %d partitions, pipe through %s, RUNS=%d (best of each)\n' "$cores" \
    "$partitions" "$through" "$runs"
printf '%-34s %9s %9s %14s %14s %7s\n' "" "N_SMALL s" "N s" "whole art/s/c" \
    "steady art/s/c" "steady%"
printf '%-34s %9.2f %9.2f %14.1f %14.1f %6.0f%%\n' "casus alone, one core" \
    "$alone_small" "$alone_large" "$alone_whole" "$alone_steady" 100
printf '%-34s %9.2f %9.2f %14.1f %14.1f %6.0f%%\n' "Spark job, whole run (JVM start)" \
    "$spark_small" "$spark_large" "$spark_whole" "$spark_steady" \
    "$(pct "$spark_steady" "$alone_steady")"
printf '%-34s %9.2f %9.2f %14.1f %14.1f %6.0f%%\n' "Spark job, session start to summary" \
    "$job_small" "$job_large" "$job_whole" "$job_steady" "$(pct "$job_steady" "$alone_steady")"
printf 'whole run of %d articles: Spark at %.0f%% of casus alone per core\n' "$n" \
    "$(pct "$spark_whole" "$alone_whole")"
printf '\nCPU time of all processes      N_SMALL s       N s  whole art/cpu-s steady art/cpu-s steady%%\n'
printf '%-28s %9.2f %9.2f %16.1f %17.1f %6.0f%%\n' "casus alone" "$cpu_alone_small" \
    "$cpu_alone_large" "$cpu_alone_whole" "$cpu_alone_steady" 100
printf '%-28s %9.2f %9.2f %16.1f %17.1f %6.0f%%\n' "Spark job" "$cpu_spark_small" \
    "$cpu_spark_large" "$cpu_spark_whole" "$cpu_spark_steady" \
    "$(pct "$cpu_spark_steady" "$cpu_alone_steady")"
