"""A small hand-made store for the web tests (API and browser), and a check that it holds.

Articles tell of North Korea and Russia drawing closer, China alongside,
and the United States, South Korea and Japan on the other side, over
several months; one article carries markup in its title and text to check
that the app escapes it. Every span is found in the text, so highlights
line up with the words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from realpolitik.ids import article_id, record_id
from realpolitik.models import (
    Actor,
    Amount,
    Article,
    CodedArticle,
    DatePrecision,
    Event,
    Provenance,
    Quote,
    Speaker,
)
from realpolitik.store import Store

NAMES = {
    "PRK": "North Korea",
    "RUS": "Russia",
    "CHN": "China",
    "USA": "United States",
    "KOR": "South Korea",
    "JPN": "Japan",
    "UNO": "United Nations",
}

EVIL = "<script>window.__pwned = 1;</script>"
EVIL_TITLE = "<b>Drills</b> & <i>warnings</i>"
EVIL_URL = "javascript:alert(document.domain)"


@dataclass
class Spec:
    """An article to build: its text, date, and records named by the words they sit on."""

    text: str
    published: dt.date
    title: str
    url: str = ""
    events: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # (actors, type, recipients, trigger, actor words ";"-joined)
    quotes: list[tuple[str, str, str, str]] = field(default_factory=list)
    # (speaker name, speaker words, country, content)
    amounts: list[tuple[str, float, str, str, str, str]] = field(default_factory=list)
    # (words, value, unit, object, actors, partners)


def _find(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.find(words, after)
    if start < 0:
        raise ValueError(f"{words!r} is not in {text!r}")
    return start, start + len(words)


def _sentence(text: str, position: int) -> tuple[int, int, int]:
    """(index, start, end) of the sentence (split on '. ') holding ``position``."""
    start, index = 0, 0
    while True:
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        if position < end or end >= len(text):
            return index, start, end
        start, index = end + 1, index + 1


def build(spec: Spec) -> CodedArticle:
    """The coded article a spec describes."""
    aid = article_id(spec.text)
    article = Article(
        id=aid,
        text=spec.text,
        title=spec.title,
        published=spec.published,
        date_precision=DatePrecision.DAY,
        outlet="Test Wire",
        url=spec.url,
    )
    mentions: list[Actor] = []

    def actor(code: str, words: str) -> Actor:
        start, end = _find(spec.text, words)
        found = Actor(code=code, name=NAMES[code], text=words, sector="GOV", start=start, end=end)
        if all((m.start, m.end) != (start, end) for m in mentions):
            mentions.append(found)
        return found

    events = []
    for n, (actors, kind, recipients, trigger, words) in enumerate(spec.events):
        t_start, t_end = _find(spec.text, trigger)
        index, s_start, s_end = _sentence(spec.text, t_start)
        word_list = words.split(";")
        actor_codes = [c for c in actors.split(",") if c]
        codes = [*actor_codes, *(c for c in recipients.split(",") if c)]
        built = [actor(c, w) for c, w in zip(codes, word_list, strict=True)]
        n_actors = len(actor_codes)
        events.append(
            Event(
                id=record_id(aid, "event", n),
                event=kind,
                mode="",
                actor=tuple(built[:n_actors]),
                recipient=tuple(built[n_actors:]),
                trigger=trigger,
                sentence_text=spec.text[s_start:s_end],
                provenance=Provenance(aid, index, s_start, s_end, "test", "0"),
                trigger_start=t_start,
                trigger_end=t_end,
                date=spec.published,
                date_precision=DatePrecision.DAY,
                rule="hand-made",
                confidence=1.0,
            )
        )
    quotes = []
    for n, (name, words, country, content) in enumerate(spec.quotes):
        c_start, c_end = _find(spec.text, content)
        w_start, w_end = _find(spec.text, words, c_end)
        index, s_start, s_end = _sentence(spec.text, c_start)
        quotes.append(
            Quote(
                id=record_id(aid, "quote", n),
                type="direct",
                content=content,
                cue="said",
                speaker=Speaker(
                    name=name,
                    text=words,
                    country=country,
                    role="official",
                    start=w_start,
                    end=w_end,
                ),
                provenance=Provenance(aid, index, c_start, c_end, "test", "0"),
                content_spans=((c_start, c_end),),
            )
        )
    amounts = []
    for n, (words, value, unit, obj, actors, partners) in enumerate(spec.amounts):
        a_start, a_end = _find(spec.text, words)
        index, _, _ = _sentence(spec.text, a_start)
        amounts.append(
            Amount(
                id=record_id(aid, "amount", n),
                text=words,
                value=value,
                provenance=Provenance(aid, index, a_start, a_end, "test", "0"),
                unit=unit,
                object=obj,
                actors=tuple(actors.split(",")) if actors else (),
                partners=tuple(partners.split(",")) if partners else (),
            )
        )
    mentions.sort(key=lambda m: m.start)
    return CodedArticle(
        article=article,
        events=tuple(events),
        quotes=tuple(quotes),
        amounts=tuple(amounts),
        actors=tuple(mentions),
    )


def specs() -> list[Spec]:
    """The articles of the test store, oldest first."""
    result = [
        Spec(
            text=(
                "North Korea accused South Korea of provocations on Monday. "
                "South Korea and Japan held talks in Seoul."
            ),
            published=dt.date(2024, 1, 8),
            title="Seoul and Tokyo talk",
            events=[
                ("PRK", "ACCUSE", "KOR", "accused", "North Korea;South Korea"),
                ("KOR,JPN", "CONSULT", "", "held talks", "South Korea;Japan"),
            ],
        ),
        Spec(
            text=(
                "Kim Jong-un met Vladimir Putin in Pyongyang. "
                '"We will stand together," Putin said. '
                "Russia shipped 5,000 tons of fuel to North Korea."
            ),
            published=dt.date(2024, 2, 12),
            title="Putin visits Pyongyang",
            url="https://news.example/putin-pyongyang?a=1&b=2",
            events=[
                ("PRK", "CONSULT", "RUS", "met", "Kim Jong-un;Vladimir Putin"),
                ("RUS", "AID", "PRK", "shipped", "Russia;North Korea"),
            ],
            quotes=[("Vladimir Putin", "Putin said", "RUS", "We will stand together,")],
            amounts=[("5,000 tons", 5000.0, "t", "fuel", "RUS", "PRK")],
        ),
        Spec(
            text=(
                "China praised North Korea for its restraint. "
                "The United States and South Korea signed a defence pact. "
                "Japan welcomed the United States plan."
            ),
            published=dt.date(2024, 3, 4),
            title="Pacts and praise",
            events=[
                ("CHN", "SUPPORT", "PRK", "praised", "China;North Korea"),
                ("USA", "AGREE", "KOR", "signed", "The United States;South Korea"),
                ("JPN", "SUPPORT", "USA", "welcomed", "Japan;United States plan"),
            ],
        ),
        Spec(
            text=(
                "Russia and North Korea agreed to expand trade. "
                "China and Russia held joint drills. "
                "Russia sent aid to North Korea."
            ),
            published=dt.date(2024, 4, 15),
            title="Moscow and Pyongyang expand trade",
            events=[
                ("RUS,PRK", "AGREE", "", "agreed", "Russia;North Korea"),
                ("CHN", "COOPERATE", "RUS", "held joint drills", "China;Russia"),
                ("RUS", "AID", "PRK", "sent aid", "Russia;North Korea"),
            ],
        ),
        Spec(
            text=(
                "North Korea threatened the United States with strikes. "
                "North Korea fired missiles toward Japan. "
                "North Korea accused the United States of hostility. "
                "North Korea warned South Korea again. "
                '"Nobody is safe," said Kim Yo-jong.'
            ),
            published=dt.date(2024, 5, 20),
            title="Pyongyang threatens Washington",
            events=[
                ("PRK", "THREATEN", "USA", "threatened", "North Korea;the United States"),
                ("PRK", "ASSAULT", "JPN", "fired missiles", "North Korea;Japan"),
                ("PRK", "ACCUSE", "USA", "accused", "North Korea;the United States"),
                ("PRK", "THREATEN", "KOR", "warned", "North Korea;South Korea"),
            ],
            quotes=[("Kim Yo-jong", "said Kim Yo-jong", "PRK", "Nobody is safe,")],
        ),
        Spec(
            text=(
                f"{EVIL} Japan and the United States condemned North Korea & its tests. "
                "The United States imposed sanctions on North Korea. "
                "Russia vetoed the United Nations resolution."
            ),
            published=dt.date(2024, 5, 28),
            title=EVIL_TITLE,
            url=EVIL_URL,
            events=[
                ("JPN,USA", "ACCUSE", "PRK", "condemned", "Japan;the United States;North Korea"),
                ("USA", "SANCTION", "PRK", "imposed sanctions", "The United States;North Korea"),
                ("RUS", "REJECT", "UNO", "vetoed", "Russia;United Nations"),
            ],
            amounts=[],
        ),
    ]
    return result


@dataclass(frozen=True)
class TestStore:
    """A built store: its path and the ids of its articles (oldest first)."""

    path: Path
    articles: list[CodedArticle]

    __test__ = False  # not a test class, despite the name

    def article(self, title: str) -> CodedArticle:
        return next(c for c in self.articles if c.article.title == title)


def build_store(path: Path) -> TestStore:
    """Write the hand-made articles into a new SQLite store at ``path``."""
    coded = [build(spec) for spec in specs()]
    with Store.open(path) as store:
        store.add_many(coded)
    return TestStore(path=path, articles=coded)


def test_the_hand_made_store_holds_every_record(tmp_path: Path) -> None:
    built = build_store(tmp_path / "news.db")
    with Store.open(built.path, readonly=True) as store:
        stats = store.stats()
        assert stats["articles"] == 6
        assert stats["events"] == sum(len(c.events) for c in built.articles) == 17
        again = store.article(built.article("Putin visits Pyongyang").article.id)
    assert again is not None
    event = again.events[0]
    assert again.article.text[event.trigger_start : event.trigger_end] == "met"
    quote = again.quotes[0]
    start, end = quote.content_spans[0]
    assert again.article.text[start:end] == "We will stand together,"
