"""The store's schema, built by migrations: decorated functions applied in order.

Each migration is a function decorated with :func:`migration`; its name is
recorded in the ``migrations`` table (name, applied_at) when it has run, so a
store is brought up to date when it opens and a migration never runs twice.
To change the schema, add a new function at the end of this module; never edit
one that has shipped.

The same DDL serves SQLite and PostgreSQL: dates are ISO text, lists and
objects are JSON text, and ``{autoid}`` stands for the backend's
auto-increment key. ``"end"`` is quoted everywhere (a reserved word).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import StoreError
from .backend import Backend

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Migration:
    """One named step of the schema."""

    name: str
    apply: Callable[[Backend], None]


MIGRATIONS: list[Migration] = []


def migration(fn: Callable[[Backend], None]) -> Callable[[Backend], None]:
    """Register ``fn`` as the next migration, under its function name."""
    if any(m.name == fn.__name__ for m in MIGRATIONS):
        raise ValueError(f"two migrations are called {fn.__name__}")
    MIGRATIONS.append(Migration(fn.__name__, fn))
    return fn


def _ddl(backend: Backend, *statements: str) -> None:
    for statement in statements:
        backend.execute(statement.replace("{autoid}", backend.autoid))


_PROVENANCE = """
    sentence BIGINT,
    start BIGINT,
    "end" BIGINT,
    coder TEXT,
    coder_version TEXT"""


@migration
def m001_tables(backend: Backend) -> None:
    """Articles and everything coded from them, plus the failures of a run."""
    _ddl(
        backend,
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            published TEXT,
            date_precision TEXT NOT NULL,
            outlet TEXT NOT NULL,
            author TEXT NOT NULL,
            url TEXT NOT NULL,
            language TEXT NOT NULL,
            dateline TEXT NOT NULL,
            warnings TEXT NOT NULL,
            coded_warnings TEXT NOT NULL,
            coders TEXT NOT NULL,
            coded_at TEXT NOT NULL
        )""",
        f"""CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq BIGINT NOT NULL,
            event TEXT NOT NULL,
            mode TEXT NOT NULL,
            actor TEXT NOT NULL,
            recipient TEXT NOT NULL,
            actor_codes TEXT NOT NULL,
            recipient_codes TEXT NOT NULL,
            trigger TEXT NOT NULL,
            trigger_start BIGINT NOT NULL,
            trigger_end BIGINT NOT NULL,
            sentence_text TEXT NOT NULL,{_PROVENANCE},
            context TEXT NOT NULL,
            date TEXT,
            date_precision TEXT NOT NULL,
            date_text TEXT NOT NULL,
            place TEXT,
            cameo TEXT NOT NULL,
            quad_class BIGINT NOT NULL,
            intensity DOUBLE PRECISION NOT NULL,
            confidence DOUBLE PRECISION NOT NULL,
            rule TEXT NOT NULL,
            mentions BIGINT NOT NULL,
            sources TEXT NOT NULL,
            story_id TEXT
        )""",
        """CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
            n BIGINT NOT NULL,
            code TEXT NOT NULL,
            sector TEXT NOT NULL,
            name TEXT NOT NULL,
            text TEXT NOT NULL,
            person TEXT NOT NULL,
            PRIMARY KEY (event_id, role, n)
        )""",
        f"""CREATE TABLE quotes (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq BIGINT NOT NULL,
            type TEXT NOT NULL,
            content TEXT NOT NULL,
            cue TEXT NOT NULL,
            speaker_name TEXT NOT NULL,
            speaker_text TEXT NOT NULL,
            speaker_role TEXT NOT NULL,
            speaker_affiliation TEXT NOT NULL,
            speaker_country TEXT NOT NULL,
            speaker_sector TEXT NOT NULL,
            speaker_kind TEXT NOT NULL,
            speaker_start BIGINT NOT NULL,
            speaker_end BIGINT NOT NULL,
            spans TEXT NOT NULL,{_PROVENANCE}
        )""",
        f"""CREATE TABLE amounts (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq BIGINT NOT NULL,
            text TEXT NOT NULL,
            value DOUBLE PRECISION NOT NULL,
            unit TEXT NOT NULL,
            object TEXT NOT NULL,
            low DOUBLE PRECISION,
            high DOUBLE PRECISION,
            actors TEXT NOT NULL,
            partners TEXT NOT NULL,
            actor_codes TEXT NOT NULL,
            partner_codes TEXT NOT NULL,
            event_id TEXT NOT NULL,{_PROVENANCE}
        )""",
        f"""CREATE TABLE times (
            id {{autoid}},
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq BIGINT NOT NULL,
            text TEXT NOT NULL,
            date TEXT,
            date_precision TEXT NOT NULL,
            end_date TEXT,{_PROVENANCE}
        )""",
        f"""CREATE TABLE places (
            id {{autoid}},
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq BIGINT NOT NULL,
            name TEXT NOT NULL,
            text TEXT NOT NULL,
            country TEXT NOT NULL,
            admin1 TEXT NOT NULL,
            latitude DOUBLE PRECISION,
            longitude DOUBLE PRECISION,
            place_precision TEXT NOT NULL,
            geonames_id BIGINT,{_PROVENANCE}
        )""",
        """CREATE TABLE article_actors (
            id {autoid},
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq BIGINT NOT NULL,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            text TEXT NOT NULL,
            sector TEXT NOT NULL,
            kind TEXT NOT NULL,
            person TEXT NOT NULL,
            role TEXT NOT NULL,
            start BIGINT NOT NULL,
            "end" BIGINT NOT NULL
        )""",
        """CREATE TABLE failures (
            id {autoid},
            input TEXT NOT NULL,
            stage TEXT NOT NULL,
            error TEXT NOT NULL,
            time TEXT NOT NULL,
            skipped BIGINT NOT NULL
        )""",
    )


