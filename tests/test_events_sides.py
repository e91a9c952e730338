"""Who is on each side of an event, read with the real actor resolver (CONVENTIONS A3-A4):
stances, ethnic groups, borders, allies, lawmakers, regions, passive court acts, the
targets of protests and the doers of deeds judged."""

from __future__ import annotations

from real_coder import events, predicted, triple
from realpolitik.actors import ActorResolver, PersonInfo
from realpolitik.ids import article_id
from realpolitik.models import Article
from realpolitik.nlp import parse_one


def people(text: str) -> tuple[PersonInfo, ...]:
    """The people the actor resolver finds in ``text``."""
    doc = parse_one(text)
    return ActorResolver().resolve(doc, Article(id=article_id(text), text=text)).people


def test_a_stance_toward_a_state_gives_no_nationality() -> None:
    found = predicted(
        "A prominent anti-Syria journalist has been killed in a car bomb explosion in "
        "eastern Beirut."
    )
    assert found == {triple("ASSAULT", (), {"LBN"})}


def test_an_ethnic_group_acted_on_takes_the_state_where_it_happens() -> None:
    found = predicted(
        "Serb forces killed three ethnic Albanians in a gunbattle in southeastern Serbia."
    )
    assert found == {triple("ASSAULT", {"SRB"}, {"SRB"})}


def test_a_place_on_a_border_is_on_neither_side() -> None:
    found = predicted(
        "Burmese troops have captured part of a Karen guerrilla stronghold on the Thai border "
        "after five days of fighting."
    )
    assert all("THA" not in t[2] for t in found)


def test_a_states_ally_is_not_the_state() -> None:
    found = predicted(
        "Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern "
        "Lebanon on Sunday."
    )
    assert found == {triple("ASSAULT", {"LBN"}, {"LBN"})}


def test_a_senator_in_a_washington_story_is_american_beside_another_american() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - Secretary of State Rex Tillerson spoke to Senator Bob Corker "
        "on Thursday."
    )
    assert triple("CONSULT", {"USA"}, {"USA"}) in found


def test_a_full_name_the_people_table_knows_is_a_person_when_ner_misses_it() -> None:
    assert predicted("The Kremlin rebuked Theresa May on Thursday.") == {
        triple("ACCUSE", {"RUS"}, {"GBR"})
    }


def test_a_region_of_a_state_names_the_state() -> None:
    found = predicted(
        "Darfur's rebel leaders held preliminary talks with African Union mediators in Abuja "
        "on Friday."
    )
    assert triple("CONSULT", {"SDN"}, {"AU"}) in found


def test_rockets_landing_in_a_place_attack_it_and_a_plane_landing_does_not() -> None:
    assert predicted("Two Qassam rockets landed in the western Negev on Saturday.") == {
        triple("ASSAULT", (), {"ISR"})
    }
    assert predicted("The plane landed in Moscow on Sunday.") == set()


def test_rockets_fired_that_land_in_a_state_attack_it_but_not_at_sea() -> None:
    found = predicted("Palestinian militants fired rockets that landed in southern Israel.")
    assert found == {triple("ASSAULT", {"PSE"}, {"ISR"})}
    found = predicted("North Korea fired a missile that landed in the sea on Tuesday.")
    assert all(t[0] != "ASSAULT" for t in found)


def test_a_passive_charge_with_no_agent_is_the_state_of_its_own_officers() -> None:
    found = predicted("Three Russian police officers have been charged with criminal negligence.")
    assert found == {triple("ACCUSE", {"RUS"}, {"RUS"})}


def test_a_passive_arrest_is_the_state_of_the_dateline() -> None:
    found = predicted(
        "MOSCOW (Reuters) - Three police officers have been arrested for taking bribes."
    )
    assert found == {triple("COERCE", {"RUS"}, {"RUS"})}


def test_a_guilty_plea_concedes_to_no_other_side_and_a_plea_of_not_guilty_is_no_event() -> None:
    assert predicted("A former Iraqi minister pleaded guilty on Friday to corruption charges.") == {
        triple("CONCEDE", {"IRQ"}, set())
    }
    assert predicted("A former Iraqi minister pleaded not guilty on Friday.") == set()


def test_a_state_named_in_what_an_aide_did_is_not_his_nationality() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - The special counsel on Monday accused President Donald Trump's "
        "former campaign manager, Paul Manafort, of working with a Russian colleague."
    )
    assert found == {triple("ACCUSE", {"USA"}, {"USA"})}


def test_a_nationality_before_a_full_name_gives_the_persons_state() -> None:
    found = predicted(
        "Kidnapped Briton Margaret Hassan made a new appeal for the withdrawal of British "
        "troops from Iraq."
    )
    assert triple("REQUEST", {"GBR"}, {"GBR"}) in found


def test_a_call_from_within_a_cabinet_is_the_cabinets() -> None:
    found = predicted(
        "Israeli leader Ariel Sharon rejected calls from within his divided cabinet on "
        "Wednesday for a referendum."
    )
    # the calls were made (REQUEST) and turned down (REJECT), both within Israel
    assert found == {triple("REJECT", {"ISR"}, {"ISR"}), triple("REQUEST", {"ISR"}, {"ISR"})}


def test_a_grievance_told_to_someone_is_held_against_them() -> None:
    assert predicted("Malaysia expressed concern to Thailand over the violence.") == {
        triple("ACCUSE", {"MYS"}, {"THA"})
    }
    assert predicted("Israel complained to the UN about Hezbollah attacks.") == {
        triple("ACCUSE", {"ISR"}, {"LBN"})
    }


