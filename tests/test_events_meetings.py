"""Meetings and visits told in a phrase of another clause (0.12.0, CONVENTIONS A2
CONSULT): "on a visit to X" beside its visitor, and "their meeting" of a clause's
subject and object. Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_visit_phrase_beside_the_subject_is_a_visit() -> None:
    text = "Russia's President Vladimir Putin, on a two-day visit to India, signed an arms deal."
    assert triple("CONSULT", ["RUS"], ["IND"]) in predicted(text)


def test_a_trip_phrase_on_the_verb_is_a_visit() -> None:
    text = "The French foreign minister said on a trip to Beijing that trade would grow."
    assert triple("CONSULT", ["FRA"], ["CHN"]) in predicted(text)


def test_a_visit_phrase_after_another_named_person_is_not_the_subjects() -> None:
    # the phrase may tell the visit of the one named just before it
    text = (
        "Germany's foreign minister stood next to U.S. Secretary of State John Kerry, on a "
        "visit to Berlin, at a news conference."
    )
    assert not any(t[0] == "CONSULT" and "DEU" in t[1] for t in predicted(text))


def test_insisting_on_talks_is_no_meeting() -> None:
    assert not any(t[0] == "CONSULT" for t in predicted("Russia insisted on talks with Ukraine."))


def test_their_meeting_joins_the_subject_and_the_object() -> None:
    text = "Bush told Blair at their meeting in Washington that British troops would stay."
    assert triple("CONSULT", ["USA", "GBR"]) in predicted(text)


def test_their_talks_during_a_request_are_held_by_both() -> None:
    text = "Obama asked Medvedev during their talks in Prague to cut more warheads."
    found = predicted(text)
    assert triple("CONSULT", ["USA", "RUS"]) in found
    assert triple("REQUEST", ["USA"], ["RUS"]) in found


def test_their_meeting_still_ahead_is_not_coded() -> None:
    text = "Bush will tell Blair at their meeting next week that British troops will stay."
    assert not any(t[0] == "CONSULT" for t in predicted(text))


def test_talks_with_a_visiting_leader_meet_the_visitor() -> None:
    # the parser reads "visiting" as a gerund with the guest as its object
    text = (
        "Japanese Prime Minister Shinzo Abe held talks with visiting Indian Prime Minister "
        "Narendra Modi."
    )
    assert triple("CONSULT", ["JPN"], ["IND"]) in predicted(text)
