"""casus as the map step of a Spark job: news articles in, the monthly dyad table out.

PySpark reads articles (JSON Lines or Parquet, or both, one article per row with the columns
`text`, `published`, `url`, `outlet`, `title`, `id`), pipes each partition through
`casus extract --stream --skip-bad` (the binary is shipped to the workers as a file), reads the
events it writes, and aggregates them by source, target and month as `casus build --format
dyads` does (`dyads.csv`'s columns), into Parquet. Lines casus could not read come back as `rejected` records, counted and written
beside the table. See docs/scale.md.

    spark-submit --master local[2] examples/spark/casus_dyads.py \\
        --casus target/release/casus --articles articles.jsonl --out out/spark
"""

import argparse
import csv
import functools
import io
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

from pyspark import SparkFiles
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

# The article columns casus reads (others are passed over by casus, so they are not sent).
ARTICLE_COLUMNS = ["id", "text", "published", "url", "outlet", "title"]
ARTICLE_SCHEMA = T.StructType([T.StructField(c, T.StringType()) for c in ARTICLE_COLUMNS])

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


def read_articles(spark, paths):
    """The articles of every path (JSON Lines, or Parquet: a `.parquet` file or a folder) as
    one DataFrame of ARTICLE_COLUMNS as strings (absent ones null; a Parquet DATE or TIMESTAMP
    `published` as its text, which casus reads)."""
    frames = []
    for path in paths:
        if path.endswith(".parquet") or os.path.isdir(path):
            df = spark.read.parquet(path)
        else:
            # With the schema given, Spark reads the lines once, in the map step, instead of
            # scanning them all first to infer one; an `id` that is a number is read as its
            # text.
            df = spark.read.schema(ARTICLE_SCHEMA).json(path)
        columns = [
            (F.col(c) if c in df.columns else F.lit(None)).cast("string").alias(c)
            for c in ARTICLE_COLUMNS
        ]
        frames.append(df.select(*columns))
    return functools.reduce(lambda a, b: a.unionByName(b), frames)


def casus_command(spark, casus):
    """The command each partition is piped through, as a list of words: the shipped binary,
    from where Spark put it (SparkFiles on the same machine in local mode; the working folder
    of the executor on a cluster, where spark-submit --files puts it)."""
    name = os.path.basename(casus)
    master = spark.sparkContext.master
    path = SparkFiles.get(name) if master.startswith("local") else "./" + name
    return [path, "extract", "--stream", "--skip-bad"]


def pipe(spark, articles, command, through):
    """The lines casus writes for each partition of `articles`, read as EVENT_SCHEMA.

    Through Python (`python`, the default): PySpark's `RDD.pipe`, where a Python worker per
    task stands between the JVM and casus, passing every line on. Through the JVM (`jvm`): the
    JVM's own `RDD.pipe` feeds each partition's rows, as JSON, to casus and reads its lines
    back, all in the executor, so that no Python runs on the executors; it reaches the JVM
    objects through PySpark's private handles (`_jdf`, `_jreader`, `_jsparkSession`), and was
    not measured faster (docs/scale.md)."""
    reader = spark.read.schema(EVENT_SCHEMA)
    if through == "python":
        lines = articles.toJSON().pipe(shlex.join(command), checkCode=True)
        return reader.json(lines)
    # JavaRDD.pipe, like checkCode=True, fails the task when casus exits with an error.
    jlines = articles._jdf.toJSON().javaRDD().pipe(command)
    strings = spark._jvm.org.apache.spark.sql.Encoders.STRING()
    dataset = spark._jsparkSession.createDataset(jlines.rdd(), strings)
    return DataFrame(reader._jreader.json(dataset), spark)


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
    p.add_argument(
        "--articles",
        required=True,
        nargs="+",
        help="JSON Lines or Parquet of articles (several: their union)",
    )
    p.add_argument("--out", required=True, help="folder for dyads/ and rejected/ (Parquet)")
    p.add_argument("--partitions", type=int, default=0, help="repartition the articles first")
    p.add_argument(
        "--pipe",
        choices=["jvm", "python"],
        default="python",
        help="pipe through PySpark's RDD.pipe (default) or the JVM's",
    )
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
    articles = read_articles(spark, args.articles)
    # Each partition is one casus process on one core.
    piped = articles.repartition(args.partitions) if args.partitions else articles

    # The map step: each partition's articles, one JSON object a line, through casus.
    out = pipe(spark, piped, casus_command(spark, args.casus), args.pipe).cache()

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
