"""What the API and the pages show, computed once for both from the store and the analyses.

Every function here reads the store through its public API (never SQL),
caps how many events an analysis reads (``max_events``; the newest are
kept, and the result says so) and returns plain records that the API turns
into JSON and the templates into HTML.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..analyze import (
    Alert,
    BlocMove,
    DyadSummary,
    EdgeChange,
    Evidence,
    Network,
    actor_names,
    bloc_moves,
    display_name,
    dyad_alerts,
    dyad_pairs,
    dyad_timeline,
    edge_changes,
    event_pairs,
    evidence,
    layout,
    network,
    resolve_code,
    timeline,
    top_dyads,
)
from ..analyze.load import Loaded, load_events
from ..analyze.pairs import records
from ..models import Article, Event, Quote
from ..serialize import event_record, quote_record
from ..store import Filters, Store
from .errors import ApiError


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one request may read: events per analysis and seconds per query."""

    max_events: int = 20_000
    max_query_seconds: float = 5.0


class Names:
    """Display names of codes: the coders' names, else the country's name, else the code."""

    def __init__(self, names: Mapping[str, str] | None = None) -> None:
        self.names: dict[str, str] = dict(names or {})

    def update(self, events: tuple[Event, ...] | list[Event]) -> None:
        for code, name in actor_names(events).items():
            self.names.setdefault(code, name)

    def __call__(self, code: str) -> str:
        return display_name(code, self.names)


# --------------------------------------------------------------------------- records


def event_item(event: Event) -> dict[str, Any]:
    """An event as the API gives it: the CONVENTIONS.md record, its article and evidence."""
    return {**event_record(event), "article_id": event.provenance.article_id}


def quote_item(quote: Quote) -> dict[str, Any]:
    """A quote as the API gives it, with its article id."""
    return {**quote_record(quote), "article_id": quote.provenance.article_id}


def article_item(article: Article) -> dict[str, Any]:
    """An article's metadata for listings (no text; see /api/articles/{id})."""
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "date_precision": article.date_precision.value,
        "outlet": article.outlet,
        "author": article.author,
        "url": article.url,
        "language": article.language,
        "source_id": article.source_id,
        "length": len(article.text),
    }


def clean(value: Any) -> Any:
    """JSON-ready data: dates as ISO text, NaN as None, dataclasses as dicts."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: clean(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


# --------------------------------------------------------------------------- dyads


@dataclass(frozen=True, slots=True)
class DyadView:
    """A directed dyad: its timeline, its evidence, and how much was read."""

    actor: str
    recipient: str
    freq: str
    periods: list[dict[str, Any]]
    evidence: list[Evidence]
    evidence_total: int
    events_read: int
    events_total: int
    truncated: bool
    names: Names


def timeline_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Timeline rows as plain dicts: period, the measures, and the non-zero type counts."""
    from ..analyze.dyads import TIMELINE_COLUMNS

    rows = []
    for period, row in zip(frame.index, records(frame), strict=True):
        item: dict[str, Any] = {"period": pd.Timestamp(period).date().isoformat()}
        item.update({name: clean(float(row[name])) for name in TIMELINE_COLUMNS})
        item["types"] = {
            name: float(value)
            for name, value in row.items()
            if name not in TIMELINE_COLUMNS and float(value) != 0
        }
        rows.append(item)
    return rows


