"""Score the event coder against a gold JSONL file (CONVENTIONS.md A).

A gold file has one JSON object per line: ``id``, ``text`` and ``events``, a
list of ``{"event", "mode", "actor": [codes], "recipient": [codes], ...}``, and
optionally a ``date``. Each row is read as the JSONL reader reads a record
(:func:`~realpolitik.ingest.records.make_article`: the text tidied, its wire
dateline found, its ``date`` the publication date the people tables are read
on; an unreadable date is ignored) and coded as an article of its own: the
texts are parsed together with :func:`realpolitik.nlp.parse`, actors resolved
with :class:`~realpolitik.actors.ActorResolver`, places with
:func:`~realpolitik.coders.places.code_places` (the event coder uses their
countries for attacks on a named place), events coded with
:func:`~realpolitik.coders.events.code_events`, and events below
``Settings.min_confidence`` dropped, as the pipeline does. Dates are not
scored, so no dates are coded.

Two scores, each micro-averaged over all texts:

type level
    Per text, the multiset of predicted event types against the multiset of
    gold types: a true positive is a type counted in both (``min`` of the two
    counts), false positives and negatives are the rest.

country-level triple
    A predicted event matches a gold event of the same text when the event
    types are equal, the *sets* of actor codes are equal and the *sets* of
    recipient codes are equal (order and repeats ignored; an empty set equals
    only an empty set). Each gold event is matched at most once and each
    predicted event at most once; since matching is equality, taking the
    first unmatched equal gold event for each prediction gives the largest
    matching. Unmatched predictions are false positives, unmatched gold events
    false negatives. Modes are not scored.

Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic mean
(0 when both are 0). The per-type table gives both scores per gold or
predicted type, with support (the number of gold events of the type).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Settings
from .errors import UnreadableInput
from .models import Event

Triple = tuple[str, frozenset[str], frozenset[str]]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one comparison and the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class TypeRow:
    """One row of the per-type table."""

    event: str
    support: int
    predicted: int
    type_level: Score
    triple: Score


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One gold text: what was expected, what was found, and which triples matched."""

    id: str
    text: str
    gold: tuple[Triple, ...]
    predicted: tuple[Triple, ...]
    matched: int
    rules: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The result of scoring a gold file (see the module docstring for the definitions)."""

    path: str
    texts: int
    gold_events: int
    predicted_events: int
    type_level: Score
    triple: Score
    per_type: tuple[TypeRow, ...]
    items: tuple[ItemResult, ...] = field(repr=False, default=())
    parse_seconds: float = 0.0
    actor_seconds: float = 0.0
    event_seconds: float = 0.0


def _codes(values: Any) -> frozenset[str]:
    if not isinstance(values, list):
        return frozenset()
    return frozenset(str(v) for v in values if str(v))


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The rows of a gold JSONL file; raises UnreadableInput naming the line at fault."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise UnreadableInput(f"{path}: no such gold file; pass the path of a JSONL file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(
            f"{path}: cannot read the gold file ({exc}); it must be UTF-8 JSONL"
        ) from exc
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UnreadableInput(
                f"{path}:{number}: not JSON ({exc.msg}); one object per line"
            ) from exc
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise UnreadableInput(f"{path}:{number}: each line needs a 'text' string and 'events'")
        if not isinstance(row.get("events", []), list):
            raise UnreadableInput(f"{path}:{number}: 'events' must be a list of event objects")
        row.setdefault("id", str(number))
        rows.append(row)
    return rows


def gold_triples(row: Mapping[str, Any]) -> tuple[Triple, ...]:
    """The (type, actor set, recipient set) of each gold event of a row."""
    out: list[Triple] = []
    for event in row.get("events", []):
        if isinstance(event, dict) and event.get("event"):
            out.append(
                (str(event["event"]), _codes(event.get("actor")), _codes(event.get("recipient")))
            )
    return tuple(out)


def event_triple(event: Event) -> Triple:
    return (event.event, frozenset(event.actor_codes), frozenset(event.recipient_codes))


def match_count(gold: Sequence[Triple], predicted: Sequence[Triple]) -> int:
    """How many predictions match a distinct gold triple (type and both code sets equal)."""
    left = Counter(gold)
    matched = 0
    for triple in predicted:
        if left[triple] > 0:
            left[triple] -= 1
            matched += 1
    return matched


def score_items(items: Sequence[ItemResult]) -> tuple[Score, Score, tuple[TypeRow, ...]]:
    """Type-level score, triple score and the per-type table of a list of items."""
    type_score = Score()
    triple_score = Score()
    # event -> [type tp, type fp, type fn, triple tp, triple fp, triple fn]
    per_type: dict[str, list[int]] = {}
    for item in items:
        gold_types = Counter(t[0] for t in item.gold)
        pred_types = Counter(t[0] for t in item.predicted)
        for etype in gold_types | pred_types:
            tp = min(gold_types[etype], pred_types[etype])
            row = per_type.setdefault(etype, [0] * 6)
            row[0] += tp
            row[1] += pred_types[etype] - tp
            row[2] += gold_types[etype] - tp
        left = Counter(item.gold)
        for triple in item.predicted:
            row = per_type.setdefault(triple[0], [0] * 6)
            if left[triple] > 0:
                left[triple] -= 1
                row[3] += 1
            else:
                row[4] += 1
        for triple, count in left.items():
            per_type.setdefault(triple[0], [0] * 6)[5] += count
        tp = sum((gold_types & pred_types).values())
        type_score += Score(tp, sum(pred_types.values()) - tp, sum(gold_types.values()) - tp)
        triple_score += Score(
            item.matched, len(item.predicted) - item.matched, len(item.gold) - item.matched
        )
    rows = tuple(
        TypeRow(
            event,
            support=c[0] + c[2],
            predicted=c[0] + c[1],
            type_level=Score(c[0], c[1], c[2]),
            triple=Score(c[3], c[4], c[5]),
        )
        for event, c in sorted(per_type.items())
    )
    return type_score, triple_score, rows


def evaluate_rows(
    rows: Sequence[Mapping[str, Any]], settings: Settings | None = None, *, path: str = ""
) -> EvalReport:
    """Code the ``text`` of each gold row and score the events (module docstring)."""
    from .actors import ActorResolver
    from .coders.events import code_events
    from .coders.places import code_places
    from .ingest.records import make_article, published_from
    from .nlp import parse

    settings = settings or Settings()
    # each row is read as the ingest readers read a record: the text tidied, its wire
    # dateline found, and its "date" (if any) the publication date the actors are dated by
    articles = [
        make_article(
            str(row["text"]),
            source_id=str(row.get("id", "")),
            published=published_from(row.get("date") or row.get("published"))[0],
        )
        for row in rows
    ]
    texts = [a.text for a in articles]
    resolver = ActorResolver()
    items: list[ItemResult] = []
    parse_seconds = actor_seconds = event_seconds = 0.0
    started = time.perf_counter()
    docs = parse(
        texts, model=settings.model, n_process=settings.n_process, batch_size=settings.batch_size
    )
    for row, article, doc in zip(rows, articles, docs, strict=True):
        t0 = time.perf_counter()
        parse_seconds += t0 - started
        actors = resolver.resolve(doc, article)
        places = code_places(doc, article, actors)
        t1 = time.perf_counter()
        events = [
            e
            for e in code_events(doc, article, actors, (), places)
            if e.confidence >= settings.min_confidence
        ]
        t2 = time.perf_counter()
        actor_seconds += t1 - t0
        event_seconds += t2 - t1
        gold = gold_triples(row)
        predicted = tuple(event_triple(e) for e in events)
        items.append(
            ItemResult(
                str(row.get("id", "")),
                article.text,
                gold,
                predicted,
                match_count(gold, predicted),
                tuple(e.rule for e in events),
            )
        )
        started = time.perf_counter()
    type_score, triple_score, per_type = score_items(items)
    return EvalReport(
        path=path,
        texts=len(items),
        gold_events=sum(len(i.gold) for i in items),
        predicted_events=sum(len(i.predicted) for i in items),
        type_level=type_score,
        triple=triple_score,
        per_type=per_type,
        items=tuple(items),
        parse_seconds=parse_seconds,
        actor_seconds=actor_seconds,
        event_seconds=event_seconds,
    )


def evaluate_file(
    path: Path | str,
    settings: Settings | None = None,
    *,
    where: Callable[[Mapping[str, Any]], bool] | None = None,
) -> EvalReport:
    """Score the event coder on a gold JSONL file; ``where`` keeps only some rows."""
    path = Path(path)
    rows: Iterable[dict[str, Any]] = read_gold(path)
    if where is not None:
        rows = [r for r in rows if where(r)]
    return evaluate_rows(list(rows), settings, path=str(path))


def _rules(item: ItemResult) -> tuple[str, ...]:
    """The rule of each prediction of an item ("" for each when none were kept)."""
    return item.rules or ("",) * len(item.predicted)


def item_errors(item: ItemResult) -> tuple[list[Triple], list[tuple[Triple, str]]]:
    """The gold triples of an item no prediction matched (missed) and the predictions
    that matched no gold triple (extra), each with the rule that produced it; matched as
    :func:`match_count` matches."""
    left = Counter(item.gold)
    extra: list[tuple[Triple, str]] = []
    for triple, rule in zip(item.predicted, _rules(item), strict=True):
        if left[triple] > 0:
            left[triple] -= 1
        else:
            extra.append((triple, rule))
    missed: list[Triple] = []
    for triple in item.gold:
        if left[triple] > 0:
            left[triple] -= 1
            missed.append(triple)
    return missed, extra


def _triple_dict(triple: Triple) -> dict[str, Any]:
    event, actors, recipients = triple
    return {"event": event, "actor": sorted(actors), "recipient": sorted(recipients)}


def _score_dict(score: Score) -> dict[str, Any]:
    return {
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
    }


def report_dict(report: EvalReport) -> dict[str, Any]:
    """The report as JSON-ready data: the figures, the per-type table and, for each
    text, its gold events, its predictions with their rules, and what was missed and
    extra (:func:`item_errors`); a triple is ``{"event", "actor", "recipient"}``."""
    items = []
    for item in report.items:
        missed, extra = item_errors(item)
        items.append(
            {
                "id": item.id,
                "gold": [_triple_dict(t) for t in item.gold],
                "predicted": [
                    {**_triple_dict(t), "rule": rule}
                    for t, rule in zip(item.predicted, _rules(item), strict=True)
                ],
                "matched": item.matched,
                "missed": [_triple_dict(t) for t in missed],
                "extra": [{**_triple_dict(t), "rule": rule} for t, rule in extra],
            }
        )
    return {
        "path": report.path,
        "texts": report.texts,
        "gold_events": report.gold_events,
        "predicted_events": report.predicted_events,
        "type_level": _score_dict(report.type_level),
        "triple": _score_dict(report.triple),
        "per_type": [
            {
                "event": row.event,
                "support": row.support,
                "predicted": row.predicted,
                "type_level": _score_dict(row.type_level),
                "triple": _score_dict(row.triple),
            }
            for row in report.per_type
        ],
        "seconds": {
            "parse": round(report.parse_seconds, 3),
            "actors_and_places": round(report.actor_seconds, 3),
            "events": round(report.event_seconds, 3),
        },
        "items": items,
    }


def _triple_text(triple: Triple) -> str:
    event, actors, recipients = triple
    return f"{event} {','.join(sorted(actors)) or '-'} -> {','.join(sorted(recipients)) or '-'}"


def format_errors(report: EvalReport, width: int = 100) -> str:
    """Each text whose predictions differ from its gold: its id, the start of its text,
    the gold events missed and the predictions that matched no gold event (with the rule
    that produced each), for reading the errors behind the figures."""
    lines: list[str] = []
    for item in report.items:
        missed, extra = item_errors(item)
        if not missed and not extra:
            continue
        text = " ".join(item.text.split())
        if len(text) > width:
            text = text[: width - 1] + "\u2026"
        lines.append(f"{item.id}  {text}")
        lines += [f"  missed  {_triple_text(t)}" for t in missed]
        lines += [f"  extra   {_triple_text(t)}   ({rule or 'rule unknown'})" for t, rule in extra]
    return "\n".join(lines)


def _fmt(score: Score) -> str:
    return f"P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"


def format_report(report: EvalReport) -> str:
    """The report as plain text for the terminal."""
    lines = [
        f"gold file: {report.path or '(rows)'}",
        f"texts {report.texts}, gold events {report.gold_events}, "
        f"predicted events {report.predicted_events}",
        f"type level     {_fmt(report.type_level)}  "
        f"(tp {report.type_level.tp}, fp {report.type_level.fp}, fn {report.type_level.fn})",
        f"country triple {_fmt(report.triple)}  "
        f"(tp {report.triple.tp}, fp {report.triple.fp}, fn {report.triple.fn})",
        "",
        f"{'type':<10} {'support':>7} {'pred':>5}   {'type P':>6} {'R':>6} {'F1':>6}"
        f"   {'triple P':>8} {'R':>6} {'F1':>6}",
    ]
    for row in report.per_type:
        t, x = row.type_level, row.triple
        lines.append(
            f"{row.event:<10} {row.support:>7} {row.predicted:>5}   {t.precision:>6.3f} "
            f"{t.recall:>6.3f} {t.f1:>6.3f}   {x.precision:>8.3f} {x.recall:>6.3f} {x.f1:>6.3f}"
        )
    total = report.parse_seconds + report.actor_seconds + report.event_seconds
    if total:
        lines += [
            "",
            f"time: parse {report.parse_seconds:.2f}s, actors and places "
            f"{report.actor_seconds:.2f}s, "
            f"events {report.event_seconds:.2f}s",
        ]
    return "\n".join(lines)
