"""Attacks with no named attacker, read with the real pipeline (CONVENTIONS A4): the
victims' state is the recipient when the text names the means of an attack, and
accidents are no events."""

from __future__ import annotations

from real_coder import events, predicted, triple


def test_an_explosion_named_after_a_misparsed_conjunct_marks_an_attack() -> None:
    found = predicted(
        "At least five people were killed and several injured in a powerful explosion at a "
        "bus station in the southern Philippines."
    )
    assert found == {triple("ASSAULT", (), {"PHL"})}
    found = predicted(
        "At least five people were killed and several injured in a gas explosion at a bus "
        "station in the southern Philippines."
    )
    assert found == set()


def test_a_fire_set_in_an_arson_attack_is_an_attack_and_a_fire_alone_is_not() -> None:
    found = predicted(
        "A synagogue in central Paris was destroyed by fire overnight in an arson attack, "
        "police said."
    )
    assert found == {triple("ASSAULT", (), {"FRA"})}
    found = predicted("A synagogue in central Paris was destroyed by fire overnight, police said.")
    assert found == set()


def test_an_event_noun_opening_the_sentence_is_read_as_a_noun() -> None:
    # the tagger takes "Gunfire" for a name at the start of a sentence
    found = predicted("Gunfire erupted in a slum in Port-au-Prince on Sunday.")
    assert found == {triple("ASSAULT", (), {"HTI"})}
    assert predicted("Gunfire Records opened an office in Port-au-Prince on Sunday.") == set()


def test_a_place_given_by_its_bearing_from_a_town_is_in_that_towns_state() -> None:
    found = predicted("US airstrikes killed 12 people in a village south of Falluja on Friday.")
    assert found == {triple("ASSAULT", {"USA"}, {"IRQ"})}


def test_a_side_with_no_country_fights_where_the_battle_is() -> None:
    # the place phrase hangs on the other side, "US troops", but holds for both
    found = predicted(
        "At least 45 people died in battles between US troops and militants in Baghdad on Sunday."
    )
    assert found == {triple("ASSAULT", {"USA", "IRQ"}, ())}


def test_a_bomb_that_rips_through_a_patrol_hits_the_patrols_state() -> None:
    found = predicted("A bomb ripped through a US patrol in southern Afghanistan yesterday.")
    assert found == {triple("ASSAULT", (), {"USA"})}
    found = predicted(
        "Three US marines died when a roadside bomb ripped through their convoy in western Iraq."
    )
    assert triple("ASSAULT", (), {"USA"}) in found
    found = predicted("A bomb ripped through a crowded market in Baghdad on Monday.")
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_foreign_forces_strike_in_the_state_the_story_is_filed_from() -> None:
    found = predicted("KABUL (Reuters) - U.S. troops shot dead two civilians on Saturday.")
    assert found == {triple("ASSAULT", {"USA"}, {"AFG"})}
    # a dateline at home says nothing of where the forces struck
    found = predicted("WASHINGTON (Reuters) - U.S. troops shot dead two civilians on Saturday.")
    assert triple("ASSAULT", {"USA"}, {"USA"}) not in found


def test_people_hurt_in_an_explosion_are_attacked_but_hurt_economies_are_not() -> None:
    found = predicted("At least 20 people were hurt in an explosion at a market in Kathmandu.")
    assert found == {triple("ASSAULT", (), {"NPL"})}
    assert predicted("US sanctions have hurt Iran badly.") == set()
    assert predicted("Five people were hurt in a bus accident in Jordan.") == set()


def test_a_building_is_never_the_attacker() -> None:
    # the relative clause hangs on the office, not on the bombing: no draft, at any
    # confidence, makes the UN the attacker
    drafts = events(
        "The bombing of a UN office in Kabul that wounded four guards prompted calls for "
        "staff to leave."
    )
    assert not [e for e in drafts if e.event == "ASSAULT" and "UNO" in e.actor_codes]
    # a building's owner is still hit when the building is the target
    found = predicted("Insurgents bombed a UN office in Kabul on Monday.")
    assert any(t[0] == "ASSAULT" and "UNO" in t[2] for t in found)


