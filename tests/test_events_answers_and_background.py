"""Requests named by their maker and answered in the same sentence, offers of help, things
put at risk rather than threatened, refusals to reporters, deeds dated "at the time",
"freed X to" and sit-ins (0.31.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_request_from_a_state_is_put_to_the_one_who_answers_it() -> None:
    found = predicted("Seoul received a request from Washington for more troops.")
    assert triple("REQUEST", ["USA"], ["KOR"]) in found
    found = predicted("Israel rejected calls from the United Nations for a ceasefire.")
    assert triple("REQUEST", ["UNO"], ["ISR"]) in found
    assert triple("REJECT", ["ISR"], ["UNO"]) in found


def test_a_possessed_request_answered_names_the_one_asked() -> None:
    found = predicted("Britain rejected Iraq's request for talks.")
    assert triple("REQUEST", ["IRQ"], ["GBR"]) in found


def test_a_standing_demand_rejected_is_no_request_made_now() -> None:
    found = predicted(
        "South Korea has rejected North Korea's consistent demand to sever a decades-long "
        "military alliance with Washington."
    )
    assert not [t for t in found if t[0] == "REQUEST"]


def test_being_ready_to_help_is_an_offer() -> None:
    found = predicted("Russia said it is ready to help Georgia.")
    assert triple("AGREE", ["RUS"], ["GEO"]) in found
    found = predicted("Iran is willing to ignore the sanctions.")
    assert not [t for t in found if t[0] == "AGREE"]


def test_a_ceasefire_or_a_majority_put_at_risk_is_not_threatened() -> None:
    assert not predicted("Hamas attacks threatened the ceasefire with Israel.")
    found = predicted("Russia threatened Ukraine with a gas cutoff.")
    assert triple("THREATEN", ["RUS"], ["UKR"]) in found


def test_refusals_to_reporters_are_no_rejections() -> None:
    assert not predicted("The French ministry declined to give details of the talks.")
    found = predicted("Iran refused to give details to the IAEA.")
    assert triple("REJECT", ["IRN"], ["IAEA"]) in found


def test_deeds_dated_at_the_time_are_background() -> None:
    text = (
        "Obama at the time expelled 35 Russian diplomats and the U.S. authorities seized "
        "two Russian diplomatic compounds in the United States."
    )
    assert not predicted(text, date="2017-12-02")
    found = predicted("Russia expelled two British diplomats at the time of the crisis.")
    assert triple("SANCTION", ["RUS"], ["GBR"]) in found


def test_freeing_someone_to_act_releases_no_one() -> None:
    text = "Trump's endorsement freed the Republican National Committee to open its wallet."
    found = predicted(text, date="2017-12-02")
    assert not [t for t in found if t[0] == "RETREAT"]
    assert triple("RETREAT", ["ISR"], ["PSE"]) in predicted(
        "Israel freed 20 Palestinian prisoners on Sunday."
    )


def test_a_sentence_opening_owner_the_tagger_read_as_a_word_is_a_name() -> None:
    text = "Trump\u2019s decision to recognize Jerusalem has been denounced by Jordan."
    assert triple("ACCUSE", ["JOR"], ["USA"]) in predicted(text, date="2017-12-10")


def test_sitting_in_an_office_is_no_sit_in() -> None:
    text = "A man who has bragged about his history of sexual assault sits in the Oval Office."
    assert not predicted(text, date="2017-12-07")
    found = predicted("Thousands of protesters sat in the main square of Kiev.")
    assert [t for t in found if t[0] == "PROTEST"]


def test_a_sale_is_trade_only_between_two_states() -> None:
    assert triple("COOPERATE", ["RUS"], ["EGY"]) in predicted("Russia sold wheat to Egypt.")
    assert not predicted("Kushner sold his interest to a family trust earlier this year.")
    text = "The Bush administration said Chinese shrimp are sold at unfairly low prices."
    assert not [t for t in predicted(text) if t[0] == "COOPERATE"]


def test_demonstrating_a_willingness_is_no_protest_and_its_means_no_attack() -> None:
    text = (
        "WASHINGTON (Reuters) - With its invasions of Georgia and Ukraine, Russia has "
        "demonstrated a willingness to use force."
    )
    assert not predicted(text, date="2017-12-19")
    found = predicted("Thousands of people demonstrated in Kiev against the government.")
    assert [t for t in found if t[0] == "PROTEST"]


def test_one_hyphened_american_acted_on_is_of_both_states() -> None:
    text = "A Lebanese-American contractor was kidnapped in Baghdad on Monday."
    assert triple("ASSAULT", [], ["LBN", "USA"]) in predicted(text, date="2004-09-20")
    text = "Beijing on Monday accused a Chinese-American of building an espionage network."
    assert triple("ACCUSE", ["CHN"], ["CHN", "USA"]) in predicted(text, date="2004-09-20")
    # one who acts, and a group, are American
    found = predicted("A Cuban-American politician criticized Castro.", date="2004-09-20")
    assert triple("ACCUSE", ["USA"], ["CUB"]) in found
    text = "Members of the Indian-American community welcomed the speech of Manmohan Singh."
    assert triple("SUPPORT", ["USA"], ["IND"]) in predicted(text, date="2004-09-20")
