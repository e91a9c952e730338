"""Wire-copy forms of ordinary events (CONVENTIONS A1-A2): aid told as an amount "in"
aid or loans, and a preposition "in" that is no particle. Built on the real parser and
resolver; the sentences are written for the tests."""

from __future__ import annotations

from real_coder import predicted, triple


def test_aid_told_as_an_amount_in_aid_is_aid() -> None:
    assert triple("AID", ["GBR"], ["BGD"]) in predicted(
        "Britain gave an additional 12 million pounds in aid to Bangladesh."
    )
    assert triple("AID", ["EUR"], ["SDN"]) in predicted(
        "The EU gave 20 million euros in humanitarian assistance to Sudan."
    )
    assert triple("AID", ["JPN"], ["IRQ"]) in predicted(
        "Japan extended $3.5 billion in loans to Iraq for reconstruction."
    )


def test_giving_something_in_a_form_is_not_giving_in() -> None:
    found = predicted("Britain gave an additional 12 million pounds in aid to Bangladesh.")
    assert not any(t[0] == "CONCEDE" for t in found)


def test_a_warned_deed_of_ones_own_on_a_condition_threatens_the_one_it_is_put_to() -> None:
    text = "Iran warned that it would resume enrichment if the EU failed to deliver."
    assert triple("THREATEN", ["IRN"], ["EUR"]) in predicted(text)
    # a forecast of what others or things will do, or of what one may have to do, is none
    assert not predicted("The IMF warned that growth would slow if China raised rates.")
    assert not predicted(
        "Iran warned that it may have to leave the talks if the EU failed to deliver."
    )


def test_a_demand_or_plan_accepted_or_refused_names_the_one_who_made_it() -> None:
    text = "Israel accepted a U.S. demand to dismantle unauthorized outposts in the West Bank."
    assert triple("CONCEDE", ["ISR"], ["USA"]) in predicted(text)
    text = "Russia and China refused to back a U.S.-drafted resolution on Sudan."
    assert triple("REJECT", ["RUS", "CHN"], ["USA"]) in predicted(text)


def test_counterattacks_and_recaptures_are_assaults() -> None:
    text = "Islamic State militants launched a counterattack on Syrian army positions."
    assert triple("ASSAULT", ["NSA"], ["SYR"]) in predicted(text)
    text = "Iraqi forces recaptured the town of Tal Afar from Islamic State on Thursday."
    assert triple("ASSAULT", ["IRQ"], ["NSA"]) in predicted(text)


def test_a_comma_participle_after_a_refusal_tells_its_reason() -> None:
    text = "North Korea refused on Friday to return to six-party talks, blaming U.S. hostility."
    assert triple("ACCUSE", ["PRK"], ["USA"]) in predicted(text)


def test_a_means_charged_to_the_accused_is_not_the_accusers_deed() -> None:
    text = (
        "Saudi Arabia accused Iran of direct military aggression by supplying missiles "
        "to Yemen's Houthi rebels."
    )
    assert predicted(text) == {triple("ACCUSE", ["SAU"], ["IRN"])}


def test_its_neighbours_are_others_not_its_own() -> None:
    text = "Turkey shipped food and water to Qatar after its neighbours cut ties with Doha."
    assert predicted(text) == {triple("AID", ["TUR"], ["QAT"])}


def test_what_an_easing_allows_is_not_a_second_concession() -> None:
    text = (
        "The United States eased sanctions on Libya on Friday, allowing American oil "
        "companies to return."
    )
    assert predicted(text) == {triple("CONCEDE", ["USA"], ["LBY"])}


def test_name_calling_accuses_the_one_named() -> None:
    assert triple("ACCUSE", ["VEN"], ["USA"]) in predicted("Venezuela called Bush a terrorist.")
    text = (
        "The United States imposed sanctions on Venezuelan President Nicolas Maduro, "
        "calling him a dictator."
    )
    assert triple("ACCUSE", ["USA"], ["VEN"]) in predicted(text)
    # police naming a suspect's crime accuse no state
    assert not predicted("Police called the suspect a terrorist.")


