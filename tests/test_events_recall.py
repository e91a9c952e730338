"""Patterns added in 0.5.0 for recall on wire leads (CONVENTIONS A1-A4), on hand-written
sentences: parser repairs and recipients read from more places."""

from __future__ import annotations

import datetime as dt

from actor_double import coded_triples, triple

CODES = {
    "Peru": ("PER", "state"),
    "Panamanian": ("PAN", "state"),
    "Chile": ("CHL", "state"),
    "Bolivian": ("BOL", "state"),
    "Kiev": ("UKR", "state"),
    "Ukrainians": ("UKR", "state"),
    "Mecca": ("SAU", "state"),
    "Sudan": ("SDN", "state"),
    "EU": ("EUR", "igo"),
    "Israel": ("ISR", "state"),
    "Pakistan": ("PAK", "state"),
    "India": ("IND", "state"),
    "Ethiopian": ("ETH", "state"),
    "Eritrean": ("ERI", "state"),
    "Washington": ("USA", "state"),
    "Seoul": ("KOR", "state"),
    "Hussein": ("IRQ", "person"),
    "Amman": ("JOR", "state"),
    "Kuwait": ("KWT", "state"),
    "U.S.": ("USA", "state"),
    "UN": ("UNO", "igo"),
    "Rwanda": ("RWA", "state"),
    "Congress": ("USA", "state"),
    "Trump": ("USA", "person"),
    "Iraqis": ("IRQ", "state"),
    "Italian": ("ITA", "state"),
    "Baghdad": ("IRQ", "state"),
    "Israeli": ("ISR", "state"),
    "Palestinian": ("PSE", "state"),
    "British": ("GBR", "state"),
    "Mattis": ("USA", "person"),
    "Russia": ("RUS", "state"),
    "Afghan": ("AFG", "state"),
    "Japan": ("JPN", "state"),
    "China": ("CHN", "state"),
    "Taliban": ("AFG", "state"),
    "Putin": ("RUS", "person"),
    "Allawi": ("IRQ", "person"),
    "Moore": ("USA", "person"),
    "Turkish": ("TUR", "state"),
    "Afghanistan": ("AFG", "state"),
    "US": ("USA", "state"),
    "Palestinians": ("PSE", "state"),
    "Pelosi": ("USA", "person"),
    "Philippines": ("PHL", "state"),
    "AU": ("AU", "igo"),
    "Sudanese": ("SDN", "state"),
    "Democratic": ("USA", "org"),
    "Franken": ("USA", "person"),
    "UK": ("GBR", "state"),
    "Iranian": ("IRN", "state"),
    "Iran": ("IRN", "state"),
    "European": ("EUR", "igo"),
    "Lebanese": ("LBN", "state"),
    "American": ("USA", "state"),
    "Fallujah": ("IRQ", "state"),
    "Jordanian": ("JOR", "state"),
    "Congo": ("COD", "state"),
    "Thailand": ("THA", "state"),
    "Tikrit": ("IRQ", "state"),
    "May": ("GBR", "person"),
    "Conyers": ("USA", "person"),
    "Iraq": ("IRQ", "state"),
    "Russian": ("RUS", "state"),
    "Zarqawi": ("ALQ", "person"),
    "Britain": ("GBR", "state"),
    "Duterte": ("PHL", "person"),
    "Trudeau": ("CAN", "person"),
    "Khartoum": ("SDN", "state"),
    "Kirkuk": ("IRQ", "state"),
    "Hamas": ("PSE", "state"),
    "Libya": ("LBY", "state"),
    "Syria": ("SYR", "state"),
    "Bosnian": ("BIH", "state"),
    "Nigeria": ("NGA", "state"),
    "Georgia": ("GEO", "state"),
    "French": ("FRA", "state"),
    "Iraqi": ("IRQ", "state"),
    "Taiwan": ("TWN", "state"),
    "Poland": ("POL", "state"),
    "Japanese": ("JPN", "state"),
    "Mosul": ("IRQ", "state"),
    "Gaza": ("PSE", "state"),
    "Ivorian": ("CIV", "state"),
    "Pentagon": ("USA", "state"),
    "Korea": ("PRK", "state"),
    "Korean": ("PRK", "state"),
    "Egyptian": ("EGY", "state"),
    "Cairo": ("EGY", "state"),
    "Pakistani": ("PAK", "state"),
    "Nairobi": ("KEN", "state"),
    "Geneva": ("CHE", "state"),
    "Spain": ("ESP", "state"),
    "Portugal": ("PRT", "state"),
    "Australia": ("AUS", "state"),
    "Indian": ("IND", "state"),
    "Chinese": ("CHN", "state"),
    "Pence": ("USA", "person"),
    "Saudi": ("SAU", "state"),
    "Serbia": ("SRB", "state"),
    "Albania": ("ALB", "state"),
    "Moscow": ("RUS", "state"),
    "Vietnamese": ("VNM", "state"),
    "Cambodian": ("KHM", "state"),
    "Pyongyang": ("PRK", "state"),
    "German": ("DEU", "state"),
    "Turkey": ("TUR", "state"),
    "Nepal": ("NPL", "state"),
    "France": ("FRA", "state"),
}


