"""Throughput of the full pipeline beside spaCy alone (the floor), on the same texts.

Run:  python benchmarks/bench_pipeline.py [--limit N] [--processes 1 2] [--csv PATH]

Reads the Reuters sample in ../shared/corpus (or --csv), parses the texts
with spaCy alone, then codes them with the full pipeline, and prints
articles/s, words/s, the coders' share of the time and peak memory. Each
configuration runs in a fresh process so that peak memory is its own, and
runs --repeat times alternating with the other mode; the best run is kept,
so that load from other programs on the machine biases neither side.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "corpus" / "reuters-2017-sample.csv"


def load_texts(path: Path, limit: int) -> list[str]:
    csv.field_size_limit(1 << 26)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [row["text"] for row in rows[:limit] if row.get("text", "").strip()]


def run_one(mode: str, path: Path, limit: int, processes: int) -> dict[str, float]:
    """Run one configuration in this process and return its figures."""
    texts = load_texts(path, limit)
    words = sum(len(t.split()) for t in texts)
    from realpolitik.config import Settings
    from realpolitik.nlp import load_nlp, parse
    from realpolitik.pipeline import Pipeline

    load_nlp()
    settings = Settings(n_process=processes)
    pipeline = Pipeline(settings=settings)
    # warm up: load the model (and, for the pipeline, the gazetteers and coders' tables)
    if mode == "spacy":
        list(parse(texts[:3]))
    else:
        list(pipeline.code_articles(_articles(texts[:3])))
    start = time.perf_counter()
    if mode == "spacy":
        for _ in parse(texts, n_process=processes, batch_size=settings.batch_size):
            pass
    else:
        for _ in pipeline.code_articles(_articles(texts)):
            pass
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "articles": len(texts),
        "words": words,
        "seconds": seconds,
        "articles_per_s": len(texts) / seconds,
        "words_per_s": words / seconds,
        "peak_mb": max(peak_mb, children_mb),
    }


def _articles(texts: list[str]) -> list[object]:
    from realpolitik.ids import article_id
    from realpolitik.models import Article

    return [Article(id=article_id(t), text=t, source_id=str(i)) for i, t in enumerate(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--repeat", type=int, default=2, help="Runs of each configuration; the best is kept."
    )
    parser.add_argument("--one", nargs=2, metavar=("MODE", "PROCESSES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.csv.exists():
        sys.exit(f"{args.csv}: not found; pass --csv with a CSV that has a 'text' column")
    if args.one:
        mode, processes = args.one[0], int(args.one[1])
        print(json.dumps(run_one(mode, args.csv, args.limit, processes)))
        return
    print(f"{'mode':<10}{'procs':>6}{'articles':>10}{'art/s':>9}{'words/s':>10}{'peak MB':>9}")
    results: dict[tuple[str, int], dict[str, float]] = {}
    for processes in args.processes:
        for mode in ("spacy", "pipeline") * args.repeat:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--csv",
                    str(args.csv),
                    "--limit",
                    str(args.limit),
                    "--one",
                    mode,
                    str(processes),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            best = results.get((mode, processes))
            if best is None or figures["words_per_s"] > best["words_per_s"]:
                results[(mode, processes)] = figures
            print(
                f"{mode:<10}{processes:>6}{figures['articles']:>10.0f}"
                f"{figures['articles_per_s']:>9.2f}{figures['words_per_s']:>10.0f}"
                f"{figures['peak_mb']:>9.0f}"
            )
        ratio = (
            results[("pipeline", processes)]["words_per_s"]
            / results[("spacy", processes)]["words_per_s"]
        )
        print(
            f"  -> pipeline at {ratio:.2f} of spaCy-alone throughput with {processes} process(es);"
            f" coders add {100 * (1 / ratio - 1):.0f}% to spaCy's time"
        )


if __name__ == "__main__":
    main()
