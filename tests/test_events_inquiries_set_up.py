"""An inquiry a body was set up or people were sent out for is under way (0.43.0): "formed
a panel to investigate" investigates, as "launched an investigation" does. What is looked
into names the recipient, or else the place where it happened ("investigated the riots in
Gujarat" is India's own)."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_commission_appointed_to_probe_riots_investigates_where_they_were() -> None:
    text = "The Indian government appointed a commission on Monday to probe the riots in Gujarat."
    assert triple("ACCUSE", ["IND"], ["IND"]) in predicted(text, "2004-10-15")


def test_a_panel_formed_to_investigate_a_state_investigates_it() -> None:
    text = "The United Nations formed a panel on Thursday to investigate Sudan."
    assert triple("ACCUSE", ["UNO"], ["SDN"]) in predicted(text, "2004-10-15")


def test_investigators_sent_to_investigate_investigate() -> None:
    text = "Russia sent investigators to Georgia on Monday to investigate the Georgian police."
    assert triple("ACCUSE", ["RUS"], ["GEO"]) in predicted(text, "2004-10-15")


def test_an_investigation_into_events_in_a_place_names_its_state() -> None:
    text = "The FBI on Tuesday began investigating a shooting in Paris."
    assert ("ACCUSE", frozenset({"USA"}), frozenset({"FRA"})) in predicted(text, "2004-10-15")


def test_a_panel_still_to_be_set_up_investigates_nothing_yet() -> None:
    text = "The Indian government may appoint a commission to probe the riots in Gujarat."
    assert not [t for t in predicted(text, "2004-10-15") if t[0] == "ACCUSE"]


def test_troops_sent_to_probe_an_attack_are_no_inquiry() -> None:
    text = "The Pakistani army sent troops to the border on Monday to probe the attack."
    assert not [t for t in predicted(text, "2004-10-15") if t[0] == "ACCUSE"]
