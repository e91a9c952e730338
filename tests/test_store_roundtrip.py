"""Property test: any coded article written to the store reads back equal, on every backend."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import store_builders as builders
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
from realpolitik.store import Filters, Store

store = builders.store  # the fixtures: SQLite and (when configured) PostgreSQL
store_target = builders.store_target

# Any text the databases can hold: UTF-8 (no lone surrogates) without NUL (PostgreSQL refuses it).
TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)
CODES = st.sampled_from(["PRK", "RUS", "CHN", "USA", "UNO", "NATO", "ALQ"]) | TEXT
DATES = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))
FLOATS = st.floats(allow_nan=False, allow_infinity=False)
OFFSETS = st.integers(min_value=-1, max_value=10**7)
PRECISIONS = st.sampled_from(list(DatePrecision))

_serial = itertools.count()


def provenances(article_id: str) -> st.SearchStrategy[Provenance]:
    return st.builds(
        Provenance, st.just(article_id), st.integers(0, 10_000), OFFSETS, OFFSETS, TEXT, TEXT
    )


ACTORS = st.builds(
    Actor,
    code=CODES,
    name=TEXT,
    text=TEXT,
    sector=st.sampled_from(["", "GOV", "MIL"]) | TEXT,
    kind=st.sampled_from(["state", "igo", "nsa", "person", "org"]),
    person=TEXT,
    role=TEXT,
    start=OFFSETS,
    end=OFFSETS,
)


def places(article_id: str) -> st.SearchStrategy[Place]:
    return st.builds(
        Place,
        name=TEXT,
        text=TEXT,
        country=TEXT,
        admin1=TEXT,
        latitude=st.none() | FLOATS,
        longitude=st.none() | FLOATS,
        precision=st.sampled_from(["point", "region", "country"]),
        geonames_id=st.none() | st.integers(0, 2**53),
        provenance=st.none() | provenances(article_id),
    )


def events(article_id: str, key: str) -> st.SearchStrategy[Event]:
    return st.builds(
        Event,
        id=st.just(key),
        event=st.sampled_from(["AGREE", "ASSAULT", "CONSULT"]) | TEXT,
        mode=TEXT,
        actor=st.tuples() | st.lists(ACTORS, max_size=3).map(tuple),
        recipient=st.lists(ACTORS, max_size=2).map(tuple),
        trigger=TEXT,
        sentence_text=TEXT,
        provenance=provenances(article_id),
        trigger_start=OFFSETS,
        trigger_end=OFFSETS,
        context=st.lists(TEXT, max_size=2).map(tuple),
        date=st.none() | DATES,
        date_precision=PRECISIONS,
        date_text=TEXT,
        place=st.none() | places(article_id),
        cameo=TEXT,
        quad_class=st.integers(-5, 10),
        intensity=FLOATS,
        confidence=FLOATS,
        rule=TEXT,
        mentions=st.integers(0, 10**9),
        sources=st.lists(TEXT, max_size=3).map(tuple),
    )


def quotes(article_id: str, key: str) -> st.SearchStrategy[Quote]:
    speaker = st.builds(
        Speaker,
        name=TEXT,
        text=TEXT,
        role=TEXT,
        affiliation=TEXT,
        country=TEXT,
        sector=TEXT,
        kind=st.sampled_from(["person", "organisation", "anonymous", "document"]),
        start=OFFSETS,
        end=OFFSETS,
    )
    return st.builds(
        Quote,
        id=st.just(key),
        type=st.sampled_from(["direct", "indirect", "mixed"]),
        content=TEXT,
        cue=TEXT,
        speaker=speaker,
        provenance=provenances(article_id),
        content_spans=st.lists(st.tuples(OFFSETS, OFFSETS), max_size=3).map(tuple),
    )


def amounts(article_id: str, key: str) -> st.SearchStrategy[Amount]:
    return st.builds(
        Amount,
        id=st.just(key),
        text=TEXT,
        value=FLOATS,
        provenance=provenances(article_id),
        unit=TEXT,
        object=TEXT,
        low=st.none() | FLOATS,
        high=st.none() | FLOATS,
        actors=st.lists(CODES, max_size=3).map(tuple),
        partners=st.lists(CODES, max_size=3).map(tuple),
        event_id=TEXT,
    )


@st.composite
def coded_articles(draw: st.DrawFn, article_id: str) -> CodedArticle:
    article = draw(
        st.builds(
            Article,
            id=st.just(article_id),
            text=TEXT,
            title=TEXT,
            published=st.none() | DATES,
            date_precision=PRECISIONS,
            outlet=TEXT,
            author=TEXT,
            url=TEXT,
            language=TEXT,
            source_id=TEXT,
            dateline=TEXT,
            warnings=st.lists(TEXT, max_size=2).map(tuple),
        )
    )

    def several(make: object, tag: str, most: int) -> tuple[object, ...]:
        count = draw(st.integers(0, most))
        return tuple(draw(make(article_id, f"{article_id}-{tag}{i}")) for i in range(count))  # type: ignore[operator]

    times = st.builds(
        TimeRef, TEXT, st.none() | DATES, PRECISIONS, st.none() | DATES,
        st.none() | provenances(article_id),
    )  # fmt: skip
    return CodedArticle(
        article=article,
        events=several(events, "e", 3),  # type: ignore[arg-type]
        quotes=several(quotes, "q", 2),  # type: ignore[arg-type]
        amounts=several(amounts, "m", 2),  # type: ignore[arg-type]
        times=tuple(draw(st.lists(times, max_size=2))),
        places=tuple(draw(st.lists(places(article_id), max_size=2))),
        actors=tuple(draw(st.lists(ACTORS, max_size=3))),
        warnings=tuple(draw(st.lists(TEXT, max_size=2))),
        coders=draw(st.dictionaries(TEXT, TEXT, max_size=3)),
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_write_then_read_gives_equal_records(store: Store, data: st.DataObject) -> None:
    # A fresh id per example: the store is shared by the examples of one test run.
    article_id = f"{next(_serial):016x}"
    coded = data.draw(coded_articles(article_id))
    assert store.add(coded) is True
    assert store.article(article_id) == coded
    only_this = Filters(article_id=article_id)
    by_id = sorted(coded.events, key=lambda e: e.id)
    assert sorted(store.events(only_this), key=lambda e: e.id) == by_id  # listed by date
    assert tuple(store.quotes(only_this)) == coded.quotes
    assert tuple(store.amounts(only_this)) == coded.amounts
    assert list(store.articles(only_this)) == [coded.article]
    assert store.add(coded) is False