def test_talks_between_two_sides_of_one_state_are_its_own_meeting() -> None:
    # the state's meeting with no other side to name, as "talks between the Sudanese
    # government and Darfur rebels resumed" (0.39.0; it was ISR -> ISR before)
    found = predicted(
        "Coalition talks have begun between Israel's opposition Labour party and the Prime "
        "Minister, Ariel Sharon."
    )
    assert found == {triple("CONSULT", {"ISR"})}
    assert predicted("Talks between India and Pakistan began on Monday.") == {
        triple("CONSULT", {"IND", "PAK"})
    }


def test_refusing_to_comply_with_a_demand_rejects_its_maker() -> None:
    assert predicted("Iran refused to comply with the UN demand.") == {
        triple("REJECT", {"IRN"}, {"UNO"})
    }


def test_an_organ_placed_by_the_dateline_shows_its_own_words_as_evidence() -> None:
    text = "WASHINGTON (Reuters) - Russia agreed to a bail agreement with the special counsel."
    assert [(e.event, [a.text for a in e.recipient]) for e in events(text)] == [
        ("AGREE", ["special counsel"])
    ]
    assert predicted(text) == {triple("AGREE", {"RUS"}, {"USA"})}


def test_the_owner_in_a_title_does_not_give_the_named_person_his_office() -> None:
    text = (
        "President Donald Trump's former campaign manager Paul Hartwell has agreed to a bail "
        "agreement over his ties to Russia."
    )
    hartwell = next(p for p in people(text) if p.name == "Paul Hartwell")
    assert (hartwell.role, hartwell.country) == ("former campaign manager", "")


def test_a_side_with_no_country_beside_a_named_one_takes_the_place() -> None:
    found = predicted("Insurgents and American forces clashed briefly on Thursday in Fallujah.")
    assert found == {triple("ASSAULT", {"USA", "IRQ"})}


def test_two_states_restoring_ties_need_no_recipient() -> None:
    assert predicted("Israel and Jordan restored diplomatic relations on Monday.") == {
        triple("SUPPORT", {"ISR", "JOR"})
    }
    assert predicted("China established diplomatic relations with Vanuatu.") == {
        triple("SUPPORT", {"CHN"}, {"VUT"})
    }


def test_a_protest_is_aimed_at_what_its_purpose_names() -> None:
    found = predicted(
        "Up to 1,000 ethnic Turks began a hunger strike on Monday to protest against Sweden's "
        "decision to send them back to Bulgaria."
    )
    assert found == {triple("PROTEST", {"TUR"}, {"SWE"})}
    found = predicted(
        "Demonstrators in Baghdad blocked a road to show their disapproval for the United "
        "States' military policies."
    )
    assert found == {triple("PROTEST", {"IRQ"}, {"USA"})}


def test_a_protests_purpose_outranks_the_town_it_was_in() -> None:
    found = predicted(
        "Thousands of Pakistanis rallied in Karachi on Friday to protest against the "
        "American air strikes."
    )
    assert found == {triple("PROTEST", {"PAK"}, {"USA"})}
    # with no target in its purpose, a rally at home is against the home government
    found = predicted("Thousands of Pakistanis rallied in Karachi on Friday.")
    assert found == {triple("PROTEST", {"PAK"}, {"PAK"})}


def test_a_state_named_before_a_deed_judged_is_its_doer_and_a_town_is_not() -> None:
    # "the US raid" names its doer as "the American raid" does
    assert predicted("Iran condemned the US raid on Friday.") == {
        triple("ACCUSE", {"IRN"}, {"USA"})
    }
    assert predicted("Iran condemned the American raid on Friday.") == {
        triple("ACCUSE", {"IRN"}, {"USA"})
    }
    # a town or region before the deed is where it happened, not who did it
    for text in (
        "Iran condemned the Baghdad bombing on Friday.",
        "Iran condemned the Gaza offensive on Friday.",
    ):
        assert {t for t in predicted(text) if t[0] == "ACCUSE" and t[2]} == set()


def test_a_place_in_apposition_is_where_an_attack_happened() -> None:
    found = predicted(
        "Afghan rebels have kidnapped 16 Russian civilian advisers from a town bazaar and "
        "exploded a series of bombs in the capital Kabul."
    )
    assert found == {triple("ASSAULT", {"AFG"}, {"RUS"}), triple("ASSAULT", {"AFG"}, {"AFG"})}


def test_refusing_to_deploy_forces_somewhere_rejects_that_state() -> None:
    assert predicted("Pakistan has refused to deploy peacekeepers in Iraq.") == {
        triple("REJECT", {"PAK"}, {"IRQ"})
    }


def test_raising_concerns_about_a_deed_accuses_its_doer() -> None:
    assert predicted("Canada raised concerns about the Philippine drug war.") == {
        triple("ACCUSE", {"CAN"}, {"PHL"})
    }


def test_coming_forward_with_allegations_accuses() -> None:
    found = predicted(
        "Iraqi officials came forward on Monday with allegations of torture against British "
        "soldiers."
    )
    assert found == {triple("ACCUSE", {"IRQ"}, {"GBR"})}


def test_a_legislature_confirming_a_nominee_is_no_event() -> None:
    # A confirmation is a step of office at home: the samples' coders left the three
    # leads of a Senate that "confirmed" someone uncoded. An approved nomination is coded
    # (SUPPORT, both samples that tell one): see test_events_nominations (0.39.0)
    found = predicted(
        "WASHINGTON (Reuters) - The U.S. Senate on Tuesday confirmed President Donald Trump's "
        "choice to lead the Department of Homeland Security."
    )
    assert found == set()


