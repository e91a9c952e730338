"""What a letter or message is sent to do it does: "sent a message to Sihamoni to
congratulate him" congratulated him (0.42.0), as a word said at a meeting held is said.
A letter still to be sent does nothing yet."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_message_sent_to_congratulate_its_addressee_congratulates_him() -> None:
    text = (
        "Chinese President Hu Jintao sent a message to Cambodian King Norodom Sihamoni on"
        " Thursday to congratulate him on his election."
    )
    assert triple("SUPPORT", ["CHN"], ["KHM"]) in predicted(text, "2004-10-15")


def test_a_letter_sent_to_protest_protests() -> None:
    text = "Japan sent a letter to China on Monday to protest the Chinese incursion."
    assert triple("ACCUSE", ["JPN"], ["CHN"]) in predicted(text, "2004-11-15")


def test_a_letter_to_be_sent_to_protest_is_not_coded() -> None:
    text = "Japan will send a letter to China to protest the Chinese incursion."
    assert not [t for t in predicted(text, "2004-11-15") if t[0] == "ACCUSE"]
