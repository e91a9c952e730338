"""Talking with the press is no meeting of parties ("discussed the drill with Reuters",
"spoke with CNN"); pulling out of a meeting or summit refuses to meet (REJECT meet), not
a withdrawal of forces; deeds judged together name all their doers ("condemned the
Israeli raid and the Syrian shelling"). All 0.43.0."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_talk_with_a_news_agency_is_no_meeting() -> None:
    text = "U.S. and Japanese officials discussed the drill with Reuters on Monday."
    assert not [t for t in predicted(text, "2017-11-20") if t[0] == "CONSULT"]


def test_a_talk_with_a_broadcaster_is_no_meeting() -> None:
    text = "The Russian foreign minister spoke with CNN on Monday."
    assert not [t for t in predicted(text, "2017-11-20") if t[0] == "CONSULT"]


def test_a_talk_with_another_state_is_a_meeting() -> None:
    text = "The Russian foreign minister spoke with his Chinese counterpart on Monday."
    assert triple("CONSULT", ["RUS"], ["CHN"]) in predicted(text, "2017-11-20")


def test_pulling_out_of_a_summit_refuses_to_meet() -> None:
    text = "Russia pulled out of the summit with Japan on Monday."
    assert triple("REJECT", ["RUS"], ["JPN"]) in predicted(text, "2004-11-20")


def test_pulling_out_of_a_meeting_is_no_withdrawal() -> None:
    text = "Schumer and Pelosi pulled out of the White House meeting on Tuesday."
    assert not [t for t in predicted(text, "2017-11-28") if t[0] == "RETREAT"]


def test_deeds_condemned_together_name_all_their_doers() -> None:
    text = "The United Nations on Monday condemned the Israeli raid and the Syrian shelling."
    assert triple("ACCUSE", ["UNO"], ["ISR", "SYR"]) in predicted(text, "2004-11-20")
