"""Exports: PLOVER JSON lines, CSV, Parquet (read back by pandas, polars, DuckDB) and GDELT 2.0."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import store_builders as builders
from realpolitik.errors import ConfigError
from realpolitik.export import (
    FORMATS,
    GDELT_COLUMNS,
    export,
    export_csv,
    export_gdelt,
    export_jsonl,
    export_parquet,
    gdelt_event_id,
    gdelt_row,
)
from realpolitik.models import Event
from realpolitik.store import ALL, FRAME_COLUMNS, Filters, Store
from store_builders import aid_article, missile_article, sample, visit_article

store = builders.store  # the fixtures: SQLite and (when configured) PostgreSQL
store_target = builders.store_target


@pytest.fixture
def filled(store: Store) -> Store:
    for coded in sample():
        store.add(coded)
    return store


def _by_trigger(path: Path) -> dict[str, dict[str, Any]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {r["event_text"][0]: r for r in records}


# -- PLOVER JSON lines -----------------------------------------------------------------------


def test_jsonl_writes_one_plover_record_per_event(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert export_jsonl(filled, out) == 4
    records = _by_trigger(out)
    assert set(records) == {"fired", "condemned", "sent", "met"}

    sent = records["sent"]
    assert sent["event"] == ["AID"]
    assert [a["code"] for a in sent["source"]] == ["RUS", "CHN"]
    assert [a["actor_text"] for a in sent["source"]] == ["Russia", "China"]
    assert [a["code"] for a in sent["recipient"]] == ["PRK"]
    assert sent["date"] == "2024-07-01"
    assert sent["date_precision"] == "month"
    assert sent["quad_code"] == 2
    assert sent["context"] == ["food"]
    assert sent["cameo"] == "071"
    assert sent["text"] == aid_article().article.text
    assert sent["cite_info"]["title"] == "Grain for Pyongyang"
    assert sent["cite_info"]["publication"] == "Daily Example"
    assert sent["article_id"] == aid_article().article.id
    assert sent["coder"] == "handmade 1.0"
    assert sent["coded_date"] == dt.datetime.now(dt.UTC).date().isoformat()

    met = records["met"]
    assert met["date"] is None
    assert met["mode"] == "visit"
    assert met["source"][0]["identifier_text"] == "Russia"
    assert met["source"][0]["person"] == "Sergei Shoigu"
    assert met["source"][0]["office"] == "Defense Minister"
    assert met["event_loc"]["name"] == "Pyongyang"
    assert met["event_loc"]["cc3"] == "PRK"
    assert met["event_loc"]["country code"] == "KP"
    assert met["event_loc"]["geonameid"] == 1871859
    assert (met["mentions"], met["sources"]) == (3, ["other-article-1", "other-article-2"])

    fired = records["fired"]
    text = missile_article().article.text
    start, end = fired["text_info"]["trigger_start"], fired["text_info"]["trigger_end"]
    assert text[start:end] == "fired"
    assert fired["cite_info"]["url"] == "https://news.example/missiles"


def test_jsonl_applies_the_filters(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "rus.jsonl"
    assert export_jsonl(filled, out, Filters(actor="RUS")) == 2
    assert set(_by_trigger(out)) == {"sent", "met"}


# -- CSV and Parquet ---------------------------------------------------------------------------


def test_csv_has_the_frame_columns_and_keeps_codes_as_text(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export_csv(filled, out) == 4
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == FRAME_COLUMNS
    by_trigger = {r["trigger"]: r for r in rows}
    assert by_trigger["met"]["cameo"] == "042"
    assert by_trigger["met"]["date"] == ""
    assert by_trigger["sent"]["actor"] == "RUS;CHN"
    assert by_trigger["sent"]["date"] == "2024-07-01"
    assert by_trigger["fired"]["sentence_text"].startswith("North Korea fired two")


def test_parquet_reads_back_in_pandas_polars_and_duckdb(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert export_parquet(filled, out) == 4

    import pandas as pd

    frame = pd.read_parquet(out)
    assert tuple(frame.columns) == FRAME_COLUMNS
    assert len(frame) == 4
    assert sorted(frame["cameo"]) == ["042", "071", "111", "154"]

    import polars as pl

    table = pl.read_parquet(out)
    assert table.height == 4
    assert table.schema["date"] == pl.Date
    assert table.schema["mentions"] == pl.Int64
    sent = table.filter(pl.col("trigger") == "sent").row(0, named=True)
    assert sent["date"] == dt.date(2024, 7, 1)
    assert sent["actor"] == "RUS;CHN"

    import duckdb

    con = duckdb.connect()
    rows = con.execute(
        "SELECT event, count(*) FROM read_parquet(?) GROUP BY event ORDER BY event", [str(out)]
    ).fetchall()
    assert rows == [("ACCUSE", 1), ("AID", 1), ("CONSULT", 1), ("MOBILIZE", 1)]
    missing = con.execute("SELECT count(*) FROM read_parquet(?) WHERE date IS NULL", [str(out)])
    assert missing.fetchall() == [(2,)]


def test_an_empty_parquet_export_is_a_valid_file(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "none.parquet"
    assert export_parquet(filled, out, Filters(actor="ZZZ")) == 0
    import polars as pl

    table = pl.read_parquet(out)
    assert table.height == 0
    assert tuple(table.columns) == FRAME_COLUMNS


# -- GDELT 2.0 ---------------------------------------------------------------------------------


def test_gdelt_columns_are_the_61_of_the_codebook() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert len(set(GDELT_COLUMNS)) == 61
    assert GDELT_COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[5] == "Actor1Code" and GDELT_COLUMNS[24] == "Actor2Type3Code"
    assert GDELT_COLUMNS[25:35] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    assert GDELT_COLUMNS[35] == "Actor1Geo_Type" and GDELT_COLUMNS[58] == "ActionGeo_FeatureID"
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def _gdelt_rows(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        assert len(line.split("\t")) == 61, line
    return [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]


def test_gdelt_rows(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert export_gdelt(filled, out) == 4
    rows = _gdelt_rows(out)
    assert not rows[0]["GlobalEventID"].startswith("Global")  # no header
    by_code = {r["EventCode"]: r for r in rows}

    visit = visit_article()
    met = by_code["042"]
    assert met["GlobalEventID"] == str(int(visit.events[0].id[:15], 16))
    assert (met["EventBaseCode"], met["EventRootCode"]) == ("042", "04")
    assert (met["Actor1Code"], met["Actor1CountryCode"], met["Actor1Type1Code"]) == (
        "RUSMIL",
        "RUS",
        "MIL",
    )
    assert met["Actor1Name"] == "RUSSIA"
    assert (met["Actor2Code"], met["Actor2CountryCode"]) == ("PRKGOV", "PRK")
    assert met["Day"] == ""  # neither an event date nor a publication date
    assert (met["NumMentions"], met["NumArticles"], met["NumSources"]) == ("3", "3", "3")
    assert met["QuadClass"] == "1"
    assert met["IsRootEvent"] == "1"
    assert (met["ActionGeo_Type"], met["ActionGeo_FullName"]) == ("4", "Pyongyang")
    assert (met["ActionGeo_CountryCode"], met["ActionGeo_ADM1Code"]) == ("KN", "KN12")
    assert float(met["ActionGeo_Lat"]) == pytest.approx(39.03385)
    assert met["ActionGeo_FeatureID"] == "1871859"
    assert met["Actor1Geo_Type"] == "0" and met["Actor1Geo_FullName"] == ""

    sent = by_code["071"]
    assert (sent["Day"], sent["MonthYear"], sent["Year"]) == ("20240701", "202407", "2024")
    assert sent["FractionDate"] == "2024.4973"  # day 183 of a leap year
    assert sent["Actor1Code"] == "RUS"  # the first member of "Russia and China"
    assert sent["NumMentions"] == "1"
    assert sent["ActionGeo_Type"] == "0"
    assert sent["SOURCEURL"] == ""
    assert float(sent["GoldsteinScale"]) == pytest.approx(7.4)

    condemned = by_code["111"]
    assert condemned["Day"] == "20240510"  # no event date: the publication date
    assert condemned["IsRootEvent"] == "1"
    assert condemned["SOURCEURL"] == "https://news.example/missiles"
    assert len(condemned["DATEADDED"]) == 14
    assert condemned["DATEADDED"][:8] == dt.datetime.now(dt.UTC).strftime("%Y%m%d")


def test_gdelt_row_keeps_the_table_shape_with_awkward_values() -> None:
    event = aid_article().events[0]
    odd = dataclasses.replace(
        event,
        id="not-hex-at-all-but-stable",
        actor=(dataclasses.replace(event.actor[0], name="Russian\tFederation", kind="igo"),),
        recipient=(),
        cameo="",
        quad_class=0,
        provenance=dataclasses.replace(event.provenance, sentence=7),
    )
    fields = dict(zip(GDELT_COLUMNS, gdelt_row(odd), strict=True))
    assert fields["Actor1Name"] == "RUSSIAN FEDERATION"
    assert (fields["Actor1CountryCode"], fields["Actor1KnownGroupCode"]) == ("", "RUS")
    assert fields["Actor2Code"] == ""
    assert (fields["EventCode"], fields["EventRootCode"], fields["QuadClass"]) == ("", "", "")
    assert fields["IsRootEvent"] == "0"
    assert fields["GlobalEventID"] == str(gdelt_event_id("not-hex-at-all-but-stable"))
    assert 0 < int(fields["GlobalEventID"]) < 2**63
    assert gdelt_event_id("not-hex-at-all-but-stable") == gdelt_event_id(
        "not-hex-at-all-but-stable"
    )


# -- the dispatcher and safe writing -------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_dispatches_every_format(filled: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events{FORMATS[fmt]}"
    assert export(filled, fmt, out, Filters(type=("AID", "ACCUSE"))) == 2
    assert out.stat().st_size > 0
    assert not list(tmp_path.glob(".*.part"))


def test_unknown_format_and_missing_folder_are_config_errors(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown export format 'xml'; use one of jsonl"):
        export(filled, "xml", tmp_path / "x.xml")
    with pytest.raises(ConfigError, match="does not exist"):
        export(filled, "csv", tmp_path / "no" / "such" / "x.csv")


def test_a_failed_export_leaves_the_old_file_alone(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "events.jsonl"
    out.write_text("the previous export\n", encoding="utf-8")

    def broken(filters: Filters = ALL) -> Iterator[Event]:
        yield next(iter(Store.events(filled, filters)))
        raise OSError("disk full")

    monkeypatch.setattr(filled, "events", broken)
    with pytest.raises(OSError, match="disk full"):
        export_jsonl(filled, out)
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert not list(tmp_path.glob(".*.part"))
