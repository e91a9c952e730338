"""A phone call made to say something says it (0.43.0): "Putin telephoned Trump on
Sunday to congratulate him" is RUS SUPPORT USA, the caller speaking and the one called
addressed, as a letter sent to congratulate already was; "called a strike to protest" is
no call. Actor data 1.20.0: the RNC and the DNC are U.S. parties."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_call_made_to_congratulate_congratulates_the_one_called() -> None:
    text = "Putin telephoned Trump on Sunday to congratulate him on his victory."
    assert triple("SUPPORT", ["RUS"], ["USA"]) in predicted(text, "2017-11-20")


def test_calling_a_leader_to_thank_him_thanks_him() -> None:
    text = "Russian President Vladimir Putin called Trump on Sunday to thank him for the help."
    assert triple("SUPPORT", ["RUS"], ["USA"]) in predicted(text, "2017-12-18")


def test_calling_a_strike_to_protest_is_no_call() -> None:
    text = "French unions called a strike on Monday to protest the reforms."
    assert not [t for t in predicted(text, "2004-10-15") if t[0] == "ACCUSE"]


def test_the_party_committees_are_american() -> None:
    text = "The DNC accused the RNC of hypocrisy on Monday."
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text, "2017-11-20")
