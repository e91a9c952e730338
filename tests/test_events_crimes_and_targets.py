"""Crimes told as the reason for a sentence or an arrest, embassies abroad, what an attack
targets, datelines that point elsewhere, people "based" in a state, what one "may have
to" do, soldiers before their own courts, calls to one's followers, those "reported
killed" and the attack a suspect is known by (0.33.0). Built on the real parser and
resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_an_attack_named_as_an_example_of_the_crimes_judged_is_background() -> None:
    text = (
        "A court in Yemen has sentenced one man to death and 14 others to prison terms for a "
        "series of attacks and terrorist plots in 2002, including the bombing of a French "
        "oil tanker."
    )
    found = predicted(text)
    assert not [t for t in found if t[0] == "ASSAULT"]
    assert triple("SANCTION", ["YEM"], ["YEM"]) in found
    # an attack of the story itself, with examples, is still news
    text = (
        "Militants carried out a series of attacks on Tuesday, including the bombing of a "
        "British embassy."
    )
    assert triple("ASSAULT", [], ["GBR"]) in predicted(text)


def test_the_victims_of_the_crime_are_not_the_ones_sentenced() -> None:
    text = "A court in Yemen has sentenced one man to death for the bombing of a French oil tanker."
    assert predicted(text) == {triple("SANCTION", ["YEM"], ["YEM"])}


def test_the_state_of_an_embassy_is_not_the_police_s() -> None:
    assert not predicted("Police arrested three men over the bombing of a British embassy.")
    found = predicted("A young Nigerian mother was freed by an Islamic appeals court.")
    assert found == {triple("RETREAT", ["NGA"], ["NGA"])}


def test_what_an_attack_targets_is_its_recipient() -> None:
    text = (
        "LONDON (Reuters) - Iranian President Hassan Rouhani said on Wednesday that missile "
        "attacks by Yemen’s Houthis targeting Saudi Arabian capital Riyadh were a reaction "
        "to Saudi policy."
    )
    found = [t for t in predicted(text) if t[0] == "ASSAULT"]
    assert found == [triple("ASSAULT", ["YEM"], ["SAU"])]


def test_a_dateline_abroad_is_no_victim_when_the_sentence_names_another_state() -> None:
    text = (
        "LONDON (Reuters) - Iranian President Hassan Rouhani said on Wednesday that missile "
        "attacks by Yemen’s Houthis were a reaction to Saudi policy."
    )
    assert not [t for t in predicted(text) if t[0] == "ASSAULT" and "GBR" in t[2]]
    found = predicted("KABUL (Reuters) - U.S. troops shot dead two civilians on Tuesday.")
    assert triple("ASSAULT", ["USA"], ["AFG"]) in found


def test_people_based_in_a_state_are_of_it() -> None:
    text = (
        "A group of 37 U.S.-based scientists asked two U.S. senators in a letter on Thursday "
        "not to open the refuge to oil exploration."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text)


def test_what_one_may_have_to_do_is_no_demand() -> None:
    text = (
        "U.S. lawmakers may have to pass another stop-gap spending bill, U.S. House Speaker "
        "Paul Ryan told reporters on Tuesday."
    )
    assert not predicted(text)
    text = "Iran has to suspend enrichment, the U.S. president said on Monday."
    assert triple("REQUEST", ["USA"], ["IRN"]) in predicted(text)


def test_soldiers_are_tried_by_their_own_state() -> None:
    text = (
        "A US military intelligence soldier in Iraq has been sentenced to 8 months in prison "
        "for taking part in torturing detainees in Abu Ghraib prison."
    )
    assert triple("SANCTION", ["USA"], ["USA"]) in predicted(text)
    # a civilian abroad may be tried where he is: no state is guessed
    text = (
        "The British leader of a group of 67 alleged mercenaries accused of plotting a coup in "
        "Equatorial Guinea has been sentenced to seven years in jail."
    )
    assert triple("SANCTION", ["GBR"], ["GBR"]) not in predicted(text)


def test_a_call_for_one_s_followers_to_act_asks_one_s_own_people() -> None:
    text = (
        "BAGHDAD, Iraq - Rebel Shiite cleric Muqtada al-Sadr called for his followers across "
        "Iraq to end fighting against U.S. and Iraqi forces."
    )
    assert triple("REQUEST", ["IRQ"], ["IRQ"]) in predicted(text)


def test_those_reported_killed_are_the_victims() -> None:
    text = (
        "Five US troops were reported killed in separate clashes in a volatile western "
        "province of Iraq."
    )
    assert predicted(text) == {triple("ASSAULT", [], ["USA"])}
    text = "Two Israelis were reported wounded in the attack in Gaza."
    assert predicted(text) == {triple("ASSAULT", [], ["ISR"])}


def test_the_attack_a_suspect_is_known_by_is_background() -> None:
    text = (
        "PATERSON, N.J. (Reuters) - The New Jersey city of Paterson was the perfect place for "
        "the suspect in the New York City truck attack to go largely unnoticed."
    )
    assert not predicted(text, date="2017-11-02")
    text = (
        "The police would hunt two Malaysian fugitives believed to be responsible for "
        "Thursday's bombing at the Australian embassy."
    )
    assert triple("ASSAULT", [], ["AUS"]) in predicted(text)
