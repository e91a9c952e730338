"""A trial is a charge brought (CONVENTIONS A4, ACCUSE allege): people who "have gone on
trial", "stood trial" or "appeared in court on charges" receive it from the state whose
court tries them; a judge's order to stand trial brings it. A trial still to come is
not coded (0.39.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_people_on_trial_in_a_state_are_charged_by_it() -> None:
    text = "In Spain, nine men have gone on trial for running a smuggling ring in Valencia."
    assert triple("ACCUSE", ["ESP"], ["ESP"]) in predicted(text, "2004-11-08")


def test_foreigners_in_court_on_charges_are_charged_by_the_dateline_state() -> None:
    text = (
        "NAIROBI, Sept. 9 -- Two British men appeared in court Thursday on charges of "
        "smuggling ivory, according to news reports."
    )
    assert triple("ACCUSE", ["KEN"], ["GBR"]) in predicted(text, "2004-09-09")


def test_a_military_judge_orders_soldiers_of_its_state_to_stand_trial() -> None:
    text = (
        "A military judge on Friday ordered a U.S. Army sergeant to stand trial in Baghdad "
        "for abusing prisoners."
    )
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text, "2004-11-08")


def test_a_trial_to_come_is_not_coded() -> None:
    text = (
        "Iraq's former deputy prime minister will go on trial within weeks, an Iraqi "
        "minister said on Sunday."
    )
    found = predicted(text, "2004-11-08")
    assert not [t for t in found if t[0] == "ACCUSE"], found


def test_an_order_to_stand_firm_is_no_trial() -> None:
    text = "The general ordered his soldiers to stand their ground in Kandahar."
    found = predicted(text, "2004-11-08")
    assert not [t for t in found if t[0] == "ACCUSE"], found
