"""Patterns added in 0.4.1 (CONVENTIONS A1-A4): noun events whose doer is a possessive,
object pronouns of a second coordinated verb, military ranks as people, and CAMEO
triggers that the lexicon lacked."""

from __future__ import annotations

import datetime as dt

from actor_double import coded_triples, triple

CODES = {
    "Venezuelan": ("VEN", "state"),
    "Chavez": ("VEN", "state"),
    "Spain": ("ESP", "state"),
    "Iraq": ("IRQ", "state"),
    "Iraqi": ("IRQ", "state"),
    "Kuwait": ("KWT", "state"),
    "Israeli": ("ISR", "state"),
    "Israel": ("ISR", "state"),
    "Egyptian": ("EGY", "state"),
    "Palestinian": ("PSE", "state"),
    "Peruvian": ("PER", "state"),
    "French": ("FRA", "state"),
}


def code(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return coded_triples(text, CODES, dt.date(2004, 10, 1))


def test_a_possessive_names_the_doer_of_a_noun_event_in_the_news() -> None:
    text = "Chavez's visit to Spain sparked an uproar on Tuesday."
    assert triple("CONSULT", ["VEN"], ["ESP"]) in code(text)


def test_a_possessive_noun_event_dated_years_back_is_background() -> None:
    text = "Iraq's 1990 invasion of Kuwait led to a war."
    assert not any(t[0] == "ASSAULT" for t in code(text))


def test_a_pronoun_noun_event_is_not_coded_from_the_possessive() -> None:
    assert not any(t[0] == "CONSULT" for t in code("His visit to Spain sparked an uproar."))


def test_them_after_a_coordinated_verb_is_the_first_verbs_object() -> None:
    text = (
        "Israeli troops mistook three Egyptian policemen for Palestinian militants "
        "and shot them dead yesterday."
    )
    assert triple("ASSAULT", ["ISR"], ["EGY"]) in code(text)


def test_a_military_rank_detained_by_the_state_is_its_own_person() -> None:
    text = "Peruvian authorities have detained a former army major."
    assert triple("COERCE", ["PER"], ["PER"]) in code(text)


def test_cameo_triggers_added_to_the_lexicon() -> None:
    assert triple("COERCE", ["ISR"], ["IRQ"]) in code(
        "Israeli police apprehended two Iraqi men on Monday."
    )
    assert triple("ACCUSE", ["FRA"], ["ISR"]) in code(
        "The French government assailed Israel on Monday."
    )
    assert triple("CONCEDE", ["ISR"], ["EGY"]) in code(
        "Israel bowed to Egyptian demands on Monday."
    )