def code(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return coded_triples(text, CODES, dt.date(2004, 10, 1))


def test_a_preposition_the_parser_left_without_object_takes_the_next_noun_phrase() -> None:
    found = code(
        "Peru has granted diplomatic asylum to five Panamanian army officers holed up in "
        "a diplomatic residence, the embassy said on Tuesday."
    )
    assert found == {triple("AID", {"PER"}, {"PAN"})}


def test_protesters_gathering_is_a_protest_where_they_gather() -> None:
    found = code("Thousands of protesters gathered in central Kiev on Monday.")
    assert {t[0] for t in found} == {"PROTEST"}
    assert all(t[1] == {"UKR"} for t in found)


def test_a_crowd_pouring_into_the_streets_to_protest_is_a_protest() -> None:
    found = code("Tens of thousands of Ukrainians poured into the streets to protest the vote.")
    assert {(t[0], t[1]) for t in found} == {("PROTEST", frozenset({"UKR"}))}


def test_pilgrims_gathering_is_no_protest() -> None:
    assert code("Tens of thousands of pilgrims gathered in Mecca on Monday.") == set()


def test_suspending_aid_is_a_sanction() -> None:
    assert code("The EU suspended aid to Sudan on Monday.") == {
        triple("SANCTION", {"EUR"}, {"SDN"})
    }


def test_stepping_up_security_is_a_mobilization_of_police() -> None:
    found = code("Israel stepped up security on Monday.")
    assert found == {triple("MOBILIZE", {"ISR"})}


def test_test_firing_a_missile_is_a_weapons_test_not_an_attack() -> None:
    assert code("Pakistan test-fired a nuclear-capable ballistic missile on Wednesday.") == {
        triple("MOBILIZE", {"PAK"})
    }
    assert code("India test fired a surface-to-air missile from a site in Orissa.") == {
        triple("MOBILIZE", {"IND"})
    }


def test_fighting_that_erupted_between_two_sides_is_one_assault_by_both() -> None:
    found = code("Fighting erupted between Ethiopian troops and Eritrean forces on Monday.")
    assert found == {triple("ASSAULT", {"ETH", "ERI"})}


def test_talks_between_two_states_that_began_are_consultations() -> None:
    assert code("Talks between India and Pakistan began in New Delhi on Tuesday.") == {
        triple("CONSULT", {"IND", "PAK"})
    }


def test_an_envoy_arriving_in_a_capital_is_a_visit() -> None:
    found = code("Washington's top nuclear negotiator arrived in Seoul on Monday.")
    assert found == {triple("CONSULT", {"USA"}, {"KOR"})}
    assert code("Hussein arrived in Amman on Wednesday.") == {triple("CONSULT", {"IRQ"}, {"JOR"})}


def test_troops_arriving_are_no_visit() -> None:
    assert not any(t[0] == "CONSULT" for t in code("U.S. troops arrived in Kuwait on Monday."))


def test_condemning_actions_by_a_state_accuses_that_state() -> None:
    found = code("The UN on Tuesday condemned reported military actions by Rwanda.")
    assert found == {triple("ACCUSE", {"UNO"}, {"RWA"})}


def test_an_inquiry_into_misconduct_by_a_person_accuses_that_person() -> None:
    found = code("The U.S. Senate committee has opened an inquiry into misconduct by Franken.")
    assert found == {triple("ACCUSE", {"USA"}, {"USA"})}


def test_accepting_an_invitation_by_someone_agrees_with_them() -> None:
    found = code("Trump has accepted an invitation by Congress to deliver an address.")
    assert found == {triple("AGREE", {"USA"}, {"USA"})}


def test_a_bomb_that_exploded_killing_people_is_an_attack_on_them() -> None:
    found = code("A car bomb exploded near a checkpoint on Monday, killing at least 11 Iraqis.")
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_taken_hostage_is_an_abduction_of_the_hostage() -> None:
    assert code("An Italian national has been taken hostage.") == {triple("ASSAULT", (), {"ITA"})}


def test_the_target_of_an_attack_is_read_inside_its_noun_phrase() -> None:
    found = code("A suicide car bomber struck an entrance to Baghdad's government compound.")
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_an_attack_told_by_two_linked_clauses_is_one_event() -> None:
    found = code("Four Israeli soldiers were killed when Palestinian militants blew up a tunnel.")
    assert found == {triple("ASSAULT", {"PSE"}, {"ISR"})}
    found = code("Three Iraqis were killed when a suicide car bomber attacked a U.S. convoy.")
    assert found == {triple("ASSAULT", (), {"IRQ", "USA"})}


def test_a_place_does_not_add_a_victim_beside_the_named_ones() -> None:
    found = code("A mortar attack killed four British guards and wounded 15 others in Baghdad.")
    assert found == {triple("ASSAULT", (), {"GBR"})}


def test_meeting_someone_codes_the_one_met_as_recipient() -> None:
    found = code("U.S. Defense Secretary Jim Mattis met Pakistan's military leaders on Monday.")
    assert found == {triple("CONSULT", {"USA"}, {"PAK"})}
    assert code("Russia and China met on Monday.") == {triple("CONSULT", {"RUS", "CHN"})}


def test_forces_capturing_people_is_an_arrest() -> None:
    found = code("Afghan forces have captured two top figures of the Taliban government.")
    assert {t[0] for t in found} == {"COERCE"}


def test_voicing_concern_over_a_policy_accuses_its_owner() -> None:
    found = code("China voiced deep concern on Saturday over Japan's overhaul of defense policy.")
    assert found == {triple("ACCUSE", {"CHN"}, {"JPN"})}


def test_a_meeting_of_the_speaker_with_someone_is_a_consultation() -> None:
    found = code("Putin said during his meeting with Allawi that the vote would be held.")
    assert found == {triple("CONSULT", {"RUS"}, {"IRQ"})}


def test_a_meeting_still_ahead_is_not_coded() -> None:
    assert code("Putin will discuss the vote ahead of his meeting with Allawi.") == set()


def test_two_people_of_one_state_speaking_is_a_domestic_consultation() -> None:
    found = code("President Donald Trump spoke to Senate candidate Roy Moore on Monday.")
    assert found == {triple("CONSULT", {"USA"}, {"USA"})}


def test_a_participle_telling_an_abduction_codes_the_victim() -> None:
    found = code("A Turkish engineer abducted by gunmen in Afghanistan was found dead on Monday.")
    assert found == {triple("ASSAULT", {"AFG"}, {"TUR"})}  # gunmen located in Afghanistan
    found = code("Officials confirmed the death of a Turkish engineer kidnapped Tuesday.")
    assert found == {triple("ASSAULT", (), {"TUR"})}


def test_a_participle_of_long_ago_is_background() -> None:
    assert code("Officials met a Turkish engineer kidnapped in 1990.") == set()


def test_people_killed_when_their_convoy_came_under_fire_were_attacked() -> None:
    found = code("Two British aid workers were killed on Sunday when their convoy came under fire.")
    assert found == {triple("ASSAULT", (), {"GBR"})}


def test_a_release_with_no_named_releaser_codes_the_one_released() -> None:
    found = code("A former US Army sergeant has been released after 25 days in detention.")
    assert found == {triple("RETREAT", (), {"USA"})}


def test_will_not_accept_a_settlement_is_a_refusal() -> None:
    found = code("The Palestinians will not accept an interim settlement with Israel.")
    assert found == {triple("REJECT", {"PSE"}, {"ISR"})}


def test_an_unplaced_person_named_in_a_one_state_sentence_is_of_that_state() -> None:
    found = code("Nancy Pelosi said on Thursday that Representative John Conyers should resign.")
    assert found == {triple("REQUEST", {"USA"}, {"USA"})}


def test_a_person_of_another_state_named_in_the_sentence_stays_unplaced() -> None:
    found = code("Nancy Pelosi said on Thursday that John Smith should leave Israel.")
    assert all(t[2] != frozenset({"USA"}) for t in found)


def test_an_object_the_parser_gave_to_the_next_clause_is_still_the_object() -> None:
    found = code(
        "A day after President Donald Trump endorsed Senate candidate Roy Moore of Alabama, "
        "his former chief strategist campaigned in the state."
    )
    assert triple("SUPPORT", {"USA"}, {"USA"}) in found


def test_sending_up_to_a_number_of_things_reads_them_as_objects() -> None:
    found = code("The US is sending up to 600 marines and relief supplies to the Philippines.")
    assert found == {triple("AID", {"USA"}, {"PHL"})}


def test_issuing_a_deadline_is_an_ultimatum() -> None:
    found = code("The AU issued a 24-hour deadline to the Sudanese government on Friday.")
    assert found == {triple("THREATEN", {"AU"}, {"SDN"})}


def test_calling_for_someone_to_step_down_asks_them() -> None:
    found = code("Several Democratic senators called for Franken to step down.")
    assert found == {triple("REQUEST", {"USA"}, {"USA"})}
    found = code("The UK is pushing hard for the US to support its debt relief plan.")
    assert found == {triple("REQUEST", {"GBR"}, {"USA"})}


def test_a_blow_its_actor_says_it_would_strike_on_a_condition_is_a_threat() -> None:
    found = code(
        "An Iranian official said that Iran would withdraw from the negotiations with the "
        "European Union if the talks turned into a dead-end."
    )
    assert found == {triple("THREATEN", {"IRN"}, {"EUR"})}


def test_a_blow_others_say_might_come_on_a_condition_is_no_event() -> None:
    assert code("The US could impose sanctions on Iran if it refuses, analysts said.") == set()


def test_a_person_of_two_nationalities_codes_both() -> None:
    found = code("Gunmen abducted a Lebanese-American contractor on Tuesday.")
    assert found == {triple("ASSAULT", (), {"LBN", "USA"})}


def test_a_threat_on_a_condition_targets_the_one_the_condition_is_put_to() -> None:
    found = code(
        "The kidnappers threatened to hand her over to another group within 48 hours if the "
        "British government refuses to pull its troops out."
    )
    assert found == {triple("THREATEN", (), {"GBR"})}


def test_troops_thrusting_into_a_city_attack_its_state() -> None:
    found = code("U.S. Army and Marine units thrust into the heart of the stronghold of Fallujah.")
    assert found == {triple("ASSAULT", {"USA"}, {"IRQ"})}


def test_people_seized_by_assailants_are_abducted() -> None:
    found = code("Four Jordanian truck drivers were seized by assailants in a separate kidnapping.")
    assert found == {triple("ASSAULT", (), {"JOR"})}


def test_a_target_is_not_read_in_a_clause_about_it() -> None:
    found = code("UN peacekeepers have fired on troops trying to enter Congo from Rwanda.")
    assert all("COD" not in t[2] for t in found)


def test_talks_held_with_someone_code_them_as_recipient() -> None:
    found = code("Russia held talks with China on Monday.")
    assert found == {triple("CONSULT", {"RUS"}, {"CHN"})}
    found = code("Russia and China held talks on Monday.")
    assert found == {triple("CONSULT", {"RUS", "CHN"})}


def test_a_passive_condition_names_no_target_of_a_threat() -> None:
    found = code(
        "A militant group is threatening to kill three UN hostages unless all Taliban "
        "prisoners are released."
    )
    assert found == {triple("THREATEN", (), {"UNO"})}


def test_a_killing_is_not_joined_to_a_background_invasion() -> None:
    found = code("Around 100,000 Iraqis have been killed since US forces invaded the country.")
    assert triple("ASSAULT", {"USA"}, {"IRQ"}) not in found


def test_a_bombing_outside_a_place_in_a_country_attacks_that_country() -> None:
    found = code("A bomb exploded on Thursday outside a bar in southern Thailand, injuring three.")
    assert found == {triple("ASSAULT", (), {"THA"})}


def test_people_killed_and_others_injured_in_an_explosion_were_attacked() -> None:
    found = code("Fifteen people were killed and eight others injured in an explosion in Tikrit.")
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_people_killed_in_a_crash_were_not_attacked() -> None:
    assert code("Five people were killed and ten injured in a bus crash in Peru.") == set()


def test_troops_arriving_or_moving_somewhere_are_a_deployment() -> None:
    found = code("An advance party of British soldiers has arrived at a new base on Monday.")
    assert {t[0] for t in found} == {"MOBILIZE"} and all(t[1] == {"GBR"} for t in found)


def test_bomb_blasts_rocking_a_region_attack_its_country() -> None:
    assert code("Bomb blasts rocked southern Thailand on Friday.") == {
        triple("ASSAULT", (), {"THA"})
    }


def test_a_group_led_by_someone_takes_the_leaders_code() -> None:
    found = code("A militia group led by Zarqawi kidnapped two Italian aid workers.")
    assert found == {triple("ASSAULT", {"ALQ"}, {"ITA"})}


def test_an_appeal_for_a_withdrawal_asks_the_ones_who_would_withdraw() -> None:
    found = code("Britain made a new appeal on Monday for the withdrawal of Italian troops.")
    assert found == {triple("REQUEST", {"GBR"}, {"ITA"})}


def test_an_agreement_reached_with_someone_codes_them_as_recipient() -> None:
    found = code("China has reached agreement with Russia on removing tariffs by 2010.")
    assert found == {triple("AGREE", {"CHN"}, {"RUS"})}
    found = code("China and Russia have reached an agreement on removing tariffs by 2010.")
    assert found == {triple("AGREE", {"CHN", "RUS"})}


def test_protesters_besieging_a_building_protest() -> None:
    found = code("Thousands of protesters besieged the parliament in Kiev on Tuesday.")
    assert {(t[0], t[1]) for t in found} == {("PROTEST", frozenset({"UKR"}))}


def test_a_passive_of_a_verb_that_needs_an_object_is_coded() -> None:
    found = code("Three Russian police officers have been charged with criminal negligence.")
    assert found == {triple("ACCUSE", (), {"RUS"})}


def test_forces_mobilized_for_a_war_against_a_state_target_it() -> None:
    found = code("Britain mobilized army reservists for a possible war against Iraq on Tuesday.")
    assert found == {triple("MOBILIZE", {"GBR"}, {"IRQ"})}


def test_firing_back_at_someone_is_criticism_of_them() -> None:
    found = code(
        "President Donald Trump fired back at Prime Minister Theresa May over her remarks."
    )
    assert found == {triple("ACCUSE", {"USA"}, {"GBR"})}


def test_two_leaders_speaking_on_the_phone_consult_each_other() -> None:
    found = code("Russia and China spoke on the phone for about an hour on Tuesday.")
    assert found == {triple("CONSULT", {"RUS", "CHN"})}


def test_skipping_a_meeting_with_someone_rejects_it() -> None:
    found = code("Russia skipped a meeting with China on Tuesday.")
    assert found == {triple("REJECT", {"RUS"}, {"CHN"})}


def test_investigating_allegations_against_someone_accuses_them() -> None:
    found = code("A U.S. committee is investigating allegations of harassment against Conyers.")
    assert found == {triple("ACCUSE", {"USA"}, {"USA"})}


def test_a_blow_its_own_actor_says_it_will_strike_is_a_threat() -> None:
    found = code("Iran said it would impose sanctions on Britain.")
    assert found == {triple("THREATEN", {"IRN"}, {"GBR"})}


def test_a_decision_taken_to_strike_a_blow_keeps_its_type() -> None:
    found = code("Iran decided to impose sanctions on Britain.")
    assert found == {triple("SANCTION", {"IRN"}, {"GBR"})}


def test_a_withdrawal_announced_unless_a_condition_is_met_is_a_threat() -> None:
    found = code(
        "Britain announced that it will withdraw its troops from Iraq unless the attacks stop."
    )
    assert found == {triple("THREATEN", {"GBR"}, {"IRQ"})}
    # with no condition, a withdrawal its own side announces is a decision taken
    # (CONVENTIONS A1: "decided to withdraw troops" -> RETREAT)
    found = code("Britain announced that it will withdraw its troops from Iraq.")
    assert found == {triple("RETREAT", {"GBR"}, {"IRQ"})}
    # announced by someone else, it is only a plan of others: a commitment at most
    found = code("Bush said that Britain will withdraw its troops from Iraq.")
    assert found == {triple("AGREE", {"GBR"}, {"IRQ"})}


def test_attacking_someone_for_a_deed_is_criticism() -> None:
    found = code("President Duterte attacked Canada's Trudeau at a summit for raising questions.")
    assert found == {triple("ACCUSE", {"PHL"}, {"CAN"})}


def test_a_letter_urging_its_addressees_is_a_request_of_them() -> None:
    found = code("Iran sent a letter to every British lawmaker urging them to reject the plan.")
    assert found == {triple("REQUEST", {"IRN"}, {"GBR"})}
    found = code("Iran wrote to British lawmakers on Monday urging them to reject the plan.")
    assert found == {triple("REQUEST", {"IRN"}, {"GBR"})}


def test_a_statement_condemning_a_raid_accuses_the_raiders() -> None:
    found = code("Iran issued a statement condemning the Israeli raid.")
    assert found == {triple("ACCUSE", {"IRN"}, {"ISR"})}


def test_a_plan_drawing_fire_from_someone_is_criticism_by_them() -> None:
    found = code("The Iranian plan drew fire from British lawmakers on Wednesday.")
    assert found == {triple("ACCUSE", {"GBR"}, {"IRN"})}


def test_blasting_and_insulting_are_criticism() -> None:
    assert code("Iran blasted Britain for its remarks.") == {triple("ACCUSE", {"IRN"}, {"GBR"})}
    assert code("Iran insulted Britain on Monday.") == {triple("ACCUSE", {"IRN"}, {"GBR"})}


def test_a_resolution_calling_on_a_state_is_its_authors_request() -> None:
    found = code("Sudan condemned as unfair a new UN resolution calling on Khartoum to act.")
    assert found == {triple("ACCUSE", {"SDN"}, {"UNO"}), triple("REQUEST", {"UNO"}, {"SDN"})}
    assert code("The UN will pass a resolution condemning Israel.") == set()


def test_fighting_a_gunbattle_with_someone_is_fighting_them() -> None:
    found = code("US troops fought a gunbattle with Iraqis along a busy street on Monday.")
    assert found == {triple("ASSAULT", {"USA", "IRQ"})}


def test_a_place_named_deep_inside_the_place_phrase_gives_the_country() -> None:
    found = code(
        "A suicide attacker detonated a car bomb near a crowd of people in the northern "
        "city of Kirkuk, killing at least 20 people."
    )
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_claiming_responsibility_for_an_attack_is_the_attack() -> None:
    found = code("Hamas claimed responsibility for the attack on Israeli soldiers.")
    assert found == {triple("ASSAULT", {"PSE"}, {"ISR"})}
    assert code("Hamas took responsibility for the failure of the talks with Israel.") == set()


def test_a_promise_to_free_prisoners_frees_the_states_own() -> None:
    found = code("Iraq promised on Wednesday to release two women prisoners.")
    assert found == {triple("AGREE", {"IRQ"}, {"IRQ"})}
    found = code("Iraq promised on Wednesday to release two Turkish prisoners.")
    assert found == {triple("AGREE", {"IRQ"}, {"TUR"})}


def test_talks_one_takes_part_or_is_engaged_in_are_held() -> None:
    assert code("Iraq took part in talks with Iran.") == {triple("CONSULT", {"IRQ"}, {"IRN"})}
    assert code("Iraq is engaged in talks with Iran.") == {triple("CONSULT", {"IRQ"}, {"IRN"})}


def test_flying_people_somewhere_is_no_visit() -> None:
    assert code("The Italian government is flying the migrants to Libya.") == set()
    found = code("The Italian prime minister flew to Libya on Monday.")
    assert found == {triple("CONSULT", {"ITA"}, {"LBY"})}


def test_an_attack_on_a_bus_is_an_attack_on_the_people_it_carried() -> None:
    found = code("Gunmen ambushed a bus carrying unarmed Iraqis on Monday.")
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_warning_someone_against_doing_something_urges_them_not_to() -> None:
    found = code("China warned Japan on Monday against interfering in its affairs.")
    assert found == {triple("REQUEST", {"CHN"}, {"JPN"})}
    assert code("China warned Japan against an attack.") == {triple("THREATEN", {"CHN"}, {"JPN"})}


def test_saying_someone_is_to_blame_accuses_them() -> None:
    found = code("Iran said on Sunday that inflexibility on the part of Israel was to blame.")
    assert found == {triple("ACCUSE", {"IRN"}, {"ISR"})}
    assert code("Iran said Israel was not to blame for the attack.") == set()


def test_a_participle_after_a_negated_clause_is_not_negated() -> None:
    found = code("Iran did not attack Iraq, sending troops to Syria instead.")
    assert found == {triple("MOBILIZE", {"IRN"}, {"SYR"})}


def test_surviving_an_attack_is_being_attacked_by_its_doer() -> None:
    found = code("A Palestinian leader survived an Israeli assassination attempt on Wednesday.")
    assert found == {triple("ASSAULT", {"ISR"}, {"PSE"})}
    assert code("The Pakistani prime minister survived an attempt to oust him.") == set()


def test_rebels_take_the_country_they_fight_in() -> None:
    found = code("Rebels attacked a police patrol in Nigeria on Monday.")
    assert found == {triple("ASSAULT", {"NGA"}, {"NGA"})}
    found = code("Gunmen attacked a police patrol in Nigeria on Monday.")
    assert found == {triple("ASSAULT", (), {"NGA"})}


def test_bombs_in_a_city_attack_its_country_and_a_clause_on_the_victims_is_no_target() -> None:
    found = code(
        "Bombs in Baghdad killed 18 people as the US defence secretary declared that "
        "America was winning the war."
    )
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_brokering_a_cease_fire_between_sides_consults_them() -> None:
    found = code("Washington brokered a cease-fire between Afghan warlords on Monday.")
    assert found == {triple("CONSULT", {"USA"}, {"AFG"})}


def test_accusing_each_other_is_one_accusation_both_ways_and_firing_at_each_other_a_fight() -> None:
    found = code("Georgia and Russia accused each other of violating the truce.")
    assert found == {triple("ACCUSE", {"GEO", "RUS"}, {"GEO", "RUS"})}
    found = code("India and Pakistan fired at each other across the border.")
    assert found == {triple("ASSAULT", {"IND", "PAK"})}


def test_a_place_named_in_an_advance_into_a_suburb_gives_the_country() -> None:
    found = code("US forces killed 50 militiamen on Wednesday in an advance into a Baghdad suburb.")
    assert found == {triple("ASSAULT", {"USA"}, {"IRQ"})}


def test_police_dispersing_protesters_coerce_them() -> None:
    found = code("Egyptian police dispersed protesters in Cairo on Friday.")
    assert found == {triple("COERCE", {"EGY"}, {"EGY"})}


def test_a_verb_the_parser_hung_on_a_noun_root_is_the_main_verb() -> None:
    # "attack" parsed as the root and "killed" as its participle, which has an object
    found = code("A rocket attack killed at least four people in Baghdad Sunday.")
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_a_verdict_of_wrong_on_a_deed_accuses_its_doer() -> None:
    found = code("The French president said the US-led war in Iraq was illegal.")
    assert found == {triple("ACCUSE", {"FRA"}, {"USA"})}
    assert code("Iran called Israel's decision illegal.") == {triple("ACCUSE", {"IRN"}, {"ISR"})}
    assert code("Iran said the Israeli raid was not illegal.") == set()


def test_a_judged_deed_is_news_with_its_own_doer() -> None:
    found = code("Iran condemned the killing of a wounded Iraqi by a US Marine.")
    assert found == {triple("ACCUSE", {"IRN"}, {"USA"}), triple("ASSAULT", {"USA"}, {"IRQ"})}
    found = code("Iran condemned the beheading of an American hostage.")
    assert found == {triple("ASSAULT", (), {"USA"})}
    assert code("Iran condemned the 1994 bombing of the American embassy.") == set()


def test_an_attack_at_an_embassy_is_on_the_embassys_state() -> None:
    found = code("A parcel bomb exploded outside the Iranian embassy in Paris on Monday.")
    assert found == {triple("ASSAULT", (), {"IRN"})}


def test_a_verb_coordinated_with_a_misread_noun_root_keeps_its_subject() -> None:
    found = code("Israeli soldiers on Saturday shot and killed a Palestinian militant.")
    assert found == {triple("ASSAULT", {"ISR"}, {"PSE"})}


def test_what_a_speaker_used_a_speech_to_do_is_done() -> None:
    found = code("Taiwan's leader used his speech on Sunday to urge China to begin talks.")
    assert found == {triple("REQUEST", {"TWN"}, {"CHN"})}
    assert code("Taiwan's leader used the money to buy Russian weapons.") == set()


def test_a_mediator_is_not_one_of_the_sides() -> None:
    found = code("Washington brokered a cease-fire between Afghan warlords and US envoys.")
    assert found == {triple("CONSULT", {"USA"}, {"AFG"})}


def test_forces_cut_in_a_war_somewhere_leave_that_country() -> None:
    found = code("Poland will reduce its commitment of forces to the war in Iraq by 40 percent.")
    assert found == {triple("AGREE", {"POL"}, {"IRQ"})}


def test_a_simple_present_relative_clause_describes_and_is_not_coded() -> None:
    found = code("Trump spoke about a US law which imposes sanctions on Russian officials.")
    assert found == set()


def test_a_participle_on_the_people_of_an_of_phrase_tells_who_they_are() -> None:
    found = code("Family members of Japanese abducted by North Korea met US President Trump.")
    assert found == {triple("CONSULT", {"JPN"}, {"USA"})}


def test_arriving_somewhere_in_ones_own_country_is_no_visit() -> None:
    assert code("President Trump arrived in Washington on Friday.") == set()
    assert code("President Trump arrived in Seoul on Friday.") == {
        triple("CONSULT", {"USA"}, {"KOR"})
    }


def test_denying_a_request_for_someone_to_act_rejects_them() -> None:
    found = code("A US judge denied a request for Russian lawyers to return on Friday.")
    assert found == {triple("REJECT", {"USA"}, {"RUS"})}


def test_what_is_shot_down_is_the_target() -> None:
    found = code("Japan said it would shoot down North Korean missiles if necessary.")
    assert found == {triple("THREATEN", {"JPN"}, {"PRK"})}


def test_the_ministers_of_two_states_are_both() -> None:
    found = code("The foreign ministers of India and Pakistan held a round of talks on Monday.")
    assert found == {triple("CONSULT", {"IND", "PAK"})}


def test_militiamen_battled_somewhere_are_of_that_country() -> None:
    found = code("US troops battled Shiite militiamen in Baghdad on Tuesday.")
    assert found == {triple("ASSAULT", {"USA", "IRQ"})}


def test_coordinated_nationalities_on_one_noun_are_both() -> None:
    found = code("US and Iraqi troops stormed police stations in Mosul on Tuesday.")
    assert found == {triple("ASSAULT", {"USA", "IRQ"}, {"IRQ"})}


def test_a_ship_hitting_something_is_an_accident() -> None:
    assert code("A South Korean cargo ship hit a breakwater in Japan.") == set()
    assert code("Israeli jets hit a house in Gaza on Monday.") == {
        triple("ASSAULT", {"ISR"}, {"PSE"})
    }


def test_releasing_the_names_of_people_releases_nobody() -> None:
    assert code("The Pentagon released the names of US soldiers killed in Iraq.") == set()


def test_killed_during_a_raid_by_someone_names_the_attacker() -> None:
    found = code("Nine French peacekeepers were killed during an air raid by Ivorian bombers.")
    assert found == {triple("ASSAULT", {"CIV"}, {"FRA"})}


def test_an_adviser_to_someone_is_on_their_side() -> None:
    found = code("An adviser to Trump's campaign met Russian officials on Monday.")
    assert found == {triple("CONSULT", {"USA"}, {"RUS"})}


def test_a_possessive_pronoun_subject_takes_the_speaker() -> None:
    found = code("Russia said on Tuesday its troops had withdrawn from Syria.")
    assert found == {triple("RETREAT", {"RUS"}, {"SYR"})}


def test_a_pull_back_inside_ones_own_state_has_no_recipient() -> None:
    found = code("Bosnian forces completed their withdrawal from the Bosnian town of Gorazde.")
    assert found == {triple("RETREAT", {"BIH"})}
    assert code("Russia withdrew its troops from Syria.") == {triple("RETREAT", {"RUS"}, {"SYR"})}


def test_gunfire_named_by_its_side_is_no_blaze() -> None:
    found = code("Three Egyptian policemen were killed by Israeli tank fire on Tuesday.")
    assert found == {triple("ASSAULT", {"ISR"}, {"EGY"})}
    assert code("Three Egyptian policemen were killed in a fire on Tuesday.") == set()


def test_a_plane_crash_that_kills_is_an_accident() -> None:
    text = "A Chinese passenger plane crashed into a lake in China, killing all 53 people."
    assert code(text) == set()


def test_arriving_for_a_meeting_meets_the_host() -> None:
    found = code("UN officials arrived in Nairobi on Monday for a meeting on Sudan.")
    assert found == {triple("CONSULT", {"UNO"}, {"KEN"})}
    found = code("U.S. and Russian negotiators returned to Geneva on Monday for talks.")
    assert found == {triple("CONSULT", {"USA", "RUS"})}


def test_people_from_several_states_act_together() -> None:
    found = code("Leaders from Spain and Portugal urged Britain to renew the dialogue.")
    assert found == {triple("REQUEST", {"ESP", "PRT"}, {"GBR"})}


def test_a_group_of_states_acts_through_the_members_it_names() -> None:
    found = code("Nineteen countries, including Australia and Japan, agreed to cut the debt.")
    assert found == {triple("AGREE", {"AUS", "JPN"})}


def test_striking_a_chord_is_no_attack() -> None:
    text = "Striking a chord in Baghdad, the Iraqi prime minister invited the rebels to talks."
    assert not any(t[0] == "ASSAULT" for t in code(text))


def test_a_past_verb_read_as_a_relative_clause_is_the_main_verb() -> None:
    text = (
        "U.S. Senator Doug Jones, who won a bitter fight for a Senate seat this week, "
        "on Thursday called on Russia to free the prisoners."
    )
    assert code(text) == {triple("REQUEST", {"USA"}, {"RUS"})}


def test_ones_own_people_are_a_domestic_recipient() -> None:
    found = code("The Iraqi prime minister called on his supporters to stay calm.")
    assert found == {triple("REQUEST", {"IRQ"}, {"IRQ"})}
    assert code("Iraq urged its allies to stay calm.") == set()  # allies are others


def test_a_proposal_offered_by_someone_is_theirs() -> None:
    found = code("Pakistan rejected the economic package offered by Indian officials.")
    assert found == {triple("REJECT", {"PAK"}, {"IND"})}


def test_a_meeting_of_two_sides_of_one_state_is_domestic() -> None:
    found = code("Republican governors from four U.S. states met with Mike Pence on Thursday.")
    assert found == {triple("CONSULT", {"USA"}, {"USA"})}


def test_verbal_support_and_criticism_in_other_words() -> None:
    found = code("Iraq signaled its support for the Saudi plan on Friday.")
    assert found == {triple("SUPPORT", {"IRQ"}, {"SAU"})}
    assert code("Iran took aim at Washington on Monday.") == {triple("ACCUSE", {"IRN"}, {"USA"})}
    found = code("The Iraqi foreign minister briefed his Saudi counterpart on the talks.")
    assert found == {triple("CONSULT", {"IRQ"}, {"SAU"})}


def test_a_hedged_consequence_is_not_coded() -> None:
    assert code("Israeli troops possibly killed three Egyptian soldiers on Monday.") == set()


def test_a_protest_lodged_with_a_state_is_aimed_at_it() -> None:
    found = code("Serbia lodged an official protest with Albania on Tuesday.")
    assert found == {triple("ACCUSE", {"SRB"}, {"ALB"})}
    found = code("Poland filed a lawsuit against Albania on Monday.")
    assert found == {triple("ACCUSE", {"POL"}, {"ALB"})}


def test_a_demanded_admission_is_asked_of_its_maker() -> None:
    found = code("Poland's parliament demanded an immediate admission by Moscow of the killings.")
    assert found == {triple("REQUEST", {"POL"}, {"RUS"})}


def test_fire_aimed_at_a_target_is_an_attack_and_a_day_is_no_target() -> None:
    found = code("Vietnamese forces launched rocket fire against Cambodian guerrilla camps.")
    assert found == {triple("ASSAULT", {"VNM"}, {"KHM"})}
    assert code("Pyongyang launched a missile on Monday.") == {triple("MOBILIZE", {"PRK"})}


def test_a_states_envoys_to_a_body_act_for_the_state() -> None:
    text = "Korea said on Saturday that its UN diplomats met U.S. officials in New York."
    assert code(text) == {triple("CONSULT", {"PRK"}, {"USA"})}


def test_a_deed_dated_to_a_decade_is_history() -> None:
    text = "Pelosi, who marched with protesters in Washington in the 1960s, met Putin on Monday."
    assert code(text) == {triple("CONSULT", {"USA"}, {"RUS"})}


def test_a_death_reported_by_a_raising_passive_is_told() -> None:
    text = "Nine Iraqis and four US soldiers are reported to have been killed in fighting."
    assert code(text) == {triple("ASSAULT", (), {"IRQ", "USA"})}


def test_a_deportee_is_not_the_deporting_states_own() -> None:
    text = "German police deported a militant wanted by Turkey on Tuesday."
    assert all(t[2] != frozenset({"DEU"}) for t in code(text))
    assert code("Egyptian police deported 168 Sudanese on Tuesday.") == {
        triple("COERCE", {"EGY"}, {"SDN"})
    }


def test_a_pull_back_under_a_deal_is_toward_the_other_party() -> None:
    text = "Iraqi militiamen began handing back their weapons under a deal with Washington."
    assert code(text) == {triple("RETREAT", {"IRQ"}, {"USA"})}


def test_ones_counterparts_are_the_other_side_and_a_topic_is_no_party() -> None:
    # the article's index reads "his" as Mattis and "Iraq issue" as a mention of Iraq
    codes = {**CODES, "his": ("USA", "person"), "issue": ("IRQ", "state")}
    text = (
        "U.S. Secretary of State Mattis asked his European counterparts for help on the Iraq issue."
    )
    found = coded_triples(text, codes, dt.date(2004, 10, 1))
    assert not any("USA" in t[2] or "IRQ" in t[2] for t in found)


def test_a_reciprocal_event_needs_a_side_besides_the_partner() -> None:
    # the parser reads "Egypt and Israel" as an apposition: "signed" has no subject
    text = (
        "In a deal hailed as a boost to chilly ties, Egypt and Israel signed an accord "
        "with Washington."
    )
    assert all(t[1] != frozenset({"USA"}) for t in code(text))


def test_employees_of_a_firm_take_its_state() -> None:
    text = (
        "Two employees of a British charity were killed in Sudan when their convoy came under fire."
    )
    assert code(text) == {triple("ASSAULT", (), {"GBR"})}


def test_a_director_can_act() -> None:
    text = "The director of the Pentagon defended his employees against the accusations."
    assert code(text) == {triple("SUPPORT", {"USA"}, {"USA"})}


def test_the_place_a_person_is_in_is_not_where_he_was_tried() -> None:
    text = "A US soldier in Iraq has been sentenced to eight months in prison."
    assert code(text) == {triple("SANCTION", (), {"USA"})}
    assert code("A US soldier was arrested in Cairo on Monday.") == {
        triple("COERCE", {"EGY"}, {"USA"})
    }


def test_only_a_party_threatens() -> None:
    text = (
        "The storm brought a powerful punch of waves and rain that threatened to swamp "
        "communities in Mosul."
    )
    assert code(text) == set()


def test_an_ally_of_a_state_is_no_place_in_it() -> None:
    text = "Militants set off a car bomb in Cairo, wounding 17 in a strike at a key U.S. ally."
    assert all("USA" not in t[2] for t in code(text))
    codes = {**CODES, "NATO": ("NATO", "igo")}
    found = coded_triples("Britain asked its NATO allies for help.", codes, dt.date(2004, 10, 1))
    assert found == {triple("REQUEST", {"GBR"}, {"NATO"})}  # a body's allies are its members


def test_a_relative_clause_arrest_does_not_make_its_place_the_actor() -> None:
    text = "Trump renewed a feud with the father of a player who was detained in China."
    assert code(text) == set()


def test_a_series_of_bombings_and_a_column_of_tanks_act_as_what_they_hold() -> None:
    text = "A series of car bombings in Mosul killed one American soldier on Thursday."
    assert code(text) == {triple("ASSAULT", (), {"USA"})}
    text = "A column of Israeli tanks pushed into Gaza on Thursday."
    assert code(text) == {triple("ASSAULT", {"ISR"}, {"PSE"})}


def test_a_participle_on_its_noun_takes_the_noun_as_object() -> None:
    text = "Al-Jazeera showed video on Thursday of ten Japanese hostages seized by militants."
    assert {t[0] for t in code(text)} == {"ASSAULT"}


def test_allegations_that_someone_was_abused_are_not_told_as_fact() -> None:
    text = "A US inquiry rejected allegations that an Afghan prisoner was abused in US custody."
    assert all(t[0] != "ASSAULT" for t in code(text))


def test_rebels_take_the_state_of_the_place_they_strike() -> None:
    text = "More than 1,000 Maoists attacked a district headquarters in Nepal on Sunday."
    assert code(text) == {triple("ASSAULT", {"NPL"}, {"NPL"})}
    # the target's owner is not the rebels' state; the place they strike in is
    assert code("Rebels attacked a US convoy in Mosul on Monday.") == {
        triple("ASSAULT", {"IRQ"}, {"USA"})
    }


def test_seizing_on_an_attack_seizes_nothing() -> None:
    text = "Iran seized on the attack in Baghdad to demand changes."
    assert all(t[0] != "COERCE" for t in code(text))


def test_an_aide_named_in_apposition_withdraws_for_his_side() -> None:
    text = "Sam Clovis, a top adviser to Trump, on Thursday withdrew his candidacy for a post."
    assert code(text) == {triple("RETREAT", {"USA"})}


def test_standing_by_ones_own_words_supports_no_one() -> None:
    # the article's index reads "his" as Putin
    codes = {**CODES, "his": ("RUS", "person")}
    text = "Putin stood by his comments on Monday."
    assert coded_triples(text, codes, dt.date(2004, 10, 1)) == set()
    assert code("France backed the British proposal on Monday.") == {
        triple("SUPPORT", {"FRA"}, {"GBR"})
    }


def test_an_accord_among_one_states_parties_needs_no_other_side() -> None:
    codes = {**CODES, "Republicans": ("USA", "org"), "Democrats": ("USA", "org")}
    text = "Republicans and Democrats said on Wednesday they agreed on a new budget."
    assert coded_triples(text, codes, dt.date(2004, 10, 1)) == {triple("AGREE", {"USA"})}


def test_what_is_discussed_is_a_topic_and_hosts_are_not_the_guests() -> None:
    codes = {**CODES, "his": ("USA", "person"), "NATO": ("NATO", "igo")}
    text = (
        "Mattis said he had discussed Russia's violation of the treaty with his NATO counterparts."
    )
    assert coded_triples(text, codes, dt.date(2004, 10, 1)) == {
        triple("CONSULT", {"USA"}, {"NATO"})
    }
    text = "Trump thanked his hosts for a tour of the Forbidden City on Thursday."
    assert coded_triples(text, codes, dt.date(2004, 10, 1)) == set()


def test_an_object_read_as_the_subject_of_an_infinitive_is_the_object() -> None:
    codes = {**CODES, "Paul": ("VAT", "person")}
    text = "Russia's Red Army chorus on Friday feted Pope John Paul to mark his anniversary."
    assert coded_triples(text, codes, dt.date(2004, 10, 1)) == {triple("SUPPORT", {"RUS"}, {"VAT"})}


def test_calling_upon_is_calling_on_and_an_offensive_eased_is_a_pull_back() -> None:
    text = "Putin has called upon India and Japan to work together on technology."
    assert code(text) == {triple("REQUEST", {"RUS"}, {"IND", "JPN"})}
    found = code("Israel said on Friday it was easing its offensive in Gaza.")
    assert {t[0] for t in found} == {"RETREAT"}


def test_strikes_launched_by_insurgents_are_attacks() -> None:
    text = "Insurgents launched strikes on Saturday at US and Iraqi outposts near Mosul."
    assert {t[0] for t in code(text)} == {"ASSAULT"}


def test_agreeing_to_a_request_answers_the_one_who_asked() -> None:
    text = "Britain agreed on Thursday to a US request for more troops."
    assert code(text) == {triple("AGREE", {"GBR"}, {"USA"})}


def test_an_army_capturing_people_abroad_is_no_domestic_arrest() -> None:
    codes = {**CODES, "military": ("USA", "state", "MIL")}
    text = "The U.S. military said it had captured a lieutenant of the militant leader."
    found = coded_triples(text, codes, dt.date(2004, 10, 1))
    assert triple("COERCE", {"USA"}, {"USA"}) not in found


def test_a_bomb_near_a_states_patrol_hits_that_state() -> None:
    text = "A roadside bomb exploded near an American military patrol in Mosul on Saturday."
    assert code(text) == {triple("ASSAULT", (), {"USA"})}


def test_a_sanction_needs_someone_who_imposes_it() -> None:
    text = "Iraqi oil exports to Turkey were halted after a series of attacks on Tuesday."
    assert all(t[0] != "SANCTION" for t in code(text))


def test_a_deed_done_last_month_is_background_to_todays_news() -> None:
    text = "US forces raided houses in Kabul in a hunt for three UN workers kidnapped last month."
    assert all(t[0] != "ASSAULT" for t in code(text))


def test_investigators_of_a_wire_story_are_of_its_dateline() -> None:
    from realpolitik.evaluate import evaluate_rows

    text = (
        "WASHINGTON (Reuters) - Federal investigators charged President Donald Trump's former "
        "campaign manager Paul Manafort with money laundering on Monday."
    )
    report = evaluate_rows([{"id": "x", "text": text, "events": []}])
    assert ("ACCUSE", frozenset({"USA"}), frozenset({"USA"})) in report.items[0].predicted


def test_pushing_back_against_a_call_rejects_it() -> None:
    text = "Pakistan pushed back on Monday against Indian lawmakers calling for talks."
    assert code(text) == {triple("REJECT", {"PAK"}, {"IND"})}


def test_a_states_charges_against_someone_are_its_accusation() -> None:
    text = (
        "The Kremlin said on Tuesday that U.S. charges against Trump's former campaign "
        "manager Paul Manafort showed Moscow had been unfairly maligned."
    )
    codes = {**CODES, "Manafort": ("USA", "person")}
    found = coded_triples(text, codes, dt.date(2017, 10, 31))
    assert triple("ACCUSE", {"USA"}, {"USA"}) in found
