"""A small offline test of whether a text is English, with no model and no dependency.

English prose is full of short function words ("the", "of", "and", "to",
"in", "that" ...). The test counts, among the first :data:`SAMPLE_CHARS`
characters, the share of words that are in :data:`ENGLISH_STOPWORDS`. English
news scores about 0.35 to 0.5; other languages score under 0.1 (the few
shared words, "a", "in", "also", "no", are too few to lift them). A text with
fewer than :data:`MIN_WORDS` words is not judged: it passes as English.

A short wire lead dense with names ("SEOUL -- North Korea test-fired a
Hwasong-15 missile Tuesday, South Korean Joint Chiefs of Staff spokesman Kim
Jun-rak told Yonhap") can score between :data:`LOW_THRESHOLD` and :data:`THRESHOLD`. Such a text
is English unless the function words of French, Spanish, Portuguese, Italian,
German or Dutch (:data:`OTHER_STOPWORDS`, none of them English words) are at
least as many as the English ones.

The test knows English only: it says "English" or "not English", never which
other language a text is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SAMPLE_CHARS = 2000
MIN_WORDS = 20
THRESHOLD = 0.15
LOW_THRESHOLD = 0.05

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

_OTHER = """
    le la les des du et est une pour dans qui sur avec pas ne au aux ce cette sont par
    elle nous vous ont été
    los las del y por para con una es su sus lo como más pero fue este esta
    der das und ist nicht mit von zu dem ein eine auf sich auch wird im für nach
    di che è della gli non nel alla sono
    os do da em um não dos das ao pelo pela são
    het een van en niet op zijn voor
    de que
"""
OTHER_STOPWORDS: frozenset[str] = frozenset(_OTHER.split()) - ENGLISH_STOPWORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The outcome of the test: whether the text passes as English, and why."""

    english: bool
    ratio: float  # share of English stopwords among the sampled words
    words: int  # words sampled
    other: float = 0.0  # share of other languages' stopwords (OTHER_STOPWORDS)

    def reason(self) -> str:
        """One line for a skip message: "not English (English stopword ratio 0.02)"."""
        label = "English" if self.english else "not English"
        return f"{label} (English stopword ratio {self.ratio:.2f})"


def _sample_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[:SAMPLE_CHARS])]


def _share(words: list[str], stopwords: frozenset[str]) -> float:
    return sum(1 for w in words if w in stopwords) / len(words) if words else 0.0


def guess_english(text: str) -> LanguageGuess:
    """Whether ``text`` reads as English (see the module docstring for the rule)."""
    words = _sample_words(text)
    ratio, other = _share(words, ENGLISH_STOPWORDS), _share(words, OTHER_STOPWORDS)
    english = (
        len(words) < MIN_WORDS or ratio >= THRESHOLD or (ratio >= LOW_THRESHOLD and other < ratio)
    )
    return LanguageGuess(english=english, ratio=ratio, words=len(words), other=other)
