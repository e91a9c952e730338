"""A state's own arms work (uranium enrichment, nuclear tests) is its own conduct (0.43.0):
a pledge to suspend it names no other side ("Iran has agreed to suspend uranium
enrichment" is AGREE IRN), and freezing it gives in (CONCEDE)."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_pledge_to_suspend_enrichment_is_kept_with_no_other_side() -> None:
    text = (
        "Iran has agreed to fully suspend uranium enrichment and linked activities that"
        " Washington says are part of a weapons program, diplomats said Sunday."
    )
    assert triple("AGREE", ["IRN"], []) in predicted(text, "2004-11-15")


def test_freezing_enrichment_gives_in() -> None:
    text = "Iran on Monday froze uranium enrichment, officials said."
    assert triple("CONCEDE", ["IRN"], []) in predicted(text, "2004-11-22")


def test_a_proposal_to_halt_enrichment_concedes_nothing() -> None:
    text = "Iran said on Saturday it would reject any proposal to halt uranium enrichment."
    assert not [t for t in predicted(text, "2004-11-15") if t[0] == "CONCEDE"]


def test_suspending_work_that_is_no_arms_work_is_not_own_conduct() -> None:
    text = "Iran has agreed to suspend work on the project, diplomats said Sunday."
    assert triple("AGREE", ["IRN"], []) not in predicted(text, "2004-11-15")