def test_a_deed_described_as_a_crime_accuses_its_doer() -> None:
    text = (
        "The U.N. human rights chief described Myanmar's military operation as a textbook "
        "example of ethnic cleansing."
    )
    assert triple("ACCUSE", ["UNO"], ["MMR"]) in predicted(text)


def test_a_reproach_drawn_by_a_deed_is_aimed_at_its_doer() -> None:
    # the clause it hangs on names the doer, past a participle on its object
    text = (
        "The Italian premier on Monday praised a general convicted by a Greek court, "
        "drawing condemnation from Athens."
    )
    assert triple("ACCUSE", ["GRC"], ["ITA"]) in predicted(text)
    # a deed owned by a state ("Australia's plan") draws the reproach on the state
    text = "Australia's plan to patrol the strait has provoked fury from Jakarta."
    assert triple("ACCUSE", ["IDN"], ["AUS"]) in predicted(text)
    # a deed of no one named leaves the one reproached out
    found = predicted("The plan drew sharp criticism from Jakarta on Monday.")
    assert triple("ACCUSE", ["IDN"], ["AUS"]) not in found


def test_a_call_for_a_thing_of_no_one_has_no_recipient() -> None:
    # CONVENTIONS A3: the recipient of a REQUEST may be empty
    text = "The presidents of Chile and Spain called for new efforts to fight hunger."
    assert triple("REQUEST", ["CHL", "ESP"], []) in predicted(text)
    text = "Senior Kenyan lawmakers on Tuesday called for changes in the chamber's rules."
    assert triple("REQUEST", ["KEN"], []) in predicted(text)
    # people a demand is put to, named only by a noun, are no thing asked for, nor is a
    # deal to be had with a side
    text = "A UN envoy urged the rebels to allow aid convoys through."
    assert triple("REQUEST", ["UNO"], []) not in predicted(text)
    text = "Kenyan rebels demanded a truce with government forces."
    assert triple("REQUEST", ["KEN"], []) not in predicted(text)


def test_armed_men_named_by_the_threat_they_make_threaten() -> None:
    text = (
        "Insurgents threatening to behead two Turkish drivers said on Sunday that "
        "talks had broken down."
    )
    assert triple("THREATEN", [], ["TUR"]) in predicted(text)
    # other participles on a group tell who they are, not a threat made
    assert not predicted("Militants hiding in the hills said on Sunday that talks had failed.")


def test_pressuring_someone_is_a_request() -> None:
    text = "Beijing pressured Hanoi to halt oil drilling in the disputed waters."
    assert triple("REQUEST", ["CHN"], ["VNM"]) in predicted(text)
    text = "Israel pressured Egypt into closing the border crossing."
    assert triple("REQUEST", ["ISR"], ["EGY"]) in predicted(text)


def test_pressure_faced_comes_from_its_source() -> None:
    # the one under pressure is the recipient, its source ("from", "U.S. pressure") the actor
    text = "Iran faced mounting pressure from the EU to halt enrichment."
    assert triple("REQUEST", ["EUR"], ["IRN"]) in predicted(text)
    text = "Sudan faces U.S. pressure to disarm the militias."
    assert triple("REQUEST", ["USA"], ["SDN"]) in predicted(text)
    # pressure of no named source is no record
    assert not predicted("Sudan faces mounting pressure to disarm the militias.")


def test_a_deed_joined_to_a_condition_is_conditional_too() -> None:
    text = (
        "Critics said that if Russia knew of the plot and then pressured Belarus to drop "
        "the case, it broke the treaty."
    )
    assert triple("REQUEST", ["RUS"], ["BLR"]) not in predicted(text)


def test_a_court_blocking_an_order_or_law_rejects_it() -> None:
    text = "A Kenyan court on Monday blocked the government's order to close the camp."
    assert triple("REJECT", ["KEN"], ["KEN"]) in predicted(text)


