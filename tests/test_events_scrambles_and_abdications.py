"""Warplanes scrambled are forces mobilized; an abdication is a resignation (0.42.0).
People scrambling to act are no forces."""

from __future__ import annotations

from real_coder import predicted, triple


def test_scrambled_warplanes_mobilize() -> None:
    text = "Israeli warplanes scrambled as soon as news broke of the Taba bombings."
    assert triple("MOBILIZE", ["ISR"], []) in predicted(text, "2004-10-08")


def test_officials_scrambling_mobilize_nothing() -> None:
    text = "Israeli officials scrambled to contain the damage on Monday."
    assert not [t for t in predicted(text, "2004-10-08") if t[0] == "MOBILIZE"]


def test_an_announced_abdication_is_a_resignation() -> None:
    text = "Cambodian King Norodom Sihanouk has announced his abdication."
    assert triple("RETREAT", ["KHM"], []) in predicted(text, "2004-10-08")
