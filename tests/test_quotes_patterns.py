"""Quote patterns found in a blind measurement on wire copy (CONVENTIONS.md Part B), each on
hand-written sentences: attributions inside reported speech, where reported content ends,
speakers named by pronouns, titles, document and media references, and the "Instant View"
layout with a speaker header in capitals."""

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


def test_attribution_inside_reported_speech_gives_one_quote(code: Any) -> None:
    text = "Another issue to be raised, Okafor had said, was the fate of the detained reporters."
    assert summary(code(text)) == [
        ("indirect", "Okafor", "Another issue to be raised was the fate of the detained reporters")
    ]


def test_speakers_own_conjoined_verb_is_not_content(code: Any) -> None:
    text = "Chen said the economy would open further and welcomed foreign firms to invest there."
    assert summary(code(text)) == [("indirect", "Chen", "the economy would open further")]


def test_two_reports_by_the_same_speaker_in_one_sentence(code: Any) -> None:
    text = (
        "Chen smiled when Morales said the visit was a success and also when Morales said "
        "the trade deficit would shrink."
    )
    assert summary(code(text)) == [
        ("indirect", "Morales", "the visit was a success"),
        ("indirect", "Morales", "the trade deficit would shrink"),
    ]


def test_adverbial_clause_stays_in_the_content(code: Any) -> None:
    text = (
        "The ministry said a resumption of talks is hoped for, although there are no "
        "immediate signs of progress."
    )
    (q,) = code(text)
    assert q.content.endswith("although there are no immediate signs of progress")


def test_advise_is_a_speech_verb(code: Any) -> None:
    (q,) = code("Her lawyer advised her that the contract was void.")
    assert (q.cue, q.content) == ("advised", "the contract was void")


def test_date_after_a_closing_cue(code: Any) -> None:
    text = "The company had paid the consultant $2 million, the New York Times reported last year."
    (q,) = code(text)
    assert (q.speaker.name, q.content) == (
        "New York Times",
        "The company had paid the consultant $2 million",
    )


def test_role_noun_before_a_name_is_a_title(code: Any) -> None:
    (q,) = code('"We were told nothing," said draftee Keith Soukkala.')
    assert q.speaker.name == "Keith Soukkala"


def test_it_after_an_organisations_sentence_is_the_organisation(code: Any) -> None:
    quotes = code("The ministry issued a statement on Friday. It said the border would stay shut.")
    assert [(q.speaker.name, q.speaker.text) for q in quotes] == [("ministry", "It")]


def test_they_after_a_plural_source_is_that_source(code: Any) -> None:
    text = (
        "Current and former administration officials described the plan. "
        "The talks stalled in March, they said."
    )
    (q,) = code(text)
    assert (q.speaker.name, q.content) == (
        "Current and former administration officials",
        "The talks stalled in March",
    )


def test_they_does_not_take_a_person_subject(code: Any) -> None:
    quotes = code("Senator Amy Brandt met the envoys on Monday. They said the talks went well.")
    assert [q.speaker.name for q in quotes] != ["Amy Brandt"]


def test_the_newspaper_is_the_news_organisation_named_before(code: Any) -> None:
    text = (
        "The Washington Post first reported the meeting on Monday. "
        "The newspaper reported that the deal had collapsed."
    )
    (q,) = code(text)
    assert (q.speaker.name, q.speaker.text) == ("Washington Post", "The newspaper")


def test_a_date_never_ends_up_as_the_speaker(code: Any) -> None:
    (q,) = code("A source familiar with the testimony given in August said the aide was paid.")
    assert q.speaker.name == "A source familiar with the testimony"


def test_pronoun_after_the_named_speakers_sentence(code: Any) -> None:
    text = 'Senator Jeff Flake criticised the plan on Monday. "This is a grave mistake," he said.'
    (q,) = code(text)
    assert (q.speaker.name, q.speaker.text) == ("Jeff Flake", "he")


INSTANT_VIEW = """MARKETS REACT TO RATE CUT

JANE DOE, PORTFOLIO MANAGER, ACME CAPITAL, NEW YORK

"The cut was bigger than we expected and markets will rally."

"We still see risks in the second half of the year."

JOHN Q. SMITH, CHIEF ECONOMIST, BETA BANK, LONDON

The central bank has moved early and it will have to move again before the summer.
"""


def test_instant_view_headers_give_the_speakers(code: Any) -> None:
    quotes = code(INSTANT_VIEW)
    assert summary(quotes) == [
        ("direct", "Jane Doe", "The cut was bigger than we expected and markets will rally."),
        ("direct", "Jane Doe", "We still see risks in the second half of the year."),
        (
            "direct",
            "John Q. Smith",
            "The central bank has moved early and it will have to move again before the summer.",
        ),
    ]
    assert quotes[0].speaker.role == "portfolio manager"
    assert INSTANT_VIEW[quotes[0].speaker.start : quotes[0].speaker.end] == "JANE DOE"


def test_capitals_headline_is_not_a_speaker_header(code: Any) -> None:
    text = (
        "MARKETS RALLY, BONDS FALL\n\nStocks rose sharply on Tuesday after the central bank "
        'cut its main rate.\n\n"Prices will keep rising all year," a trader said.\n'
    )
    assert [(q.speaker.name, q.content) for q in code(text)] == [
        ("a trader", "Prices will keep rising all year")
    ]


def test_an_according_to_phrase_that_ends_the_text_leaves_the_content_before_it(
    code: Any,
) -> None:
    # the phrase runs to the last token, so nothing follows it to trim
    for text in (
        "Sales of flat screens rose in the third quarter, according to research firm IDC Inc.",
        "Broadband now reaches most homes in Canada, according to a study by Nielsen Ltd. ",
    ):
        (quote,) = code(text)
        assert quote.cue == "according to"
        assert quote.content.startswith(("Sales of flat screens", "Broadband now reaches"))
