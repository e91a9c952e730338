"""Events as directed (actor, recipient) pairs: the table every analysis starts from.

An event with several actors or recipients stands for every (actor,
recipient) pair of distinct codes in it: "Russia and China sent officials to
Pyongyang" gives RUS->PRK and CHN->PRK. A merged event (one record for a
story told by several articles) counts once, with weight 1; pass
``weight_by_mentions=True`` to weight it by the number of mentions instead.

Each pair row carries the event's quad class and its intensity, the PLOVER
conflict-cooperation score of its type (-10..+10). When the coder left them
unset (0), they are taken from the ontology. From them::

    cooperation = weight * |intensity|   if quad class is 1 or 2 (cooperation), else 0
    conflict    = weight * |intensity|   if quad class is 3 or 4 (conflict), else 0
    score       = cooperation - conflict

``score`` summed over a dyad and a period is its *net cooperation*: positive
when cooperation outweighs conflict, negative otherwise, in intensity units.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .. import ontology
from ..models import Event

#: Columns of the pairs frame, in order.
PAIR_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "date",
    "actor",
    "recipient",
    "event",
    "mode",
    "quad_class",
    "intensity",
    "weight",
    "cooperation",
    "conflict",
    "score",
    "trigger",
    "sentence",
    "trigger_offset",
)

#: Quad classes that count as cooperation and as conflict.
COOPERATIVE_QUADS = frozenset({1, 2})
CONFLICTUAL_QUADS = frozenset({3, 4})

#: Codes that are no ISO 3166 state but stand for one in CONVENTIONS.md A3.
_EXTRA_STATES = frozenset({"XKX"})


@functools.cache
def _state_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | _EXTRA_STATES


def is_state(code: str) -> bool:
    """Whether ``code`` is a state's ISO alpha-3 code (not UNO, NATO, NSA ...)."""
    return code in _state_codes()


