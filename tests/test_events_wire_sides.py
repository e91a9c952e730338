"""Sides in ordinary wire patterns (CONVENTIONS A2-A4): a charge told as a participle on
those charged, troops trained for another state, the state a withdrawal leaves, waters
named after a state, a city that names an accord, an armed group's place against its
target's owner, a strike that rebels call, two states trading accusations, the maker of
a resolution complied with, the state a passive arrest of unplaced people is in, and
verbs whose particle is not the one a pattern names ("backed off", "called X a victory
for"). Built on the real parser and resolver; the sentences are written for the tests."""

from __future__ import annotations

from real_coder import events, predicted, triple


def _drafted(text: str) -> set[str]:
    """Every type drafted, at any confidence."""
    return {e.event for e in events(text)}


def test_a_charge_told_as_a_participle_is_an_accusation() -> None:
    text = "Three American guards charged with mistreating inmates face a court in Germany."
    assert triple("ACCUSE", [], ["USA"]) in predicted(text)


def test_a_charge_with_its_place_names_the_state_that_charges() -> None:
    text = "A Briton charged in Thailand with drug smuggling appeared in court on Monday."
    assert triple("ACCUSE", ["THA"], ["GBR"]) in predicted(text)


def test_accused_of_says_who_someone_is() -> None:
    text = "Pakistan vowed to rein in militants accused of using its soil for attacks."
    assert "ACCUSE" not in _drafted(text)


def test_training_troops_aids_their_state() -> None:
    assert triple("AID", ["NATO"], ["IRQ"]) in predicted(
        "NATO began training Iraqi security forces on Monday."
    )


def test_agreeing_to_train_troops_names_their_state() -> None:
    assert triple("AGREE", ["NATO"], ["IRQ"]) in predicted(
        "NATO agreed on Wednesday to train Iraqi security forces."
    )


def test_a_withdrawal_names_the_state_it_leaves() -> None:
    text = "Syria withdrew about 3,000 troops from positions around Beirut on Tuesday."
    assert triple("RETREAT", ["SYR"], ["LBN"]) in predicted(text)
    assert triple("RETREAT", ["RUS"], ["GEO"]) in predicted(
        "Russian troops withdrew from bases near Tbilisi."
    )


def test_waters_named_after_a_state_are_not_that_state() -> None:
    found = predicted("North Korea fired a short-range missile into the Sea of Japan on Friday.")
    assert triple("MOBILIZE", ["PRK"], ["JPN"]) not in found
    assert triple("MOBILIZE", ["PRK"], []) in found
    assert triple("COERCE", ["IRN"], ["OMN"]) not in predicted(
        "Iran seized a tanker in the Gulf of Oman."
    )


def test_a_city_that_names_an_accord_is_no_party() -> None:
    assert not any(t[2] for t in predicted("Iran rejected the Geneva accord."))
    assert triple("SANCTION", ["USA"], ["FRA"]) not in predicted(
        "The US withdrew from the Paris climate accord."
    )
    # a state that names one is a party
    assert triple("ACCUSE", ["USA"], ["IRN"]) in predicted("Washington criticized the Iran deal.")


def test_insurgents_take_the_place_not_their_targets_owner() -> None:
    text = "Insurgents launched attacks on US outposts near Kandahar."
    assert triple("ASSAULT", ["AFG"], ["USA"]) in predicted(text)
    assert triple("ASSAULT", ["USA"], ["USA"]) not in predicted(text)


def test_a_strike_that_rebels_call_is_a_stoppage() -> None:
    text = "Maoist rebels called a strike in Kathmandu on Monday."
    assert "ASSAULT" not in _drafted(text)
    assert triple("PROTEST", ["NPL"], ["NPL"]) in predicted(text)


def test_a_fight_with_dead_on_either_side_has_no_victim() -> None:
    text = (
        "NEW DELHI (Reuters) - India and Pakistan exchanged fire across the Line of Control "
        "in Kashmir on Wednesday, killing two soldiers."
    )
    assert predicted(text) == {triple("ASSAULT", ["IND", "PAK"], [])}


def test_trading_accusations_is_one_accusation_by_both() -> None:
    text = "Ethiopia and Eritrea traded accusations of troop movements along their border."
    assert triple("ACCUSE", ["ETH", "ERI"], []) in predicted(text)


