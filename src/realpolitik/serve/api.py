"""The JSON API under /api/, documented by /openapi.json.

Every list answers ``{"items": [...], "total": N, "limit": L, "offset": O}``
(``limit`` at most 500); every error answers ``{"error": {"code",
"message", "details"}}``. The store is opened read-only for each request.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query

from ..serialize import coded_record
from ..store import Filters, Store
from . import views
from .deps import limits, open_store
from .errors import SafeJSONResponse, not_found
from .params import (
    Freq,
    Page,
    Since,
    Until,
    article_filters,
    event_filters,
    page,
    quote_filters,
    window,
)

router = APIRouter(prefix="/api", default_response_class=SafeJSONResponse)

StoreDep = Annotated[Store, Depends(open_store)]
PageDep = Annotated[Page, Depends(page)]
LimitsDep = Annotated[views.Limits, Depends(limits)]
WindowDep = Annotated[Filters, Depends(window)]
CodePath = Annotated[str, Path(max_length=100, description="Actor code or name.")]
Method = Annotated[
    Literal["greedy", "louvain"], Query(description="Community detection for the blocs.")
]
Mentions = Annotated[bool, Query(description="Weight merged events by their number of mentions.")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "A parameter has a value that cannot be used."},
    404: {"description": "No such record."},
    422: {"description": "A parameter failed validation."},
    503: {"description": "The query ran too long or the store cannot be read."},
}


def _paged(filters: Filters, p: Page) -> Filters:
    return dataclasses.replace(filters, limit=p.limit, offset=p.offset)


def _read_info(loaded: Any) -> dict[str, Any]:
    return {
        "events_read": len(loaded.events),
        "events_total": loaded.total,
        "truncated": loaded.truncated,
    }


@router.get("/stats", summary="Counts of what the store holds", responses=_ERRORS)
def stats(store: StoreDep) -> dict[str, Any]:
    """Articles, events, quotes, amounts, times, places, actor codes and failures."""
    return dict(store.stats())


@router.get("/settings", summary="The coding settings and their defaults", responses=_ERRORS)
def settings() -> list[dict[str, Any]]:
    """Every setting of realpolitik.config.Settings, with its default and help."""
    from ..config import describe_settings

    return [
        {"name": info.name, "default": info.default, "help": info.help}
        for info in describe_settings()
    ]


@router.get("/articles", summary="List articles", responses=_ERRORS)
def articles(
    store: StoreDep, p: PageDep, filters: Annotated[Filters, Depends(article_filters)]
) -> dict[str, Any]:
    """Articles (metadata, no text), newest first; actor, recipient and type keep the
    articles with such an event, text searches title and body."""
    items = [views.article_item(a) for a in store.articles(_paged(filters, p))]
    return p.envelope(list(items), store.count("articles", filters))


@router.get("/articles/{article_id}", summary="One article and its records", responses=_ERRORS)
def article(store: StoreDep, article_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    """The article with its text and every event, quote, amount, date and place coded from it."""
    coded = store.article(article_id)
    if coded is None:
        raise not_found("article", article_id)
    record = coded_record(coded)
    record["id"] = coded.article.id
    return record


@router.get("/events", summary="List events", responses=_ERRORS)
def events(
    store: StoreDep, p: PageDep, filters: Annotated[Filters, Depends(event_filters)]
) -> dict[str, Any]:
    """Events matching the filters of ``realpolitik events``: actor, recipient (codes or
    names), type (repeatable), since, until, text (in the sentence or the title)."""
    items = [views.event_item(e) for e in store.events(_paged(filters, p))]
    return p.envelope(list(items), store.count("events", filters))


@router.get("/quotes", summary="List quotes", responses=_ERRORS)
def quotes(
    store: StoreDep, p: PageDep, filters: Annotated[Filters, Depends(quote_filters)]
) -> dict[str, Any]:
    """Quotes with their speakers: speaker (part of a name), country (speaker's), text."""
    items = [views.quote_item(q) for q in store.quotes(_paged(filters, p))]
    return p.envelope(list(items), store.count("quotes", filters))


@router.get("/dyads", summary="Directed dyads ranked", responses=_ERRORS)
def dyads(
    store: StoreDep,
    p: PageDep,
    lim: LimitsDep,
    win: WindowDep,
    actor: Annotated[str | None, Query(max_length=100)] = None,
    recipient: Annotated[str | None, Query(max_length=100)] = None,
    by: Annotated[
        Literal["events", "cooperation", "conflict"],
        Query(description="Rank by volume, net cooperation or net conflict."),
    ] = "events",
    weight_by_mentions: Mentions = False,
) -> dict[str, Any]:
    """Every directed dyad of states in the window with its events, cooperation, conflict and
    net cooperation; ``actor`` / ``recipient`` keep one side."""
    found, loaded, names = views.dyad_list(store, win, lim, by=by, actor=actor, recipient=recipient)
    items = [
        {**views.clean(d), "actor_name": names(d.actor), "recipient_name": names(d.recipient)}
        for d in found[p.offset : p.offset + p.limit]
    ]
    return {**p.envelope(items, len(found)), **_read_info(loaded)}


@router.get("/dyads/{actor}/{recipient}", summary="A directed dyad's timeline", responses=_ERRORS)
def dyad(
    store: StoreDep,
    p: PageDep,
    lim: LimitsDep,
    win: WindowDep,
    actor: CodePath,
    recipient: CodePath,
    freq: Freq = "month",
    weight_by_mentions: Mentions = False,
    evidence: Annotated[int, Query(ge=0, le=500, description="Evidence events to list.")] = 50,
) -> dict[str, Any]:
    """The timeline of actor->recipient per day, week or month (items: one per period, with
    counts per type and quad class, mean intensity and net cooperation), and the events
    behind it, newest first."""
    view = views.dyad_view(
        store,
        actor,
        recipient,
        win,
        freq=freq,
        limits=lim,
        evidence_limit=evidence,
        weight_by_mentions=weight_by_mentions,
    )
    return {
        **p.envelope(list(view.periods[p.offset : p.offset + p.limit]), len(view.periods)),
        "actor": view.actor,
        "recipient": view.recipient,
        "actor_name": view.names(view.actor),
        "recipient_name": view.names(view.recipient),
        "freq": view.freq,
        "evidence": views.clean(view.evidence),
        "evidence_total": view.evidence_total,
        "events_read": view.events_read,
        "events_total": view.events_total,
        "truncated": view.truncated,
    }


@router.get("/network", summary="Alignment network and blocs", responses=_ERRORS)
def network(
    store: StoreDep,
    p: PageDep,
    lim: LimitsDep,
    since: Since = None,
    until: Until = None,
    compare_since: Annotated[
        dt.date | None, Query(description="Start of an earlier window to compare with.")
    ] = None,
    compare_until: Annotated[
        dt.date | None, Query(description="End of the earlier window to compare with.")
    ] = None,
    method: Method = "greedy",
    min_events: Annotated[float, Query(ge=0, le=1e6, description="Leave out weaker ties.")] = 1.0,
    weight_by_mentions: Mentions = False,
) -> dict[str, Any]:
    """The signed network of states in the window (items: edges, strongest first, with net
    cooperation as weight), its blocs, and, given an earlier window, the edge changes (who
    moved towards whom) and the bloc moves."""
    compare = None
    if compare_since is not None or compare_until is not None:
        compare = Filters(since=compare_since, until=compare_until)
    view = views.network_view(
        store,
        Filters(since=since, until=until),
        lim,
        compare=compare,
        method=method,
        min_events=min_events,
        weight_by_mentions=weight_by_mentions,
    )
    net = view.network
    body: dict[str, Any] = {
        **p.envelope(views.clean(list(net.edges[p.offset : p.offset + p.limit])), len(net.edges)),
        "nodes": [
            {
                "code": code,
                "name": view.names(code),
                "bloc": net.bloc_of(code),
                "x": view.positions.get(code, (0.0, 0.0))[0],
                "y": view.positions.get(code, (0.0, 0.0))[1],
            }
            for code in net.nodes
        ],
        "blocs": [list(b) for b in net.blocs],
        "method": net.method,
        **_read_info(view.loaded),
    }
    if view.compare is not None:
        body["changes"] = [
            {**views.clean(c), "delta": c.delta, "direction": c.direction} for c in view.changes
        ]
        body["moves"] = views.clean(view.moves)
        body["compare_blocs"] = [list(b) for b in view.compare.blocs]
    return body


@router.get("/alerts", summary="Dyads departing from their baseline", responses=_ERRORS)
def alerts(
    store: StoreDep,
    p: PageDep,
    lim: LimitsDep,
    win: WindowDep,
    freq: Freq = "month",
    threshold: Annotated[float, Query(gt=0, le=100, description="z-score to alert at.")] = 2.0,
    min_count: Annotated[float, Query(ge=0, le=1e6, description="Events needed.")] = 3.0,
    baseline: Annotated[int, Query(ge=1, le=120, description="Baseline periods.")] = 12,
    as_of: Annotated[dt.date | None, Query(description="A date in the current period.")] = None,
    weight_by_mentions: Mentions = False,
) -> dict[str, Any]:
    """Directed dyads whose conflict or cooperation in the current period departs from their
    own baseline (z-score), strongest first, with the events behind each."""
    found, loaded, names = views.alerts_view(
        store,
        win,
        lim,
        freq=freq,
        threshold=threshold,
        min_count=min_count,
        baseline=baseline,
        as_of=as_of,
        weight_by_mentions=weight_by_mentions,
    )
    items = [
        {**views.clean(a), "actor_name": names(a.actor), "recipient_name": names(a.recipient)}
        for a in found[p.offset : p.offset + p.limit]
    ]
    return {**p.envelope(items, len(found)), **_read_info(loaded)}


@router.get("/search", summary="Search articles, events and quotes", responses=_ERRORS)
def search(
    store: StoreDep,
    p: PageDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Text to find.")],
    kind: Annotated[
        list[str] | None,
        Query(max_length=3, description="articles, events or quotes; repeatable (default all)."),
    ] = None,
) -> dict[str, Any]:
    """Records whose text holds ``q`` (any case): articles (title, body), events (sentence),
    quotes (content). Items have kind, id, article_id, title, snippet and date."""
    kinds = tuple(dict.fromkeys(kind)) if kind else views.SEARCH_KINDS
    hits, total, counts = views.search(store, q, kinds, limit=p.limit, offset=p.offset)
    return {**p.envelope(views.clean(hits), total), "counts": counts}


@router.get("/countries/{code}", summary="A country's profile", responses=_ERRORS)
def country(
    store: StoreDep,
    lim: LimitsDep,
    win: WindowDep,
    code: Annotated[str, Path(min_length=2, max_length=8, description="Actor code (PRK).")],
    top: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    """Partners ranked by volume, cooperation and conflict, recent events and the people
    quoted from the country."""
    from ..analyze.load import store_profile

    profile, loaded = store_profile(store, code.upper(), win, top=top, max_events=lim.max_events)
    body = views.clean(dataclasses.replace(profile, recent=()))
    body["recent"] = [views.event_item(e) for e in profile.recent]
    return {**body, **_read_info(loaded)}