def test_police_named_by_a_pronoun_act_at_home() -> None:
    # CONVENTIONS A4: a state's police acting on people of no stated state: domestic
    text = (
        "Bolivia's interior minister said police acted in self-defense when they shot two miners."
    )
    assert triple("ASSAULT", ["BOL"], ["BOL"]) in predicted(text)


def test_an_invitation_to_a_meeting_comes_from_its_members() -> None:
    text = "Hamas rejected an invitation to attend a meeting of Palestinian factions in Cairo."
    assert triple("REJECT", ["PSE"], ["PSE"]) in predicted(text)
    # the venue of a conference is not its host
    found = predicted("Iran accepted an invitation to attend a conference in Geneva.")
    assert not any(t[2] == frozenset({"CHE"}) for t in found)


def test_a_misdeed_told_as_fact_accuses_its_doer() -> None:
    assert triple("ACCUSE", ["SYR"], ["TUR"]) in predicted(
        "Syria said on Monday that Turkey violated the ceasefire."
    )
    assert triple("ACCUSE", ["CHN"], ["JPN"]) in predicted(
        "China said Japan was undermining regional stability."
    )
    # a passive misdeed accuses its agent
    text = "Moscow said the report had been fabricated by Ukrainian intelligence."
    assert triple("ACCUSE", ["RUS"], ["UKR"]) in predicted(text)
    # a misdeed denied, only possible, or one's own is no accusation
    assert not predicted("Syria said Turkey never violated the ceasefire.")
    assert not predicted("Syria said Turkey may have violated the ceasefire.")
    assert not predicted("Syria said it violated no agreement.")


def test_one_said_to_be_behind_an_attack_is_accused() -> None:
    assert triple("ACCUSE", ["PAK"], ["IND"]) in predicted(
        "Pakistan said India was behind the bombing in Lahore."
    )
    assert triple("ACCUSE", ["EUR"], ["RUS"]) in predicted(
        "The EU said Russia was trying to destabilize Ukraine."
    )
    # a duty held is no deed charged
    assert not predicted("Officials said Hamas was responsible for security in Gaza.")


def test_praise_of_someone_named_supports_them() -> None:
    assert triple("SUPPORT", ["FRA"], ["DEU"]) in predicted(
        "Macron said Germany was a reliable partner."
    )
    text = "Putin said on Monday he thought Chinese President Xi Jinping was excellent."
    assert triple("SUPPORT", ["RUS"], ["CHN"]) in predicted(text)
    # praise of a thing, or praise denied, supports no one
    assert not predicted("Putin said the talks with Xi were excellent.")
    assert not predicted("Putin said Xi was not a reliable partner.")


def test_an_announced_answer_by_force_threatens() -> None:
    text = "North Korea said it would respond with force to any provocation by South Korea."
    assert triple("THREATEN", ["PRK"], ["KOR"]) in predicted(text)
    text = "Iran will respond with force if Israel attacks its facilities, a commander said."
    assert triple("THREATEN", ["IRN"], ["ISR"]) in predicted(text)
    # an answer in words is none
    assert not predicted("China said it would respond with anger to any provocation by Japan.")


def test_a_proposal_not_backed_is_refused() -> None:
    found = predicted("Russia did not support the U.S.-drafted resolution.")
    assert triple("REJECT", ["RUS"], ["USA"]) in found
    # a stance against a cause is no refusal of a proposal
    assert not predicted("China does not support Taiwan's independence.")


def test_cannot_accept_is_a_refusal() -> None:
    text = "Iran cannot accept the EU's demands, the foreign minister said."
    assert triple("REJECT", ["IRN"], ["EUR"]) in predicted(text)
    # an inability on a condition, or a possibility, is none
    assert not predicted("Iran could not accept the EU's demands if the talks failed.")
    assert not predicted("Iran can accept the EU's demands.")


