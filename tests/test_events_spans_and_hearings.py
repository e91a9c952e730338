"""A participle is told over its main clause's time (0.43.0): "has worked alongside Yellen
for the past five years, backing her direction" is a stand held for years, not news; a
deed the main clause dates to today still is. A hearing held names what it hears: "the
hearing was held in the Supreme Court" inquires into no one."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_participle_under_a_span_of_years_is_background() -> None:
    text = "Powell has worked alongside Yellen for the past five years, backing her direction."
    assert not [t for t in predicted(text, "2017-11-02") if t[0] == "SUPPORT"]


def test_a_participle_of_todays_deed_is_news() -> None:
    text = "Israeli troops raided the Jabalya camp on Monday, killing five Palestinians."
    assert triple("ASSAULT", ["ISR"], ["PSE"]) in predicted(text, "2004-10-12")


def test_a_hearing_held_on_no_matter_inquires_into_no_one() -> None:
    text = "The hour-long hearing was held in the New York State Supreme Court in Manhattan."
    assert not [t for t in predicted(text, "2017-12-05") if t[0] == "ACCUSE"]


def test_a_hearing_held_on_a_misdeed_inquires_into_its_doer() -> None:
    text = "The Senate Judiciary Committee held a hearing on Russian meddling on Tuesday."
    assert triple("ACCUSE", ["USA"], ["RUS"]) in predicted(text, "2017-12-05")
