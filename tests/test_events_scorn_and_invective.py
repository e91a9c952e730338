"""Invective, insults and scorn hurled, heaped or poured on someone are criticism
(ACCUSE disapprove) of the one aimed at (0.39.0). Built on the real parser and
resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_invective_hurled_at_a_leader_criticizes_his_state() -> None:
    text = "Pyongyang hurled invective at the U.S. president on Tuesday, calling him a liar."
    assert triple("ACCUSE", ["PRK"], ["USA"]) in predicted(text, "2004-08-24")


def test_scorn_poured_on_a_plan_criticizes_its_maker() -> None:
    text = "The Kremlin poured scorn on Washington's missile defence plan on Monday."
    assert triple("ACCUSE", ["RUS"], ["USA"]) in predicted(text, "2004-08-24")
