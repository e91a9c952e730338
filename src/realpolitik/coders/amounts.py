"""Amounts: numbers the text states about a thing (CONVENTIONS.md Part C).

:func:`code_amounts` walks the tokens of each sentence once. Where a number
starts (digits, number words, "a dozen", "half a million", a currency sign)
it reads the whole expression: an optional range ("between 10 and 20",
"10-20", "10 to 11"), a magnitude ("1.5 trillion", "3bn"), and a unit after it
("tons", "percent", "euros", from ``data/amounts/units.tsv``). The value is
normalised (5,380 -> 5380, "$1.5 trillion" -> 1.5e12 USD).

What is *not* an amount (precision first):

- dates, times of day, ages and durations: tokens spaCy marks DATE or TIME,
  four-digit years, "aged 45", "45-year-old", "10:30", "five years";
- ordinals ("70th", "first") never parse as numbers;
- numbers inside names: tokens of a named entity (LAW, PRODUCT, ORG ...), a
  number after a proper noun ("Section 702", "Apollo 11"), "No. 2", "G20";
- compound adjectives that are not units ("three-way", "11-minute");
- bare counts need a thing to count: a number is kept without a unit only as
  the number of a common noun or a group of people ("four underground nuclear
  tests", "12 Democrats") or as the size of a noun ("a workforce of 240,000").
  Spelled-out "one" is a count only after "at least", "only", "just" ... ("at
  least one senator"), since it is mostly a pronoun ("one of the"); nor is a
  small spelled-out number after "the"/"these"/"both"/"all" ("the two
  countries" refers back, it does not count), nor a count of vague nouns
  ("two things", "three times", ``data/amounts/not_counted.tsv``), nor the
  number of the story's sources ("two diplomats said", "according to three
  officials").

Each amount records the actors on the subject side of its clause and the
partners on the from/to/with side (country codes from the actor resolver),
and the event of the same sentence whose trigger governs it, if any.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..ids import record_id
from ..models import Amount, Article, Event, Provenance
from .numbers import MAGNITUDES, is_number_word, parse_number
from .quote_lexicon import direct_cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..actors import ArticleActors

__all__ = ["CODER", "VERSION", "code_amounts"]

CODER = "amounts"
VERSION = "0.1.0"

log = logging.getLogger(__name__)

_NAME_ENTITIES = frozenset(
    {
        "PERSON",
        "ORG",
        "PRODUCT",
        "EVENT",
        "LAW",
        "WORK_OF_ART",
        "FAC",
        "GPE",
        "LOC",
        "NORP",
        "LANGUAGE",
    }
)
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")
_CLOCK = re.compile(r"^\d{1,2}:\d\d$")
_DIGITS_GLUED = re.compile(r"^\d[\d,]*(?:\.\d+)?[a-z]*$")
_RANGE_WORDS = frozenset({"to", "-", "–", "—"})
_AGE_BEFORE = frozenset({"aged", "age", "ages"})
_CLOCK_AFTER = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "est", "edt", "pst", "o'clock"})
_DEFINITE = frozenset({"the", "these", "those", "both", "all", "each", "every"})
_PARTNER_PREPS = frozenset({"from", "to", "with", "into", "against", "by", "for"})
_SMALL_WORD_LIMIT = 10
_ONE_COUNTED = frozenset({"at least", "only", "just", "more than", "exactly", "at most"})
_STARTERS = frozenset(
    {"a", "an", "us"}
)  # "a dozen", "US $5"  # spelled-out counts up to ten need the strictest context


@dataclass(frozen=True, slots=True)
class _Unit:
    words: tuple[str, ...]
    unit: str
    kind: str  # currency | measure | percent


@dataclass
class _Match:
    start: int  # token index of the first token (currency sign or number)
    end: int  # one past the last token (unit included)
    value: float
    low: float | None
    high: float | None
    unit: str
    kind: str
    number_end: int  # one past the last token of the number itself
    unit_token: int  # index of the unit's last word, -1 when there is none


# -- data -------------------------------------------------------------------------------------


def _rows(name: str, columns: int) -> list[list[str]]:
    path = resources.files("realpolitik") / "data" / "amounts" / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(
            f"{name}: the amounts coder's table could not be read ({exc}); "
            "reinstall realpolitik so that its data files are present"
        ) from exc
    rows: list[list[str]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != columns:
            raise ConfigError(f"{name} line {number}: expected {columns} tab-separated columns")
        rows.append(parts)
    return rows


@functools.cache
def _units() -> dict[str, tuple[_Unit, ...]]:
    """Units by their first word, longest first ("metric tons" before "metric")."""
    units = sorted(
        (_Unit(tuple(w.split()), u, k) for w, u, k in _rows("units.tsv", 3)),
        key=lambda u: -len(u.words),
    )
    by_first: dict[str, list[_Unit]] = {}
    for unit in units:
        by_first.setdefault(unit.words[0], []).append(unit)
    return {first: tuple(group) for first, group in by_first.items()}


@functools.cache
def _currency_signs() -> dict[str, str]:
    return {sign: code for sign, code in _rows("currency_symbols.tsv", 2)}


@functools.cache
def _not_counted() -> frozenset[str]:
    return frozenset(lemma for lemma, _ in _rows("not_counted.tsv", 2))


# -- reading numbers --------------------------------------------------------------------------


def _is_number_token(token: Token) -> bool:
    text = token.lower_
    if _CLOCK.match(text):
        return False
    if token.like_num or is_number_word(text):
        return True
    return bool(_DIGITS_GLUED.match(text)) and parse_number(text) is not None


def _number_at(doc: Doc, i: int, end: int, *, money: bool = False) -> tuple[int, float] | None:
    """The number that starts at token ``i``: (one past its last token, value).

    Single-letter magnitudes ("4.5m", "3 b") count only for ``money``: without
    a currency sign, "100 m" is more likely metres.
    """
    j = i
    words: list[str] = []
    while j < end:
        token = doc[j]
        text = token.lower_
        letter = text.rstrip(".")
        if len(letter) == 1 and letter in MAGNITUDES:
            if not (money and words and words[-1][:1].isdigit()):
                break
            words.append(letter)
        elif _is_number_token(token):
            if len(text) > 1 and text[-1] in MAGNITUDES and text[-2].isdigit() and not money:
                break  # "100m" without a currency sign
            words.append(text)
        elif (
            text in {"a", "an"}
            and j + 1 < end
            and (
                doc[j + 1].lower_ in MAGNITUDES or doc[j + 1].lower_ in {"dozen", "half", "quarter"}
            )
        ):
            words.append(text)
        elif (
            text == "and"
            and words
            and j + 1 < end
            and _is_number_token(doc[j + 1])
            and not words[-1][:1].isdigit()
            and not doc[j + 1].lower_[:1].isdigit()
        ):
            words.append(text)  # "one hundred and twenty", "one and a half million"
        elif (
            text == "-"
            and words
            and j + 1 < end
            and not token.whitespace_
            and not words[-1][:1].isdigit()
            and is_number_word(doc[j + 1].lower_)
            and doc[j - 1].whitespace_ == ""
        ):
            words.append(text)  # "twenty-five"
        else:
            break
        j += 1
    while words and words[-1] in {"a", "an", "and", "-"}:
        words.pop()
        j -= 1
    if not words:
        return None
    value = parse_number(" ".join(words))
    if value is None:
        return None
    return i + len(words), value


def _unit_at(doc: Doc, i: int, end: int) -> tuple[_Unit, int] | None:
    """A unit written at token ``i`` (after the number): the unit and one past its last word."""
    if i >= end:
        return None
    for unit in _units().get(doc[i].lower_, ()):
        n = len(unit.words)
        if i + n <= end and all(doc[i + k].lower_ == w for k, w in enumerate(unit.words)):
            return unit, i + n
    return None


def _match(doc: Doc, i: int, end: int) -> _Match | None:
    """The amount expression starting at token ``i``, if one starts there."""
    signs = _currency_signs()
    currency = ""
    start = i
    if doc[i].lower_ in signs and i + 1 < end:
        currency = signs[doc[i].lower_]
        i += 1
    elif i + 1 < end and doc[i].text == "US" and doc[i + 1].text == "$":
        currency, i = "USD", i + 2
    first = _number_at(doc, i, end, money=bool(currency))
    if first is None:
        return None
    if not currency:  # "5m dollars": a letter magnitude when a currency word follows
        as_money = _number_at(doc, i, end, money=True)
        if as_money is not None and as_money[0] > first[0]:
            unit = _unit_at(doc, as_money[0], end)
            if unit is not None and unit[0].kind == "currency":
                first = as_money
    number_end, value = first
    low = high = None
    # ranges: "10-20", "10 to 11", "between 10 and 20", "from 5 to 7"
    if number_end + 1 < end and doc[number_end].lower_ in _RANGE_WORDS | {"and"}:
        joiner = doc[number_end].lower_
        before = doc[start - 1].lower_ if start > 0 else ""
        ok = joiner != "and" or before == "between"
        change = joiner == "to" and before == "from"  # "from 35 to 21 percent": two amounts
        k = number_end + 1
        if ok and doc[k].lower_ in signs:
            k += 1
        second = _number_at(doc, k, end, money=bool(currency)) if ok else None
        if second is not None and change:
            shared = _unit_at(doc, second[0], end)
            if shared is not None and not currency:
                return _Match(
                    start,
                    number_end,
                    value,
                    None,
                    None,
                    shared[0].unit,
                    shared[0].kind,
                    number_end,
                    -1,
                )
        elif second is not None and second[1] > value:
            low, high = value, second[1]
            # "1.5 to 2 billion": the magnitude of the high end applies to the low end
            magnitude = doc[second[0] - 1].lower_.rstrip(".")
            if magnitude in MAGNITUDES and doc[number_end - 1].lower_ not in MAGNITUDES:
                low = value * MAGNITUDES[magnitude]
            value, number_end = low, second[0]
            if before == "between":
                start -= 1
    unit_token = -1
    kind = "currency" if currency else ""
    unit_code = currency
    total_end = number_end
    j = number_end
    if j < end and doc[j].text == "-" and not doc[j].whitespace_:
        j += 1  # "20-percent", "5,000-ton"
    written = _unit_at(doc, j, end)
    if written is not None:
        word, after = written
        if not currency:
            unit_code, kind = word.unit, word.kind
            total_end, unit_token = after, after - 1
        elif word.kind == "currency":  # "$5 million dollars": the sign already said it
            total_end, unit_token = after, after - 1
    return _Match(start, total_end, value, low, high, unit_code, kind, number_end, unit_token)


# -- what is not an amount ---------------------------------------------------------------------


def _excluded(doc: Doc, m: _Match) -> bool:
    numbers = [doc[k] for k in range(m.start, m.number_end) if _is_number_token(doc[k])]
    if not numbers:
        return True
    first, last = numbers[0], numbers[-1]
    before = doc[m.start - 1] if m.start > 0 else None
    after = doc[m.end] if m.end < len(doc) else None
    if m.kind not in {"currency", "percent"}:
        if any(t.ent_type_ in _TIME_ENTITIES for t in numbers):
            return True  # dates, times, durations, ages ("aged 45")
        if any(t.ent_type_ in _NAME_ENTITIES for t in numbers):
            return True  # "Apollo 11", "Boeing 737"
    if len(numbers) == 1 and not m.unit and _YEAR.match(first.text):
        return True  # "in 1953", "the 1990s"
    if before is not None and before.lower_ in _AGE_BEFORE:
        return True
    numbered = before is not None and (
        before.lower_ in {"no.", "#", "number"}
        or (before.text == "." and m.start > 1 and doc[m.start - 2].lower_ == "no")
    )
    if numbered:
        return True  # "the No. 2 Republican": a rank, not a count
    if before is not None and before.pos_ == "PROPN" and not m.unit and first.head.i == before.i:
        return True  # "Section 702", "Flight 17"
    if after is not None and after.lower_ in _CLOCK_AFTER:
        return True
    if after is not None and m.unit_token < 0:
        rest = doc[m.end : m.end + 4].text.lower().replace(" ", "")
        if rest.startswith(("-year-old", "year-old", "years-old", "yearsold", "-years-old")):
            return True
        # "three-way", "11-minute": a compound adjective that is not a unit
        if after.text == "-" and not after.whitespace_ and not doc[m.number_end - 1].whitespace_:
            return True
    if not first.text[:1].isdigit() and first.lower_ == "one" and len(numbers) == 1 and not m.unit:
        # "one of the", "one in Washington" are pronouns; "at least one senator" counts
        stated = doc[max(0, m.start - 2) : m.start].text.lower() in _ONE_COUNTED
        if not (stated and first.dep_ == "nummod"):
            return True
    return bool(last.i + 1 < len(doc) and doc[last.i + 1].text in {"st", "nd", "rd", "th"})


def _count_object(doc: Doc, m: _Match) -> Token | None:
    """The noun a bare number counts, or None when it counts nothing we keep."""
    last = doc[m.number_end - 1]
    head = last.head
    while head.i < m.number_end and head.i != head.head.i and head.i >= m.start:
        head = head.head  # "two" -> "million" -> "people"
    countable = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.ent_type_ == "NORP")
    if head.i < m.number_end or not countable or len(head.text.rstrip(".")) < 2:
        return None  # a common noun, or a group of people: "12 Democrats", "300 Syrians"
    if head.lemma_.lower() in _not_counted() or _is_source(head):
        return None
    if any(t.is_punct and t.text not in {"-"} for t in doc[m.number_end : head.i]):
        return None
    value_words = [doc[k] for k in range(m.start, m.number_end)]
    spelled = not any(t.text[:1].isdigit() for t in value_words)
    if spelled and m.value <= _SMALL_WORD_LIMIT:
        if m.start > 0 and doc[m.start - 1].lower_ in _DEFINITE:
            return None  # "the two countries": refers back, does not count
        if any(t.lower_ in _DEFINITE for t in head.lefts if t.i < m.start):
            return None
    return head


def _partitive(doc: Doc, m: _Match) -> Token | None:
    """ "Thirteen of the council’s 15 members": a number that heads "of" and a plural noun
    counts that noun ("one of the" stays out: see :func:`_excluded`)."""
    number = doc[m.number_end - 1]
    if number.pos_ != "NUM":
        return None
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == m.number_end:
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ == "POS":
                # "of the council’s 15 members": the parser stopped at the possessor
                noun = next((t for t in doc[noun.i + 2 : noun.i + 6] if t.pos_ == "NOUN"), None)
            if (
                noun is not None
                and noun.tag_ in {"NNS", "NNPS"}
                and noun.lemma_.lower() not in _not_counted()
                and not _is_source(noun)
            ):
                return noun
    return None


def _is_source(noun: Token) -> bool:
    """ "two diplomats said", "according to three officials": the story's sourcing, not a
    count of something in the world."""
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in direct_cues():
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return True
    return noun.lemma_.lower() == "source"


# -- the object, actors and partners ------------------------------------------------------------


def _phrase(doc: Doc, head: Token, *, from_index: int | None = None) -> str:
    """A noun phrase without relative clauses or trailing prepositions: "corn and flour"."""
    lo = head.i if from_index is None else from_index
    if from_index is None:
        for child in head.lefts:
            if child.dep_ in {"compound", "amod", "nmod", "nummod", "poss"}:
                lo = min(lo, child.left_edge.i)
    hi = head.i
    for child in head.rights:
        if child.dep_ in {"compound", "flat"} and child.i == hi + 1:
            hi = child.i
        elif child.dep_ == "cc" and child.i == hi + 1:
            continue
        elif (
            child.dep_ == "conj"
            and child.i <= hi + 3
            and not any(g.dep_ == "nummod" or g.like_num for g in child.lefts)
        ):
            hi = child.i  # "corn and flour", but not "three children and five years"
        else:
            break
    while lo < hi and (doc[lo].is_punct or doc[lo].pos_ == "DET"):
        lo += 1
    return doc[lo : hi + 1].text


def _object(doc: Doc, m: _Match) -> tuple[str, Token]:
    """What the amount is of, and the token that anchors it in the parse."""
    anchor = doc[m.unit_token] if m.unit_token >= 0 else doc[m.number_end - 1]
    if m.unit_token >= 0 or m.kind == "currency":
        # "$5 billion in aid", "$2 billion for reconstruction"
        preps = {"of", "in", "for"} if m.kind == "currency" else {"of"}
        for child in anchor.rights:
            if child.dep_ == "prep" and child.lower_ in preps:
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if (
                    objects
                    and objects[0].pos_ in {"NOUN", "PROPN"}
                    and objects[0].ent_type_ not in _TIME_ENTITIES
                ):
                    return _phrase(doc, objects[0]), anchor
        head = anchor.head
        if head.i > anchor.i and head.pos_ == "NOUN" and head.i - anchor.i <= 4:
            return _phrase(doc, head, from_index=m.end), head  # "$1.5 trillion tax cut"
        return "", anchor
    noun = _count_object(doc, m)
    if noun is not None:
        return _phrase(doc, noun, from_index=m.number_end), noun
    part = _partitive(doc, m)
    if part is not None:  # "nine of the 12 members": the noun without its own number
        numbers = [c.i for c in part.lefts if c.dep_ == "nummod"]
        return _phrase(doc, part, from_index=max(numbers) + 1 if numbers else None), part
    owner = _size_of(doc, m)
    if owner is not None:
        return _phrase(doc, owner), owner
    return "", anchor


def _size_of(doc: Doc, m: _Match) -> Token | None:
    """ "a workforce of 240,000", "a force of 5,000": a number written in digits that gives the
    size of the noun it stands after."""
    number = doc[m.number_end - 1]
    prep = number.head
    if not number.text[:1].isdigit() or number.dep_ != "pobj" or prep.lower_ != "of":
        return None
    owner = prep.head
    if owner.pos_ != "NOUN" or owner.i > number.i or owner.lemma_.lower() in _not_counted():
        return None
    return owner


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token``."""
    current = token
    for _ in range(8):
        if (
            current.pos_ in {"VERB", "AUX"} and current.dep_ not in {"amod", "acl", "prep", "pcomp"}
        ) or current.head.i == current.i:
            return current
        current = current.head
    return current


