"""Words to states at large ("urged wealthy nations", "called on all countries", "accused
the West") name no one side: the recipient stays empty and the record is kept (0.43.0),
as one to "the international community" is (CONVENTIONS A3: an unnamed recipient is left
out)."""

from __future__ import annotations

from real_coder import predicted, triple


def test_an_appeal_to_wealthy_nations_is_a_request_to_no_one_side() -> None:
    text = "Kenya's Wangari Maathai on Monday urged wealthy nations to ratify the Kyoto protocol."
    assert triple("REQUEST", ["KEN"], []) in predicted(text, "2004-10-15")


def test_a_call_on_all_countries_is_a_request_to_no_one_side() -> None:
    text = "South Africa on Tuesday called on all countries to enforce the arms embargo."
    assert triple("REQUEST", ["ZAF"], []) in predicted(text, "2004-10-15")


def test_named_countries_are_the_ones_asked() -> None:
    text = "China urged European countries such as France and Germany to lift the embargo."
    found = predicted(text, "2004-10-15")
    assert triple("REQUEST", ["CHN"], []) not in found


def test_an_accusation_of_the_west_names_no_one_side() -> None:
    text = "Iran accused the West of hypocrisy on Monday."
    assert triple("ACCUSE", ["IRN"], []) in predicted(text, "2004-10-15")


def test_praise_of_the_international_community_names_no_one_side() -> None:
    text = "The Iranian president praised the international community for its help on Monday."
    assert triple("SUPPORT", ["IRN"], []) in predicted(text, "2004-10-15")
