"""One who attends a body's summit meets the body: "after attending the Asia-Pacific
Economic Cooperation (APEC) summit" is CONSULT USA -> IGO (0.41.0). Leaving for a summit
still to come is no meeting (CONVENTIONS A4). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_attending_a_bodys_summit_meets_the_body() -> None:
    text = (
        "Trump made the comment after attending the Asia-Pacific Economic Cooperation (APEC)"
        " summit in Vietnam."
    )
    assert triple("CONSULT", ["USA"], ["IGO"]) in predicted(text, "2017-11-14")


def test_a_summit_of_ones_own_body_names_no_other_side() -> None:
    text = "NATO leaders held a NATO summit in Istanbul on Monday."
    assert triple("CONSULT", ["NATO"], []) in predicted(text, "2004-06-28")


def test_leaving_for_a_summit_is_no_meeting() -> None:
    text = (
        "As U.S. President Donald Trump left Beijing on Friday for the Asia-Pacific Economic"
        " Cooperation summit in Vietnam, first lady Melania stayed behind."
    )
    assert not [t for t in predicted(text, "2017-11-10") if t[0] == "CONSULT"]
