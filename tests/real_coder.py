"""Triples from the real pipeline (parser, actor resolver, coders) at the evaluation's
threshold, for tests that check a whole sentence's coding against CONVENTIONS Part A."""

from __future__ import annotations

from typing import Any

from realpolitik.evaluate import evaluate_rows

Triple = tuple[str, frozenset[str], frozenset[str]]


def predicted(text: str) -> set[Triple]:
    """The triples the coder keeps (the evaluation's threshold) in ``text``."""
    report = evaluate_rows([{"id": "x", "text": text, "events": []}])
    return set(report.items[0].predicted)


def triple(event: str, actors: Any = (), recipients: Any = ()) -> Triple:
    return (event, frozenset(actors), frozenset(recipients))