def _subject(verb: Token) -> Token | None:
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        if current.dep_ not in {"conj", "xcomp", "advcl", "ccomp"} or current.head.i == current.i:
            return None
        current = current.head
    return None


class _Mentions:
    """The article's actor mentions, searchable by character range in logarithmic time."""

    def __init__(self, actors: ArticleActors) -> None:
        self.actors = actors
        self.mentions = sorted(actors.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def codes(self, tokens: Sequence[Token]) -> list[str]:
        """Country and organisation codes of the mentions that start within ``tokens``."""
        if not tokens:
            return []
        lo = min(t.idx for t in tokens)
        hi = max(t.idx + len(t.text) for t in tokens)
        codes: list[str] = []
        k = bisect.bisect_left(self.starts, lo)
        while k < len(self.mentions) and self.starts[k] < hi:
            code = self.mentions[k].code
            if code and code not in codes:
                codes.append(code)
            k += 1
        return codes


def _subject_codes(mentions: _Mentions, subject: Token) -> list[str]:
    """Codes on the subject side: the subject's own actor ("he" -> PRK), then any inside it."""
    codes = mentions.codes(list(subject.subtree))
    own = mentions.actors.for_token(subject)
    if own is not None and own.code and own.code not in codes:
        codes.insert(0, own.code)
    return codes


def _partners(anchor: Token, verb: Token, mentions: _Mentions) -> list[str]:
    """Codes on the from/to/with side: the noun's own phrases first, then the verb's."""

    def from_preps(token: Token, depth: int = 0) -> list[str]:
        found: list[str] = []
        for child in token.children:
            if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in _PARTNER_PREPS:
                found += mentions.codes(list(child.subtree))
            elif child.dep_ == "acl" and depth < 3:  # "rice imported from China"
                found += from_preps(child, depth + 1)
            elif child.dep_ == "prep" and child.lower_ == "of" and depth < 3:
                for pobj in child.children:  # "tons of rice imported from China"
                    if pobj.dep_ == "pobj":
                        found += from_preps(pobj, depth + 1)
        return found

    own = from_preps(anchor)
    return own if own else from_preps(verb)


def _event_for(same: Sequence[Event], verbs: Sequence[Token], start: int) -> str:
    """The event of the amount's sentence whose trigger is one of ``verbs`` (the amount's own
    participle first: "rice imported from China", then the clause's verb), else the nearest
    event; "" when the sentence has none."""
    if not same:
        return ""
    for verb in verbs:
        for event in same:
            if event.trigger_start <= verb.idx < max(event.trigger_end, event.trigger_start + 1):
                return event.id
    return min(same, key=lambda e: abs(e.trigger_start - start)).id


def _own_verbs(anchor: Token) -> list[Token]:
    """Participles that describe the amount's noun or its object: "tons of rice imported"."""
    verbs: list[Token] = []
    for token in (anchor, *(g for c in anchor.children if c.lower_ == "of" for g in c.children)):
        verbs += [c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    return verbs


# -- the coder --------------------------------------------------------------------------------


def code_amounts(
    doc: Doc, article: Article, actors: ArticleActors, events: Sequence[Event]
) -> tuple[Amount, ...]:
    """Every amount in the article, in order, with its object, actors, partners and event."""
    amounts: list[Amount] = []
    mentions = _Mentions(actors)
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.provenance.sentence, []).append(event)
    for index, sent in enumerate(doc.sents):
        found = _sentence_amounts(doc, sent, index, article, mentions, by_sentence.get(index, []))
        amounts.extend(found)
    log.debug("%s: %d amounts", article.id, len(amounts))
    return tuple(amounts)


def _sentence_amounts(
    doc: Doc,
    sent: Span,
    index: int,
    article: Article,
    mentions: _Mentions,
    events: Sequence[Event],
) -> list[Amount]:
    found: list[Amount] = []
    signs = _currency_signs()
    i = sent.start
    while i < sent.end:
        token = doc[i]
        if not (
            token.like_num
            or token.lower_ in signs
            or token.lower_ in _STARTERS
            or token.text[:1].isdigit()
            or is_number_word(token.lower_)
        ):
            i += 1
            continue
        m = _match(doc, i, sent.end)
        if m is None:
            i += 1
            continue
        i = max(m.end, i + 1)
        if _excluded(doc, m):
            continue
        obj, anchor = _object(doc, m)
        if not m.unit and not obj:
            continue  # a bare number that counts nothing we can name
        verb = _clause_verb(anchor)
        subject = _subject(verb)
        partners = _partners(anchor, verb, mentions)
        side = _subject_codes(mentions, subject) if subject is not None else []
        side = [c for c in side if c not in partners]
        start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text.rstrip("."))
        found.append(
            Amount(
                id=record_id(article.id, CODER, start, end),
                text=article.text[start:end],
                value=m.value,
                provenance=Provenance(article.id, index, start, end, CODER, VERSION),
                unit=m.unit,
                object=obj,
                low=m.low,
                high=m.high,
                actors=tuple(side),
                partners=tuple(partners),
                event_id=_event_for(events, [*_own_verbs(anchor), verb], start),
            )
        )
    return found
