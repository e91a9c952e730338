"""People held hostage as an abduction under way ("Iraqi militants are holding two French
journalists hostage", "two Italian aid workers held hostage", "being held by Iraqi
kidnappers"), with the holders' state from their own words, from the clause the captives
are named in, or from the country they hold them in, but not where a participle only
says who the captors are; the people named among the wounded of a harm
joined to a killing ("killing four Iraqis and wounding 15 people, including three U.S.
soldiers"); and the dead of a blast told by "when", one attack with the blast
(0.38.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_captors_told_as_holding_hostages_abduct_them() -> None:
    text = "Iraqi militants are holding two French journalists hostage, Paris said on Monday."
    assert triple("ASSAULT", ["IRQ"], ["FRA"]) in predicted(text, "2004-08-30")


def test_captors_of_no_state_take_the_country_they_hold_them_in() -> None:
    text = "Islamic radicals are holding two French journalists hostage in Iraq, Paris said."
    assert triple("ASSAULT", ["IRQ"], ["FRA"]) in predicted(text, "2004-08-30")


def test_people_held_hostage_are_the_victims_of_an_abduction_with_no_named_doer() -> None:
    # a bare participle the parser reads as the aid workers holding: they are held
    text = (
        "Two Italian aid workers held hostage with their Iraqi driver in Baghdad are "
        "alive, Rome said on Monday."
    )
    assert triple("ASSAULT", [], ["ITA", "IRQ"]) in predicted(text, "2004-09-20")


def test_who_the_captors_are_is_no_event_of_its_own() -> None:
    # a participle that says who the captors are, and a group's own claim to hold them,
    # tell who acts: the coders of our sets leave them out
    for text in (
        "Gunmen holding three U.N. election workers hostage in Afghanistan extended their "
        "deadline on Sunday.",
        "An Iraqi group which said it was holding two Japanese hostages set a ransom on Tuesday.",
    ):
        found = predicted(text, "2004-11-07")
        assert not [t for t in found if t[0] == "ASSAULT"], text


def test_captives_they_are_holding_are_held_by_those_asked_to_free_them() -> None:
    text = "Italy urged Iraqi militants to free two Italian engineers they were holding hostage."
    found = predicted(text, "2004-09-12")
    assert triple("ASSAULT", ["IRQ"], ["ITA"]) in found
    assert triple("REQUEST", ["ITA"], ["IRQ"]) in found


def test_people_held_by_kidnappers_are_abducted() -> None:
    text = "Officials said the two Italian women were being held by Iraqi kidnappers."
    assert triple("ASSAULT", ["IRQ"], ["ITA"]) in predicted(text, "2004-09-15")


def test_holdings_denied_ended_or_still_to_come_are_not_coded() -> None:
    for text in (
        "Police said the two Americans were not held hostage.",
        "The guerrillas released the two Italians they had held hostage since May.",
        "Militants said they will hold the Turkish drivers hostage until the firm leaves Iraq.",
    ):
        found = predicted(text, "2004-09-15")
        assert not [t for t in found if t[0] == "ASSAULT"], text


def test_holding_talks_suspects_or_captives_of_no_state_is_no_hostage_taking() -> None:
    for text in (
        "Police in Kabul held two Pakistani suspects on Monday.",
        "The French government held talks with Iraqi officials on Monday.",
        "Militants holding two men hostage in Iraq issued a new video.",
    ):
        found = predicted(text, "2004-09-15")
        assert not [t for t in found if t[0] == "ASSAULT"], text


def test_people_named_among_the_wounded_of_a_joined_harm_are_victims() -> None:
    text = (
        "A suicide bomber struck a market in Mosul on Monday, killing four Iraqis and "
        "wounding 15 people, including three U.S. soldiers."
    )
    assert triple("ASSAULT", [], ["IRQ", "USA"]) in predicted(text, "2004-12-06")


def test_the_named_among_the_dead_of_a_blast_told_by_when_are_one_attack() -> None:
    # the blast's place names the others' state; the killing and the blast are one attack
    text = (
        "At least nine people, including three Britons, were killed when a car bomb "
        "exploded in central Baghdad on Monday."
    )
    attacks = [t for t in predicted(text, "2004-10-11") if t[0] == "ASSAULT"]
    assert attacks == [triple("ASSAULT", [], ["GBR", "IRQ"])]