def dyad_view(
    store: Store,
    actor: str,
    recipient: str,
    window: Filters,
    *,
    freq: str,
    limits: Limits,
    evidence_limit: int = 50,
    evidence_offset: int = 0,
    weight_by_mentions: bool = False,
) -> DyadView:
    """The timeline and evidence of actor->recipient (codes or names) within ``window``."""
    filters = dataclasses.replace(window, actor=actor, recipient=recipient)
    loaded = load_events(store, filters, max_events=limits.max_events)
    names = Names()
    names.update(loaded.events)
    actor_code = resolve_code(actor, names.names)
    recipient_code = resolve_code(recipient, names.names)
    pairs = event_pairs(
        loaded.events,
        states_only=False,
        include_self=actor_code == recipient_code,
        weight_by_mentions=weight_by_mentions,
    )
    rows = dyad_pairs(pairs, actor_code, recipient_code)
    frame = dyad_timeline(rows, actor_code, recipient_code, freq=freq)
    everything = evidence(rows)
    return DyadView(
        actor=actor_code,
        recipient=recipient_code,
        freq=freq,
        periods=timeline_rows(frame),
        evidence=everything[evidence_offset : evidence_offset + evidence_limit],
        evidence_total=len(everything),
        events_read=len(loaded.events),
        events_total=loaded.total,
        truncated=loaded.truncated,
        names=names,
    )


@dataclass(frozen=True, slots=True)
class Overview:
    """What the front page shows."""

    stats: dict[str, int]
    by_volume: list[DyadSummary]
    cooperative: list[DyadSummary]
    conflictual: list[DyadSummary]
    latest: list[Event]
    alerts: list[Alert]
    periods: list[dict[str, Any]]
    loaded: Loaded
    names: Names


def analysis_pairs(
    store: Store, window: Filters, limits: Limits, *, weight_by_mentions: bool = False
) -> tuple[pd.DataFrame, Loaded, Names]:
    """The state pairs of every event in ``window`` (at most ``max_events`` events read)."""
    loaded = load_events(store, window, max_events=limits.max_events)
    names = Names()
    names.update(loaded.events)
    pairs = event_pairs(loaded.events, weight_by_mentions=weight_by_mentions)
    return pairs, loaded, names


def overview(store: Store, limits: Limits, *, top: int = 10, latest: int = 15) -> Overview:
    """Counts, top dyads, latest events, strongest alerts and the monthly balance."""
    pairs, loaded, names = analysis_pairs(store, Filters(), limits)
    newest = list(store.events(Filters(newest_first=True, limit=latest)))
    names.update(newest)
    return Overview(
        stats=store.stats(),
        by_volume=top_dyads(pairs, n=top),
        cooperative=top_dyads(pairs, n=top, by="cooperation"),
        conflictual=top_dyads(pairs, n=top, by="conflict"),
        latest=newest,
        alerts=dyad_alerts(pairs)[:5],
        periods=timeline_rows(timeline(pairs, freq="month")),
        loaded=loaded,
        names=names,
    )


def dyad_list(
    store: Store,
    window: Filters,
    limits: Limits,
    *,
    by: str = "events",
    actor: str | None = None,
    recipient: str | None = None,
    weight_by_mentions: bool = False,
) -> tuple[list[DyadSummary], Loaded, Names]:
    """Every directed dyad of states in ``window``, ranked; optionally only those of one
    actor and/or one recipient (codes or names)."""
    filters = dataclasses.replace(window, actor=actor, recipient=recipient)
    pairs, loaded, names = analysis_pairs(
        store, filters, limits, weight_by_mentions=weight_by_mentions
    )
    if actor:
        pairs = pairs[pairs["actor"] == resolve_code(actor, names.names)]
    if recipient:
        pairs = pairs[pairs["recipient"] == resolve_code(recipient, names.names)]
    return top_dyads(pairs, n=len(pairs) or 1, by=by), loaded, names


# --------------------------------------------------------------------------- network


@dataclass(frozen=True, slots=True)
class NetworkView:
    """The network of a window, and (when a second window is given) what changed."""

    network: Network
    positions: dict[str, tuple[float, float]]
    loaded: Loaded
    names: Names
    compare: Network | None = None
    compare_loaded: Loaded | None = None
    changes: list[EdgeChange] = field(default_factory=list)
    moves: list[BlocMove] = field(default_factory=list)


