"""Rebels facing a government, rebels an attack noun names, crowds placed by the
dateline, house arrest ordered, US agencies and people of 2017 and 2004, a noun event of an
earlier year, refusals to answer questions, a suffixed namesake, decisions undone,
confirmation hearings and judges deliberating (0.35.0, actor data 1.18.0). Built on the
real parser and resolver."""

from __future__ import annotations

from real_coder import events, predicted, triple


def test_rebels_in_talks_with_a_government_are_of_its_state_not_the_venue() -> None:
    found = predicted(
        "Talks between the Sudanese government and rebels resumed in Abuja on Thursday."
    )
    assert not [t for t in found if "NGA" in t[1] | t[2]]
    # forces may fight abroad: their side does not give the insurgents a state
    found = predicted("U.S. forces and insurgents clashed in Baqouba on Monday.")
    assert triple("ASSAULT", ["USA", "IRQ"]) in found


def test_an_attack_noun_names_its_rebels_as_the_attackers() -> None:
    found = predicted("A rebel attack killed six soldiers in northern Uganda on Tuesday.")
    assert triple("ASSAULT", ["UGA"], ["UGA"]) in found
    found = predicted("Two policemen died in a militant attack in Kashmir on Sunday.")
    assert triple("ASSAULT", ["IND"], ["IND"]) in found


def test_the_last_conjunct_tells_the_means_of_both_deeds() -> None:
    found = predicted(
        "Officials in Afghanistan say eight Afghans have been killed and several others "
        "wounded in separate insurgent attacks across the country."
    )
    assert triple("ASSAULT", ["AFG"], ["AFG"]) in found
    found = predicted(
        "Seven soldiers were killed and four others were wounded in a rebel ambush in "
        "eastern Congo on Friday."
    )
    assert triple("ASSAULT", ["COD"], ["COD"]) in found


def test_an_attack_noun_with_no_rebels_names_no_attacker() -> None:
    found = predicted("A bomb attack killed six soldiers in northern Uganda on Tuesday.")
    assert triple("ASSAULT", [], ["UGA"]) in found


def test_demonstrators_take_the_state_of_the_dateline() -> None:
    found = predicted("LONDON - Thousands of demonstrators marched on Saturday.")
    assert triple("PROTEST", ["GBR"], ["GBR"]) in found
    # with no dateline and no place they stay unknown
    assert not predicted("Thousands of demonstrators marched on Saturday.")


def test_ordered_under_house_arrest_is_an_arrest() -> None:
    found = predicted(
        "Former Argentine president Carlos Menem was ordered under house arrest on Monday."
    )
    assert triple("COERCE", ["ARG"], ["ARG"]) in found


def test_us_federal_agencies_stand_for_the_united_states() -> None:
    found = predicted("WASHINGTON (Reuters) - FEMA criticized Puerto Rico's utility on Monday.")
    assert ("ACCUSE", frozenset({"USA"})) in {(t[0], t[1]) for t in found}
    found = predicted("The Consumer Financial Protection Bureau accused a Chinese bank of fraud.")
    assert triple("ACCUSE", ["USA"], ["CHN"]) in found


def test_a_noun_event_of_an_earlier_year_is_background() -> None:
    text = "John McCain spoke to reporters during a July 2015 trip to Moscow."
    assert not predicted(text, date="2017-11-04")
    text = "John McCain made a July 2015 trip to Moscow, he recalled."
    assert not predicted(text, date="2017-11-04")
    # this year's trip is news
    text = "John McCain spoke to reporters during a July trip to Moscow."
    assert triple("CONSULT", ["USA"], ["RUS"]) in predicted(text, date="2017-11-04")


def test_senators_and_aides_of_2017_resolve_by_surname() -> None:
    found = predicted("Gillibrand criticized Franken on Wednesday.", date="2017-11-20")
    assert triple("ACCUSE", ["USA"], ["USA"]) in found
    found = predicted(
        "Kevin Brady asked the Justice Department to review the plan.", date="2017-11-03"
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in found


def test_figures_of_2004_resolve() -> None:
    found = predicted(
        "Ahmad Chalabi accused the Iraqi government of corruption.", date="2004-08-10"
    )
    assert triple("ACCUSE", ["IRQ"], ["IRQ"]) in found
    found = predicted("Paul Wolfowitz criticized Syria on Tuesday.", date="2004-08-10")
    assert triple("ACCUSE", ["USA"], ["SYR"]) in found
    found = predicted("Sadr's militia attacked US troops on Saturday.", date="2004-08-10")
    assert triple("ASSAULT", ["IRQ"], ["USA"]) in found


def test_a_refusal_to_answer_questions_refuses_those_who_asked() -> None:
    text = (
        "WASHINGTON (Reuters) - Defense Secretary Jim Mattis refused to answer questions "
        "during a closed congressional hearing on Tuesday."
    )
    assert triple("REJECT", ["USA"], ["USA"]) in predicted(text, date="2017-11-14")


def test_a_suffixed_namesake_shares_the_country_not_the_role() -> None:
    text = (
        "WASHINGTON (Reuters) - Donald Trump Jr. criticized the House Intelligence Committee "
        "on Wednesday."
    )
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text, date="2017-11-15")


def test_undoing_anothers_decision_is_no_concession() -> None:
    text = (
        "A U.S. Senate committee approved the bill on Tuesday, reversing a decision by House "
        "lawmakers to cut NASA's budget."
    )
    assert not [e for e in events(text) if e.event == "CONCEDE"]
    text = "Iran on Tuesday reversed its decision to expel the British ambassador."
    assert [e for e in events(text) if e.event == "CONCEDE" and e.actor_codes == ("IRN",)]


def test_a_confirmation_hearing_inquires_into_no_one() -> None:
    text = "The Senate Armed Services Committee held a confirmation hearing for the nominee."
    assert not [e for e in events(text) if e.event == "ACCUSE"]
    text = "The Senate Judiciary Committee held a hearing on Russian meddling on Tuesday."
    assert triple("ACCUSE", ["USA"], ["RUS"]) in predicted(text)


def test_judges_withdrawing_to_deliberate_retreat_from_nothing() -> None:
    text = (
        "Judges in the trial of the French minister withdrew on Monday to consider their verdict."
    )
    assert not [e for e in events(text) if e.event == "RETREAT"]


def test_charges_told_with_no_one_bringing_them_accuse_the_charged() -> None:
    text = (
        "WASHINGTON (Reuters) - The White House on Tuesday played down the charges against "
        "former national security adviser Michael Flynn."
    )
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text, date="2017-12-05")
    text = (
        "WASHINGTON (Reuters) - The indictment of former Trump campaign chairman Paul "
        "Manafort surprised few lawmakers, the White House said on Monday."
    )
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text, date="2017-10-31")
    # charges denied or dropped, or charges other than accusations, are none
    assert not predicted("Michael Flynn denied the charges against him on Tuesday.")
    assert not predicted("Prosecutors dropped the charges against the Russian diplomat.")
    assert not predicted("Electricity charges against consumers in Iraq rose in March.")
