"""Hand-built coded articles and store fixtures shared by the store and export tests.

The fixtures run every store test on SQLite and, when the environment
variable REALPOLITIK_TEST_PG holds a PostgreSQL DSN, on PostgreSQL too (each
test gets its own schema, dropped afterwards).
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from realpolitik.ids import article_id, record_id
from realpolitik.models import (
    Actor,
    Amount,
    Article,
    CodedArticle,
    DatePrecision,
    Event,
    Place,
    Provenance,
    Quote,
    Speaker,
    TimeRef,
)
from realpolitik.store import Store

PG_DSN = os.environ.get("REALPOLITIK_TEST_PG", "")
CODER = "handmade"
VERSION = "1.0"

# -- store fixtures -------------------------------------------------------------------


def with_search_path(dsn: str, schema: str) -> str:
    """The DSN with its search_path set to ``schema`` (URI or key=value form)."""
    if dsn.startswith(("postgresql://", "postgres://")):
        joiner = "&" if "?" in dsn else "?"
        return f"{dsn}{joiner}options=-csearch_path%3D{schema}"
    return f"{dsn} options='-csearch_path={schema}'"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a fresh store lives: a SQLite file, or a fresh schema in REALPOLITIK_TEST_PG."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    if not PG_DSN:
        if os.environ.get("REALPOLITIK_REQUIRE_SERVICES"):
            pytest.fail("REALPOLITIK_REQUIRE_SERVICES is set but REALPOLITIK_TEST_PG is not")
        pytest.skip("set REALPOLITIK_TEST_PG to a PostgreSQL DSN to run the PostgreSQL tests")
    import psycopg

    schema = f"rp_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_search_path(PG_DSN, schema)
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    """A fresh, empty store on each backend."""
    with Store.open(store_target) as opened:
        yield opened


# -- building records by hand -----------------------------------------------------------


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def provenance(text: str, words: str, aid: str, sentence: int = 0) -> Provenance:
    start, end = span(text, words)
    return Provenance(aid, sentence, start, end, CODER, VERSION)


def actor(code: str, name: str, text: str, **more: Any) -> Actor:
    return Actor(code=code, name=name, text=text, **more)


def event(
    article: Article,
    kind: str,
    actors: Sequence[Actor],
    recipients: Sequence[Actor],
    trigger: str,
    *,
    sentence: int = 0,
    **more: Any,
) -> Event:
    """An event whose trigger, sentence and provenance are read from the article's text."""
    text = article.text
    start, end = span(text, trigger)
    sentence_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    sentence_end = text.find(".", end) + 1 or len(text)
    return Event(
        id=record_id(article.id, kind, trigger, start),
        event=kind,
        mode=more.pop("mode", ""),
        actor=tuple(actors),
        recipient=tuple(recipients),
        trigger=trigger,
        sentence_text=text[sentence_start:sentence_end],
        provenance=Provenance(article.id, sentence, sentence_start, sentence_end, CODER, VERSION),
        trigger_start=start,
        trigger_end=end,
        **more,
    )


def make_article(text: str, **more: Any) -> Article:
    return Article(id=article_id(text), text=text, **more)


def missile_article() -> CodedArticle:
    """North Korea test-fires missiles toward Japan; a ministry is quoted."""
    text = (
        "North Korea fired two ballistic missiles toward Japan on Thursday, "
        "the Japanese Defense Ministry said. "
        "Tokyo condemned the launch."
    )
    art = make_article(
        text,
        title="North Korea fires missiles",
        published=dt.date(2024, 5, 10),
        date_precision=DatePrecision.DAY,
        outlet="Example Wire",
        url="https://news.example/missiles",
        source_id="wire-1",
    )
    prk = actor("PRK", "North Korea", "North Korea", kind="state", start=0, end=11)
    jpn = actor("JPN", "Japan", "Japan")
    tokyo = actor("JPN", "Japan", "Tokyo", sector="GOV")
    mobilize = event(
        art,
        "MOBILIZE",
        [prk],
        [jpn],
        "fired",
        mode="weapons",
        date=dt.date(2024, 5, 9),
        date_precision=DatePrecision.DAY,
        date_text="Thursday",
        cameo="154",
        quad_class=4,
        intensity=-7.2,
        confidence=0.9,
        rule="fire-missile",
    )
    accuse = event(
        art,
        "ACCUSE",
        [tokyo],
        [prk],
        "condemned",
        sentence=1,
        mode="disapprove",
        cameo="111",
        quad_class=3,
        intensity=-2.0,
        confidence=0.8,
        rule="condemn",
    )
    quote = Quote(
        id=record_id(art.id, "quote", 0),
        type="indirect",
        content="North Korea fired two ballistic missiles toward Japan on Thursday",
        cue="said",
        speaker=Speaker(
            name="the Japanese Defense Ministry",
            text="the Japanese Defense Ministry",
            country="JPN",
            sector="MIL",
            kind="organisation",
            start=span(text, "the Japanese Defense Ministry")[0],
            end=span(text, "the Japanese Defense Ministry")[1],
        ),
        provenance=provenance(text, "North Korea fired", art.id),
        content_spans=(
            span(text, "North Korea fired two ballistic missiles toward Japan on Thursday"),
        ),
    )
    amount = Amount(
        id=record_id(art.id, "amount", 0),
        text="two ballistic missiles",
        value=2.0,
        provenance=provenance(text, "two ballistic missiles", art.id),
        object="ballistic missiles",
        actors=("PRK",),
        partners=(),
        event_id=mobilize.id,
    )
    thursday = TimeRef(
        "Thursday",
        dt.date(2024, 5, 9),
        DatePrecision.DAY,
        provenance=provenance(text, "Thursday", art.id),
    )
    return CodedArticle(
        article=art,
        events=(mobilize, accuse),
        quotes=(quote,),
        amounts=(amount,),
        times=(thursday,),
        actors=(prk, tokyo),
        coders={CODER: VERSION},
    )


