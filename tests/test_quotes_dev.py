"""Quality gate: quotes and amounts on the project's own dev set (tests/data/quotes_dev.jsonl).

The dev set is 28 short wire-style stories written for this project (invented
people and events), each with the quotes and amounts a person following
CONVENTIONS.md Parts B and C records. A predicted quote matches a gold quote
when their contents share most words (Dice >= 0.6 on lower-cased words); the
speaker is right when the names agree (case, a leading "the" and punctuation
ignored). An amount matches on value and unit. The floors are the project's
targets; a drop below them fails the gate.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from realpolitik.models import Amount, Quote

DEV = Path(__file__).parent / "data" / "quotes_dev.jsonl"
_WORD = re.compile(r"\w+", re.UNICODE)

QUOTE_FLOORS = {"precision": 0.85, "recall": 0.85, "speaker": 0.90, "direct_recall": 0.95}
AMOUNT_FLOORS = {"precision": 0.85, "recall": 0.85}


def load_dev(path: Path = DEV) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the two texts' lower-cased word multisets."""
    wa, wb = _words(a), _words(b)
    total = sum(wa.values()) + sum(wb.values())
    return 0.0 if total == 0 else 2 * sum((wa & wb).values()) / total


def same_speaker(gold: str, predicted: str) -> bool:
    def norm(name: str) -> str:
        name = re.sub(r"^the\s+", "", name.strip().lower())
        return " ".join(_WORD.findall(name))

    return norm(gold) == norm(predicted)


@dataclass
class QuoteScores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    type_right: int = 0
    gold_direct: int = 0
    direct_found: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker(self) -> float:
        return self.speaker_right / self.matched if self.matched else 1.0

    @property
    def direct_recall(self) -> float:
        return self.direct_found / self.gold_direct if self.gold_direct else 1.0


def score_quotes(
    gold: Sequence[dict[str, Any]], predicted: Sequence[Quote], scores: QuoteScores
) -> list[str]:
    """Add one story's counts to ``scores``; returns a line per miss, for diagnosis."""
    misses: list[str] = []
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    used: set[int] = set()
    for g in gold:
        best, best_sim = -1, 0.6
        for k, p in enumerate(predicted):
            sim = similarity(g["content"], p.content)
            if k not in used and sim >= best_sim:
                best, best_sim = k, sim
        scores.gold_direct += g["type"] == "direct"
        if best < 0:
            misses.append(f"missed {g['type']}: {g['speaker']}: {g['content'][:70]}")
            continue
        used.add(best)
        p = predicted[best]
        scores.matched += 1
        scores.direct_found += g["type"] == "direct"
        scores.type_right += g["type"] == p.type
        if same_speaker(g["speaker"], p.speaker.name):
            scores.speaker_right += 1
        else:
            misses.append(f"speaker {p.speaker.name!r} != {g['speaker']!r}: {g['content'][:50]}")
    for k, p in enumerate(predicted):
        if k not in used:
            misses.append(f"extra {p.type}: {p.speaker.name}: {p.content[:70]}")
    return misses


@dataclass
class AmountScores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    object_right: int = 0
    parties_checked: int = 0
    parties_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def score_amounts(
    gold: Sequence[dict[str, Any]], predicted: Sequence[Amount], scores: AmountScores
) -> list[str]:
    misses: list[str] = []
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    used: set[int] = set()
    for g in gold:
        found = next(
            (
                k
                for k, p in enumerate(predicted)
                if k not in used
                and math.isclose(p.value, g["value"], rel_tol=1e-9)
                and p.unit == g["unit"]
            ),
            None,
        )
        if found is None:
            misses.append(f"missed amount {g['text']}")
            continue
        used.add(found)
        p = predicted[found]
        scores.matched += 1
        scores.object_right += similarity(g.get("object", ""), p.object) >= 0.6 or (
            not g.get("object") and not p.object
        )
        if "actors" in g or "partners" in g:
            scores.parties_checked += 1
            scores.parties_right += list(p.actors) == g.get("actors", list(p.actors)) and list(
                p.partners
            ) == g.get("partners", [])
    for k, p in enumerate(predicted):
        if k not in used:
            misses.append(f"extra amount {p.text} ({p.value} {p.unit})")
    return misses


def code_dev(
    rows: Iterable[dict[str, Any]],
) -> list[tuple[dict[str, Any], tuple[Quote, ...], tuple[Amount, ...]]]:
    """Parse and code every dev story with the project's pipeline pieces."""
    from realpolitik.actors import ActorResolver
    from realpolitik.coders.amounts import code_amounts
    from realpolitik.coders.quotes import code_quotes
    from realpolitik.ids import article_id
    from realpolitik.models import Article
    from realpolitik.nlp import parse

    rows = list(rows)
    resolver = ActorResolver()
    out = []
    for row, doc in zip(rows, parse(r["text"] for r in rows), strict=True):
        article = Article(id=article_id(row["text"]), text=row["text"])
        actors = resolver.resolve(doc, article)
        out.append((row, code_quotes(doc, article, actors), code_amounts(doc, article, actors, ())))
    return out


@pytest.fixture(scope="module")
def coded(nlp: Any) -> list[tuple[dict[str, Any], tuple[Quote, ...], tuple[Amount, ...]]]:
    return code_dev(load_dev())


@pytest.mark.slow
def test_dev_quotes_meet_floors(coded: Any) -> None:
    scores = QuoteScores()
    misses: list[str] = []
    for row, quotes, _ in coded:
        misses += [f"{row['id']}: {m}" for m in score_quotes(row["quotes"], quotes, scores)]
    assert scores.gold >= 30
    figures = {name: getattr(scores, name) for name in QUOTE_FLOORS}
    assert all(figures[k] >= floor for k, floor in QUOTE_FLOORS.items()), (figures, misses)


@pytest.mark.slow
def test_dev_amounts_meet_floors(coded: Any) -> None:
    scores = AmountScores()
    misses: list[str] = []
    for row, _, amounts in coded:
        misses += [f"{row['id']}: {m}" for m in score_amounts(row["amounts"], amounts, scores)]
    assert scores.gold >= 20
    figures = {"precision": scores.precision, "recall": scores.recall}
    assert all(figures[k] >= floor for k, floor in AMOUNT_FLOORS.items()), (figures, misses)


def test_scoring_counts_misses_and_extras() -> None:
    """The scorer itself: a wrong speaker, a missed quote and an extra one are all counted."""
    from realpolitik.models import Provenance, Speaker

    prov = Provenance("a", 0, 0, 1, "quotes", "0")
    gold = [
        {"type": "direct", "speaker": "Anna Lindqvist", "content": "We will not negotiate."},
        {"type": "indirect", "speaker": "analysts", "content": "prices will rise"},
    ]
    predicted = [
        Quote("1", "direct", "We will not negotiate.", "said", Speaker("Lindqvist", "she"), prov),
        Quote("2", "direct", "Something else entirely.", "said", Speaker("x", "x"), prov),
    ]
    scores = QuoteScores()
    misses = score_quotes(gold, predicted, scores)
    assert (scores.matched, scores.speaker_right, scores.gold, scores.predicted) == (1, 0, 2, 2)
    assert len(misses) == 3
