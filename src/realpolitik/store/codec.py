"""Records to table rows and back: the only place that knows both the models and the columns.

Every ``*_row`` function returns the values for the matching ``*_COLUMNS``
tuple, in order; every ``*_from_row`` function takes a row read with those
columns and rebuilds the frozen record, so that a write followed by a read
gives an equal record. Lists and nested records are JSON text; dates are ISO
text; a record's provenance is spread over the columns ``sentence, start,
"end", coder, coder_version`` (its article id is the row's ``article_id``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ..models import (
    Actor,
    Amount,
    Article,
    CodedArticle,
    DatePrecision,
    Event,
    Failure,
    Place,
    Provenance,
    Quote,
    Speaker,
    TimeRef,
    to_dict,
)

T = TypeVar("T")

PROVENANCE_COLUMNS = ("sentence", "start", "end", "coder", "coder_version")

ARTICLE_COLUMNS = (
    "id",
    "source_id",
    "title",
    "text",
    "published",
    "date_precision",
    "outlet",
    "author",
    "url",
    "language",
    "dateline",
    "warnings",
)
#: Columns written with an article besides ARTICLE_COLUMNS.
ARTICLE_EXTRA_COLUMNS = ("coded_warnings", "coders", "coded_at")
ARTICLE_META_COLUMNS = ("id", "title", "url", "outlet", "language", "published", "coded_at")

EVENT_COLUMNS = (
    "id",
    "article_id",
    "seq",
    "event",
    "mode",
    "actor",
    "recipient",
    "actor_codes",
    "recipient_codes",
    "trigger",
    "trigger_start",
    "trigger_end",
    "sentence_text",
    *PROVENANCE_COLUMNS,
    "context",
    "date",
    "date_precision",
    "date_text",
    "place",
    "cameo",
    "quad_class",
    "intensity",
    "confidence",
    "rule",
    "mentions",
    "sources",
)
EVENT_ACTOR_COLUMNS = ("event_id", "role", "n", "code", "sector", "name", "text", "person")
QUOTE_COLUMNS = (
    "id",
    "article_id",
    "seq",
    "type",
    "content",
    "cue",
    "speaker_name",
    "speaker_text",
    "speaker_role",
    "speaker_affiliation",
    "speaker_country",
    "speaker_sector",
    "speaker_kind",
    "speaker_start",
    "speaker_end",
    "spans",
    *PROVENANCE_COLUMNS,
)
AMOUNT_COLUMNS = (
    "id",
    "article_id",
    "seq",
    "text",
    "value",
    "unit",
    "object",
    "low",
    "high",
    "actors",
    "partners",
    "actor_codes",
    "partner_codes",
    "event_id",
    *PROVENANCE_COLUMNS,
)
TIME_COLUMNS = (
    "article_id",
    "seq",
    "text",
    "date",
    "date_precision",
    "end_date",
    *PROVENANCE_COLUMNS,
)
PLACE_COLUMNS = (
    "article_id",
    "seq",
    "name",
    "text",
    "country",
    "admin1",
    "latitude",
    "longitude",
    "place_precision",
    "geonames_id",
    *PROVENANCE_COLUMNS,
)
ARTICLE_ACTOR_COLUMNS = (
    "article_id",
    "seq",
    "code",
    "name",
    "text",
    "sector",
    "kind",
    "person",
    "role",
    "start",
    "end",
)
FAILURE_COLUMNS = ("input", "stage", "error", "time", "skipped")


def columns(names: Sequence[str], alias: str = "") -> str:
    """A quoted, comma-separated column list, optionally prefixed by a table alias."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f'{prefix}"{name}"' for name in names)


def insert_sql(table: str, names: Sequence[str]) -> str:
    """An INSERT of one row that does nothing when the row's key is already there."""
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {table} ({columns(names)}) VALUES ({marks}) ON CONFLICT DO NOTHING"


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """An article's metadata without its text: what exports and listings cite."""

    id: str
    title: str
    url: str
    outlet: str
    language: str
    published: dt.date | None
    coded_at: dt.datetime | None