def test_a_place_noun_named_by_its_modifier_is_where_an_attack_happened() -> None:
    found = predicted("Palestinian militants wounded two people in a nearby Jewish settlement.")
    assert found == {triple("ASSAULT", {"PSE"}, {"ISR"})}
    found = predicted("A bomb exploded in an Iraqi town on Monday, killing three people.")
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_a_bomb_going_off_in_a_place_attacks_it() -> None:
    found = predicted("One person was killed as a bomb went off in a market in Kabul.")
    assert triple("ASSAULT", (), {"AFG"}) in found


def test_a_lawmaker_stepping_down_from_a_committee_resigns_from_office() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - U.S. Representative John Conyers is stepping down as senior "
        "Democrat on the House of Representatives Judiciary Committee."
    )
    assert found == {triple("RETREAT", {"USA"})}


def test_saying_one_will_not_meet_someone_rejects_them() -> None:
    assert predicted("Iran said it would not meet with Israel.") == {
        triple("REJECT", {"IRN"}, {"ISR"})
    }


def test_a_lawsuit_accuses_whom_it_seeks_to_stop() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - The deputy director of the U.S. Consumer Financial Protection "
        "Bureau filed a lawsuit seeking to halt President Donald Trump from naming an official."
    )
    assert found == {triple("ACCUSE", {"USA"}, {"USA"})}


def test_a_group_led_by_or_loyal_to_a_leader_acts_for_his_side() -> None:
    found = predicted(
        "A US State Department official was murdered in Baghdad by a group linked to Abu "
        "Musab al-Zarqawi."
    )
    assert found == {triple("ASSAULT", {"IRQ"}, {"USA"})}
    found = predicted(
        "Militants loyal to Iraq's Al-Qaeda frontman Abu Musab al-Zarqawi said they attempted "
        "to assassinate outgoing Prime Minister Iyad Allawi."
    )
    assert found == {triple("ASSAULT", {"IRQ"}, {"IRQ"})}


def test_a_name_after_a_party_or_title_is_a_person_when_ner_misses_it() -> None:
    text = (
        "U.S. Senator Dick Durbin said on Wednesday that fellow Democrat Al Franken should resign."
    )
    assert {p.name for p in people(text)} == {"Dick Durbin", "Al Franken"}
    assert people("The Israeli Defense Forces attacked Gaza.") == ()


def test_ones_captors_are_not_ones_own_side() -> None:
    found = predicted("A US hostage held with Briton Ken Bigley has been killed by his captors.")
    assert found == {triple("ASSAULT", (), {"USA"})}


def test_a_tweeted_attack_is_words() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - Senate Democratic Leader Chuck Schumer said on Tuesday that "
        "President Donald Trump's tweeted attack on Senator Kirsten Gillibrand was nasty."
    )
    assert all(t[0] != "ASSAULT" for t in found)


def test_a_us_state_abbreviation_is_american() -> None:
    found = predicted("Porter Goss, R-Fla., on Tuesday praised Tony Blair.")
    assert found == {triple("SUPPORT", {"USA"}, {"GBR"})}


def test_someone_sentenced_where_another_state_is_named_is_not_tried_at_home() -> None:
    found = predicted(
        "The British leader of a group of alleged mercenaries accused of plotting a coup in "
        "Equatorial Guinea has been sentenced to seven years in jail."
    )
    assert triple("SANCTION", {"GBR"}, {"GBR"}) not in found


def test_a_house_of_parliament_is_the_parliaments() -> None:
    found = predicted(
        "The treaty cleared its last hurdle in Russia when the upper house of parliament "
        "ratified the pact on Wednesday."
    )
    assert found == {triple("AGREE", {"RUS"})}


def test_a_message_of_support_is_support() -> None:
    found = predicted("Tillerson delivered a message of support to Israel on Tuesday.")
    assert found == {triple("SUPPORT", {"USA"}, {"ISR"})}


def test_lawmakers_of_a_story_filed_in_a_capital_are_of_its_state() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - Lawmakers on Tuesday criticized the Pentagon over the cost "
        "of the new fighter jet."
    )
    assert found == {triple("ACCUSE", {"USA"}, {"USA"})}


def test_a_party_word_before_a_name_gives_the_person_its_state() -> None:
    text = (
        "WASHINGTON (Reuters) - Senate Majority Leader Mitch McConnell on Monday urged "
        "Republican Roy Moore to quit the race, as did fellow Republican Jeff Flake."
    )
    found = {p.name: p.country for p in people(text)}
    assert found["Roy Moore"] == "USA"
    assert found["Jeff Flake"] == "USA"


def test_kidnappers_take_the_state_where_they_hold_hostages() -> None:
    found = predicted(
        "BAGHDAD (Reuters) - Kidnappers threatened on Monday to kill two Turkish truck "
        "drivers unless their company leaves."
    )
    assert found == {triple("THREATEN", {"IRQ"}, {"TUR"})}


def test_pressing_ahead_with_an_act_is_the_act_not_a_request() -> None:
    found = predicted("Israel pressed ahead with its offensive in northern Gaza on Tuesday.")
    assert found == {triple("ASSAULT", {"ISR"}, {"PSE"})}


def test_a_body_of_the_actors_own_politics_is_its_state_in_a_story_filed_there() -> None:
    found = predicted(
        "ANKARA (Reuters) - Prime Minister Recep Tayyip Erdogan on Monday urged the main "
        "opposition party to back the reform bill ahead of talks with the European Union."
    )
    assert found == {triple("REQUEST", {"TUR"}, {"TUR"})}