def test_a_subpoena_is_an_investigation() -> None:
    text = "The Senate Intelligence Committee on Tuesday subpoenaed a former White House aide."
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text)


def test_regret_at_anothers_act_is_disapproval() -> None:
    text = "Japan expressed regret over China's decision to cancel the talks."
    assert triple("ACCUSE", ["JPN"], ["CHN"]) in predicted(text)
    assert "CONCEDE" not in _drafted(text)
    # regret for one's own deed is a concession to the one wronged
    assert triple("CONCEDE", ["CHN"], ["JPN"]) in predicted(
        "China expressed regret for the intrusion of its submarine into Japanese waters."
    )


def test_north_and_south_korea_are_two_parties() -> None:
    text = "North and South Korea held their first military talks in years on Wednesday."
    assert triple("CONSULT", ["PRK", "KOR"], []) in predicted(text)


def test_prisoners_handed_to_another_state_are_an_extradition() -> None:
    text = "Syria handed over 20 Iraqi prisoners to Iraq on Monday."
    assert triple("COOPERATE", ["SYR"], ["IRQ"]) in predicted(text)
    assert "RETREAT" not in _drafted(text)


def test_a_vow_of_revenge_is_a_threat() -> None:
    assert triple("THREATEN", ["IRN"], ["USA"]) in predicted(
        "Iran vowed to retaliate against the United States."
    )
    assert "AGREE" not in _drafted("Hamas vowed to avenge the killing of its leader by Israel.")
    assert triple("THREATEN", ["RUS"], ["USA"]) in predicted(
        "Russia warned that it would retaliate against any new U.S. sanctions."
    )
    assert triple("THREATEN", ["IRN"], ["USA"]) in predicted(
        "Iran will retaliate if the United States imposes new sanctions, its president said."
    )
    assert "THREATEN" not in _drafted("Israel said it would not retaliate.")


def test_datelines_with_other_date_forms_are_parsed_apart() -> None:
    # the parser made the dateline the subject and the parties part of a date
    assert triple("CONSULT", ["IND", "PAK"], []) in predicted(
        "NEW DELHI, 9 October 2004 - India and Pakistan concluded two days of talks on "
        "Kashmir yesterday."
    )
    assert triple("CONSULT", ["RUS", "JPN"], []) in predicted(
        "MOSCOW, December 3 (Itar-Tass) - Russia and Japan held talks on the disputed "
        "islands on Thursday."
    )


def test_the_two_koreas_are_north_and_south() -> None:
    assert triple("ASSAULT", ["PRK", "KOR"], []) in predicted(
        "The two Koreas exchanged fire near their disputed sea border."
    )


def test_a_main_verb_read_as_a_participle_in_a_long_subject_still_acts() -> None:
    text = (
        "A commission set up by the Iraqi government to investigate the killings accused "
        "on Monday the police of torture."
    )
    assert triple("ACCUSE", ["IRQ"], ["IRQ"]) in predicted(text)
    # a headline's participle on its noun is no main verb
    assert "COERCE" not in _drafted("A lawmaker arrested on Monday in Cairo.")


def test_rebels_named_on_the_attack_take_the_country_they_fight_in() -> None:
    text = "Three Nepalese policemen were killed in a rebel ambush in western Nepal."
    assert triple("ASSAULT", ["NPL"], ["NPL"]) in predicted(text)
    assert triple("ASSAULT", ["IRQ"], ["USA"]) in predicted(
        "Two US soldiers were killed in an insurgent attack in Baghdad."
    )


def test_closing_crossings_sanctions_the_side_they_lead_to() -> None:
    assert triple("SANCTION", ["ISR"], ["PSE"]) in predicted(
        "Israel closed the Gaza crossings after a rocket attack on Sderot."
    )
    assert triple("SANCTION", ["EGY"], ["PSE"]) in predicted(
        "Egypt sealed its border with Gaza on Monday."
    )


def test_a_threat_names_whom_its_infinitive_is_against() -> None:
    text = "The United Nations took seriously Uganda's threat to carry out air raids in Sudan."
    assert triple("THREATEN", ["UGA"], ["SDN"]) in predicted(text)


