"""The DuckDB peer of benches/datasets.sh: the GDELT build job of benches/python/gdelt_pipeline.py
(the pandas reference), written the way an analyst writes it in DuckDB's SQL.

Read the tab-separated file (declared columns, no sniffing) into a table of the events dated
between --from and --to (SQLDATE), with only the columns the job uses; COPY the 12-column
timeline of the pandas pipeline, sorted by date and id, to a CSV file; aggregate the events with
both actor codes into directed dyads (count, mean Goldstein score, first and last date, dominant
event code: the most frequent, the smallest on a tie, as pandas' `mode().iloc[0]`) and write them
as DOT with the pandas pipeline's attributes. DuckDB uses every core unless --threads says
otherwise (`SET threads`).

    python gdelt_duckdb.py FILE --from 2015-01-01 --to 2016-12-31 --out DIR [--threads N]
"""

import argparse
import os

import duckdb

from gdelt_columns import COLUMNS

# Every column as text except the numbers the job computes with; codes keep their leading
# zeros ("043").
NUMBERS = {"GLOBALEVENTID": "BIGINT", "SQLDATE": "VARCHAR", "QuadClass": "INTEGER",
           "GoldsteinScale": "DOUBLE"}
SCHEMA = "{" + ", ".join(f"'{c}': '{NUMBERS.get(c, 'VARCHAR')}'" for c in COLUMNS) + "}"


def quoted(text):
    return "'" + text.replace("'", "''") + "'"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input")
    p.add_argument("--from", dest="start", default="0001-01-01")
    p.add_argument("--to", dest="end", default="9999-12-31")
    p.add_argument("--out", required=True)
    p.add_argument("--threads", type=int, help="SET threads (default: every core)")
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)

    con = duckdb.connect()
    if args.threads:
        con.execute(f"SET threads = {args.threads}")
    con.execute(f"""
        CREATE TABLE events AS
        SELECT GLOBALEVENTID, strptime(SQLDATE, '%Y%m%d')::DATE AS date,
               Actor1Code, Actor1Name, EventCode, Actor2Code, Actor2Name, GoldsteinScale,
               QuadClass, ActionGeo_FullName, SOURCEURL
        FROM read_csv({quoted(args.input)}, delim = '\t', header = false, quote = '',
                      escape = '', auto_detect = false, columns = {SCHEMA})
        WHERE strptime(SQLDATE, '%Y%m%d')::DATE
              BETWEEN {quoted(args.start)}::DATE AND {quoted(args.end)}::DATE
    """)
    con.execute(f"""
        COPY (
            SELECT 'gdelt-' || GLOBALEVENTID AS id, strftime(date, '%Y-%m-%d') AS date,
                   Actor1Code AS source_code, Actor1Name AS source,
                   EventCode AS event_code, Actor2Code AS target_code,
                   Actor2Name AS target, GoldsteinScale AS goldstein,
                   QuadClass AS quad_class, ActionGeo_FullName AS location,
                   'gdelt' AS origin, SOURCEURL AS url
            FROM events ORDER BY events.date, GLOBALEVENTID
        ) TO {quoted(os.path.join(args.out, "timeline.csv"))} (HEADER, DELIMITER ',')
    """)
    (kept,) = con.execute("SELECT count(*) FROM events").fetchone()
    lines = con.execute("""
        WITH dyadic AS (
            SELECT * FROM events WHERE Actor1Code IS NOT NULL AND Actor2Code IS NOT NULL
        ), dyads AS (
            SELECT Actor1Code, Actor2Code, count(*) AS events,
                   avg(GoldsteinScale) AS goldstein, min(date) AS first, max(date) AS last
            FROM dyadic GROUP BY Actor1Code, Actor2Code
        ), codes AS (
            SELECT Actor1Code, Actor2Code, EventCode AS code, count(*) AS n
            FROM dyadic GROUP BY Actor1Code, Actor2Code, EventCode
            QUALIFY row_number() OVER (PARTITION BY Actor1Code, Actor2Code
                                       ORDER BY n DESC, EventCode) = 1
        )
        SELECT printf('%s -> %s [label="%s x%d\\n%s - %s", penwidth=%.2f, '
                      || 'tooltip="%s -> %s: mean Goldstein %+.2f"];',
                      Actor1Code, Actor2Code, code, events, strftime(first, '%Y-%m-%d'),
                      strftime(last, '%Y-%m-%d'), least(7.0, 1 + log2(events)),
                      Actor1Code, Actor2Code, goldstein)
        FROM dyads JOIN codes USING (Actor1Code, Actor2Code)
        ORDER BY Actor1Code, Actor2Code
    """).fetchall()
    actors = con.execute("""
        SELECT Actor1Code FROM events WHERE Actor1Code IS NOT NULL AND Actor2Code IS NOT NULL
        UNION SELECT Actor2Code FROM events WHERE Actor1Code IS NOT NULL AND Actor2Code IS NOT NULL
        ORDER BY 1
    """).fetchall()
    with open(os.path.join(args.out, "actors.dot"), "w") as f:
        f.write("strict digraph {\n")
        f.write("".join(f"{a};\n" for (a,) in actors))
        f.write("\n".join(line for (line,) in lines))
        f.write("\n}\n")
    print(f"{kept} events, {len(actors)} actors, {len(lines)} dyads")


if __name__ == "__main__":
    main()