def test_what_someone_should_have_done_is_a_regret_not_a_demand() -> None:
    assert (
        predicted("The Israeli defence minister said Egypt should have stopped the smugglers.")
        == set()
    )


def test_naming_a_deed_or_a_state_as_a_wrong_accuses_its_doer() -> None:
    assert predicted('France called the Myanmar army operation "ethnic cleansing".') == {
        triple("ACCUSE", {"FRA"}, {"MMR"})
    }
    assert predicted("The State Department labeled Iran the worst state sponsor of terrorism.") == {
        triple("ACCUSE", {"USA"}, {"IRN"})
    }


def test_telling_someone_to_act_is_a_request() -> None:
    assert predicted("Germany told Iran to halt uranium enrichment.") == {
        triple("REQUEST", {"DEU"}, {"IRN"})
    }


def test_protesters_protesting_are_a_protest_of_their_own() -> None:
    found = predicted(
        "Kenyan riot police fired tear gas at demonstrators protesting the election results "
        "in Nairobi."
    )
    assert triple("PROTEST", {"KEN"}, {"KEN"}) in found


def test_an_attack_that_kills_people_of_no_stated_state_hits_its_target() -> None:
    assert predicted("The Israeli shelling of Gaza killed five people on Tuesday.") == {
        triple("ASSAULT", {"ISR"}, {"PSE"})
    }


def test_an_event_noun_that_happens_is_its_possessors_act() -> None:
    assert predicted("The EU's sanctions against Russia took effect on Monday.") == {
        triple("SANCTION", {"EUR"}, {"RUS"})
    }


def test_forces_strengthened_in_another_state_are_sent_there() -> None:
    assert predicted("Russia has strengthened its forces in Syria, military sources said.") == {
        triple("MOBILIZE", {"RUS"}, {"SYR"})
    }
    assert predicted("Russian troops held military exercises in the Kaliningrad region.") == {
        triple("MOBILIZE", {"RUS"})
    }


def test_war_games_of_two_states_are_cooperation_of_both() -> None:
    found = predicted("Chinese and Russian warships began war games in the Sea of Japan on Monday.")
    assert found == {triple("COOPERATE", {"CHN", "RUS"})}


def test_sharing_evidence_is_cooperation() -> None:
    assert predicted("British officials shared evidence with France about the plot.") == {
        triple("COOPERATE", {"GBR"}, {"FRA"})
    }


def test_a_wing_for_a_party_acts_for_the_partys_state() -> None:
    found = predicted(
        "The campaign wing for U.S. House Democrats cut ties on Monday with Texas candidate "
        "John Smith."
    )
    assert found == {triple("SANCTION", {"USA"}, {"USA"})}


def test_an_industry_that_cheers_a_plan_supports_it() -> None:
    found = predicted("The U.S steel industry on Friday cheered a Senate plan to raise tariffs.")
    assert found == {triple("SUPPORT", {"USA"}, {"USA"})}


def test_another_persons_office_inside_a_role_is_not_the_persons() -> None:
    text = (
        "WASHINGTON (Reuters) - Investigators have questioned Sam Clovis, co-chairman of "
        "President Donald Trump's election campaign, to determine whether he knew of contacts "
        "with Russia."
    )
    clovis = next(p for p in people(text) if p.name == "Sam Clovis")
    assert clovis.country != "RUS"


def test_a_participle_of_refusal_beside_a_refusal_announced_is_a_refusal() -> None:
    found = predicted(
        "Germany said on Monday it would not accept the cuts, opposing a proposal from France "
        "to reduce farm subsidies."
    )
    assert found == {triple("REJECT", {"DEU"}, {"FRA"})}


def test_a_refusal_renounced_is_consent_and_a_standard_met_is_no_meeting() -> None:
    found = predicted(
        "Greek Prime Minister Costas Karamanlis said Monday he would not oppose Turkish "
        "European Union accession talks provided Turkey met European standards."
    )
    assert found == {triple("AGREE", {"GRC"}, {"TUR"})}


def test_a_noun_of_the_people_takes_the_place_beside_a_person_of_the_same_state() -> None:
    found = predicted(
        "Students demonstrated in Athens against the education reforms of Prime Minister "
        "Costas Karamanlis."
    )
    assert found == {triple("PROTEST", {"GRC"}, {"GRC"})}


def test_followers_addressed_are_ones_own_people() -> None:
    assert predicted("Nepal's main rebel group asked followers to attack the Indian embassy.") == {
        triple("REQUEST", {"NPL"}, {"NPL"})
    }


def test_people_arrested_in_a_story_filed_without_a_credit_are_held_by_its_state() -> None:
    found = predicted(
        "SALT LAKE CITY - A former soldier was arrested on weapons charges on Friday, police said."
    )
    assert found == {triple("COERCE", {"USA"}, {"USA"})}


def test_a_partys_attacks_are_words_and_attacks_on_a_quality_are_no_blows() -> None:
    found = predicted("Republican attacks on Special Counsel Robert Mueller intensified on Monday.")
    assert found == {triple("ACCUSE", {"USA"}, {"USA"})}
    assert predicted("Senator Mark Warner denounced attacks on the FBI's integrity on Friday.") == (
        set()
    )


def test_the_people_table_knows_american_law_enforcement_principals() -> None:
    found = {p.name: p.country for p in people("Robert Mueller questioned Sam Clovis on Friday.")}
    assert found["Robert Mueller"] == "USA"


