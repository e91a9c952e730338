"""The CLI end to end: code, ingest (idempotent), queries, exports, bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from realpolitik.cli import EXIT_BAD_INPUT, EXIT_PARTIAL, cli

ARTICLE = """Monday, 24 Jun 2024

Ministers Agree New Measures

The European Union on Monday imposed new sanctions on Russia over its war in Ukraine.
Hungary dropped its objections after talks in Luxembourg.

"These measures will deny Russia key technologies," said Ursula von der Leyen, the president
of the European Commission.
"""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "eu.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _invoke(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_code_json_gives_metadata_and_events(
    runner: CliRunner, article_file: Path, nlp: Any
) -> None:
    result = _invoke(runner, "code", str(article_file), "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["article"]["title"] == "Ministers Agree New Measures"
    assert record["article"]["published"] == "2024-06-24"
    events = {(e["event"], tuple(e["actor"]), tuple(e["recipient"])) for e in record["events"]}
    assert ("SANCTION", ("EUR",), ("RUS",)) in events
    sanction = next(e for e in record["events"] if e["event"] == "SANCTION")
    assert sanction["evidence"]["sentence"].startswith("The European Union on Monday imposed")
    assert sanction["date"] == "2024-06-24"
    assert record["quotes"][0]["speaker"] == "Ursula von der Leyen"


def test_code_jsonl_keeps_one_line_per_input_line(
    runner: CliRunner, tmp_path: Path, nlp: Any
) -> None:
    lines = [
        {"id": "x1", "text": "Iran summoned the British ambassador on Wednesday to protest."},
        "{not json",
        {"id": "x3", "text": "Japan and the Philippines signed a defence pact on Monday."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    result = _invoke(runner, "code", str(path))
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out][::2] == ["x1", "x3"]
    assert len(out) == 3 and "error" in out[1] and "in.jsonl:2" in out[1]["id"]
    assert result.exit_code == EXIT_PARTIAL


def test_ingest_twice_adds_nothing_and_queries_work(
    runner: CliRunner, article_file: Path, tmp_path: Path, nlp: Any
) -> None:
    db = tmp_path / "x.db"
    first = _invoke(runner, "ingest", str(article_file), "--db", str(db))
    assert first.exit_code == 0, first.output
    assert "1 articles coded" in first.stderr
    second = _invoke(runner, "ingest", str(article_file), "--db", str(db))
    assert "0 articles coded (1 already stored)" in second.stderr
    events = _invoke(runner, "events", "--db", str(db), "--format", "json", "--type", "SANCTION")
    rows = json.loads(events.stdout)
    assert [r["actor"] for r in rows] == ["EUR"]
    quotes = _invoke(runner, "quotes", "--db", str(db), "--speaker", "Leyen", "--format", "csv")
    assert "Ursula von der Leyen" in quotes.stdout
    for fmt in ("jsonl", "csv", "parquet", "gdelt"):
        out = tmp_path / f"events.{fmt}"
        done = _invoke(runner, "export", "--db", str(db), "--format", fmt, "--out", str(out))
        assert done.exit_code == 0 and out.stat().st_size > 0, done.output
    quotes_out = tmp_path / "quotes.jsonl"
    done = _invoke(
        runner, "export", "--db", str(db), "--what", "quotes", "--format", "jsonl",
        "--out", str(quotes_out),
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    (quote,) = [json.loads(line) for line in quotes_out.read_text(encoding="utf-8").splitlines()]
    assert quote["speaker"] == "Ursula von der Leyen" and quote["type"] == "direct"
    gdelt = _invoke(
        runner, "export", "--db", str(db), "--what", "quotes", "--format", "gdelt",
        "--out", str(tmp_path / "q.tsv"),
    )  # fmt: skip
    assert gdelt.exit_code == EXIT_BAD_INPUT and "jsonl, csv or parquet" in gdelt.stderr


def test_single_bad_input_gets_one_line_and_exit_65(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _invoke(runner, "code", str(empty))
    assert result.exit_code == EXIT_BAD_INPUT
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "empty.txt" in lines[0]


def test_batch_goes_on_and_records_the_failure(
    runner: CliRunner, article_file: Path, tmp_path: Path, nlp: Any
) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    db = tmp_path / "y.db"
    result = _invoke(runner, "ingest", str(binary), str(article_file), "--db", str(db))
    assert result.exit_code == EXIT_PARTIAL
    assert "1 articles coded" in result.stderr and "1 failed" in result.stderr
    with sqlite3.connect(db) as conn:
        (failures,) = conn.execute("select count(*) from failures").fetchone()
        (articles,) = conn.execute("select count(*) from articles").fetchone()
    assert (failures, articles) == (1, 1)


def test_ingest_names_each_failed_input_and_its_fix(
    runner: CliRunner, article_file: Path, tmp_path: Path, nlp: Any
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 owners protested in Lyon on Monday.".encode("latin-1"))
    db = tmp_path / "z.db"
    result = _invoke(runner, "ingest", str(latin), str(article_file), "--db", str(db))
    assert result.exit_code == EXIT_PARTIAL
    (line,) = [ln for ln in result.stderr.splitlines() if "latin.txt" in ln]
    assert "not utf-8" in line and "--encoding latin-1" in line


def test_ingest_counts_failures_by_reason_past_the_listed_ones(
    runner: CliRunner, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n" * 25, encoding="utf-8")
    result = _invoke(runner, "ingest", str(bad), "--db", str(tmp_path / "w.db"))
    lines = result.stderr.splitlines()
    assert sum("bad.jsonl:" in ln for ln in lines) == 20
    assert any("and 5 more" in ln for ln in lines)
    assert any("25 x read: not valid JSON" in ln for ln in lines)


def test_store_error_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = _invoke(runner, "events", "--db", str(tmp_path / "missing" / "none.db"))
    assert result.exit_code == EXIT_BAD_INPUT
    assert len(result.stderr.strip().splitlines()) == 1


def test_amounts_are_queryable(runner: CliRunner, tmp_path: Path, nlp: Any) -> None:
    path = tmp_path / "grain.txt"
    path.write_text(
        "North Korea imported 5,380 tons of corn and flour from Russia in the first five months.",
        encoding="utf-8",
    )
    db = tmp_path / "g.db"
    assert _invoke(runner, "ingest", str(path), "--db", str(db)).exit_code == 0
    rows = json.loads(_invoke(runner, "amounts", "--db", str(db), "--format", "json").stdout)
    assert [(r["value"], r["unit"], r["object"]) for r in rows] == [(5380.0, "t", "corn and flour")]
    assert rows[0]["partners"] == "RUS"
