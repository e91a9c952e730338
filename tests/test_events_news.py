"""Event patterns added in 0.3.0 for wire news, on hand-written sentences.

A stand-in actor index knows a fixed word -> code table, so these tests check the
event rules alone: wire leads (credit line, dateline) that do not act, an event
judged by a later sentence ("condemned the agreement"), summoned envoys, vetoes at
an international body, sanctions adopted in a package, "target" only with arms,
crowds counted in thousands, unattributed attacks, stances that are no commitments
and reduced passives ("when asked").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from actor_double import TableActors
from realpolitik.coders.event_actors import lead_end
from realpolitik.coders.events import code_events
from realpolitik.ids import article_id
from realpolitik.models import Article, Event
from realpolitik.nlp import parse_one

CODES = {
    "Russia": ("RUS", "state"),
    "Moscow": ("RUS", "state"),
    "Kremlin": ("RUS", "state"),
    "Ukraine": ("UKR", "state"),
    "Japan": ("JPN", "state"),
    "Israel": ("ISR", "state"),
    "Iran": ("IRN", "state"),
    "Tehran": ("IRN", "state"),
    "British": ("GBR", "state"),
    "Briton": ("GBR", "state"),
    "Kenyan": ("KEN", "state"),
    "Nairobi": ("KEN", "state"),
    "Mosul": ("IRQ", "state"),
    "American": ("USA", "state"),
    "Cuba": ("CUB", "state"),
    "Chile": ("CHL", "state"),
    "Peru": ("PER", "state"),
    "NATIONS": ("UNO", "igo"),
    "Nations": ("UNO", "igo"),
    "Council": ("UNO", "igo"),
    "Union": ("EUR", "igo"),
}


def Names(doc: Any) -> TableActors:
    """The test's stand-in for ArticleActors over CODES."""
    return TableActors(doc, CODES)


def code(text: str, dateline: str = "") -> tuple[Event, ...]:
    doc = parse_one(text)
    article = Article(
        id=article_id(text), text=text, published=dt.date(2024, 6, 20), dateline=dateline
    )
    return tuple(e for e in code_events(doc, article, Names(doc)) if e.confidence >= 0.5)


def triples(text: str, dateline: str = "") -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {
        (e.event, frozenset(e.actor_codes), frozenset(e.recipient_codes))
        for e in code(text, dateline)
    }


def test_lead_end_cuts_credit_lines_and_datelines_only() -> None:
    assert lead_end("UNITED NATIONS (Reuters) - Israel urged ...") == len(
        "UNITED NATIONS (Reuters) - "
    )
    assert lead_end("AFP - Pakistani troops ...") == len("AFP - ")
    assert lead_end("KHARTOUM, Sudan Sept. 19, 2004 - A US-backed") == len(
        "KHARTOUM, Sudan Sept. 19, 2004 - "
    )
    assert lead_end("BAGHDAD US warplanes fired", "BAGHDAD") == len("BAGHDAD")
    for lead in (
        "WASHINGTON, Sept. 30, 2004 -- ",
        "BAGHDAD, Sept 12: ",
        "MOSUL, Iraq, Dec 9 (AFP) - ",
        "LONDON, (Reuters) - ",
        "BANGALORE, DEC 5: ",
        "World News: Islamabad, Nov 9 : ",
        "BAGHDAD: ",
        "NEW DELHI, 9 October 2004 - ",
        "MOSCOW, December 3 (Itar-Tass) - ",
        "Kabul, Oct. 5 (NNN): ",
        "3 December 2004 -- ",
        "(Reuters) - ",
        "LAHORE, Pakistan : Oct 11 (PID) - ",
        "SYDNEY : ",
        "CAIRO/AMMAN, 14 March 2005 - ",
        "Vienna, Austria -- ",
        "Beijing - ",
    ):
        assert lead_end(lead + "A series of car bombings ...") == len(lead)
    for story in (
        "Russia - which vetoed it - said",
        "NATO and Russia met",
        "US warplanes fired",
        "NATO: allies agree",
        "Putin, Bush meet",
        "The Russian town of Beslan - scene of a siege - mourned",
        "At least nine people - seven of them children - died",
    ):
        assert lead_end(story) == 0


def test_a_dateline_parsed_as_subject_does_not_act() -> None:
    found = triples(
        "UNITED NATIONS (Reuters) - Israel urged the Council to impose sanctions on Iran."
    )
    assert ("REQUEST", frozenset({"ISR"}), frozenset({"UNO"})) in found
    assert not any("UNO" in actors for _, actors, _ in found)


def test_a_judgement_of_an_earlier_event_is_aimed_at_its_actors() -> None:
    text = "Russia vetoed a resolution at the Council on Thursday. Japan criticized the veto."
    found = triples(text)
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UNO"})) in found
    assert ("ACCUSE", frozenset({"JPN"}), frozenset({"RUS"})) in found


def test_a_judgement_reaches_back_only_to_a_fitting_event() -> None:
    # "the veto" cannot be the attack of the sentence before
    text = "Russia attacked Ukraine on Monday. Japan criticized the veto."
    assert not any(e.event == "ACCUSE" and e.recipient for e in code(text))


def test_summoning_an_envoy_is_a_protest_to_the_state_that_sent_them() -> None:
    found = triples(
        "Iran summoned the British ambassador on Wednesday, the ministry in Tehran said."
    )
    assert found == {("ACCUSE", frozenset({"IRN"}), frozenset({"GBR"}))}


