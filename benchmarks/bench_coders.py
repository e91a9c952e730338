"""Each coder's time beside spaCy's parse time on the same articles.

Run:  python benchmarks/bench_coders.py [--limit N] [--csv PATH]

Parses the first N Reuters articles of ../shared/corpus (or --csv) once,
then times each coder on the parsed documents, and prints each coder's time
as a share of the parse time: the events coder (with the actor resolver it
needs) against the 25% budget, quotes, amounts, dates and places together
against the 15% budget.
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "corpus" / "reuters-2017-sample.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    if not args.csv.exists():
        sys.exit(f"{args.csv}: not found; pass --csv with a CSV that has a 'text' column")
    csv.field_size_limit(1 << 26)
    with args.csv.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)][: args.limit]

    from realpolitik.coders import amounts, dates, events, places, quotes
    from realpolitik.ids import article_id
    from realpolitik.models import Article
    from realpolitik.nlp import parse
    from realpolitik.pipeline import Pipeline

    articles = [Article(id=article_id(t), text=t) for t in texts]
    pipeline = Pipeline()
    list(pipeline.code_articles(articles[:3]))  # load the model and every table once
    resolver = pipeline._resolver()

    best_parse = float("inf")
    docs = []
    for _ in range(2):
        start = time.perf_counter()
        docs = list(parse(texts))
        best_parse = min(best_parse, time.perf_counter() - start)

    spent: collections.Counter[str] = collections.Counter()
    for doc, article in zip(docs, articles, strict=True):
        t0 = time.perf_counter()
        actors = resolver.resolve(doc, article)
        t1 = time.perf_counter()
        times = dates.code_dates(doc, article)
        dates.date_warnings(article, times)
        t2 = time.perf_counter()
        found_places = places.code_places(doc, article, actors)
        t3 = time.perf_counter()
        found = events.code_events(doc, article, actors, times, found_places)
        t4 = time.perf_counter()
        quotes.code_quotes(doc, article, actors)
        t5 = time.perf_counter()
        amounts.code_amounts(doc, article, actors, found)
        t6 = time.perf_counter()
        spent.update(
            actors=t1 - t0,
            dates=t2 - t1,
            places=t3 - t2,
            events=t4 - t3,
            quotes=t5 - t4,
            amounts=t6 - t5,
        )

    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words} words; spaCy parse {best_parse:.2f} s (best of 2)")
    for name, seconds in spent.most_common():
        share = 100 * seconds / best_parse
        print(f"  {name:<8}{seconds:>7.2f} s {share:>6.1f}% of spaCy's time")
    event_share = 100 * (spent["events"] + spent["actors"]) / best_parse
    other = spent["quotes"] + spent["amounts"] + spent["dates"] + spent["places"]
    print(f"events + actors: {event_share:.1f}% of spaCy's time (budget 25%)")
    print(f"quotes + amounts + dates + places: {100 * other / best_parse:.1f}% (budget 15%)")


if __name__ == "__main__":
    main()
