"""Scoring the event coder against gold files: matching rules, reading, report, quality gate."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from realpolitik.cli import cli
from realpolitik.errors import UnreadableInput
from realpolitik.evaluate import (
    ItemResult,
    Score,
    evaluate_file,
    format_errors,
    format_report,
    gold_triples,
    item_errors,
    match_count,
    read_gold,
    report_dict,
    score_items,
)

RUS_UKR = ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"}))
UKR_RUS = ("ASSAULT", frozenset({"UKR"}), frozenset({"RUS"}))
BOTH = ("ASSAULT", frozenset({"RUS", "UKR"}), frozenset())


def item(gold: list[Any], predicted: list[Any]) -> ItemResult:
    return ItemResult("x", "", tuple(gold), tuple(predicted), match_count(gold, predicted))


def test_score_figures() -> None:
    score = Score(tp=3, fp=1, fn=2)
    assert score.precision == 0.75
    assert score.recall == 0.6
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score().f1 == 0.0 and Score().precision == 0.0


def test_triples_match_on_type_and_both_code_sets_each_gold_once() -> None:
    assert match_count([RUS_UKR], [RUS_UKR]) == 1
    assert match_count([RUS_UKR], [UKR_RUS]) == 0  # direction matters
    assert match_count([RUS_UKR], [BOTH]) == 0  # empty recipient is not a wildcard
    assert match_count([RUS_UKR], [RUS_UKR, RUS_UKR]) == 1  # each gold event once
    assert match_count([RUS_UKR, RUS_UKR], [RUS_UKR, RUS_UKR]) == 2


def test_gold_code_lists_are_sets() -> None:
    row = {"events": [{"event": "ASSAULT", "actor": ["UNO", "UNO"], "recipient": ["BIH"]}]}
    assert gold_triples(row) == (("ASSAULT", frozenset({"UNO"}), frozenset({"BIH"})),)


def test_type_level_is_a_multiset_match_and_triples_are_stricter() -> None:
    items = [
        item([RUS_UKR], [UKR_RUS]),
        item([RUS_UKR], [RUS_UKR, ("AGREE", frozenset({"RUS"}), frozenset())]),
        item([("AID", frozenset({"USA"}), frozenset({"UKR"}))], []),
    ]
    type_score, triple_score, per_type = score_items(items)
    assert (type_score.tp, type_score.fp, type_score.fn) == (2, 1, 1)
    assert (triple_score.tp, triple_score.fp, triple_score.fn) == (1, 2, 2)
    rows = {r.event: r for r in per_type}
    assert rows["ASSAULT"].support == 2 and rows["ASSAULT"].predicted == 2
    assert rows["ASSAULT"].type_level.f1 == 1.0
    assert (rows["ASSAULT"].triple.tp, rows["ASSAULT"].triple.fp) == (1, 1)
    assert rows["AGREE"].support == 0 and rows["AGREE"].type_level.fp == 1
    assert rows["AID"].triple.fn == 1


def test_errors_are_the_unmatched_gold_and_predictions_with_their_rules() -> None:
    agree = ("AGREE", frozenset({"RUS"}), frozenset())
    done = ItemResult(
        "a",
        "Russia   attacked\nUkraine and agreed to talks.",
        (RUS_UKR, RUS_UKR, BOTH),
        (RUS_UKR, UKR_RUS, agree),
        1,
        ("verb:attack", "verb:attack [passive]", "control:commit:agree"),
    )
    missed, extra = item_errors(done)
    # each gold triple is matched once: the second RUS -> UKR and the fight are missed
    assert missed == [RUS_UKR, BOTH]
    assert extra == [(UKR_RUS, "verb:attack [passive]"), (agree, "control:commit:agree")]
    perfect = ItemResult("b", "Russia attacked Ukraine.", (RUS_UKR,), (RUS_UKR,), 1, ("r",))
    report = evaluate_report([done, perfect])
    text = format_errors(report)
    assert text.splitlines() == [
        "a  Russia attacked Ukraine and agreed to talks.",
        "  missed  ASSAULT RUS -> UKR",
        "  missed  ASSAULT RUS,UKR -> -",
        "  extra   ASSAULT UKR -> RUS   (verb:attack [passive])",
        "  extra   AGREE RUS -> -   (control:commit:agree)",
    ]
    data = json.loads(json.dumps(report_dict(report)))
    assert data["triple"] == {
        "tp": 2,
        "fp": 2,
        "fn": 2,
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
    }
    first = data["items"][0]
    assert first["missed"][1] == {"event": "ASSAULT", "actor": ["RUS", "UKR"], "recipient": []}
    assert first["extra"][1]["rule"] == "control:commit:agree"
    assert data["items"][1]["missed"] == [] and data["items"][1]["extra"] == []


def evaluate_report(items: list[ItemResult]) -> Any:
    from realpolitik.evaluate import EvalReport

    type_score, triple_score, per_type = score_items(items)
    return EvalReport(
        "gold.jsonl",
        len(items),
        sum(len(i.gold) for i in items),
        sum(len(i.predicted) for i in items),
        type_score,
        triple_score,
        per_type,
        tuple(items),
    )


def test_read_gold_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "x", "events": []}\n{not json}\n', encoding="utf-8")
    with pytest.raises(UnreadableInput, match=r"gold.jsonl:2"):
        read_gold(path)
    path.write_text('{"id": "a", "events": []}\n', encoding="utf-8")
    with pytest.raises(UnreadableInput, match="text"):
        read_gold(path)
    with pytest.raises(UnreadableInput, match="no such gold file"):
        read_gold(tmp_path / "missing.jsonl")


def _gold_file(tmp_path: Path) -> Path:
    rows = [
        {
            "id": "1",
            "text": "Russia attacked Ukraine on Tuesday.",
            "events": [{"event": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"]}],
        },
        {
            "id": "2",
            "text": "Iran threatened to attack Israel.",
            "events": [{"event": "THREATEN", "actor": ["IRN"], "recipient": ["ISR"]}],
        },
        {
            "id": "3",
            "text": "China praised Pakistan.",
            "events": [{"event": "SUPPORT", "actor": ["CHN"], "recipient": ["IND"]}],
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_evaluate_file_codes_and_scores(tmp_path: Path, nlp: Any) -> None:
    report = evaluate_file(_gold_file(tmp_path))
    assert report.texts == 3 and report.gold_events == 3
    assert (report.triple.tp, report.triple.fp, report.triple.fn) == (2, 1, 1)
    assert report.type_level.tp == 3
    text = format_report(report)
    assert "country triple" in text and "ASSAULT" in text and "support" in text
    only_one = evaluate_file(_gold_file(tmp_path), where=lambda r: r["id"] == "1")
    assert only_one.texts == 1 and only_one.triple.f1 == 1.0


@pytest.mark.slow
def test_the_cli_prints_the_errors_and_valid_json(tmp_path: Path, nlp: Any) -> None:
    gold = str(_gold_file(tmp_path))
    table = CliRunner().invoke(cli, ["evaluate", gold, "--errors"])
    assert table.exit_code == 0, table.output
    assert "3  China praised Pakistan." in table.output
    assert "  missed  SUPPORT CHN -> IND" in table.output
    as_json = CliRunner().invoke(cli, ["evaluate", gold, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    assert data["texts"] == 3 and len(data["items"]) == 3
    assert data["items"][2]["missed"] == [
        {"event": "SUPPORT", "actor": ["CHN"], "recipient": ["IND"]}
    ]


@pytest.mark.slow
def test_quality_gate_fails_on_a_drop_and_never_writes_floors(tmp_path: Path, nlp: Any) -> None:
    gate = runpy.run_path(str(Path(__file__).resolve().parents[1] / "quality" / "gate.py"))
    gold = _gold_file(tmp_path)
    floors = tmp_path / "floors.toml"
    floors.write_text("[events]\ntriple_precision = 0.6\ntriple_f1 = 0.6\n", encoding="utf-8")
    assert gate["main"]([str(gold), "--floors", str(floors)]) == 0
    floors.write_text("[events]\ntriple_precision = 0.9\n", encoding="utf-8")
    before = floors.read_text(encoding="utf-8")
    assert gate["main"]([str(gold), "--floors", str(floors)]) == 1
    assert floors.read_text(encoding="utf-8") == before
    floors.write_text("[events]\nmystery = 0.1\n", encoding="utf-8")
    assert gate["main"]([str(gold), "--floors", str(floors)]) == 2


def test_rows_are_read_as_the_ingest_readers_read_records(nlp: Any) -> None:
    from realpolitik.evaluate import evaluate_rows

    # the wire dateline is the report's place, not an actor
    text = (
        "WASHINGTON/NEW YORK (Reuters) - Lawyers for a former adviser have accused the "
        "bank of fraud."
    )
    report = evaluate_rows([{"id": "1", "text": text, "events": []}])
    assert report.items[0].predicted == ()
    # a row's "date" is read as its publication date; a bad one is only a warning
    for date in ("2010-05-01", "not a date"):
        row = {"id": "2", "date": date, "text": "Iran accused Britain of spying.", "events": []}
        found = evaluate_rows([row]).items[0].predicted
        assert found == (("ACCUSE", frozenset({"IRN"}), frozenset({"GBR"})),)