def network_view(
    store: Store,
    window: Filters,
    limits: Limits,
    *,
    compare: Filters | None = None,
    method: str = "greedy",
    min_events: float = 1.0,
    weight_by_mentions: bool = False,
) -> NetworkView:
    """The alignment network of ``window``; with ``compare`` (an earlier window), the changes
    from that window to this one."""
    pairs, loaded, names = analysis_pairs(
        store, window, limits, weight_by_mentions=weight_by_mentions
    )
    net = network(pairs, method=method, min_events=min_events)
    if compare is None:
        return NetworkView(network=net, positions=layout(net), loaded=loaded, names=names)
    old_pairs, old_loaded, old_names = analysis_pairs(
        store, compare, limits, weight_by_mentions=weight_by_mentions
    )
    for code, name in old_names.names.items():
        names.names.setdefault(code, name)
    old = network(old_pairs, method=method, min_events=min_events)
    return NetworkView(
        network=net,
        positions=layout(net),
        loaded=loaded,
        names=names,
        compare=old,
        compare_loaded=old_loaded,
        changes=edge_changes(old, net),
        moves=bloc_moves(old, net),
    )


def alerts_view(
    store: Store,
    window: Filters,
    limits: Limits,
    *,
    freq: str = "month",
    threshold: float = 2.0,
    min_count: float = 3.0,
    baseline: int = 12,
    as_of: dt.date | None = None,
    weight_by_mentions: bool = False,
) -> tuple[list[Alert], Loaded, Names]:
    """Alerts (see :mod:`realpolitik.analyze.alerts`) over the events of ``window``."""
    pairs, loaded, names = analysis_pairs(
        store, window, limits, weight_by_mentions=weight_by_mentions
    )
    found = dyad_alerts(
        pairs,
        freq=freq,
        threshold=threshold,
        min_count=min_count,
        baseline_periods=baseline,
        as_of=as_of,
    )
    return found, loaded, names


# --------------------------------------------------------------------------- search


SEARCH_KINDS = ("articles", "events", "quotes")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: its kind, record and where it comes from."""

    kind: str
    id: str
    article_id: str
    title: str
    snippet: str
    date: dt.date | None


def _hit(kind: str, record: Article | Event | Quote) -> SearchHit:
    if isinstance(record, Article):
        return SearchHit(
            kind, record.id, record.id, record.title, record.text[:240], record.published
        )
    if isinstance(record, Event):
        title = (
            f"{', '.join(record.actor_codes) or '-'} {record.event} "
            f"{', '.join(record.recipient_codes) or '-'}"
        )
        return SearchHit(
            kind, record.id, record.provenance.article_id, title, record.sentence_text, record.date
        )
    title = f"{record.speaker.name or 'unknown speaker'} ({record.type})"
    return SearchHit(kind, record.id, record.provenance.article_id, title, record.content, None)


def search(
    store: Store, text: str, kinds: tuple[str, ...], *, limit: int, offset: int
) -> tuple[list[SearchHit], int, dict[str, int]]:
    """Records whose text holds ``text``: one page over articles, then events, then quotes.

    Returns the page, the total and the count per kind.
    """
    for kind in kinds:
        if kind not in SEARCH_KINDS:
            raise ApiError(
                422,
                "invalid_parameter",
                f"unknown search kind {kind!r}; use {', '.join(SEARCH_KINDS)}",
                [{"parameter": "kind", "message": f"unknown kind {kind}"}],
            )
    filters = Filters(text=text, newest_first=True)
    counts = {kind: store.count(kind, filters) for kind in kinds}
    hits: list[SearchHit] = []
    skip, room = offset, limit
    for kind in kinds:
        if room <= 0:
            break
        if skip >= counts[kind]:
            skip -= counts[kind]
            continue
        page = dataclasses.replace(filters, limit=room, offset=skip)
        records: Iterable[Article | Event | Quote]
        if kind == "articles":
            records = store.articles(page)
        elif kind == "events":
            records = store.events(page)
        else:
            records = store.quotes(page)
        found = [_hit(kind, record) for record in records]
        hits.extend(found)
        room -= len(found)
        skip = 0
    return hits, sum(counts.values()), counts
