"""Database backends behind one small interface: SQLite (a file or memory) and PostgreSQL.

The store writes its SQL once, with ``?`` placeholders and portable types;
a backend connects, converts the placeholders to its driver's style, runs
statements inside transactions and turns driver errors into
:class:`~realpolitik.errors.StoreError` with a fix. Values always travel as
bound parameters.

Differences handled here (the "dialect"):

- placeholders: ``?`` (sqlite3) or ``%s`` (psycopg);
- auto-increment keys: ``INTEGER PRIMARY KEY AUTOINCREMENT`` or an identity column;
- case-insensitive matching: ``LIKE`` (SQLite, ASCII only) or ``ILIKE``;
- the query time cap: a progress handler (SQLite) or ``statement_timeout``;
- read-only: a ``mode=ro`` URI (SQLite) or read-only transactions.
"""

from __future__ import annotations

import abc
import logging
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from ..errors import StoreError

log = logging.getLogger(__name__)

#: How many rows a query reads from the driver at a time.
CHUNK = 500
#: SQLite waits this long for another process's write lock before giving up.
BUSY_TIMEOUT_SECONDS = 30.0
#: A constant key for PostgreSQL's advisory lock around migrations.
_MIGRATION_LOCK = 7_263_410_958


class QueryTimeout(StoreError):
    """A query ran longer than the store's ``max_query_seconds`` and was stopped."""