def test_sanctions_adopted_in_a_package_and_target_without_arms() -> None:
    text = (
        "The European Union adopted a package of sanctions against Russia, targeting its exports."
    )
    found = triples(text)
    assert ("SANCTION", frozenset({"EUR"}), frozenset({"RUS"})) in found
    assert not any(e.event == "ASSAULT" for e in code(text))


def test_target_with_arms_is_an_attack() -> None:
    found = triples("Russian warplanes targeted a market in Ukraine with missiles.")
    assert any(event == "ASSAULT" and "UKR" in recips for event, _, recips in found)


def test_thousands_of_people_take_the_country_of_their_city() -> None:
    found = triples("Thousands of people marched in Nairobi against tax increases.")
    assert ("PROTEST", frozenset({"KEN"}), frozenset({"KEN"})) in found


def test_an_attack_with_no_named_attacker_is_coded_with_an_empty_actor() -> None:
    found = triples("A car bomb exploded in Mosul on Monday, killing three people.")
    assert ("ASSAULT", frozenset(), frozenset({"IRQ"})) in found


def test_kidnapped_up_to_a_number_of_people() -> None:
    found = triples("Rebels kidnapped up to 16 American advisers in Mosul.")
    assert any(e == "ASSAULT" and "USA" in r for e, _, r in found)


def test_willing_to_do_a_non_event_is_no_commitment() -> None:
    assert not code("Cuba and Chile are willing to ignore the sanctions.")
    assert triples("Cuba is ready to send aid to Peru.") == {
        ("AGREE", frozenset({"CUB"}), frozenset({"PER"}))
    }


def test_both_countries_needs_a_named_pair() -> None:
    text = "Japan sent weapons to Ukraine. Analysts said both countries are willing to sign a pact."
    assert not any(e.event == "AGREE" for e in code(text))
    paired = "Cuba and Chile met in June. Both countries signed a pact."
    assert ("AGREE", frozenset({"CUB", "CHL"}), frozenset()) in triples(paired)


def test_when_asked_is_no_request() -> None:
    text = "The Kremlin said it felt no guilt, when asked whether Russia was exonerated."
    assert not any(e.event == "REQUEST" for e in code(text))


def test_an_empty_recipient_is_kept_when_the_object_names_no_actor() -> None:
    # CONVENTIONS A3/A4: an unnamed recipient is left out; the act on a thing still counts.
    assert ("REJECT", frozenset({"IRN"}), frozenset()) in triples("Iran rejected the proposal.")
    assert ("AGREE", frozenset({"IRN"}), frozenset()) in triples(
        "Iran agreed to a five-point peace plan."
    )


def test_an_empty_recipient_stays_doubtful_when_the_object_names_someone() -> None:
    # "his proposal": an owner the coder could not place; the record is held back.
    assert not any(t[0] == "REJECT" for t in triples("Iran rejected his proposal."))
    assert not any(t[0] == "REJECT" for t in triples("Iran rejected the demand of Lagosia."))


def test_police_with_no_place_of_their_own_are_those_of_the_dateline() -> None:
    from realpolitik.models import Place, Provenance

    text = "BAGHDAD (Reuters) - Police arrested five men on Monday."
    doc = parse_one(text)
    article = Article(id=article_id(text), text=text, published=dt.date(2024, 6, 20))
    baghdad = Place(
        name="Baghdad",
        text="BAGHDAD",
        country="IRQ",
        provenance=Provenance(article.id, 0, 0, 7, "places", "test"),
    )
    found = {
        (e.event, frozenset(e.actor_codes), frozenset(e.recipient_codes))
        for e in code_events(doc, article, Names(doc), (), (baghdad,))
        if e.confidence >= 0.5
    }
    assert found == {("COERCE", frozenset({"IRQ"}), frozenset({"IRQ"}))}
    assert triples("Police arrested five men on Monday.") == set()


def _with_places(text: str, *places: tuple[str, str, str]) -> set[Any]:
    """Triples coded with the given places (surface, country, precision) found in ``text``."""
    from realpolitik.models import Place, Provenance

    doc = parse_one(text)
    article = Article(id=article_id(text), text=text, published=dt.date(2024, 6, 20))
    found = [
        Place(
            name=surface,
            text=surface,
            country=country,
            precision=precision,
            provenance=Provenance(
                article.id,
                0,
                text.index(surface),
                text.index(surface) + len(surface),
                "places",
                "test",
            ),
        )
        for surface, country, precision in places
    ]
    found.sort(key=lambda p: p.provenance.start if p.provenance else 0)
    return {
        (e.event, frozenset(e.actor_codes), frozenset(e.recipient_codes))
        for e in code_events(doc, article, Names(doc), (), tuple(found))
        if e.confidence >= 0.5
    }


def test_militants_with_no_place_of_their_own_fight_where_the_story_was_filed() -> None:
    text = "MOSUL (Reuters) - Militants said on Tuesday they had beheaded an American hostage."
    found = _with_places(text, ("MOSUL", "IRQ", "point"))
    assert found == {("ASSAULT", frozenset({"IRQ"}), frozenset({"USA"}))}


def test_the_town_an_airstrike_hit_is_not_its_doer() -> None:
    text = "Two British soldiers were killed in a Nairobi airstrike on Tuesday."
    found = _with_places(text, ("Nairobi", "KEN", "point"))
    assert found == {("ASSAULT", frozenset(), frozenset({"GBR"}))}
