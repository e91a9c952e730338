"""An arrest told as news with no doer, like an attack, is coded on the state of the one
held, with an empty actor (CONVENTIONS A3): "the arrest of a commander of the Iraqi
National Guard raises concerns" (0.41.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_an_arrest_told_as_news_is_coded_on_the_one_held() -> None:
    text = (
        "The arrest of a commander of the Iraqi National Guard raises concerns about the"
        " loyalty and reliability of the new security forces."
    )
    assert triple("COERCE", [], ["IRQ"]) in predicted(text, "2004-09-01")


def test_an_arrest_only_asked_for_is_not_coded() -> None:
    text = "Rights groups called for the arrest of two Iraqi officers."
    assert not [t for t in predicted(text, "2004-09-01") if t[0] == "COERCE"]


def test_the_place_of_a_detention_is_not_the_one_held() -> None:
    # Japan holds him; it is no recipient of its own detention
    text = (
        "Bobby Fischer has been offered a new home in Iceland, but it is unclear whether he"
        " will be able to make the move from his detention in Japan."
    )
    assert triple("COERCE", [], ["JPN"]) not in predicted(text, "2004-12-16")
