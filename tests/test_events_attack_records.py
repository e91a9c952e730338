"""Attacks with no named attacker and the record of one attack told by several verbs
(CONVENTIONS A1, A4): a murder is violence by its own word; an attack that a relative
clause says killed people is the news, but a relative clause on a noun in another
attack's object tells a different attack; a bombing whose victims are named keeps its
own words and means in the one event. Built on the real parser and resolver; the
sentences are written for the tests."""

from __future__ import annotations

from real_coder import events, predicted, triple


def test_a_murder_with_no_named_attacker_hits_the_victims_state() -> None:
    # CONVENTIONS A4: no named attacker, the victims' country as recipient
    found = predicted("A British aid worker was murdered in Iraq on Tuesday.")
    assert found == {triple("ASSAULT", (), {"GBR"})}
    # "killed" alone may be an accident: it still needs a word of violence
    assert predicted("Nine British tourists were killed in a bus accident in Jordan.") == set()


def test_an_attack_that_killed_people_is_the_news() -> None:
    text = (
        "In a day of recriminations over Tuesday's attack that killed eight people in "
        "New York City, Trump blamed Chuck Schumer."
    )
    assert triple("ASSAULT", (), {"USA"}) in predicted(text)
    # a crash that killed people is no attack
    text = "Trump spoke after the plane crash that killed ten Americans in Texas on Monday."
    assert {t for t in predicted(text) if t[0] == "ASSAULT"} == set()


def test_a_relative_clause_in_the_object_tells_another_attack() -> None:
    text = (
        "Israeli soldiers on Saturday shot and killed a Hamas militant whom the military "
        "said was responsible for a rocket attack that killed two Israeli children last week."
    )
    assert {t for t in predicted(text) if t[0] == "ASSAULT"} == {
        triple("ASSAULT", {"ISR"}, {"PSE"})
    }


def test_a_bombing_with_named_victims_keeps_its_words_and_means() -> None:
    coded = [
        e
        for e in events("A car bomb exploded in Baghdad on Monday, killing five Iraqis.")
        if e.event == "ASSAULT"
    ]
    assert len(coded) == 1
    [attack] = coded
    assert (attack.actor_codes, attack.recipient_codes) == ((), ("IRQ",))
    assert attack.mode == "explosives"
    assert "exploded" in attack.trigger and "killing" in attack.trigger
