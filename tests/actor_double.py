"""A stand-in for ArticleActors in the event coder's unit tests: a word is an actor when
the test's table knows it, so a test checks the coder's logic apart from the resolver."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from realpolitik.models import Actor

#: word -> code, or word -> (code, kind)
Codes = Mapping[str, "str | tuple[str, str]"]


class TableActors:
    """Actors looked up word by word in ``codes``; ``for_token``, ``at`` and ``mentions``
    as the event coder uses them."""

    def __init__(self, doc: Any, codes: Codes) -> None:
        self.codes = codes
        self.mentions = tuple(self._actor(t) for t in doc if t.text in codes)

    def _actor(self, token: Any) -> Actor:
        entry = self.codes[token.text]
        code, kind = (entry, "state") if isinstance(entry, str) else entry
        return Actor(
            code=code,
            name=token.text,
            text=token.text,
            kind=kind,
            start=token.idx,
            end=token.idx + len(token.text),
        )

    def for_token(self, token: Any) -> Actor | None:
        return self._actor(token) if token.text in self.codes else None

    def at(self, start: int, end: int) -> Actor | None:
        return next((a for a in self.mentions if a.start < end and start < a.end), None)