def test_a_second_passive_verb_shares_the_first_ones_patient() -> None:
    text = "Myanmar's prime minister Khin Nyunt has been sacked and placed under house arrest."
    assert triple("COERCE", ["MMR"], ["MMR"]) in predicted(text)


def test_a_deed_many_years_ago_is_background() -> None:
    text = "Fifteen years ago, an American journalist was beaten and executed in Peru."
    assert not predicted(text)
    assert triple("ASSAULT", ["ISR"], ["PSE"]) in predicted(
        "Two days ago, Israeli troops attacked a camp in Gaza."
    )


def test_the_speaker_of_an_arrest_names_no_place_of_it() -> None:
    text = (
        "Myanmar's prime minister Khin Nyunt has been placed under house arrest, a Thai "
        "government spokesman said."
    )
    assert triple("COERCE", ["MMR"], ["MMR"]) in predicted(text)


def test_a_resignation_announced_is_coded_with_no_recipient() -> None:
    text = "U.S. Representative Trent Franks said on Friday that he would resign."
    assert triple("RETREAT", ["USA"], []) in predicted(text)
    # one told in a relative clause is mostly background
    text = "Michael Flynn, who resigned in February, met investigators on Monday."
    assert not any(t[0] == "RETREAT" for t in predicted(text))


def test_an_active_conjunct_of_a_passive_verb_is_done_by_its_patient() -> None:
    text = "Montenegro's prime minister has been indicted by a U.N. court and will resign."
    assert triple("RETREAT", ["MNE"], []) in predicted(text)
    # a second passive verb still shares the first one's patient
    text = "Two Iraqi officers were arrested by U.S. troops and charged with murder."
    assert triple("RETREAT", ["IRQ"], []) not in predicted(text)


def test_appealing_a_ruling_is_no_request() -> None:
    text = "The Swiss government appeals an order blocking its ban on the imports."
    assert not any(t[0] == "REQUEST" for t in predicted(text))
    text = "Libya appealed to the United States to drop a travel ban."
    assert triple("REQUEST", ["LBY"], ["USA"]) in predicted(text)


def test_the_police_or_army_that_reports_an_arrest_made_it() -> None:
    text = "Four soldiers were charged with the murder of a prisoner, the U.S. army said."
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text)
    text = "Two suspects were arrested on Sunday, Pakistani police said."
    assert triple("COERCE", ["PAK"], ["PAK"]) in predicted(text)


def test_a_deed_charged_by_a_gerund_is_the_accused_ones() -> None:
    text = "Japan accused China on Monday of bad faith by refusing to resume the talks."
    found = predicted(text)
    assert triple("ACCUSE", ["JPN"], ["CHN"]) in found
    assert not any(t[0] == "REJECT" and t[1] == frozenset({"JPN"}) for t in found)


def test_forces_supporting_troops_in_the_field_give_no_verbal_support() -> None:
    text = "British forces supported Iraqi troops in raids on two villages near Basra."
    assert not any(t[0] == "SUPPORT" for t in predicted(text))
    text = "Britain supports the Iraqi government in its fight against insurgents."
    assert triple("SUPPORT", ["GBR"], ["IRQ"]) in predicted(text)


def test_a_prisoner_freed_from_jail_is_released_by_his_own_state() -> None:
    text = "Former Malaysian deputy prime minister Anwar Ibrahim was freed from jail on Thursday."
    assert triple("RETREAT", ["MYS"], ["MYS"]) in predicted(text)


def test_a_pledge_about_ones_own_programme_names_no_other_side() -> None:
    text = "Iran pledged on Sunday to temporarily suspend its uranium enrichment programme."
    assert triple("AGREE", ["IRN"], []) in predicted(text)
    # one's own money put into one's own business is no pledge to anyone
    text = "Samsung said it would invest 24 billion dollars in its chip business."
    assert not predicted(text)


def test_rejecting_a_concern_about_oneself_is_a_denial() -> None:
    text = "Putin rejected concern that he is steering Russia toward authoritarian rule."
    assert not predicted(text)


