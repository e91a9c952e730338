"""Two passives on one subject share the "by" phrase the first names: "were arrested by
Dubai police and charged with murder" is police arresting and charging them. A state's
people named by their demonym ("two Britons") can be held and freed (0.40.0). Built on
the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_second_passive_shares_the_first_ones_agent() -> None:
    text = "Two Britons were arrested by Dubai police and charged with murder on Monday."
    found = predicted(text, "2004-10-11")
    assert triple("COERCE", ["ARE"], ["GBR"]) in found
    assert triple("ACCUSE", ["ARE"], ["GBR"]) in found


def test_people_named_by_their_demonym_are_released() -> None:
    text = "Two Britons were detained by Iraqi police on Sunday and later released."
    found = predicted(text, "2004-10-11")
    assert triple("RETREAT", ["IRQ"], ["GBR"]) in found


def test_a_second_passive_with_its_own_agent_keeps_it() -> None:
    text = "Two Britons were kidnapped by gunmen in Baghdad and freed by U.S. troops on Monday."
    found = predicted(text, "2004-10-11")
    assert triple("RETREAT", ["USA"], ["GBR"]) in found
    assert not [t for t in found if t[0] == "RETREAT" and t[1] != frozenset({"USA"})], found
