"""Query parameters shared by the API and the pages, validated before any query runs.

Every parameter has a type, a length cap and a description (they show in
/openapi.json). Page sizes are capped at :data:`MAX_LIMIT`; a bad value is
answered with a 422 in the one error shape (:mod:`realpolitik.serve.errors`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Query

from .. import ontology
from ..store import Filters
from .errors import ApiError

#: The largest page a request may ask for.
MAX_LIMIT = 500
#: The page size when none is given.
DEFAULT_LIMIT = 50
#: The largest offset (deeper pages are better reached by narrowing the filters).
MAX_OFFSET = 1_000_000

Code = Annotated[
    str | None,
    Query(max_length=100, description="Actor code (PRK) or a part of a name (Korea, Shoigu)."),
]
Text = Annotated[str | None, Query(max_length=200, description="Text to look for (any case).")]
Since = Annotated[dt.date | None, Query(description="From this date (YYYY-MM-DD), inclusive.")]
Until = Annotated[dt.date | None, Query(description="Up to this date (YYYY-MM-DD), inclusive.")]
ArticleId = Annotated[str | None, Query(max_length=64, description="Only this article's records.")]
Types = Annotated[
    list[str] | None,
    Query(max_length=40, description="PLOVER event type; repeat for several (OR)."),
]
Order = Annotated[
    Literal["newest", "oldest"], Query(description="Order by date: newest or oldest first.")
]
Freq = Annotated[
    Literal["day", "week", "month"], Query(description="Period of the timeline or the alerts.")
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]


@dataclass(frozen=True, slots=True)
class Page:
    """A page of results: its size and where it starts."""

    limit: int
    offset: int

    def envelope(self, items: Sequence[Any], total: int) -> dict[str, Any]:
        """The paginated response body: items, total, limit, offset."""
        return {"items": list(items), "total": total, "limit": self.limit, "offset": self.offset}


def page(limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """The page parameters (``limit`` 1..500, ``offset`` >= 0)."""
    return Page(limit=limit, offset=offset)


def check_types(types: list[str] | None) -> tuple[str, ...]:
    """PLOVER type names, upper-cased; an unknown one is a 422 that lists the known ones."""
    if not types:
        return ()
    known = ontology.event_types()
    wanted = tuple(t.strip().upper() for t in types if t.strip())
    unknown = [t for t in wanted if t not in known]
    if unknown:
        raise ApiError(
            422,
            "invalid_parameter",
            f"unknown event type {', '.join(unknown)}; use one of {', '.join(known)}",
            [{"parameter": "type", "message": f"unknown type {t}"} for t in unknown],
        )
    return wanted


def event_filters(
    actor: Code = None,
    recipient: Code = None,
    type: Types = None,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    article_id: ArticleId = None,
    order: Order = "newest",
    all_mentions: Annotated[
        bool,
        Query(description="List every mention instead of one event per story (merged)."),
    ] = False,
) -> Filters:
    """Filters for events (the CLI's filters)."""
    return Filters(
        actor=actor,
        recipient=recipient,
        type=check_types(type),
        since=since,
        until=until,
        text=text,
        article_id=article_id,
        newest_first=order == "newest",
        merged=not all_mentions,
    )


def quote_filters(
    speaker: Annotated[
        str | None, Query(max_length=100, description="A part of the speaker's name.")
    ] = None,
    country: Annotated[
        str | None, Query(max_length=3, description="The speaker's country code (USA).")
    ] = None,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    article_id: ArticleId = None,
    order: Order = "newest",
) -> Filters:
    """Filters for quotes."""
    return Filters(
        speaker=speaker,
        country=country,
        since=since,
        until=until,
        text=text,
        article_id=article_id,
        newest_first=order == "newest",
    )


def article_filters(
    actor: Code = None,
    recipient: Code = None,
    type: Types = None,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    order: Order = "newest",
) -> Filters:
    """Filters for articles (actor, recipient, type: articles with such an event)."""
    return Filters(
        actor=actor,
        recipient=recipient,
        type=check_types(type),
        since=since,
        until=until,
        text=text,
        newest_first=order == "newest",
    )


def window(since: Since = None, until: Until = None) -> Filters:
    """A time window for the analyses."""
    return Filters(since=since, until=until)