def test_an_attack_blamed_on_someone_is_theirs() -> None:
    text = "Three policemen were killed in a bombing blamed on the Tamil Tigers in Sri Lanka."
    assert triple("ASSAULT", ["LKA"], ["LKA"]) in predicted(text)
    text = "Two Turkish soldiers were killed in an attack on Sunday blamed on Kurdish rebels."
    assert triple("ASSAULT", ["TUR"], ["TUR"]) in predicted(text)


def test_violence_blamed_on_someone_in_a_place_description_is_not_this_attack() -> None:
    text = (
        "A bomb exploded outside a shop in southern Thailand, the scene of a wave of "
        "violence blamed on Muslim separatists, wounding 12 people, police said."
    )
    found = predicted(text)
    assert triple("ASSAULT", [], ["THA"]) in found
    assert triple("ASSAULT", ["THA"], ["THA"]) not in found


def test_deaths_in_clashes_between_two_sides_are_the_clash_of_both() -> None:
    text = (
        "Two Iraqis were killed in clashes that broke out between U.S. troops and "
        "insurgents in Samarra on Sunday."
    )
    found = predicted(text)
    assert triple("ASSAULT", ["USA", "IRQ"], []) in found
    assert triple("ASSAULT", [], ["IRQ"]) not in found


def test_people_seized_by_police_are_arrested_not_abducted() -> None:
    text = "Police seized three British men in a raid in London."
    assert triple("COERCE", ["GBR"], ["GBR"]) in predicted(text)
    text = "Iraqi militants seized a Turkish driver."
    assert triple("ASSAULT", ["IRQ"], ["TUR"]) in predicted(text)


def test_a_deed_told_as_alleged_is_not_reported_as_fact() -> None:
    assert not predicted("Soldiers allegedly shot a Palestinian girl near Rafah.")
    assert triple("ASSAULT", [], ["PSE"]) in predicted(
        "Soldiers shot a Palestinian girl near Rafah."
    )


def test_an_explosion_at_a_workplace_is_an_accident() -> None:
    text = "Thirteen people were killed in an explosion at a power plant in northern China."
    assert not predicted(text)
    text = "Five people were killed in a bomb blast at a factory in Baghdad."
    assert triple("ASSAULT", [], ["IRQ"]) in predicted(text)


def test_an_attack_with_no_state_named_in_the_first_sentence_is_where_it_was_filed() -> None:
    text = "ISLAMABAD: Seven people were injured in a powerful explosion at a hotel on Monday."
    assert triple("ASSAULT", [], ["PAK"]) in predicted(text)
    # a later sentence may tell of somewhere else
    text = (
        "KABUL (Reuters) - Afghan officials met on Monday. Seven people were injured in "
        "a powerful explosion at a hotel."
    )
    assert triple("ASSAULT", [], ["AFG"]) not in predicted(text)


def test_a_charge_its_own_government_says_it_would_bring_is_a_decision() -> None:
    text = "Thailand's prime minister said the government would prosecute 300 Muslims."
    assert triple("ACCUSE", ["THA"], ["THA"]) in predicted(text)
    # blame promised on a condition is hypothetical
    text = "Trump said he would blame the Democrats if a government shutdown takes place."
    assert not predicted(text)


def test_a_vow_of_ones_own_course_promises_no_one_anything() -> None:
    text = "Malaysian opposition leader Anwar Ibrahim vowed on Sunday to restart his campaign."
    assert not predicted(text)
    text = "Japan vowed on Sunday to help Indonesia rebuild after the earthquake."
    assert any(t[0] == "AGREE" for t in predicted(text))


def test_a_plan_agreed_to_answers_its_maker_not_the_place_it_is_for() -> None:
    text = "Sudan agreed to a British peace plan for Darfur."
    assert predicted(text) == {triple("AGREE", ["SDN"], ["GBR"])}


