"""A "militant group" or "rebel group" is rebels; rebels of no place named fight where
the story is filed from, unless that is their captives' own state (CONVENTIONS A3)
(0.39.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_militant_group_in_a_story_from_baghdad_is_iraqi() -> None:
    text = (
        "BAGHDAD, Iraq - A militant group that claimed to have kidnapped two Italian "
        "journalists said it would soon decide their fate, according to a web statement."
    )
    assert triple("ASSAULT", ["IRQ"], ["ITA"]) in predicted(text, "2004-09-10")


def test_the_dateline_of_the_captives_own_state_names_no_captors() -> None:
    text = (
        "LONDON - A militant group that claimed to have kidnapped two British engineers said "
        "it would soon decide their fate, according to a web statement."
    )
    found = predicted(text, "2004-09-10")
    assert not [t for t in found if t[0] == "ASSAULT" and "GBR" in t[1]], found