class Cursor(Protocol):
    """The part of a DB-API cursor the store uses."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...

    def fetchall(self) -> list[Any]: ...


def _hint(message: str) -> str:
    """A fix for a driver error, read from its message."""
    text = message.lower()
    if "locked" in text or "lock timeout" in text:
        return "another process is writing to the store; wait for it to finish and retry"
    if "readonly" in text or "read-only" in text or "read only" in text:
        return "the store is open read-only; open it without readonly=True to write"
    if "no such table" in text or "does not exist" in text:
        return "the store has no realpolitik schema yet; open it once without readonly to create it"
    if "disk" in text or "full" in text or "space" in text:
        return "check the free disk space and the folder's permissions"
    if "not a database" in text or "malformed" in text:
        return "the file is not a realpolitik store (or is damaged); choose another path"
    return "check that the store is reachable and not damaged, or start a fresh store"


class Backend(abc.ABC):
    """One open database connection and the SQL dialect that goes with it."""

    #: "sqlite" or "postgresql".
    name: str
    #: Column definition of an auto-increment integer primary key.
    autoid: str
    #: The operator that matches a LIKE pattern ignoring case.
    like: str

    def __init__(self, target: str, *, readonly: bool, max_query_seconds: float | None) -> None:
        self.target = target
        self.readonly = readonly
        self.max_query_seconds = max_query_seconds

    # -- the dialect ---------------------------------------------------------

    @abc.abstractmethod
    def sql(self, statement: str) -> str:
        """The statement in the driver's placeholder style."""

    @abc.abstractmethod
    def table_exists(self, name: str) -> bool:
        """Whether the database has a table called ``name``."""

    @abc.abstractmethod
    def lock_schema(self) -> None:
        """Inside a transaction: keep other processes from migrating at the same time."""

    # -- running statements --------------------------------------------------

    @abc.abstractmethod
    def _execute(self, statement: str, params: Sequence[Any]) -> Cursor: ...

    @abc.abstractmethod
    def _executemany(self, statement: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abc.abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one transaction: all of it is committed, or none of it."""

    @abc.abstractmethod
    def close(self) -> None:
        """Close the connection."""

    @abc.abstractmethod
    def _driver_errors(self) -> tuple[type[BaseException], ...]: ...

    @abc.abstractmethod
    def _is_timeout(self, exc: BaseException) -> bool: ...

    @contextmanager
    def _capped(self) -> Iterator[None]:
        """Apply the query time cap to the statements run in the block (no-op by default)."""
        yield

    @contextmanager
    def guard(self, action: str) -> Iterator[None]:
        """Turn driver errors raised in the block into StoreError (or QueryTimeout)."""
        try:
            yield
        except self._driver_errors() as exc:
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            if self._is_timeout(exc):
                raise QueryTimeout(
                    f"{self.label}: {action} ran longer than {self.max_query_seconds} s and was "
                    "stopped; narrow the query (since/until, actor, type, limit)"
                ) from exc
            raise StoreError(
                f"{self.label}: {action} failed ({first_line}); {_hint(first_line)}"
            ) from exc

    @property
    def label(self) -> str:
        """The target as shown in messages (passwords hidden)."""
        return self.target

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one statement with bound parameters (no time cap: for writes and schema)."""
        return self._execute(self.sql(statement), params)

    def executemany(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement once per row of parameters."""
        if rows:
            self._executemany(self.sql(statement), rows)

    def query(self, statement: str, params: Sequence[Any] = (), *, action: str) -> Iterator[Any]:
        """Yield the rows of a read query, CHUNK rows at a time, under the time cap.

        Only time spent in the database counts toward the cap, not the time
        the caller spends between rows.
        """
        with self.guard(action):
            with self._capped():
                cursor = self._execute(self.sql(statement), params)
            while True:
                with self._capped():
                    rows = cursor.fetchmany(CHUNK)
                if not rows:
                    return
                yield from rows

    def scalar(self, statement: str, params: Sequence[Any] = (), *, action: str) -> Any:
        """The first column of the first row of a read query (None when there is no row)."""
        for row in self.query(statement, params, action=action):
            return row[0]
        return None


def _sqlite_connect(database: str, *, uri: bool = False) -> sqlite3.Connection:
    # Autocommit (the store runs its own BEGIN/COMMIT); usable from the thread
    # pool of a web server as long as one thread at a time uses it.
    return sqlite3.connect(database, uri=uri, isolation_level=None, check_same_thread=False)


class SQLiteBackend(Backend):
    """A SQLite database: a file (WAL mode, foreign keys, busy timeout) or ``:memory:``."""

    name = "sqlite"
    autoid = "INTEGER PRIMARY KEY AUTOINCREMENT"
    like = "LIKE"

    def __init__(
        self, target: str, *, readonly: bool = False, max_query_seconds: float | None = None
    ) -> None:
        super().__init__(target, readonly=readonly, max_query_seconds=max_query_seconds)
        self._deadline: float | None = None
        self.conn = self._connect()
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            # Reading the schema fails here, with a clear message, when the file is no database.
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if not readonly and target != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            self.conn.close()
            raise StoreError(f"{target}: cannot open the store ({exc}); {_hint(str(exc))}") from exc
        if max_query_seconds is not None:
            self.conn.set_progress_handler(self._progress, 1000)

    def _connect(self) -> sqlite3.Connection:
        if self.target == ":memory:":
            return _sqlite_connect(":memory:")
        path = Path(self.target).expanduser()
        if path.is_dir():
            raise StoreError(f"{path}: is a folder; give a file path such as {path / 'news.db'}")
        if self.readonly:
            if not path.is_file():
                raise StoreError(
                    f"{path}: no store there to read; check the path, or create the store by "
                    "opening it without readonly (coding articles into it)"
                )
            uri = f"{path.resolve().as_uri()}?mode=ro"
            try:
                return _sqlite_connect(uri, uri=True)
            except sqlite3.Error as exc:
                raise StoreError(
                    f"{path}: cannot open the store read-only ({exc}); check the file's permissions"
                ) from exc
        if not path.parent.is_dir():
            raise StoreError(
                f"{path}: the folder {path.parent} does not exist; create it first "
                f"(mkdir -p {path.parent}) or choose another path"
            )
        try:
            return _sqlite_connect(str(path))
        except sqlite3.Error as exc:
            raise StoreError(
                f"{path}: cannot open the store ({exc}); check that the folder is writable "
                "or choose another path"
            ) from exc

    def _progress(self) -> int:
        """SQLite's progress handler: a non-zero answer interrupts the running statement."""
        return int(self._deadline is not None and time.monotonic() > self._deadline)

    @contextmanager
    def _capped(self) -> Iterator[None]:
        if self.max_query_seconds is None:
            yield
            return
        self._deadline = time.monotonic() + self.max_query_seconds
        try:
            yield
        finally:
            self._deadline = None

    def sql(self, statement: str) -> str:
        return statement

    def lock_schema(self) -> None:
        """Nothing to do: BEGIN IMMEDIATE already holds the database's write lock."""

    def table_exists(self, name: str) -> bool:
        cursor = self.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        )
        return cursor.fetchone() is not None

    def _execute(self, statement: str, params: Sequence[Any]) -> Cursor:
        return self.conn.execute(statement, params)

    def _executemany(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(statement, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock at once, so two writers wait (busy timeout)
        # instead of failing half way.
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:  # some errors (disk full) already rolled it back
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def _driver_errors(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

    def _is_timeout(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc)


_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@|(password\s*=\s*)\S+", re.IGNORECASE)


def redact(dsn: str) -> str:
    """The DSN with its password replaced by ``***``, for messages and logs."""
    return _PASSWORD.sub(lambda m: f"{m.group(1)}***@" if m.group(1) else f"{m.group(2)}***", dsn)


class PostgresBackend(Backend):
    """A PostgreSQL database reached through psycopg 3 (``postgresql://user:pw@host/db``)."""

    name = "postgresql"
    autoid = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    like = "ILIKE"

    def __init__(
        self, target: str, *, readonly: bool = False, max_query_seconds: float | None = None
    ) -> None:
        super().__init__(target, readonly=readonly, max_query_seconds=max_query_seconds)
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError(
                f"{self.label}: PostgreSQL stores need psycopg; "
                "install it with: pip install 'realpolitik[scale]'"
            ) from exc
        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(target, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            raise StoreError(
                f"{self.label}: cannot connect ({first_line}); check that the server runs and "
                "that the DSN's host, port, database, user and password are right"
            ) from exc
        with self.guard("setting up the session"):
            if readonly:
                self.conn.execute("SET default_transaction_read_only = on")
            if max_query_seconds is not None:
                milliseconds = max(1, int(max_query_seconds * 1000))
                self.conn.execute(
                    "SELECT set_config('statement_timeout', %s, false)", (f"{milliseconds}ms",)
                )

    @property
    def label(self) -> str:
        return redact(self.target)

    def sql(self, statement: str) -> str:
        return statement.replace("%", "%%").replace("?", "%s")

    def table_exists(self, name: str) -> bool:
        cursor = self.execute(
            "SELECT 1 FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_name = ?",
            (name,),
        )
        return cursor.fetchone() is not None

    def lock_schema(self) -> None:
        self.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    def _execute(self, statement: str, params: Sequence[Any]) -> Cursor:
        cursor: Cursor = self.conn.execute(statement, params)
        return cursor

    def _executemany(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(statement, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def close(self) -> None:
        self.conn.close()

    def _driver_errors(self) -> tuple[type[BaseException], ...]:
        return (self._psycopg.Error,)

    def _is_timeout(self, exc: BaseException) -> bool:
        return isinstance(exc, self._psycopg.errors.QueryCanceled)


def connect(
    target: str | Path, *, readonly: bool = False, max_query_seconds: float | None = None
) -> Backend:
    """Open the backend that ``target`` names: a PostgreSQL DSN, ``:memory:`` or a file path."""
    if max_query_seconds is not None and max_query_seconds <= 0:
        raise StoreError(
            f"{target}: max_query_seconds must be positive, not {max_query_seconds}; "
            "pass None for no cap"
        )
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(text, readonly=readonly, max_query_seconds=max_query_seconds)
    if readonly and text == ":memory:":
        raise StoreError(":memory:: an in-memory store cannot be opened read-only; drop readonly")
    return SQLiteBackend(text, readonly=readonly, max_query_seconds=max_query_seconds)