def test_a_veto_is_coded_when_the_sponsor_goes_unnamed() -> None:
    text = "The United States on Tuesday vetoed an Arab-backed resolution on Gaza."
    assert triple("REJECT", ["USA"], []) in predicted(text)


def test_an_attack_outside_a_named_embassy_is_on_its_state() -> None:
    text = (
        "A large explosion was set off on Thursday outside the Australian Embassy in "
        "Jakarta's business district, killing at least eight people, officials said."
    )
    assert predicted(text) == {triple("ASSAULT", [], ["AUS"])}
    # "it" is the truck, not the police who tell of it
    text = (
        "JAKARTA, Indonesia -- Police released a photo of a truck just before it blew up "
        "outside the Australian Embassy."
    )
    assert predicted(text) == {triple("ASSAULT", [], ["AUS"])}


def test_an_appeal_to_world_leaders_names_no_state() -> None:
    text = "TBILISI - Georgia's president appealed to world leaders to convene a conference."
    assert predicted(text) == {triple("REQUEST", ["GEO"], [])}


def test_a_passive_future_permission_with_no_grantor_is_a_forecast() -> None:
    text = "Transgender people will be allowed to enlist in the U.S. military from Monday."
    assert not predicted(text)
    # a state that says it will allow something commits to it
    assert triple("AGREE", ["IRQ"], ["UNO"]) in predicted(
        "Iraq said it would allow U.N. inspectors to return."
    )


def test_deaths_from_a_landmine_are_an_attack() -> None:
    text = "Three relief workers were killed in Sudan on Tuesday by a landmine."
    assert triple("ASSAULT", [], ["SDN"]) in predicted(text)


def test_two_sides_of_one_state_accusing_each_other_is_a_domestic_accusation() -> None:
    text = "Georgian and Abkhaz troops accused each other of shelling villages overnight."
    assert triple("ACCUSE", ["GEO"], ["GEO"]) in predicted(text)
    text = "Rival Palestinian factions accused each other of the killing of a commander."
    assert triple("ACCUSE", ["PSE"], ["PSE"]) in predicted(text)
    # two states accuse each other
    text = "India and Pakistan accused each other of violating the ceasefire."
    assert triple("ACCUSE", ["IND", "PAK"], ["IND", "PAK"]) in predicted(text)


def test_a_state_calling_on_others_and_itself_calls_on_the_others() -> None:
    text = "Chinese President Hu Jintao called upon Brazil and China to expand trade ties."
    assert triple("REQUEST", ["CHN"], ["BRA"]) in predicted(text)
    # a group of the state may call on its own government
    text = "A Taliban faction demanded a response from the Afghan government and the UN."
    assert triple("REQUEST", ["AFG"], ["AFG", "UNO"]) in predicted(text)


def test_soldiers_freed_by_rebels_are_of_the_state_the_rebels_fight() -> None:
    text = "Colombian rebels on Friday freed four soldiers they had held for a year."
    assert triple("RETREAT", ["COL"], ["COL"]) in predicted(text)


def test_the_bare_participle_of_a_with_clause_is_passive() -> None:
    text = (
        "Fighting went on in Iraq on Monday, with six Iraqis killed in a roadside "
        "bombing near Mosul."
    )
    found = predicted(text)
    assert triple("ASSAULT", [], ["IRQ"]) in found
    assert triple("ASSAULT", ["IRQ"], ["IRQ"]) not in found


def test_a_captive_named_by_the_captors_is_the_one_threatened() -> None:
    text = (
        "The kidnappers of a British engineer in Iraq threatened to behead him unless "
        "Britain frees all Iraqi women prisoners."
    )
    # the captors are named only by their captive: no state of theirs is given (0.40.0;
    # before, the captive's place was theirs, which neither helper coding of the lead
    # this came from codes)
    assert triple("THREATEN", [], ["GBR"]) in predicted(text)
    text = "Gunmen seized an Italian aid worker on Tuesday and threatened to kill her."
    assert triple("THREATEN", [], ["ITA"]) in predicted(text)


