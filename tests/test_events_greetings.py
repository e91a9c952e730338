"""Greeting someone and shaking hands are meetings (CONSULT) when both sides are named;
greeting news or a decision is none (0.41.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_leader_greeting_another_meets_him() -> None:
    text = (
        "U.S. President Donald Trump greeted Japanese Emperor Akihito and Empress Michiko on"
        " Monday with a genteel handshake."
    )
    assert triple("CONSULT", ["USA"], ["JPN"]) in predicted(text, "2017-11-06")


def test_shaking_hands_is_a_meeting() -> None:
    text = (
        "Chinese President Hu Jintao shook hands with Japanese Prime Minister Junichiro"
        " Koizumi on Sunday."
    )
    assert triple("CONSULT", ["CHN"], ["JPN"]) in predicted(text, "2004-11-21")


def test_greeting_news_is_no_meeting() -> None:
    text = "Palestinians in Gaza greeted the news of the Israeli pullout with celebrations."
    assert not [t for t in predicted(text, "2004-11-21") if t[0] == "CONSULT"]
