"""Three general patterns, on hand-built sentences with a stand-in actor index:
negated concessions to a request are refusals (CONVENTIONS A4), hunger strikes and
protests carried on by a light verb are PROTEST, and an attack noun that is the
subject of a verb of killing or wounding names its doer in a "by" or "from" phrase.
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
    "Serbia": "SRB",
    "Kosovo": "XKX",
    "Iran": "IRN",
    "Russia": "RUS",
    "Syria": "SYR",
    "Turkey": "TUR",
    "Turkish": "TUR",
    "Kurdish": "TUR",
    "Nepalese": "NPL",
    "Colombian": "COL",
    "Palestinian": "PSE",
    "Israeli": "ISR",
    "Taliban": "AFG",
    "Afghan": "AFG",
}


def events(text: str) -> set[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    doc = parse_one(text)
    article = Article(id=article_id(text), text=text, published=dt.date(2024, 7, 17))
    actors: Any = TableActors(doc, CODES)
    return {
        (e.event, e.mode, tuple(sorted(e.actor_codes)), tuple(sorted(e.recipient_codes)))
        for e in code_events(doc, article, actors)
        if e.confidence >= 0.5
    }


pytestmark = pytest.mark.usefixtures("nlp")


def test_not_accepting_a_demand_is_a_refusal() -> None:
    assert events("Iran did not accept the demands of Russia.") == {
        ("REJECT", "yield", ("IRN",), ("RUS",))
    }


def test_not_complying_with_an_order_is_a_refusal() -> None:
    assert events("Iran has not complied with the order from Russia.") == {
        ("REJECT", "yield", ("IRN",), ("RUS",))
    }


def test_would_not_meet_the_demands_is_a_refusal() -> None:
    assert ("REJECT", "yield", ("SRB",), ("XKX",)) in events(
        "Serbia said it would not meet the demands of Kosovo."
    )


def test_refusing_to_accept_a_proposal_is_a_refusal() -> None:
    assert ("REJECT", "yield", ("IRN",), ("RUS",)) in events(
        "Iran refused to accept the proposal from Russia."
    )


def test_negated_concessions_that_answer_no_request_stay_uncoded() -> None:
    assert events("Russia did not accept Iran's resignation.") == set()
    assert events("Iran did not say it accepted the demands of Russia.") == set()


def test_a_hunger_strike_carried_by_a_light_verb_is_protest() -> None:
    assert ("PROTEST", "hunger", ("TUR",), ("TUR",)) in events(
        "Kurdish inmates began a hunger strike in Turkey."
    )
    assert ("PROTEST", "hunger", ("NPL",), ("NPL",)) in events(
        "Nepalese students staged a hunger strike."
    )


def test_continuing_a_protest_is_protest_by_the_subject() -> None:
    assert ("PROTEST", "demo", ("COL",), ("COL",)) in events(
        "Colombian farmers continued their protest on Tuesday."
    )


def test_fire_from_a_named_side_that_wounds_is_its_assault() -> None:
    assert events("Mortar fire from Palestinian militants wounded two Israeli soldiers.") == {
        ("ASSAULT", "heavy-weapons", ("PSE",), ("ISR",))
    }


def test_an_attack_by_a_named_side_that_kills_is_its_assault() -> None:
    assert events("An attack by Taliban rebels killed five Afghan policemen.") == {
        ("ASSAULT", "", ("AFG",), ("AFG",))
    }


def test_an_attack_with_no_named_doer_keeps_an_empty_actor() -> None:
    assert events("A bomb attack killed four Afghan soldiers on Sunday.") == {
        ("ASSAULT", "", (), ("AFG",))
    }
