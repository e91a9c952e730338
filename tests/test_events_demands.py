"""Demands, stances and speech acts read with the real pipeline (CONVENTIONS A1-A2):
what a speaker says another party should or should not do, and what it is not."""

from __future__ import annotations

from real_coder import predicted, triple


def test_saying_another_party_should_not_act_is_a_demand() -> None:
    found = predicted(
        "Turkey's foreign minister says the EU should not attach conditions to Turkey's bid "
        "to start membership talks."
    )
    assert found == {triple("REQUEST", {"TUR"}, {"EUR"})}
    # a party that need not act is asked for nothing
    assert (
        predicted("Turkey's foreign minister says the EU does not have to attach conditions.")
        == set()
    )
