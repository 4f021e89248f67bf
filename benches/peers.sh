#!/usr/bin/env bash
# The peer benchmark of docs/performance.md ("Against Polars and DuckDB"): the GDELT build job
# (read, keep a window of dates or everything, sort, write the timeline, aggregate the directed
# dyads into DOT) done by `casus build FILE --format timeline --format dot --top all` (every
# dyad, as the peers draw them) and by the Polars, DuckDB and pandas pipelines of
# benches/python/, each with its default threads and with one thread (CASUS_THREADS=1,
# POLARS_MAX_THREADS=1, DuckDB's `SET threads = 1`); and `casus validate` against the bare
# csv-crate parse (benches/datasets.rs). The runs are interleaved: every round
# runs every tool once, in an order rotated by one each round, so that a slow minute of a shared
# machine falls on all of them. Prints a Markdown table of medians (wall time and GNU time's peak
# RSS) with each peer's time as a multiple of casus's (above 1: casus is faster), after checking
# that every pipeline wrote as many timeline rows as casus.
#
#   bash benches/peers.sh                                     # 1M rows, 5 rounds
#   CASUS_BENCH_TOOLS="casus casus-held polars" bash benches/peers.sh   # casus with its default
#       --memory (events beyond 192 MiB spilled to disk) and with every event held (--memory 64G)
#   CASUS_BENCH_SIZES="1000000 4000000" CASUS_BENCH_RUNS=3 bash benches/peers.sh
#   CASUS_BENCH_PANDAS=0 bash benches/peers.sh                # without pandas (the slowest by far)
#   CASUS_BENCH_TOOLS="casus polars duckdb" CASUS_BENCH_VALIDATE=0 CASUS_BENCH_WINDOWS=all \
#       CASUS_BENCH_SIZES=4000000 bash benches/peers.sh       # some pipelines, some windows
#
# The Python pipelines install into a virtual environment outside the source tree
# (CASUS_BENCH_VENV, default ~/.cache/casus-bench-venv, from
# benches/python/requirements-datasets.txt); the generated files and every run's figures
# (runs.tsv) go to CASUS_BENCH_DIR (default /tmp/casus-bench). `cargo test` needs none of this.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${CASUS_BENCH_VENV:-$HOME/.cache/casus-bench-venv}
DIR=${CASUS_BENCH_DIR:-/tmp/casus-bench}
SIZES=${CASUS_BENCH_SIZES:-1000000}
RUNS=${CASUS_BENCH_RUNS:-5}
PANDAS=${CASUS_BENCH_PANDAS:-1}
# Pandas only up to this many rows (at 1M it takes ten times casus's time, three times its memory).
PANDAS_MAX=${CASUS_BENCH_PANDAS_MAX:-1000000}
# The windows: everything, and 153 of the 730 days the generated dates spread over (21% of the
# rows; `benches/datasets.rs gen` spreads them evenly from 2015-02-18).
WINDOWS=${CASUS_BENCH_WINDOWS:-"all 2015-06-01:2015-10-31"}
# The build pipelines to run, and whether to time `casus validate` against the parse too.
TOOLS=${CASUS_BENCH_TOOLS:-"casus casus-1t polars polars-1t duckdb duckdb-1t"}
VALIDATE=${CASUS_BENCH_VALIDATE:-1}
mkdir -p "$DIR"

if [ ! -x /usr/bin/time ]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import polars, duckdb, pandas' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -r benches/python/requirements-datasets.txt
fi
PY="$VENV/bin/python"

cargo build --release --quiet
CASUS=$(cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/casus
PARSE=$(cargo bench --bench datasets --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "datasets" and m.get("executable"):
        print(m["executable"])')

RESULTS="$DIR/runs.tsv"
printf 'rows\twindow\ttool\tround\tseconds\tkib\n' >"$RESULTS"

# One run of tool $1 on file $2 with window $3 into folder $4 (stdout and stderr to $4.log).
run() {
    local tool=$1 file=$2 window=$3 out=$4 range=()
    if [ "$window" != all ]; then
        range=(--from "${window%:*}" --to "${window#*:}")
    fi
    rm -rf "$out"
    case $tool in
        casus) cmd=("$CASUS" build "$file" "${range[@]}" --format timeline --format dot --top all --out "$out") ;;
        casus-1t) cmd=(env CASUS_THREADS=1 "$CASUS" build "$file" "${range[@]}" --format timeline --format dot --top all --out "$out") ;;
        casus-held) cmd=("$CASUS" build "$file" "${range[@]}" --format timeline --format dot --top all --memory 64G --out "$out") ;;
        polars) cmd=("$PY" benches/python/gdelt_polars.py "$file" "${range[@]}" --out "$out") ;;
        polars-1t) cmd=(env POLARS_MAX_THREADS=1 "$PY" benches/python/gdelt_polars.py "$file" "${range[@]}" --out "$out") ;;
        duckdb) cmd=("$PY" benches/python/gdelt_duckdb.py "$file" "${range[@]}" --out "$out") ;;
        duckdb-1t) cmd=("$PY" benches/python/gdelt_duckdb.py "$file" "${range[@]}" --out "$out" --threads 1) ;;
        pandas) cmd=("$PY" benches/python/gdelt_pipeline.py "$file" "${range[@]}" --out "$out") ;;
        validate) cmd=("$CASUS" validate "$file") ;;
        parse) cmd=("$PARSE" parse "$file") ;;
    esac
    /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "${cmd[@]}" >"$out.log" 2>&1
}

