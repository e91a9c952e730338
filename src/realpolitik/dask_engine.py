"""Scale out on Dask: workers code chunks of articles and write Parquet partitions,
which the client then merges into the store.

Articles are read on the client (streaming), those already stored are
skipped, and the rest go to the workers in chunks. Each worker process loads
the spaCy model and the actor tables once (they are cached per process) and
writes one Parquet file per chunk: one row per coded article, with the
article id and the coded record as JSON. The client merges finished
partitions into the store as they arrive, so at most a few chunks are in
flight and memory stays flat. The store is written by the client alone, so a
PostgreSQL or SQLite store needs no network access from the workers.

Run on an existing cluster with ``--scheduler tcp://host:8786`` (for SLURM
or Kubernetes see docs/scaling.md), or on a local cluster with
``--workers N``.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import IngestReport, ProgressCallback, cluster_stories
from .config import Settings
from .models import Article, CodedArticle, Failure, from_dict, to_dict

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """What a worker returns for one chunk: its Parquet file and its failures."""

    path: str
    coded: int
    failures: tuple[Failure, ...]


@functools.cache
def _worker_pipeline(settings: Settings) -> Pipeline:
    """One pipeline per worker process and settings: the model loads once."""
    from .pipeline import Pipeline

    return Pipeline(settings=settings)


def code_chunk(
    articles: list[Article], settings: Settings, out_dir: str, index: int
) -> ChunkResult:
    """Code a chunk of articles on a worker and write them as one Parquet partition."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pipeline = _worker_pipeline(settings)
    ids: list[str] = []
    payloads: list[str] = []
    failures: list[Failure] = []
    for result in pipeline.code_articles(articles):
        if isinstance(result, Failure):
            failures.append(result)
        else:
            ids.append(result.article.id)
            payloads.append(json.dumps(to_dict(result), ensure_ascii=False))
    path = Path(out_dir) / f"part-{index:06d}.parquet"
    table = pa.table(
        {"article_id": pa.array(ids, pa.string()), "coded": pa.array(payloads, pa.string())}
    )
    pq.write_table(table, path)
    return ChunkResult(str(path), len(ids), tuple(failures))


def read_partition(path: str | Path) -> Iterator[CodedArticle]:
    """The coded articles of one Parquet partition."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["coded"])
    for payload in table.column("coded").to_pylist():
        yield from_dict(CodedArticle, json.loads(payload))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def ingest_dask(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    settings: Settings | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    chunk_size: int = 32,
    partitions_dir: str | Path | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Code ``inputs`` on a Dask cluster and merge the results into ``store``.

    ``scheduler`` is the address of a running scheduler; without it a local
    cluster of ``workers`` processes is started and closed again. Partitions
    are written to ``partitions_dir`` (a temporary folder by default, which
    every worker must be able to write and the client to read: on a real
    cluster pass a shared path).
    """
    from dask.distributed import Client, LocalCluster, as_completed

    from .ingest import read_inputs

    settings = settings or Settings()
    report = IngestReport()
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    tmp = None
    if partitions_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="realpolitik-parts-")
        partitions_dir = tmp.name
    out_dir = str(partitions_dir)
    Path(out_dir).mkdir(parents=True, exist_ok=True)

    def fresh() -> Iterator[Article]:
        for item in read_inputs(inputs, settings):
            report.read += 1
            if isinstance(item, Failure):
                report.record_failure(item)
                store.add_failure(item)
            elif store.has_article(item.id):
                report.already_stored += 1
            else:
                yield item

    def merge(result: ChunkResult) -> None:
        for failure in result.failures:
            report.record_failure(failure)
            store.add_failure(failure)
        coded = list(read_partition(result.path))
        for item in coded:
            report.events += len(item.events)
            report.quotes += len(item.quotes)
            report.amounts += len(item.amounts)
        report.articles += len(coded)
        store.add_many(coded)
        if progress:
            progress(report)

    try:
        in_flight = max(2, 2 * workers)
        pending = as_completed()
        submitted = 0
        for index, chunk in enumerate(_chunks(fresh(), chunk_size)):
            pending.add(client.submit(code_chunk, chunk, settings, out_dir, index, pure=False))
            submitted += 1
            if pending.count() >= in_flight:
                merge(next(pending).result())
        for future in pending:
            merge(future.result())
        log.info("dask ingest: %d chunks", submitted)
        cluster_stories(store, report)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if tmp is not None:
            tmp.cleanup()
    return report
