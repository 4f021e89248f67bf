"""N GDELT 2.0 rows made from a real GDELT export file (the shared 2015-02-18 sample): its rows
repeated with new GLOBALEVENTIDs (900000000 on), each copy dated a week after the one before
(SQLDATE from 2013-01-01 over ten years), so that the events span many months. For the Parquet
figures of docs/performance.md.

    python3 benches/python/gdelt_repeat.py ../shared/data/gdelt2-20150218230000.export.tsv \\
        1000000 /tmp/gdelt-1m.tsv
"""

import datetime
import sys


def main(argv):
    source, n_out, out_path = argv[1], int(argv[2]), argv[3]
    with open(source, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    base = datetime.date(2013, 1, 1)
    n = 0
    copy = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while n < n_out:
            day = (base + datetime.timedelta(days=(copy * 7) % 3650)).strftime("%Y%m%d")
            for row in rows:
                if n >= n_out:
                    break
                row = list(row)
                row[0] = str(900000000 + n)
                row[1] = day
                out.write("\t".join(row) + "\n")
                n += 1
            copy += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