def test_a_joint_statement_is_an_agreement_of_its_signers() -> None:
    found = predicted("India and Pakistan said in a joint statement that they would resume talks.")
    assert triple("AGREE", {"IND", "PAK"}) in found
    found = predicted("China and Russia issued a joint statement on Tuesday.")
    assert found == {triple("AGREE", {"CHN", "RUS"})}


def test_a_killing_claimed_as_a_verb_is_the_claimants_attack_on_its_victims() -> None:
    found = predicted(
        "Al Qaeda claimed responsibility on Sunday for killing three Saudi policemen."
    )
    assert found == {triple("ASSAULT", {"ALQ"}, {"SAU"})}


def test_a_protest_its_own_side_announces_is_made_to_whom_it_is_made() -> None:
    found = predicted(
        "SEOUL (Reuters) - South Korea will protest to Japan over the textbooks, a foreign "
        "ministry spokesman said on Friday."
    )
    assert found == {triple("ACCUSE", {"KOR"}, {"JPN"})}


def test_rebels_who_kill_people_of_no_stated_state_kill_in_their_own() -> None:
    found = predicted(
        "Suspected Nepalese Maoist rebels killed 12 people on Monday, officials said."
    )
    assert found == {triple("ASSAULT", {"NPL"}, {"NPL"})}


def test_police_a_minister_speaks_of_are_his_states() -> None:
    found = predicted("Italy's interior minister says police have broken up a terrorist cell.")
    assert found == {triple("COERCE", {"ITA"}, {"ITA"})}


def test_easing_a_stance_concedes_and_meps_are_the_eus() -> None:
    assert predicted("Iran on Friday eased its stance against the European Union.") == {
        triple("CONCEDE", {"IRN"}, {"EUR"})
    }
    assert predicted("MEPs threatened on Tuesday to reject the new European Commission.") == {
        triple("THREATEN", {"EUR"}, {"EUR"})
    }


def test_a_deed_said_to_amount_to_a_crime_accuses_its_doer() -> None:
    found = predicted(
        "Britain said on Monday that the killings of civilians by Serb forces amounted to genocide."
    )
    assert found == {triple("ACCUSE", {"GBR"}, {"SRB"})}


def test_piling_pressure_on_a_state_is_a_request() -> None:
    assert predicted("The European Union put pressure on Turkey to recognize Cyprus.") == {
        triple("REQUEST", {"EUR"}, {"TUR"})
    }


def test_insurgents_hammering_a_city_attack_it() -> None:
    found = predicted("BAGHDAD - Insurgents hammered central Baghdad on Sunday with mortar fire.")
    assert found == {triple("ASSAULT", {"IRQ"}, {"IRQ"})}


def test_a_group_named_again_by_its_noun_is_the_same_group() -> None:
    found = predicted(
        "A militant group loyal to Abu Musab al-Zarqawi seized a Japanese tourist. In a video, "
        "the group threatened to behead him unless Tokyo withdraws its troops."
    )
    assert triple("THREATEN", {"IRQ"}, {"JPN"}) in found


def test_protesters_of_no_stated_state_protest_against_their_own_government() -> None:
    found = predicted(
        "Opposition supporters began a hunger strike on Monday to demand the resignation of "
        "Kenyan President Daniel arap Moi."
    )
    assert found == {triple("PROTEST", {"KEN"}, {"KEN"})}


def test_a_name_led_in_one_token_is_the_leaders_state() -> None:
    found = predicted("The U.S.-led coalition attacked a militant hideout in Ramadi on Saturday.")
    assert found == {triple("ASSAULT", {"USA"}, {"IRQ"})}
    found = predicted("Afghan and U.S.-led troops attacked a Taliban hideout in Kandahar.")
    assert found == {triple("ASSAULT", {"AFG", "USA"}, {"AFG"})}


def test_attacking_militia_positions_is_force_not_words() -> None:
    found = predicted(
        "A U.S. gunship attacked Shi'ite militia positions in the Iraqi city of Najaf."
    )
    assert found == {triple("ASSAULT", {"USA"}, {"IRQ"})}


def test_ties_threatened_with_no_partner_named_are_with_the_other_state() -> None:
    found = predicted(
        "Peru recalled its ambassador from Venezuela on Monday after the Venezuelan government "
        "threatened to break off relations."
    )
    assert triple("THREATEN", {"VEN"}, {"PER"}) in found
    found = predicted(
        "Spain recalls its Rabat ambassador after Morocco threatened to cut ties if jailed "
        "activists are pardoned."
    )
    assert triple("THREATEN", {"MAR"}, {"ESP"}) in found  # "after Morocco", parsed as a phrase


def test_withdrawing_support_for_someone_sanctions_them() -> None:
    found = predicted(
        "The United States withdrew its support for the Georgian government on Monday."
    )
    assert found == {triple("SANCTION", {"USA"}, {"GEO"})}


def test_a_refusal_announced_on_a_condition_is_a_threat() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - Senator Susan Collins said on Tuesday she would vote against the "
        "Republican health bill unless it restores funding for Medicaid."
    )
    assert found == {triple("THREATEN", {"USA"}, {"USA"})}


def test_an_allys_place_is_not_the_persons_and_an_acquittal_is_no_release() -> None:
    text = (
        "AP - Chancellor Gerhard Schroeder, a close ally for President Bush in Afghanistan, was "
        "acquitted of libel charges on Monday."
    )
    assert {p.name: p.country for p in people(text)}["Gerhard Schroeder"] == "DEU"
    # an acquittal frees no one held (CONVENTIONS A2: RETREAT releases prisoners)
    assert predicted(text) == set()


