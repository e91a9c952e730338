"""Visits told as under way or just made by the phrase they sit in ("on the second day
of his state visit", "as part of her visit", "returned from his trip to", "will wrap
up his visit"), meetings of two named parties of one state ("President X and Prime
Minister Y attended a meeting": one state, no other side), a demand said with a penalty
for refusing it ("warned Iran it must stop enrichment or face sanctions"), the dead named
among a count of victims ("killed 11 people, including one American soldier"), an assault
"during" which harm was done, a resolution that does its own calling, and an attack of
its own told beside an attributed one (0.37.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_day_or_a_part_of_a_visit_tells_the_visit_under_way() -> None:
    text = (
        "The deal was signed on the second day of U.S. President Donald Trump's state "
        "visit to China, officials said."
    )
    assert triple("CONSULT", ["USA"], ["CHN"]) in predicted(text, "2017-11-09")
    text = "The order comes as part of German Chancellor Angela Merkel's visit to India."
    assert triple("CONSULT", ["DEU"], ["IND"]) in predicted(text, "2015-10-05")


def test_returning_from_a_trip_tells_the_visit_made() -> None:
    text = "President Donald Trump returned from his trip to Beijing on Friday."
    assert triple("CONSULT", ["USA"], ["CHN"]) in predicted(text, "2017-11-10")


def test_a_visit_to_be_wrapped_up_is_under_way() -> None:
    text = "President Donald Trump will wrap up his visit to Seoul on Wednesday with a speech."
    assert triple("CONSULT", ["USA"], ["KOR"]) in predicted(text, "2017-11-07")


def test_a_visit_still_ahead_stays_uncoded() -> None:
    # the day of a visit to come, a visit to begin, a visit not to end: no visit yet
    for text in (
        "Officials met on the eve of U.S. President Donald Trump's visit to China.",
        "President Donald Trump will begin his visit to Seoul on Wednesday.",
        "President Donald Trump will not wrap up his visit to Seoul on Wednesday.",
        "President Donald Trump will return from his trip to Beijing on Friday.",
    ):
        found = predicted(text, "2017-11-07")
        assert not [t for t in found if t[0] == "CONSULT"], text


def test_two_named_parties_of_one_state_meet_at_home() -> None:
    text = (
        "ISLAMABAD - President Pervez Musharraf and Prime Minister Shaukat Aziz attended "
        "a meeting on Friday to review the peace process."
    )
    assert triple("CONSULT", ["PAK"], []) in predicted(text, "2005-09-04")


def test_people_met_where_a_meeting_is_held_are_no_home_meeting() -> None:
    # the place of the meeting names no party, and unnamed people are no sides
    found = predicted(
        "Thousands of scientists and politicians meet in Thailand this week to draft a "
        "plan for saving endangered species."
    )
    assert not [t for t in found if t[0] == "CONSULT"]
    found = predicted("The government and the rebels held talks in Abuja on Monday.")
    assert not [t for t in found if t[0] == "CONSULT"]


def test_a_demand_with_a_penalty_for_refusing_it_is_also_a_threat() -> None:
    # the parser hangs "it must stop ..." on "warned" as an adverbial clause when a date
    # stands between them; the clause is still what was said, and "or face sanctions"
    # makes the demand an ultimatum (CONVENTIONS A2, THREATEN)
    found = predicted(
        "The United States warned Iran on Wednesday it must stop enrichment or face sanctions."
    )
    assert triple("REQUEST", ["USA"], ["IRN"]) in found
    assert triple("THREATEN", ["USA"], ["IRN"]) in found
    found = predicted("The UN told Sudan that it must disarm the militias or face sanctions.")
    assert triple("THREATEN", ["UNO"], ["SDN"]) in found


def test_a_demand_with_no_penalty_or_a_clause_with_its_own_mark_is_no_threat() -> None:
    found = predicted("The United States warned Iran on Wednesday it must stop enrichment.")
    assert triple("REQUEST", ["USA"], ["IRN"]) in found
    assert not [t for t in found if t[0] == "THREATEN"]
    # "because" marks a reason, not what was warned
    found = predicted(
        "The United States warned Iran on Wednesday because it must answer to Congress."
    )
    assert not [t for t in found if t[0] in ("REQUEST", "THREATEN")]


def test_chatting_with_a_leader_is_a_meeting() -> None:
    found = predicted(
        "Russian President Vladimir Putin chatted with Xi Jinping in Da Nang on Friday."
    )
    assert triple("CONSULT", ["RUS"], ["CHN"]) in found


def test_the_dead_named_among_a_count_add_their_state_to_the_place() -> None:
    # "including" hangs on the verb when a date stands between it and the count; the
    # place may be told on the attack's subject ("car bombs in Baghdad")
    found = predicted(
        "Two car bombs in Baghdad killed at least 11 people yesterday, including one "
        "American soldier."
    )
    assert triple("ASSAULT", [], ["IRQ", "USA"]) in found
    found = predicted(
        "Two car bombs killed at least 11 people in Baghdad yesterday, including one "
        "American soldier."
    )
    assert triple("ASSAULT", [], ["IRQ", "USA"]) in found


def test_an_assault_during_which_harm_was_done_is_news() -> None:
    text = (
        "U.S. Senator Rand Paul's return to Washington may be delayed after he suffered "
        "five broken ribs during an assault at his Kentucky home, media reported on Sunday."
    )
    assert triple("ASSAULT", [], ["USA"]) in predicted(text, "2017-11-05")


def test_a_deed_during_an_earlier_year_stays_background() -> None:
    found = predicted(
        "U.S. Senator Rand Paul suffered five broken ribs during a 2016 assault at his "
        "Kentucky home, media reported on Sunday.",
        "2017-11-05",
    )
    assert not [t for t in found if t[0] == "ASSAULT"]


def test_a_resolution_condemned_does_its_own_calling() -> None:
    # the one who condemns a resolution does not make its call
    found = predicted(
        "Sudan condemned a new UN resolution calling on Khartoum to restore security."
    )
    assert triple("REQUEST", ["UNO"], ["SDN"]) in found
    assert triple("REQUEST", ["SDN"], ["SDN"]) not in found
    found = predicted("Senators sent a letter to Trump urging him to sign the bill.")
    assert triple("REQUEST", ["USA"], ["USA"]) in found


def test_an_attack_of_its_own_stands_beside_an_attributed_one() -> None:
    found = predicted(
        "BAGHDAD - At least six people were killed in two suicide car bombings in Baghdad "
        "while another 40 people died in a series of US air strikes near Falluja."
    )
    assert triple("ASSAULT", [], ["IRQ"]) in found
    assert triple("ASSAULT", ["USA"], ["IRQ"]) in found
    # each clause has its own doer: the bomb's victims are not the troops' victims
    found = predicted(
        "Israeli troops killed two Palestinians in Gaza, and a bomb killed three people "
        "in Jerusalem."
    )
    assert triple("ASSAULT", ["ISR"], ["PSE"]) in found
    assert triple("ASSAULT", [], ["ISR"]) in found
    assert triple("ASSAULT", ["ISR"], ["ISR", "PSE"]) not in found


def test_the_harm_of_an_attributed_attack_is_no_attack_of_its_own() -> None:
    found = predicted("Rebels attacked a convoy near Kabul, and four soldiers died in the ambush.")
    assert not [t for t in found if t[0] == "ASSAULT" and not t[1]]
    found = predicted(
        "The Israeli army said it had attacked the car of a militant commander who was "
        "killed in an airstrike in Gaza City on Tuesday."
    )
    assert not [t for t in found if t[0] == "ASSAULT" and not t[1]]
