"""A stand-in for ArticleActors in the event coder's unit tests: a word is an actor when
the test's table knows it, so a test checks the coder's logic apart from the resolver."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from realpolitik.models import Actor

#: word -> code, or word -> (code, kind), or word -> (code, kind, sector)
Codes = Mapping[str, "str | tuple[str, str] | tuple[str, str, str]"]


class TableActors:
    """Actors looked up word by word in ``codes``; ``for_token``, ``at`` and ``mentions``
    as the event coder uses them."""

    def __init__(self, doc: Any, codes: Codes) -> None:
        self.codes = codes
        self.mentions = tuple(self._actor(t) for t in doc if t.text in codes)

    def _actor(self, token: Any) -> Actor:
        entry = self.codes[token.text]
        code, kind, sector = (entry, "state", "") if isinstance(entry, str) else (*entry, "")[:3]
        return Actor(
            code=code,
            name=token.text,
            text=token.text,
            kind=kind,
            sector=sector,
            start=token.idx,
            end=token.idx + len(token.text),
        )

    def for_token(self, token: Any) -> Actor | None:
        return self._actor(token) if token.text in self.codes else None

    def at(self, start: int, end: int) -> Actor | None:
        return next((a for a in self.mentions if a.start < end and start < a.end), None)

    def origin(self, token: Any) -> Actor | None:
        return None


def coded_triples(
    text: str, codes: Codes, published: Any
) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """(type, actor codes, recipient codes) of the events the coder keeps in ``text``,
    with actors looked up in ``codes``."""
    from realpolitik.coders.events import code_events
    from realpolitik.ids import article_id
    from realpolitik.models import Article
    from realpolitik.nlp import parse_one

    doc = parse_one(text)
    article = Article(id=article_id(text), text=text, published=published)
    return {
        (e.event, frozenset(e.actor_codes), frozenset(e.recipient_codes))
        for e in code_events(doc, article, TableActors(doc, codes))
        if e.confidence >= 0.5
    }


def triple(event: str, actors: Any = (), recipients: Any = ()) -> tuple[Any, ...]:
    """A triple as coded_triples gives it."""
    return (event, frozenset(actors), frozenset(recipients))
