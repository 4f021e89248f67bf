"""The Polars peer of benches/datasets.sh: the GDELT build job of benches/python/gdelt_pipeline.py
(the pandas reference), written the way an analyst writes it with Polars' lazy API.

Scan the tab-separated file (only the columns the job uses), keep the events dated between
--from and --to (SQLDATE), sort them by date and id, write the same 12-column timeline CSV as the
pandas pipeline, aggregate the events with both actor codes into directed dyads (count, mean
Goldstein score, first and last date, dominant event code: the most frequent, the smallest on a
tie, as pandas' `mode().iloc[0]`) and write them as DOT with the pandas pipeline's attributes.
Polars uses every core unless POLARS_MAX_THREADS says otherwise.

    python gdelt_polars.py FILE --from 2015-01-01 --to 2016-12-31 --out DIR
"""

import argparse
import os

import polars as pl

from gdelt_columns import COLUMNS

# Every column as text except the numbers the job computes with; codes keep their leading
# zeros ("043"). Declaring the schema spares Polars a type-inference pass over the file.
NUMBERS = {"GLOBALEVENTID": pl.Int64, "SQLDATE": pl.Int64, "QuadClass": pl.Int64,
           "GoldsteinScale": pl.Float64}
SCHEMA = {c: NUMBERS.get(c, pl.String) for c in COLUMNS}


def fixed2(x, sign=False):
    """`x` as text with two decimals (Python's `:.2f`, or `:+.2f` with `sign`)."""
    cents = (x * 100).round().cast(pl.Int64)
    whole = (cents.abs() // 100).cast(pl.String)
    frac = (cents.abs() % 100).cast(pl.String).str.zfill(2)
    minus = pl.when(cents < 0).then(pl.lit("-")).otherwise(pl.lit("+" if sign else ""))
    return pl.concat_str(minus, whole, pl.lit("."), frac)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input")
    p.add_argument("--from", dest="start", default="0001-01-01")
    p.add_argument("--to", dest="end", default="9999-12-31")
    p.add_argument("--out", required=True)
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    start = pl.lit(args.start).str.to_date("%Y-%m-%d")
    end = pl.lit(args.end).str.to_date("%Y-%m-%d")

    events = (
        pl.scan_csv(args.input, separator="\t", has_header=False, schema=SCHEMA,
                    quote_char=None)
        .select("GLOBALEVENTID", "Actor1Code", "Actor1Name", "EventCode", "Actor2Code",
                "Actor2Name", "GoldsteinScale", "QuadClass", "ActionGeo_FullName", "SOURCEURL",
                date=pl.col("SQLDATE").cast(pl.String).str.to_date("%Y%m%d"))
        .filter(pl.col("date").is_between(start, end))
        .sort("date", "GLOBALEVENTID")
        .collect()
    )

    timeline = events.select(
        id=pl.lit("gdelt-") + pl.col("GLOBALEVENTID").cast(pl.String),
        date=pl.col("date").dt.strftime("%Y-%m-%d"),
        source_code=pl.col("Actor1Code"),
        source=pl.col("Actor1Name"),
        event_code=pl.col("EventCode"),
        target_code=pl.col("Actor2Code"),
        target=pl.col("Actor2Name"),
        goldstein=pl.col("GoldsteinScale"),
        quad_class=pl.col("QuadClass"),
        location=pl.col("ActionGeo_FullName"),
        origin=pl.lit("gdelt"),
        url=pl.col("SOURCEURL"),
    )
    timeline.write_csv(os.path.join(args.out, "timeline.csv"))

    pair = ["Actor1Code", "Actor2Code"]
    dyadic = events.lazy().drop_nulls(pair)
    dyads = dyadic.group_by(pair).agg(
        events=pl.len(),
        goldstein=pl.col("GoldsteinScale").mean(),
        first=pl.col("date").min(),
        last=pl.col("date").max(),
    )
    dominant = (
        dyadic.group_by(*pair, "EventCode").agg(n=pl.len())
        .sort(*pair, "n", "EventCode", descending=[False, False, True, False])
        .group_by(pair, maintain_order=True).first()
        .select(*pair, code="EventCode")
    )
    table = dyads.join(dominant, on=pair).sort(pair).collect()
    lines = table.select(pl.format(
        '{} -> {} [label="{} x{}\\n{} - {}", penwidth={}, tooltip="{} -> {}: mean Goldstein {}"];',
        "Actor1Code", "Actor2Code", "code", "events",
        pl.col("first").dt.strftime("%Y-%m-%d"), pl.col("last").dt.strftime("%Y-%m-%d"),
        fixed2((1 + pl.col("events").log(2)).clip(upper_bound=7.0)),
        "Actor1Code", "Actor2Code", fixed2(pl.col("goldstein"), sign=True),
    )).to_series()
    actors = pl.concat([table[c] for c in pair]).unique().sort()
    with open(os.path.join(args.out, "actors.dot"), "w") as f:
        f.write("strict digraph {\n")
        f.write("".join(f"{a};\n" for a in actors))
        f.write("\n".join(lines))
        f.write("\n}\n")
    print(f"{len(timeline)} events, {len(actors)} actors, {len(lines)} dyads")


if __name__ == "__main__":
    main()
