"""Shapes found by reading samples of the coder's own output (CONVENTIONS A1-A4):
questions that ask no favour, backings that describe someone, vows that act on someone,
contests of law, explosions with an accident to blame, words that are no charges,
denials, a judge's word to a jury, warnings that demand, invasions with no agent, and
sides found through conjoined passives, noun modifiers, hyphened origins, content clauses
of nouns and pronouns after a meeting. Built on the real parser and resolver; the
sentences are written for the tests."""

from __future__ import annotations

from real_coder import predicted, triple
from realpolitik.actors import ActorResolver
from realpolitik.ids import article_id
from realpolitik.models import Actor, Article
from realpolitik.nlp import parse_one


def mentions(text: str) -> list[Actor]:
    """The actor mentions the resolver finds in ``text``."""
    article = Article(id=article_id(text), text=text)
    return list(ActorResolver().resolve(parse_one(text), article).mentions)


def test_a_question_put_to_no_one_named_is_no_request() -> None:
    for text in (
        "Representative Tom Cole, asked if fellow Republicans could meet their deadline, told "
        "reporters on Monday that he was no prophet.",
        "Trump did not answer a reporter's question on Tuesday when asked what he meant by "
        "the tweet.",
    ):
        assert not any(t[0] == "REQUEST" for t in predicted(text)), text
    # a question put in a letter to someone named is a request of them
    letter = (
        "Democratic lawmakers on Wednesday wrote to Jared Kushner, President Donald Trump's "
        "adviser, asking whether he had discussed financing with foreign officials."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(letter)


def test_a_backing_in_a_relative_clause_describes_someone() -> None:
    text = (
        "Democrat Doug Jones won the Senate race on Tuesday against a Republican candidate "
        "who was backed by President Donald Trump."
    )
    assert not any(t[0] == "SUPPORT" for t in predicted(text))
    told = "President Donald Trump endorsed Republican Senate candidate Roy Moore on Monday."
    assert triple("SUPPORT", ["USA"], ["USA"]) in predicted(told)


def test_a_vow_acts_on_its_object_and_promises_it_nothing() -> None:
    for text in (
        "President Donald Trump has vowed to prevent North Korea from gaining that capability.",
        "Pakistan vowed on Monday to track down a former Guantanamo inmate.",
    ):
        assert not any(t[0] == "AGREE" and t[2] for t in predicted(text)), text
    partner = "President George W. Bush pledged on Monday to work with Mexico on immigration."
    assert triple("AGREE", ["USA"], ["MEX"]) in predicted(partner)


def test_fighting_a_decision_is_no_threat_of_force() -> None:
    text = "German insurer Allianz said on Tuesday it would fight a U.S. jury decision in New York."
    assert not any(t[0] in ("THREATEN", "ASSAULT") for t in predicted(text))
    forces = "Kurdish fighters clashed with Islamic State militants in Raqqa on Tuesday."
    assert any(t[0] == "ASSAULT" for t in predicted(forces))


def test_an_explosion_blamed_on_an_accident_is_no_attack() -> None:
    text = (
        "FOGGIA, Italy - Eight people have been killed in an explosion that leveled an "
        "apartment building in southern Italy. Firefighters are investigating whether a gas "
        "leak is to blame."
    )
    assert not any(t[0] == "ASSAULT" for t in predicted(text))
    bombing = (
        "BAGHDAD (Reuters) - Fifteen people were killed in an explosion at a police station "
        "in Tikrit on Monday. Police said a car bomb caused the explosion."
    )
    assert triple("ASSAULT", [], ["IRQ"]) in predicted(bombing)


def test_an_accusation_in_words_is_no_charge_against_ones_own_people() -> None:
    text = "The White House on Tuesday accused the women of lying."
    assert triple("ACCUSE", ["USA"], ["USA"]) not in predicted(text)
    charge = "British prosecutors on Tuesday accused a radical cleric of inciting murder."
    assert triple("ACCUSE", ["GBR"], ["GBR"]) in predicted(charge)
    charge = "Thai authorities on Monday accused three men of plotting bombings."
    assert triple("ACCUSE", ["THA"], ["THA"]) in predicted(charge)


def test_a_warning_to_do_something_is_a_demand_and_to_expect_a_forecast() -> None:
    text = (
        "A U.S. judge on Thursday warned lawyers for Paul Manafort not to speak about the case "
        "outside of court."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text)
    assert not any(t[0] == "THREATEN" for t in predicted(text))
    forecast = (
        "The Federal Reserve on Tuesday warned U.S. consumers to expect further increases in "
        "the cost of borrowing."
    )
    assert predicted(forecast) == set()


def test_a_passive_shares_the_agent_of_its_last_conjunct() -> None:
    text = (
        "A young Nigerian mother sentenced to death by stoning was freed and discharged "
        "by an Islamic appeals court on Thursday."
    )
    assert triple("RETREAT", ["NGA"], ["NGA"]) in predicted(text)


def test_police_hung_on_a_conjoined_body_are_the_places() -> None:
    text = (
        "Police and National Guard troops fired tear gas at crowds of street vendors in "
        "Venezuela's capital on Wednesday."
    )
    assert triple("ASSAULT", ["VEN"], ["VEN"]) in predicted(text)


def test_a_hyphened_american_is_american() -> None:
    text = (
        "Senator Marco Rubio, a Cuban-American politician, on Friday welcomed President "
        "Donald Trump's decision."
    )
    assert triple("SUPPORT", ["USA"], ["USA"]) in predicted(text)
    assert {a.code for a in mentions(text)} == {"USA"}
    # a pair of demonyms on something both states share names both
    assert {"RUS", "USA"} <= {a.code for a in mentions("Russian-American talks resumed.")}


def test_a_charge_noun_accuses_the_subject_of_its_content_clause() -> None:
    text = "The United States stepped up its charges that Damascus was sheltering insurgents."
    assert triple("ACCUSE", ["USA"], ["SYR"]) in predicted(text)


def test_a_pronoun_called_on_after_a_meeting_is_the_one_met() -> None:
    text = "Trump met Xi Jinping on Monday and called on him to pressure North Korea."
    assert triple("REQUEST", ["USA"], ["CHN"]) in predicted(text)


def test_verdict_words_on_anothers_deed_are_criticism() -> None:
    text = (
        "Senate Democratic Leader Chuck Schumer said on Tuesday that President Donald "
        "Trump's decision was foolish."
    )
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text)


