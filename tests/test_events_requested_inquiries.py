"""A call for an inquiry by a named body asks that body to investigate: "called for a
congressional investigation" asks Congress, "a U.N. investigation" the United Nations
(0.42.0). An inquiry named by no body asks no one."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_call_for_a_congressional_investigation_asks_congress() -> None:
    text = (
        "WASHINGTON (Reuters) - More than 50 female Democratic lawmakers in the U.S. House of"
        " Representatives called on Monday for a congressional investigation into"
        " allegations of sexual misconduct against President Donald Trump."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text, "2017-12-12")


def test_a_call_for_a_un_investigation_asks_the_un() -> None:
    text = "Pakistan called on Friday for a U.N. investigation into the killings in Kashmir."
    assert triple("REQUEST", ["PAK"], ["UNO"]) in predicted(text, "2004-11-12")


def test_a_call_for_an_unowned_investigation_names_no_one_asked() -> None:
    text = "Pakistan called on Friday for an investigation into the killings in Kashmir."
    assert not [t for t in predicted(text, "2004-11-12") if t[0] == "REQUEST" and t[2]]
