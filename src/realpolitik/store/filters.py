"""What to read from the store: one frozen set of filters shared by every query.

The same :class:`Filters` value travels from the CLI or the web layer to
:class:`~realpolitik.store.Store` unchanged. Each kind of record uses the
filters that mean something for it and ignores the others:

=============  ======  ======  =======  ========
filter         events  quotes  amounts  articles
=============  ======  ======  =======  ========
actor          yes     --      yes (1)  yes (2)
recipient      yes     --      yes (1)  yes (2)
type           yes     --      --       yes (2)
since / until  yes (3) yes (4) yes (4)  yes (4)
speaker        --      yes     --       yes (5)
country        --      yes     --       yes (5)
text           yes     yes     yes      yes
article_id     yes     yes     yes      yes
=============  ======  ======  =======  ========

(1) an amount's actor and partner codes (exact code only);
(2) articles with at least one matching event; (3) the event's date, or its
article's publication date when the event has none; (4) the article's
publication date; (5) articles with at least one matching quote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..errors import ConfigError


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


@dataclass(frozen=True, slots=True)
class Filters:
    """Filters for store queries; every field is optional (``Filters()`` reads everything).

    - ``actor`` / ``recipient``: an actor code ("PRK", any case) or a part of
      the actor's resolved name or person ("Korea", "Shoigu").
    - ``type``: PLOVER event types; several are OR-ed ("ASSAULT", "COERCE").
    - ``since`` / ``until``: inclusive dates.
    - ``speaker``: a part of a quote speaker's name or of the words naming them.
    - ``country``: the quote speaker's country code ("USA").
    - ``text``: a part of the event's sentence or article title, of the quote's
      content or article title, of the amount's text or object, or of the
      article's title or body. Matching ignores case (ASCII only on SQLite).
    - ``article_id``: one article.
    - ``limit`` / ``offset``: a page of results (``count`` ignores both).
    - ``newest_first``: order by date, newest first (default: oldest first).
    - ``merged``: events only: one row per merged event of a story (the
      default); False lists every mention (see :mod:`realpolitik.dedup`).
    """

    actor: str | None = None
    recipient: str | None = None
    type: tuple[str, ...] = field(default=())
    since: dt.date | None = None
    until: dt.date | None = None
    speaker: str | None = None
    country: str | None = None
    text: str | None = None
    article_id: str | None = None
    limit: int | None = None
    offset: int = 0
    newest_first: bool = False
    merged: bool = True

    def __post_init__(self) -> None:
        types: object = self.type
        if isinstance(types, str):  # Filters(type="ASSAULT") means one type, not its letters
            types = (types,)
        if not isinstance(types, (tuple, list)) or not all(isinstance(t, str) for t in types):
            raise ConfigError(f"type must be a tuple of PLOVER type names, not {types!r}")
        object.__setattr__(self, "type", tuple(t.strip().upper() for t in types if t.strip()))
        for name in ("actor", "recipient", "speaker", "country", "text", "article_id"):
            object.__setattr__(self, name, _clean(getattr(self, name)))
        if self.country is not None:
            object.__setattr__(self, "country", self.country.upper())
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, dt.date):
                raise ConfigError(f"{name} must be a date (YYYY-MM-DD), not {value!r}")
            if isinstance(value, dt.datetime):
                object.__setattr__(self, name, value.date())
        if self.since and self.until and self.since > self.until:
            raise ConfigError(
                f"since ({self.since}) is after until ({self.until}); swap them or drop one"
            )
        if self.limit is not None and self.limit < 0:
            raise ConfigError(f"limit must be 0 or more, not {self.limit}")
        if self.offset < 0:
            raise ConfigError(f"offset must be 0 or more, not {self.offset}")