def test_a_signed_law_acts_for_its_signer() -> None:
    text = "President Obama on Friday signed legislation imposing new sanctions on Venezuela."
    assert triple("SANCTION", ["USA"], ["VEN"]) in predicted(text)
    # a bill passed by one chamber is not yet in force
    assert "SANCTION" not in _drafted("The House passed a bill imposing sanctions on Russia.")


def test_an_adjective_opening_the_sentence_describes_the_subject() -> None:
    # the parser reads "Leading" as a participle with "Republicans" as its object
    text = (
        "Leading Republicans in the U.S. Senate, frustrated by the delays, on Tuesday urged "
        "President Donald Trump to fire the special counsel."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text)
    # a real participial clause keeps its own subject
    text = "Leading the delegation, China's foreign minister urged Japan to apologise."
    assert triple("REQUEST", ["CHN"], ["JPN"]) in predicted(text)


def test_protests_and_complaints_drawn_from_others_reproach_the_subject() -> None:
    found = predicted("The Iranian decision prompted protests from France and Germany.")
    assert triple("ACCUSE", ["FRA", "DEU"], ["IRN"]) in found
    assert triple("ACCUSE", ["USA"], ["CHN"]) in predicted(
        "China's move drew complaints from Washington."
    )


def test_two_armed_sides_of_one_state_fighting_are_one_assault_of_it() -> None:
    found = predicted("Colombian troops battled FARC guerrillas in the south.")
    assert triple("ASSAULT", ["COL"], []) in found
    assert triple("ASSAULT", ["COL"], ["COL"]) not in found
    assert triple("ASSAULT", ["LKA"], []) in predicted(
        "Sri Lankan troops clashed with Tamil Tiger rebels in the east on Sunday."
    )
    # parties, not armed sides, that "battle" over a bill do not fight
    assert not predicted("Senate Democrats battled Republicans over the tax bill.")


def test_an_extradition_is_from_the_state_left_to_the_state_reached() -> None:
    text = "A Turkish crime boss was extradited from Austria to Turkey on Monday."
    assert triple("COOPERATE", ["AUT"], ["TUR"]) in predicted(text)
    text = "Germany extradited two Turkish suspects to the United States on Friday."
    assert predicted(text) == {triple("COOPERATE", ["DEU"], ["USA"])}
    # no one is extradited from a state to itself
    assert not predicted("Spain extradited an ETA suspect on Monday.")


def test_warning_a_state_against_a_deed_asks_it_not_to() -> None:
    text = "China warned Taiwan on Monday against any move toward independence."
    assert triple("REQUEST", ["CHN"], ["TWN"]) in predicted(text)
    # a travel warning to one's own citizens is an advisory, not a demand
    assert not predicted("The U.S. warned Americans against travel to Iraq.")


def test_paying_tribute_is_support() -> None:
    text = "French President Jacques Chirac paid tribute to Yasser Arafat on Thursday."
    assert triple("SUPPORT", ["FRA"], ["PSE"]) in predicted(text)


def test_an_appositive_belief_does_not_take_the_passive_subject() -> None:
    # the parser hangs the subject on "thought" / "believed" and leaves the passive bare
    text = "Two Italian women, thought to be aid workers, were kidnapped in Baghdad on Tuesday."
    found = predicted(text)
    assert triple("ASSAULT", [], ["ITA"]) in found
    assert triple("ASSAULT", ["ITA"], ["IRQ"]) not in found
    text = (
        "Three Swedish engineers, believed to be contractors, were snatched by gunmen "
        "from a house in central Baghdad on Thursday, police said."
    )
    assert triple("ASSAULT", [], ["SWE"]) in predicted(text)


def test_a_perfect_told_since_an_earlier_year_is_background() -> None:
    assert not predicted("The Saudi-led coalition has been bombing Yemen since March 2015.")
    assert not predicted("Insurgents have killed hundreds of Iraqi policemen since 2003.")
    # a recent count and a dated deed compared with the past stay news
    assert triple("COERCE", ["ISR"], ["PSE"]) in predicted(
        "Israel has arrested 40 Palestinians since Sunday."
    )
    assert triple("ASSAULT", ["SAU"], ["YEM"]) in predicted(
        "Saudi jets bombed Sanaa on Monday, the heaviest raids since 2015."
    )


def test_a_village_in_a_compass_part_of_a_region_names_its_state() -> None:
    text = "Janjaweed militiamen attacked a village in South Darfur on Monday."
    assert triple("ASSAULT", ["SDN"], ["SDN"]) in predicted(text)


