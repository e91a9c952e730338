"""Event patterns added in 0.2.0, on hand-built sentences with a stand-in actor index.

Each test names the rule it checks: domestic actor nouns that take the country of
the place they are in, passives without agent whose actor is the state where the
person is held or charged, "X-led" compounds, deeds set in apposition after "as",
object-control clauses, threats aimed at a place, orders that coerce, grants to a
state's own people, and unreal event nouns.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from actor_double import TableActors
from realpolitik.coders.events import code_events
from realpolitik.ids import article_id
from realpolitik.models import Article
from realpolitik.nlp import parse_one

CODES = {
    "Russia": "RUS",
    "Syria": "SYR",
    "Lebanon": "LBN",
    "Iraq": "IRQ",
    "Iraqi": "IRQ",
    "Iran": "IRN",
    "Kenya": "KEN",
    "Nairobi": "KEN",
    "Italy": "ITA",
    "US": "USA",
    "Egypt": "EGY",
    "Egyptian": "EGY",
    "Cuba": "CUB",
    "Chile": "CHL",
    "Peru": "PER",
    "Georgia": "GEO",
    "Armenia": "ARM",
    "Tbilisi": "GEO",
    "Canadian": "CAN",
}


def Names(doc: Any) -> TableActors:
    """The test's stand-in for ArticleActors over CODES."""
    return TableActors(doc, CODES)


def triples(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    doc = parse_one(text)
    article = Article(id=article_id(text), text=text, published=dt.date(2024, 7, 17))
    return {
        (e.event, tuple(sorted(e.actor_codes)), tuple(sorted(e.recipient_codes)))
        for e in code_events(doc, article, Names(doc))
        if e.confidence >= 0.5
    }


pytestmark = pytest.mark.usefixtures("nlp")


def test_domestic_nouns_take_the_country_of_the_place_they_are_in() -> None:
    assert triples("Police arrested two students in Nairobi on Monday.") == {
        ("COERCE", ("KEN",), ("KEN",))
    }


def test_domestic_nouns_stay_unknown_when_the_sentence_names_two_countries() -> None:
    found = triples("Police arrested two students from Chile in Peru on Monday.")
    assert all("CHL" not in t[1] for t in found)


def test_troops_are_not_given_the_country_they_are_in() -> None:
    assert ("ASSAULT", ("IRQ",), ("IRQ",)) not in triples(
        "Troops shelled a village in Iraq on Monday."
    )


def test_a_passive_arrest_without_agent_is_by_the_state_where_it_happened() -> None:
    assert triples("Two journalists were arrested in Egypt on Monday.") == {
        ("COERCE", ("EGY",), ("EGY",))
    }


def test_put_under_investigation_in_a_country_is_that_state_accusing() -> None:
    assert triples("A Canadian citizen has been put under investigation in Italy.") == {
        ("ACCUSE", ("ITA",), ("CAN",))
    }


def test_an_x_led_compound_names_the_actor_of_its_noun() -> None:
    assert triples("Syria has refused to commit to any assistance to the US-led coalition.") == {
        ("REJECT", ("SYR",), ("USA",))
    }


def test_a_deed_in_apposition_after_as_gives_the_doer_as_recipient() -> None:
    assert triples("Iran on Friday condemned as a crime Russia's bombing of the city.") == {
        ("ACCUSE", ("IRN",), ("RUS",))
    }


def test_refused_to_allow_x_to_names_x_as_recipient() -> None:
    assert triples("Iran refused to allow Iraqi planes to land.") == {
        ("REJECT", ("IRN",), ("IRQ",))
    }


def test_threatened_attacks_in_a_place_threaten_its_state() -> None:
    assert triples("Syria threatened to resume attacks in Lebanon.") == {
        ("THREATEN", ("SYR",), ("LBN",))
    }


def test_an_order_to_suspend_a_newspaper_is_coercion_at_home() -> None:
    assert triples(
        "Cuba's government ordered the opposition newspaper to suspend publication."
    ) == {("COERCE", ("CUB",), ("CUB",))}


def test_an_order_to_negotiate_stays_a_request() -> None:
    assert ("COERCE", ("CUB",), ("CUB",)) not in triples(
        "Cuba's government ordered the opposition newspaper to negotiate."
    )


def test_a_state_allowing_people_without_nationality_concedes_to_its_own() -> None:
    assert triples("Cuba decided to allow dissidents to travel abroad.") == {
        ("CONCEDE", ("CUB",), ("CUB",))
    }


def test_a_planned_or_next_year_event_noun_is_not_coded() -> None:
    assert triples("Russia announced a planned withdrawal from Syria.") == set()
    assert triples("Russia announced the withdrawal from Syria next year.") == set()


def test_a_domestic_noun_based_somewhere_takes_that_country() -> None:
    found = triples("A newspaper based in Nairobi has violated a ban imposed by the government.")
    assert found and all(t[1] == ("KEN",) for t in found)


def test_militants_acting_somewhere_take_that_country_like_rebels() -> None:
    # CONVENTIONS A3: "Maoist insurgents" in Nepal -> NPL
    found = triples("Militants holding two hostages in Iraq attacked an Egyptian convoy.")
    assert ("ASSAULT", ("IRQ",), ("EGY",)) in found
