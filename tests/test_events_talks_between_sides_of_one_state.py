"""Talks "between" two named sides of one state ("the Sudanese government and Darfur
rebels") told as under way are one state's meeting, with no other side, as a meeting
its subject names is (0.38.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_talks_between_a_government_and_its_rebels_are_a_home_meeting() -> None:
    text = "Talks between the Sudanese government and Darfur rebels resumed in Abuja on Monday."
    assert triple("CONSULT", ["SDN"], []) in predicted(text, "2004-10-25")
