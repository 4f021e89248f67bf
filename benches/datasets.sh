#!/usr/bin/env bash
# The dataset benchmark of docs/performance.md: `casus build` against the pandas + networkx
# reference pipeline (benches/python/gdelt_pipeline.py) and against merely parsing the file with
# the csv crate (benches/datasets.rs), on the real GDELT sample scaled to 100,000 and 1,000,000
# rows. Prints one Markdown table row per tool and size: wall time and peak RSS (GNU time).
#
#   bash benches/datasets.sh                      # 100k and 1M rows
#   CASUS_BENCH_SIZES="100000" bash benches/datasets.sh
#
# The Python reference installs into a virtual environment outside the source tree
# (CASUS_BENCH_VENV, default ~/.cache/casus-bench-venv); the generated files go to
# CASUS_BENCH_DIR (default /tmp/casus-bench). `cargo test` needs none of this.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${CASUS_BENCH_VENV:-$HOME/.cache/casus-bench-venv}
DIR=${CASUS_BENCH_DIR:-/tmp/casus-bench}
SIZES=${CASUS_BENCH_SIZES:-"100000 1000000"}
RUNS=${CASUS_BENCH_RUNS:-5}
# Both pipelines keep the same window of dates: about three quarters of the generated rows,
# whose dates spread evenly from 2015-02-18 over two years (sample rows of 2014 a year earlier).
FROM=2015-03-01
TO=2016-08-31
mkdir -p "$DIR"

if [ ! -x /usr/bin/time ]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -r benches/python/requirements-datasets.txt
fi

cargo build --release --quiet
CASUS=$(cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/casus
PARSE=$(cargo bench --bench datasets --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "datasets" and m.get("executable"):
        print(m["executable"])')

# Best wall time of RUNS runs, with the peak RSS of that run: "seconds MiB".
measure() {
    local best="" out
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" >/dev/null 2>&1
        out=$(cat "$DIR/time.txt")
        if [ -z "$best" ] || awk -v a="${out% *}" -v b="${best% *}" 'BEGIN{exit !(a<b)}'; then
            best=$out
        fi
    done
    awk -v s="${best% *}" -v k="${best#* }" 'BEGIN{printf "%.2f s | %.0f MiB", s, k/1024}'
}

echo "| rows | file | tool | wall (best of $RUNS) | peak RSS |"
echo "|---:|---:|---|---:|---:|"
for n in $SIZES; do
    file="$DIR/gdelt-$n.tsv"
    [ -s "$file" ] || "$PARSE" gen "$n" "$file"
    size=$(awk -v b="$(stat -c %s "$file")" 'BEGIN{printf "%.0f MiB", b/1048576}')
    echo "| $n | $size | csv crate, parse only | $(measure "$PARSE" parse "$file") |"
    echo "| $n | $size | casus validate (read only) | $(measure "$CASUS" validate "$file") |"
    echo "| $n | $size | casus build | $(measure "$CASUS" build "$file" --from $FROM --to $TO --out "$DIR/casus-$n") |"
    echo "| $n | $size | pandas + networkx | $(measure "$VENV/bin/python" benches/python/gdelt_pipeline.py "$file" --from $FROM --to $TO --out "$DIR/pandas-$n") |"
done