def aid_article() -> CodedArticle:
    """Russia and China send grain to North Korea in July (a compound actor, an amount)."""
    text = "Russia and China sent 5,380 tons of corn and flour to North Korea in July."
    art = make_article(
        text, title="Grain for Pyongyang", published=dt.date(2024, 8, 2), outlet="Daily Example"
    )
    rus = actor("RUS", "Russia", "Russia")
    chn = actor("CHN", "China", "China")
    prk = actor("PRK", "North Korea", "North Korea")
    aid = event(
        art,
        "AID",
        [rus, chn],
        [prk],
        "sent",
        date=dt.date(2024, 7, 1),
        date_precision=DatePrecision.MONTH,
        date_text="in July",
        cameo="071",
        quad_class=2,
        intensity=7.4,
        confidence=0.7,
        rule="send-aid",
        context=("food",),
    )
    amount = Amount(
        id=record_id(art.id, "amount", 0),
        text="5,380 tons",
        value=5380.0,
        provenance=provenance(text, "5,380 tons", art.id),
        unit="t",
        object="corn and flour",
        actors=("RUS", "CHN"),
        partners=("PRK",),
        event_id=aid.id,
    )
    july = TimeRef(
        "July",
        dt.date(2024, 7, 1),
        DatePrecision.MONTH,
        end_date=dt.date(2024, 7, 31),
        provenance=provenance(text, "July", art.id),
    )
    return CodedArticle(
        article=art,
        events=(aid,),
        amounts=(amount,),
        times=(july,),
        actors=(rus, chn, prk),
        warnings=("no dateline",),
        coders={CODER: VERSION},
    )


def visit_article() -> CodedArticle:
    """A Russian minister meets Kim Jong-un in Pyongyang (no publication date, a place)."""
    text = 'Sergei Shoigu met Kim Jong-un in Pyongyang. "We will stand together," Shoigu said.'
    art = make_article(text, title="Shoigu in Pyongyang", warnings=("no publication date",))
    place = Place(
        name="Pyongyang",
        text="Pyongyang",
        country="PRK",
        admin1="12",
        latitude=39.03385,
        longitude=125.75432,
        precision="point",
        geonames_id=1871859,
        provenance=provenance(text, "Pyongyang", art.id),
    )
    shoigu = actor(
        "RUS", "Russia", "Sergei Shoigu", sector="MIL", kind="person",
        person="Sergei Shoigu", role="Defense Minister",
    )  # fmt: skip
    kim = actor(
        "PRK", "North Korea", "Kim Jong-un", sector="GOV", kind="person", person="Kim Jong-un"
    )
    meet = event(
        art,
        "CONSULT",
        [shoigu],
        [kim],
        "met",
        mode="visit",
        place=place,
        cameo="042",
        quad_class=1,
        intensity=1.0,
        confidence=0.95,
        rule="meet",
        mentions=3,
        sources=("other-article-1", "other-article-2"),
    )
    start, end = span(text, "We will stand together,")
    quote = Quote(
        id=record_id(art.id, "quote", 0),
        type="direct",
        content="We will stand together,",
        cue="said",
        speaker=Speaker(
            name="Sergei Shoigu",
            text="Shoigu",
            role="Defense Minister",
            country="RUS",
            sector="MIL",
            start=span(text, "Shoigu said")[0],
            end=span(text, "Shoigu said")[0] + 6,
        ),
        provenance=Provenance(art.id, 1, start, end, CODER, VERSION),
        content_spans=((start, end),),
    )
    return CodedArticle(
        article=art,
        events=(meet,),
        quotes=(quote,),
        places=(place,),
        actors=(shoigu, kim),
        coders={CODER: VERSION},
    )


def sample() -> list[CodedArticle]:
    """The three hand-built articles."""
    return [missile_article(), aid_article(), visit_article()]


def bulk(count: int, *, start: int = 0) -> list[CodedArticle]:
    """``count`` small distinct articles, each with two events and one quote."""
    result = []
    for i in range(start, start + count):
        text = f"Country {i} accused its neighbour. Officials met in the capital on day {i}."
        art = make_article(
            text, title=f"Story {i}", published=dt.date(2020, 1, 1) + dt.timedelta(i)
        )
        a = actor("AAA", f"Country {i}", f"Country {i}")
        b = actor("BBB", "Neighbour", "neighbour")
        accuse = event(art, "ACCUSE", [a], [b], "accused")
        meet = event(art, "CONSULT", [a, b], [], "met", sentence=1)
        quote = Quote(
            id=record_id(art.id, "quote"),
            type="indirect",
            content="its neighbour",
            cue="accused",
            speaker=Speaker(name=f"Country {i}", text=f"Country {i}"),
            provenance=provenance(text, "its neighbour", art.id),
        )
        result.append(CodedArticle(art, events=(accuse, meet), quotes=(quote,)))
    return result
