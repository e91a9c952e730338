"""Amounts (CONVENTIONS.md Part C): values, units, objects, what is not an amount, parties."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from realpolitik.coders import amounts as amounts_module
from realpolitik.coders.amounts import code_amounts
from realpolitik.ids import article_id
from realpolitik.models import Actor, Amount, Article, Event, Provenance

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resolver() -> Any:
    from realpolitik.actors import ActorResolver

    return ActorResolver()


@pytest.fixture(scope="module")
def code(nlp: Any, resolver: Any) -> Any:
    from realpolitik.nlp import parse_one

    def run(text: str, events: tuple[Event, ...] = ()) -> tuple[Amount, ...]:
        doc = parse_one(text)
        article = Article(id=article_id(text), text=text)
        return code_amounts(doc, article, resolver.resolve(doc, article), events)

    return run


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "obj"),
    [
        (
            "North Korea imported 5,380 tons of corn and flour.",
            "5,380 tons",
            5380,
            "t",
            "corn and flour",
        ),
        ("The bill adds $1.5 trillion in tax cuts.", "$1.5 trillion", 1.5e12, "USD", "tax cuts"),
        ("Two million people fled the fighting.", "Two million", 2e6, "", "people"),
        ("Prices rose 7 percent last year.", "7 percent", 7, "percent", ""),
        ("Russia massed 70,000 troops on the border.", "70,000", 70000, "", "troops"),
        (
            "The North conducted four underground nuclear tests.",
            "four",
            4,
            "",
            "underground nuclear tests",
        ),
        ("The EU pledged €3 billion to Turkey.", "€3 billion", 3e9, "EUR", ""),
        ("The firm raised 1.2 bn euros.", "1.2 bn euros", 1.2e9, "EUR", ""),
        ("Half a million refugees crossed the border.", "Half a million", 5e5, "", "refugees"),
        ("A dozen ships sank in the storm.", "A dozen", 12, "", "ships"),
        (
            "Iran exports 2.1 million barrels per day.",
            "2.1 million barrels per day",
            2.1e6,
            "barrels per day",
            "",
        ),
        ("He owns twenty-five cars.", "twenty-five", 25, "", "cars"),
        ("Britain gave £4.5m to the fund.", "£4.5m", 4.5e6, "GBP", ""),
        ("Poland spends 130 billion zlotys on defence.", "130 billion zlotys", 1.3e11, "PLN", ""),
        ("At least 12 Democrats back the bill.", "12", 12, "", "Democrats"),
    ],
)
def test_amounts_with_units_and_objects(
    code: Any, sentence: str, text: str, value: float, unit: str, obj: str
) -> None:
    found = code(sentence)
    assert len(found) == 1, found
    amount = found[0]
    assert (amount.text, amount.unit, amount.object) == (text, unit, obj)
    assert amount.value == pytest.approx(value)
    assert sentence[amount.provenance.start : amount.provenance.end] == amount.text


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("Wages rose between 10 and 20 percent.", 10, 20, "percent"),
        ("Wages rose 10-20 percent.", 10, 20, "percent"),
        ("They want a raise of 10 to 11 percent.", 10, 11, "percent"),
        ("It will save $1.2 to 1.5 billion.", 1.2e9, 1.5e9, "USD"),
    ],
)
def test_ranges(code: Any, sentence: str, low: float, high: float, unit: str) -> None:
    (amount,) = code(sentence)
    assert (amount.low, amount.high, amount.unit) == (pytest.approx(low), pytest.approx(high), unit)
    assert amount.value == pytest.approx(low)


def test_from_to_is_two_amounts_with_the_shared_unit(code: Any) -> None:
    found = code("The corporate rate falls from 35 to 21 percent.")
    assert [(a.value, a.unit, a.low) for a in found] == [
        (35, "percent", None),
        (21, "percent", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The armistice was signed in 1953 and he visited in 2019.",
        "The parade marked the 70th anniversary of the war.",
        "A 45-year-old man, aged 45, was arrested at 3 p.m. on July 4.",
        "Leaders met at the G20 summit to discuss COVID-19 and Section 702.",
        "One of the officials said one in Washington would do.",
        "The two countries signed the first deal.",
        "The No. 2 Republican backed the three-way partnership after an 11-minute blackout.",
        "He served five years in office and two terms as mayor.",
        "It could provide two things the North has wanted.",
        "Two diplomats said the talks failed, according to three officials.",
        "The meeting starts at 10:30 and ends at 12.45 a.m.",
    ],
)
def test_not_amounts(code: Any, sentence: str) -> None:
    assert code(sentence) == ()


def test_size_of_a_noun_and_stated_one(code: Any) -> None:
    workforce, senator = code(
        "She will lead a workforce of 240,000 and consulted at least one U.S. senator."
    )
    assert (workforce.value, workforce.object) == (240000, "workforce")
    assert (senator.value, senator.object) == (1, "U.S. senator")


def test_actors_and_partners(code: Any) -> None:
    (amount,) = code("North Korea imported 5,380 tons of corn and flour from Russia.")
    assert amount.actors == ("PRK",) and amount.partners == ("RUS",)
    first, second = code(
        "Russia supplied 1.2 million tonnes of wheat to Egypt, and Egypt "
        "also bought 400,000 tonnes from Ukraine."
    )
    assert (first.actors, first.partners) == (("RUS",), ("EGY",))
    assert (second.actors, second.partners) == (("EGY",), ("UKR",))


def test_partner_of_the_noun_itself(code: Any) -> None:
    amounts = code(
        "North Korea imported 5,380 tons of corn from Russia, compared with 102,000 "
        "tons of rice imported from China."
    )
    assert [(a.value, a.partners) for a in amounts] == [(5380, ("RUS",)), (102000, ("CHN",))]


def test_event_of_the_same_sentence(code: Any) -> None:
    text = "Nothing happened. North Korea imported 5,380 tons of corn from Russia."
    trigger = text.index("imported")
    prov = Provenance("a", 1, trigger, trigger + 8, "events", "0")
    event = Event(
        "ev1",
        "COOPERATE",
        "",
        (Actor("RUS", "Russia", "Russia"),),
        (Actor("PRK", "North Korea", "North Korea"),),
        "imported",
        text,
        prov,
        trigger_start=trigger,
        trigger_end=trigger + 8,
    )
    elsewhere = Event(
        "ev0",
        "CONSULT",
        "",
        (),
        (),
        "happened",
        text,
        Provenance("a", 0, 8, 16, "events", "0"),
        trigger_start=8,
        trigger_end=16,
    )
    (amount,) = code(text, (elsewhere, event))
    assert amount.event_id == "ev1"
    assert amount.provenance.sentence == 1
    (alone,) = code("North Korea imported 5,380 tons of corn.")
    assert alone.event_id == ""


def test_event_of_the_amounts_own_participle(code: Any) -> None:
    text = (
        "North Korea imported 5,380 tons of corn from Russia, compared with 102,000 tons of "
        "rice imported from China."
    )
    events = []
    for name, at in (("russia", text.index("imported")), ("china", text.rindex("imported"))):
        prov = Provenance("a", 0, at, at + 8, "events", "0")
        events.append(
            Event(
                name,
                "COOPERATE",
                "",
                (),
                (),
                "imported",
                text,
                prov,
                trigger_start=at,
                trigger_end=at + 8,
            )
        )
    assert [a.event_id for a in code(text, tuple(events))] == ["russia", "china"]


def test_records_carry_the_coder(code: Any) -> None:
    (amount,) = code("Russia massed 70,000 troops.")
    assert amount.provenance.coder == amounts_module.CODER
    assert amount.provenance.coder_version == amounts_module.VERSION
    assert len(amount.id) == 16


@pytest.mark.shared
def test_seed_article_amounts(shared_dir: Path, code: Any) -> None:
    text = (shared_dir / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    found = {(a.value, a.unit): a for a in code(text)}
    corn = found[(5380, "t")]
    assert (corn.object, corn.partners) == ("corn and flour", ("RUS",))
    rice = found[(102000, "t")]
    assert (rice.object, rice.partners) == ("rice", ("CHN",))
    assert found[(4, "")].object == "underground nuclear tests"
    assert found[(5, "")].object == "major weapons projects"
    assert not {(70, ""), (1953, ""), (2019, ""), (2011, ""), (2017, "")} & set(found)


def test_partitive_count_and_money_for_a_purpose(code: Any) -> None:
    found = code("Nine of the board’s 12 members voted for the plan.")
    assert [(a.value, a.object) for a in found] == [(9, "members"), (12, "members")]
    money = code("The cabinet approved $2 billion for reconstruction.")
    assert [(a.value, a.unit, a.object) for a in money] == [(2e9, "USD", "reconstruction")]


@pytest.mark.parametrize(
    "sentence",
    [
        # vague quantities state no number (precision first: CONVENTIONS.md C)
        "Dozens of people were hurt and hundreds of others fled.",
        "Thousands of protesters marched through the capital.",
        # a vote tally or score is a result, not a count of a thing
        "The Senate voted 62-37 to approve the bill.",
    ],
)
def test_vague_quantities_and_tallies_are_not_amounts(code: Any, sentence: str) -> None:
    assert code(sentence) == ()
