"""Deeds and demands in ordinary wire shapes (CONVENTIONS A1-A4): the judge's own people
as the victims of a deed it condemns, talks asked for with another side, a reduced
relative on the wounded, a demand made on a condition, a candidate leaving a race, places
the tagger mislabels or names by "of", troops pulled "out of" a state, and ramming.
Built on the real parser and resolver; the sentences are written for the tests."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_deed_on_the_judges_own_people_names_the_judges_state() -> None:
    text = "India condemned the killing of its soldiers by Pakistani troops."
    assert triple("ASSAULT", ["PAK"], ["IND"]) in predicted(text)
    text = "The Philippines protested the arrest of its fishermen by China on Monday."
    assert triple("COERCE", ["CHN"], ["PHL"]) in predicted(text)


def test_its_after_two_judges_names_no_one() -> None:
    text = "Britain and France condemned the killing of its soldiers by Syrian troops."
    found = predicted(text)
    assert not any(t[0] == "ASSAULT" and t[2] for t in found)


def test_a_detention_judged_is_an_arrest() -> None:
    text = "Pakistan condemned the detention of its nationals by Indian police."
    assert triple("COERCE", ["IND"], ["PAK"]) in predicted(text)


def test_talks_asked_for_with_a_side_are_asked_of_it() -> None:
    assert triple("REQUEST", ["KOR"], ["PRK"]) in predicted(
        "South Korea's President Moon Jae-in called for dialogue with North Korea."
    )
    assert triple("REQUEST", ["PAK"], ["IND"]) in predicted(
        "Pakistan sought talks with India over Kashmir."
    )


def test_the_wounded_of_a_reduced_relative_are_the_victims() -> None:
    text = (
        "Four US servicemen wounded last week in the Iraqi city of Fallujah on Monday "
        "described intense fighting with a skilled enemy."
    )
    found = predicted(text)
    assert triple("ASSAULT", ["USA"], ["IRQ"]) not in found
    assert triple("ASSAULT", [], ["USA"]) in found


def test_harm_verbs_sharing_an_object_keep_their_doers() -> None:
    text = "Syrian troops killed and wounded dozens of Lebanese civilians on Monday."
    assert triple("ASSAULT", ["SYR"], ["LBN"]) in predicted(text)


def test_a_demand_on_a_condition_is_no_request() -> None:
    said = "Senator Chuck Schumer said Senator Al Franken should resign."
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(said)
    iffy = (
        "Senator Chuck Schumer said Senator Al Franken should resign if the allegations are true."
    )
    assert not any(t[0] == "REQUEST" for t in predicted(iffy))


def test_a_candidate_leaving_a_race_is_no_retreat() -> None:
    text = "Jailed Palestinian leader Marwan Barghouti pulled out of the Palestinian elections."
    assert not any(t[0] == "RETREAT" for t in predicted(text))
    assert triple("RETREAT", ["ISR"], ["PSE"]) in predicted(
        "Israel pulled its troops out of the West Bank town of Jenin."
    )


def test_a_place_the_tagger_calls_a_language_is_still_a_place() -> None:
    # the small model labels "Aleppo" here a LANGUAGE
    text = "Syrian warplanes bombed targets in Aleppo."
    assert triple("ASSAULT", ["SYR"], ["SYR"]) in predicted(text)


def test_a_place_noun_struck_names_its_place_by_of() -> None:
    text = "Syrian warplanes bombed rebel-held areas of Aleppo."
    assert triple("ASSAULT", ["SYR"], ["SYR"]) in predicted(text)


def test_troops_pulled_out_of_a_place_leave_its_state() -> None:
    text = "Syria pulled its troops out of Lebanon."
    assert triple("RETREAT", ["SYR"], ["LBN"]) in predicted(text)


def test_ramming_a_boat_is_an_attack_and_ramming_a_bill_is_not() -> None:
    text = "Chinese coast guard vessels rammed a Vietnamese fishing boat."
    assert triple("ASSAULT", ["CHN"], ["VNM"]) in predicted(text)
    assert not predicted("Senate Republicans rammed the tax bill through the U.S. Congress.")


def test_a_pledge_about_ones_own_state_names_no_other_side() -> None:
    text = "Serbian President Vojislav Kostunica promised to democratize Serbia."
    assert triple("AGREE", ["SRB"], []) in predicted(text)
    text = "The U.S. Supreme Court agreed to hear a challenge to a Minnesota law on Monday."
    assert triple("AGREE", ["USA"], []) in predicted(text)


def test_a_pledge_to_ones_own_people_keeps_them() -> None:
    text = "Turkey will allow up to 13,000 Turkish Kurd refugees to return home."
    assert triple("AGREE", ["TUR"], ["TUR"]) in predicted(text)


def test_a_blow_of_sanctions_or_charges_is_no_attack() -> None:
    found = predicted("The United States hit Russia with new sanctions on Monday.")
    assert triple("SANCTION", ["USA"], ["RUS"]) in found
    assert not any(t[0] == "ASSAULT" for t in found)
    text = "Russian prosecutors hit the oil firm Yukos with a battery of fresh tax claims."
    assert not any(t[0] == "ASSAULT" for t in predicted(text))
    assert triple("ASSAULT", ["ISR"], ["PSE"]) in predicted(
        "Israeli aircraft hit Gaza with missiles."
    )


def test_a_firm_of_the_actor_tables_takes_its_state() -> None:
    text = (
        "U.S. prosecutors asked Deutsche Bank for data on accounts held by President Donald Trump."
    )
    assert triple("REQUEST", ["USA"], ["DEU"]) in predicted(text)


def test_the_head_of_a_firms_unit_resigning_is_no_retreat() -> None:
    text = "Nokia said the head of its networks unit had resigned."
    assert not any(t[0] == "RETREAT" for t in predicted(text))


def test_a_backed_person_named_with_a_place_is_still_the_side() -> None:
    text = "President Donald Trump said he supports Utah Senator Orrin Hatch."
    assert triple("SUPPORT", ["USA"], ["USA"]) in predicted(text)


def test_the_country_acted_on_is_not_the_actors_own() -> None:
    text = "North Korea fired a missile on Sunday. The United States condemned the country for it."
    found = predicted(text)
    assert triple("ACCUSE", ["USA"], ["PRK"]) in found
    assert triple("ACCUSE", ["USA"], ["USA"]) not in found


def test_a_total_since_a_dated_deed_is_background() -> None:
    text = (
        "About 100,000 Iraqis have been killed since US-led forces invaded the country "
        "in March 2003, a report said."
    )
    assert not any(t[0] == "ASSAULT" for t in predicted(text))


def test_a_verdict_on_a_deed_does_not_do_the_deed() -> None:
    found = predicted("Secretary-General Kofi Annan called the U.S.-led invasion of Iraq illegal.")
    assert triple("ACCUSE", ["UNO"], ["USA"]) in found
    assert not any(t[0] == "ASSAULT" and "UNO" in t[1] for t in found)


def test_papers_or_funds_handed_over_at_home_are_no_aid() -> None:
    text = (
        "WASHINGTON (Reuters) - The White House said the Trump campaign provided the special "
        "counsel with emails involving George Papadopoulos."
    )
    assert not any(t[0] in ("AID", "AGREE") for t in predicted(text))
    text = "The Republican Party will resume funding the U.S. Senate campaign of Roy Moore."
    assert not any(t[0] in ("AID", "AGREE") for t in predicted(text))


def test_an_actor_backing_with_his_own_support_backs_no_one_in_person() -> None:
    text = "Senate Republican leader Mitch McConnell threw his support behind the tax bill."
    assert triple("SUPPORT", ["USA"], ["USA"]) not in predicted(text)
    text = "Senate Republican leader Mitch McConnell threw his support behind Roy Moore."
    assert triple("SUPPORT", ["USA"], ["USA"]) in predicted(text)
