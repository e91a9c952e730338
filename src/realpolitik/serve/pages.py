"""The dashboard's HTML pages: overview, dyads, network, alerts, articles, people, search.

Pages read the same views as the API (:mod:`realpolitik.serve.views`) and
render Jinja templates with autoescaping; the only HTML not written by a
template is the highlighted article text, built by
:mod:`realpolitik.serve.highlight` with every piece escaped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from ..analyze.load import store_profile
from ..analyze.pairs import display_name
from ..store import Filters, Store
from . import charts, views
from .deps import limits, open_store
from .errors import not_found
from .highlight import article_marks, highlight
from .params import (
    MAX_LIMIT,
    Freq,
    Limit,
    Offset,
    Since,
    Until,
    article_filters,
    event_filters,
    quote_filters,
)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

StoreDep = Annotated[Store, Depends(open_store)]
LimitsDep = Annotated[views.Limits, Depends(limits)]
Name = Annotated[str, Path(max_length=100)]
OptionalText = Annotated[str | None, Query(max_length=200)]


def render(request: Request, template: str, **context: Any) -> Response:
    """A page from ``template`` with ``context`` (plus the request and the current path)."""
    templates = request.app.state.templates
    context.setdefault("name", display_name)
    context.setdefault("title", "")
    response: Response = templates.TemplateResponse(
        request, template, {"path": request.url.path, **context}
    )
    return response


def pager(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """Previous / next links that keep the request's other parameters."""

    def link(start: int) -> str:
        params = dict(request.query_params)
        params["offset"] = str(start)
        params["limit"] = str(limit)
        return f"{request.url.path}?{urlencode(params)}"

    return {
        "total": total,
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "prev": link(max(offset - limit, 0)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
    }


def dyad_url(actor: str, recipient: str) -> str:
    """The page of a directed dyad."""
    return f"/dyads/{quote(actor, safe='')}/{quote(recipient, safe='')}"


@router.get("/")
def overview(request: Request, store: StoreDep, lim: LimitsDep) -> Response:
    view = views.overview(store, lim)
    return render(
        request,
        "overview.html",
        title="Overview",
        view=view,
        name=view.names,
        chart=charts.timeline_chart(view.periods) if view.periods else None,
        dyad_url=dyad_url,
    )


@router.get("/dyads")
def dyads(
    request: Request,
    store: StoreDep,
    lim: LimitsDep,
    actor: OptionalText = None,
    recipient: OptionalText = None,
    since: Since = None,
    until: Until = None,
    by: Literal["events", "cooperation", "conflict"] = "events",
    limit: Limit = 100,
    offset: Offset = 0,
) -> Response:
    if actor and recipient and actor.strip() and recipient.strip():
        url = dyad_url(actor.strip(), recipient.strip())
        query = urlencode({k: v for k, v in (("since", since), ("until", until)) if v})
        return RedirectResponse(f"{url}?{query}" if query else url, status_code=303)
    found, loaded, names = views.dyad_list(
        store, Filters(since=since, until=until), lim, by=by, actor=actor, recipient=recipient
    )
    return render(
        request,
        "dyads.html",
        title="Dyads",
        dyads=found[offset : offset + limit],
        pager=pager(request, len(found), limit, offset),
        loaded=loaded,
        name=names,
        dyad_url=dyad_url,
        form={
            "actor": actor or "",
            "recipient": recipient or "",
            "since": since,
            "until": until,
            "by": by,
        },
    )


@router.get("/dyads/{actor}/{recipient}")
def dyad(
    request: Request,
    store: StoreDep,
    lim: LimitsDep,
    actor: Name,
    recipient: Name,
    freq: Freq = "month",
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    view = views.dyad_view(
        store,
        actor,
        recipient,
        Filters(since=since, until=until),
        freq=freq,
        limits=lim,
        evidence_limit=limit,
        evidence_offset=offset,
    )
    return render(
        request,
        "dyad.html",
        title=f"{view.names(view.actor)} \u2192 {view.names(view.recipient)}",
        view=view,
        name=view.names,
        chart=charts.timeline_chart(view.periods, view.freq) if view.periods else None,
        pager=pager(request, view.evidence_total, limit, offset),
        reverse=dyad_url(view.recipient, view.actor),
        dyad_url=dyad_url,
        form={"freq": freq, "since": since, "until": until},
    )


@router.get("/network")
def network(
    request: Request,
    store: StoreDep,
    lim: LimitsDep,
    since: Since = None,
    until: Until = None,
    compare_since: Annotated[dt.date | None, Query()] = None,
    compare_until: Annotated[dt.date | None, Query()] = None,
    method: Literal["greedy", "louvain"] = "greedy",
) -> Response:
    compare = None
    if compare_since is not None or compare_until is not None:
        compare = Filters(since=compare_since, until=compare_until)
    view = views.network_view(
        store, Filters(since=since, until=until), lim, compare=compare, method=method
    )
    return render(
        request,
        "network.html",
        title="Alignment network",
        view=view,
        name=view.names,
        chart=charts.network_chart(view.network, view.positions, view.names)
        if view.network.nodes
        else None,
        colour=charts.bloc_colour,
        alone=[bloc[0] for bloc in view.network.blocs if len(bloc) == 1],
        dyad_url=dyad_url,
        form={
            "since": since,
            "until": until,
            "compare_since": compare_since,
            "compare_until": compare_until,
            "method": method,
        },
    )


@router.get("/alerts")
def alerts(
    request: Request,
    store: StoreDep,
    lim: LimitsDep,
    freq: Freq = "month",
    threshold: Annotated[float, Query(gt=0, le=100)] = 2.0,
    min_count: Annotated[float, Query(ge=0, le=1e6)] = 3.0,
    as_of: Annotated[dt.date | None, Query()] = None,
) -> Response:
    found, loaded, names = views.alerts_view(
        store, Filters(), lim, freq=freq, threshold=threshold, min_count=min_count, as_of=as_of
    )
    return render(
        request,
        "alerts.html",
        title="Alerts",
        alerts=found[:MAX_LIMIT],
        loaded=loaded,
        name=names,
        dyad_url=dyad_url,
        form={"freq": freq, "threshold": threshold, "min_count": min_count, "as_of": as_of},
    )


@router.get("/articles")
def articles(
    request: Request,
    store: StoreDep,
    filters: Annotated[Filters, Depends(article_filters)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    page = dataclasses.replace(filters, limit=limit, offset=offset)
    return render(
        request,
        "articles.html",
        title="Articles",
        articles=list(store.articles(page)),
        pager=pager(request, store.count("articles", filters), limit, offset),
        form={"text": filters.text or "", "since": filters.since, "until": filters.until},
    )


@router.get("/articles/{article_id}")
def article(
    request: Request, store: StoreDep, article_id: Annotated[str, Path(max_length=64)]
) -> Response:
    coded = store.article(article_id)
    if coded is None:
        raise not_found("article", article_id)
    names = views.Names()
    names.update(list(coded.events))
    body = Markup(highlight(coded.article.text, article_marks(coded)))  # escaped piece by piece
    return render(
        request,
        "article.html",
        title=coded.article.title or coded.article.id,
        coded=coded,
        body=body,
        name=names,
        dyad_url=dyad_url,
    )


@router.get("/events")
def events(
    request: Request,
    store: StoreDep,
    filters: Annotated[Filters, Depends(event_filters)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    page = dataclasses.replace(filters, limit=limit, offset=offset)
    found = list(store.events(page))
    names = views.Names()
    names.update(found)
    return render(
        request,
        "events.html",
        title="Events",
        events=found,
        name=names,
        pager=pager(request, store.count("events", filters), limit, offset),
        form={
            "actor": filters.actor or "",
            "recipient": filters.recipient or "",
            "type": filters.type[0] if filters.type else "",
            "since": filters.since,
            "until": filters.until,
            "text": filters.text or "",
        },
    )


@router.get("/people")
def people(
    request: Request,
    store: StoreDep,
    filters: Annotated[Filters, Depends(quote_filters)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    from ..analyze import quoted_people

    page = dataclasses.replace(filters, limit=limit, offset=offset)
    speakers = quoted_people(
        store.quotes(dataclasses.replace(filters, limit=5000, offset=0)), country=filters.country
    )
    return render(
        request,
        "people.html",
        title="People",
        speakers=speakers[:50],
        quotes=list(store.quotes(page)),
        pager=pager(request, store.count("quotes", filters), limit, offset),
        form={
            "speaker": filters.speaker or "",
            "country": filters.country or "",
            "text": filters.text or "",
        },
    )


@router.get("/countries/{code}")
def country(
    request: Request,
    store: StoreDep,
    lim: LimitsDep,
    code: Annotated[str, Path(min_length=2, max_length=8)],
    since: Since = None,
    until: Until = None,
) -> Response:
    profile, loaded = store_profile(
        store, code.upper(), Filters(since=since, until=until), max_events=lim.max_events
    )
    names = views.Names()
    names.update(list(loaded.events))
    return render(
        request,
        "country.html",
        title=names(profile.code),
        profile=profile,
        loaded=loaded,
        name=names,
        dyad_url=dyad_url,
    )


@router.get("/search")
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    text = (q or "").strip()
    hits: list[views.SearchHit] = []
    total, counts = 0, dict[str, int]()
    if text:
        hits, total, counts = views.search(
            store, text, views.SEARCH_KINDS, limit=limit, offset=offset
        )
    return render(
        request,
        "search.html",
        title="Search",
        q=text,
        hits=hits,
        counts=counts,
        pager=pager(request, total, limit, offset),
    )
