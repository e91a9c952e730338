"""Passive verbs whose subject is what the doer moves or uses (troops deployed, aid
sent, a missile tested), civil bodies that share a name with forces ("a consumer finance
unit"), and entries of a chronology dated long before publication (0.30.0, CONVENTIONS A3
and A4). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_troops_deployed_are_the_deployers_own() -> None:
    found = predicted("Thousands of American troops were deployed to Iraq on Monday.")
    assert triple("MOBILIZE", ["USA"], ["IRQ"]) in found


def test_a_missile_test_carried_out_is_the_testers() -> None:
    found = predicted("A North Korean missile test was carried out on Sunday.")
    assert triple("MOBILIZE", ["PRK"], []) in found


def test_aid_sent_goes_from_its_giver_to_where_it_is_sent() -> None:
    assert triple("AID", ["RUS"], ["SYR"]) in predicted("Russian aid was sent to Syria on Monday.")


def test_soldiers_trained_by_a_state_still_receive_the_training() -> None:
    found = predicted("Iraqi soldiers were trained by US forces in Jordan.")
    assert triple("AID", ["USA"], ["IRQ"]) in found


def test_hostages_released_are_still_the_recipients() -> None:
    found = predicted("Two Japanese hostages were released on Monday.")
    assert triple("RETREAT", [], ["JPN"]) in found


def test_a_chronology_entry_of_long_ago_is_background() -> None:
    text = "1979: The Soviet Union sends troops into Afghanistan to support a pro-Moscow regime."
    assert not {t for t in predicted(text, date="2004-10-01") if t[0] == "MOBILIZE"}


def test_a_recent_chronology_entry_is_coded() -> None:
    text = (
        "Dec. 21, 2016: Egypt submits a United Nations Security Council resolution demanding "
        "an end to Israeli settlement building."
    )
    assert triple("REQUEST", ["EGY"], ["ISR"]) in predicted(text, date="2017-12-20")


def test_a_year_said_inside_a_sentence_is_no_chronology() -> None:
    text = "Iran said in 1995: Russia sent troops to the border."
    assert {t for t in predicted(text, date="2004-10-01") if t[0] == "MOBILIZE"}


def test_a_civil_unit_built_up_is_no_mobilization() -> None:
    text = "The Pennsylvania attorney general has built up his own consumer finance unit."
    assert not {t for t in predicted(text, date="2017-12-20") if t[0] == "MOBILIZE"}


def test_a_peacekeeping_force_sent_is_a_mobilization() -> None:
    found = predicted("Russia sent a peacekeeping force to Abkhazia on Monday.", date="2008-08-20")
    assert triple("MOBILIZE", ["RUS"], ["GEO"]) in found


def test_the_deed_of_a_noun_dated_years_ago_is_background() -> None:
    text = (
        "Jones prosecuted the Ku Klux Klan members convicted of a 1963 church bombing in "
        "Birmingham that killed four young girls, he said on Monday."
    )
    assert not {t for t in predicted(text, date="2017-12-10") if t[0] == "ASSAULT"}


def test_the_deed_of_a_noun_of_this_week_is_news() -> None:
    text = "Police found the car used in Monday's bombing that killed 12 people in Kabul."
    assert triple("ASSAULT", [], ["AFG"]) in predicted(text, date="2017-12-10")
