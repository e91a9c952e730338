"""An object written after "on <weekday>" ("welcomed on Friday Sudan's decision") is the
verb's object, though spaCy hangs it on "on" with the day as its compound (0.42.0)."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_decision_welcomed_after_the_day_names_its_maker() -> None:
    text = (
        "The United States welcomed on Friday Sudan's decision to accept a larger African"
        " Union mission in Darfur."
    )
    assert triple("SUPPORT", ["USA"], ["SDN"]) in predicted(text, "2004-10-10")


def test_a_decision_welcomed_before_the_day_names_no_maker() -> None:
    text = "The United States welcomed the decision on Friday."
    assert not [t for t in predicted(text, "2004-10-10") if t[0] == "SUPPORT" and t[2]]
