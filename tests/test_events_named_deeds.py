"""Deeds the speaker names ("condemned what it called Saudi aggression"), crowds that
march through a city, guests told things and envoys to a body (0.33.0). Built on the real
parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_the_deed_a_speaker_names_points_at_its_doer() -> None:
    found = predicted("Iran condemned what it called Saudi aggression in Yemen.")
    assert triple("ACCUSE", ["IRN"], ["SAU"]) in found
    found = predicted("Iran on Monday denounced what it described as Israeli aggression.")
    assert triple("ACCUSE", ["IRN"], ["ISR"]) in found
    found = predicted("China praised what it called Pakistan's restraint.")
    assert triple("SUPPORT", ["CHN"], ["PAK"]) in found


def test_what_the_speaker_says_a_deed_was_points_at_its_doer() -> None:
    text = (
        "U.S. National Security Adviser H.R. McMaster condemned what he said was Russian "
        "involvement in a new generation of warfare."
    )
    assert triple("ACCUSE", ["USA"], ["RUS"]) in predicted(text, date="2017-12-12")


def test_a_crowd_marching_through_a_city_is_of_its_state() -> None:
    text = (
        "Thousands of protesters marched through downtown Santiago on Friday against "
        "President Bush."
    )
    assert triple("PROTEST", ["CHL"], ["USA"]) in predicted(text, date="2004-11-19")


def test_telling_a_visiting_guest_asks_no_visit() -> None:
    text = (
        "Taiwan is the most important issue in Sino-U.S. ties, Chinese President Xi Jinping "
        "told visiting U.S. President Donald Trump on Thursday."
    )
    assert not [t for t in predicted(text, date="2017-11-09") if t[0] == "REQUEST"]
    found = predicted(
        "Chinese President Xi Jinping urged Trump to visit Beijing.", date="2017-11-09"
    )
    assert triple("REQUEST", ["CHN"], ["USA"]) in found


def test_envoys_to_a_body_act_for_their_states() -> None:
    text = "Flynn also phoned the U.N. missions of Uruguay and Malaysia on Friday."
    assert triple("CONSULT", ["USA"], ["URY", "MYS"]) in predicted(text, date="2017-12-01")
    found = predicted("The UN envoy to Iraq met Iraqi leaders on Friday.")
    assert triple("CONSULT", ["UNO"], ["IRQ"]) in found
