"""Wire-lead patterns added in 0.4.0, on hand-written sentences (CONVENTIONS A1-A4).

Unattributed violence (empty actor, the victims' country as recipient), accidents that
are no attack, visits and talks carried by motion verbs, the place of a meeting that is
no participant, verbal attacks (ACCUSE), business resignations, background (perfect
relative clauses, history years), troop cuts announced (AGREE) and extraditions.
"""

from __future__ import annotations

import datetime as dt

from actor_double import coded_triples, triple

CODES = {
    "Baghdad": ("IRQ", "state"),
    "Iraqi": ("IRQ", "state"),
    "Iraq": ("IRQ", "state"),
    "Israeli": ("ISR", "state"),
    "Hamas": ("PSE", "state"),
    "China": ("CHN", "state"),
    "Chinese": ("CHN", "state"),
    "Seoul": ("KOR", "state"),
    "Japanese": ("JPN", "state"),
    "Japan": ("JPN", "state"),
    "US": ("USA", "state"),
    "Brussels": ("BEL", "state"),
    "NATO": ("NATO", "igo"),
    "Kerry": ("USA", "state"),
    "Bush": ("USA", "state"),
    "Poland": ("POL", "state"),
    "Austria": ("AUT", "state"),
    "Turkey": ("TUR", "state"),
    "Turkish": ("TUR", "state"),
    "Soviet": ("RUS", "state"),
    "Afghanistan": ("AFG", "state"),
    "Americans": ("USA", "state"),
    "Iran": ("IRN", "state"),
}


def code(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return coded_triples(text, CODES, dt.date(2004, 10, 1))


def test_passive_killing_by_a_bomb_has_no_actor_and_the_victims_country() -> None:
    found = code("Two Iraqi youths were killed by a roadside bomb on Monday.")
    assert found == {triple("ASSAULT", (), {"IRQ"})}


def test_people_dying_in_a_bomb_attack_in_a_city_is_an_attack_on_its_state() -> None:
    assert code("Twelve people died in a car bomb attack in Baghdad.") == {
        triple("ASSAULT", (), {"IRQ"})
    }


def test_an_attack_noun_names_the_attacker_of_a_passive_killing() -> None:
    found = code("One of the leaders of Hamas was killed in an Israeli airstrike on Tuesday.")
    assert found == {triple("ASSAULT", {"ISR"}, {"PSE"})}


def test_a_gas_explosion_in_a_mine_is_an_accident() -> None:
    assert code("A gas explosion in a coal mine in central China killed 56 people.") == set()


def test_an_unattributed_killing_beside_an_attributed_attack_is_not_coded_twice() -> None:
    found = code("Israeli troops attacked the camp and three Iraqi men died in the attack.")
    assert triple("ASSAULT", (), {"IRQ"}) not in found


def test_arriving_for_a_visit_is_a_visit_to_the_destination() -> None:
    found = code("The US secretary of state arrived in Seoul on Monday for a two-day visit.")
    assert found == {triple("CONSULT", {"USA"}, {"KOR"})}


def test_arriving_for_talks_with_officials_is_consult_with_them() -> None:
    # one side named as the subject holds talks with the other: actor and recipient (0.5.0)
    found = code("The US secretary of state arrived in Seoul for talks with Japanese officials.")
    assert triple("CONSULT", {"USA"}, {"JPN"}) in found


def test_the_place_of_a_meeting_is_not_a_participant() -> None:
    # one body's members meet among themselves (CONSULT multilateral, no recipient); the
    # city they meet in takes no part
    found = code("NATO ministers met in Brussels on Thursday.")
    assert found == {triple("CONSULT", {"NATO"})}
    assert code("Ministers met in Brussels on Thursday.") == set()


def test_attacking_a_policy_or_in_a_speech_is_criticism() -> None:
    assert code("Kerry attacked Bush's policy on Iraq.") == {triple("ACCUSE", {"USA"}, {"USA"})}
    assert code("Kerry attacked Bush in a speech on Monday.") == {
        triple("ACCUSE", {"USA"}, {"USA"})
    }


def test_resigning_from_a_firm_is_no_retreat() -> None:
    assert code("The Chinese chief executive resigned from the company on Monday.") == set()


def test_a_perfect_relative_clause_about_a_participant_is_background() -> None:
    found = code("The Iraqi group, which has already beheaded two Americans, issued a threat.")
    assert not any(t[0] == "ASSAULT" for t in found)


def test_a_history_year_long_before_publication_is_background() -> None:
    assert code("In 1979 the Soviet Union sent troops into Afghanistan.") == set()


def test_an_announced_troop_cut_is_a_commitment_to_the_host_country() -> None:
    found = code("Poland will reduce its troops in Iraq by the end of 2005.")
    assert found == {triple("AGREE", {"POL"}, {"IRQ"})}


def test_extradition_agreed_and_done() -> None:
    assert code("Austria agreed to extradite the Turkish businessman to Turkey.") == {
        triple("AGREE", {"AUT"}, {"TUR"})
    }
    assert code("Austria extradited the Turkish businessman to Turkey on Monday.") == {
        triple("COOPERATE", {"AUT"}, {"TUR"})
    }


def test_rejecting_a_suggestion_about_oneself_is_a_denial() -> None:
    assert code("Iran rejected a suggestion that it had hidden nuclear sites.") == set()
