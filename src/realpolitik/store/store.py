"""The store: coded articles in SQLite or PostgreSQL, written idempotently, read with filters.

>>> with Store.open("news.db") as store:                       # doctest: +SKIP
...     store.add_many(pipeline.code_many(articles))
...     for event in store.events(Filters(actor="PRK", type=("THREATEN",))):
...         print(event.date, event.actor_codes, event.trigger)

Writes are idempotent: an article is identified by its content-hash id, and
writing it again changes nothing. Each article is written with all its
records in one transaction, and :meth:`Store.add_many` commits every
``batch_size`` articles, so an interrupted run keeps every batch committed
before the interruption and never leaves half an article behind.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, StoreError
from ..models import Amount, Article, CodedArticle, Event, Failure, Quote
from . import queries
from .backend import Backend, connect
from .codec import (
    AMOUNT_COLUMNS,
    ARTICLE_ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    ARTICLE_EXTRA_COLUMNS,
    ARTICLE_META_COLUMNS,
    EVENT_ACTOR_COLUMNS,
    EVENT_COLUMNS,
    FAILURE_COLUMNS,
    PLACE_COLUMNS,
    QUOTE_COLUMNS,
    TIME_COLUMNS,
    ArticleMeta,
    amount_from_row,
    amount_row,
    article_actor_from_row,
    article_actor_row,
    article_from_row,
    article_meta_from_row,
    article_row,
    coded_extras_from_row,
    columns,
    event_actor_rows,
    event_from_row,
    event_row,
    failure_from_row,
    failure_row,
    insert_sql,
    place_from_row,
    place_row,
    quote_from_row,
    quote_row,
    time_from_row,
    time_row,
)
from .filters import Filters
from .frame import to_frame
from .schema import check_migrated, migrate
from .stories import StoryReport, assign_stories

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

#: Filters that match everything.
ALL = Filters()
#: Articles written per transaction by :meth:`Store.add_many`.
BATCH_SIZE = 50
#: Ids looked up per statement by :meth:`Store.known_ids` and :meth:`Store.articles_meta`.
_ID_CHUNK = 500

_INSERT_ARTICLE = insert_sql("articles", ARTICLE_COLUMNS + ARTICLE_EXTRA_COLUMNS)
_INSERT_EVENT = insert_sql("events", EVENT_COLUMNS)
_INSERT_EVENT_ACTOR = insert_sql("event_actors", EVENT_ACTOR_COLUMNS)
_INSERT_QUOTE = insert_sql("quotes", QUOTE_COLUMNS)
_INSERT_AMOUNT = insert_sql("amounts", AMOUNT_COLUMNS)
_INSERT_TIME = insert_sql("times", TIME_COLUMNS)
_INSERT_PLACE = insert_sql("places", PLACE_COLUMNS)
_INSERT_ARTICLE_ACTOR = insert_sql("article_actors", ARTICLE_ACTOR_COLUMNS)
_INSERT_FAILURE = insert_sql("failures", FAILURE_COLUMNS)


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _check_provenance(coded: CodedArticle) -> None:
    """Raise StoreError when a record says it comes from another article than the one stored."""
    article_id = coded.article.id
    records: list[tuple[str, str, Any]] = [
        *(("event", e.id, e.provenance) for e in coded.events),
        *(("quote", q.id, q.provenance) for q in coded.quotes),
        *(("amount", m.id, m.provenance) for m in coded.amounts),
        *(("time", t.text, t.provenance) for t in coded.times),
        *(("place", p.text, p.provenance) for p in coded.places),
    ]
    for kind, key, provenance in records:
        if provenance is not None and provenance.article_id != article_id:
            raise StoreError(
                f"article {article_id}: its {kind} {key!r} says it comes from article "
                f"{provenance.article_id}; a coder set the wrong provenance (fix the coder "
                "or the record before storing it)"
            )


class Store:
    """Coded articles in a database; open one with :meth:`Store.open`."""

    def __init__(self, backend: Backend) -> None:
        self._backend = backend

    @classmethod
    def open(
        cls,
        target: str | Path,
        *,
        readonly: bool = False,
        max_query_seconds: float | None = None,
    ) -> Store:
        """Open (and create or upgrade) a store.

        ``target`` is a file path (SQLite, created when missing), ``":memory:"``
        or a ``postgresql://user:password@host/db`` DSN. ``readonly`` opens the
        store for reading only (SQLite: ``mode=ro``) and refuses a store whose
        schema is missing or old. ``max_query_seconds`` stops any read query
        that runs longer with :class:`~realpolitik.store.QueryTimeout`.
        """
        backend = connect(target, readonly=readonly, max_query_seconds=max_query_seconds)
        try:
            if readonly:
                check_migrated(backend)
            else:
                migrate(backend)
        except BaseException:
            backend.close()
            raise
        return cls(backend)

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self._backend.name

    @property
    def readonly(self) -> bool:
        return self._backend.readonly

    def __repr__(self) -> str:
        mode = ", readonly" if self.readonly else ""
        return f"<Store {self._backend.name} {self._backend.label}{mode}>"

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        self._backend.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------

    def add(self, coded: CodedArticle) -> bool:
        """Write an article and all its records in one transaction.

        Returns True when the article was written, False when its id was
        already stored (nothing is changed then).
        """
        return self._write_batch([coded]) == 1

    def add_many(self, items: Iterable[CodedArticle], *, batch_size: int = BATCH_SIZE) -> int:
        """Write many articles, committing every ``batch_size``; return how many were new.

        ``items`` is read lazily (a generator that codes articles is fine).
        If reading it raises (or the run is interrupted), the articles read
        so far are committed before the exception goes on, so a rerun skips
        them; a failed write rolls back only its own batch.
        """
        if batch_size < 1:
            raise ConfigError(f"batch_size must be 1 or more, not {batch_size}")
        added = 0
        batch: list[CodedArticle] = []
        try:
            for coded in items:
                batch.append(coded)
                if len(batch) >= batch_size:
                    pending, batch = batch, []
                    added += self._write_batch(pending)
        finally:
            if batch:
                pending, batch = batch, []
                added += self._write_batch(pending)
        return added

    def _write_batch(self, batch: Sequence[CodedArticle]) -> int:
        for coded in batch:
            _check_provenance(coded)
        first = batch[0].article.id
        what = f"writing article {first}" if len(batch) == 1 else f"writing {len(batch)} articles"
        coded_at = dt.datetime.now(dt.UTC)
        with self._backend.guard(what), self._backend.transaction():
            added = sum(self._write(coded, coded_at) for coded in batch)
        log.debug("store %s: %d of %d articles new", self._backend.label, added, len(batch))
        return added

    def _write(self, coded: CodedArticle, coded_at: dt.datetime) -> bool:
        """Inside a transaction: insert one article and its records; False if it was there."""
        backend = self._backend
        article_id = coded.article.id
        if backend.execute(_INSERT_ARTICLE, article_row(coded, coded_at)).rowcount == 0:
            return False
        for seq, event in enumerate(coded.events):
            if backend.execute(_INSERT_EVENT, event_row(event, article_id, seq)).rowcount == 0:
                log.warning(
                    "article %s: event id %s is already stored; kept once", article_id, event.id
                )
                continue
            backend.executemany(_INSERT_EVENT_ACTOR, event_actor_rows(event))
        for seq, quote in enumerate(coded.quotes):
            if backend.execute(_INSERT_QUOTE, quote_row(quote, article_id, seq)).rowcount == 0:
                log.warning(
                    "article %s: quote id %s is already stored; kept once", article_id, quote.id
                )
        for seq, amount in enumerate(coded.amounts):
            if backend.execute(_INSERT_AMOUNT, amount_row(amount, article_id, seq)).rowcount == 0:
                log.warning(
                    "article %s: amount id %s is already stored; kept once", article_id, amount.id
                )
        backend.executemany(
            _INSERT_TIME, [time_row(t, article_id, i) for i, t in enumerate(coded.times)]
        )
        backend.executemany(
            _INSERT_PLACE, [place_row(p, article_id, i) for i, p in enumerate(coded.places)]
        )
        backend.executemany(
            _INSERT_ARTICLE_ACTOR,
            [article_actor_row(a, article_id, i) for i, a in enumerate(coded.actors)],
        )
        return True

    def assign_stories(self, *, threshold: float = 0.7) -> StoryReport:
        """Cluster new articles into stories and merge the events of each story.

        Run after adding articles (``realpolitik ingest`` does); see
        :mod:`realpolitik.store.stories`.
        """
        return assign_stories(self._backend, threshold=threshold)

    def add_failure(self, failure: Failure) -> None:
        """Record an input that could not be read or coded (or was skipped on purpose)."""
        backend = self._backend
        with backend.guard(f"recording the failure of {failure.input}"), backend.transaction():
            backend.execute(_INSERT_FAILURE, failure_row(failure))

    # -- looking up articles ------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return bool(self.known_ids([article_id]))

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among ``ids`` that are stored (to skip articles already coded)."""
        wanted = sorted(set(ids))
        found: set[str] = set()
        for chunk in _chunks(wanted, _ID_CHUNK):
            marks = ", ".join("?" for _ in chunk)
            rows = self._query(
                f"SELECT id FROM articles WHERE id IN ({marks})", chunk, "looking up article ids"
            )
            found.update(row[0] for row in rows)
        return found

    def articles_meta(self, ids: Iterable[str]) -> dict[str, ArticleMeta]:
        """Title, URL, outlet, language, dates of the stored articles among ``ids`` (no text)."""
        wanted = sorted(set(ids))
        found: dict[str, ArticleMeta] = {}
        for chunk in _chunks(wanted, _ID_CHUNK):
            marks = ", ".join("?" for _ in chunk)
            statement = (
                f"SELECT {columns(ARTICLE_META_COLUMNS)} FROM articles WHERE id IN ({marks})"
            )
            for row in self._query(statement, chunk, "reading article metadata"):
                meta = article_meta_from_row(row)
                found[meta.id] = meta
        return found

    def article(self, article_id: str) -> CodedArticle | None:
        """The stored article with every record coded from it, or None."""
        statement = (
            f"SELECT {columns(ARTICLE_COLUMNS)}, coded_warnings, coders FROM articles WHERE id = ?"
        )
        row = next(self._query(statement, (article_id,), f"reading article {article_id}"), None)
        if row is None:
            return None
        article = article_from_row(row[: len(ARTICLE_COLUMNS)])
        warnings, coders = coded_extras_from_row(row[len(ARTICLE_COLUMNS) :])

        def rows(table: str, names: Sequence[str]) -> Iterator[Any]:
            statement = f"SELECT {columns(names)} FROM {table} WHERE article_id = ? ORDER BY seq"
            return self._query(statement, (article_id,), f"reading the {table} of {article_id}")

        return CodedArticle(
            article=article,
            events=tuple(event_from_row(r) for r in rows("events", EVENT_COLUMNS)),
            quotes=tuple(quote_from_row(r) for r in rows("quotes", QUOTE_COLUMNS)),
            amounts=tuple(amount_from_row(r) for r in rows("amounts", AMOUNT_COLUMNS)),
            times=tuple(time_from_row(r) for r in rows("times", TIME_COLUMNS)),
            places=tuple(place_from_row(r) for r in rows("places", PLACE_COLUMNS)),
            actors=tuple(
                article_actor_from_row(r) for r in rows("article_actors", ARTICLE_ACTOR_COLUMNS)
            ),
            warnings=warnings,
            coders=coders,
        )

    # -- queries ------------------------------------------------------------------

    def _query(self, statement: str, params: Sequence[Any], action: str) -> Iterator[Any]:
        return self._backend.query(statement, params, action=action)

    def _select(self, kind: str, filters: Filters) -> Iterator[Any]:
        statement, params = queries.build(kind, filters, self._backend.like).rows(filters)
        return self._query(statement, params, f"listing {kind}")

    def events(self, filters: Filters = ALL) -> Iterator[Event]:
        """Events matching ``filters`` (see :class:`Filters`), by date (unknown dates last)."""
        return (event_from_row(row) for row in self._select("events", filters))

    def quotes(self, filters: Filters = ALL) -> Iterator[Quote]:
        """Quotes matching ``filters``, by their article's publication date."""
        return (quote_from_row(row) for row in self._select("quotes", filters))

    def amounts(self, filters: Filters = ALL) -> Iterator[Amount]:
        """Amounts matching ``filters``, by their article's publication date."""
        return (amount_from_row(row) for row in self._select("amounts", filters))

    def articles(self, filters: Filters = ALL) -> Iterator[Article]:
        """Articles matching ``filters``, by publication date."""
        return (article_from_row(row) for row in self._select("articles", filters))

    def failures(self, *, skipped: bool | None = None) -> Iterator[Failure]:
        """Recorded failures, oldest first.

        ``skipped=True`` keeps deliberate skips only, ``False`` errors only.
        """
        statement = f"SELECT {columns(FAILURE_COLUMNS)} FROM failures"
        params: tuple[Any, ...] = ()
        if skipped is not None:
            statement += " WHERE skipped = ?"
            params = (int(skipped),)
        rows = self._query(f"{statement} ORDER BY id", params, "listing failures")
        return (failure_from_row(row) for row in rows)

    def count(self, kind: str, filters: Filters = ALL) -> int:
        """How many ``kind`` records ("events", "quotes", "amounts", "articles",
        "failures") match ``filters``; limit and offset are ignored."""
        if kind == "failures":
            statement, params = "SELECT COUNT(*) FROM failures", ()
        elif kind in queries.KINDS:
            statement, params = queries.build(kind, filters, self._backend.like).count()
        else:
            raise ConfigError(
                f"cannot count {kind!r}; use one of {', '.join((*queries.KINDS, 'failures'))}"
            )
        return int(self._backend.scalar(statement, params, action=f"counting {kind}"))

    def events_frame(self, filters: Filters = ALL) -> pd.DataFrame:
        """Events matching ``filters`` as a pandas DataFrame, one flat row per event.

        Columns: see :data:`realpolitik.store.frame.FRAME_COLUMNS` (id,
        article_id, date, event, mode, actor and recipient as ``;``-joined codes,
        actor_text, recipient_text, trigger, sentence_text, quad_class,
        intensity, confidence, cameo, rule, mentions, and more).
        """
        return to_frame(self.events(filters))

    def stats(self) -> dict[str, int]:
        """Counts of what the store holds.

        Keys: articles, events, quotes, amounts, times, places, actors
        (distinct actor and recipient codes in events), failures (errors)
        and skipped (inputs skipped on purpose).
        """
        result: dict[str, int] = {}
        for table in ("articles", "events", "quotes", "amounts", "times", "places"):
            result[table] = int(
                self._backend.scalar(f"SELECT COUNT(*) FROM {table}", action=f"counting {table}")
            )
        result["actors"] = int(
            self._backend.scalar(
                "SELECT COUNT(DISTINCT code) FROM event_actors", action="counting actors"
            )
        )
        for key, flag in (("failures", 0), ("skipped", 1)):
            result[key] = int(
                self._backend.scalar(
                    "SELECT COUNT(*) FROM failures WHERE skipped = ?",
                    (flag,),
                    action="counting failures",
                )
            )
        return result
