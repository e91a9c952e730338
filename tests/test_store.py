"""The store: schema and migrations, idempotent writes, filtered reads, round trips, errors.

Every test that takes the ``store`` or ``store_target`` fixture runs on SQLite
and, when REALPOLITIK_TEST_PG is set, on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import store_builders as builders
from realpolitik.errors import ConfigError, StoreError
from realpolitik.models import CodedArticle, Failure
from realpolitik.store import FRAME_COLUMNS, Filters, QueryTimeout, Store
from realpolitik.store.backend import redact
from realpolitik.store.schema import MIGRATIONS, migrate
from store_builders import aid_article, bulk, missile_article, sample, visit_article

# The fixtures: every test that takes them runs on SQLite and (when configured) PostgreSQL.
store = builders.store
store_target = builders.store_target

# -- opening, schema, migrations -----------------------------------------------------------


def test_open_creates_a_migrated_sqlite_file_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with Store.open(path) as store:
        assert store.backend == "sqlite"
        assert store.stats()["articles"] == 0
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == sorted(m.name for m in MIGRATIONS)
    applied_at = conn.execute("SELECT applied_at FROM migrations").fetchone()[0]
    assert dt.datetime.fromisoformat(applied_at).tzinfo is not None


def test_reopening_applies_no_migration_twice(store_target: str) -> None:
    with Store.open(store_target) as store:
        store.add(missile_article())
        assert migrate(store._backend) == []  # everything was applied at the first open
    with Store.open(store_target) as store:
        assert store.count("events") == 2


def test_memory_store_works() -> None:
    with Store.open(":memory:") as store:
        assert store.add(aid_article())
        assert store.count("articles") == 1


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    with (
        Store.open(tmp_path / "fk.db") as opened,
        pytest.raises(StoreError, match="FOREIGN KEY"),
        opened._backend.guard("inserting an orphan"),
    ):
        opened._backend.execute(
            "INSERT INTO event_actors (event_id, role, n, code, sector, name, text, person) "
            "VALUES ('no-such-event', 'actor', 0, 'X', '', '', '', '')"
        )


def test_open_in_a_missing_folder_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist; create it first"):
        Store.open(tmp_path / "nowhere" / "news.db")


def test_open_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_open_a_file_that_is_no_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match=r"not a realpolitik store|not a database"):
        Store.open(path)


def test_postgres_dsn_errors_hide_the_password() -> None:
    assert redact("postgresql://rp:s3cret@db.example:5432/news") == (
        "postgresql://rp:***@db.example:5432/news"
    )
    assert redact("host=db password=s3cret dbname=news") == "host=db password=*** dbname=news"
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql://rp:s3cret@127.0.0.1:1/news")
    assert "s3cret" not in str(caught.value)
    assert "cannot connect" in str(caught.value)


# -- read-only -------------------------------------------------------------------------------


def test_readonly_store_reads_but_refuses_writes(store_target: str) -> None:
    with Store.open(store_target) as store:
        store.add(missile_article())
    with Store.open(store_target, readonly=True) as reader:
        assert reader.readonly
        assert reader.count("events") == 2
        with pytest.raises(StoreError, match=r"read-only|readonly"):
            reader.add(aid_article())
        assert reader.count("articles") == 1


def test_readonly_on_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store there"):
        Store.open(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_readonly_on_an_unmigrated_database(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    sqlite3.connect(path).execute("CREATE TABLE other (x)").connection.commit()
    with pytest.raises(StoreError, match="not a realpolitik store"):
        Store.open(path, readonly=True)


def test_readonly_on_an_older_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[-1].name,))
    conn.commit()
    with pytest.raises(StoreError, match=f"missing {MIGRATIONS[-1].name}"):
        Store.open(path, readonly=True)


# -- writing -----------------------------------------------------------------------------------


def test_add_is_idempotent(store: Store) -> None:
    coded = missile_article()
    assert store.add(coded) is True
    before = store.stats()
    assert store.add(coded) is False
    assert store.stats() == before
    assert before["articles"] == 1
    assert before["events"] == 2
    assert before["quotes"] == 1
    assert before["amounts"] == 1
    assert before["times"] == 1
    assert before["actors"] == 2  # PRK and JPN


def test_article_round_trip(store: Store) -> None:
    for coded in sample():
        store.add(coded)
    for coded in sample():
        assert store.article(coded.article.id) == coded
    assert store.article("0000000000000000") is None


def test_known_ids_and_has_article(store: Store) -> None:
    first, second, third = sample()
    store.add(first)
    store.add(third)
    ids = [first.article.id, second.article.id, third.article.id, "nope"]
    assert store.known_ids(ids) == {first.article.id, third.article.id}
    assert store.has_article(first.article.id)
    assert not store.has_article(second.article.id)
    assert store.known_ids([]) == set()


def test_known_ids_handles_more_ids_than_one_statement_takes(store: Store) -> None:
    store.add_many(bulk(3))
    stored = {c.article.id for c in bulk(3)}
    many = [f"{i:016x}" for i in range(1200)] + sorted(stored)
    assert store.known_ids(many) == stored


def test_add_many_counts_only_new_articles(store: Store) -> None:
    assert store.add_many(bulk(7), batch_size=3) == 7
    assert store.add_many(bulk(10), batch_size=4) == 3
    assert store.count("articles") == 10
    assert store.count("events") == 20


def test_add_many_rejects_a_bad_batch_size(store: Store) -> None:
    with pytest.raises(ConfigError):
        store.add_many(bulk(1), batch_size=0)


def test_interrupted_add_many_keeps_complete_articles(store_target: str) -> None:
    def coded_then_crash() -> Iterator[CodedArticle]:
        yield from bulk(60)
        raise RuntimeError("the coder crashed")

    with Store.open(store_target) as store, pytest.raises(RuntimeError, match="crashed"):
        store.add_many(coded_then_crash(), batch_size=25)
    with Store.open(store_target) as store:
        stats = store.stats()
        # Two full batches and the partial one read before the crash are all kept ...
        assert stats["articles"] == 60
        # ... and each article is complete.
        assert stats["events"] == 2 * stats["articles"]
        assert stats["quotes"] == stats["articles"]
        # A rerun skips what is there and adds the rest.
        assert store.add_many(bulk(80)) == 20


def test_killed_process_leaves_committed_batches_consistent(tmp_path: Path) -> None:
    """A process killed mid-batch (os._exit: no cleanup) loses only the open batch."""
    path = tmp_path / "killed.db"
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from store_builders import bulk
        from realpolitik.store import Store

        def items():
            for i, coded in enumerate(bulk(90)):
                if i == 75:
                    os._exit(3)
                yield coded

        Store.open({str(path)!r}).add_many(items(), batch_size=50)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert result.returncode == 3, result.stderr.decode()
    with Store.open(path) as store:
        stats = store.stats()
        assert stats["articles"] == 50
        assert stats["events"] == 100
        assert stats["quotes"] == 50
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failed_write_rolls_back_the_whole_article(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = store._backend
    real_execute = backend.execute
    driver_error = sqlite3.OperationalError if store.backend == "sqlite" else _pg_error()

    def failing_execute(statement: str, params: object = ()) -> object:
        if statement.startswith("INSERT INTO quotes"):
            raise driver_error("disk I/O error")
        return real_execute(statement, params)  # type: ignore[arg-type]

    monkeypatch.setattr(backend, "execute", failing_execute)
    with pytest.raises(StoreError, match=r"writing article .* failed .*disk I/O"):
        store.add(missile_article())
    monkeypatch.undo()
    assert store.stats()["articles"] == 0
    assert store.stats()["events"] == 0
    assert store.add(missile_article()) is True


def _pg_error() -> type[Exception]:
    import psycopg

    return psycopg.OperationalError


def test_wrong_provenance_is_refused_before_writing(store: Store) -> None:
    coded = missile_article()
    stray = dataclasses.replace(
        coded.events[0],
        provenance=dataclasses.replace(coded.events[0].provenance, article_id="elsewhere"),
    )
    bad = dataclasses.replace(coded, events=(stray, coded.events[1]))
    with pytest.raises(StoreError, match="says it comes from article elsewhere"):
        store.add_many([aid_article(), bad], batch_size=10)
    assert store.count("articles") == 0


def test_an_event_id_stored_by_another_article_is_kept_once(store: Store) -> None:
    first = aid_article()
    copy_text = first.article.text + " Officials confirmed it."
    other = dataclasses.replace(
        first,
        article=dataclasses.replace(first.article, id="feedfacefeedface", text=copy_text),
        events=tuple(
            dataclasses.replace(
                e, provenance=dataclasses.replace(e.provenance, article_id="feedfacefeedface")
            )
            for e in first.events
        ),
        amounts=(),
        times=(),
    )
    store.add(first)
    assert store.add(other) is True
    assert store.count("articles") == 2
    assert store.count("events") == 1


# -- failures -------------------------------------------------------------------------------


def test_failures_are_recorded_in_order(store: Store) -> None:
    when = dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC)
    error = Failure("feed.xml", "fetch", "HTTP 404", time=when)
    skip = Failure("le-monde.txt", "language", "not English (fr)", time=when, skipped=True)
    store.add_failure(error)
    store.add_failure(skip)
    assert list(store.failures()) == [error, skip]
    assert list(store.failures(skipped=True)) == [skip]
    assert list(store.failures(skipped=False)) == [error]
    assert store.count("failures") == 2
    stats = store.stats()
    assert (stats["failures"], stats["skipped"]) == (1, 1)


# -- queries ----------------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    for coded in sample():
        store.add(coded)
    return store


def _triggers(store: Store, filters: Filters) -> list[str]:
    return [e.trigger for e in store.events(filters)]


def test_events_are_ordered_by_date_with_unknown_dates_last(filled: Store) -> None:
    # MOBILIZE 2024-05-09, ACCUSE (no date: published 2024-05-10), AID 2024-07-01, CONSULT (none)
    assert _triggers(filled, Filters()) == ["fired", "condemned", "sent", "met"]
    assert _triggers(filled, Filters(newest_first=True)) == ["sent", "condemned", "fired", "met"]


def test_events_round_trip_through_queries(filled: Store) -> None:
    expected = {e.id: e for coded in sample() for e in coded.events}
    got = {e.id: e for e in filled.events()}
    assert got == expected


@pytest.mark.parametrize(
    ("filters", "triggers"),
    [
        (Filters(actor="PRK"), ["fired"]),
        (Filters(actor="prk"), ["fired"]),
        (Filters(actor="korea"), ["fired"]),
        (Filters(actor="Shoigu"), ["met"]),  # a person's name
        (Filters(actor="CHN"), ["sent"]),  # the second member of a compound actor
        (Filters(recipient="PRK"), ["condemned", "sent", "met"]),  # Kim Jong-un is PRK
        (Filters(recipient="Kim"), ["met"]),
        (Filters(actor="JPN", recipient="PRK"), ["condemned"]),
        (Filters(type=("AID", "CONSULT")), ["sent", "met"]),
        (Filters(type="assault"), []),  # type: ignore[arg-type]
        (Filters(since=dt.date(2024, 5, 10)), ["condemned", "sent"]),
        (Filters(until=dt.date(2024, 5, 9)), ["fired"]),
        (Filters(since=dt.date(2024, 7, 1), until=dt.date(2024, 7, 31)), ["sent"]),
        (Filters(text="ballistic"), ["fired"]),
        (Filters(text="PYONGYANG"), ["sent", "met"]),  # the title "Grain for Pyongyang"
        (Filters(article_id=visit_article().article.id), ["met"]),
        (Filters(limit=2), ["fired", "condemned"]),
        (Filters(limit=2, offset=1), ["condemned", "sent"]),
        (Filters(offset=3), ["met"]),
        (Filters(limit=0), []),
    ],
)
def test_event_filters(filled: Store, filters: Filters, triggers: list[str]) -> None:
    assert _triggers(filled, filters) == triggers


def test_count_matches_the_query_and_ignores_the_page(filled: Store) -> None:
    assert filled.count("events") == 4
    assert filled.count("events", Filters(recipient="PRK", limit=1, offset=1)) == 3
    assert filled.count("quotes", Filters(country="RUS")) == 1
    assert filled.count("amounts") == 2
    assert filled.count("articles", Filters(actor="RUS")) == 2
    with pytest.raises(ConfigError, match="cannot count 'people'"):
        filled.count("people")


def test_quote_filters(filled: Store) -> None:
    def speakers(filters: Filters) -> list[str]:
        return [q.speaker.name for q in filled.quotes(filters)]

    assert speakers(Filters()) == ["the Japanese Defense Ministry", "Sergei Shoigu"]
    assert speakers(Filters(speaker="shoigu")) == ["Sergei Shoigu"]
    assert speakers(Filters(speaker="ministry")) == ["the Japanese Defense Ministry"]
    assert speakers(Filters(country="jpn")) == ["the Japanese Defense Ministry"]
    assert speakers(Filters(text="stand together")) == ["Sergei Shoigu"]
    assert speakers(Filters(since=dt.date(2024, 1, 1))) == ["the Japanese Defense Ministry"]
    assert speakers(Filters(actor="JPN")) == speakers(Filters())  # not a quote filter


def test_amount_filters(filled: Store) -> None:
    def values(filters: Filters) -> list[float]:
        return [m.value for m in filled.amounts(filters)]

    assert values(Filters()) == [2.0, 5380.0]
    assert values(Filters(actor="chn")) == [5380.0]
    assert values(Filters(actor="CH")) == []  # whole codes only
    assert values(Filters(recipient="PRK")) == [5380.0]
    assert values(Filters(text="corn")) == [5380.0]
    assert values(Filters(until=dt.date(2024, 6, 1))) == [2.0]


def test_article_filters(filled: Store) -> None:
    def titles(filters: Filters) -> list[str]:
        return [a.title for a in filled.articles(filters)]

    assert titles(Filters()) == [
        "North Korea fires missiles",
        "Grain for Pyongyang",
        "Shoigu in Pyongyang",
    ]
    assert titles(Filters(actor="RUS")) == ["Grain for Pyongyang", "Shoigu in Pyongyang"]
    assert titles(Filters(type=("MOBILIZE",))) == ["North Korea fires missiles"]
    assert titles(Filters(speaker="Shoigu")) == ["Shoigu in Pyongyang"]
    assert titles(Filters(text="corn and flour")) == ["Grain for Pyongyang"]
    assert titles(Filters(since=dt.date(2024, 6, 1))) == ["Grain for Pyongyang"]
    assert titles(Filters(newest_first=True))[0] == "Grain for Pyongyang"


def test_user_text_never_becomes_sql(filled: Store) -> None:
    hostile = "x'); DROP TABLE events; --"
    assert list(filled.events(Filters(actor=hostile, text=hostile))) == []
    assert list(filled.quotes(Filters(speaker=hostile, country=hostile))) == []
    assert list(filled.articles(Filters(text=hostile))) == []
    assert filled.count("events") == 4


def test_like_wildcards_in_user_text_match_literally(filled: Store) -> None:
    assert list(filled.events(Filters(text="%"))) == []
    assert list(filled.events(Filters(text="_"))) == []
    assert list(filled.events(Filters(actor="%"))) == []
    assert _triggers(filled, Filters(text="5,380")) == ["sent"]


def test_articles_meta(filled: Store) -> None:
    missile = missile_article().article
    meta = filled.articles_meta([missile.id, "unknown"])
    assert list(meta) == [missile.id]
    info = meta[missile.id]
    assert (info.title, info.url, info.outlet, info.published) == (
        missile.title,
        missile.url,
        missile.outlet,
        missile.published,
    )
    assert info.coded_at is not None
    assert abs(dt.datetime.now(dt.UTC) - info.coded_at) < dt.timedelta(minutes=5)


def test_events_frame(filled: Store) -> None:
    frame = filled.events_frame(Filters(actor="RUS"))
    assert tuple(frame.columns) == FRAME_COLUMNS
    assert list(frame["event"]) == ["AID", "CONSULT"]
    assert list(frame["actor"]) == ["RUS;CHN", "RUS"]
    assert list(frame["actor_text"]) == ["Russia;China", "Sergei Shoigu"]
    assert list(frame["cameo"]) == ["071", "042"]
    assert frame["date"].iloc[0].date() == dt.date(2024, 7, 1)
    assert frame["date"].isna().iloc[1]
    assert list(frame["mentions"]) == [1, 3]
    assert str(frame["quad_class"].dtype) == "int64"
    assert frame["latitude"].iloc[1] == pytest.approx(39.03385)
    empty = filled.events_frame(Filters(actor="ZZZ"))
    assert tuple(empty.columns) == FRAME_COLUMNS
    assert len(empty) == 0


def test_filters_are_checked() -> None:
    with pytest.raises(ConfigError, match="after until"):
        Filters(since=dt.date(2024, 2, 1), until=dt.date(2024, 1, 1))
    with pytest.raises(ConfigError, match="limit"):
        Filters(limit=-1)
    with pytest.raises(ConfigError, match="offset"):
        Filters(offset=-5)
    with pytest.raises(ConfigError, match="since must be a date"):
        Filters(since="2024-01-01")  # type: ignore[arg-type]
    assert Filters(type="assault").type == ("ASSAULT",)  # type: ignore[arg-type]
    assert Filters(actor="  ").actor is None
    assert Filters(since=dt.datetime(2024, 1, 2, 15, 0)).since == dt.date(2024, 1, 2)


# -- the query time cap ---------------------------------------------------------------------------


def test_slow_queries_are_stopped(tmp_path: Path) -> None:
    path = tmp_path / "big.db"
    with Store.open(path) as store:
        store.add_many(bulk(400), batch_size=200)
    with (
        Store.open(path, readonly=True, max_query_seconds=1e-6) as capped,
        pytest.raises(QueryTimeout, match="ran longer than"),
    ):
        list(capped.events(Filters(text="no such words")))
    with Store.open(path, readonly=True, max_query_seconds=30) as relaxed:
        assert list(relaxed.events(Filters(text="no such words"))) == []
        assert relaxed.count("events") == 800


def test_statement_timeout_on_the_store_backend(store_target: str) -> None:
    """The cap also works on PostgreSQL (statement_timeout); SQLite is covered above."""
    if not store_target.startswith("postgres"):
        pytest.skip("PostgreSQL only")
    with Store.open(store_target, max_query_seconds=0.2) as store:
        with pytest.raises(QueryTimeout):
            store._backend.scalar("SELECT pg_sleep(2)", action="sleeping")
        assert store.count("events") == 0  # the session is still usable


def test_max_query_seconds_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="must be positive"):
        Store.open(tmp_path / "x.db", max_query_seconds=0)