def test_only_an_agent_invades() -> None:
    text = "A new generation of creation science is invading America's classrooms."
    assert not any(t[0] == "ASSAULT" for t in predicted(text))
    forces = "U.S.-led forces invaded Iraq on Thursday."
    assert any(t[0] == "ASSAULT" and "IRQ" in t[2] for t in predicted(forces))


def test_a_verdict_on_a_report_of_allegations_is_a_denial() -> None:
    text = (
        "Lawyers for former adviser Michael Flynn said on Friday that a Wall Street Journal "
        "report about their client was outrageous."
    )
    assert not any(t[0] == "ACCUSE" for t in predicted(text))
    deed = "French President Jacques Chirac said on Monday that the U.S. war in Iraq was illegal."
    assert triple("ACCUSE", ["FRA"], ["USA"]) in predicted(deed)


def test_a_judge_telling_a_jury_to_deliberate_asks_no_favour() -> None:
    text = (
        "The judge in the bribery trial of U.S. Senator Bob Menendez told the jury on Monday "
        "to continue deliberating."
    )
    assert not any(t[0] == "REQUEST" for t in predicted(text))
    asked = "A U.S. judge on Monday told prosecutors to hand over the documents to the defense."
    assert any(t[0] == "REQUEST" for t in predicted(asked))
