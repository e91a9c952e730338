"""Near-duplicate clustering time as the corpus grows (target: about linear).

Run:  python benchmarks/bench_dedup.py [--sizes 10000 50000 100000]

Builds a synthetic corpus from the Reuters sample in ../shared/corpus (or
--csv): each article is 6 to 12 real sentences drawn at random from the sample, and
one in five is a reprint of an earlier one (a dateline added, the last
sentence dropped). Clusters it with :class:`realpolitik.dedup.StoryClusterer`
and prints seconds, microseconds per article and how many reprints were
found, for each size.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "corpus" / "reuters-2017-sample.csv"


def sentences(path: Path) -> list[str]:
    csv.field_size_limit(1 << 26)
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    found: list[str] = []
    for text in texts:
        found += [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 6]
    return found


def corpus(pool: list[str], size: int, seed: int = 7) -> tuple[list[tuple[str, str]], int]:
    rng = random.Random(seed)
    articles: list[tuple[str, str]] = []
    reprints = 0
    for i in range(size):
        if articles and rng.random() < 0.2:
            _, original = articles[rng.randrange(len(articles))]
            body = original.rsplit(". ", 1)[0]
            articles.append((f"a{i}", f"LONDON (Wire) - {body}."))
            reprints += 1
        else:
            articles.append((f"a{i}", " ".join(rng.sample(pool, rng.randint(6, 12)))))
    return articles, reprints


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    args = parser.parse_args()
    if not args.csv.exists():
        sys.exit(f"{args.csv}: not found; pass --csv with a CSV that has a 'text' column")
    from realpolitik.dedup import StoryClusterer

    pool = sentences(args.csv)
    print(f"{'articles':>9}{'seconds':>9}{'us/article':>12}{'reprints':>10}{'joined':>8}")
    for size in args.sizes:
        articles, reprints = corpus(pool, size)
        clusterer = StoryClusterer()
        start = time.perf_counter()
        joined = sum(clusterer.add(aid, text) != aid for aid, text in articles)
        seconds = time.perf_counter() - start
        print(f"{size:>9}{seconds:>9.1f}{1e6 * seconds / size:>12.0f}{reprints:>10}{joined:>8}")


if __name__ == "__main__":
    main()