def test_a_two_word_states_neighbours_are_not_that_state() -> None:
    text = "Nigeria urged Sierra Leone's neighbours to enforce the United Nations arms embargo."
    found = predicted(text)
    assert triple("REQUEST", ["NGA"], ["SLE"]) not in found
    # the state itself, named with its possessive, still is
    assert triple("REQUEST", ["NGA"], ["SLE"]) in predicted(
        "Nigeria urged Sierra Leone's government to enforce the arms embargo."
    )


def test_a_new_product_released_is_no_prisoner_freed() -> None:
    # the tagger reads the product's name as a person's
    assert not predicted("Sony Japan has released a new Clie for the Japanese market.")
    assert triple("RETREAT", ["IRN"], ["IRN"]) in predicted("Iran released Ahmad Batebi on Monday.")


def test_who_defends_against_accusations_by_someone_is_accused_by_them() -> None:
    text = (
        "Britain defended itself on Monday against accusations by Zimbabwean officials "
        "that it had funded the opposition."
    )
    assert triple("ACCUSE", ["ZWE"], ["GBR"]) in predicted(text)
    text = (
        "Russia's defence minister defended Russian peacekeepers against accusations by "
        "Georgia that they had shelled villages."
    )
    assert triple("ACCUSE", ["GEO"], ["RUS"]) in predicted(text)


def test_captors_bargain_with_the_captives_side() -> None:
    text = "Iraqi kidnappers of two Italian aid workers demanded a ransom of $2 million."
    assert triple("REQUEST", ["IRQ"], ["ITA"]) in predicted(text)
    text = (
        "Militants holding two Japanese engineers hostage in Iraq offered to extend their "
        "deadline by a day."
    )
    assert triple("AGREE", ["IRQ"], ["JPN"]) in predicted(text)
    # a group of lawmakers is no group of captors
    text = "A group of Democratic senators urged Congress to extend the tax credit."
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text)


def test_its_in_a_reported_subject_is_the_reporters() -> None:
    text = "Georgia says three of its soldiers were killed in a mortar attack overnight."
    assert triple("ASSAULT", [], ["GEO"]) in predicted(text)
    text = "Turkey said its engineers were wounded by a roadside bomb on Friday."
    assert triple("ASSAULT", [], ["TUR"]) in predicted(text)
    # an object's owner is left alone: the withdrawer's own force is no recipient
    text = "Nigeria said it would withdraw their peacekeeping force from Chad."
    assert not any(t[2] == frozenset({"NGA"}) for t in predicted(text))


def test_a_deal_promised_with_a_partner_names_the_partner() -> None:
    text = "Bangladesh is willing to sign a protocol with the United States on terrorism."
    assert triple("AGREE", ["BGD"], ["USA"]) in predicted(text)
    text = "Saudi Arabia has refused to sign an agreement with Washington on enrichment."
    assert triple("REJECT", ["SAU"], ["USA"]) in predicted(text)


def test_a_passive_until_clause_tells_no_deed_done() -> None:
    # "until troops are withdrawn": the withdrawal has not happened
    text = "Hamas vowed to keep fighting until Israeli troops are withdrawn from Gaza."
    assert not any(t[0] == "RETREAT" for t in predicted(text))
    text = "The rebels said they would keep their guns until the demands of Ivorian rebels are met."
    assert not any(t[0] == "CONCEDE" for t in predicted(text))
    # nor has a lifting told in a present clause under a future one
    text = "Aid will flow as soon as the sanctions on Iraq are lifted by the UN."
    assert triple("CONCEDE", ["UNO"], ["IRQ"]) not in predicted(text)
    text = "Aid flowed as soon as the sanctions on Iraq were lifted by the UN."
    assert triple("CONCEDE", ["UNO"], ["IRQ"]) in predicted(text)


