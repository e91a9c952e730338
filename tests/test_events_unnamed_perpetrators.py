"""Perpetrators the text does not name stay out (CONVENTIONS A3, A4): captors named only
by their captive ("the kidnappers of an American-French journalist in Iraq") do not take
the state the captive is held in, and "unidentified" or "unknown" militants are no
country's rebels; militants with no such word still fight for the country they fight in
(0.40.0). Both helper codings of the read sets code them so. Built on the real parser
and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_captors_named_by_their_captive_have_no_state() -> None:
    text = (
        "The kidnappers of an American-French journalist in Iraq have threatened to execute "
        "him within 48 hours unless US forces withdraw from the holy city of Najaf."
    )
    found = predicted(text, "2004-08-27")
    assert triple("THREATEN", [], ["FRA", "USA"]) in found
    assert not [t for t in found if t[1]], found


def test_unidentified_militants_are_no_countrys_rebels() -> None:
    text = "Unidentified militants attacked a police station in Baghdad on Monday."
    found = predicted(text, "2004-10-11")
    assert triple("ASSAULT", [], ["IRQ"]) in found
    assert not [t for t in found if t[1]], found


def test_militants_fight_for_the_country_they_fight_in() -> None:
    text = "Militants attacked a police station in Baghdad on Monday."
    assert triple("ASSAULT", ["IRQ"], ["IRQ"]) in predicted(text, "2004-10-11")
