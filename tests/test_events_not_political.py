"""Play, rivalry and science are no politics (CONVENTIONS A1): "fought out a draw",
"shot a 66" and "Spain met England" in a sport story code nothing, nor does one firm's
"attack" on another or a weather satellite's launch, while the police arresting a
player, gunmen attacking a firm's plant and a spy satellite's launch still do. Built on
the real parser and resolver; the sentences are written for the tests."""

from __future__ import annotations

from real_coder import events, predicted, triple
from realpolitik.actors import ActorResolver
from realpolitik.coders.event_lexicon import load_lexicon
from realpolitik.coders.event_sport import sport_sentence, sport_sentences
from realpolitik.coders.events import code_events
from realpolitik.ids import article_id
from realpolitik.models import Article
from realpolitik.nlp import parse_one


def _drafted(text: str) -> set[str]:
    """Every type drafted, at any confidence."""
    return {e.event for e in events(text)}


def _sport(text: str) -> bool:
    return sport_sentence(next(iter(parse_one(text).sents)), load_lexicon().grammar)


def _article_events(title: str, text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    doc = parse_one(text)
    article = Article(id=article_id(text), text=text, title=title)
    actors = ActorResolver().resolve(doc, article)
    return {
        (e.event, frozenset(e.actor_codes), frozenset(e.recipient_codes))
        for e in code_events(doc, article, actors)
    }


def test_a_drawn_match_is_no_fight() -> None:
    assert "ASSAULT" not in _drafted(
        "Italy and Argentina fought out a 2-2 draw in a friendly in Rome on Tuesday."
    )


def test_a_comeback_in_tennis_is_no_rally() -> None:
    text = "Spain's tennis champion rallied to a 6-4, 6-3 victory over a French rival."
    assert "PROTEST" not in _drafted(text)


def test_a_golf_score_is_no_shooting() -> None:
    text = "An Australian golfer shot a 5-under 66 to take the lead in the tournament in Japan."
    assert "ASSAULT" not in _drafted(text)


def test_a_vice_captain_pulling_out_of_a_tour_retreats_from_nothing() -> None:
    text = (
        "South Africa's vice-captain Nicky Boje has pulled out of the team to tour India next "
        "week because he has not been given any assurance by the Indian Police."
    )
    assert "RETREAT" not in _drafted(text)


def test_police_arresting_a_player_is_still_coercion() -> None:
    text = "Police in Madrid arrested a Colombian midfielder on Sunday on suspicion of smuggling."
    assert triple("COERCE", ["ESP"], ["COL"]) in predicted(text)


def test_a_vote_tally_is_no_match_score() -> None:
    text = "Iran threatened Israel on Monday as lawmakers defeated the bill 230-190."
    assert not _sport(text)
    assert triple("THREATEN", ["IRN"], ["ISR"]) in predicted(text)


def test_scores_need_a_result_word() -> None:
    assert _sport("Brazil beat Mexico 3-1 in Sao Paulo.")
    assert not _sport("The agreement covers the years 2019-2024 and 12-15 projects.")


def test_a_sport_title_makes_every_sentence_sport() -> None:
    text = "Spain met England in Madrid on Wednesday. The coach praised his players."
    assert triple("CONSULT", ["ESP"], ["GBR"]) in _article_events("", text)
    assert not _article_events("World Cup: Spain hold England", text)


def test_one_sport_sentence_leaves_the_rest_of_a_story_alone() -> None:
    text = (
        "Iran threatened Israel on Monday. Spain met England in Madrid on Wednesday. "
        "Germany hosted France for talks in Berlin. Russia accused Ukraine of shelling. "
        "Fans watched the football match in a bar."
    )
    doc = parse_one(text)
    assert sport_sentences(list(doc.sents), "", load_lexicon().grammar) == {4}
    found = _article_events("", text)
    assert triple("CONSULT", ["ESP"], ["GBR"]) in found
    assert triple("THREATEN", ["IRN"], ["ISR"]) in found


def test_one_firm_attacking_another_is_rivalry() -> None:
    text = (
        "Oracle Corp. launched a fierce attack on Microsoft Corp. at a trade fair, "
        "mocking its cloud products."
    )
    assert "ASSAULT" not in _drafted(text)


def test_militants_attacking_a_firm_is_still_an_attack() -> None:
    text = "Militants attacked a Samsung plant with rockets."
    assert triple("ASSAULT", [], ["KOR"]) in predicted(text)


def test_a_science_satellite_launch_is_no_weapons_test() -> None:
    assert "MOBILIZE" not in _drafted("Japan launched a new weather satellite into orbit.")


def test_a_spy_satellite_launch_is_still_a_weapons_test() -> None:
    text = "Iran launched a reconnaissance satellite on Tuesday."
    assert triple("MOBILIZE", ["IRN"]) in predicted(text)