def test_a_meeting_the_clause_tells_of_is_held_by_its_subject() -> None:
    found = predicted(
        "Kofi Annan heard complaints on Monday in a closed meeting with Russian Foreign "
        "Minister Sergei Lavrov."
    )
    assert found == {triple("CONSULT", {"UNO"}, {"RUS"})}
    # a passive clause names no one who met; a meeting ahead is not coded
    assert predicted("The accord was reached in talks with Iran.") == set()
    assert predicted("Merkel will discuss trade at a meeting with Macron next week.") == set()


def test_an_unnamed_attacker_hits_the_one_state_named_as_the_place() -> None:
    found = predicted(
        "A suicide bomber blew up a car near a queue of men waiting to join the police in "
        "the northern city of Mosul, killing 15 people."
    )
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_a_foreign_person_is_not_of_the_place_he_is_in() -> None:
    assert predicted("President Bush met with a foreign leader in Washington on Monday.") == set()
    found = predicted("Officials in Tehran met with foreign diplomats on Monday.")
    assert triple("CONSULT", {"IRN"}, {"IRN"}) not in found


def test_pulling_something_out_is_no_withdrawal() -> None:
    assert predicted("Chinese rescue workers pulled more bodies out of the flooded mine.") == set()
    found = predicted("Chinese troops pulled out of the disputed valley on Monday.")
    assert triple("RETREAT", {"CHN"}) in found


def test_an_invitation_accepted_or_declined_answers_the_host() -> None:
    found = predicted("North Korean leader Kim Jong Un accepted an invitation to visit Seoul.")
    assert found == {triple("AGREE", {"PRK"}, {"KOR"})}
    found = predicted(
        "Democratic leaders in Congress accepted an invitation to meet President Donald Trump."
    )
    assert found == {triple("AGREE", {"USA"}, {"USA"})}
    found = predicted("Cuban President Fidel Castro declined an invitation to visit Washington.")
    assert found == {triple("REJECT", {"CUB"}, {"USA"})}


def test_a_statement_from_a_body_speaks_for_it() -> None:
    found = predicted("A statement from the Iranian foreign ministry accused Britain of spying.")
    assert found == {triple("ACCUSE", {"IRN"}, {"GBR"})}


def test_attacks_a_statement_threatens_are_threats_not_blows() -> None:
    found = predicted("Hamas issued a statement threatening attacks on Israel.")
    assert found == {triple("THREATEN", {"PSE"}, {"ISR"})}


def test_an_offer_on_a_condition_is_made_to_the_one_whose_act_is_the_condition() -> None:
    found = predicted("Iran agreed to suspend enrichment if the European Union offered incentives.")
    assert found == {triple("AGREE", {"IRN"}, {"EUR"})}


def test_a_state_name_read_as_a_persons_name_is_the_state() -> None:
    # NER reads "Sri Lanka's" as a PERSON entity with its possessive
    found = predicted("Sri Lanka's army blamed the Tamil Tigers for the attack on Monday.")
    assert found == {triple("ACCUSE", {"LKA"}, {"LKA"})}


def test_criticism_a_deed_sparks_is_made_by_its_source() -> None:
    assert predicted("Israel's raid sparked condemnation from Egypt.") == {
        triple("ACCUSE", {"EGY"}, {"ISR"})
    }
    assert predicted("Japan has come under criticism from China over the visit.") == {
        triple("ACCUSE", {"CHN"}, {"JPN"})
    }


def test_a_deed_said_to_bear_the_hallmarks_of_a_wrong_accuses_its_doer() -> None:
    found = predicted(
        "Human Rights Watch said the Sudanese army's campaign in Darfur bore the hallmarks of "
        "genocide."
    )
    assert found == {triple("ACCUSE", {"NSA"}, {"SDN"})}


def test_asking_to_meet_someone_asks_the_one_to_be_met() -> None:
    found = predicted(
        "An association of Cuban businesswomen has asked to meet with Republican Senator "
        "Marco Rubio."
    )
    assert found == {triple("REQUEST", {"CUB"}, {"USA"})}


def test_a_gerund_after_by_or_after_is_the_main_clauses_doers_deed() -> None:
    assert predicted("Russia retaliated by expelling 35 US diplomats.") == {
        triple("SANCTION", {"RUS"}, {"USA"})
    }
    found = predicted(
        "Putin told reporters after meeting Chinese President Xi Jinping that ties were good."
    )
    assert found == {triple("CONSULT", {"RUS"}, {"CHN"})}
    found = predicted(
        "A dozen State Department officials took the unusual step of formally accusing "
        "Secretary of State Rex Tillerson of violating a federal law."
    )
    assert found == {triple("ACCUSE", {"USA"}, {"USA"})}
    # a deed not done, or done only if something happens, is no event
    assert predicted("Israel acted without consulting the United States.") == set()
    assert predicted("Israel would respond by attacking Iran.") == set()


def test_a_counsel_is_a_title_not_part_of_the_name() -> None:
    found = people("Jared Kessler met with Special Counsel Robert Mueller's team.")
    assert [p.name for p in found if p.country] == ["Robert Mueller"]


def test_a_decision_someone_took_to_act_is_their_act() -> None:
    found = predicted("Moscow's decision to expel 35 British diplomats was a mistake.")
    assert found == {triple("SANCTION", {"RUS"}, {"GBR"})}
    # no one named as taking it, or a meeting still ahead (CONVENTIONS A4)
    assert predicted("A decision to expel 35 British diplomats is expected.") == set()
    found = predicted("The European Union's decision to hold talks with Turkey was welcomed.")
    assert triple("CONSULT", {"EUR"}, {"TUR"}) not in found


