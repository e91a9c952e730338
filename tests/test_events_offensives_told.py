"""The harm a relative clause tells of an offensive is that offensive's attack (0.43.0):
"Israel ended an offensive that killed more than 100 Palestinians" is ISR RETREAT PSE and
ISR ASSAULT PSE, the offensive being the one Israel ran. An attack someone else condemns
is not theirs."""

from __future__ import annotations

from real_coder import predicted, triple


def test_the_harm_of_an_offensive_a_state_ended_is_its_attack() -> None:
    text = "Israel on Friday ended an offensive that killed more than 100 Palestinians."
    found = predicted(text, "2004-10-15")
    assert triple("ASSAULT", ["ISR"], ["PSE"]) in found
    assert triple("RETREAT", ["ISR"], ["PSE"]) in found


def test_the_harm_of_an_attack_a_state_condemns_is_not_its_own() -> None:
    text = "Israel on Friday condemned an attack that killed five Israelis."
    assert triple("ASSAULT", ["ISR"], ["ISR"]) not in predicted(text, "2004-10-15")
