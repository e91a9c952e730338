"""A series or wave of attacks that kills people is one attack on the dead, as a single
attack that kills them is: "a series of car bombings in Baghdad killed one American
soldier" is no second record on Iraq from the bombings' place (0.40.0). Built on the real
parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_series_of_bombings_that_kills_is_one_attack_on_the_dead() -> None:
    text = "A series of car bombings in Baghdad killed one American soldier on Monday."
    assert predicted(text, "2004-09-30") == {triple("ASSAULT", [], ["USA"])}


def test_a_single_bombing_that_kills_is_still_one_attack() -> None:
    text = "A car bombing in Baghdad killed one American soldier on Monday."
    assert predicted(text, "2004-09-30") == {triple("ASSAULT", [], ["USA"])}
