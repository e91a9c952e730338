"""Common verbs of the PLOVER types the lexicon lacked (0.42.0): nationalizing a foreign
firm's property is a seizure, capitulating a concession, annexing land an assault, a
court beginning a trial an accusation."""

from __future__ import annotations

from real_coder import predicted, triple


def test_nationalizing_a_foreign_firms_fields_seizes_them() -> None:
    text = "Venezuela nationalized the oil fields of U.S. firm ExxonMobil on Monday."
    assert triple("COERCE", ["VEN"], ["USA"]) in predicted(text, "2007-06-26")


def test_capitulating_to_a_states_demands_concedes_to_it() -> None:
    text = "Syria capitulated to U.S. demands on Monday."
    assert triple("CONCEDE", ["SYR"], ["USA"]) in predicted(text, "2004-12-10")


def test_annexing_a_region_of_another_state_is_an_assault() -> None:
    text = "Russia annexed Ukraine's Crimea region on Tuesday."
    assert triple("ASSAULT", ["RUS"], ["UKR"]) in predicted(text, "2014-03-18")


def test_a_court_beginning_a_trial_accuses_the_tried() -> None:
    text = "An Afghan court began the trial of three Americans accused of torture on Tuesday."
    assert triple("ACCUSE", ["AFG"], ["USA"]) in predicted(text, "2004-11-10")


def test_a_trial_planned_for_next_year_is_not_coded() -> None:
    text = "The trial of Saddam Hussein will begin next year."
    assert not [t for t in predicted(text, "2004-11-10") if t[0] == "ACCUSE"]
