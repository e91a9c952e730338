"""People named only by a role ("the alleged ringleader", "a militiaman") are people: a
state's authorities arresting them at home hold their own people (CONVENTIONS A4, a
domestic action) (0.38.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_ringleader_arrested_by_the_authorities_at_home_is_their_own() -> None:
    text = (
        "Nouakchott, Mauritania - Authorities said on Saturday they arrested the alleged "
        "ringleader of a string of foiled coup attempts."
    )
    assert triple("COERCE", ["MRT"], ["MRT"]) in predicted(text, "2004-08-28")
