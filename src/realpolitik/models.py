"""Typed, frozen records: the only currency between the pipeline's stages.

Every record that a coder extracts from an article carries its provenance
(:class:`Provenance`): the article id, the sentence index, the character span
in the article's text and the name and version of the coder that made it.
Records are plain frozen dataclasses so that they pickle (process pools, Dask
workers) and turn into JSON with :func:`to_dict`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

T = TypeVar("T")


class DatePrecision(enum.StrEnum):
    """How precise a date is: what a reader may safely say about it."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a record comes from: which article, sentence and characters, and
    which coder (name and version) made it."""

    article_id: str
    sentence: int
    start: int
    end: int
    coder: str
    coder_version: str


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read by an ingest reader, before any NLP.

    ``id`` is a hash of the normalised text, so the same story read twice gets
    the same id. ``source_id`` is the id the input gave the record (a JSONL
    ``id`` column, a file path, a URL), kept so outputs can be joined back.
    """

    id: str
    text: str
    title: str = ""
    published: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    outlet: str = ""
    author: str = ""
    url: str = ""
    language: str = "en"
    source_id: str = ""
    dateline: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as coded at the country level (CONVENTIONS.md A3).

    ``code`` is an ISO 3166 alpha-3 code (PRK), an organisation code (UNO,
    EUR, NATO ...) or ALQ/NSA. ``name`` is the resolved name of the entity the
    code stands for ("North Korea"); ``text`` is the words in the article
    ("Pyongyang's"). ``person`` and ``role`` are set when the mention is a
    person ("Sergei Shoigu", "Defense Minister").
    """

    code: str
    name: str
    text: str
    sector: str = ""
    kind: str = "state"  # state | igo | nsa | person | org
    person: str = ""
    role: str = ""
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Place:
    """A place resolved with the offline gazetteer.

    ``precision`` says what the coordinates mean: ``point`` (a city or
    locality), ``region`` (a first-level division) or ``country`` (a
    country-level guess, never to be drawn as a precise point).
    """

    name: str
    text: str
    country: str = ""
    admin1: str = ""
    latitude: float | None = None
    longitude: float | None = None
    precision: str = "country"  # point | region | country
    geonames_id: int | None = None
    provenance: Provenance | None = None


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A temporal expression resolved against the publication date."""

    text: str
    date: dt.date | None
    precision: DatePrecision
    end_date: dt.date | None = None
    provenance: Provenance | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER 2.0 event (CONVENTIONS.md A5) with its evidence.

    ``event`` is the PLOVER type, ``mode`` its mode or "". ``actor`` and
    ``recipient`` are lists of :class:`Actor` (possibly empty). ``trigger`` is
    copied from the text; ``sentence_text`` is the sentence it stands in.
    ``rule`` names the rule or model that produced the event.
    """

    id: str
    event: str
    mode: str
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    trigger: str
    sentence_text: str
    provenance: Provenance
    trigger_start: int = -1
    trigger_end: int = -1
    context: tuple[str, ...] = ()
    date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    date_text: str = ""
    place: Place | None = None
    cameo: str = ""
    quad_class: int = 0
    intensity: float = 0.0
    confidence: float = 0.0
    rule: str = ""
    mentions: int = 1
    sources: tuple[str, ...] = ()

    @property
    def actor_codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.actor)

    @property
    def recipient_codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.recipient)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote (CONVENTIONS.md B2): the fullest name the article gives
    (``name``), the words in the quote's sentence that point to it
    (``text``), and what the article and the actor tables say about it."""

    name: str
    text: str
    role: str = ""
    affiliation: str = ""
    country: str = ""
    sector: str = ""
    kind: str = "person"  # person | organisation | anonymous | document
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct, indirect or mixed quote with its speaker (CONVENTIONS.md B)."""

    id: str
    type: str  # direct | indirect | mixed
    content: str
    cue: str
    speaker: Speaker
    provenance: Provenance
    content_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Amount:
    """A number the text states about a thing (CONVENTIONS.md C)."""

    id: str
    text: str
    value: float
    provenance: Provenance
    unit: str = ""
    object: str = ""
    low: float | None = None
    high: float | None = None
    actors: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    event_id: str = ""


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article with everything the coders found in it."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    amounts: tuple[Amount, ...] = ()
    times: tuple[TimeRef, ...] = ()
    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()
    warnings: tuple[str, ...] = ()
    coders: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input or article that could not be read or coded, kept so a batch can
    go on and the user can see what was lost and why."""

    input: str
    stage: str  # read | fetch | language | nlp | code | store
    error: str
    time: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    skipped: bool = False  # True for deliberate skips (not English), False for errors


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def to_dict(record: Any) -> dict[str, Any]:
    """Turn any record of this module into plain JSON-ready data."""
    result = _jsonable(record)
    if not isinstance(result, dict):
        raise TypeError(f"{type(record).__name__} is not a realpolitik record")
    return result


@functools.cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _build(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v) for v in value)
        return tuple(_build(a, v) for a, v in zip(args, value, strict=True))
    if origin in (Mapping, dict):
        return dict(value)
    if isinstance(kind, type):
        if dataclasses.is_dataclass(kind):
            return from_dict(kind, value)
        if issubclass(kind, enum.Enum):
            return kind(value)
        if kind is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if kind is dt.date:
            return dt.date.fromisoformat(value)
        if kind is float:
            return float(value)
    return value


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild a record of this module from :func:`to_dict`'s output."""
    hints = _hints(cast(Any, cls))
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs = {k: _build(hints[k], v) for k, v in data.items() if k in names}
    return cls(**kwargs)
