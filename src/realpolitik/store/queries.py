"""Filters to SQL: WHERE clauses built from fixed fragments, values bound as parameters.

No text from a :class:`~realpolitik.store.filters.Filters` value is ever
written into a statement; it only travels in the parameter list. The
fragments name the tables by these aliases: ``e`` events, ``q`` quotes,
``m`` amounts, ``a`` articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .codec import (
    AMOUNT_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    columns,
)
from .filters import Filters

#: Kinds of records a query can list or count.
KINDS = ("events", "quotes", "amounts", "articles")

#: LIMIT used when a query has an offset but no limit (both backends accept it).
NO_LIMIT = 2**62


def like_pattern(text: str) -> str:
    """A LIKE pattern that matches ``text`` anywhere, its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def code_pattern(code: str) -> str:
    """A LIKE pattern that finds one whole code in a ``;PRK;RUS;`` list."""
    return like_pattern(f";{code.upper()};")


@dataclass
class Where:
    """A growing list of AND-ed conditions and their parameters."""

    like: str
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def contains(self, column: str) -> str:
        """A clause fragment: ``column`` contains the next bound pattern, ignoring case."""
        return f"{column} {self.like} ? ESCAPE '\\'"

    def sql(self) -> str:
        return f" WHERE {' AND '.join(self.clauses)}" if self.clauses else ""


@dataclass(frozen=True, slots=True)
class Select:
    """A read query split into parts, so that it can list rows or count them."""

    columns: str
    source: str
    where: str
    params: tuple[Any, ...]
    order: str

    def rows(self, filters: Filters) -> tuple[str, tuple[Any, ...]]:
        """The statement that lists the rows of one page, and its parameters."""
        statement = f"SELECT {self.columns} FROM {self.source}{self.where} ORDER BY {self.order}"
        if filters.limit is None and not filters.offset:
            return statement, self.params
        limit = NO_LIMIT if filters.limit is None else filters.limit
        return f"{statement} LIMIT ? OFFSET ?", (*self.params, limit, filters.offset)

    def count(self) -> tuple[str, tuple[Any, ...]]:
        """The statement that counts every matching row (no page), and its parameters."""
        return f"SELECT COUNT(*) FROM {self.source}{self.where}", self.params


def _actor_clause(where: Where, role: str, value: str) -> None:
    where.add(
        "EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND ea.role = ? AND "
        f"(ea.code = ? OR {where.contains('ea.name')} OR {where.contains('ea.person')}))",
        role,
        value.upper(),
        like_pattern(value),
        like_pattern(value),
    )


def _event_conditions(where: Where, filters: Filters) -> None:
    """Conditions on the event alone (alias ``e``): actor, recipient, type."""
    if filters.actor:
        _actor_clause(where, "actor", filters.actor)
    if filters.recipient:
        _actor_clause(where, "recipient", filters.recipient)
    if filters.type:
        marks = ", ".join("?" for _ in filters.type)
        where.add(f"e.event IN ({marks})", *filters.type)


def _quote_conditions(where: Where, filters: Filters) -> None:
    """Conditions on the quote alone (alias ``q``): speaker, country."""
    if filters.speaker:
        pattern = like_pattern(filters.speaker)
        where.add(
            f"({where.contains('q.speaker_name')} OR {where.contains('q.speaker_text')})",
            pattern,
            pattern,
        )
    if filters.country:
        where.add("q.speaker_country = ?", filters.country)


def _dates(where: Where, filters: Filters, column: str) -> None:
    if filters.since:
        where.add(f"{column} >= ?", filters.since.isoformat())
    if filters.until:
        where.add(f"{column} <= ?", filters.until.isoformat())


def _order(filters: Filters, date: str, *keys: str) -> str:
    direction = "DESC" if filters.newest_first else "ASC"
    tail = ", ".join(f"{key} {direction}" for key in keys)
    return f"({date} IS NULL), {date} {direction}, {tail}"


