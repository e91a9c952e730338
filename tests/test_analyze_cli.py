"""The analysis commands (dyads, profile, network, alerts, serve) on a hand-made store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from realpolitik.cli_analysis import COMMANDS, register
from test_serve_data import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_store(tmp_path_factory.mktemp("cli") / "news.db").path)


@pytest.fixture(scope="module")
def group() -> click.Group:
    @click.group()
    def realpolitik() -> None:
        """A stand-in for the main group."""

    register(realpolitik)
    return realpolitik


def run(group: click.Group, *args: str, code: int = 0) -> str:
    result = CliRunner().invoke(group, list(args))
    assert result.exit_code == code, result.output
    return result.output


def test_register_adds_every_command(group: click.Group) -> None:
    assert set(group.commands) == {"dyads", "profile", "network", "alerts", "serve"}
    assert len(COMMANDS) == 5


@pytest.mark.parametrize("name", ["dyads", "profile", "network", "alerts", "serve"])
def test_help_ends_with_an_example(group: click.Group, name: str) -> None:
    body = run(group, name, "--help").split("Options:")[0]
    assert body.split("Example:")[1].strip().startswith(f"realpolitik {name}")


def test_dyad_timeline(group: click.Group, db: str) -> None:
    out = run(
        group, "dyads", "--db", db, "--actor", "RUS", "--recipient", "PRK", "--format", "json"
    )
    body = json.loads(out)
    assert (body["actor"], body["recipient"], body["freq"]) == ("RUS", "PRK", "month")
    assert [p["period"] for p in body["periods"]] == ["2024-02-01", "2024-03-01", "2024-04-01"]
    assert body["periods"][2]["types"] == {"AID": 1.0}
    assert [e["trigger"] for e in body["evidence"]] == ["sent aid", "shipped"]
    table = run(group, "dyads", "--db", db, "--actor", "Russia", "--recipient", "North Korea")
    assert "2024-04-01" in table and "AID=1" in table
    csv = run(
        group,
        "dyads",
        "--db",
        db,
        "--actor",
        "RUS",
        "--recipient",
        "PRK",
        "--format",
        "csv",
        "--freq",
        "week",
    )
    assert csv.splitlines()[0].startswith("period,events,cooperation,conflict,net_cooperation")
    assert csv.splitlines()[1].startswith("2024-02-12,1")


def test_dyads_ranked(group: click.Group, db: str) -> None:
    body = json.loads(run(group, "dyads", "--db", db, "--by", "conflict", "--format", "json"))
    assert (body[0]["actor"], body[0]["recipient"]) == ("PRK", "JPN")
    assert all(d["net_cooperation"] < 0 for d in body)
    only = json.loads(run(group, "dyads", "--db", db, "--actor", "CHN", "--format", "json"))
    assert {(d["actor"], d["recipient"]) for d in only} == {("CHN", "PRK"), ("CHN", "RUS")}
    window = json.loads(
        run(group, "dyads", "--db", db, "--until", "2024-02-28", "--format", "json")
    )
    assert {(d["actor"], d["recipient"]) for d in window} == {
        ("PRK", "KOR"),
        ("PRK", "RUS"),
        ("RUS", "PRK"),
    }


def test_profile(group: click.Group, db: str) -> None:
    body = json.loads(run(group, "profile", "--db", db, "prk", "--format", "json"))
    assert body["code"] == "PRK" and body["events"] == 12
    assert body["most_cooperative"][0]["code"] == "RUS"
    assert body["people"][0]["name"] == "Kim Yo-jong"
    text = run(group, "profile", "--db", db, "PRK")
    assert "North Korea (PRK): 12 events" in text and "most conflictual" in text


def test_network_and_what_changed(group: click.Group, db: str) -> None:
    body = json.loads(run(group, "network", "--db", db, "--format", "json"))
    assert sorted(map(tuple, body["blocs"][:2])) == [("CHN", "PRK", "RUS"), ("JPN", "KOR", "USA")]
    changed = json.loads(
        run(
            group,
            "network",
            "--db",
            db,
            "--since",
            "2024-04-01",
            "--compare-until",
            "2024-03-31",
            "--format",
            "json",
        )
    )
    directions = {(c["a"], c["b"]): c["direction"] for c in changed["changes"]}
    assert directions[("CHN", "RUS")] == "closer" and directions[("PRK", "USA")] == "apart"
    text = run(group, "network", "--db", db, "--method", "louvain")
    assert "China (CHN), North Korea (PRK), Russia (RUS)" in text


def test_alerts(group: click.Group, db: str) -> None:
    body = json.loads(
        run(group, "alerts", "--db", db, "--min-count", "2", "--baseline", "3", "--format", "json")
    )
    assert {(a["actor"], a["recipient"], a["direction"]) for a in body} == {
        ("PRK", "USA", "rise"),
        ("USA", "PRK", "rise"),
    }
    assert all(len(a["events"]) == 2 for a in body)
    assert json.loads(run(group, "alerts", "--db", db, "--format", "json")) == []


def test_a_missing_store_is_one_line_and_exit_65(group: click.Group, tmp_path: Path) -> None:
    result = CliRunner().invoke(group, ["profile", "--db", str(tmp_path / "none.db"), "PRK"])
    assert result.exit_code == 65
    assert "no store there" in result.output and "Traceback" not in result.output


def test_serve_binds_localhost_by_default(
    group: click.Group, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []

    def fake_run(target: str, **kwargs: Any) -> None:
        calls.append({"db": target, **kwargs})

    monkeypatch.setattr("realpolitik.serve.run", fake_run)
    run(group, "serve", "--db", db)
    assert calls == [
        {"db": db, "host": "127.0.0.1", "port": 8000, "max_query_seconds": 5.0, "max_events": 20000}
    ]
    run(group, "serve", "--db", db, "--port", "0", code=2)