def test_a_states_forces_and_rebels_fighting_in_it_are_one_assault_of_it() -> None:
    text = "Government troops clashed with rebels in Darfur on Sunday."
    assert triple("ASSAULT", ["SDN"], []) in predicted(text)
    text = "Sudanese government troops and rebels clashed near Nyala on Sunday."
    assert triple("ASSAULT", ["SDN"], []) in predicted(text)
    # insurgents fighting foreign forces are no war of one state: both sides fight
    found = predicted("U.S. forces battled insurgents in Baqouba.")
    assert triple("ASSAULT", ["IRQ"], []) not in found
    assert triple("ASSAULT", ["USA", "IRQ"], []) in found


def test_an_agreement_under_a_deal_names_the_deals_parties() -> None:
    text = (
        "Iran agreed on Sunday to suspend uranium enrichment under a deal with Britain, "
        "France and Germany, diplomats said."
    )
    assert triple("AGREE", ["IRN"], ["GBR", "FRA", "DEU"]) in predicted(text)


def test_offering_to_help_do_something_is_offering_to_do_it() -> None:
    text = "China offered to help mediate between Myanmar and Bangladesh."
    assert triple("AGREE", ["CHN"], ["MMR", "BGD"]) in predicted(text)


def test_an_arrest_ordered_of_people_of_no_stated_state_is_domestic() -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman ordered the arrest of 11 princes and dozens "
        "of ministers."
    )
    assert triple("COERCE", ["SAU"], ["SAU"]) in predicted(text)


def test_deaths_told_after_a_blast_are_where_the_blast_was() -> None:
    text = (
        "A Taliban suicide bomber blew himself up near a Shi'ite mosque in Kabul, killing "
        "at least 30 worshippers."
    )
    assert triple("ASSAULT", ["AFG"], ["AFG"]) in predicted(text)


def test_them_after_a_deed_is_those_it_was_done_to() -> None:
    text = (
        "Sudan expelled two British aid workers from Darfur, accusing them of spreading "
        "false information."
    )
    assert triple("ACCUSE", ["SDN"], ["GBR"]) in predicted(text)


def test_compliance_names_the_maker_of_what_is_complied_with() -> None:
    # CONVENTIONS A2: CONCEDE accepts a demand; the body whose resolution is obeyed is the
    # recipient, whether it owns it by a name ("the UN resolution") or a phrase
    assert predicted("Sudan complied with the UN resolution on Tuesday.") == {
        triple("CONCEDE", {"SDN"}, {"UNO"})
    }
    assert predicted("Iran abided by the demands of the IAEA on Monday.") == {
        triple("CONCEDE", {"IRN"}, {"IAEA"})
    }


def test_a_passive_arrest_of_unplaced_people_is_the_one_state_the_sentence_is_in() -> None:
    # CONVENTIONS A4: a state acting on people in its own police codes them as its own;
    # the place may hang on the deed the arrest is over
    text = (
        "Four men were arrested over the suicide bomb attack on the Australian embassy in "
        "Jakarta, police said."
    )
    assert predicted(text) == {triple("COERCE", {"IDN"}, {"IDN"})}
    # people of a stated state in another's city: no one state
    assert triple("COERCE", {"IDN"}, {"GBR"}) not in predicted(
        "Two Britons were arrested over the bombing in Jakarta."
    )


def test_backing_off_or_away_is_no_support_and_calling_a_deed_a_victory_no_request() -> None:
    # "back off", "back away" are the "back down" of a concession, not the "back" of support
    found = predicted("Iran backed away on Monday from its threat to close the Strait of Hormuz.")
    assert {t[0] for t in found} <= {"CONCEDE"}
    found = predicted("The United States backed off its demand on Monday.")
    assert "SUPPORT" not in {t[0] for t in found}
    # "called the ruling a victory for X": the "for" is the victory's, nothing is called for
    text = "U.S. Senator Tina Smith called Franken a champion for the state of Minnesota."
    assert {t for t in predicted(text) if t[0] == "REQUEST"} == set()
    assert triple("REQUEST", {"USA"}, set()) in predicted(
        "U.S. Senator Bob Corker called on Monday for new elections."
    )