for n in $SIZES; do
    file="$DIR/gdelt-$n.tsv"
    [ -s "$file" ] || "$PARSE" gen "$n" "$file"
    for window in $WINDOWS; do
        read -r -a tools <<<"$TOOLS"
        if [ "$PANDAS" = 1 ] && [ "$n" -le "$PANDAS_MAX" ]; then
            tools+=(pandas)
        fi
        if [ "$window" = all ] && [ "$VALIDATE" = 1 ]; then
            tools+=(validate parse)
        fi
        for r in $(seq "$RUNS"); do
            k=${#tools[@]}
            for i in $(seq 0 $((k - 1))); do
                tool=${tools[$(((i + r) % k))]}
                out="$DIR/out-$n-$window-$tool"
                run "$tool" "$file" "$window" "$out"
                read -r secs kib <"$DIR/time.txt"
                printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$window" "$tool" "$r" "$secs" "$kib" >>"$RESULTS"
                echo "  $n $window round $r: $tool $secs s, $((kib / 1024)) MiB" >&2
            done
        done
        # Every pipeline keeps casus's rows: the timeline files have as many lines.
        want=$(wc -l <"$DIR/out-$n-$window-casus/timeline.csv")
        for tool in "${tools[@]}"; do
            case $tool in validate | parse) continue ;; esac
            got=$(wc -l <"$DIR/out-$n-$window-$tool/timeline.csv")
            if [ "$got" != "$want" ]; then
                echo "row count differs: $tool wrote $((got - 1)) timeline rows, casus $((want - 1))" >&2
                exit 1
            fi
        done
        echo "  $n $window: every pipeline wrote $((want - 1)) timeline rows" >&2
    done
done

python3 - "$RESULTS" "$RUNS" <<'EOF'
import csv, statistics, sys
from collections import defaultdict

runs = defaultdict(list)
for r in csv.DictReader(open(sys.argv[1]), delimiter="\t"):
    runs[(int(r["rows"]), r["window"], r["tool"])].append((float(r["seconds"]), int(r["kib"])))
med = {k: (statistics.median(s for s, _ in v), statistics.median(m for _, m in v) / 1024)
       for k, v in runs.items()}
cols = [("casus", "casus 2 threads", None), ("casus-1t", "casus 1 thread", None),
        ("casus-held", "casus, every event held", None),
        ("polars", "Polars", "casus"), ("polars-1t", "Polars 1 thread", "casus-1t"),
        ("duckdb", "DuckDB", "casus"), ("duckdb-1t", "DuckDB 1 thread", "casus-1t"),
        ("pandas", "pandas", "casus")]
print(f"Medians of {sys.argv[2]} interleaved runs: wall time, peak RSS, and the time as a "
      "multiple of casus's with as many threads (above 1: casus is faster).\n")
print("| rows | kept | " + " | ".join(c[1] for c in cols) + " |")
print("|---|---|" + "---:|" * len(cols))
for n, window in sorted({(k[0], k[1]) for k in runs}, key=lambda k: (k[0], k[1] != "all")):
    cells = []
    for tool, _, base in cols:
        if (n, window, tool) not in med:
            cells.append("")
            continue
        s, m = med[(n, window, tool)]
        ratio = ""
        if base and (n, window, base) in med:
            ratio = f" (x{s / med[(n, window, base)][0]:.2f})"
        cells.append(f"{s:.2f} s{ratio}, {m:,.0f} MiB")
    kept = "all" if window == "all" else window.replace(":", " to ")
    print(f"| {n:,} | {kept} | " + " | ".join(cells) + " |")
for n in sorted({k[0] for k in runs}):
    if (n, "all", "validate") in med and (n, "all", "parse") in med:
        v, p = med[(n, "all", "validate")][0], med[(n, "all", "parse")][0]
        print(f"\n{n:,} rows: casus validate {v:.2f} s, csv-crate parse {p:.2f} s: "
              f"x{v / p:.2f} the parse")
EOF
