"""Soldiers or police killed or wounded with no named attacker are attacked unless an
accident or a disaster is named (0.43.0): "Two American soldiers were killed on
Thursday" is an ASSAULT on USA. Harmed just after an attack was told, they are more
victims of that attack: one event (CONVENTIONS A1)."""

from __future__ import annotations

from real_coder import predicted, triple


def test_soldiers_killed_with_no_means_named_were_attacked() -> None:
    text = "Two American soldiers were killed on Thursday, the U.S. military said."
    assert triple("ASSAULT", [], ["USA"]) in predicted(text, "2004-10-15")


def test_policemen_wounded_were_attacked() -> None:
    text = "Five Iraqi policemen were wounded on Monday, officials said."
    assert triple("ASSAULT", [], ["IRQ"]) in predicted(text, "2004-10-15")


def test_soldiers_killed_in_an_accident_were_not_attacked() -> None:
    text = "Three Pakistani soldiers were killed in a road accident on Sunday."
    assert not [t for t in predicted(text, "2004-10-15") if t[0] == "ASSAULT"]


def test_soldiers_killed_when_their_helicopter_crashed_were_not_attacked() -> None:
    text = "Two American soldiers were killed when their helicopter crashed in Iraq."
    assert not [t for t in predicted(text, "2004-10-15") if t[0] == "ASSAULT"]


def test_civilians_killed_with_no_means_named_are_no_attack() -> None:
    text = "Nine British tourists have been killed in southern Jordan, officials say."
    assert not [t for t in predicted(text, "2004-10-15") if t[0] == "ASSAULT"]


def test_a_soldier_hurt_after_a_bombing_is_one_more_victim_of_it() -> None:
    text = (
        "Two car bombs shook Baghdad in quick succession Sunday, killing at least 10"
        " Iraqis, police said. One American soldier was hurt."
    )
    assert predicted(text, "2004-10-15") == {triple("ASSAULT", [], ["IRQ", "USA"])}


def test_soldiers_hurt_after_a_named_attack_join_its_victims() -> None:
    text = "Insurgents killed ten Iraqis in Baghdad on Sunday. Two American soldiers were wounded."
    assert predicted(text, "2004-10-15") == {triple("ASSAULT", ["IRQ"], ["IRQ", "USA"])}


def test_policemen_killed_in_a_fire_were_not_attacked() -> None:
    text = "Three Egyptian policemen were killed in a fire on Tuesday."
    assert not [t for t in predicted(text, "2004-10-15") if t[0] == "ASSAULT"]


def test_soldiers_hurt_after_an_attack_too_unsure_to_keep_are_their_own_event() -> None:
    # the offensive of the first sentence names no one it hit, so it is not kept
    text = (
        "US and Iraqi forces pushed on with their second major offensive in a week on"
        " Wednesday. Two American soldiers were wounded."
    )
    assert triple("ASSAULT", [], ["USA"]) in predicted(text, "2004-10-15")
