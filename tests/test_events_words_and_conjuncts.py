"""Proposals shot down, films shot, clauses of contrast, conjuncts the parser hangs too
high, nominees or scientists at home, misdeeds told "according to" a source, attacks
placed by the sentence before, views exchanged, crowds against their own government,
rallies around a person and the step of a deed taken (0.34.0). Built on the real parser
and resolver."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from real_coder import predicted, triple
from realpolitik.coders.event_clauses import coordinated_head


def test_a_proposal_shot_down_is_a_refusal_not_gunfire() -> None:
    found = predicted(
        "Britain and the Netherlands shot down a French proposal to create a joint army."
    )
    assert triple("REJECT", ["GBR", "NLD"], ["FRA"]) in found
    assert not [t for t in found if t[0] == "ASSAULT"]


def test_a_film_shot_somewhere_is_no_attack() -> None:
    assert not predicted("A German crew shot a documentary in Iran last month.")
    found = predicted("Police shot two protesters in Nairobi on Monday.")
    assert triple("ASSAULT", ["KEN"], ["KEN"]) in found


def test_a_clause_of_contrast_keeps_its_own_tense() -> None:
    text = (
        "Mr Powell says that while the US recognises the one-China policy, it will offer "
        "to help Taiwan if it is attacked."
    )
    found = predicted(text)
    assert triple("SUPPORT", ["USA"], ["CHN"]) in found
    assert not [t for t in found if t[0] == "AGREE" and t[2] == frozenset({"CHN"})]


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_conjunct_goes_with_the_verb_whose_and_it_follows() -> None:
    # "Police detained a man who they say killed two and hurt four": the parser may hang
    # "hurt" on "detained" while its "and" stays on "killed"
    words = ["Police", "detained", "a", "man", "who", "they", "say", "killed", "two", "and"]
    words += ["hurt", "four"]
    heads = [1, 1, 3, 1, 7, 6, 3, 6, 7, 7, 1, 10]
    deps = ["nsubj", "ROOT", "det", "dobj", "nsubj", "nsubj", "relcl", "ccomp", "dobj", "cc"]
    deps += ["conj", "dobj"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PRON", "PRON", "VERB", "VERB", "NUM", "CCONJ"]
    pos += ["VERB", "NUM"]
    doc = _parsed(words, heads, deps, pos)
    assert coordinated_head(doc[10]).text == "killed"
    # a conjunct whose "and" hangs on its own head keeps that head
    words = ["Troops", "killed", "two", "and", "hurt", "four"]
    doc = _parsed(
        words,
        [1, 1, 1, 1, 1, 4],
        ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"],
        ["NOUN", "VERB", "NUM", "CCONJ", "VERB", "NUM"],
    )
    assert coordinated_head(doc[4]).text == "killed"


def test_nominees_and_scientists_of_no_stated_state_are_at_home() -> None:
    text = "NEW DELHI - Prime Minister Manmohan Singh on Sunday congratulated the scientists."
    assert triple("SUPPORT", ["IND"], ["IND"]) in predicted(text, date="2004-08-29")
    text = "DALLAS - Party leaders in Texas stood by their nominee on Friday."
    assert triple("SUPPORT", ["USA"], ["USA"]) in predicted(text, date="2017-11-17")


def test_a_misdeed_told_according_to_a_source_is_its_accusation() -> None:
    found = predicted("Syria violated the truce, according to Turkey's foreign ministry.")
    assert triple("ACCUSE", ["TUR"], ["SYR"]) in found
    text = "China interfered in the vote, according to a report by Australian intelligence."
    assert triple("ACCUSE", ["AUS"], ["CHN"]) in predicted(text)
    assert not predicted("Syria has not violated the truce, according to Turkey.")


def test_a_misdeed_of_a_person_of_no_stated_state_is_a_domestic_accusation() -> None:
    text = "CANBERRA - The High Court said on Monday that John Smith violated the law."
    assert triple("ACCUSE", ["AUS"], ["AUS"]) in predicted(text, date="2017-11-13")


def test_an_attack_with_no_place_is_where_the_sentence_before_is() -> None:
    text = (
        "Nigeria's oil-rich delta is reeling from a week of unrest. Bombings over the "
        "weekend left more than 20 dead."
    )
    assert triple("ASSAULT", [], ["NGA"]) in predicted(text)
    text = "Pakistan's president met Bush on Monday. A bomb killed ten people on Tuesday."
    assert not [t for t in predicted(text) if t[0] == "ASSAULT" and t[2]]


def test_views_exchanged_are_a_consultation() -> None:
    found = predicted("China and Japan exchanged views on North Korea on Thursday.")
    assert triple("CONSULT", ["CHN", "JPN"], []) in found
    assert not predicted("The two armies exchanged fire across the border on Thursday.")


def test_a_crowd_protesting_its_own_government_is_of_its_state() -> None:
    text = (
        "Italy came to a standstill as millions of workers observed a general strike "
        "against the economic policies of Prime Minister Silvio Berlusconi."
    )
    assert triple("PROTEST", ["ITA"], ["ITA"]) in predicted(text, date="2004-11-30")
    # a leader alone may be abroad; a dateline puts the crowd in its own state
    found = predicted("Thousands of students marched against U.S. President Bush on Monday.")
    assert not [t for t in found if t[0] == "PROTEST" and t[1]]
    found = predicted("BAGHDAD - Thousands of students marched against the U.S. government.")
    assert not [t for t in found if t[0] == "PROTEST" and "USA" in t[1]]


def test_rallying_around_a_person_backs_him() -> None:
    text = "WASHINGTON - Ohio Republicans on Wednesday rallied around Mitt Romney."
    found = predicted(text, date="2017-12-06")
    assert triple("SUPPORT", ["USA"], ["USA"]) in found
    assert not [t for t in found if t[0] == "PROTEST"]
    found = predicted("Thousands of protesters rallied around the parliament building in Kiev.")
    assert triple("PROTEST", ["UKR"], ["UKR"]) in found


def test_the_step_of_a_deed_taken_is_the_deed() -> None:
    text = (
        "A senior Japanese official took the rare step on Monday of directly asking China to "
        "release the fishermen."
    )
    assert triple("REQUEST", ["JPN"], ["CHN"]) in predicted(text)
