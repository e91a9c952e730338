"""Cluster the store's articles into stories and merge their events (see :mod:`realpolitik.dedup`).

New articles (no story yet) are signed with MinHash and matched against the
signatures of the articles clustered before, which are kept in the
``signatures`` table, so a run costs time in proportion to the new articles.
Within each story that gained articles, events are grouped by
:func:`realpolitik.dedup.merge_key` and :func:`realpolitik.dedup.slot_key`:
the first mention (oldest article) is the canonical event and carries
``mentions`` and ``sources``; the others point to it with ``duplicate_of``
and are hidden from merged queries.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from ..dedup import MergeKey, StoryClusterer, merge_key, slot_key
from .backend import Backend

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoryReport:
    """What a clustering run did."""

    articles: int  # articles clustered in this run
    stories: int  # stories that gained articles
    duplicates: int  # articles that joined an existing story
    merged_events: int  # events now hidden as duplicates of another mention


def _codes(value: str) -> list[str]:
    return [code for code in value.split(";") if code]


def assign_stories(backend: Backend, *, threshold: float = 0.7, num_perm: int = 128) -> StoryReport:
    """Cluster the articles that have no story yet and re-merge the touched stories."""
    clusterer = StoryClusterer(threshold=threshold, num_perm=num_perm)
    with backend.guard("reading story signatures"):
        for article_id, story_id, hashvalues in backend.query(
            "SELECT article_id, story_id, hashvalues FROM signatures ORDER BY article_id",
            action="reading story signatures",
        ):
            values = np.frombuffer(bytes.fromhex(hashvalues), dtype=np.uint64)
            clusterer.restore(article_id, story_id, values)
        new = [
            row[0]
            for row in backend.query(
                "SELECT id FROM articles WHERE story_id IS NULL ORDER BY coded_at, id",
                action="reading unclustered articles",
            )
        ]
    touched: set[str] = set()
    duplicates = 0
    with backend.guard("writing story clusters"), backend.transaction():
        for article_id, text in _texts(backend, new):
            minhash = clusterer.signature(text)
            story = clusterer.add_signature(article_id, minhash)
            duplicates += story != article_id
            touched.add(story)
            backend.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story, article_id))
            backend.execute(
                "INSERT INTO signatures (article_id, story_id, hashvalues) VALUES (?, ?, ?)",
                (
                    article_id,
                    story,
                    np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes().hex(),
                ),
            )
        merged = sum(_merge_story(backend, story) for story in sorted(touched))
    log.info("stories: %d new articles, %d joined a story", len(new), duplicates)
    return StoryReport(len(new), len(touched), duplicates, merged)


def _texts(backend: Backend, ids: list[str], chunk: int = 200) -> Iterator[tuple[str, str]]:
    """(id, text) of the articles ``ids``, in that order, a chunk at a time."""
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        marks = ", ".join("?" for _ in part)
        texts = dict(
            backend.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", part).fetchall()
        )
        for article_id in part:
            yield article_id, texts[article_id]


def _merge_story(backend: Backend, story: str) -> int:
    """Re-merge the events of one story; returns how many are duplicates."""
    rows = backend.execute(
        "SELECT e.id, e.article_id, e.event, e.mode, e.actor_codes, e.recipient_codes "
        "FROM events e JOIN articles a ON a.id = e.article_id WHERE a.story_id = ? "
        "ORDER BY a.coded_at, a.id, e.seq",
        (story,),
    ).fetchall()
    groups: dict[tuple[str, MergeKey, int], list[tuple[str, str]]] = {}
    seen: dict[tuple[str, MergeKey, str], int] = {}
    for event_id, article_id, kind, mode, actors, recipients in rows:
        key = merge_key(kind, mode, _codes(actors), _codes(recipients))
        slot = slot_key(story, key, article_id, seen)
        groups.setdefault(slot, []).append((event_id, article_id))
    duplicates = 0
    for mentions in groups.values():
        canonical = mentions[0][0]
        sources = json.dumps(list(dict.fromkeys(article for _, article in mentions)))
        backend.execute(
            "UPDATE events SET duplicate_of = NULL, mentions = ?, sources = ? WHERE id = ?",
            (len(mentions), sources, canonical),
        )
        for event_id, article_id in mentions[1:]:
            backend.execute(
                "UPDATE events SET duplicate_of = ?, mentions = 1, sources = ? WHERE id = ?",
                (canonical, json.dumps([article_id]), event_id),
            )
            duplicates += 1
    return duplicates
