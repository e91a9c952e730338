"""A small offline test of whether a text is English, with no model and no dependency.

English prose is full of short function words ("the", "of", "and", "to",
"in", "that" ...). The test counts, among the first :data:`SAMPLE_CHARS`
characters, the share of words that are in :data:`ENGLISH_STOPWORDS`. English
news scores about 0.35 to 0.5; other languages score under 0.1 (the few
shared words, "a", "in", "also", "no", are too few to lift them). A text with
fewer than :data:`MIN_WORDS` words is not judged: it passes as English.

The test knows English only: it says "English" or "not English", never which
other language a text is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SAMPLE_CHARS = 2000
MIN_WORDS = 20
THRESHOLD = 0.15

_STOPWORDS = """
    a about after against all also an and any are as at be because been before
    being between both but by can could did do does during each for from had
    has have he her here him his how i if in into is it its itself just more
    most my no not now of on once only or other our out over own said says she
    should so some such than that the their them then there these they this
    those through to too under until up very was we were what when where which
    while who whom why will with would you your
"""
ENGLISH_STOPWORDS: frozenset[str] = frozenset(_STOPWORDS.split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The outcome of the test: whether the text passes as English, and why."""

    english: bool
    ratio: float  # share of English stopwords among the sampled words
    words: int  # words sampled

    def reason(self) -> str:
        """One line for a skip message: "not English (English stopword ratio 0.02)"."""
        label = "English" if self.english else "not English"
        return f"{label} (English stopword ratio {self.ratio:.2f})"


def english_stopword_ratio(text: str) -> tuple[float, int]:
    """The share of English stopwords among the words of ``text``'s first
    :data:`SAMPLE_CHARS` characters, and how many words were sampled."""
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w in ENGLISH_STOPWORDS)
    return hits / len(words), len(words)


def guess_english(text: str) -> LanguageGuess:
    """Whether ``text`` reads as English (see the module docstring for the rule)."""
    ratio, words = english_stopword_ratio(text)
    english = words < MIN_WORDS or ratio >= THRESHOLD
    return LanguageGuess(english=english, ratio=ratio, words=words)