def test_the_guest_a_host_receives_visits_in_either_voice() -> None:
    visit = {triple("CONSULT", {"TUR"}, {"RUS"})}
    assert predicted("Putin hosted Erdogan in Sochi on Monday.") == visit
    assert predicted("Erdogan was hosted by Putin in Sochi on Monday.") == visit


def test_displeasure_expressed_with_or_at_a_deed_accuses_its_doer() -> None:
    found = predicted("China expressed strong dissatisfaction with the U.S. decision.")
    assert found == {triple("ACCUSE", {"CHN"}, {"USA"})}
    found = predicted("Germany expressed disappointment at Russia's move.")
    assert found == {triple("ACCUSE", {"DEU"}, {"RUS"})}
    # the court or body a complaint is filed at is no one accused
    found = predicted(
        "Iran filed a lawsuit at the World Court accusing the United States of violating a "
        "1955 treaty."
    )
    assert found == {triple("ACCUSE", {"IRN"}, {"USA"})}


def test_investigators_questioning_someone_investigate_them() -> None:
    found = predicted("Chinese police questioned two Japanese students on Monday.")
    assert found == {triple("ACCUSE", {"CHN"}, {"JPN"})}
    doubt = "Analysts questioned whether the deal between Iran and Iraq would hold."
    assert predicted(doubt) == set()


def test_a_director_serving_a_politician_resigns_from_office_not_a_firm() -> None:
    found = predicted(
        "The communications director for U.S. Senate candidate Roy Moore has resigned amid "
        "allegations of misconduct."
    )
    assert found == {triple("RETREAT", {"USA"})}
    assert predicted("The chairman of Russia's Gazprom resigned on Monday.") == set()


def test_a_verdict_of_right_on_a_deed_supports_its_doer() -> None:
    found = predicted(
        "President Donald Trump said the actions of his former national security adviser "
        "Michael Flynn were lawful."
    )
    assert found == {triple("SUPPORT", {"USA"}, {"USA"})}
    assert predicted("Iran said the policies of Israel were illegal.") == {
        triple("ACCUSE", {"IRN"}, {"ISR"})
    }
    # the victims of a deed are not its doers
    assert predicted("Iraq said the killing of Iraqi civilians was a crime.") == set()


def test_a_dateline_ended_by_a_colon_is_parsed_apart() -> None:
    found = predicted(
        "BAGHDAD: Fifteen people were killed and eight others injured in an explosion that "
        "hit a hotel last night in the northern Iraqi city of Tikrit, police and hospital "
        "officials said."
    )
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_a_name_the_people_table_lists_with_its_suffix_is_that_person() -> None:
    found = predicted("Pakistani President Pervez Musharraf met Pope John Paul II on Monday.")
    assert found == {triple("CONSULT", {"PAK"}, {"VAT"})}
    # a suffix the table does not list is someone else ("Donald Trump Jr."), of the same
    # country but without the table person's role
    found = people("Donald Trump Jr. met a Russian lawyer.")
    assert [(p.country, p.role) for p in found] == [("USA", "")]


def test_a_withdrawal_its_own_side_announces_is_a_decision_taken() -> None:
    found = predicted(
        "Poland will reduce its commitment of forces to the war in Iraq by 40 percent, the "
        "Polish Defense Ministry in Warsaw says."
    )
    assert found == {triple("RETREAT", {"POL"}, {"IRQ"})}


def test_a_refusal_until_another_acts_is_made_to_that_other() -> None:
    found = predicted(
        "North Korea said it will not resume talks on its nuclear program until the Bush "
        "administration ends its hostile policy."
    )
    assert found == {triple("REJECT", {"PRK"}, {"USA"})}


def test_a_visit_kicked_off_is_a_visit_made() -> None:
    found = predicted(
        "Pakistani President Pervez Musharraf kicked off a three-day visit to Italy on Monday."
    )
    assert found == {triple("CONSULT", {"PAK"}, {"ITA"})}


def test_an_appeal_to_the_world_at_large_has_no_recipient_to_name() -> None:
    found = predicted(
        "China and Singapore on Monday urged the international community to help calm the dispute."
    )
    assert found == {triple("REQUEST", {"CHN", "SGP"})}
    # an appeal to someone unnamed stays below the threshold
    assert predicted("China urged donors to help end the crisis.") == set()


def test_rebels_attacking_foreigners_take_the_state_they_fight_in() -> None:
    found = predicted("Insurgents attacked US troops in Baghdad on Monday.")
    assert found == {triple("ASSAULT", {"IRQ"}, {"USA"})}
    # with no place named, the rebels' state is not known
    assert predicted("Insurgents attacked US troops on Monday.") == {triple("ASSAULT", (), {"USA"})}


def test_a_news_network_is_its_states_firm() -> None:
    found = predicted("Palestinian gunmen released a CNN journalist abducted in Gaza City.")
    assert triple("RETREAT", {"PSE"}, {"USA"}) in found


def test_two_titled_leaders_joined_by_and_are_both_actors() -> None:
    # the parser hangs "U.S. President Donald Trump and" on the second name
    found = predicted(
        "U.S. President Donald Trump and Vietnamese President Tran Dai Quang signed a deal on "
        "Sunday."
    )
    assert found == {triple("AGREE", {"USA", "VNM"})}
    found = predicted(
        "U.S. President Donald Trump and Russian President Vladimir Putin spoke on the phone "
        "on Tuesday."
    )
    assert found == {triple("CONSULT", {"USA", "RUS"})}


