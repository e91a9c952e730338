"""Sentences from the body of wire stories (0.13.0 and 0.14.0, CONVENTIONS A1 and A4): reporters'
questions, shared opinions, advisories, topics of talks, the reporter's past perfect,
nobody doing a deed, a threat's own words as its target, deeds of last year in a describing
clause, and a reporter's request for comment. Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import events, predicted, triple
from realpolitik.actors import ActorResolver
from realpolitik.coders.places import code_places
from realpolitik.evaluate import evaluate_rows
from realpolitik.ids import article_id
from realpolitik.models import Article
from realpolitik.nlp import parse_one


def _types(text: str) -> set[str]:
    return {t[0] for t in predicted(text)}


def _drafted(text: str) -> set[str]:
    """Every type drafted, at any confidence."""
    return {e.event for e in events(text)}


def test_a_reporters_question_is_no_request() -> None:
    text = "At the briefing the minister was asked whether Canada would send troops to Mali."
    assert "REQUEST" not in _types(text)


def test_reporters_asking_about_a_topic_make_no_request() -> None:
    assert "REQUEST" not in _drafted("Reporters asked the German chancellor about the talks.")


def test_asking_a_state_for_help_is_still_a_request() -> None:
    assert triple("REQUEST", ["IRN"], ["RUS"]) in predicted("Iran asked Russia for help.")


def test_agreeing_that_something_is_so_is_an_opinion() -> None:
    assert "AGREE" not in _types("Germany and France agree that the treaty is outdated.")


def test_agreeing_that_something_will_happen_is_an_accord() -> None:
    text = "Egypt and Israel agreed that the border crossing would reopen."
    assert triple("AGREE", ["EGY", "ISR"]) in predicted(text)


def test_a_travel_warning_is_no_threat() -> None:
    assert "THREATEN" not in _drafted("Germany issued a travel warning for Turkey.")


def test_the_reporters_past_perfect_warning_is_background() -> None:
    types = _types("Britain had warned Iran not to seize the tanker.")
    assert not {"THREATEN", "REQUEST"} & set(types)


def test_a_past_perfect_of_this_week_is_news() -> None:
    text = "Britain had on Monday warned Iran not to seize the tanker."
    assert triple("REQUEST", ["GBR"], ["IRN"]) in predicted(text)


def test_a_joint_course_the_speakers_state_shares_asks_no_one() -> None:
    text = "China and the United States should deepen their cooperation, Xi said."
    assert "REQUEST" not in _types(text)


def test_sanctions_discussed_are_a_topic_not_a_measure() -> None:
    assert "SANCTION" not in _drafted(
        "The two officials discussed American sanctions against Russia."
    )
    found = predicted("The Russian and Iranian foreign ministers discussed sanctions on Syria.")
    assert any(t[0] == "CONSULT" for t in found)


def test_nobody_voting_against_is_no_refusal() -> None:
    assert "REJECT" not in _types("No Republican senator voted against the bill.")


def test_no_group_claiming_a_bombing_leaves_the_bombing() -> None:
    text = "No group has claimed responsibility for the bombing of the Israeli embassy."
    assert triple("ASSAULT", [], ["ISR"]) in predicted(text)


def test_a_count_that_would_be_reached_is_hypothetical() -> None:
    text = "It would be the first time the United States charged Chinese officers with hacking."
    assert "ACCUSE" not in _types(text)


def test_a_count_already_reached_is_news() -> None:
    text = "It was the first time the United States charged Chinese officers with hacking."
    assert triple("ACCUSE", ["USA"], ["CHN"]) in predicted(text)


def test_a_verbal_attack_on_twitter_names_the_one_attacked_not_the_site() -> None:
    (found,) = events("President Trump attacked Senator Corker on Twitter.")
    assert found.event == "ACCUSE"
    assert [a.text for a in found.recipient] == ["Corker"]


def _places(text: str) -> list[tuple[str, str]]:
    doc = parse_one(text)
    article = Article(id=article_id(text), text=text)
    return [(p.text, p.country) for p in code_places(doc, article, None)]


def test_a_name_with_a_who_clause_is_a_person_not_a_town() -> None:
    text = (
        "Bradbury, who heads the legal office, defended the memo on Monday. "
        "Critics in Congress opposed Bradbury."
    )
    assert not any(name == "Bradbury" for name, _ in _places(text))


def _people(text: str) -> dict[str, str]:
    doc = parse_one(text)
    mentions = ActorResolver().resolve(doc, Article(id=article_id(text), text=text)).mentions
    return {m.text: m.code for m in mentions if m.kind == "person"}


def test_an_ambassador_to_a_state_is_of_the_sending_state() -> None:
    people = _people(
        "The adviser phoned Russian Ambassador to the United States Sergei Kislyak twice."
    )
    assert people.get("Sergei Kislyak") == "RUS"


def _dated_triples(text: str, published: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """Triples kept (the evaluation's threshold) in a text published on ``published``."""
    report = evaluate_rows([{"id": "x", "text": text, "events": [], "date": published}])
    return set(report.items[0].predicted)


def test_a_dated_deed_in_a_relative_clause_is_background() -> None:
    # CONVENTIONS A4: a past deed that describes a participant is background
    text = "Pope Francis, who visited Iraq in 2021, met Egypt's president on Monday."
    found = _dated_triples(text, "2023-05-08")
    assert triple("CONSULT", ["VAT"], ["EGY"]) in found
    assert triple("CONSULT", ["VAT"], ["IRQ"]) not in found


def test_a_deed_of_last_year_in_a_relative_clause_is_background() -> None:
    # "last year" dates the clause as a year written out does
    text = (
        "The senators were joined on Tuesday by Gretchen Carlson, a former Fox News "
        "anchor who sued the network's chief for harassment last year."
    )
    assert {t for t in _dated_triples(text, "2017-12-06") if t[0] == "ACCUSE"} == set()
    # told in a main clause, last year's deed is still the news
    text = "Gretchen Carlson, a former Fox News anchor, sued the network's chief last year."
    assert triple("ACCUSE", ["USA"], ["USA"]) in _dated_triples(text, "2017-12-06")


def test_a_dated_deed_in_a_main_clause_is_still_news() -> None:
    # the seed article's gold codes a visit made years before its story
    found = _dated_triples("Kim Jong-un made an official visit to Russia in 2019.", "2023-05-08")
    assert triple("CONSULT", ["PRK"], ["RUS"]) in found


def test_a_reporters_request_declined_or_made_is_no_event() -> None:
    # the press asks for comment and interviews; refusing it is no refusal between actors
    for text in (
        "The White House declined a request for comment.",
        "Gorsuch declined an interview request for this article.",
        "Reuters asked the Pentagon for comment on Monday.",
    ):
        assert predicted(text) == set(), text
    # a state's request declined is still a refusal
    assert triple("REJECT", {"IRN"}, {"IAEA"}) in predicted(
        "Iran declined a request from the IAEA to visit the site."
    )
