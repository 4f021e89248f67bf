"""Makes N articles from the sentences of casus's fixture article
(tests/fixtures/articles/ministry-talks.txt: an appeal to two parties, an accusation, a clash),
between states of casus's registry, for tests/spark.rs and benches/spark.sh.

Article i is published 45 days after article i - 1, and its events fall in the 13 days before
it, so that no two articles report events whose dates overlap: `casus build` then merges none,
and its dyads equal those of the Spark job, which counts each article's events as they come.
That holds for the first 800 articles (98 years); past them the dates come round again, a day
later each round, so that the weekday and the day of the clash, and so the text, differ from the
earlier rounds' (for benches/spark.sh, which counts no merges).

    python3 make_articles.py N OUT [--bad]

writes OUT/articles/wire-NNNNN.txt (with TOML front matter, for `casus build`) and
OUT/articles.jsonl (one JSON object a line, for `casus extract --stream` and the Spark job);
--bad adds one line whose date is no date, last.
"""

import datetime
import json
import os
import sys

STATES = [
    "Russia",
    "Turkey",
    "Armenia",
    "Azerbaijan",
    "France",
    "Iran",
    "Georgia",
    "Ukraine",
    "China",
    "India",
]

# Articles whose dates do not come round again.
CYCLE = 800


def article(i):
    """The id, publication date and text of article i."""
    published = datetime.date(1988, 1, 4) + datetime.timedelta(
        days=45 * (i % CYCLE) + i // CYCLE
    )
    n = len(STATES)
    # Three different states, the pairs varying from round to round of the list.
    picked = []
    for k in (i, i + 1 + i // n, i + 3 + 2 * (i // n)):
        while STATES[k % n] in picked:
            k += 1
        picked.append(STATES[k % n])
    a, b, c = picked
    weekday = (published - datetime.timedelta(days=2)).strftime("%A")
    clash = published - datetime.timedelta(days=6)
    text = (
        f"{a} Urges {b} and {c} to Hold Talks\n\n"
        f"{a} on {weekday} urged {b} and {c} to return to negotiations, the foreign ministry "
        "said.\n\n"
        f"{b} was accused by {c} of shelling border villages last week.\n\n"
        f"Fighting broke out between {b} and {c} on {clash.strftime('%B')} {clash.day}.\n"
    )
    return f"wire-{i:05}", published, text


def main(argv):
    n, out = int(argv[1]), argv[2]
    bad = "--bad" in argv[3:]
    os.makedirs(os.path.join(out, "articles"), exist_ok=True)
    with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as lines:
        for i in range(n):
            id_, published, text = article(i)
            path = os.path.join(out, "articles", id_ + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(f'+++\noutlet = "Wire"\npublished = {published}\n+++\n{text}')
            record = {"id": id_, "text": text, "published": str(published), "outlet": "Wire"}
            lines.write(json.dumps(record) + "\n")
        if bad:
            lines.write('{"id": "broken", "published": "1999-02-30", "text": "x"}\n')
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
