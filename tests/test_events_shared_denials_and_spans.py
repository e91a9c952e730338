"""Three readings of clauses (0.43.0): a "not" or "never" before verbs joined by "or"
denies both ("had never met or spoken to Trump"); the deed a "since" clause counts from
is background (CONVENTIONS A4: "since the 1994 bombing"); and in a passive content clause
of a favour ("asked that she be allowed to appear", "demanded that they be released") the
one freed or let is not the one asked."""

from __future__ import annotations

from real_coder import predicted, triple


def test_never_before_verbs_joined_by_or_denies_both() -> None:
    text = "Cordray said on Monday he had never met or spoken to Trump."
    assert not [t for t in predicted(text, "2017-11-27") if t[0] == "CONSULT"]


def test_verbs_joined_by_and_keep_their_own_assertion() -> None:
    text = "Cordray said on Monday he met Pence and spoke to Trump."
    assert triple("CONSULT", ["USA"], ["USA"]) in predicted(text, "2017-11-27")


def test_the_deed_a_span_is_counted_from_is_background() -> None:
    text = "Since Taiwan began resisting the mainland's rule, China has threatened to attack it."
    assert not [t for t in predicted(text, "2004-10-10") if t[0] == "REJECT"]


def test_a_killing_a_debate_is_dated_from_is_background() -> None:
    text = (
        "The fight over gun ownership has grown more heated since a gunman killed 58 people"
        " at a music festival in Las Vegas."
    )
    assert not [t for t in predicted(text, "2017-11-27") if t[0] == "ASSAULT"]


def test_the_one_a_favour_is_asked_for_is_not_the_one_asked() -> None:
    text = "A U.S. lawyer asked on Monday that the Russian lawyer be allowed to appear by phone."
    assert triple("REQUEST", ["USA"], ["RUS"]) not in predicted(text, "2017-11-27")


def test_troops_to_be_withdrawn_are_their_states_to_withdraw() -> None:
    text = "China on Monday demanded that Japanese troops be withdrawn from Iraq."
    assert triple("REQUEST", ["CHN"], ["JPN"]) in predicted(text, "2004-10-10")
