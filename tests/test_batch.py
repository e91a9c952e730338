"""Batch ingest at scale: garbage records are recorded and skipped, interrupted runs resume."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from realpolitik.batch import IngestReport, count_records, ingest
from realpolitik.store import Filters, Store

COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada", "Egypt", "Peru"]


def _corpus(path: Path, size: int, garbage_every: int) -> int:
    """A JSONL corpus with a garbage line every ``garbage_every`` lines; returns how many."""
    bad = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(size):
            if garbage_every and i % garbage_every == garbage_every - 1:
                out.write('{"id": "broken", "text": "unterminated\n')
                bad += 1
                continue
            a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 5 + 1) % len(COUNTRIES)]
            text = (
                f"The foreign minister of {a} met her counterpart from {b} in Geneva on Monday "
                f"to discuss trade, officials said in statement number {i}."
            )
            out.write(
                json.dumps({"id": f"r{i}", "text": text, "published": "2024-03-0" + str(1 + i % 9)})
                + "\n"
            )
    return bad


@pytest.mark.slow
def test_one_percent_garbage_finishes_and_records_each_failure(tmp_path: Path, nlp: Any) -> None:
    corpus = tmp_path / "corpus.jsonl"
    bad = _corpus(corpus, 200, garbage_every=100)
    assert count_records([corpus]) == 200
    with Store.open(tmp_path / "x.db") as store:
        report = ingest([corpus], store)
        failures = list(store.failures())
        stored = store.count("articles")
    assert bad == 2 and report.failed == 2 and len(failures) == 2
    assert all("corpus.jsonl:" in f.input and f.stage == "read" for f in failures)
    assert report.articles == stored == 198


class _Interrupt(Exception):
    pass


@pytest.mark.slow
def test_an_interrupted_run_resumes_without_duplicates(tmp_path: Path, nlp: Any) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, 120, garbage_every=0)
    db = tmp_path / "x.db"

    def stop_midway(report: IngestReport) -> None:
        if report.articles == 70:
            raise KeyboardInterrupt

    with Store.open(db) as store, pytest.raises(KeyboardInterrupt):
        ingest([corpus], store, progress=stop_midway)
    with Store.open(db) as store:
        kept = store.count("articles")
        assert 0 < kept < 120
        report = ingest([corpus], store)
        assert report.already_stored == kept and report.articles == 120 - kept
        assert store.count("articles") == 120
        events = list(store.events(Filters(merged=False)))
        assert len({e.id for e in events}) == len(events)
