"""A plan its doer tells ("it plans to reduce its troops", "announced plans to cut his
country's forces") is a future deed, coded as an announced one is: a withdrawal or a
resignation its own side announces is a decision taken (CONVENTIONS A1), help a
commitment; a planned visit stays uncoded (A4) (0.41.0). Built on the real parser and
resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_planned_troop_cut_its_state_tells_is_a_withdrawal() -> None:
    text = (
        "Poland said Friday it plans to reduce the number of its troops in Iraq from early"
        " next year."
    )
    assert triple("RETREAT", ["POL"], ["IRQ"]) in predicted(text, "2004-10-01")


def test_announced_plans_to_cut_forces_are_a_withdrawal() -> None:
    text = (
        "Poland's defense minister Jerzy Szmajdzinski has announced plans to cut his"
        " country's forces in Iraq by almost one third next year."
    )
    assert triple("RETREAT", ["POL"], ["IRQ"]) in predicted(text, "2004-10-01")


def test_a_planned_resignation_is_a_resignation() -> None:
    text = (
        "Dina Powell, deputy national security adviser to U.S. President Donald Trump, plans"
        " to resign early next year, the White House said on Friday."
    )
    assert triple("RETREAT", ["USA"], []) in predicted(text, "2017-12-08")


def test_a_planned_visit_is_not_coded() -> None:
    text = "U.S. President Donald Trump plans to visit China next month, the White House said."
    assert not [t for t in predicted(text, "2017-10-01") if t[0] == "CONSULT"]


def test_help_for_ones_own_unit_is_no_commitment() -> None:
    text = (
        "Vodafone has unveiled plans for 10 new handsets for Christmas to help shore up its"
        " struggling Japanese unit."
    )
    assert predicted(text, "2004-10-01") == set()


def test_a_refusal_its_own_side_announces_is_a_refusal() -> None:
    text = (
        "Iran said it will reject any EU proposal which requires it to halt its nuclear activities."
    )
    assert triple("REJECT", ["IRN"], ["EUR"]) in predicted(text, "2004-10-01")
