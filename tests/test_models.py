"""Records turn into JSON and back without loss."""

from __future__ import annotations

import datetime as dt
import json
import pickle

from hypothesis import given
from hypothesis import strategies as st

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
    from_dict,
    to_dict,
)

PROV = Provenance("a1", 3, 10, 42, "events", "0.1.0")


def _coded(title: str, value: float, day: dt.date | None) -> CodedArticle:
    actor = Actor(code="RUS", name="Russia", text="Moscow", sector="GOV", start=5, end=11)
    place = Place(
        name="Pyongyang",
        text="Pyongyang",
        country="PRK",
        latitude=39.0,
        longitude=125.7,
        precision="point",
        geonames_id=1871859,
        provenance=PROV,
    )
    return CodedArticle(
        article=Article(
            id="a1",
            text="Text.",
            title=title,
            published=day,
            date_precision=DatePrecision.DAY,
            warnings=("w",),
        ),
        events=(
            Event(
                id="e1",
                event="CONSULT",
                mode="visit",
                actor=(actor,),
                recipient=(),
                trigger="sent",
                sentence_text="Moscow sent officials.",
                provenance=PROV,
                date=day,
                date_precision=DatePrecision.MONTH,
                place=place,
                context=("military",),
                intensity=1.0,
                sources=("a1",),
            ),
        ),
        quotes=(
            Quote(
                id="q1",
                type="direct",
                content="It is shocking",
                cue="said",
                speaker=Speaker(name="Lee Byong-chul", text="Mr. Lee", country="KOR"),
                provenance=PROV,
                content_spans=((1, 5), (9, 12)),
            ),
        ),
        amounts=(Amount(id="m1", text="5,380 tons", value=value, provenance=PROV, unit="t"),),
        times=(TimeRef(text="in July", date=day, precision=DatePrecision.MONTH, provenance=PROV),),
        places=(place,),
        coders={"events": "0.1.0"},
    )


@given(
    st.text(max_size=30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.one_of(st.none(), st.dates()),
)
def test_coded_article_round_trips_through_json(
    title: str, value: float, day: dt.date | None
) -> None:
    coded = _coded(title, value, day)
    again = from_dict(CodedArticle, json.loads(json.dumps(to_dict(coded))))
    assert again == coded


def test_records_pickle() -> None:
    coded = _coded("t", 1.0, dt.date(2024, 7, 17))
    assert pickle.loads(pickle.dumps(coded)) == coded
