"""Duplicate stories: the same report reprinted by many outlets counts once.

Articles are grouped into story clusters in two steps:

1. exact duplicates share the hash of their normalised text
   (:func:`realpolitik.ids.article_id`), so they are the same article;
2. near duplicates (a reprint with a new headline, a trimmed last paragraph,
   an agency's dateline) are found with MinHash signatures over word 5-gram
   shingles and locality-sensitive hashing (datasketch): two articles whose
   estimated Jaccard similarity is at least ``threshold`` join one story.

Clusters are kept with union-find, so clustering grows about linearly with
the number of articles (each article costs one signature and one LSH query).

The events of one story are then merged by meaning
(:func:`merge_events`): the same type with the same actor and recipient
codes is one event, with ``mentions`` (how many articles report it) and
``sources`` (which ones).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .ids import normalise_text
from .models import Event

_WORD = re.compile(r"\w+", re.UNICODE)
#: datasketch's hashing scheme, fixed so that signatures stored by one run
#: still match those of the next, whatever datasketch's default becomes.
SCHEME = "affine32"


def shingles(text: str, size: int = 5) -> set[bytes]:
    """The word ``size``-grams of the normalised text, as bytes for hashing."""
    words = _WORD.findall(normalise_text(text))
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@dataclass
class StoryClusterer:
    """Incremental near-duplicate clustering of articles into stories.

    >>> clusterer = StoryClusterer()
    >>> clusterer.add("a1", text_one)            # doctest: +SKIP
    'a1'
    >>> clusterer.add("a2", reprint_of_text_one)  # doctest: +SKIP
    'a1'
    """

    threshold: float = 0.7
    num_perm: int = 128
    shingle_size: int = 5
    _parent: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _rank: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _lsh: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)

    def signature(self, text: str) -> Any:
        """The MinHash signature of a text."""
        from datasketch import MinHash

        minhash = MinHash(num_perm=self.num_perm, scheme=SCHEME)
        grams = shingles(text, self.shingle_size)
        if grams:
            minhash.update_batch(list(grams))
        return minhash

    def add(self, article_id: str, text: str) -> str:
        """Add an article; returns the id of its story (the first article of the cluster)."""
        if article_id in self._parent:
            return self.story(article_id)
        return self.add_signature(article_id, self.signature(text))

    def add_signature(self, article_id: str, minhash: Any) -> str:
        """Add an article by its MinHash signature; returns its story id."""
        if article_id in self._parent:
            return self.story(article_id)
        self._parent[article_id] = article_id
        self._rank[article_id] = len(self._rank)
        if minhash.is_empty():
            return article_id
        for other in self._lsh.query(minhash):
            self._union(other, article_id)
        self._lsh.insert(article_id, minhash)
        return self.story(article_id)

    def restore(self, article_id: str, story_id: str, hashvalues: Any) -> None:
        """Add an article clustered in an earlier run, from its stored signature."""
        from datasketch import MinHash

        for node in (story_id, article_id):
            if node not in self._parent:
                self._parent[node] = node
                self._rank[node] = len(self._rank)
        self._parent[article_id] = self.story(story_id)
        self._lsh.insert(
            article_id, MinHash(num_perm=self.num_perm, hashvalues=hashvalues, scheme=SCHEME)
        )

    def story(self, article_id: str) -> str:
        """The story id of an article already added (path-halving find)."""
        parent = self._parent
        node = article_id
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def _union(self, a: str, b: str) -> None:
        root_a, root_b = self.story(a), self.story(b)
        if root_a == root_b:
            return
        # the older story id (added first, so smaller insertion order) stays the root
        first, second = sorted((root_a, root_b), key=self._rank.__getitem__)
        self._parent[second] = first

    def stories(self) -> dict[str, list[str]]:
        """Story id -> article ids, for every article added."""
        groups: dict[str, list[str]] = {}
        for article_id in self._parent:
            groups.setdefault(self.story(article_id), []).append(article_id)
        return groups


MergeKey = tuple[str, str, tuple[str, ...], tuple[str, ...]]


def merge_key(
    event_type: str, mode: str, actors: Iterable[str], recipients: Iterable[str]
) -> MergeKey:
    """What makes two mentions the same event: type, mode, actor and recipient code sets."""
    return (event_type, mode, tuple(sorted(set(actors))), tuple(sorted(set(recipients))))


def event_key(event: Event) -> MergeKey:
    """The :func:`merge_key` of an event."""
    return merge_key(event.event, event.mode, event.actor_codes, event.recipient_codes)


def slot_key(
    story: str, key: MergeKey, article: str, seen: dict[tuple[str, MergeKey, str], int]
) -> tuple[str, MergeKey, int]:
    """Which merged event a mention joins: the k-th mention of ``key`` in an article
    joins the k-th merged event of ``key`` in its story, so two distinct events of one
    article (two visits in different years) never merge with each other."""
    counter = (story, key, article)
    index = seen.get(counter, 0)
    seen[counter] = index + 1
    return story, key, index


def merge_events(events: Iterable[Event], story_of: Callable[[str], str]) -> list[Event]:
    """Merge the events of each story by meaning.

    Events of different articles in one story (``story_of(article_id)``) with
    the same :func:`event_key` become one event (see :func:`slot_key`): the
    first mention's record, with ``mentions`` the number of merged mentions
    and ``sources`` the article ids that report it, in order. Events of
    different stories, and events of the same article, never merge.
    """
    merged: dict[tuple[str, MergeKey, int], Event] = {}
    seen: dict[tuple[str, MergeKey, str], int] = {}
    for event in events:
        article = event.provenance.article_id
        slot = slot_key(story_of(article), event_key(event), article, seen)
        first = merged.get(slot)
        if first is None:
            merged[slot] = dataclasses.replace(event, mentions=1, sources=(article,))
        else:
            merged[slot] = dataclasses.replace(
                first, mentions=first.mentions + 1, sources=(*first.sources, article)
            )
    return list(merged.values())
