"""Triples from the real pipeline (parser, actor resolver, coders) at the evaluation's
threshold, for tests that check a whole sentence's coding against CONVENTIONS Part A."""

from __future__ import annotations

from typing import Any

from realpolitik.actors import ActorResolver
from realpolitik.coders.events import code_events
from realpolitik.coders.places import code_places
from realpolitik.evaluate import evaluate_rows
from realpolitik.ids import article_id
from realpolitik.models import Article, Event
from realpolitik.nlp import parse_one

Triple = tuple[str, frozenset[str], frozenset[str]]


def events(text: str) -> list[Event]:
    """Every event the coder drafts in ``text`` (any confidence)."""
    doc = parse_one(text)
    article = Article(id=article_id(text), text=text)
    actors = ActorResolver().resolve(doc, article)
    return code_events(doc, article, actors, (), code_places(doc, article, actors))


def predicted(text: str, date: str | None = None) -> set[Triple]:
    """The triples the coder keeps (the evaluation's threshold) in ``text``, published on
    ``date`` when given (people are dated by it)."""
    row: dict[str, Any] = {"id": "x", "text": text, "events": []}
    if date is not None:
        row["date"] = date
    report = evaluate_rows([row])
    return set(report.items[0].predicted)


def triple(event: str, actors: Any = (), recipients: Any = ()) -> Triple:
    return (event, frozenset(actors), frozenset(recipients))
