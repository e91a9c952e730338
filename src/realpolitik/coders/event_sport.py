"""Sport: match reports, whose words of war and diplomacy are play.

"Italy and Argentina fought out a 2-2 draw", "the golfer shot a 66", "Spain met
England on Wednesday", "the champion rallied to a 6-4 victory": a news feed carries such
stories, and the event coder would read a fight, a shooting, a meeting and a
protest in them. No political interaction is told there (CONVENTIONS.md A1).

A sentence is a sport sentence when it names a sport, a sporting role or
competition (the word lists ``sport_words`` and ``sport_phrases`` of
grammar.toml), a golf score ("3-under") or a match score beside a word of winning
or losing ("a 2-1 win", not "a 5-4 ruling"). When a third or more of an
article's sentences, or its title, are sport, every sentence of it is read as
sport. In sport only the acts of states and courts on players keep their events:
an arrest, a charge, a ban, a suit (the verbs of ``sport_kept``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from .event_lexicon import Grammar

SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
GOLF_SCORE = re.compile(r"\b\d{1,2}-(?:under|over)\b", re.IGNORECASE)


def sport_sentence(sent: Span, grammar: Grammar) -> bool:
    """Whether ``sent`` reports sport (see the module docstring)."""
    words = grammar["sport_words"]
    if any(t.lemma_.lower() in words for t in sent):
        return True
    return _sport_phrase(sent.text, grammar) or _match_score(sent, grammar)


def sport_text(text: str, grammar: Grammar) -> bool:
    """Whether a plain text (a title) names a sport word or phrase or a golf score."""
    words = grammar["sport_words"]
    return _sport_phrase(text, grammar) or any(
        word in words for word in re.findall(r"[a-z][a-z-]*", text.lower())
    )


def _sport_phrase(text: str, grammar: Grammar) -> bool:
    low = text.lower()
    return any(p in low for p in grammar["sport_phrases"]) or bool(GOLF_SCORE.search(text))


def _match_score(sent: Span, grammar: Grammar) -> bool:
    """ "a 2-1 win", "beat Mexico 3-1": a score beside a word of the result, in a
    sentence with no vote or ruling ("voted 52-48", "a 5-4 decision")."""
    if not SCORE.search(sent.text):
        return False
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & grammar["score_words"]) and not lemmas & grammar["tally_words"]


def sport_sentences(sents: Sequence[Span], title: str, grammar: Grammar) -> frozenset[int]:
    """The indices of the sentences of an article to read as sport."""
    marked = {i for i, sent in enumerate(sents) if sport_sentence(sent, grammar)}
    if sport_text(title, grammar) or (marked and 3 * len(marked) >= len(sents)):
        return frozenset(range(len(sents)))
    return frozenset(marked)


def kept_in_sport(anchor: Token, grammar: Grammar) -> bool:
    """Whether an event whose trigger verb is ``anchor`` stands in a sport sentence:
    "police arrested the striker", "was charged with assault", "was banned"."""
    return anchor.pos_ == "VERB" and anchor.lemma_.lower() in grammar["sport_kept"]
