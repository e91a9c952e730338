"""Attacks with no named attacker and the record of one attack told by several verbs
(CONVENTIONS A1, A4): a murder is violence by its own word; an attack that a relative
clause says killed people is the news, but a relative clause on a noun in another
attack's object tells a different attack; a bombing whose victims are named keeps its
own words and means in the one event; an attack carried by a light verb ("launched
strikes") is one record with its harm; victims named only as some of a count leave the
rest to the place; an attack named in a noun's phrase is news whatever the mood of the
clause above, and takes its doer from its own modifier. Built on the real parser and
resolver; the sentences are written for the tests."""

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


def test_an_attack_carried_by_a_light_verb_and_its_harm_are_one_record() -> None:
    # "launched strikes ..., killing ...": the noun's light verb heads the clause the
    # harm hangs on, as a verb trigger would
    text = (
        "Insurgents launched strikes on Saturday at United States and Iraqi outposts "
        "across Iraq, killing at least a dozen Iraqi police officers."
    )
    coded = [e for e in events(text) if e.event == "ASSAULT"]
    assert len(coded) == 1
    [attack] = coded
    assert set(attack.recipient_codes) == {"USA", "IRQ"}
    assert "strikes" in attack.trigger and "killing" in attack.trigger
    # two doers named apart still do two deeds
    text = (
        "Rebels launched an attack on a police station in Iraq on Monday, and US "
        "helicopters killed five militants near Mosul."
    )
    assert len([e for e in events(text) if e.event == "ASSAULT"]) == 2


def test_victims_named_only_as_some_of_a_count_leave_the_rest_to_the_place() -> None:
    # CONVENTIONS A4: the victims' country; "12 people, including two Britons" in Kabul
    # were mostly of the place
    text = (
        "A bomb exploded in a market in Kabul on Sunday, killing 12 people, including two Britons."
    )
    assert triple("ASSAULT", (), {"AFG", "GBR"}) in predicted(text)
    # with no place the count stays unplaced
    assert predicted("Gunmen killed five people, including two Britons.") == {
        triple("ASSAULT", (), {"GBR"})
    }
    # victims all named keep their own state
    text = "A bomb exploded in a market in Kabul on Sunday, killing two Britons."
    assert triple("ASSAULT", (), {"GBR"}) in predicted(text)


def test_an_attack_in_a_phrase_of_a_noun_is_news_whatever_the_clause_mood() -> None:
    # the hunt is still to come; the bombing it is for has happened (CONVENTIONS A4)
    text = (
        "The police said they would intensify the hunt for two fugitives responsible for "
        "Thursday's bombing at the Australian embassy in Jakarta."
    )
    assert triple("ASSAULT", (), {"AUS"}) in predicted(text)
    # a plan's attacks are still to come
    assert predicted("Iran may approve a plan for attacks on Israel.") == set()


def test_this_weeks_attack_is_news_and_last_weeks_background() -> None:
    text = (
        "Trump called for tougher immigration laws after this week's truck attack in New York City."
    )
    assert triple("ASSAULT", (), {"USA"}) in predicted(text)
    text = (
        "Trump called for tougher immigration laws after last week's truck attack in New York City."
    )
    assert {t for t in predicted(text) if t[0] == "ASSAULT"} == set()


def test_an_unowned_attack_takes_its_doer_from_its_modifier() -> None:
    text = (
        "The Security Council on Monday demanded an immediate halt to a major Israeli "
        "offensive in the northern Gaza Strip."
    )
    assert triple("ASSAULT", {"ISR"}, {"PSE"}) in predicted(text)
    assert triple("ASSAULT", (), {"PSE"}) not in predicted(text)
