"""A Dask run (a local cluster of two workers) gives the same store contents as a local run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from realpolitik.batch import ingest
from realpolitik.config import Settings
from realpolitik.store import Filters, Store

ARTICLES = {
    "a.txt": "Russia and China sent high-ranking officials to Pyongyang in July, state media said.",
    "b.txt": "Iran summoned the British ambassador on Wednesday to protest against interference.",
    "c.txt": "Kenyan police arrested dozens of protesters in Nairobi on Tuesday as people marched.",
    "d.txt": "Japan and the Philippines signed a defence pact on Monday, officials in Manila said.",
    "e.txt": "\x00\x01 binary junk \x00",
}


def _contents(store: Store) -> dict[str, Any]:
    everything = Filters(merged=False)
    return {
        "articles": sorted(a.id for a in store.articles(everything)),
        "events": sorted(
            (e.id, e.event, e.actor_codes, e.recipient_codes) for e in store.events(everything)
        ),
        "quotes": sorted(q.id for q in store.quotes(everything)),
        "failures": sorted(f.input for f in store.failures()),
    }


@pytest.mark.slow
def test_dask_run_matches_local_run(tmp_path: Path, nlp: Any) -> None:
    pytest.importorskip("distributed")
    from realpolitik.dask_engine import ingest_dask

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = Settings(min_chars=20)
    with Store.open(tmp_path / "local.db") as local:
        local_report = ingest([folder], local, settings=settings)
        expected = _contents(local)
    with Store.open(tmp_path / "dask.db") as distributed:
        report = ingest_dask(
            [folder],
            distributed,
            settings=settings,
            workers=2,
            chunk_size=2,
            partitions_dir=tmp_path / "parts",
        )
        got = _contents(distributed)
    assert report.articles == local_report.articles == 4
    assert report.failed == local_report.failed == 1
    assert got == expected
    assert expected["events"], "the articles should yield events"
    assert len(list((tmp_path / "parts").glob("part-*.parquet"))) == 2