@functools.cache
def state_name(code: str) -> str:
    """A short English name for a state code (the code itself when unknown)."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def event_quad(event: Event) -> int:
    """The event's quad class (1..4): its own, else its type's; 0 for an unknown type."""
    if event.quad_class in (1, 2, 3, 4):
        return event.quad_class
    try:
        return ontology.quad_class(event.event)
    except KeyError:
        return 0


def event_intensity(event: Event) -> float:
    """The event's conflict-cooperation score: its own, else its type's; 0 when unknown."""
    if event.intensity:
        return event.intensity
    try:
        return ontology.intensity(event.event)
    except KeyError:
        return 0.0


def trigger_offset(event: Event) -> int:
    """Where the trigger starts in ``event.sentence_text`` (-1 when the spans do not say)."""
    offset = event.trigger_start - event.provenance.start
    end = offset + len(event.trigger)
    if event.trigger and offset >= 0 and event.sentence_text[offset:end] == event.trigger:
        return offset
    return -1


def signed_weight(quad: int, intensity: float, weight: float) -> tuple[float, float]:
    """(cooperation, conflict) of one pair: ``weight * |intensity|`` on the side of its quad."""
    size = weight * abs(intensity)
    if quad in COOPERATIVE_QUADS:
        return size, 0.0
    if quad in CONFLICTUAL_QUADS:
        return 0.0, size
    return 0.0, 0.0


def pair_rows(
    event: Event,
    *,
    states_only: bool = True,
    include_self: bool = False,
    weight_by_mentions: bool = False,
) -> list[dict[str, Any]]:
    """The pair rows of one event (see the module doc); empty when it has no dyad."""
    actors = _codes(event.actor_codes, states_only)
    recipients = _codes(event.recipient_codes, states_only)
    if not actors or not recipients:
        return []
    quad = event_quad(event)
    intensity = event_intensity(event)
    offset = trigger_offset(event)
    weight = float(max(event.mentions, 1)) if weight_by_mentions else 1.0
    cooperation, conflict = signed_weight(quad, intensity, weight)
    rows = []
    for actor in actors:
        for recipient in recipients:
            if actor == recipient and not include_self:
                continue
            rows.append(
                {
                    "event_id": event.id,
                    "article_id": event.provenance.article_id,
                    "date": event.date,
                    "actor": actor,
                    "recipient": recipient,
                    "event": event.event,
                    "mode": event.mode,
                    "quad_class": quad,
                    "intensity": intensity,
                    "weight": weight,
                    "cooperation": cooperation,
                    "conflict": conflict,
                    "score": cooperation - conflict,
                    "trigger": event.trigger,
                    "sentence": event.sentence_text,
                    "trigger_offset": offset,
                }
            )
    return rows


def _codes(codes: Iterable[str], states_only: bool) -> list[str]:
    seen: list[str] = []
    for code in codes:
        if code and code not in seen and (not states_only or is_state(code)):
            seen.append(code)
    return seen


def event_pairs(
    events: Iterable[Event],
    *,
    states_only: bool = True,
    include_self: bool = False,
    weight_by_mentions: bool = False,
) -> pd.DataFrame:
    """A frame of directed pairs (columns :data:`PAIR_COLUMNS`), one row per pair of each event.

    ``states_only`` keeps ISO state codes only (drops UNO, NATO, NSA ...);
    ``include_self`` keeps domestic pairs (IRQ->IRQ). ``date`` is datetime64
    (NaT for an undated event).
    """
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for event in events:
        if event.id in seen:  # the same event read twice (actor and recipient queries)
            continue
        seen.add(event.id)
        rows.extend(
            pair_rows(
                event,
                states_only=states_only,
                include_self=include_self,
                weight_by_mentions=weight_by_mentions,
            )
        )
    frame = pd.DataFrame(rows, columns=list(PAIR_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    for name in ("quad_class", "trigger_offset"):
        frame[name] = frame[name].astype("int64")
    for name in ("intensity", "weight", "cooperation", "conflict", "score"):
        frame[name] = frame[name].astype("float64")
    return frame


def actor_names(events: Iterable[Event]) -> dict[str, str]:
    """Code -> the resolved name the coders gave it most often ("PRK" -> "North Korea").

    Most often, not first: a recipient placed by a city ("an attack in London")
    carries the city's name, and a code's first event must not name the state after it.
    """
    counts: dict[str, Counter[str]] = {}
    for event in events:
        for actor in (*event.actor, *event.recipient):
            if actor.code and actor.name and not actor.person:
                counts.setdefault(actor.code, Counter())[actor.name] += 1
    # Counter.most_common keeps first-seen order among equal counts
    return {code: named.most_common(1)[0][0] for code, named in counts.items()}


def display_name(code: str, names: Mapping[str, str] | None = None) -> str:
    """The name to show for a code: the coders' name, else the country's, else the code."""
    if names and code in names:
        return names[code]
    return state_name(code)


def resolve_code(value: str, known: Mapping[str, str]) -> str:
    """A code from what a user typed: a code ("prk"), or a name or part of one ("Russia").

    ``known`` maps codes to names. An unknown value is returned upper-cased,
    so that a query for it finds nothing rather than something else.
    """
    text = value.strip()
    if text.upper() in known:
        return text.upper()
    lowered = text.lower()
    exact = [code for code, name in known.items() if name.lower() == lowered]
    if len(exact) == 1:
        return exact[0]
    partial = [code for code, name in known.items() if lowered and lowered in name.lower()]
    if len(partial) == 1:
        return partial[0]
    return text.upper()


@dataclass(frozen=True, slots=True)
class Evidence:
    """One event behind a figure: what it was, where it is said, and its weight."""

    event_id: str
    article_id: str
    date: dt.date | None
    actor: str
    recipient: str
    event: str
    mode: str
    quad_class: int
    trigger: str
    sentence: str
    score: float
    trigger_offset: int = -1  # where the trigger starts in the sentence, -1 if unknown


def evidence(pairs: pd.DataFrame, *, limit: int | None = None) -> list[Evidence]:
    """The rows of ``pairs`` as :class:`Evidence`, newest first, one per event and dyad."""
    if pairs.empty:
        return []
    ordered = pairs.sort_values(["date", "event_id"], ascending=[False, True], na_position="last")
    ordered = ordered.drop_duplicates(["event_id", "actor", "recipient"])
    if limit is not None:
        ordered = ordered.head(limit)
    return [
        Evidence(
            event_id=str(row["event_id"]),
            article_id=str(row["article_id"]),
            date=to_date(row["date"]),
            actor=str(row["actor"]),
            recipient=str(row["recipient"]),
            event=str(row["event"]),
            mode=str(row["mode"]),
            quad_class=int(row["quad_class"]),
            trigger=str(row["trigger"]),
            sentence=str(row["sentence"]),
            score=float(row["score"]),
            trigger_offset=int(row["trigger_offset"]),
        )
        for row in records(ordered)
    ]


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a frame as plain dicts (column -> value)."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def to_date(value: Any) -> dt.date | None:
    """A frame's date or timestamp value as a date (None for NaT or None)."""
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date()