def test_forces_striking_armed_groups_at_home_strike_their_own_state() -> None:
    # CONVENTIONS A3: rebels take the state they fight in; a neighbour named only as the
    # border the fighting lies near does not move it
    found = predicted(
        "Pakistani soldiers stormed a militant training camp near the Afghan border on "
        "Tuesday, killing at least a dozen fighters."
    )
    assert triple("ASSAULT", {"PAK"}, {"PAK"}) in found
    assert triple("ASSAULT", {"NGA"}, {"NGA"}) in predicted(
        "Nigerian soldiers killed 15 Islamist insurgents on Friday."
    )
    # a border that is no neighbour's, or a story filed abroad, says nothing of the place
    assert triple("ASSAULT", {"USA"}, {"USA"}) not in predicted(
        "U.S. troops killed 20 militants near the Syrian border."
    )
    assert triple("ASSAULT", {"USA"}, {"USA"}) not in predicted(
        "KABUL (Reuters) - U.S. troops killed 20 militants on Monday."
    )


def test_a_party_attacks_with_words_and_military_positions_are_targets() -> None:
    assert predicted("House Republicans attacked Special Counsel Robert Mueller on Tuesday.") == {
        triple("ACCUSE", {"USA"}, {"USA"})
    }
    assert predicted("Lebanon's Hezbollah attacked Israeli positions.") == {
        triple("ASSAULT", {"LBN"}, {"ISR"})
    }


def test_victims_named_by_an_including_phrase_are_the_recipients() -> None:
    # the bomber's own death is no second attack on the town; the victims the text
    # names by nationality are those of the one attack
    found = predicted(
        "KABUL, Afghanistan -- A Taliban suicide bomber killed himself and wounded six "
        "others, including two members of a NATO-led force, in a blast in central Kabul."
    )
    assert found == {triple("ASSAULT", {"AFG"}, {"NATO"})}


def test_a_state_tagged_as_a_nominal_modifier_of_strikes_is_the_attacker() -> None:
    # the tagger hangs "US" on "strikes" as nmod when an adjective follows it
    assert predicted("US surgical strikes go on in Ramadi and Samarra.") == {
        triple("ASSAULT", {"USA"}, {"IRQ"})
    }


def test_strikes_of_workers_and_courts_and_rallies_of_markets_are_no_attacks() -> None:
    found = predicted(
        "Bus and train services stopped across the Netherlands as workers struck against "
        "planned pension cuts."
    )
    assert found == {triple("PROTEST", {"NLD"}, {"NLD"})}
    assert predicted("US stocks rallied on Thursday after the election.") == set()
    text = (
        "A judge at the High Court in London struck out most of a defamation claim against "
        "the broadcaster."
    )
    assert not any(e.event == "ASSAULT" for e in events(text))


def test_words_fired_or_attacks_between_politicians_are_criticism() -> None:
    text = "US senators fired questions at the company's top lawyer for three hours."
    assert [(e.event, e.mode) for e in events(text)] == [("ACCUSE", "disapprove")]
    assert predicted("Bush attacked Kerry on Iraq in Ohio.") == {triple("ACCUSE", {"USA"}, {"USA"})}


def test_victims_listed_after_a_comma_are_all_recipients() -> None:
    # the parser hangs "two Iraqis" on "Americans" as an apposition and "a Briton" on it
    text = "Three Americans, two Iraqis and a Briton were wounded in the blast."
    assert triple("ASSAULT", [], ["USA", "IRQ", "GBR"]) in predicted(text)


def test_an_apposition_without_a_list_names_no_other_side() -> None:
    text = "Kim Jong-un, the leader of North Korea, met Xi Jinping in Beijing."
    assert triple("CONSULT", ["PRK"], ["CHN"]) in predicted(text)


def test_a_shelled_city_is_the_target_beside_the_killing() -> None:
    text = "Russian troops shelled Kharkiv, killing five civilians."
    assert triple("ASSAULT", ["RUS"], ["UKR"]) in predicted(text)


def test_forces_trading_fire_fight_each_other() -> None:
    text = "Armenian and Azerbaijani forces traded fire overnight along the front line."
    assert triple("ASSAULT", ["ARM", "AZE"]) in predicted(text)


def test_setting_fire_to_a_consulate_attacks_its_state() -> None:
    # CONVENTIONS A2: destruction is an ASSAULT mode
    text = "Militants set fire to the U.S. consulate in Benghazi."
    assert triple("ASSAULT", [], ["USA"]) in predicted(text)
