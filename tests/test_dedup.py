"""Story clustering and merging events by meaning."""

from __future__ import annotations

from realpolitik.dedup import StoryClusterer, merge_events, shingles
from realpolitik.models import Actor, Event, Provenance

STORY = (
    "Russia and China sent high-ranking officials to Pyongyang in July, where they joined "
    "the North Korean leader on a balcony for a military parade marking the end of the war. "
    "Analysts said the visit showed deepening ties among the three countries, which fought "
    "together against the United States and its allies more than seventy years ago."
)
OTHER = (
    "The European Union adopted a new package of sanctions against Russia on Monday, banning "
    "the reloading of liquefied natural gas in its ports and adding dozens of companies to a "
    "blacklist of firms accused of helping Moscow evade earlier restrictions on trade."
)


def test_reprints_join_one_story_and_other_stories_stay_apart() -> None:
    clusterer = StoryClusterer()
    assert clusterer.add("a", STORY) == "a"
    reprint = "PYONGYANG (Wire) - " + STORY + " Read more on our site."
    assert clusterer.add("b", reprint) == "a"
    assert clusterer.add("c", OTHER) == "c"
    assert clusterer.add("d", STORY.upper()) == "a"  # same text, other case: exact duplicate
    assert clusterer.stories() == {"a": ["a", "b", "d"], "c": ["c"]}


def test_adding_twice_is_harmless() -> None:
    clusterer = StoryClusterer()
    clusterer.add("a", STORY)
    assert clusterer.add("a", OTHER) == "a"
    assert clusterer.stories() == {"a": ["a"]}


def test_empty_text_is_its_own_story() -> None:
    clusterer = StoryClusterer()
    assert clusterer.add("e", "") == "e"
    assert shingles("") == set()


def _event(article: str, kind: str, actors: tuple[str, ...], recipients: tuple[str, ...]) -> Event:
    return Event(
        id=f"{article}-{kind}",
        event=kind,
        mode="",
        actor=tuple(Actor(code=c, name=c, text=c) for c in actors),
        recipient=tuple(Actor(code=c, name=c, text=c) for c in recipients),
        trigger="sent",
        sentence_text="",
        provenance=Provenance(article, 0, 0, 1, "events", "test"),
    )


def test_events_of_one_story_merge_by_meaning() -> None:
    story = {"a": "s1", "b": "s1", "c": "s2"}.__getitem__
    events = [
        _event("a", "CONSULT", ("RUS",), ("PRK",)),
        _event("b", "CONSULT", ("RUS",), ("PRK",)),
        _event("b", "CONSULT", ("CHN",), ("PRK",)),
        _event("c", "CONSULT", ("RUS",), ("PRK",)),
    ]
    merged = merge_events(events, story)
    assert [(e.actor_codes, e.mentions, e.sources) for e in merged] == [
        (("RUS",), 2, ("a", "b")),
        (("CHN",), 1, ("b",)),
        (("RUS",), 1, ("c",)),
    ]


def test_two_events_of_one_article_never_merge() -> None:
    story = {"a": "s1", "b": "s1"}.__getitem__
    first_visit = _event("a", "CONSULT", ("PRK",), ("RUS",))
    second_visit = _event("a", "CONSULT", ("PRK",), ("RUS",))
    reprint = _event("b", "CONSULT", ("PRK",), ("RUS",))
    merged = merge_events([first_visit, second_visit, reprint], story)
    assert [(e.mentions, e.sources) for e in merged] == [(2, ("a", "b")), (1, ("a",))]
