"""A visit or meeting that ended was held: "ended a visit to China" is a visit (0.42.0).
Ending mediation or an offensive breaks it off: no meeting, no attack."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_visit_ended_was_made() -> None:
    text = "U.S. President Donald Trump on Thursday ended a visit to China."
    assert triple("CONSULT", ["USA"], ["CHN"]) in predicted(text, "2017-11-10")


def test_a_meeting_of_a_bodys_ministers_ended_was_held() -> None:
    text = "JAKARTA : ASEAN finance ministers ended a meeting on Monday."
    assert triple("CONSULT", ["ASEAN"], []) in predicted(text, "2004-11-30")


def test_mediation_ended_is_no_meeting() -> None:
    text = "Syrian officers today ended mediation efforts between rival militias in Tripoli."
    assert not [t for t in predicted(text, "1985-09-20") if t[0] == "CONSULT"]


def test_an_offensive_ended_is_no_attack() -> None:
    text = "Israel ended its offensive in northern Gaza on Friday."
    assert not [t for t in predicted(text, "2004-10-16") if t[0] == "ASSAULT"]