def events(filters: Filters, like: str) -> Select:
    """Events matching ``filters``, oldest first (or newest first)."""
    where = Where(like)
    _event_conditions(where, filters)
    date = "COALESCE(e.date, a.published)"
    _dates(where, filters, date)
    if filters.text:
        pattern = like_pattern(filters.text)
        where.add(
            f"({where.contains('e.sentence_text')} OR {where.contains('a.title')})",
            pattern,
            pattern,
        )
    if filters.article_id:
        where.add("e.article_id = ?", filters.article_id)
    elif filters.merged:
        where.add("e.duplicate_of IS NULL")
    return Select(
        columns(EVENT_COLUMNS, "e"),
        "events e JOIN articles a ON a.id = e.article_id",
        where.sql(),
        tuple(where.params),
        _order(filters, date, "e.article_id", "e.seq"),
    )


def quotes(filters: Filters, like: str) -> Select:
    """Quotes matching ``filters``, by their article's publication date."""
    where = Where(like)
    _quote_conditions(where, filters)
    _dates(where, filters, "a.published")
    if filters.text:
        pattern = like_pattern(filters.text)
        where.add(
            f"({where.contains('q.content')} OR {where.contains('a.title')})", pattern, pattern
        )
    if filters.article_id:
        where.add("q.article_id = ?", filters.article_id)
    return Select(
        columns(QUOTE_COLUMNS, "q"),
        "quotes q JOIN articles a ON a.id = q.article_id",
        where.sql(),
        tuple(where.params),
        _order(filters, "a.published", "q.article_id", "q.seq"),
    )


def amounts(filters: Filters, like: str) -> Select:
    """Amounts matching ``filters``, by their article's publication date."""
    where = Where(like)
    if filters.actor:
        where.add("m.actor_codes LIKE ? ESCAPE '\\'", code_pattern(filters.actor))
    if filters.recipient:
        where.add("m.partner_codes LIKE ? ESCAPE '\\'", code_pattern(filters.recipient))
    _dates(where, filters, "a.published")
    if filters.text:
        pattern = like_pattern(filters.text)
        where.add(f"({where.contains('m.text')} OR {where.contains('m.object')})", pattern, pattern)
    if filters.article_id:
        where.add("m.article_id = ?", filters.article_id)
    return Select(
        columns(AMOUNT_COLUMNS, "m"),
        "amounts m JOIN articles a ON a.id = m.article_id",
        where.sql(),
        tuple(where.params),
        _order(filters, "a.published", "m.article_id", "m.seq"),
    )


def articles(filters: Filters, like: str, select: str = "") -> Select:
    """Articles matching ``filters`` (with a matching event or quote when those filters are set).

    ``select`` replaces the default column list (ARTICLE_COLUMNS).
    """
    where = Where(like)
    inner = Where(like)
    _event_conditions(inner, filters)
    if inner.clauses:
        where.add(
            f"EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND "
            f"{' AND '.join(inner.clauses)})",
            *inner.params,
        )
    inner = Where(like)
    _quote_conditions(inner, filters)
    if inner.clauses:
        where.add(
            f"EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND "
            f"{' AND '.join(inner.clauses)})",
            *inner.params,
        )
    _dates(where, filters, "a.published")
    if filters.text:
        pattern = like_pattern(filters.text)
        where.add(f"({where.contains('a.title')} OR {where.contains('a.text')})", pattern, pattern)
    if filters.article_id:
        where.add("a.id = ?", filters.article_id)
    return Select(
        select or columns(ARTICLE_COLUMNS, "a"),
        "articles a",
        where.sql(),
        tuple(where.params),
        _order(filters, "a.published", "a.id"),
    )


def build(kind: str, filters: Filters, like: str) -> Select:
    """The query for ``kind`` (one of KINDS)."""
    builders = {"events": events, "quotes": quotes, "amounts": amounts, "articles": articles}
    return builders[kind](filters, like)
