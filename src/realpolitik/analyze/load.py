"""Reading the events an analysis needs from a store, through its public API only.

The analyses themselves are pure functions over events or pair frames; this
module is the glue that fetches them, with a cap on how many events one
analysis may read (the newest are kept, and the result says it was cut).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Event
from .profile import CountryProfile, country_profile

if TYPE_CHECKING:
    from ..store import Filters, Store


@dataclass(frozen=True, slots=True)
class Loaded:
    """Events read for an analysis: how many matched, and whether some were left out."""

    events: tuple[Event, ...]
    total: int
    truncated: bool


def load_events(store: Store, filters: Filters, *, max_events: int | None = None) -> Loaded:
    """The events matching ``filters``; at most ``max_events``, the newest, when given.

    The page fields of ``filters`` (limit, offset) are ignored: an analysis
    reads every matching event up to the cap.
    """
    base = dataclasses.replace(filters, limit=None, offset=0)
    if max_events is None:
        events = tuple(store.events(base))
        return Loaded(events=events, total=len(events), truncated=False)
    total = store.count("events", base)
    if total <= max_events:
        return Loaded(events=tuple(store.events(base)), total=total, truncated=False)
    newest = dataclasses.replace(base, limit=max_events, newest_first=True)
    events = tuple(reversed(list(store.events(newest))))
    return Loaded(events=events, total=total, truncated=True)


def involving(
    store: Store, code: str, filters: Filters, *, max_events: int | None = None
) -> Loaded:
    """Events with ``code`` as actor or as recipient (each once), within ``filters``."""
    as_actor = load_events(
        store, dataclasses.replace(filters, actor=code, recipient=None), max_events=max_events
    )
    as_recipient = load_events(
        store, dataclasses.replace(filters, actor=None, recipient=code), max_events=max_events
    )
    merged = {e.id: e for e in (*as_actor.events, *as_recipient.events)}
    events = tuple(
        sorted(merged.values(), key=lambda e: (e.date is None, e.date or dt.date.min, e.id))
    )
    return Loaded(
        events=events,
        total=as_actor.total + as_recipient.total,
        truncated=as_actor.truncated or as_recipient.truncated,
    )


def store_profile(
    store: Store,
    code: str,
    filters: Filters,
    *,
    top: int = 10,
    recent: int = 10,
    max_events: int | None = None,
    max_quotes: int = 5000,
) -> tuple[CountryProfile, Loaded]:
    """The country profile of ``code`` from the store, within the dates of ``filters``."""
    window = dataclasses.replace(filters, limit=None, offset=0)
    loaded = involving(store, code, window, max_events=max_events)
    quotes = store.quotes(
        dataclasses.replace(window, country=code, limit=max_quotes, newest_first=True)
    )
    profile = country_profile(code, loaded.events, quotes, top=top, recent=recent)
    return profile, loaded
