"""Story clustering in the store: reprints merge their events, counted once by default."""

from __future__ import annotations

import dataclasses

import store_builders as builders
from realpolitik.ids import article_id
from realpolitik.models import CodedArticle
from realpolitik.store import Filters, Store
from store_builders import aid_article, missile_article

store = builders.store
store_target = builders.store_target

TAIL = (
    " Officials in Pyongyang said the shipments would continue through the autumn, and diplomats"
    " in Seoul said the deliveries were the largest since the border reopened last year."
)


def _reprint(coded: CodedArticle, prefix: str) -> CodedArticle:
    """The same story reprinted by another outlet: a dateline added, records re-anchored."""
    text = prefix + coded.article.text + TAIL
    new_id = article_id(text)
    shift = len(prefix)

    def move(record: object) -> object:
        prov = record.provenance  # type: ignore[attr-defined]
        moved = dataclasses.replace(
            prov, article_id=new_id, start=prov.start + shift, end=prov.end + shift
        )
        changes: dict[str, object] = {"provenance": moved}
        if hasattr(record, "id"):
            changes["id"] = record.id + "-r" + new_id[:4]  # type: ignore[attr-defined]
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]

    return CodedArticle(
        article=dataclasses.replace(coded.article, id=new_id, text=text),
        events=tuple(move(e) for e in coded.events),  # type: ignore[misc]
        amounts=tuple(
            dataclasses.replace(move(a), event_id="")  # type: ignore[type-var]
            for a in coded.amounts
        ),
        coders=coded.coders,
    )


def _with_tail(coded: CodedArticle) -> CodedArticle:
    return _reprint(coded, "")


def test_reprints_merge_into_one_event_with_mentions(store: Store) -> None:
    original = _with_tail(aid_article())
    store.add(original)
    store.add(_reprint(aid_article(), "MOSCOW (Wire) - "))
    store.add(missile_article())
    report = store.assign_stories()
    assert (report.articles, report.duplicates, report.merged_events) == (3, 1, 1)
    aid = list(store.events(Filters(type=("AID",))))
    assert len(aid) == 1
    assert aid[0].mentions == 2 and len(aid[0].sources) == 2
    assert aid[0].sources[0] == original.article.id
    every = list(store.events(Filters(type=("AID",), merged=False)))
    assert len(every) == 2
    assert store.count("events", Filters(type=("AID",))) == 1


def test_a_later_run_joins_the_story_of_an_earlier_one(store: Store) -> None:
    store.add(_with_tail(aid_article()))
    store.assign_stories()
    store.add(_reprint(aid_article(), "SEOUL (Agency) - "))
    report = store.assign_stories()
    assert (report.articles, report.duplicates) == (1, 1)
    (aid,) = store.events(Filters(type=("AID",)))
    assert aid.mentions == 2
    assert store.assign_stories().articles == 0  # nothing new: nothing to do
