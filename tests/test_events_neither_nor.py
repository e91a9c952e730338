"""A deed done to "neither X nor Y", or by "neither X nor Y", is negated (CONVENTIONS A1:
negated events are not coded); "both X and Y" is not (0.39.0). Built on the real parser
and resolver."""

from __future__ import annotations

from real_coder import predicted


def test_a_vote_for_neither_candidate_is_no_support() -> None:
    text = (
        "Former President George W. Bush voted for neither Donald Trump nor Hillary "
        "Clinton, an aide said."
    )
    found = predicted(text, "2017-11-04")
    assert not [t for t in found if t[0] == "SUPPORT"], found


def test_an_attack_by_neither_side_is_not_coded() -> None:
    found = predicted("Neither Russia nor China attacked Georgia on Monday.", "2008-08-11")
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_a_meeting_with_both_sides_is_coded() -> None:
    text = (
        "The Egyptian foreign minister met both the Israeli and the Palestinian envoys on Monday."
    )
    found = predicted(text, "2004-11-08")
    assert [t for t in found if t[0] == "CONSULT" and "EGY" in t[1]], found
