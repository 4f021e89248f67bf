"""The reference pipeline of benches/datasets.sh: the job `casus build` does on a GDELT 2.0 event
file, written the way an analyst writes it today with pandas and networkx.

Read the tab-separated file, keep the events dated between --from and --to (SQLDATE), sort them
by date and id, write a timeline CSV, aggregate the events into directed dyads (count, mean
Goldstein score, first and last date, dominant event code) in a networkx DiGraph, and write it
as DOT with pydot.

    python gdelt_pipeline.py FILE --from 2015-01-01 --to 2016-12-31 --out DIR
"""

import argparse
import csv
import math
import os

import networkx as nx
import pandas as pd

from gdelt_columns import COLUMNS

# Codes keep their leading zeros ("043"); everything else is what pandas infers.
CODES = {c: str for c in COLUMNS if c.endswith("Code") or c.endswith("Name")}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input")
    p.add_argument("--from", dest="start", default="0001-01-01")
    p.add_argument("--to", dest="end", default="9999-12-31")
    p.add_argument("--out", required=True)
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)

    df = pd.read_csv(
        args.input, sep="\t", header=None, names=COLUMNS, dtype=CODES,
        quoting=csv.QUOTE_NONE, keep_default_na=False, na_values=[""],
    )
    df["date"] = pd.to_datetime(df["SQLDATE"].astype(str), format="%Y%m%d")
    df = df[(df["date"] >= args.start) & (df["date"] <= args.end)]
    df = df.sort_values(["date", "GLOBALEVENTID"])

    timeline = pd.DataFrame({
        "id": "gdelt-" + df["GLOBALEVENTID"].astype(str),
        "date": df["date"].dt.strftime("%Y-%m-%d"),
        "source_code": df["Actor1Code"].fillna(""),
        "source": df["Actor1Name"].fillna(""),
        "event_code": df["EventCode"],
        "target_code": df["Actor2Code"].fillna(""),
        "target": df["Actor2Name"].fillna(""),
        "goldstein": df["GoldsteinScale"],
        "quad_class": df["QuadClass"],
        "location": df["ActionGeo_FullName"].fillna(""),
        "origin": "gdelt",
        "url": df["SOURCEURL"].fillna(""),
    })
    timeline.to_csv(os.path.join(args.out, "timeline.csv"), index=False)

    dyadic = df.dropna(subset=["Actor1Code", "Actor2Code"])
    dyads = dyadic.groupby(["Actor1Code", "Actor2Code"]).agg(
        events=("GLOBALEVENTID", "size"),
        goldstein=("GoldsteinScale", "mean"),
        first=("date", "min"),
        last=("date", "max"),
        code=("EventCode", lambda s: s.mode().iloc[0]),
    )
    g = nx.DiGraph()
    for (a, b), row in dyads.iterrows():
        g.add_edge(
            a, b,
            label=f"{row.code} x{row.events}\n{row.first:%Y-%m-%d} - {row.last:%Y-%m-%d}",
            penwidth=f"{min(7.0, 1 + math.log2(row.events)):.2f}",
            tooltip=f"{a} -> {b}: mean Goldstein {row.goldstein:+.2f}",
        )
    nx.nx_pydot.write_dot(g, os.path.join(args.out, "actors.dot"))
    print(f"{len(timeline)} events, {g.number_of_nodes()} actors, {g.number_of_edges()} dyads")


if __name__ == "__main__":
    main()