@migration
def m002_indexes(backend: Backend) -> None:
    """Indexes for the filters of :class:`~realpolitik.store.filters.Filters`."""
    _ddl(
        backend,
        "CREATE INDEX idx_articles_published ON articles (published)",
        "CREATE INDEX idx_events_article ON events (article_id, seq)",
        "CREATE INDEX idx_events_date ON events (date)",
        "CREATE INDEX idx_events_event ON events (event)",
        "CREATE INDEX idx_events_story ON events (story_id)",
        "CREATE INDEX idx_event_actors_code ON event_actors (code, role)",
        "CREATE INDEX idx_quotes_article ON quotes (article_id, seq)",
        "CREATE INDEX idx_quotes_country ON quotes (speaker_country)",
        "CREATE INDEX idx_amounts_article ON amounts (article_id, seq)",
        "CREATE INDEX idx_times_article ON times (article_id, seq)",
        "CREATE INDEX idx_places_article ON places (article_id, seq)",
        "CREATE INDEX idx_article_actors_article ON article_actors (article_id, seq)",
    )


@migration
def m003_stories(backend: Backend) -> None:
    """Story clusters: each article's story, each event's canonical mention, and the
    MinHash signatures that let later runs cluster new articles without rereading old ones."""
    _ddl(
        backend,
        "ALTER TABLE articles ADD COLUMN story_id TEXT",
        "ALTER TABLE events ADD COLUMN duplicate_of TEXT",
        """CREATE TABLE signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            story_id TEXT NOT NULL,
            hashvalues TEXT NOT NULL
        )""",
        "CREATE INDEX idx_articles_story ON articles (story_id)",
        "CREATE INDEX idx_events_duplicate ON events (duplicate_of)",
    )


def _create_migrations_table(backend: Backend) -> None:
    backend.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )


def applied(backend: Backend) -> list[str]:
    """Names of the migrations the database has recorded, oldest first."""
    if not backend.table_exists("migrations"):
        return []
    rows = backend.execute("SELECT name FROM migrations ORDER BY applied_at, name").fetchall()
    return [str(row[0]) for row in rows]


def migrate(backend: Backend) -> list[str]:
    """Apply the migrations the database lacks, in order; return their names.

    Each migration runs in its own transaction together with its record, so
    an interrupted upgrade leaves the store at the last complete step.
    """
    with backend.guard("creating the migrations table"):
        _create_migrations_table(backend)
    done: list[str] = []
    for step in MIGRATIONS:
        with backend.guard(f"migration {step.name}"), backend.transaction():
            backend.lock_schema()
            found = backend.execute("SELECT 1 FROM migrations WHERE name = ?", (step.name,))
            if found.fetchone() is not None:
                continue
            step.apply(backend)
            backend.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (step.name, dt.datetime.now(dt.UTC).isoformat()),
            )
            log.info("store %s: applied migration %s", backend.label, step.name)
            done.append(step.name)
    return done


def check_migrated(backend: Backend) -> None:
    """For a read-only store: raise StoreError unless every migration has been applied."""
    with backend.guard("reading the migrations table"):
        have = set(applied(backend))
    missing = [m.name for m in MIGRATIONS if m.name not in have]
    if not have:
        raise StoreError(
            f"{backend.label}: not a realpolitik store (no migrations table); open it once "
            "without readonly to create the schema, or check the path"
        )
    if missing:
        raise StoreError(
            f"{backend.label}: the store's schema is older than this realpolitik "
            f"(missing {', '.join(missing)}); open it once without readonly to upgrade it"
        )
