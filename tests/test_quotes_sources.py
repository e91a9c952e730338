"""Where a quote's source stands (CONVENTIONS.md B1-B2), on hand-written sentences: documents
that "find" or "read", "according to" at either end of a sentence, "they" after a group,
asides between a subject and its verb, participle clauses and outlets that relay a quote."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.coders.quotes import code_quotes
from realpolitik.ids import article_id
from realpolitik.models import Article, Quote

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def code(nlp: Any) -> Any:
    from realpolitik.actors import ActorResolver
    from realpolitik.nlp import parse_one

    resolver = ActorResolver()

    def run(text: str) -> tuple[Quote, ...]:
        doc = parse_one(text)
        article = Article(id=article_id(text), text=text)
        return code_quotes(doc, article, resolver.resolve(doc, article))

    return run


def summary(quotes: tuple[Quote, ...]) -> list[tuple[str, str, str]]:
    return [(q.type, q.speaker.name, q.content) for q in quotes]


# -- 1. documents that find and read -------------------------------------------------------


def test_a_report_finds_that(code: Any) -> None:
    quotes = code(
        "The report found that the agency had failed to track spending on three contracts."
    )
    assert summary(quotes) == [
        ("indirect", "The report", "the agency had failed to track spending on three contracts")
    ]
    assert quotes[0].cue == "found" and quotes[0].speaker.kind == "document"


def test_an_audit_finds_without_that(code: Any) -> None:
    quotes = code("The audit found the ministry had overspent by a wide margin.")
    assert summary(quotes) == [
        ("indirect", "The audit", "the ministry had overspent by a wide margin")
    ]


def test_a_finding_with_quoted_words_and_a_that_clause_is_mixed(code: Any) -> None:
    text = (
        "The report found, however, “no documented evidence” that the minister had approved "
        "the payments."
    )
    assert summary(code(text)) == [
        (
            "mixed",
            "The report",
            "no documented evidence that the minister had approved the payments",
        )
    ]


def test_a_filing_reads(code: Any) -> None:
    text = (
        "The company denied wrongdoing. The filing reads: “The defendant knowingly hid the losses.”"
    )
    quotes = code(text)
    assert summary(quotes) == [("direct", "The filing", "The defendant knowingly hid the losses.")]
    assert quotes[0].cue == "reads"


@pytest.mark.parametrize(
    "text",
    [
        "Police found a body near the river on Tuesday morning.",
        "Investigators found that the fire started in the kitchen.",
        "The report found a wide audience among farmers.",
        "She reads the newspaper every morning before work.",
    ],
)
def test_find_and_read_say_nothing_for_people_or_bare_objects(code: Any, text: str) -> None:
    assert code(text) == ()


# -- 2. according to ------------------------------------------------------------------------


def test_sentence_final_according_to_documents(code: Any) -> None:
    text = (
        "The professor offered to arrange a meeting with Russian officials in April, "
        "according to court documents released on Monday."
    )
    quotes = code(text)
    assert summary(quotes) == [
        (
            "indirect",
            "court documents",
            "The professor offered to arrange a meeting with Russian officials in April",
        )
    ]
    assert quotes[0].cue == "according to"


def test_closing_according_to_stays_out_of_reported_speech(code: Any) -> None:
    text = (
        "Halvorsen told a campaign aide that he had met the professor in Oslo, according to "
        "court documents released on Monday."
    )
    assert summary(code(text)) == [("indirect", "Halvorsen", "he had met the professor in Oslo")]


def test_fronted_according_to_gives_way_to_the_speech_verb(code: Any) -> None:
    text = (
        "According to the court documents, Halvorsen told the meeting that he had contacts "
        "among senior officials in Moscow."
    )
    assert summary(code(text)) == [
        ("indirect", "Halvorsen", "he had contacts among senior officials in Moscow")
    ]


# -- 3. they --------------------------------------------------------------------------------


def test_they_is_never_the_single_person_quoted_before(code: Any) -> None:
    text = "Senator Dana Whitfield said the bill was dead. The bill will pass next week, they said."
    quotes = code(text)
    assert quotes[0].speaker.name == "Dana Whitfield"
    assert quotes[1].speaker.name != "Dana Whitfield"
    assert quotes[1].speaker.kind != "person"


def test_they_goes_back_past_a_person_to_the_group(code: Any) -> None:
    text = (
        "Officials in Brasilia said on Monday the deal was close. Senator Dana Whitfield said "
        "the bill was dead. The two sides were still far apart, they said."
    )
    assert [q.speaker.name for q in code(text)] == [
        "Officials in Brasilia",
        "Dana Whitfield",
        "Officials in Brasilia",
    ]


def test_they_after_a_group_that_did_not_speak_yet(code: Any) -> None:
    text = (
        "Lawmakers met Senator Dana Whitfield on Monday. Whitfield spoke to them about trade. "
        "The bill will pass next week, they said."
    )
    quotes = code(text)
    assert summary(quotes) == [("indirect", "Lawmakers", "The bill will pass next week")]
    assert quotes[0].speaker.text == "they"


# -- 4. asides ------------------------------------------------------------------------------


def test_words_between_dashes_do_not_speak(code: Any) -> None:
    text = (
        "The committee - one of several panels investigating the affair - said in its letter "
        "that the documents were incomplete."
    )
    quotes = code(text)
    assert summary(quotes) == [("indirect", "committee", "the documents were incomplete")]
    assert quotes[0].speaker.text == "The committee"


def test_an_asked_if_clause_between_subject_and_verb(code: Any) -> None:
    text = (
        "Okonkwo, asked if the bill would pass by the Christmas recess, told reporters that "
        "he was hopeful."
    )
    quotes = code(text)
    assert [(q.speaker.text, q.content) for q in quotes] == [("Okonkwo", "he was hopeful")]


# -- 5. saying ------------------------------------------------------------------------------


def test_saying_takes_the_sentence_subject_not_the_nearest_noun(code: Any) -> None:
    text = (
        "Trump criticized Senator Bob Corker, the chairman of the Foreign Relations "
        "Committee, on Twitter, saying he was to blame for the Iran deal."
    )
    quotes = code(text)
    assert [(q.speaker.text, q.content) for q in quotes] == [
        ("Trump", "he was to blame for the Iran deal")
    ]


def test_saying_after_a_report_by_someone_else(code: Any) -> None:
    text = "The Kremlin rejected the report by the newspaper, saying it was based on rumours."
    assert summary(code(text)) == [("indirect", "Kremlin", "it was based on rumours")]


# -- 6. relayed direct quotes ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The president said: “We will win this fight,” according to the Times.",
        "The president said on Tuesday: “We will not back down,” according to the Orinoco Times.",
    ],
)
def test_outlet_after_an_introduced_quote_only_relays_it(code: Any, text: str) -> None:
    quotes = code(text)
    assert len(quotes) == 1
    assert quotes[0].type == "direct" and quotes[0].cue == "said"
    assert quotes[0].speaker.text == "The president"


def test_an_author_speaking_as_i_in_a_list_of_posts_is_no_speaker(code: Any) -> None:
    text = (
        "The following statements were posted to the verified Twitter account of the "
        "president. As a candidate, I promised we would pass a massive tax cut for the "
        "everyday, working Americans."
    )
    assert not [q for q in code(text) if q.speaker.name.lower() in ("i", "we")]