def test_no_deed_done_by_no_one_or_to_nothing() -> None:
    # CONVENTIONS A1: "no talks were held" is not coded; nor is any deed its subject or
    # object denies
    assert not predicted("No agreement was reached between Israel and the Palestinians.")
    assert not predicted("Israel and Syria reached no agreement on Monday.")
    assert not predicted("No one was arrested by Iraqi police after the protest.")
    assert not predicted("No shots were fired at the Israeli soldiers.")


def test_no_group_claiming_an_attack_leaves_its_doer_unknown() -> None:
    text = "No group has claimed responsibility for the bombing in Baghdad."
    assert predicted(text) == {triple("ASSAULT", [], ["IRQ"])}


def test_fighters_near_a_border_are_not_of_the_state_beyond_it() -> None:
    found = predicted("Pakistani troops killed five militants near the Afghan border.")
    assert triple("ASSAULT", ["PAK"], ["AFG"]) not in found
    assert triple("ASSAULT", ["PAK"], ["PAK"]) in found


def test_a_state_freeing_prisoners_of_no_stated_state_frees_its_own() -> None:
    # CONVENTIONS A4: a state acting on people in its own prisons codes them as its own
    text = "Myanmar's junta released 300 political prisoners on Friday."
    assert triple("RETREAT", ["MMR"], ["MMR"]) in predicted(text)
    # captors are no state: their captives' state is unknown
    text = "Iraqi militants released two hostages on Friday."
    assert triple("RETREAT", ["IRQ"], ["IRQ"]) not in predicted(text)


def test_a_state_and_a_body_named_together_as_modifiers_both_act() -> None:
    text = "Afghan and NATO forces killed 20 Taliban fighters in Helmand province."
    assert any(t[0] == "ASSAULT" and t[1] == frozenset({"AFG", "NATO"}) for t in predicted(text))


def test_a_call_received_is_made_by_the_caller() -> None:
    text = "Putin received a telephone call from Bush on Monday."
    assert triple("CONSULT", ["USA"], ["RUS"]) in predicted(text)


def test_those_met_by_an_unknown_traveller_did_not_meet_each_other() -> None:
    text = "An envoy arrived in Israel on Sunday for talks with Israeli and Palestinian leaders."
    assert triple("CONSULT", ["ISR", "PSE"], []) not in predicted(text)


def test_a_crowd_protesting_a_foreign_deed_at_home() -> None:
    text = "Thousands of people rallied in Seoul against the deployment of U.S. troops."
    assert triple("PROTEST", ["KOR"], ["USA"]) in predicted(text)
    text = "Hundreds protested in Manila against the visit of the U.S. president."
    assert triple("PROTEST", ["PHL"], ["USA"]) in predicted(text)


def test_the_dead_of_a_battle_between_sides_name_no_victim_state() -> None:
    text = "Fierce battles between insurgents and US and Iraqi forces killed 27 people in Baqouba."
    found = predicted(text)
    assert triple("ASSAULT", [], ["IRQ"]) not in found
    assert triple("ASSAULT", ["USA", "IRQ"], []) in found


def test_a_headlines_bare_infinitive_is_a_plan() -> None:
    found = predicted("Israel to free 500 Palestinian prisoners")
    assert triple("RETREAT", ["ISR"], ["PSE"]) not in found
    assert triple("AGREE", ["ISR"], ["PSE"]) in found


def test_whoever_is_told_to_resign_is_asked_when_the_verb_is_read_as_a_noun() -> None:
    text = "Republican lawmakers on Wednesday demanded that Special Counsel Robert Mueller resign."
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text)


def test_a_state_hanging_people_of_no_stated_state_executes_its_own() -> None:
    assert triple("ASSAULT", ["IRN"], ["IRN"]) in predicted(
        "Iran hanged two men convicted of spying on Tuesday."
    )
    # no execution without a person hanged; a passive execution names no executor
    assert not predicted("The protesters hung a banner from the embassy in Tehran.")
    found = predicted("BAGHDAD - An American hostage has been executed, a militant group said.")
    assert triple("ASSAULT", ["IRQ"], ["USA"]) not in found