def test_an_agreement_with_a_body_of_ones_own_state_is_coded() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - President Donald Trump’s former campaign manager Paul Manafort "
        "has agreed to a bail agreement with the special counsel, his lawyer said on Thursday."
    )
    assert found == {triple("AGREE", {"USA"}, {"USA"})}


def test_handing_over_documents_or_evidence_is_cooperation_not_aid() -> None:
    found = predicted("Britain handed over documents to the Iraqi government on Monday.")
    assert found == {triple("COOPERATE", {"GBR"}, {"IRQ"})}
    found = predicted("Pakistan provided the United States with evidence on the bombing.")
    assert found == {triple("COOPERATE", {"PAK"}, {"USA"})}


def test_an_official_of_the_country_speaks_for_the_state_the_report_is_about() -> None:
    found = predicted(
        "Poland will significantly reduce its number of troops in Iraq by the end of 2005, the "
        "country's defense minister said on Monday."
    )
    assert found == {triple("RETREAT", {"POL"}, {"IRQ"})}


def test_private_people_accusing_an_official_are_left_out_but_the_accusation_is_coded() -> None:
    found = predicted(
        "A radio broadcaster accused U.S. Senator Al Franken on Thursday of touching her."
    )
    assert found == {triple("ACCUSE", (), {"USA"})}
    # an unnamed group of no state is not a private person: too little to code
    assert predicted("Rights groups accused Israel of war crimes.") == set()


def test_a_deed_its_doer_claims_to_have_done_is_reported() -> None:
    found = predicted("The US military claimed to have killed 100 militiamen in Fallujah.")
    assert found == {triple("ASSAULT", {"USA"}, {"IRQ"})}
    # a claim to do something still ahead is no deed
    assert predicted("Israel claimed to kill militants.") == set()


def test_the_one_taken_hostage_is_the_recipient_not_the_place() -> None:
    found = predicted("Militants have taken a Japanese citizen hostage in Iraq.")
    assert found == {triple("ASSAULT", {"IRQ"}, {"JPN"})}


def test_fire_armed_men_draw_or_shoot_is_gunfire_not_criticism() -> None:
    found = predicted("US troops drew fire from insurgents in Ramadi on Monday.")
    assert found == {triple("ASSAULT", {"IRQ"}, {"USA"})}
    found = predicted("Israel's plan drew fire from Germany on Monday.")
    assert found == {triple("ACCUSE", {"DEU"}, {"ISR"})}


def test_a_federal_organ_serves_the_federation_the_article_is_about() -> None:
    found = predicted(
        "A federal judge on Friday turned down a request by President Donald Trump's "
        "administration to delay the ruling."
    )
    assert found == {triple("REJECT", {"USA"}, {"USA"})}
    # a dateline in a state that is no federation leaves a "federal" judge unplaced
    found = predicted(
        "PARIS (Reuters) - A federal judge turned down a request by President Donald Trump's "
        "administration to delay the ruling."
    )
    assert triple("REJECT", {"USA"}, {"USA"}) not in found


def test_a_journalist_takes_the_state_of_the_outlet_named_for_him() -> None:
    found = predicted(
        "Former CBS News anchor John Smith accused U.S. President Donald Trump of lying."
    )
    assert found == {triple("ACCUSE", {"USA"}, {"USA"})}


def test_a_court_with_no_place_acts_in_the_one_state_the_sentence_names() -> None:
    found = predicted(
        "An investigating judge questioned former Chilean dictator Augusto Pinochet on Monday."
    )
    assert found == {triple("ACCUSE", {"CHL"}, {"CHL"})}
    # a dateline places the court instead
    found = predicted(
        "MADRID (Reuters) - An investigating judge questioned former Chilean dictator Augusto "
        "Pinochet on Monday."
    )
    assert found == {triple("ACCUSE", {"ESP"}, {"CHL"})}


def test_a_person_from_a_foreign_city_is_of_its_state() -> None:
    found = predicted("A missionary from Toronto was arrested in China on Monday.")
    assert found == {triple("COERCE", {"CHN"}, {"CAN"})}


def test_a_body_someone_appoints_takes_the_appointers_state() -> None:
    found = predicted(
        "A commission appointed by Iraq's government urged Syria to close its border."
    )
    assert found == {triple("REQUEST", {"IRQ"}, {"SYR"})}


def test_jailing_for_a_term_is_a_sentence() -> None:
    # CONVENTIONS A2 notes: jailing for a crime is SANCTION when the text gives a sentence
    found = predicted(
        "HARARE (Reuters) - Zimbabwe's High Court jailed a British businessman for five years."
    )
    assert found == {triple("SANCTION", {"ZWE"}, {"GBR"})}
    assert predicted("An Egyptian court jailed the activist for life on Sunday.") == {
        triple("SANCTION", {"EGY"}, {"EGY"})
    }
    # detention with no term stays an arrest
    assert predicted("HARARE (Reuters) - Zimbabwe police jailed a British businessman.") == {
        triple("COERCE", {"ZWE"}, {"GBR"})
    }


def test_the_town_an_accord_is_named_after_is_no_party_to_it() -> None:
    text = "The United States pulled out of the Paris climate agreement on Thursday."
    assert not any("FRA" in e.recipient_codes for e in events(text))


def test_the_state_one_is_expelled_from_does_the_expelling() -> None:
    text = "Russia's ambassador was expelled from Britain on Wednesday."
    assert triple("SANCTION", ["GBR"], ["RUS"]) in predicted(text)


def test_the_state_one_is_deported_from_deports() -> None:
    text = "A Nigerian man was deported from Britain after serving his sentence."
    assert triple("COERCE", ["GBR"], ["NGA"]) in predicted(text)
