"""A group named by the leader it follows acts for the leader's side, also when a
participle stands in the leader's title: "the group led by wanted terrorist Abu Musab
al-Zarqawi" is Iraqi insurgents (0.40.0; before, "wanted" ended the leader's phrase).
Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_group_led_by_a_wanted_leader_takes_his_side() -> None:
    text = (
        "The group led by wanted terrorist Abu Musab al-Zarqawi has said it has abducted "
        "a member of Japan 's armed forces."
    )
    assert triple("ASSAULT", ["IRQ"], ["JPN"]) in predicted(text, "2004-10-31")
