"""The same job as `cargo bench --bench timex`, done with dateparser.search.search_dates.

Reads the text the Rust benchmark wrote (`--write PATH`), finds the dates of each line
(paragraph) with the publication date 2020-09-29 as the relative base, and prints MB/s
(1 MB = 10^6 bytes) on the first N bytes of it (dateparser is slow; a prefix is enough for a
stable figure).

Usage: python timex_dateparser.py CORPUS [--kb N]   (default N = 200)
"""

import sys
import time
from datetime import datetime

from dateparser.search import search_dates


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    kb = 200
    if "--kb" in sys.argv:
        kb = int(sys.argv[sys.argv.index("--kb") + 1])
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # Whole lines, up to the size asked for.
    cut = text.find("\n", kb * 1000)
    sample = text if cut < 0 else text[: cut + 1]
    lines = sample.split("\n")
    settings = {"RELATIVE_BASE": datetime(2020, 9, 29)}
    # Warm up the language data so that loading it is not timed.
    search_dates("on Monday, 12 August 2019", languages=["en"], settings=settings)
    found = 0
    start = time.perf_counter()
    for line in lines:
        if not line:
            continue
        result = search_dates(line, languages=["en"], settings=settings)
        if result:
            found += len(result)
    elapsed = time.perf_counter() - start
    size = len(sample.encode("utf-8"))
    print(
        f"dateparser {__import__('dateparser').__version__}: {size / 1e6:.3f} MB, "
        f"{len(lines)} lines, {found} dates; {elapsed:.2f} s = {size / 1e6 / elapsed:.4f} MB/s "
        "(search_dates per line, one thread)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
