"""casus as the map step of a Spark job: news articles in, the monthly dyad table out.

PySpark reads articles (JSON Lines or Parquet, one article per row with the columns `text`,
`published`, `url`, `outlet`, `title`, `id`), pipes each partition through
`casus extract --stream --skip-bad` (the binary is shipped to the workers as a file), reads the
events it writes, and aggregates them by source, target and month as `casus build --format dyads`
does (`dyads.csv`'s columns), into Parquet. Lines casus could not read come back as `rejected`
records, counted and written beside the table. See docs/scale.md.

    spark-submit --master local[2] examples/spark/casus_dyads.py \\
        --casus target/release/casus --articles articles.jsonl --out out/spark
"""

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

# The article columns casus reads (others are passed over by casus, so they are not sent).
ARTICLE_COLUMNS = ["id", "text", "published", "url", "outlet", "title"]

# The part of casus's event lines (docs/formats.md, events.jsonl) the dyads need, and the line
# that stands for a bad input line.
EVENT_SCHEMA = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("start", T.StringType()),
        T.StructField("end", T.StringType()),
        T.StructField("source", T.StringType()),
        T.StructField("target", T.StringType()),
        T.StructField("event_code", T.StringType()),
        T.StructField("goldstein", T.DoubleType()),
        T.StructField("quad_class", T.IntegerType()),
        T.StructField(
            "actors",
            T.ArrayType(
                T.StructType(
                    [
                        T.StructField("id", T.StringType()),
                        T.StructField("name", T.StringType()),
                    ]
                )
            ),
        ),
        T.StructField(
            "rejected",
            T.StructType(
                [
                    T.StructField("line", T.LongType()),
                    T.StructField("id", T.StringType()),
                    T.StructField("field", T.StringType()),
                    T.StructField("reason", T.StringType()),
                ]
            ),
        ),
    ]
)

# dyads.csv counts an event in the month of its first day when its date spans at most this many
# days (src/export/dyads.rs, MAX_SPAN_DAYS).
MAX_SPAN_DAYS = 31


def read_articles(spark, path, partitions):
    """The articles as a DataFrame of ARTICLE_COLUMNS (absent ones null)."""
    if path.endswith(".parquet") or os.path.isdir(path):
        df = spark.read.parquet(path)
    else:
        df = spark.read.json(path)
    for c in ARTICLE_COLUMNS:
        if c not in df.columns:
            df = df.withColumn(c, F.lit(None).cast("string"))
    df = df.select(*ARTICLE_COLUMNS)
    if partitions:
        df = df.repartition(partitions)
    return df


def casus_command(spark, casus):
    """The command each partition is piped through: the shipped binary, from where Spark put
    it (SparkFiles on the same machine in local mode; the working folder of the executor on a
    cluster, where spark-submit --files puts it)."""
    name = os.path.basename(casus)
    master = spark.sparkContext.master
    path = SparkFiles.get(name) if master.startswith("local") else "./" + name
    return f"{path} extract --stream --skip-bad"


def actor_names(casus):
    """casus's built-in actors, id to name, from `casus actors --origin casus`, run on the
    driver."""
    # casus reads actor files under the paths it is given (events/ by default): none here.
    with tempfile.TemporaryDirectory() as empty:
        out = subprocess.run(
            [casus, "actors", empty, "--origin", "casus"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    return {row["id"]: row["name"] for row in csv.DictReader(io.StringIO(out))}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--casus", required=True, help="the casus binary, shipped to the workers")
    p.add_argument("--articles", required=True, help="JSON Lines or Parquet of articles")
    p.add_argument("--out", required=True, help="folder for dyads/ and rejected/ (Parquet)")
    p.add_argument("--partitions", type=int, default=0, help="repartition the articles first")
    p.add_argument("--master", help="Spark master when run without spark-submit (local[2])")
    p.add_argument(
        "--shuffle-partitions", type=int, default=8, help="partitions of the aggregation"
    )
    args = p.parse_args(argv)

    # A few shuffle partitions: the dyad table is small, and Spark's 200 by default cost more
    # than the aggregation on a few cores.
    builder = (
        SparkSession.builder.appName("casus-dyads")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(args.shuffle_partitions))
    )
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    started = time.monotonic()
    spark.sparkContext.addFile(os.path.abspath(args.casus))
    articles = read_articles(spark, args.articles, args.partitions)

    # The map step: each partition's articles, one JSON object a line, through casus.
    lines = articles.toJSON().pipe(casus_command(spark, args.casus), checkCode=True)
    out = spark.read.schema(EVENT_SCHEMA).json(lines).cache()

    rejected = out.where(F.col("rejected").isNotNull()).select("rejected.*")
    events = out.where(F.col("rejected").isNull() & F.col("id").isNotNull())

    # Names: casus's built-in actors, and the actors the event lines carry (dictionary ones).
    builtin = spark.createDataFrame(
        list(actor_names(args.casus).items()), "id string, name string"
    )
    carried = events.select(F.explode("actors").alias("a")).select("a.id", "a.name")
    names = builtin.unionByName(carried).dropDuplicates(["id"])

    start, end = F.to_date("start"), F.to_date("end")
    counted = events.where(
        F.col("target").isNotNull()
        & start.isNotNull()
        & end.isNotNull()
        & (F.datediff(end, start) < MAX_SPAN_DAYS)
    ).withColumn("month", F.date_format(start, "yyyy-MM"))
    quad = lambda n: F.sum(F.when(F.col("quad_class") == n, 1).otherwise(0))  # noqa: E731
    dyads = (
        counted.groupBy(
            F.col("source").alias("source_id"), F.col("target").alias("target_id"), "month"
        )
        .agg(
            F.count("*").alias("events"),
            # Goldstein scores are tenths: summed in tenths, exactly.
            (F.sum(F.round(F.col("goldstein") * 10).cast("long")) / 10.0).alias("goldstein_sum"),
            F.count("*").alias("_n"),
            quad(1).alias("verbal_cooperation"),
            quad(2).alias("material_cooperation"),
            quad(3).alias("verbal_conflict"),
            quad(4).alias("material_conflict"),
        )
        .withColumn("goldstein_mean", F.col("goldstein_sum") / F.col("_n"))
        .drop("_n")
    )
    src = names.select(F.col("id").alias("source_id"), F.col("name").alias("source"))
    tgt = names.select(F.col("id").alias("target_id"), F.col("name").alias("target"))
    dyads = (
        dyads.join(src, "source_id", "left")
        .join(tgt, "target_id", "left")
        .withColumn("source", F.coalesce("source", "source_id"))
        .withColumn("target", F.coalesce("target", "target_id"))
        .select(
            "source",
            "target",
            "month",
            "events",
            "goldstein_sum",
            "goldstein_mean",
            "verbal_cooperation",
            "material_cooperation",
            "verbal_conflict",
            "material_conflict",
            "source_id",
            "target_id",
        )
        .orderBy("source", "target", "month", "source_id", "target_id")
    )
    dyads.write.mode("overwrite").parquet(os.path.join(args.out, "dyads"))
    rejected.write.mode("overwrite").parquet(os.path.join(args.out, "rejected"))
    summary = {
        "articles": articles.count(),
        "events": events.count(),
        "rejected": rejected.count(),
        "dyad_rows": spark.read.parquet(os.path.join(args.out, "dyads")).count(),
        "seconds": round(time.monotonic() - started, 3),
        "cores": spark.sparkContext.defaultParallelism,
    }
    print(json.dumps(summary))
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
