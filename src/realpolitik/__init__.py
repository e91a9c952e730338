"""realpolitik: international news in, sourced PLOVER event data out.

The public API::

    import realpolitik
    coded = realpolitik.code("Russia and China sent officials to Pyongyang in July.")
    for event in coded.events:
        print(event.event, event.actor_codes, event.recipient_codes, event.trigger)
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from typing import TYPE_CHECKING

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from .config import Settings  # noqa: E402
from .errors import RealpolitikError  # noqa: E402
from .models import (  # noqa: E402
    Actor,
    Amount,
    Article,
    CodedArticle,
    Event,
    Failure,
    Place,
    Provenance,
    Quote,
    Speaker,
    TimeRef,
    to_dict,
)

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .store import Store

__all__ = [
    "Actor",
    "Amount",
    "Article",
    "CodedArticle",
    "Event",
    "Failure",
    "Pipeline",
    "Place",
    "Provenance",
    "Quote",
    "RealpolitikError",
    "Settings",
    "Speaker",
    "Store",
    "TimeRef",
    "__version__",
    "code",
    "to_dict",
]


@functools.cache
def _default_pipeline() -> Pipeline:
    from .pipeline import Pipeline

    return Pipeline()


def code(
    text: str,
    *,
    title: str | None = None,
    published: dt.date | str | None = None,
    url: str | None = None,
) -> CodedArticle:
    """Code one article's text: its events, quotes, amounts, dates and places.

    ``text`` may be a bare body or a page with a date line, title and
    boilerplate; metadata found in it is read out unless given here.
    ``published`` is a date or a date string, read as the ingest readers read
    one ("2024-07-17", "December 31, 2017"); a string that is no date leaves
    the date the text states and becomes a warning on the article.
    """
    from .ingest import read_text_article

    article = read_text_article(text, title=title, published=published, url=url)
    return _default_pipeline().code_article(article)


def __getattr__(name: str) -> object:
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module 'realpolitik' has no attribute {name!r}")
