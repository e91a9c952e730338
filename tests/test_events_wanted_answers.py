"""Wanting answers, assurances or permission from someone asks for them: REQUEST
(0.42.0). Wanting to do something oneself asks no one."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_senator_wanting_answers_from_officials_requests_them() -> None:
    text = (
        "WASHINGTON (Reuters) - A Democratic Senator said on Tuesday he wants answers from"
        " top Justice Department officials about why a career prosecutor was asked to resign."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text, "2017-11-01")


def test_wanting_clarification_of_a_stance_asks_its_holder() -> None:
    text = (
        "EU trade chief Peter Mandelson wants clarification of the US stance in threatened"
        " WTO action over aid to Airbus, his spokeswoman said Friday."
    )
    assert triple("REQUEST", ["EUR"], ["USA"]) in predicted(text, "2004-12-10")


def test_wanting_to_act_oneself_is_no_request() -> None:
    text = (
        "WASHINGTON (Reuters) - U.S. Senator Ted Cruz wants to place a cap of 10 cents each"
        " on renewable fuel credits."
    )
    assert not [t for t in predicted(text, "2017-11-01") if t[0] == "REQUEST"]
