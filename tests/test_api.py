"""The Python API of the README: realpolitik.code(), Pipeline, Store with a DataFrame."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import realpolitik
from realpolitik import CodedArticle, Pipeline, Settings, Store
from realpolitik.coders import events as events_module  # importing the coders keeps code()


def test_code_is_a_function_even_after_the_coders_are_imported(nlp: Any) -> None:
    assert events_module.CODER == "events"
    coded = realpolitik.code(
        "Russia and China sent high-ranking officials to Pyongyang in July.",
        published="2024-08-01",
    )
    assert isinstance(coded, CodedArticle)
    visits = sorted((e.actor_codes, e.recipient_codes, e.date) for e in coded.events)
    assert visits == [
        (("CHN",), ("PRK",), dt.date(2024, 7, 1)),
        (("RUS",), ("PRK",), dt.date(2024, 7, 1)),
    ]


def test_code_reads_a_date_string_as_the_ingest_readers_do(nlp: Any) -> None:
    text = "Russia and China sent high-ranking officials to Pyongyang on Monday."
    coded = realpolitik.code(text, published="December 31, 2017 ")
    assert coded.article.published == dt.date(2017, 12, 31)
    # a string that is no date is a warning, not a crash
    coded = realpolitik.code(text, published="not a date")
    assert coded.article.published is None
    assert any("invalid date 'not a date'" in w for w in coded.article.warnings)


def test_pipeline_and_store_give_a_frame(tmp_path: Path, nlp: Any) -> None:
    article = realpolitik.Article(
        id="x1",
        text="Iran summoned the British ambassador on Wednesday. Iran accused Britain of spying.",
        published=dt.date(2024, 2, 14),
    )
    with Store.open(tmp_path / "x.db") as store:
        for result in Pipeline(Settings()).code_articles([article]):
            assert isinstance(result, CodedArticle)
            store.add(result)
        frame = store.events_frame()
    # summoning the envoy (a protest to Britain) and the accusation: one ACCUSE each
    assert list(frame["event"]) == ["ACCUSE", "ACCUSE"]
    assert set(frame["actor"]) == {"IRN"} and set(frame["recipient"]) == {"GBR"}