# -- small converters ----------------------------------------------------------


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def codes_text(codes: Sequence[str]) -> str:
    """Codes as one text for LIKE filtering: ``;PRK;RUS;`` (empty when there are none)."""
    return f";{';'.join(codes)};" if codes else ""


def build(cls: type[T], data: Mapping[str, Any]) -> T:
    """A dataclass from a mapping, ignoring keys the class does not (or no longer) have."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


def _provenance_values(provenance: Provenance | None) -> tuple[Any, ...]:
    if provenance is None:
        return (None, None, None, None, None)
    return (
        provenance.sentence,
        provenance.start,
        provenance.end,
        provenance.coder,
        provenance.coder_version,
    )


def _provenance(article_id: str, values: Sequence[Any]) -> Provenance | None:
    sentence, start, end, coder, version = values
    if coder is None:
        return None
    return Provenance(article_id, int(sentence), int(start), int(end), coder, version)


def _required_provenance(article_id: str, values: Sequence[Any]) -> Provenance:
    provenance = _provenance(article_id, values)
    if provenance is None:
        raise ValueError(f"a record of article {article_id} has no provenance")
    return provenance


def _actors_json(actors: Sequence[Actor]) -> str:
    return _json([to_dict(a) for a in actors])


def _actors(text: str) -> tuple[Actor, ...]:
    return tuple(build(Actor, d) for d in json.loads(text))


def _place_json(place: Place | None) -> str | None:
    return _json(to_dict(place)) if place is not None else None


def _place(text: str | None) -> Place | None:
    if not text:
        return None
    data = json.loads(text)
    provenance = data.get("provenance")
    data["provenance"] = build(Provenance, provenance) if provenance else None
    return build(Place, data)


# -- articles ------------------------------------------------------------------


def article_row(coded: CodedArticle, coded_at: dt.datetime) -> tuple[Any, ...]:
    """Values for ARTICLE_COLUMNS + ARTICLE_EXTRA_COLUMNS."""
    a = coded.article
    return (
        a.id,
        a.source_id,
        a.title,
        a.text,
        _date(a.published),
        a.date_precision.value,
        a.outlet,
        a.author,
        a.url,
        a.language,
        a.dateline,
        _json(list(a.warnings)),
        _json(list(coded.warnings)),
        _json(dict(coded.coders)),
        coded_at.isoformat(),
    )


def article_from_row(row: Sequence[Any]) -> Article:
    """An Article from a row read with ARTICLE_COLUMNS."""
    (id_, source_id, title, text, published, precision, outlet, author, url, language,
     dateline, warnings) = row  # fmt: skip
    return Article(
        id=id_,
        text=text,
        title=title,
        published=_parse_date(published),
        date_precision=DatePrecision(precision),
        outlet=outlet,
        author=author,
        url=url,
        language=language,
        source_id=source_id,
        dateline=dateline,
        warnings=tuple(json.loads(warnings)),
    )


def article_meta_from_row(row: Sequence[Any]) -> ArticleMeta:
    """An ArticleMeta from a row read with ARTICLE_META_COLUMNS."""
    id_, title, url, outlet, language, published, coded_at = row
    return ArticleMeta(
        id=id_,
        title=title,
        url=url,
        outlet=outlet,
        language=language,
        published=_parse_date(published),
        coded_at=dt.datetime.fromisoformat(coded_at) if coded_at else None,
    )


def coded_extras_from_row(row: Sequence[Any]) -> tuple[tuple[str, ...], dict[str, str]]:
    """(warnings, coders) of a CodedArticle from a row read with ("coded_warnings", "coders")."""
    warnings, coders = row
    return tuple(json.loads(warnings)), dict(json.loads(coders))


# -- events --------------------------------------------------------------------


def event_row(event: Event, article_id: str, seq: int) -> tuple[Any, ...]:
    """Values for EVENT_COLUMNS."""
    return (
        event.id,
        article_id,
        seq,
        event.event,
        event.mode,
        _actors_json(event.actor),
        _actors_json(event.recipient),
        codes_text(event.actor_codes),
        codes_text(event.recipient_codes),
        event.trigger,
        event.trigger_start,
        event.trigger_end,
        event.sentence_text,
        *_provenance_values(event.provenance),
        _json(list(event.context)),
        _date(event.date),
        event.date_precision.value,
        event.date_text,
        _place_json(event.place),
        event.cameo,
        event.quad_class,
        event.intensity,
        event.confidence,
        event.rule,
        event.mentions,
        _json(list(event.sources)),
    )


def event_actor_rows(event: Event) -> list[tuple[Any, ...]]:
    """Values for EVENT_ACTOR_COLUMNS: one row per actor and per recipient, for joins."""
    rows: list[tuple[Any, ...]] = []
    for role, actors in (("actor", event.actor), ("recipient", event.recipient)):
        for n, a in enumerate(actors):
            rows.append((event.id, role, n, a.code, a.sector, a.name, a.text, a.person))
    return rows


def event_from_row(row: Sequence[Any]) -> Event:
    """An Event from a row read with EVENT_COLUMNS."""
    (id_, article_id, _seq, event, mode, actor, recipient, _actor_codes, _recipient_codes,
     trigger, trigger_start, trigger_end, sentence_text, sentence, start, end, coder,
     coder_version, context, date, date_precision, date_text, place, cameo, quad_class,
     intensity, confidence, rule, mentions, sources) = row  # fmt: skip
    return Event(
        id=id_,
        event=event,
        mode=mode,
        actor=_actors(actor),
        recipient=_actors(recipient),
        trigger=trigger,
        sentence_text=sentence_text,
        provenance=_required_provenance(article_id, (sentence, start, end, coder, coder_version)),
        trigger_start=int(trigger_start),
        trigger_end=int(trigger_end),
        context=tuple(json.loads(context)),
        date=_parse_date(date),
        date_precision=DatePrecision(date_precision),
        date_text=date_text,
        place=_place(place),
        cameo=cameo,
        quad_class=int(quad_class),
        intensity=float(intensity),
        confidence=float(confidence),
        rule=rule,
        mentions=int(mentions),
        sources=tuple(json.loads(sources)),
    )


# -- quotes and amounts --------------------------------------------------------


def quote_row(quote: Quote, article_id: str, seq: int) -> tuple[Any, ...]:
    """Values for QUOTE_COLUMNS."""
    s = quote.speaker
    return (
        quote.id,
        article_id,
        seq,
        quote.type,
        quote.content,
        quote.cue,
        s.name,
        s.text,
        s.role,
        s.affiliation,
        s.country,
        s.sector,
        s.kind,
        s.start,
        s.end,
        _json([list(span) for span in quote.content_spans]),
        *_provenance_values(quote.provenance),
    )


def quote_from_row(row: Sequence[Any]) -> Quote:
    """A Quote from a row read with QUOTE_COLUMNS."""
    (id_, article_id, _seq, type_, content, cue, name, text, role, affiliation, country,
     sector, kind, start, end, spans, *provenance) = row  # fmt: skip
    return Quote(
        id=id_,
        type=type_,
        content=content,
        cue=cue,
        speaker=Speaker(
            name=name,
            text=text,
            role=role,
            affiliation=affiliation,
            country=country,
            sector=sector,
            kind=kind,
            start=int(start),
            end=int(end),
        ),
        provenance=_required_provenance(article_id, provenance),
        content_spans=tuple((int(a), int(b)) for a, b in json.loads(spans)),
    )


def amount_row(amount: Amount, article_id: str, seq: int) -> tuple[Any, ...]:
    """Values for AMOUNT_COLUMNS."""
    return (
        amount.id,
        article_id,
        seq,
        amount.text,
        amount.value,
        amount.unit,
        amount.object,
        amount.low,
        amount.high,
        _json(list(amount.actors)),
        _json(list(amount.partners)),
        codes_text(amount.actors),
        codes_text(amount.partners),
        amount.event_id,
        *_provenance_values(amount.provenance),
    )


def amount_from_row(row: Sequence[Any]) -> Amount:
    """An Amount from a row read with AMOUNT_COLUMNS."""
    (id_, article_id, _seq, text, value, unit, object_, low, high, actors, partners,
     _actor_codes, _partner_codes, event_id, *provenance) = row  # fmt: skip
    return Amount(
        id=id_,
        text=text,
        value=float(value),
        provenance=_required_provenance(article_id, provenance),
        unit=unit,
        object=object_,
        low=float(low) if low is not None else None,
        high=float(high) if high is not None else None,
        actors=tuple(json.loads(actors)),
        partners=tuple(json.loads(partners)),
        event_id=event_id,
    )


# -- times, places and article actors -------------------------------------------


def time_row(time: TimeRef, article_id: str, seq: int) -> tuple[Any, ...]:
    """Values for TIME_COLUMNS."""
    return (
        article_id,
        seq,
        time.text,
        _date(time.date),
        time.precision.value,
        _date(time.end_date),
        *_provenance_values(time.provenance),
    )


def time_from_row(row: Sequence[Any]) -> TimeRef:
    """A TimeRef from a row read with TIME_COLUMNS."""
    article_id, _seq, text, date, precision, end_date, *provenance = row
    return TimeRef(
        text=text,
        date=_parse_date(date),
        precision=DatePrecision(precision),
        end_date=_parse_date(end_date),
        provenance=_provenance(article_id, provenance),
    )


def place_row(place: Place, article_id: str, seq: int) -> tuple[Any, ...]:
    """Values for PLACE_COLUMNS."""
    return (
        article_id,
        seq,
        place.name,
        place.text,
        place.country,
        place.admin1,
        place.latitude,
        place.longitude,
        place.precision,
        place.geonames_id,
        *_provenance_values(place.provenance),
    )


def place_from_row(row: Sequence[Any]) -> Place:
    """A Place from a row read with PLACE_COLUMNS."""
    (article_id, _seq, name, text, country, admin1, latitude, longitude, precision,
     geonames_id, *provenance) = row  # fmt: skip
    return Place(
        name=name,
        text=text,
        country=country,
        admin1=admin1,
        latitude=float(latitude) if latitude is not None else None,
        longitude=float(longitude) if longitude is not None else None,
        precision=precision,
        geonames_id=int(geonames_id) if geonames_id is not None else None,
        provenance=_provenance(article_id, provenance),
    )


def article_actor_row(actor: Actor, article_id: str, seq: int) -> tuple[Any, ...]:
    """Values for ARTICLE_ACTOR_COLUMNS."""
    return (
        article_id,
        seq,
        actor.code,
        actor.name,
        actor.text,
        actor.sector,
        actor.kind,
        actor.person,
        actor.role,
        actor.start,
        actor.end,
    )


def article_actor_from_row(row: Sequence[Any]) -> Actor:
    """An Actor from a row read with ARTICLE_ACTOR_COLUMNS."""
    _article_id, _seq, code, name, text, sector, kind, person, role, start, end = row
    return Actor(
        code=code,
        name=name,
        text=text,
        sector=sector,
        kind=kind,
        person=person,
        role=role,
        start=int(start),
        end=int(end),
    )


# -- failures --------------------------------------------------------------------


def failure_row(failure: Failure) -> tuple[Any, ...]:
    """Values for FAILURE_COLUMNS."""
    return (
        failure.input,
        failure.stage,
        failure.error,
        failure.time.isoformat(),
        int(failure.skipped),
    )


def failure_from_row(row: Sequence[Any]) -> Failure:
    """A Failure from a row read with FAILURE_COLUMNS."""
    input_, stage, error, time, skipped = row
    return Failure(
        input=input_,
        stage=stage,
        error=error,
        time=dt.datetime.fromisoformat(time),
        skipped=bool(skipped),
    )
