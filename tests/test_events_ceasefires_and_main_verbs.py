"""Offensives ended, eased and halted toward the side they were aimed at or killed, a
participle taken for the main verb of a sentence that has no other, fire opened on a
vehicle aimed at the people it carried, military trainers sent as aid, a visit whose "by"
phrase names the visitor, a nominee of the nominator's state, visitors named as
"visiting", an alliance placed where it fights, and a ruling that another must act
(0.36.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_ending_an_offensive_is_a_ceasefire_toward_where_it_was_fought() -> None:
    found = predicted(
        "JABALYA REFUGEE CAMP, Gaza Strip (Reuters) - Palestinians sifted through the "
        "rubble of dozens of homes on Saturday after Israel ended its most powerful "
        "assault in the Gaza Strip in four years."
    )
    assert triple("RETREAT", ["ISR"], ["PSE"]) in found


def test_a_halted_attack_is_a_ceasefire_toward_its_target() -> None:
    found = predicted("Hamas halted its rocket attacks on Israel on Friday.")
    assert triple("RETREAT", ["PSE"], ["ISR"]) in found


def test_ending_a_strike_or_a_business_operation_is_no_ceasefire() -> None:
    found = predicted(
        "BOCHUM - Workers at the Opel carmaking plant voted overwhelmingly Wednesday to end "
        "their nearly week-long wildcat strike."
    )
    assert not [t for t in found if t[0] == "RETREAT"]
    found = predicted(
        "Allergan Inc., the US drug company, plans to lay off a third of its Irish "
        "workforce as it ends its lens solution operations."
    )
    assert not [t for t in found if t[0] == "RETREAT"]


def test_a_participle_with_a_clause_is_the_main_verb_of_a_sentence_with_none() -> None:
    text = (
        "A group of moderate Republicans, many long out of office, called on President "
        "Bush and the Republican party to come back to the mainstream."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text, "2004-08-29")
    # a finite verb of a relative clause describes a noun; it is no main verb
    text = (
        "A group of moderate Republicans, who have been out of office for years, called on "
        "President Bush to come back to the mainstream."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text, "2004-08-29")


def test_a_participle_beside_a_finite_verb_stays_a_participle() -> None:
    # "called on to testify" describes the panel; "said" is the main verb
    found = predicted(
        "A panel of experts called on to testify said the Pentagon had erred, officials "
        "said on Monday."
    )
    assert not [t for t in found if t[0] == "REQUEST"]


def test_fire_opened_on_a_vehicle_hits_the_people_it_carried() -> None:
    found = predicted(
        "Gunmen opened fire Wednesday on a convoy carrying former Iraqi Governing Council "
        "member Ahmad Chalabi in an apparent assassination attempt."
    )
    assert triple("ASSAULT", [], ["IRQ"]) in found


def test_military_trainers_sent_are_aid_and_promised_ones_a_commitment() -> None:
    assert triple("AID", ["NATO"], ["IRQ"]) in predicted("NATO sent military trainers to Iraq.")
    found = predicted("NATO will send military trainers to Iraq before the end of the year.")
    assert triple("AGREE", ["NATO"], ["IRQ"]) in found


def test_a_visit_its_by_phrase_names_is_held_as_its_clause_tells() -> None:
    text = (
        "BEIJING (Reuters) - The United States and China had a frank exchange of views on "
        "the disputed South China Sea during a visit to Beijing by U.S. President Donald "
        "Trump on Thursday, U.S. Secretary of State Rex Tillerson said."
    )
    assert triple("CONSULT", ["USA"], ["CHN"]) in predicted(text, "2017-11-09")
    # a visit still ahead is not coded (CONVENTIONS A4)
    text = (
        "The two sides will discuss trade during a visit to Beijing by U.S. President "
        "Donald Trump next week."
    )
    assert not [t for t in predicted(text, "2017-11-01") if t[0] == "CONSULT"]


def test_a_nominee_serves_the_state_of_the_one_who_named_him() -> None:
    text = (
        "WASHINGTON (Reuters) - A lawyer nominated by President Donald Trump to serve as a "
        "federal judge withdrew from consideration on Monday."
    )
    assert triple("RETREAT", ["USA"]) in predicted(text, "2017-12-18")


def test_a_nominee_is_not_the_person_who_named_him() -> None:
    # the nominee takes the nominator's state, not his person: Trump praising his own
    # nominee praises another
    found = predicted("Trump praised a judge nominated by him last year.", "2017-12-18")
    assert triple("SUPPORT", ["USA"], ["USA"]) in found


def test_an_offensive_eased_is_a_ceasefire_toward_those_it_killed() -> None:
    text = (
        "JABALYA REFUGEE CAMP, Gaza Strip (Reuters) - Israel said on Friday it was easing a "
        "crushing offensive that has killed more than 100 Palestinians since tanks rumbled "
        "into northern Gaza 16 days ago."
    )
    assert triple("RETREAT", ["ISR"], ["PSE"]) in predicted(text, "2004-10-15")


def test_one_named_as_visiting_visits_the_state_of_whoever_receives_him() -> None:
    text = (
        "BEIJING (Reuters) - Taiwan is the most important issue in Sino-U.S. ties, Chinese "
        "President Xi Jinping told visiting U.S. President Donald Trump on Thursday."
    )
    assert triple("CONSULT", ["USA"], ["CHN"]) in predicted(text, "2017-11-09")
    text = (
        'SEOUL (Reuters) - North Korea gave a visiting U.N. official a "very positive '
        'message" about resuming stalled six-way talks on its nuclear programs.'
    )
    assert triple("CONSULT", ["UNO"], ["PRK"]) in predicted(text, "2004-10-20")


def test_a_visitor_still_to_come_or_praised_makes_no_visit() -> None:
    text = "Xi will meet visiting U.S. President Donald Trump next week."
    assert not [t for t in predicted(text, "2017-11-01") if t[0] == "CONSULT"]
    text = "Putin praised visiting Chinese Foreign Minister Wang Yi."
    assert not [t for t in predicted(text, "2017-11-01") if t[0] == "CONSULT"]


def test_an_alliance_fighting_in_a_place_is_of_its_state() -> None:
    text = (
        "MUZAFFARABAD, Nov 17: A multi-party alliance fighting Indian rule in Kashmir "
        "rejected on Wednesday the economic package offered by Indian Prime Minister Dr "
        "Manmohan Singh."
    )
    assert triple("REJECT", ["IND"], ["IND"]) in predicted(text, "2004-11-17")


def test_a_ruling_that_another_must_act_is_a_demand() -> None:
    text = (
        "A U.S. District Court judge ruled on Monday that President Donald Trump's "
        "administration must allow access to abortion for two pregnant teenagers."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text, "2017-12-18")
