"""Claims pushed back against, emergencies that restrict no one, promises of a campaign
past, opposing a deed, show titles read as verbs and money lent by firms (0.32.0). Built
on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple
from realpolitik.leads import inner_datelines


def test_pushing_back_against_a_notion_is_a_denial() -> None:
    text = (
        "National security adviser H.R. McMaster pushed back against the notion that Trump "
        "would downplay human rights on his trip."
    )
    assert not [t for t in predicted(text) if t[0] == "REJECT"]
    found = predicted("China pushed back against U.S. demands for a stronger yuan.")
    assert triple("REJECT", ["CHN"], ["USA"]) in found


def test_a_public_health_emergency_is_no_martial_law() -> None:
    assert not predicted("The United States declared a public health emergency.")
    found = predicted("Thailand declared a state of emergency in the south.")
    assert triple("COERCE", ["THA"], ["THA"]) in found


def test_promises_made_as_a_candidate_are_background() -> None:
    date = "2017-11-02"
    text = "As a candidate, U.S. President Donald Trump promised to close the tax break."
    assert not predicted(text, date=date)
    text = "Trump pledged during his presidential campaign to close the carried-interest loophole."
    assert not predicted(text, date=date)
    found = predicted("China pledged on Monday to give Kenya more aid.", date=date)
    assert triple("AGREE", ["CHN"], ["KEN"]) in found


def test_a_war_campaign_dates_nothing() -> None:
    text = (
        "A suicide bomber killed 10 people near the Green Zone on Tuesday in an escalating "
        "campaign to wreck the election in Iraq."
    )
    assert [t for t in predicted(text, date="2004-12-21") if t[0] == "ASSAULT"]


def test_a_commitment_dated_years_back_is_history() -> None:
    text = "In 2005, China pledged to give Kenya more aid."
    assert not predicted(text, date="2017-11-02")


def test_fighting_extradition_cooperates_with_no_one() -> None:
    text = "Three British bankers will today begin fighting extradition to the US on fraud charges."
    assert not predicted(text)


def test_a_quoted_show_title_is_no_request() -> None:
    text = (
        "Treasury Secretary Steven Mnuchin told CBS News’ “Face the Nation” on Sunday that "
        "Trump expected to sign the tax bill before Christmas."
    )
    assert not predicted(text)
    found = predicted("Bush told Iran to halt enrichment.")
    assert triple("REQUEST", ["USA"], ["IRN"]) in found


def test_a_bank_loan_to_a_firm_is_no_aid() -> None:
    text = (
        "Deutsche Bank has lent the Trump Organization hundreds of millions of dollars for "
        "real estate ventures."
    )
    assert not predicted(text)
    found = predicted("Japan lent Indonesia $2 billion to rebuild after the tsunami.")
    assert triple("AID", ["JPN"], ["IDN"]) in found


def test_a_dateline_after_a_caption_is_parsed_apart() -> None:
    text = (
        "Children collect metal parts from the site of a car bomb explosion in Baghdad, "
        "Iraq, October 4. AP. BAGHDAD (AFP) - Britain's Foreign Secretary Jack Straw paid a "
        "surprise visit to Iraq on Tuesday."
    )
    [(start, end)] = inner_datelines(text)
    assert text[start:end].endswith("BAGHDAD (AFP) - ")
    assert text[end:].startswith("Britain's")
    assert inner_datelines("UNITED NATIONS (Reuters) - Israel urged ...") == []
    assert triple("CONSULT", ["GBR"], ["IRQ"]) in predicted(text)


def test_questioning_a_need_investigates_no_one() -> None:
    text = (
        "Oil prices sank after leading OPEC producer Saudi Arabia questioned the need for the "
        "cartel to curb supplies."
    )
    assert not predicted(text)
    found = predicted("Pakistani police questioned the Chinese engineers.")
    assert triple("ACCUSE", ["PAK"], ["CHN"]) in found


def test_an_olympic_bid_given_up_is_sport() -> None:
    assert not predicted("Zurich has decided to quit the bid for the 2014 Winter Olympics.")


def test_settlements_evacuated_are_a_withdrawal() -> None:
    found = predicted("Israel evacuated two settlements in the northern West Bank on Tuesday.")
    assert triple("RETREAT", ["ISR"], ["PSE"]) in found
    found = predicted("Israel will evacuate all 21 settlements in the Gaza Strip in mid-August.")
    assert triple("AGREE", ["ISR"], ["PSE"]) in found


def test_a_protest_prevented_or_blocked_is_restricted() -> None:
    found = predicted("Police blocked a protest march by opposition supporters in Minsk.")
    assert triple("COERCE", ["BLR"], ["BLR"]) in found
    found = predicted("Egyptian police prevented a demonstration by students in Cairo.")
    assert triple("COERCE", ["EGY"], ["EGY"]) in found


def test_refuge_sought_in_a_state_asks_that_state() -> None:
    found = predicted("Thousands of Afghans sought refuge in Pakistan.")
    assert triple("REQUEST", ["AFG"], ["PAK"]) in found
    assert not predicted("The wounded soldier sought refuge in a church.")


def test_a_year_s_tally_of_victims_is_background() -> None:
    text = (
        "So far this year, 14,412 people have died and 29,277 have been injured in shootings "
        "in the United States."
    )
    assert not predicted(text)
    assert not predicted("So far this year, 1,412 people have been killed in bombings in Iraq.")
    found = predicted("Israeli troops have killed 30 Palestinians so far this year in Gaza.")
    assert triple("ASSAULT", ["ISR"], ["PSE"]) in found
    found = predicted("At least 20 people have been killed so far in Monday's bombing in Baghdad.")
    assert triple("ASSAULT", [], ["IRQ"]) in found


def test_a_firms_deal_with_no_other_state_is_business() -> None:
    text = "Microsoft Corp. and Polycom Inc. have struck a multi-year agreement to link products."
    assert not predicted(text)
    text = (
        "General Electric Co. yesterday agreed to a settlement with the Securities and "
        "Exchange Commission."
    )
    found = predicted(text)
    assert [t for t in found if t[0] == "AGREE"]
    found = predicted("Hyundai Motor Co. has signed an agreement with a Chinese company.")
    assert triple("AGREE", ["KOR"], ["CHN"]) in found


def test_a_stand_held_for_years_is_background() -> None:
    text = (
        "Emirates and Etihad Airways have for years been accused by U.S. competitors of being "
        "illegally subsidized by their governments."
    )
    assert not predicted(text)
    assert not predicted("U.S. airlines have been petitioning the federal government for years.")
    found = predicted("U.S. competitors accused Emirates of being illegally subsidized.")
    assert [t for t in found if t[0] == "ACCUSE"]


def test_talks_only_tried_are_a_request_to_meet() -> None:
    found = predicted("Kerry tried to meet Chinese officials in Beijing.")
    assert found == {triple("REQUEST", ["USA"], ["CHN"])}
    found = predicted("Kerry met Chinese officials in Beijing.")
    assert triple("CONSULT", ["USA"], ["CHN"]) in found
