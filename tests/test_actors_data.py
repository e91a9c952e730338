"""The actor data files: versioned, every code and sector known, every date valid."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from pathlib import Path

import pycountry
import pytest

from realpolitik.actors.datafiles import (
    REQUIRED_COLUMNS,
    data_version,
    default_data_dir,
    file_version,
    read_table,
    split_list,
)
from realpolitik.actors.gazetteer import EXTRA_STATES, ORG_CODES
from realpolitik.errors import ConfigError

DATA = default_data_dir()
STATES = {c.alpha_3 for c in pycountry.countries} | set(EXTRA_STATES)
CODES = STATES | set(ORG_CODES)


def sectors() -> set[str]:
    return {r["code"] for r in read_table(DATA, "sector_codes.csv")}


def test_every_file_is_versioned() -> None:
    assert data_version(DATA)
    for name in REQUIRED_COLUMNS:
        assert file_version(DATA, name), name


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("countries.csv", "code"),
        ("capitals.csv", "code"),
        ("institutions.csv", "code"),
        ("organizations.csv", "code"),
        ("people.csv", "code"),
    ],
)
def test_every_code_is_known(name: str, column: str) -> None:
    rows = read_table(DATA, name)
    assert rows
    allowed = STATES if name in {"countries.csv", "capitals.csv"} else CODES
    assert {r[column] for r in rows} <= allowed


def test_context_codes_are_states() -> None:
    for row in read_table(DATA, "institutions.csv"):
        assert set(split_list(row["context"])) <= STATES, row


@pytest.mark.parametrize(
    "name", ["institutions.csv", "organizations.csv", "people.csv", "sectors.csv"]
)
def test_every_sector_is_known(name: str) -> None:
    known = sectors()
    for row in read_table(DATA, name):
        assert row["sector"] == "" or row["sector"] in known, row


@pytest.mark.parametrize("name", ["organizations.csv", "people.csv"])
def test_dates_parse_and_start_before_end(name: str) -> None:
    for row in read_table(DATA, name):
        start = dt.date.fromisoformat(row["start"]) if row["start"] else None
        end = dt.date.fromisoformat(row["end"]) if row["end"] else None
        if start and end:
            assert start <= end, row


def test_one_role_holder_at_a_time() -> None:
    """No two people hold the same role for the same state on the same day."""
    spells: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = {}
    for row in read_table(DATA, "people.csv"):
        if not row["start"] or row["role"].lower().startswith(("acting", "senior", "deputy")):
            continue
        end = dt.date.fromisoformat(row["end"]) if row["end"] else dt.date.max
        spells.setdefault((row["code"], row["role"]), []).append(
            (dt.date.fromisoformat(row["start"]), end, row["name"])
        )
    for (code, role), items in spells.items():
        items.sort()
        for (_, end, name), (start, _, next_name) in itertools.pairwise(items):
            assert end <= start, f"{code} {role}: {name} until {end}, {next_name} from {start}"


def test_capital_actions_are_add_or_exclude() -> None:
    assert {r["action"] for r in read_table(DATA, "capitals.csv")} <= {"add", "exclude"}


def test_bad_tables_raise_config_errors(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("# version: 0\nname,code\nX,USA\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="missing column"):
        read_table(tmp_path, "people.csv")
    with pytest.raises(ConfigError, match="cannot be read"):
        read_table(tmp_path, "countries.csv")


def test_people_table_rejects_reversed_dates(tmp_path: Path) -> None:
    from realpolitik.actors.people import load_people_rows

    header = "name,aliases,code,role,sector,start,end\n"
    (tmp_path / "people.csv").write_text(
        header + "A B,,USA,President,GOV,2020-01-02,2019-01-01\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="after end"):
        load_people_rows(tmp_path, valid_codes={"USA"}, sectors=frozenset({"GOV"}))
    (tmp_path / "people.csv").write_text(
        header + "A B,,USA,President,GOV,2020-13-01,\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="not an ISO date"):
        load_people_rows(tmp_path, valid_codes={"USA"}, sectors=frozenset({"GOV"}))


def test_data_files_are_plain_csv_after_comments() -> None:
    for name in REQUIRED_COLUMNS:
        text = (DATA / name).read_text(encoding="utf-8")
        body = "\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))
        rows = list(csv.reader(io.StringIO(body)))
        width = len(rows[0])
        assert all(len(r) == width for r in rows if r), name
