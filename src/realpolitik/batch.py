"""Batch ingest: read inputs, skip what the store already has, code the rest, store it.

Streaming from end to end: articles flow from the readers through spaCy's
``nlp.pipe`` into the store, which commits in small batches, so an interrupted
run keeps everything committed before it and a rerun skips it (articles are
keyed by content hash).
"""

from __future__ import annotations

import collections
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Settings
from .models import Article, CodedArticle, Failure

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .store import Store

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What an ingest run did: counters and the reasons for skips and failures."""

    read: int = 0
    articles: int = 0
    already_stored: int = 0
    events: int = 0
    quotes: int = 0
    amounts: int = 0
    skipped: int = 0
    failed: int = 0
    stories: int = 0
    duplicates: int = 0
    merged_events: int = 0
    reasons: collections.Counter[str] = field(default_factory=collections.Counter)
    failures: list[Failure] = field(default_factory=list)

    def record_failure(self, failure: Failure) -> None:
        if failure.skipped:
            self.skipped += 1
        else:
            self.failed += 1
        self.reasons[f"{failure.stage}: {_reason(failure.error)}"] += 1
        if len(self.failures) < 1000:
            self.failures.append(failure)


def _reason(error: str) -> str:
    """The general part of an error line (after the input's name), for grouping."""
    _, sep, tail = error.partition(": ")
    return tail.split(";")[0] if sep else error.split(";")[0]


ProgressCallback = Callable[[IngestReport], None]


def ingest(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Code ``inputs`` into ``store``; returns the run's report.

    Failures are recorded in the store's failures table and on the report; the
    run goes on. Articles already stored (same content hash) are not parsed again.
    """
    from .ingest import read_inputs
    from .pipeline import Pipeline

    settings = settings or Settings()
    pipeline = pipeline or Pipeline(settings=settings)
    report = IngestReport()

    def fresh_articles() -> Iterator[Article]:
        for item in read_inputs(inputs, settings):
            report.read += 1
            if isinstance(item, Failure):
                report.record_failure(item)
                store.add_failure(item)
                if progress:
                    progress(report)
                continue
            if store.has_article(item.id):
                report.already_stored += 1
                if progress:
                    progress(report)
                continue
            yield item

    def coded() -> Iterator[CodedArticle]:
        for result in pipeline.code_articles(fresh_articles()):
            if isinstance(result, Failure):
                report.record_failure(result)
                store.add_failure(result)
            else:
                yield result

    def counted() -> Iterator[CodedArticle]:
        for item in coded():
            yield item
            report.articles += 1
            report.events += len(item.events)
            report.quotes += len(item.quotes)
            report.amounts += len(item.amounts)
            if progress:
                progress(report)

    store.add_many(counted())
    cluster_stories(store, report)
    return report


def cluster_stories(store: Store, report: IngestReport) -> None:
    """Cluster the new articles into stories and put the figures on the report."""
    stories = store.assign_stories()
    report.stories = stories.stories
    report.duplicates = stories.duplicates
    report.merged_events = stories.merged_events


def count_records(inputs: Iterable[str | Path]) -> int | None:
    """A quick count of the records in ``inputs``, for a progress bar's ETA.

    Counts JSONL lines and CSV rows, one record per other file; None when an
    input cannot be counted in advance (standard input, a URL or feed).
    """
    import csv

    total = 0
    for item in inputs:
        text = str(item)
        if text == "-" or "://" in text:
            return None
        path = Path(text)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if file.name.startswith(".") or not file.exists():
                continue
            if suffix in {".jsonl", ".ndjson"}:
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif suffix == ".csv":
                csv.field_size_limit(1 << 30)
                with file.open(encoding="utf-8", errors="replace", newline="") as handle:
                    total += max(0, sum(1 for _ in csv.reader(handle)) - 1)
            elif suffix in {".txt", ".text", ".md", ".html", ".htm"} or not path.is_dir():
                total += 1
    return total
